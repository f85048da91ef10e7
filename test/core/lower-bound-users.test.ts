import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { firstFrom, indicesIn } from '../../src/nlp/checks/sentences.js';
import { tokensStartAt } from '../../src/nlp/events/context.js';
import { tokenAt } from '../../src/nlp/events/mentions.js';
import type { Token } from '../../src/core/types.js';

// The sorted look-ups that now share src/core/lower-bound.ts give what a scan from the start gives, ties and both
// ends included: the first item starting at (not after) the offset, the first token ending after it, the list's
// length when none does.
const sortedStarts = fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 40 }).map((xs) => [...xs].sort((a, b) => a - b));
const scan = <T>(xs: readonly T[], before: (x: T) => boolean): number => { let i = 0; while (i < xs.length && before(xs[i]!)) i++; return i; };

describe('binary searches on src/core/lower-bound.ts', () => {
  it('checks firstFrom and indicesIn: the first start at or after the offset, then every start before the end', () => {
    fc.assert(fc.property(sortedStarts, fc.integer({ min: -2, max: 44 }), fc.integer({ min: 0, max: 10 }), (starts, at, len) => {
      const items = starts.map((start) => ({ start }));
      assert.equal(firstFrom(items, at), scan(starts, (s) => s < at));
      assert.deepEqual(indicesIn(items, at, at + len), [...starts.keys()].filter((i) => starts[i]! >= at && starts[i]! < at + len));
    }));
  });
  it('events tokenAt and tokensStartAt: the first token ending after the offset (a token ending at it is passed)', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 30 }), fc.integer({ min: -1, max: 130 }), (widths, offset) => {
      // tokens one blank apart, as the tokenizer leaves them
      let at = 0;
      const toks = widths.map((w) => { const t = { start: at, end: at + w } as Token; at += w + 1; return t; });
      const want = scan(toks, (t) => t.end <= offset);
      assert.equal(tokenAt(toks, offset), want);
      assert.equal(tokensStartAt(toks, offset), want);
    }));
  });
  it('pins the ends: ties give the first of the equal starts, past the last gives the length, empty lists give 0', () => {
    const items = [3, 5, 5, 5, 9].map((start) => ({ start }));
    assert.deepEqual([0, 3, 4, 5, 6, 9, 10].map((o) => firstFrom(items, o)), [0, 0, 1, 1, 4, 4, 5]);
    assert.equal(firstFrom([], 7), 0);
    const toks = [[0, 3], [4, 7]].map(([start, end]) => ({ start, end }) as Token);
    assert.deepEqual([0, 2, 3, 4, 6, 7, 8].map((o) => tokenAt(toks, o)), [0, 0, 1, 1, 1, 2, 2]);
    assert.equal(tokensStartAt([], 5), 0);
  });
});
