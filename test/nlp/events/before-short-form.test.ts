// beforeShortForm (mentions.ts): the one reading back across a bracketed short form, shared by the relative-clause
// antecedent (subject.ts: "the monetary policy committee (MPC), which began") and the reporting body of a pronoun
// (mentions.ts: "The World Food Programme (WFP) said it"). Token arrays and mentions hand-built; no dates involved.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { beforeShortForm, type MentionRef } from '../../../src/nlp/events/mentions.js';

/** Lower-case tokens from a space-separated string, mentions as [t0, t1] token spans. */
function index(words: string, spans: Array<[number, number]>): { low: string[]; ments: { at: Int32Array; list: MentionRef[] } } {
  const low = words.split(' ');
  const at = new Int32Array(low.length).fill(-1);
  const list: MentionRef[] = spans.map(([t0, t1], n) => {
    for (let k = t0; k <= t1; k++) at[k] = n;
    return { ids: [`e${n}`], type: 'ORG', start: 0, end: 0, t0, t1, possessive: false };
  });
  return { low, ments: { at, list } };
}

test('a name before a bracketed short form: the name\'s last token', () => {
  // the world food programme ( wfp ) said
  // 0   1     2    3         4 5   6 7
  const { low, ments } = index('the world food programme ( wfp ) said', [[1, 3], [5, 5]]);
  assert.equal(beforeShortForm(low, ments, 6, 0), 3);
  // a short form of two or three tokens
  const b = index('tigray people liberation front ( t p l ) , which', [[0, 3], [5, 7]]);
  assert.equal(beforeShortForm(b.low, b.ments, 8, 0), 3);
});

test('no name before the bracket: the short form itself', () => {
  // the committee ( mpc ) , which
  const { low, ments } = index('the committee ( mpc ) , which', [[3, 3]]);
  assert.equal(beforeShortForm(low, ments, 4, 0), 3);
});

test('a bracket opening its clause: the short form, never a name before the clause start', () => {
  // sentence 2 starts at token 3: "nato . ( wfp ) said" — NATO ends sentence 1 (no full stop tokenised between, as a
  // headline line break leaves it); the name before the clause is not the short form's
  const { low, ments } = index('the head nato ( wfp ) said', [[2, 2], [4, 4]]);
  assert.equal(beforeShortForm(low, ments, 5, 3), 4);
  // with the clause starting earlier the same name counts
  assert.equal(beforeShortForm(low, ments, 5, 0), 2);
  // the bracket itself opening before s0: no skip
  assert.equal(beforeShortForm(low, ments, 5, 4), 5);
});

test('the bracket q closes is the nearest "(": an earlier bracket is not read', () => {
  // ( un ) ( wfp ) — q closes "( wfp )", whose name-before is ")" (no mention): the short form itself
  const { low, ments } = index('x ( un ) ( wfp ) said', [[2, 2], [5, 5]]);
  assert.equal(beforeShortForm(low, ments, 6, 0), 5);
});

test('no skip: no bracket, a bracket holding more than one name, a bracket too long, q before s0', () => {
  const a = index('the world food programme said', [[1, 3]]);
  assert.equal(beforeShortForm(a.low, a.ments, 3, 0), 3);
  // "(in Geneva)": the mention does not fill the bracket
  const b = index('the programme ( in geneva ) said', [[1, 1], [4, 4]]);
  assert.equal(beforeShortForm(b.low, b.ments, 5, 0), 5);
  // four tokens inside: no short form
  const c = index('the programme ( a b c d ) said', [[1, 1], [3, 6]]);
  assert.equal(beforeShortForm(c.low, c.ments, 7, 0), 7);
  const d = index('the programme ( wfp ) said', [[1, 1], [3, 3]]);
  assert.equal(beforeShortForm(d.low, d.ments, 4, 5), 4);
});

test('property: the result is q, the short form\'s end or the token before its bracket, and never before s0', () => {
  const word = fc.constantFrom('(', ')', 'a', 'b', ',', 'said');
  fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.nat(), fc.nat(), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 2 })), { maxLength: 4 }),
    (low, qi, si, raw) => {
      const q = qi % low.length, s0 = si % low.length;
      const at = new Int32Array(low.length).fill(-1);
      const list: MentionRef[] = [];
      for (const [t, len] of raw) {
        const t0 = t % low.length, t1 = Math.min(low.length - 1, t0 + len);
        let free = true;
        for (let k = t0; k <= t1; k++) if (at[k] !== -1) free = false;
        if (!free) continue;
        for (let k = t0; k <= t1; k++) at[k] = list.length;
        list.push({ ids: ['e'], type: 'ORG', start: 0, end: 0, t0, t1, possessive: false });
      }
      const r = beforeShortForm(low, { at, list }, q, s0);
      if (r === q) return true;
      assert.equal(low[q], ')');
      assert.ok(r >= s0 && r < q);
      assert.ok(r === q - 1 || low[r + 1] === '(', `${low.join(' ')} q=${q} s0=${s0} r=${r}`);
      return true;
    }));
});
