import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { STAGES, enableStageTiming, runPipeline, stageCpu, stageTimes } from '../../src/nlp/pipeline.js';
import { newDoc, type Layer, type Stage } from '../../src/nlp/doc.js';
import { StageError } from '../../src/core/errors.js';
import { prepareDocument } from '../../src/analyze.js';

describe('pipeline', () => {
  it('runs the stages in the documented order', () => {
    assert.deepEqual(STAGES.map((s) => s.name), ['segment', 'entities', 'time', 'quantity', 'attribution', 'certainty', 'events', 'checks']);
  });

  it('every layer a stage reads is written by an earlier stage (or itself, for refiners)', () => {
    const written = new Set<Layer>();
    for (const s of STAGES) {
      for (const r of s.reads) assert.ok(written.has(r) || s.writes.includes(r), `${s.name} reads ${r} before anyone writes it`);
      for (const w of s.writes) written.add(w);
    }
    for (const layer of ['sentences', 'entities', 'times', 'quantities', 'claims', 'events', 'checks'] as Layer[]) {
      assert.ok(written.has(layer), `someone writes ${layer}`);
    }
  });

  it('names the failing stage when a stage throws', () => {
    const boom: Stage = { name: 'boom', reads: [], writes: [], run() { throw new Error('kaput'); } };
    const doc = newDoc(prepareDocument('Some text.'));
    assert.throws(() => runPipeline(doc, [STAGES[0]!, boom]), (e: unknown) => e instanceof StageError && e.stage === 'boom' && /boom.*kaput/.test(e.message));
  });

  it('accumulates wall and CPU time per stage only while timing is on', () => {
    const snap = () => ({ wall: { ...stageTimes }, cpu: { ...stageCpu } });
    const before = snap();
    runPipeline(newDoc(prepareDocument('Kim met Putin in Vladivostok on Tuesday, officials said.')));
    assert.deepEqual(snap(), before, 'timing is off by default');
    enableStageTiming(true);
    try {
      for (let i = 0; i < 20; i++) runPipeline(newDoc(prepareDocument('Kim met Putin in Vladivostok on Tuesday, officials said.')));
    } finally { enableStageTiming(false); }
    const after = snap();
    for (const s of STAGES) {
      assert.ok(after.wall[s.name]! >= before.wall[s.name]!, s.name);
      assert.ok(after.cpu[s.name]! >= before.cpu[s.name]!, s.name);
    }
    const grew = (a: Record<string, number>, b: Record<string, number>) => STAGES.reduce((n, s) => n + a[s.name]! - b[s.name]!, 0);
    assert.ok(grew(after.wall, before.wall) > 0 && grew(after.cpu, before.cpu) > 0, 'some time was recorded');
  });
});
