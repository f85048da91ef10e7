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
});
