// "from Monday to Friday": a range runs forward however far apart its weekdays are, and one told in the past ends by
// publication; "from Thursday until further notice" is open-ended (ON_OR_AFTER), not a range.
import { describe, it } from 'node:test';
import { check } from './helpers.js';

const PUB = '2024-04-03'; // a Wednesday

describe('time: weekday ranges and open starts', () => {
  it('a range of weekdays runs forward: ahead, and in the past the week before publication', () => {
    check(PUB, [
      ['The festival will run from Monday to Friday in the old town.', 'Friday', '2024-04-12', 'DATE'],
      ['The festival will run from Monday to Friday in the old town.', 'Monday', '2024-04-08', 'DATE'],
      ['Prices rose from Monday to Friday, the exchange said.', 'Monday', '2024-03-25', 'DATE'],
      ['Prices rose from Monday to Friday, the exchange said.', 'Friday', '2024-03-29', 'DATE'],
      ['Protests were held Tuesday through Saturday in the capital.', 'Saturday', '2024-03-30', 'DATE'],
    ]);
  });

  it('negatives: a list out of week order, and a range already ending by publication, stay as they were', () => {
    check(PUB, [
      ['Statements were made Friday and Thursday by the two sides.', 'Thursday', '2024-03-28', 'DATE'],
      ['Statements were made Friday and Thursday by the two sides.', 'Friday', '2024-03-29', 'DATE'],
      ['Talks ran from Sunday to Tuesday in Doha.', 'Sunday', '2024-03-31', 'DATE'],
      ['Talks ran from Sunday to Tuesday in Doha.', 'Tuesday', '2024-04-02', 'DATE'],
    ]);
  });

  it('a past range with a week named after it in its clause stays in that week', () => {
    check(PUB, [
      ['Schools were closed from Monday to Friday this week because of the heat.', 'Monday', '2024-04-01', 'DATE'],
      ['Schools were closed from Monday to Friday this week because of the heat.', 'Friday', '2024-04-05', 'DATE'],
    ]);
  });

  it('"from X until further notice" is an open start; "from X until Y" a range', () => {
    check(PUB, [
      ['Schools will remain closed from Thursday until further notice.', 'Thursday', '2024-04-04', 'DATE', 'ON_OR_AFTER'],
      ['Schools will remain closed from Thursday until Sunday.', 'Thursday', '2024-04-04', 'DATE', ''],
      ['Schools will remain closed from Thursday through the weekend.', 'Thursday', '2024-04-04', 'DATE', ''],
      ['Offices will stay shut from Thursday until otherwise announced.', 'Thursday', '2024-04-04', 'DATE', 'ON_OR_AFTER'],
    ]);
  });

  it('"until"/"through" before any other end keep a range (no open start)', () => {
    check(PUB, [
      ['The market will be shut from Thursday until two days after the funeral.', 'Thursday', '2024-04-04', 'DATE', ''],
      ['The market will be closed from Thursday until after Easter.', 'Thursday', '2024-04-04', 'DATE', ''],
      ['Roads will be closed from Thursday through two more weekends.', 'Thursday', '2024-04-04', 'DATE', ''],
    ]);
  });
});
