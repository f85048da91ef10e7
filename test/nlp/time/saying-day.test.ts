// A day of saying ("police said on Wednesday") dates the report: a bare clock time told after it keeps the day
// of the events named nearby before it. Sentences are our own; publication date pinned to a Thursday.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { check } from './helpers.js';
import { sayingDay } from '../../../src/nlp/time/saying-day.js';

const THU = '2023-09-14';

describe('time: a clock time keeps the events\' day over a day of saying', () => {
  it('passes over a saying day before or after the clock time', () => {
    check(THU, [
      ['The fire broke out on Monday night. Officials said Wednesday the cause was unknown. The first call came at 11:40 p.m.', '11:40 p.m.', '2023-09-11T23:40', 'TIME'],
      ['The fire broke out on Monday in the old town. The first call came at 11:40 p.m., the fire chief said Wednesday.', '11:40 p.m.', '2023-09-11T23:40', 'TIME'],
      ['The gunman opened fire on Sunday. Police said on Tuesday that he had entered the building at 9:15 a.m.', '9:15 a.m.', '2023-09-10T09:15', 'TIME'],
      ['The gunman opened fire on Sunday. Police on Tuesday said he had entered the building at 9:15 a.m.', '9:15 a.m.', '2023-09-10T09:15', 'TIME'],
    ]);
  });
  it('keeps the day when it is no saying day or no events\' day was named (negatives)', () => {
    check(THU, [
      ['Police said on Wednesday that the man was shot at 11 p.m.', '11 p.m.', '2023-09-13T23:00', 'TIME'],
      ['The fire broke out on Monday. Speaking at 10 a.m. on Wednesday, the minister said it was arson.', '10 a.m. on Wednesday', '2023-09-13T10:00', 'TIME'],
      ['The fire broke out on Monday. The blaze was put out on Tuesday at 6 a.m.', '6 a.m.', '2023-09-12T06:00', 'TIME'],
      ['The fire broke out on Monday. The minister said the blaze started at 10 p.m.', '10 p.m.', '2023-09-11T22:00', 'TIME'],
    ]);
    const t = 'Speaking on Wednesday, the minister said';
    assert.equal(sayingDay(t, t.indexOf('Wednesday'), t.indexOf('Wednesday') + 9), false);
    const u = 'officials told reporters Tuesday that';
    assert.equal(sayingDay(u, u.indexOf('Tuesday'), u.indexOf('Tuesday') + 7), true);
  });
  it('a passive "was reported/confirmed" names the events\' day, and a day in the clock\'s own clause is its day (review probes)', () => {
    const PUB = '2026-03-12';
    check(PUB, [
      ['A blaze destroyed a barn on Sunday. Another fire was reported Tuesday shortly after 3 a.m. near the school.', '3 a.m.', '2026-03-10T03:00', 'TIME'],
      ['The outbreak began on Friday. The first death was confirmed on Monday shortly before 9 a.m.', '9 a.m.', '2026-03-09T09:00', 'TIME'],
      ['The outbreak began on Friday. The first death was confirmed Monday, at 9 a.m., by the hospital.', '9 a.m.', '2026-03-09T09:00', 'TIME'],
      ['The outbreak began on Friday. Doctors confirmed Monday, at 9 a.m., the first death.', '9 a.m.', '2026-03-09T09:00', 'TIME'],
      // an active "confirmed" with its speaker still dates the report
      ['The fire broke out on Monday. Police confirmed on Wednesday that the blaze started at 10 p.m.', '10 p.m.', '2026-03-09T22:00', 'TIME'],
      ['The fire broke out on Monday. The blaze started at 10 p.m., police confirmed Wednesday.', '10 p.m.', '2026-03-09T22:00', 'TIME'],
    ]);
    const t = 'The death was confirmed on Monday';
    assert.equal(sayingDay(t, t.indexOf('Monday'), t.length), false);
    const u = 'Police confirmed on Monday';
    assert.equal(sayingDay(u, u.indexOf('Monday'), u.length), true);
  });
});
