import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { allMatches, alternation, escapeRegExp, phrasePattern } from '../../src/core/regex.js';

test('escapeRegExp: any string matches itself literally and only itself', () => {
  fc.assert(fc.property(fc.string(), (s) => {
    assert.ok(new RegExp(`^${escapeRegExp(s)}$`, 'u').test(s));
  }));
  assert.ok(!new RegExp(`^${escapeRegExp('a.c')}$`).test('abc'));
  assert.ok(!new RegExp(`^${escapeRegExp('(x)+')}$`).test('xx'));
});

test('phrasePattern: a space matches any run of white space, the rest literally', () => {
  const re = new RegExp(`^${phrasePattern('St. Patrick')}$`);
  assert.ok(re.test('St.  Patrick') && re.test('St.\nPatrick'));
  assert.ok(!re.test('Sta Patrick') && !re.test('St.Patrick'));
});

test('alternation: longest first, so a phrase wins over its prefix; duplicates once', () => {
  const src = alternation(['new', 'new year', 'new']);
  assert.equal(src, 'new year|new');
  assert.equal(new RegExp(src).exec('a new year')![0], 'new year');
  assert.equal(alternation(['a b'], phrasePattern), 'a\\s+b');
});

test('alternation: the pattern matches each of its words whole, with or without the u flag, "-", "/" and "." included', () => {
  const word = fc.stringMatching(/^[a-z./()+-]{1,8}$/);
  fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (ws) => {
    for (const flags of ['', 'u']) {
      const re = new RegExp(`^(?:${alternation(ws)})$`, flags);
      for (const w of ws) assert.ok(re.test(w), `${w} in ${alternation(ws)}`);
    }
  }));
  const re = new RegExp(`^(?:${alternation(['co-op', 'a/b', 'St.'])})$`, 'u');
  assert.ok(re.test('co-op') && re.test('a/b') && re.test('St.'));
  assert.ok(!re.test('coXop') && !re.test('StX') && !re.test('co'));
});

// allMatches must give what matchAll gives (it replaces it on hot paths only to avoid matchAll's clone of the regex)
const view = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => ({ all: [...m], index: m.index, groups: m.groups ? { ...m.groups } : undefined }));

test('allMatches: the same matches, indexes and groups as matchAll, and lastIndex left as it was', () => {
  const cases: Array<[RegExp, string]> = [
    [/\b(\d+)\s+(?<unit>km|miles)\b/g, 'It fell 12 km, then 30 miles; 7 kmh is no unit.'],
    [/(?:)/g, 'abc'], // empty matches step one character
    [/x*/g, 'axxbx'], // empty and non-empty matches mixed
    [/(?:)/gu, 'a\u{1F600}b'], // under u an empty match steps over a whole surrogate pair
    [/(?:)/g, 'a\u{1F600}b'], // without u, one code unit
    [/\p{Lu}\p{Ll}*/gu, 'Émile met Zoë in Łódź'],
    [/a/gy, 'aab a'], // sticky: stops at the first gap
    [/no/gi, 'nothing here'],
    [/q/g, 'no match at all'],
  ];
  for (const [re, s] of cases) {
    assert.deepEqual(view(allMatches(re, s)), view(s.matchAll(re)), `${re} on ${JSON.stringify(s)}`);
    assert.equal(re.lastIndex, 0);
  }
  // matchAll starts where lastIndex stands, and leaves it there
  const re = /\d/g;
  re.lastIndex = 3;
  const want = view('1 2 3 4'.matchAll(re));
  assert.equal(re.lastIndex, 3);
  assert.deepEqual(view(allMatches(re, '1 2 3 4')), want);
  assert.equal(re.lastIndex, 3);
  assert.deepEqual(want.map((m) => m.all[0]), ['3', '4']);
});

test('allMatches: a regex used again inside the loop over its own matches is not disturbed', () => {
  const re = /\w+/g;
  const outer = allMatches(re, 'one two');
  const inner = outer.map((m) => allMatches(re, m[0]).length);
  assert.deepEqual(outer.map((m) => m[0]), ['one', 'two']);
  assert.deepEqual(inner, [1, 1]);
});

test('allMatches: a regex without the g flag is refused, as matchAll refuses it', () => {
  assert.throws(() => 'abc'.matchAll(/b/), TypeError);
  assert.throws(() => allMatches(/b/, 'abc'), TypeError);
});
