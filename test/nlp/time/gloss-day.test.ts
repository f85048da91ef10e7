// A clock restating the one just told in another zone ("at 6.30am local time (2230 GMT Friday)") falls within a day
// of it: its weekday is the one next to the local clock's day, not a week on because the clause looks ahead ("was due
// to land"). Sentences are our own; publication date pinned to a Saturday.
import { describe, it } from 'node:test';
import { check } from './helpers.js';

const SAT = '2014-03-08';

describe('time: a zone gloss keeps its weekday next to the local clock', () => {
  it('a weekday in a gloss after a clock told today is the day before or after, not a week on', () => {
    check(SAT, [
      ['The jet was due to land in Beijing at 6.30am local time (2230 GMT Friday), officials said.', '2230 GMT Friday', '2014-03-07T22:30', 'TIME'],
      ['The ship docked at 9 p.m. EST today (0200 GMT Sunday), the port said.', '0200 GMT Sunday', '2014-03-09T02:00', 'TIME'],
    ]);
  });
  it('a gloss already next to its clock, a weekday outside a gloss, a written date: unchanged (negatives)', () => {
    check(SAT, [
      // already within a day: left as it is
      ['The quake struck at 1:30 a.m. local time (22:30 GMT Friday) on Saturday.', '22:30 GMT Friday', '2014-03-07T22:30', 'TIME'],
      // no parenthesis: the weekday is a time of its own, resolved by its clause ("will" looks ahead)
      ['Flights resume at 6.30am local time and the airline will meet officials at 2230 GMT Friday.', '2230 GMT Friday', '2014-03-14T22:30', 'TIME'],
      // a written date is never moved
      ['The jet was due to land at 6.30am local time (2230 GMT March 14), officials said.', '2230 GMT March 14', '2014-03-14T22:30', 'TIME'],
    ]);
  });
  it('a universal-time gloss across midnight from its local clock is on the day before or after', () => {
    check(SAT, [
      // east of Greenwich: 7 a.m. local is 2300 GMT the evening before
      ['The quake struck at 7 a.m. local time (2300 GMT) on the coast.', '2300 GMT', '2014-03-07T23:00', 'TIME'],
      // west: 9 p.m. EDT is 0100 GMT the next morning
      ['The polls closed at 9 p.m. EDT (0100 GMT), officials said.', '0100 GMT', '2014-03-09T01:00', 'TIME'],
    ]);
  });
  it('a gloss on the same day, a gloss in another zone, or a 12- to 14-hour gap: left on the local day (negatives)', () => {
    check(SAT, [
      ['The law took effect at 11pm (1500 GMT), an hour before midnight.', '1500 GMT', '2014-03-08T15:00', 'TIME'],
      ['The debate was set for 3 p.m. local time (2000 GMT) in Lima.', '2000 GMT', '2014-03-08T20:00', 'TIME'],
      ['The file was released at 04:09 UTC (05:09 BST) and pulled later.', '05:09 BST', '2014-03-08T05:09', 'TIME'],
      // 13 hours apart: Tonga east (+13) or a zone 11 hours west, so no day is chosen
      ['The volcano exploded at 5:10 am local time (1610 GMT) near the capital.', '1610 GMT', '2014-03-08T16:10', 'TIME'],
    ]);
  });
});
