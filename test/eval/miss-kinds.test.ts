// EVAL_MISS_KINDS: the shared scorer's miss lines are counted by kind and no text, name or anchor survives.
// Miss lines written here in the scorer's shape, about invented reports.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { countMissKinds, missKind } from '../../eval/miss-kinds.js';

describe('miss kinds of the shared scorer', () => {
  it('reduces each miss to its kind', () => {
    assert.equal(missKind('  miss 03-x.gold.json: entity Port Vela (GPE)'), 'entity missed (GPE)');
    assert.equal(missKind('  miss 03-x.gold.json: time "last Friday" 2024-03-01 got 2024-03-08'), 'time found, wrong value or mod');
    assert.equal(missKind('  miss 03-x.gold.json: time "at dawn"'), 'time not found');
    assert.equal(missKind('  miss 03-x.gold.json: attribution "the bridge shut" want [["Reuters","police"]] got ["police"]'), 'attribution chain length want 2 got 1');
    assert.equal(missKind('  miss 03-x.gold.json: certainty "talks may resume" want POSSIBLE got CERTAIN'), 'certainty want POSSIBLE got CERTAIN');
    assert.equal(missKind('  miss 03-x.gold.json: status "will reopen" want ["FUTURE"] got PAST'), 'status want ["FUTURE"] got PAST');
    assert.equal(missKind('  miss 03-x.gold.json: event ARREST Anna Berg, Port Vela'), 'event ARREST');
    assert.equal(missKind('  miss 03-x.gold.json: check COUNT INCONSISTENT'), 'check COUNT INCONSISTENT');
  });

  it('ignores lines that are not misses', () => {
    assert.equal(missKind('score: entity_f1=0.900 linking=1.000'), undefined);
    assert.equal(missKind('03-x.gold.json  entity 9/10'), undefined);
  });

  it('counts kinds, most frequent first, and prints no names or anchors', () => {
    const out = [
      'score: entity_f1=0.900',
      '  miss a: event ARREST Anna Berg',
      '  miss b: event ARREST Port Vela police',
      '  miss b: check COUNT CONSISTENT',
      '  miss c: claim "the ferry sank"',
    ].join('\n');
    const counts = countMissKinds(out);
    assert.deepEqual(counts, [['event ARREST', 2], ['check COUNT CONSISTENT', 1], ['claim not found', 1]]);
    const printed = counts.map(([k]) => k).join(' ');
    for (const secret of ['Anna', 'Berg', 'Port Vela', 'ferry']) assert.ok(!printed.includes(secret), secret);
  });
});
