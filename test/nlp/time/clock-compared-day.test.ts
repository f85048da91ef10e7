// A day after a comparison ("up from …", "compared with …", "higher than 4.1% …") that follows a clock time is the compared
// figure's day, not the clock's: "quoted at 125.7 yen at 10 a.m., up from 124.7 yen late Monday" is this morning.
// Sentences are our own; publication date pinned.
import { describe, it } from 'node:test';
import { check } from './helpers.js';

const TUE = '2024-03-05'; // a Tuesday

describe('time: a clock time before a compared day', () => {
  it('does not take the compared day', () => {
    check(TUE, [
      ['The dollar was quoted at 125.74 yen in Tokyo at 10 a.m., up from 124.68 yen late Monday.', '10 a.m.', '2024-03-05T10:00', 'TIME'],
      ['The index stood at 3,120 points at 11 a.m., down from 3,150 on Friday.', '11 a.m.', '2024-03-05T11:00', 'TIME'],
      ['Oil traded at $80 a barrel at 9 a.m., compared with $78 on Monday.', '9 a.m.', '2024-03-05T09:00', 'TIME'],
      ['The yield was 4.2% at noon, higher than 4.1% on Friday.', 'noon', '2024-03-05T12:00', 'TIME'],
      ['Output reached 900 barrels at 8 a.m., more than $5 million worth, versus 850 on Monday.', '8 a.m.', '2024-03-05T08:00', 'TIME'],
      // the compared day itself keeps its value
      ['The index stood at 3,120 points at 11 a.m., down from 3,150 on Friday.', 'Friday', '2024-03-01', 'DATE'],
    ]);
  });
  it('still takes a day that is its own', () => {
    check(TUE, [
      // negative: no comparison between the clock and the day
      ['The blast happened at 10 a.m. Friday, police said.', '10 a.m. Friday', '2024-03-01T10:00', 'TIME'],
      ['Shares were up 2% at 3 p.m. on Monday.', '3 p.m. on Monday', '2024-03-04T15:00', 'TIME'],
      // negative: a "than" with no figure after it compares nothing with the day (code review counter-examples)
      ['The flight landed at 10 a.m., more than two hours late, on Monday.', '10 a.m.', '2024-03-04T10:00', 'TIME'],
      ['The rally began at 9 p.m., later than planned, on Saturday.', '9 p.m.', '2024-03-02T21:00', 'TIME'],
      ['The ferry docked at 7 a.m., less than an hour behind schedule, on Sunday.', '7 a.m.', '2024-03-03T07:00', 'TIME'],
    ]);
  });
});
