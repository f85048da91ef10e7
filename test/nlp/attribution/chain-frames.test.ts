import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { chainFor, chainFrames } from '../../../src/nlp/attribution/chain.js';
import type { Frame } from '../../../src/nlp/attribution/frame.js';
import type { AttributionLink, SourceKind } from '../../../src/core/types.js';

// chainFrames drops the frames of a sentence that chainFor would merge into an outer frame of the same link, so that
// a sentence of many nested frames of one source ("According to X, who said that …" repeated) is not chained over
// every frame for every claim. The chains it gives must be chainFor's over all the frames, for every claim span.

const TEXT = 'w '.repeat(200);
const named = (source: string, kind: SourceKind, at: number, rule = 'attr.verb'): AttributionLink =>
  ({ source, kind, cue: 'said', rule, span: { start: at, end: at + 1 }, cueSpan: { start: at + 2, end: at + 3 } });
const frame = (links: AttributionLink[], content: Array<[number, number]>, material: [number, number], rule: string, extra: Partial<Frame> = {}): Frame =>
  ({ sent: 0, links, content, material, rule, cue: 0, ...extra });

describe('chainFrames', () => {
  it('drops a frame of one source nested in a longer frame of that source', () => {
    const outer = frame([named('X', 'ORG', 0)], [[10, 100]], [0, 9], 'attr.according-to.initial');
    const inner = frame([named('X', 'ORG', 20)], [[30, 100]], [20, 29], 'attr.verb');
    assert.deepEqual(chainFrames([outer, inner]), [outer]);
  });

  it('keeps a nested frame of another source, a pronoun, a local hedge or a narratable frame', () => {
    const outer = frame([named('X', 'ORG', 0)], [[10, 100]], [0, 9], 'attr.verb');
    for (const inner of [
      frame([named('Y', 'ORG', 20)], [[30, 100]], [20, 29], 'attr.verb'),
      frame([named('X', 'ORG', 20, 'attr.verb+pronoun')], [[30, 100]], [20, 29], 'attr.verb'),
      frame([named('X', 'ORG', 20)], [[30, 100]], [20, 29], 'attr.verb', { local: true }),
      frame([named('X', 'ORG', 20)], [[30, 100]], [20, 29], 'attr.npobj'),
      frame([named('X', 'ORG', 20)], [[30, 100]], [20, 29], 'attr.pre'),
    ]) assert.equal(chainFrames([outer, inner]).length, 2);
  });

  it('keeps the first of two frames with the same piece, and both when their words start together', () => {
    const a = frame([named('X', 'ORG', 0)], [[0, 100]], [30, 44], 'attr.according-to.mid');
    const b = frame([named('X', 'ORG', 0)], [[0, 100]], [60, 74], 'attr.according-to.mid');
    assert.deepEqual(chainFrames([b, a]), [a]);
    const c = frame([named('X', 'ORG', 0)], [[0, 100]], [30, 50], 'attr.according-to.mid');
    assert.equal(chainFrames([a, c]).length, 2);
  });

  it('keeps a frame only partly inside the other, or inside a frame of another entity', () => {
    const outer = frame([named('X', 'ORG', 0)], [[10, 60]], [0, 9], 'attr.verb');
    assert.equal(chainFrames([outer, frame([named('X', 'ORG', 20)], [[30, 100]], [20, 29], 'attr.verb')]).length, 2);
    const e1 = frame([{ ...named('X', 'ORG', 0), entity: 'e1' }], [[10, 100]], [0, 9], 'attr.verb');
    const e2 = frame([{ ...named('X', 'ORG', 20), entity: 'e2' }], [[30, 100]], [20, 29], 'attr.verb');
    assert.equal(chainFrames([e1, e2]).length, 2);
  });

  it('chains every span exactly as chainFor over all the frames', () => {
    const SOURCES = ['X', 'Y', 'he'];
    const RULES = ['attr.verb', 'attr.according-to.initial', 'attr.according-to.final', 'attr.npobj', 'attr.pre', 'attr.adverb'];
    fc.assert(fc.property(
      fc.array(fc.record({
        src: fc.integer({ min: 0, max: SOURCES.length }), rule: fc.integer({ min: 0, max: RULES.length - 1 }),
        c0: fc.integer({ min: 0, max: 150 }), len: fc.integer({ min: 1, max: 200 }), m0: fc.integer({ min: 0, max: 180 }),
        local: fc.boolean(), pronoun: fc.boolean(), cue: fc.constantFrom('said', 'showed', 'urged', 'put'),
        second: fc.integer({ min: -1, max: 1 }),
      }), { minLength: 1, maxLength: 14 }),
      fc.array(fc.tuple(fc.integer({ min: 0, max: 199 }), fc.integer({ min: 1, max: 60 })), { minLength: 1, maxLength: 10 }),
      (specs, spans) => {
        const frames = specs.map((p) => {
          const l: AttributionLink = p.src === SOURCES.length
            ? { source: 'unnamed', kind: 'UNNAMED', cue: 'reportedly', rule: 'attr.adverb', cueSpan: { start: p.m0, end: p.m0 + 1 } }
            : { ...named(SOURCES[p.src]!, SOURCES[p.src] === 'he' ? 'PERSON' : 'ORG', p.m0, RULES[p.rule]! + (p.pronoun ? '+pronoun' : '')), cue: p.cue };
          // (a frame of two links: "X told Y, citing Z")
          const links = p.second < 0 ? [l] : [named(SOURCES[p.second]!, 'ORG', p.m0 + 1), l];
          return frame(links, [[p.c0, Math.min(200, p.c0 + p.len)]], [p.m0, p.m0 + 3], RULES[p.rule]!, p.local ? { local: true } : {});
        });
        const kept = chainFrames(frames);
        for (const [s, n] of spans) {
          const e = Math.min(200, s + n);
          assert.deepEqual(chainFor(kept, s, e, TEXT), chainFor(frames, s, e, TEXT));
        }
      },
    ), { numRuns: 2000, seed: 20261202 });
  });
});
