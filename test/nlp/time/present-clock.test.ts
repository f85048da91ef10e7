// A clock time told in the present ("A curfew is in force from 1800 hours", "Polls close at 8 p.m.") is on the
// publication day, not on a past day named in an earlier sentence of the paragraph; a told past, a day in the
// clock's own sentence, a future or a noun before the clock keep the day carried on. Sentences are our own;
// publication date pinned to a Tuesday.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { check } from './helpers.js';
import { presentClockClause } from '../../../src/nlp/time/present-clock.js';

const TUE = '2026-12-01';

describe('time: a clock told in the present is on the publication day', () => {
  it('a present state or schedule after a past day named before', () => {
    check(TUE, [
      ['Residents were evacuated on Sunday. A curfew is in force from 1800 hours.', '1800 hours', '2026-12-01T18:00', 'TIME'],
      ['Residents were evacuated on Sunday. The curfew runs from 2200 hours until dawn.', '2200 hours', '2026-12-01T22:00', 'TIME'],
      ['Voting began on Sunday in the north. Polls close at 8 p.m. in the capital.', '8 p.m.', '2026-12-01T20:00', 'TIME'],
    ]);
  });
  it('a told past, a day in the sentence or a future keep the carried day (negatives)', () => {
    check(TUE, [
      ['Residents were evacuated on Sunday. A curfew was imposed at 1800 hours.', '1800 hours', '2026-11-29T18:00', 'TIME'],
      ['Troops entered the town on Sunday. At 1800 hours, they opened fire.', '1800 hours', '2026-11-29T18:00', 'TIME'],
      ['The funeral will be held on Friday. It will start at 10 a.m.', '10 a.m.', '2026-12-04T10:00', 'TIME'],
      ['Polls opened on Sunday. They closed at 8 p.m., officials said.', '8 p.m.', '2026-11-29T20:00', 'TIME'],
    ]);
    for (const [t, clock] of [['He caught the last train at 11 p.m.', '11 p.m.'], ['They were in close contact at 6 p.m.', '6 p.m.'], ['He wanted to close at 6 p.m.', '6 p.m.'], ['The store opened at 9 a.m.', '9 a.m.']] as const) {
      assert.equal(presentClockClause(t, t.indexOf(clock)), false, t);
    }
    const ok = 'The market opens at 9 a.m.';
    assert.equal(presentClockClause(ok, ok.indexOf('9 a.m.')), true);
  });
});
