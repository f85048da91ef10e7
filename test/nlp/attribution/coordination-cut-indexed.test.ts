import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { truncateAtCoordinationIndexed, truncateAtCoordinationScan } from '../../../src/nlp/attribution/pieces.js';
import type { Frame, SentCtx } from '../../../src/nlp/attribution/frame.js';
import { tokenize } from '../../../src/nlp/claims/text.js';

// The indexed cut (used for sentences with many frames) gives exactly the pairwise scan's contents, whatever the
// frames' order, kinds and overlaps. Sentences are random runs of words, commas, conjunctions and semicolons.
const WORDS = ['he', 'said', 'that', 'and', 'but', 'though', 'while', 'it', 'rained', ',', ';', 'the', 'mayor', 'yet'];

function sentence(ws: number[]): string {
  return ws.map((w) => WORDS[w]!).join(' ').replace(/ ([,;])/g, '$1') + '.';
}

describe('truncateAtCoordinationIndexed', () => {
  it('cuts every content exactly as the pairwise scan does', () => {
    fc.assert(fc.property(
      fc.array(fc.integer({ min: 0, max: WORDS.length - 1 }), { minLength: 4, maxLength: 60 }),
      fc.array(fc.record({ a: fc.nat(), b: fc.nat(), c: fc.nat(), d: fc.nat(), kind: fc.integer({ min: 0, max: 2 }) }), { minLength: 1, maxLength: 40 }),
      (ws, specs) => {
        const s = sentence(ws);
        const toks = tokenize(s, 0, s.length);
        const starts = toks.map((t) => t.s);
        const at = (x: number): number => starts[x % starts.length]!;
        const make = (): Frame[] => specs.map((p) => {
          const m0 = at(p.a), c0 = at(p.c);
          const c1 = Math.max(c0 + 1, at(p.d) + (p.d % 3), s.length - (p.b % 5));
          return { sent: 0, links: [], content: [[c0, c1]], material: [m0, m0 + 2], rule: 'attr.pre', cue: 0,
            ...(p.kind === 1 ? { local: true } : p.kind === 2 ? { inherit: true } : {}) };
        });
        const quotes = { list: [], byOpen: new Map(), byClose: new Map() };
        const a = make(), b = make();
        truncateAtCoordinationScan({ si: 0, toks, frames: a, quotes } as SentCtx);
        truncateAtCoordinationIndexed({ si: 0, toks, frames: b, quotes } as SentCtx);
        assert.deepEqual(b.map((f) => f.content), a.map((f) => f.content));
      },
    ), { numRuns: 400, seed: 20261202 });
  });
  it('cuts at ", and" before a later frame in a long sentence of frames', () => {
    const s = 'X said that Y left, and Z said that '.repeat(40) + 'it rained.';
    const toks = tokenize(s, 0, s.length);
    const frames: Frame[] = [];
    const unit = 'X said that Y left, and Z said that '.length;
    for (let i = 0; i < 40; i++) {
      const a = i * unit;
      frames.push({ sent: 0, links: [], content: [[a + 12, s.length - 1]], material: [a, a + 11], rule: 'attr.pre', cue: 0 });
      frames.push({ sent: 0, links: [], content: [[a + 35, s.length - 1]], material: [a + 24, a + 34], rule: 'attr.pre', cue: 0 });
    }
    const copy = frames.map((f) => ({ ...f, content: f.content.map((c) => [...c] as [number, number]) }));
    truncateAtCoordinationIndexed({ si: 0, toks, frames, quotes: { list: [], byOpen: new Map(), byClose: new Map() } } as SentCtx);
    truncateAtCoordinationScan({ si: 0, toks, frames: copy, quotes: { list: [], byOpen: new Map(), byClose: new Map() } } as SentCtx);
    assert.deepEqual(frames.map((f) => f.content), copy.map((f) => f.content));
    // "X said that Y left" ends before ", and Z said"
    assert.equal(s.slice(frames[0]!.content[0]![0], frames[0]!.content[0]![1]), 'Y left');
  });
});
