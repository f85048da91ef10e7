import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lowerBound } from '../../../src/core/lower-bound.js';
import { firstTokenAt } from '../../../src/nlp/attribution/pieces.js';
import { firstFrom } from '../../../src/nlp/attribution/tok-index.js';
import type { Tok } from '../../../src/nlp/claims/text.js';

// The one binary search behind the attribution stage's sorted look-ups gives what a scan from the start gives.
describe('lowerBound', () => {
  it('is the first index where the test fails, as a linear scan finds it (sorted lists, any threshold)', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 60 }), fc.integer({ min: -60, max: 60 }), (xs, x) => {
      const a = [...xs].sort((p, q) => p - q);
      let scan = 0;
      while (scan < a.length && a[scan]! < x) scan++;
      assert.equal(lowerBound(a.length, (m) => a[m]! < x), scan);
      assert.equal(firstFrom(Int32Array.from(a), x), scan);
    }));
  });
  it('gives n on an empty prefix test and 0 on a list of none', () => {
    assert.equal(lowerBound(5, () => true), 5);
    assert.equal(lowerBound(0, () => true), 0);
    assert.equal(lowerBound(5, () => false), 0);
  });
  it('firstTokenAt: the first token starting at or after an offset, -1 past the last', () => {
    const toks = [0, 4, 9].map((s) => ({ s, e: s + 3, t: 'abc', l: 'abc', cap: false, w: true, q: false }) as Tok);
    assert.deepEqual([0, 1, 4, 5, 9, 10].map((o) => firstTokenAt(toks, o)), [0, 1, 1, 2, 2, -1]);
  });
});
