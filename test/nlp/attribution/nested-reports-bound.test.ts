import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../src/analyze.js';
import { enableStageTiming, stageCpu } from '../../../src/nlp/pipeline.js';

// Pathological sentences written for this test: thousands of reporting frames in one sentence. The attribution stage
// looked at every pair of frames (the coordination cut, the frame-words test of each piece), scanned the clause from
// its start or to its end for every cue (the "speaking to" and "citing" phrases, the commas of the content, the next
// semicolon, the nearest comma before a "that"), and from the sentence's ends for every piece: 2,000 nested
// "X said that Y said that …" took 3.5 s of CPU in the stage (4,000: 15 s), 4,000 ", Y said that," 7 s.
// Each shape below, 3,000 times over, must now take under 3 s of CPU in the stage: linear takes 0.3–1.6 s there on a
// loaded 2-core machine (1 s at 2,000 failed under load with no code change), the old quadratic paths 4–20 s.
const SHAPES: Record<string, string> = {
  'nested said that': 'X said that Y said that ',
  'nested has said that': 'He has said that ',
  'nested with commas': 'X said that, Y said that, ',
  'nested told that': 'X told Y that Z told W that ',
  'coordinated reports': 'X said that Y left, and Z said that ',
  // every cue looked again at every earlier "speaking to Y" for a medium, and linked every earlier "citing Y"
  'speaking to': 'Speaking to reporters, X said that ',
  'citing after the cue': 'X said, citing Y, that ',
};

describe('attribution on thousands of nested reports in one sentence', () => {
  enableStageTiming(true);
  after(() => enableStageTiming(false));
  analyze({ text: 'The minister said that it rained.' }, { publishedAt: '2024-01-01' }); // warm up (code, lexicons)
  for (const [name, unit] of Object.entries(SHAPES)) {
    it(`${name} × 3,000 takes < 3 s of CPU in attribution`, () => {
      const before = stageCpu.attribution ?? 0;
      const a = analyze({ text: unit.repeat(3000) + 'it rained.' }, { publishedAt: '2024-01-01' });
      const ms = (stageCpu.attribution ?? 0) - before;
      assert.ok(a.claims.length >= 1);
      assert.ok(ms < 3000, `${name}: ${ms.toFixed(0)} ms`);
    });
  }
  it('still reads the innermost report as nested in every frame (a short sentence, the same answer)', () => {
    const a = analyze({ text: 'Ana said that Ben said that the bridge was closed.' }, { publishedAt: '2024-01-01' });
    const c = a.claims.find((x) => x.text.includes('the bridge was closed'))!;
    assert.deepEqual(c.attribution.map((l) => l.source), ['Ana', 'Ben']);
  });
});
