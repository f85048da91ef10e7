// A clock time and its day joined over "on" ("at 4:40 a.m. on Friday") are one TIME valued on that day, as news
// annotators write it (18 to 1 in the readable gold) and as TimeBank joins "10 p.m. Wednesday"; the day is no second
// time beside its clock, and it still counts as the day last named for what follows.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check, times } from './helpers.js';

const SUN = '2013-11-10'; // a Sunday

describe('time: a clock time joined to its day over "on"', () => {
  it('one TIME for the clock and its day, with the clock\'s signal', () => {
    check(SUN, [
      ['Haiyan made landfall in Guiuan at 4:40 a.m. on Friday, packing winds of 235 kph.', '4:40 a.m. on Friday', '2013-11-08T04:40', 'TIME'],
      ['The train derailed at about 8:55 p.m. on Nov. 3, a mile from the border.', '8:55 p.m. on Nov. 3', '2013-11-03T20:55', 'TIME', 'APPROX'],
      ['The airport stayed shut until noon on Saturday, officials said.', 'noon on Saturday', '2013-11-09T12:00', 'TIME'],
      ['The eruption started at 22.17 on Saturday, the Met Office said.', '22.17 on Saturday', '2013-11-09T22:17', 'TIME'],
      ['The walkout began at 7am on Friday and ended at 7am on Saturday.', '7am on Saturday', '2013-11-09T07:00', 'TIME'],
    ]);
    const ts = times('Haiyan made landfall in Guiuan at 4:40 a.m. on Friday, packing winds of 235 kph.', SUN);
    assert.deepEqual(ts.map((t) => t.text), ['4:40 a.m. on Friday']);
  });

  it('the joined day is still the day last named: for a clock before it and for "the previous day"', () => {
    check(SUN, [
      ['Trains left at 10:15 a.m. and 11:00 a.m. on Nov. 5, 2013.', '10:15 a.m.', '2013-11-05T10:15', 'TIME'],
      ['The storm hit at 4:40 a.m. on Friday. The previous day, thousands had fled.', 'The previous day', '2013-11-07', 'DATE'],
      ['The storm hit at 4:40 a.m. on Friday. Rescuers arrived at 9 p.m.', '9 p.m.', '2013-11-08T21:00', 'TIME'],
    ]);
  });

  it('negatives: a part of the day, a new sentence, a gloss in parentheses and a day glued to its clock stay as they were', () => {
    check(SUN, [
      // a part of the day before "on" is left to its own rules
      ['Shelling resumed in the evening on Friday, residents said.', 'Friday', '2013-11-08', 'DATE'],
      // "On" opening the next sentence
      ['The blast was heard at 9 p.m. On Friday, police sealed the area.', 'Friday', '2013-11-08', 'DATE'],
      // a gloss between the clock and "on" keeps the three apart (news gold marks the gloss as a time of its own)
      ['Polls closed at 8 p.m. (1900 GMT) on Saturday.', '1900 GMT', '2013-11-09T19:00', 'TIME'],
      ['Polls closed at 8 p.m. (1900 GMT) on Saturday.', 'Saturday', '2013-11-09', 'DATE'],
      // "on" before something that is no day
      ['The vote was held at 3 p.m. on the island of Leyte.', '3 p.m.', '2013-11-10T15:00', 'TIME'],
      // the glued form is unchanged
      ['The ship sank at 9 a.m. Friday.', '9 a.m. Friday', '2013-11-08T09:00', 'TIME'],
    ]);
  });
  it('the end of a clock range over midnight is not joined to its day, whose value it would leave', () => {
    const text = 'The curfew runs from 10 p.m. to 6 a.m. on Friday.';
    check('2023-11-10', [
      [text, '6 a.m.', '2023-11-11T06:00', 'TIME'],
      [text, 'Friday', '2023-11-10', 'DATE'],
      // negative: a range within the day is still joined
      ['Polls were open from 9 a.m. to 8 p.m. on Thursday.', '8 p.m. on Thursday', '2023-11-09T20:00', 'TIME'],
    ]);
  });
});
