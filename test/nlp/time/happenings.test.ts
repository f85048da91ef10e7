// A time dating a happening that cannot be scheduled ("Monday's storm", "the crash on Monday") is when it already
// happened, whatever the clause says ahead; after a verb ahead ("will visit the site of the attack on Friday") the
// time may date that verb, so the clause decides. Sentences are our own; publication date pinned to a Thursday.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { check } from './helpers.js';
import { datesHappening } from '../../../src/nlp/time/happenings.js';

const THU = '2023-09-14';

describe('time: a day dating a happening is past', () => {
  it('reads the weekday before publication', () => {
    check(THU, [
      ['The death toll from Monday\'s storm is expected to rise.', 'Monday', '2023-09-11', 'DATE'],
      ['The death toll from Monday\'s deadly storm is expected to rise.', 'Monday', '2023-09-11', 'DATE'],
      ['Officials are investigating the cause of the crash on Monday.', 'Monday', '2023-09-11', 'DATE'],
      ['The death toll from the blast on Tuesday has risen to 12.', 'Tuesday', '2023-09-12', 'DATE'],
    ]);
  });
  it('planned events, a verb ahead, or no happening noun keep the clause tense (negatives)', () => {
    check(THU, [
      ['Sunday\'s election will decide the government.', 'Sunday', '2023-09-17', 'DATE'],
      ['The strike on Monday will close schools.', 'Monday', '2023-09-18', 'DATE'],
      ['A storm is expected on Monday.', 'Monday', '2023-09-18', 'DATE'],
      ['The president will visit the site of the attack on Friday.', 'Friday', '2023-09-15', 'DATE'],
    ]);
    const t = 'the firestorm of criticism on Monday';
    assert.equal(datesHappening(t, t.indexOf('Monday'), t.indexOf('Monday') + 6), false);
  });
  it('a happening looked ahead to, planned, or only modifying its head is not past (review probes)', () => {
    const PUB = '2026-03-12';
    const cases: [string, string][] = [
      ['Residents are bracing for Thursday\'s storm, which forecasters say will bring heavy rain.', 'Thursday'],
      ['Officials urged residents to prepare for the hurricane on Thursday.', 'Thursday'],
      ['Forecasters warned that a tornado on Thursday could hit the town.', 'Thursday'],
      ['A scheduled power outage on Thursday will affect 3,000 homes.', 'Thursday'],
      ['The inmate faces death on Thursday unless the governor intervenes.', 'Thursday'],
      ['Friday\'s fire drill will test the new alarms.', 'Friday'],
      ['Saturday\'s crash test demonstration will be shown.', 'Saturday'],
    ];
    for (const [t, day] of cases) {
      const i = t.indexOf(day);
      assert.equal(datesHappening(t, i, i + day.length), false, t);
    }
    check(PUB, [
      ['Residents are bracing for Thursday\'s storm, which forecasters say will bring heavy rain.', 'Thursday', '2026-03-12', 'DATE'],
      ['Friday\'s fire drill will test the new alarms.', 'Friday', '2026-03-13', 'DATE'],
      ['Saturday\'s crash test demonstration will be shown.', 'Saturday', '2026-03-14', 'DATE'],
      ['Forecasters warned that a tornado on Friday could hit the town.', 'Friday', '2026-03-13', 'DATE'],
      // the happening itself, as the object of "from", stays past under a look-ahead verb after it
      ['The death toll from Monday\'s storm could rise.', 'Monday', '2026-03-09', 'DATE'],
      ['Monday\'s storm killed three people.', 'Monday', '2026-03-09', 'DATE'],
    ]);
  });
});
