import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dates } from './date-checks.js';

// A moment and the length since an earlier one told in its clause, the earlier clock time in another sentence.
// Real segmenter, time and quantity stages; invented sentences; reference date pinned.
const across = (t: string) => dates(t, '2024-05-15', 'clock-after-across');

test('a length after a moment, against the one earlier clock time of the report that fits', () => {
  // 11:30 to 17:03 is 5 h 33 min: "about five and a half hours"
  assert.deepEqual(across('He was pronounced dead at 5:03 p.m. at the city hospital, about five and a half hours after he collapsed. Witnesses said shots rang out shortly after 11:30 a.m.'), ['CONSISTENT']);
  // the earlier time told first
  assert.deepEqual(across('The alarm sounded at 06:10 in the mine. The last worker was brought up at 14:15 on the east shaft, eight hours after the alarm.'), ['CONSISTENT']);
  assert.deepEqual(across('The alarm sounded at 06:10 in the mine. The last worker was brought up at 14:15 on the east shaft, more than eight hours after the alarm.'), ['CONSISTENT']);
});

test('no fitting time, or more than one: nothing (the earlier moment is not named, so never a contradiction)', () => {
  assert.deepEqual(across('He was pronounced dead at 5:03 p.m. at the city hospital, about two hours after he collapsed. Witnesses said shots rang out shortly after 11:30 a.m.'), []);
  assert.deepEqual(across('He was pronounced dead at 5:03 p.m. at the city hospital, about five and a half hours after he collapsed. Shots rang out at 11:30 a.m. and again at 11:40 a.m.'), []);
  // "later" ties the length to the moment told before it (clock-later), not to any time of the report
  assert.deepEqual(across('The alarm sounded at 06:10 in the mine. The last worker was brought up at 14:15, eight hours later.'), []);
  // a later time of day is no earlier moment (no wrap past midnight)
  assert.deepEqual(across('The ferry left at 1:00 a.m., three hours after the storm warning. Rescuers arrived at 10 p.m.'), []);
  // the length after another clause's break is not the moment's
  assert.deepEqual(across('The alarm sounded at 06:10 in the mine. The lift stopped at 14:15; eight hours after the alarm, crews were still waiting.'), []);
});
