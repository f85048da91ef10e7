// Weekdays after a modal of possibility ("could come on Friday", "may resume on Monday"), a commitment's
// infinitive ("agreed to meet again on Friday"), "is likely", "pencilled in for" and "adjourned to" look ahead;
// a past ability ("could not be reached", "could see"), the month "May", "agreed to" before a noun phrase and
// "might have" stay past. Sentences are our own; publication date pinned.
import { describe, it } from 'node:test';
import { check } from './helpers.js';

const WED = '2024-03-13'; // a Wednesday

describe('time: possibility and commitment look ahead', () => {
  it('reads the weekday ahead', () => {
    check(WED, [
      ['The move could come on Friday.', 'Friday', '2024-03-15', 'DATE'],
      ['Forecasters say the storm could make landfall Friday.', 'Friday', '2024-03-15', 'DATE'],
      ['Rain may fall on Friday.', 'Friday', '2024-03-15', 'DATE'],
      ['The talks might resume on Monday.', 'Monday', '2024-03-18', 'DATE'],
      ['A vote is likely on Thursday.', 'Thursday', '2024-03-14', 'DATE'],
      ['A second round of talks is pencilled in for Friday.', 'Friday', '2024-03-15', 'DATE'],
      ['The hearing was adjourned to Thursday.', 'Thursday', '2024-03-14', 'DATE'],
      ['The two leaders met on Monday and agreed to meet again on Friday.', 'Friday', '2024-03-15', 'DATE'],
      ['The rebels vowed to return on Saturday.', 'Saturday', '2024-03-16', 'DATE'],
    ]);
  });
  it('a past ability, the month and a noun phrase after "agreed to" stay past (negatives)', () => {
    check(WED, [
      ['He could not be reached for comment on Tuesday.', 'Tuesday', '2024-03-12', 'DATE'],
      ['Police could see smoke on Tuesday.', 'Tuesday', '2024-03-12', 'DATE'],
      ['Loud explosions could be heard on Sunday night as the dams gave way.', 'Sunday night', '2024-03-10TNI', 'TIME'],
      ['Smoke could be seen on Tuesday from miles away.', 'Tuesday', '2024-03-12', 'DATE'],
      ['He might have left on Tuesday.', 'Tuesday', '2024-03-12', 'DATE'],
      ['Hamas agreed to a truce on Monday.', 'Monday', '2024-03-11', 'DATE'],
      ['The two leaders met on Monday and agreed to meet again on Friday.', 'Monday', '2024-03-11', 'DATE'],
      ['May said on Tuesday the plan was dead.', 'Tuesday', '2024-03-12', 'DATE'],
      ['The military might of Russia was on display on Monday.', 'Monday', '2024-03-11', 'DATE'],
      ['In May, prices fell, and on Tuesday they rose again.', 'Tuesday', '2024-03-12', 'DATE'],
    ]);
  });
});
