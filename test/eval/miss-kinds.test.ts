// EVAL_MISS_KINDS: the shared scorer's miss lines are counted by kind and no text, name or anchor survives.
// Miss lines written here in the scorer's shape, about invented reports.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { countMissKinds, missKind } from '../../eval/miss-kinds.js';

describe('miss kinds of the shared scorer', () => {
  it('reduces each miss to its kind', () => {
    assert.equal(missKind('  miss 03-x.gold.json: entity Port Vela (GPE)'), 'entity missed (GPE)');
    assert.equal(missKind('  miss 03-x.gold.json: time "last Friday" 2024-03-01 got 2024-03-08'), 'time value: gold day / sys day, sys 7 days later');
    assert.equal(missKind('  miss 03-x.gold.json: time "at noon" 2024-03-01T12:00 got 2024-03-01T12:00Z'), 'time value: gold time-of-day / sys time-of-day, same day, differs in only the zone or seconds');
    assert.equal(missKind('  miss 03-x.gold.json: time "at dawn"'), 'time not found (other words)');
    assert.equal(missKind('  miss 03-x.gold.json: attribution "the bridge shut" want [["Reuters","police"]] got ["police"]'), 'attribution chain length want 2 got 1');
    assert.equal(missKind('  miss 03-x.gold.json: certainty "talks may resume" want POSSIBLE got CERTAIN'), 'certainty want POSSIBLE got CERTAIN');
    assert.equal(missKind('  miss 03-x.gold.json: status "will reopen" want ["FUTURE"] got PAST'), 'status want ["FUTURE"] got PAST');
    assert.equal(missKind('  miss 03-x.gold.json: event ARREST Anna Berg, Port Vela'), 'event ARREST');
    assert.equal(missKind('  miss 03-x.gold.json: check COUNT INCONSISTENT'), 'check COUNT INCONSISTENT');
  });

  it('reduces a wrong time to value shapes, direction and mods', () => {
    const k = (l: string) => missKind(`  miss 03-x.gold.json: ${l}`);
    assert.equal(k('time "late Friday" 2024-03-01 END got 2024-03-01'), 'time mod: want END got none');
    assert.equal(k('time "around 3 p.m." 2024-03-01T15:00 APPROX got 2024-03-01T15:00 BEFORE'), 'time mod: want APPROX got BEFORE');
    assert.equal(k('time "the past decade" P10Y got 201'), 'time value: gold duration / sys decade/century');
    assert.equal(k('time "over two years" P2Y MORE_THAN got P24M MORE_THAN'), 'time value: gold duration / sys duration, other unit (mod want MORE_THAN got MORE_THAN)');
    assert.equal(k('time "Tuesday" 2024-03-05 got 2024-02-27'), 'time value: gold day / sys day, sys 7 days earlier');
    assert.equal(k('time "on the 3rd" 2024-03-03 got 2024-03-04'), 'time value: gold day / sys day, sys 1 day later');
    assert.equal(k('time "this week" 2024-W10 got 2024-03-05'), 'time value: gold week / sys day');
    assert.equal(k('time "in March" 2024-03 got 2024-03-05'), 'time value: gold month / sys day, same period at another granularity');
    assert.equal(k('time "in recent years" PAST_REF got PXY'), 'time value: gold ref / sys duration');
    assert.equal(k('time "2019" 2019 got 2018'), 'time value: gold year / sys year, sys earlier');
    assert.equal(k('time "last spring" 2023-SP got XXXX-SP'), 'time value: gold season / sys unresolved');
    assert.equal(k('time "at 4 pm"'), 'time not found (clock digits)');
    assert.equal(k('time "0545 GMT"'), 'time not found (clock digits)');
    assert.equal(k('time "12 March"'), 'time not found (digits and a month name)');
    assert.equal(k('time "48 hours"'), 'time not found (digits and a unit word)');
    assert.equal(k('time "in 2019"'), 'time not found (a four-digit number)');
    assert.equal(k('time "No. 10"'), 'time not found (other digits)');
    assert.equal(k('time "0900 GMT" 2024-03-01T09:00 got 2024-03-01T09:00Z'), 'time value: gold time-of-day / sys time-of-day, same day, differs in only the zone or seconds');
    assert.equal(k('time "9 p.m." 2024-03-01T21:00 got 2024-03-01T09:00'), 'time value: gold time-of-day / sys time-of-day, same day, differs in the clock');
    assert.equal(k('time "9 p.m." 2024-02-29T21:00 got 2024-03-01T21:00'), 'time value: gold time-of-day / sys time-of-day, other day (sys later), differs in nothing else');
    assert.equal(k('time "Friday evening" 2024-03-01TEV got 2024-03-01TNI'), 'time value: gold time-of-day / sys time-of-day, same day, differs in part of day');
    assert.equal(k('time "on Monday evening"'), 'time not found (weekday or month name)');
    assert.equal(k('time "for hours"'), 'time not found (unit word)');
  });

  it('prints no span text or value of a wrong time', () => {
    const kind = missKind('  miss a: time "the Harvest Moon feast" 2024-09-17 got 2024-09-10')!;
    for (const secret of ['Harvest', 'feast', '2024', '09-17', '09-10']) assert.ok(!kind.includes(secret), secret);
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
