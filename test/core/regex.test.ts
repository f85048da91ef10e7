import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { alternation, escapeRegExp, phrasePattern } from '../../src/core/regex.js';

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
