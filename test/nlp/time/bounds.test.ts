// "from X" opens a time only in a clause about what holds from then on; "until at least X" bounds it from below.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkCases } from './helpers.js';

const PUB = '2023-09-11'; // a Monday

describe('time: "from" and "at least" bounds', () => {
  it('"from X" in a clause about what applies or happens from then on is ON_OR_AFTER', () => {
    checkCases(PUB, [
      ['The new rules apply from Friday in all schools.', 'Friday', '2023-09-15', 'DATE', 'ON_OR_AFTER'],
      ['Masks will be required from October.', 'October', '2023-10', 'DATE', 'ON_OR_AFTER'],
      ['From January, fares will rise by 5%.', 'January', '2024-01', 'DATE', 'ON_OR_AFTER'],
      ['From Monday the ban applies to all bars.', 'Monday', '2023-09-11', 'DATE', 'ON_OR_AFTER'],
      ['The border crossing is closed from Wednesday.', 'Wednesday', '2023-09-13', 'DATE', 'ON_OR_AFTER'],
      ['The ban takes effect from 2025.', '2025', '2025', 'DATE', 'ON_OR_AFTER'],
    ], assert.equal);
  });

  it('"from X" stays bare in ranges, changes, sources and modifiers (negatives)', () => {
    checkCases(PUB, [
      ['The museum will be open from Monday to Friday.', 'Monday', '2023-09-11', 'DATE', ''],
      ['Shops will close from Tuesday until Thursday.', 'Tuesday', '2023-09-12', 'DATE', ''],
      ['Sales rose to 4.1 million, up from 2019.', '2019', '2019', 'DATE', ''],
      ['A report from Saturday said 20 people died.', 'Saturday', '2023-09-09', 'DATE', ''],
      ['Emissions will fall from 2019 levels.', '2019', '2019', 'DATE', ''],
      ['He returned from 2019 onwards, she said.', '2019', '2019', 'DATE', 'ON_OR_AFTER'],
      ['Footage from Tuesday showed the flood.', 'Tuesday', '2023-09-05', 'DATE', ''],
      ['From 2010, he lived in Rome.', '2010', '2010', 'DATE', 'ON_OR_AFTER'],
      ['He moved here from 2010 after the war.', '2010', '2010', 'DATE', ''],
    ], assert.equal);
  });

  it('"until at least X" and "at least until X" are ON_OR_AFTER; plain "until X" stays ON_OR_BEFORE', () => {
    checkCases(PUB, [
      ['Schools will stay shut until at least Friday.', 'Friday', '2023-09-15', 'DATE', 'ON_OR_AFTER'],
      ['The road stays closed at least until March.', 'March', '2024-03', 'DATE', 'ON_OR_AFTER'],
      ['Schools will stay shut until Friday.', 'Friday', '2023-09-15', 'DATE', 'ON_OR_BEFORE'],
      ['It lasted at least three days.', 'at least three days', 'P3D', 'DURATION', 'EQUAL_OR_MORE'],
    ], assert.equal);
  });

  it('"until X" after a negation is ON_OR_AFTER (nothing happens before it); without one it stays ON_OR_BEFORE', () => {
    checkCases(PUB, [
      ["The shop won't reopen until Monday.", 'Monday', '2023-09-11', 'DATE', 'ON_OR_AFTER'],
      ['It was not until 2019 that he left.', '2019', '2019', 'DATE', 'ON_OR_AFTER'],
      ['Schools stay closed until Monday, officials said, and no exams are planned.', 'Monday', '2023-09-11', 'DATE', 'ON_OR_BEFORE'],
      ['Nobody knows when. Until 2030, shops stay open.', '2030', '2030', 'DATE', 'ON_OR_BEFORE'],
      // "not" in another clause, before a comma, does not reach "until"
      ['It is not clear, but talks continue until 2030.', '2030', '2030', 'DATE', 'ON_OR_BEFORE'],
    ], assert.equal);
  });

  it('a MID/START/END inside the span wins over the bound of "as early as" outside it', () => {
    checkCases(PUB, [
      ['They will meet as early as mid-October.', 'mid-October', '2023-10', 'DATE', 'MID'],
      ['They will meet as early as October.', 'October', '2023-10', 'DATE', 'ON_OR_AFTER'],
      ['It could come as early as next week.', 'next week', '2023-W38', 'DATE', 'ON_OR_AFTER'],
    ], assert.equal);
  });
});

describe('time: "since X" and more "from X" bounds', () => {
  it('"since X" is ON_OR_AFTER; a mod the span carries itself still wins', () => {
    checkCases(PUB, [
      ['Roads have been closed since Sunday.', 'Sunday', '2023-09-10', 'DATE', 'ON_OR_AFTER'],
      ['The group has operated there ever since 1996.', '1996', '1996', 'DATE', 'ON_OR_AFTER'],
      ['It is the worst result since March 2020.', 'March 2020', '2020-03', 'DATE', 'ON_OR_AFTER'],
      // negative: the span's own START is the mod
      ['Shares are up 35% since the start of the year.', 'the start of the year', '2023', 'DATE', 'START'],
      // negative: "since" before an ago-shift or a duration bounds nothing of a point
      ['He has not spoken since two years ago.', 'two years ago', '2021', 'DATE', ''],
    ], assert.equal);
  });

  it('"from X to <verb>" is no range; a plan in an infinitive and a verb\'s particle ("taken down") open the point', () => {
    checkCases(PUB, [
      ['Rich nations are to give $100 billion a year from 2020 to help poor ones.', '2020', '2020', 'DATE', 'ON_OR_AFTER'],
      ['OPEC+ agreed on Monday to cut output by 2 million barrels per day (bpd) from November, the deepest cut.', 'November', '2023-11', 'DATE', 'ON_OR_AFTER'],
      ['He said paintings would be taken down from Friday, once it was safe.', 'Friday', '2023-09-15', 'DATE', 'ON_OR_AFTER'],
    ], assert.equal);
  });

  it('ranges, changes and past narration stay bare (negatives)', () => {
    checkCases(PUB, [
      ['Output will rise from 2020 to 2024.', '2020', '2020', 'DATE', ''],
      ['Shops will shut from Monday to the end of June.', 'Monday', '2023-09-11', 'DATE', ''],
      ['The ban applies from Monday to Friday.', 'Monday', '2023-09-11', 'DATE', ''],
      ['Prices will be down from 2019, analysts said.', '2019', '2019', 'DATE', ''],
      ['He moved here from 2010 after the war.', '2010', '2010', 'DATE', ''],
      // a plan verb with no infinitive after it is no plan
      ['The group agreed with police from Monday onwards? No.', 'Monday', '2023-09-11', 'DATE', 'ON_OR_AFTER'],
    ], assert.equal);
  });
});
