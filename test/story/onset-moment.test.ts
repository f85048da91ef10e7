// A count of a state pinned to the moment the event happened ("787 workers had been underground when the fire broke
// out", "767 workers were inside the mine when the fire started", "at the time") is one moment's figure whatever day
// each report gives it: two such figures that differ contradict each other, while readings of the state on different
// days (the workers still underground) are not compared. Reference dates 2014-05-13 to 2014-05-16.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { atOnset } from '../../src/story/build.js';
import { judgeQuantities, type Reading } from '../../src/story/values.js';

test('atOnset: "when the fire broke out", "at the time"; not a later moment or "at the time of writing"', () => {
  for (const s of [' workers had been underground when the fire broke out at around 3.10 p.m.', ' workers had been inside the mine when the fire started on Tuesday.',
    ' workers were underground at the time.', ' workers had been in the mine at the time of the fire.', ' people were on board when the ship capsized.'])
    assert.ok(atOnset(s), s);
  for (const s of [' workers were still underground on Friday.', ' people were missing at the time of writing.', ' workers got out alive.', ' when rescuers arrived.'])
    assert.ok(!atOnset(s), s);
  fc.assert(fc.property(fc.stringMatching(/^[a-z ]{0,40}$/), (s) => !/at the time|when /.test(s) ? !atOnset(s) : true));
});

const r = (value: number, asOf: string, onset: boolean, doc: string): Reading => ({ value, unit: 'person', asOf, label: `${value}`, doc, voice: doc, ...(onset ? { atOnset: true } : {}) });

test('two figures of the moment of the fire, given on different days, contradict; readings of a state on different days do not', () => {
  assert.equal(judgeQuantities('workers', [r(787, '2014-05-13', true, 'a'), r(767, '2014-05-16', true, 'b')]).consistent, false);
  assert.equal(judgeQuantities('workers', [r(787, '2014-05-13', true, 'a'), r(787, '2014-05-16', true, 'b')]).consistent, true);
  // one of them a reading of the state on its day: not compared across days, as before
  assert.equal(judgeQuantities('workers', [r(787, '2014-05-13', true, 'a'), r(20, '2014-05-16', false, 'b')]).consistent, true);
  assert.equal(judgeQuantities('missing', [r(95, '2015-08-16', false, 'a'), r(70, '2015-08-17', false, 'b')]).consistent, true);
});
