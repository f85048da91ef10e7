import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { commentCommaIndices } from '../../../src/nlp/attribution/tok-index.js';
import type { Tok } from '../../../src/nlp/claims/text.js';

// The outlet-comment commas are kept with the sentence's other token indexes (one cache, not a second WeakMap):
// found once per token array, and again for another array.
describe('commentCommaIndices', () => {
  const toks = (n: number): Tok[] => Array.from({ length: n }, (_, i) => ({ s: i * 2, e: i * 2 + 1, t: i % 3 ? 'a' : ',', l: i % 3 ? 'a' : ',', cap: false, w: i % 3 !== 0, q: false }) as Tok);
  it('runs the finder once per token array and returns what it found', () => {
    let calls = 0;
    const find = (t: Tok[]): Int32Array => { calls++; return Int32Array.of(t.length); };
    const a = toks(7), b = toks(4);
    assert.deepEqual([...commentCommaIndices(a, find)], [7]);
    assert.deepEqual([...commentCommaIndices(a, find)], [7]);
    assert.equal(calls, 1);
    assert.deepEqual([...commentCommaIndices(b, find)], [4]);
    assert.equal(calls, 2);
  });
});
