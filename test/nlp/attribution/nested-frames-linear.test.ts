import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../src/analyze.js';
import { enableStageTiming, stageCpu } from '../../../src/nlp/pipeline.js';

// Pathological sentences of nested frames, bounded: the attribution stage must stay near-linear in them.
// - "According to X, who said that …" 4,000 times: every claim lies inside every frame before it, all of X; chaining
//   each claim over all of them took 3.5 s of CPU, the redundant frames dropped (chainFrames) take 0.5 s.
// - "According to the police chief, who said the road was closed, …" 1,000 times: each "according to" frame's words
//   run on to the sentence's end, and every relative clause in them was read for every frame, against every frame's
//   content (cubic: 6.2 s at 1,000, 63 s at 2,000); now each clause is read once, by binary search: 0.15 s.
const cpu = (text: string): { ms: number; claims: number } => {
  const before = stageCpu.attribution ?? 0;
  const a = analyze({ text }, { publishedAt: '2024-01-01' });
  return { ms: (stageCpu.attribution ?? 0) - before, claims: a.claims.length };
};

describe('nested frames of one source, repeated', () => {
  enableStageTiming(true);
  after(() => enableStageTiming(false));
  analyze({ text: 'The minister said that it rained.' }, { publishedAt: '2024-01-01' }); // warm up

  it('"According to X, who said that" × 4,000: < 1.5 s of CPU in attribution, one link per claim', () => {
    const { ms, claims } = cpu('According to X, who said that '.repeat(4000) + 'it rained.');
    assert.ok(claims >= 4000);
    assert.ok(ms < 1500, `${ms.toFixed(0)} ms`);
  });

  it('"According to the police chief, who said the road was closed," × 1,000: < 1.5 s of CPU in attribution', () => {
    const { ms, claims } = cpu('According to the police chief, who said the road was closed, '.repeat(1000) + 'it rained.');
    assert.ok(claims >= 1);
    assert.ok(ms < 1500, `${ms.toFixed(0)} ms`);
  });

  it('300 repeats of either: < 1 s of CPU in attribution', () => {
    for (const unit of ['According to X, who said that ', 'According to the police chief, who said the road was closed, ']) {
      const { ms } = cpu(unit.repeat(300) + 'it rained.');
      assert.ok(ms < 1000, `${unit}: ${ms.toFixed(0)} ms`);
    }
  });

  it('a background relative clause in the words of nested frames is still a claim of its own', () => {
    const a = analyze({ text: '"The dam held," said Ana Ruiz, who has led the agency since 2019.' }, { publishedAt: '2024-01-01' });
    assert.ok(a.claims.some((c) => c.text === 'who has led the agency since 2019'), a.claims.map((c) => c.text).join(' | '));
    const b = analyze({ text: 'The airline, which operates 300 flights a day, said the union, which represents 5,000 pilots, had told it the strike was over.' }, { publishedAt: '2024-01-01' });
    assert.ok(b.claims.some((c) => c.text === 'which represents 5,000 pilots'), b.claims.map((c) => c.text).join(' | '));
    // (not the frame's own words: "Jones, who told reporters C" is Jones's frame, no background)
    const c = analyze({ text: 'Jones, who told reporters the road was closed, left early.' }, { publishedAt: '2024-01-01' });
    assert.ok(!c.claims.some((x) => /^who told reporters/.test(x.text)), c.claims.map((x) => x.text).join(' | '));
  });
});
