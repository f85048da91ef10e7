import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../src/analyze.js';
import { enableStageTiming, stageCpu } from '../../../src/nlp/pipeline.js';

// "According to X, who said that …" thousands of times in one sentence: every claim lies inside the content of every
// "according to" frame before it. The chain of each claim built a rule string naming every one of those frames (all
// of one source, merged into one link), and read each frame's cue words, so the stage was quadratic in the sentence
// with a large constant: 3,000 repeats took 7–12 s of CPU in the stage. A frame whose links all merged into the chain
// now adds no rule, and only the frames that can be narrated have their cue read: 2–3 s at 3,000 (still one pass
// over the covering frames for each claim).
const UNIT = 'According to X, who said that ';

describe('"according to X, who said that" repeated in one sentence', () => {
  enableStageTiming(true);
  after(() => enableStageTiming(false));
  analyze({ text: 'The minister said that it rained.' }, { publishedAt: '2024-01-01' }); // warm up

  it('each claim names only the frames that gave it a link (50 repeats: one source, one rule)', () => {
    const a = analyze({ text: UNIT.repeat(50) + 'it rained.' }, { publishedAt: '2024-01-01' });
    assert.ok(a.claims.length >= 50);
    for (const c of a.claims) {
      const rules = (c.rule ?? '').split('>').filter(Boolean);
      assert.ok(rules.length <= Math.max(1, c.attribution.length), `${rules.length} rules for ${c.attribution.length} links`);
    }
    const last = a.claims.find((c) => c.text.includes('it rained'))!;
    assert.deepEqual(last.attribution.map((l) => l.source), ['X']);
  });

  it('3,000 repeats take < 6 s of CPU in attribution', () => {
    const before = stageCpu.attribution ?? 0;
    const a = analyze({ text: UNIT.repeat(3000) + 'it rained.' }, { publishedAt: '2024-01-01' });
    const ms = (stageCpu.attribution ?? 0) - before;
    assert.ok(a.claims.length >= 1);
    assert.ok(ms < 6000, `${ms.toFixed(0)} ms`);
  });

  it('a frame with a link of its own still names its rule: "X said that Y said that C" → two rules', () => {
    const a = analyze({ text: 'Ana said that Ben said that the bridge was closed.' }, { publishedAt: '2024-01-01' });
    const c = a.claims.find((x) => x.text.includes('the bridge was closed'))!;
    assert.equal((c.rule ?? '').split('>').length, 2);
  });
});
