import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { clockMinutes } from '../../../src/nlp/checks/clockTimes.js';
import { dates } from './date-checks.js';

// DATE_ARITHMETIC on times of day: a time given in two zones, and a clock interval against its stated length in hours.
// Run through the real segmenter, time and quantity stages. Sentences written for these tests; reference date pinned.

test('clock times as written, in minutes after midnight', () => {
  assert.equal(clockMinutes('9:30 a.m.'), 570);
  assert.equal(clockMinutes('12 am'), 0);
  assert.equal(clockMinutes('12pm'), 720);
  assert.equal(clockMinutes('1330'), 810);
  assert.equal(clockMinutes('noon'), 720);
  assert.equal(clockMinutes('13 pm'), undefined);
  assert.equal(clockMinutes('25:00'), undefined);
});

test('a time given in two zones: the clocks differ by the zones\' offsets', () => {
  const zone = (t: string) => dates(t, '2023-09-12', 'time-zone');
  assert.deepEqual(zone('The meeting will start at 10:00 GMT (15:30 IST) on Tuesday.'), ['CONSISTENT']);
  assert.deepEqual(zone('The launch is set for 9:30 a.m. EDT (1330 GMT).'), ['CONSISTENT']);
  assert.deepEqual(zone('The match kicks off at 19:00 CET, or 18:00 GMT.'), ['CONSISTENT']);
  // across midnight, and an abbreviation with two readings (Eastern daylight time here)
  assert.deepEqual(zone('The speech is at 9 p.m. ET (0100 GMT Wednesday).'), ['CONSISTENT']);
  assert.deepEqual(zone('The meeting will start at 10:00 GMT (16:30 IST) on Tuesday.'), ['INCONSISTENT']);
  assert.deepEqual(zone('The launch is set for 9:30 a.m. EDT (1530 GMT).'), ['INCONSISTENT']);
  // two times in one zone are no conversion
  assert.deepEqual(zone('Trading runs from 10:00 GMT (and again at 15:30 GMT).'), []);
});

test('a local time glossed in a named zone: the offset must be one the place named keeps', () => {
  const zone = (t: string) => dates(t, '2023-09-12', 'time-zone');
  assert.deepEqual(zone('The earthquake struck Morocco at 11:11 p.m. local time (2211 GMT) on Friday.'), ['CONSISTENT']);
  assert.deepEqual(zone('The dam in Derna burst at 2:30 a.m. local time (0030 GMT).'), ['CONSISTENT']);
  assert.deepEqual(zone('Israel said the strike was at 10 a.m. (0700 GMT).'), ['CONSISTENT']);
  // the place is named in another sentence of the report
  assert.deepEqual(zone('Storm Daniel hit Libya on Sunday. The dam burst at 2:30 a.m. local time (0030 GMT).'), ['CONSISTENT']);
  // no place, or a place whose clocks do not show that offset: left open, never a contradiction
  assert.deepEqual(zone('The dam burst at 2:30 a.m. local time (0030 GMT).'), ['UNVERIFIABLE']);
  assert.deepEqual(zone('Polls close at 8pm local time (1800 GMT) in Japan.'), ['UNVERIFIABLE']);
  // a clock with no zone and no bracket is no conversion
  assert.deepEqual(zone('He spoke at 10 a.m., 0700 GMT being the deadline.'), []);
});

test('a clock interval against its stated length', () => {
  const iv = (t: string) => dates(t, '2023-09-12', 'clock-interval');
  assert.deepEqual(iv('Voting runs from 9am to 5pm, eight hours in all.'), ['CONSISTENT']);
  assert.deepEqual(iv('The curfew, from 10 p.m. to 6 a.m., lasts eight hours.'), ['CONSISTENT']);
  assert.deepEqual(iv('Workers staged a four-hour strike from 8am until noon.'), ['CONSISTENT']);
  assert.deepEqual(iv('Polls were open between 7 a.m. and 7 p.m., a 12-hour window.'), ['CONSISTENT']);
  assert.deepEqual(iv('The blackout lasted from 14:00 to 16:30, two and a half hours.'), ['CONSISTENT']);
  // a length beside its interval is decided either way
  assert.deepEqual(iv('Voting runs from 9am to 5pm, seven hours in all.'), ['INCONSISTENT']);
  assert.deepEqual(iv('Workers staged a three-hour strike from 8am until noon.'), ['INCONSISTENT']);
  // a length of something else in the sentence, not agreeing: no verdict
  assert.deepEqual(iv('Shops open from 9am to 5pm, and the queue took two hours.'), []);
  // decimals are no clock times; "and" joins a range only after "between"
  assert.deepEqual(iv('Prices rose from 1.50 to 2.30 in two hours.'), []);
  assert.deepEqual(iv('He worked the 9am and 5pm shifts for eight hours.'), []);
});

test('a clock interval against a length told in hours and minutes, or rounded to its own precision', () => {
  const iv = (t: string) => dates(t, '2023-09-12', 'clock-interval');
  // the minutes told with the hours are part of the length (read as "seven hours" alone, 7 h 25 min was called wrong)
  assert.deepEqual(iv('The polls were open from 9am to 4.25pm, seven hours and 25 minutes.'), ['CONSISTENT']);
  assert.deepEqual(iv('The polls were open from 9am to 4.25pm, 7 hours, 25 minutes.'), ['CONSISTENT']);
  assert.deepEqual(iv('The polls were open from 9am to 4.25pm, seven hours and 40 minutes.'), ['INCONSISTENT']);
  // minutes that start another clause are not the length's
  assert.deepEqual(iv('The curfew runs from 10 p.m. to 6 a.m., eight hours, and 30 minutes later the shops open.'), ['CONSISTENT']);
  assert.deepEqual(iv('The curfew runs from 10 p.m. to 6 a.m., eight hours 30 minutes after the siren.'), ['CONSISTENT']);
  // a bare length is the interval rounded to the hour (or half hour): 7 h 25 min is "seven hours", 7 h 30 min is not
  assert.deepEqual(iv('The polls were open from 9am to 4.25pm, seven hours.'), ['CONSISTENT']);
  assert.deepEqual(iv('The polls were open from 9am to 4.30pm, seven hours.'), ['INCONSISTENT']);
  assert.deepEqual(iv('The polls were open from 9am to 4.40pm, seven hours.'), ['INCONSISTENT']);
  assert.deepEqual(iv('The blackout lasted from 14:00 to 16:40, two and a half hours.'), ['CONSISTENT']);
  assert.deepEqual(iv('The blackout lasted from 14:00 to 16:50, two and a half hours.'), ['INCONSISTENT']);
});

test('a length followed by a comparative or an offset is a difference, not the interval\'s length (review finding 7)', () => {
  const iv = (t: string) => dates(t, '2023-09-12', 'clock-interval');
  // comma-joined minutes before a comparative are the difference; the hours before the comma stay the length
  assert.deepEqual(iv('The polls were open from 7 a.m. to 7 p.m., 12 hours, 30 minutes longer than in 2019.'), ['CONSISTENT']);
  assert.deepEqual(iv('The polls were open from 7 a.m. to 7 p.m., 12 hours, 30 minutes more than last time.'), ['CONSISTENT']);
  assert.deepEqual(iv('The polls were open from 7 a.m. to 7 p.m., 11 hours, 30 minutes shorter than in 2019.'), ['INCONSISTENT']);
  // the whole length compared, or an offset: no length of the interval is told
  assert.deepEqual(iv('The polls were open from 7 a.m. to 7 p.m., two hours longer than in 2019.'), []);
  assert.deepEqual(iv('The polls were open from 7 a.m. to 7 p.m., 12 hours and 30 minutes longer than in 2019.'), []);
  assert.deepEqual(iv('Shops reopened from 9am to 5pm, three hours after the blast.'), []);
  // comma-joined minutes with no comparative after them are still the length's
  assert.deepEqual(iv('The polls were open from 9am to 4.40pm, 7 hours, 40 minutes in all.'), ['CONSISTENT']);
  assert.deepEqual(iv('The polls were open from 9am to 4.40pm, 7 hours, 25 minutes, the longest ever.'), ['INCONSISTENT']);
  assert.deepEqual(iv('The polls were open from 9am to 5pm, eight hours, longer than in 2019.'), ['CONSISTENT']);
});

test('property: hours a comparative follows are never the interval\'s length, whatever the hours (review finding 7)', () => {
  const iv = (t: string) => dates(t, '2023-09-12', 'clock-interval');
  const words = ['longer', 'shorter', 'more', 'less', 'later', 'earlier'];
  fc.assert(fc.property(fc.integer({ min: 1, max: 23 }), fc.constantFrom(...words), (h, w) =>
    iv(`The polls were open from 7 a.m. to 7 p.m., ${h} hours ${w} than in 2019.`).length === 0), { numRuns: 25 });
});
