// Tenth pass on the time stage (issue 4): weekdays a week off. A forecast in the passive ("rain is forecast for
// Saturday"), a present progressive passive ("a memorial is being held on Sunday") look ahead; a fronted frame of
// speech ("Speaking to reporters on Monday, he said …") dates the saying, in the past. Sentences are our own;
// publication date pinned.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { check, times } from './helpers.js';

const THU = '2023-09-14'; // a Thursday

describe('time (tenth pass): forecasts and arrangements in the passive look ahead', () => {
  it('reads the weekday ahead', () => {
    check(THU, [
      ['Heavy rain is forecast for Saturday.', 'Saturday', '2023-09-16', 'DATE'],
      ['Storms are predicted for Sunday in the north.', 'Sunday', '2023-09-17', 'DATE'],
      ['Temperatures of 40C are forecast on Monday.', 'Monday', '2023-09-18', 'DATE'],
      ['A memorial is being held on Sunday.', 'Sunday', '2023-09-17', 'DATE'],
      ['Extra police are being deployed on Saturday.', 'Saturday', '2023-09-16', 'DATE'],
    ]);
  });
  it('a told past stays past (negatives)', () => {
    check(THU, [
      ['Heavy rain fell on Saturday, as forecasters had warned.', 'Saturday', '2023-09-09', 'DATE'],
      ['The forecast for Monday was wrong, and the storm hit on Tuesday.', 'Monday', '2023-09-11', 'DATE'],
      ['The forecast for Monday was wrong, and the storm hit on Tuesday.', 'Tuesday', '2023-09-12', 'DATE'],
      ['Heavy rain that was forecast for Saturday flooded the town.', 'Saturday', '2023-09-09', 'DATE'],
      ['The forecast for Monday proved wrong.', 'Monday', '2023-09-11', 'DATE'],
      ['Sunday\'s vote is being contested.', 'Sunday', '2023-09-10', 'DATE'],
      ['The man was being held on Monday, police said.', 'Monday', '2023-09-11', 'DATE'],
    ]);
  });
});

describe('time (tenth pass): a fronted frame of speech dates the saying', () => {
  it('is past whatever the reported clause looks ahead to', () => {
    check(THU, [
      ['Speaking to reporters on Monday, he said the plan would work.', 'Monday', '2023-09-11', 'DATE'],
      ['At a news conference on Tuesday, the mayor said the city will recover.', 'Tuesday', '2023-09-12', 'DATE'],
      ['In a televised address on Sunday, the president said elections will be held.', 'Sunday', '2023-09-10', 'DATE'],
      ['Writing on social media on Wednesday, she said she will stand again.', 'Wednesday', '2023-09-13', 'DATE'],
    ]);
  });
  it('a frame not at the sentence start, or not closed by a comma, keeps the clause tense (negatives)', () => {
    check(THU, [
      ['He will announce the result at a news conference on Tuesday.', 'Tuesday', '2023-09-19', 'DATE'],
      ['The minister will give a speech on Monday and answer questions.', 'Monday', '2023-09-18', 'DATE'],
      ['At a rally on Saturday, the candidate will unveil her plan.', 'Saturday', '2023-09-16', 'DATE'],
    ]);
  });
});

describe('time (tenth pass): a clock time between a present verb and its weekday', () => {
  it('the dots of "a.m."/"p.m." end no clause: the scheduled day is ahead', () => {
    check(THU, [
      ['Voters go to the polls at 7 a.m. on Sunday.', '7 a.m. on Sunday', '2023-09-17T07:00', 'TIME'],
      ['Tickets go on sale at 9 a.m. on Friday.', '9 a.m. on Friday', '2023-09-15T09:00', 'TIME'],
      ['The president addresses the nation at 8 p.m. on Monday.', '8 p.m. on Monday', '2023-09-18T20:00', 'TIME'],
    ]);
  });
  it('a past verb keeps the day past, and a sentence ending in "p.m." still ends (negatives)', () => {
    check(THU, [
      ['Rebels attacked the base at 5 a.m. on Tuesday.', '5 a.m. on Tuesday', '2023-09-12T05:00', 'TIME'],
      ['The blast was heard at 9 p.m. Residents fled on Tuesday.', 'Tuesday', '2023-09-12', 'DATE'],
    ]);
  });
});

describe('time (tenth pass): "the past hour", "the next minute"', () => {
  it('is one unit, as "the past week" is', () => {
    check(THU, [
      ['In the past hour, 30 tremors were felt.', 'the past hour', 'PT1H', 'DURATION'],
      ['Over the next hour, the storm will pass.', 'the next hour', 'PT1H', 'DURATION'],
      ['In the first hour of trading, shares fell.', 'the first hour', 'PT1H', 'DURATION'],
    ]);
  });
  it('not the idiom, nor a compound (negatives)', () => {
    for (const text of ['He changed his mind at the last minute.', 'A last-minute deal was struck.', 'The next hour-long session starts soon.']) {
      assert.deepEqual(times(text, THU).filter((t) => t.rule === 'duration.the-past-hour').map((t) => t.text), [], text);
    }
  });
});

describe('time (tenth pass): hyphenated "and a half"', () => {
  it('"two-and-a-half years" is one duration, as "two and a half years" is', () => {
    check(THU, [
      ['He spent two-and-a-half years in jail.', 'two-and-a-half years', 'P2Y6M', 'DURATION'],
      ['A one-and-a-half-hour meeting ended.', 'one-and-a-half-hour', 'PT1H30M', 'DURATION'],
      ['It took two and a half hours.', 'two and a half hours', 'PT2H30M', 'DURATION'],
    ]);
  });
  it('an age stays no duration (negative)', () => {
    assert.deepEqual(times('A two-and-a-half-year-old boy was rescued.', THU).map((t) => t.text), []);
  });
});

describe('time (tenth pass): "since" a month or a yearless day looks back', () => {
  it('the latest such month or day not after publication', () => {
    check(THU, [
      ['Prices have doubled since October.', 'October', '2022-10', 'DATE'],
      ['Since early October, prices have risen.', 'early October', '2022-10', 'DATE', 'START'],
      ['He has been held since Oct. 7.', 'Oct. 7', '2022-10-07', 'DATE'],
      ['Since 7 October, 40 people have died.', '7 October', '2022-10-07', 'DATE'],
      ['It has rained since September.', 'September', '2023-09', 'DATE'],
      ['It has rained since Sept. 10.', 'Sept. 10', '2023-09-10', 'DATE'],
    ]);
    check('2023-01-05', [['Prices have fallen since December 20.', 'December 20', '2022-12-20', 'DATE']]);
  });
  it('a written year, or no "since", keeps its reading (negatives)', () => {
    check(THU, [
      ['He has been held since Oct. 7, 2023.', 'Oct. 7, 2023', '2023-10-07', 'DATE'],
      ['The talks will resume on Oct. 7.', 'Oct. 7', '2023-10-07', 'DATE'],
      ['Elections are due in October.', 'October', '2023-10', 'DATE'],
    ]);
  });
});

describe('time (tenth pass): a weekday with its week after it', () => {
  it('"Tuesday last week" is the Tuesday of last week, whatever the tense', () => {
    check(THU, [
      ['They met on Tuesday last week.', 'Tuesday', '2023-09-05', 'DATE'],
      ['The talks are on Tuesday next week.', 'Tuesday', '2023-09-19', 'DATE'],
      ['He will fly out on Monday next week.', 'Monday', '2023-09-18', 'DATE'],
      ['The deal was signed on Friday of last week.', 'Friday', '2023-09-08', 'DATE'],
    ]);
  });
  it('a possessive or a compound week keeps the weekday alone (negatives)', () => {
    check(THU, [
      ["He said on Tuesday last week's vote was flawed.", 'Tuesday', '2023-09-12', 'DATE'],
      ['They met on Tuesday, and next week they will meet again.', 'Tuesday', '2023-09-12', 'DATE'],
    ]);
  });
});

describe('time (tenth pass): a stretch at one end of a period', () => {
  it('"the final days of August" is August, END; "the first weeks of 2024" is 2024, START', () => {
    check(THU, [
      ['The offensive began in the final days of August.', 'the final days of August', '2023-08', 'DATE', 'END'],
      ['Prices fell in the first weeks of 2023.', 'the first weeks of 2023', '2023', 'DATE', 'START'],
      ['Talks stalled in the closing months of 2022.', 'the closing months of 2022', '2022', 'DATE', 'END'],
      ['Sales rose in the first half of September.', 'the first half of September', '2023-09', 'DATE', 'START'],
    ]);
  });
  it('no period after it, no stretch (negatives)', () => {
    assert.deepEqual(times('In the last days of the war, the city fell.', THU).filter((t) => t.type === 'DATE').map((t) => t.text), []);
    check(THU, [['The offensive began in late August.', 'late August', '2023-08', 'DATE', 'END']]);
  });
});

describe('time (tenth pass): "is" after a determiner and a noun, a looming deadline', () => {
  it('"the final is on Sunday", "which is on Friday", "Friday\'s deadline looms" look ahead', () => {
    check(THU, [
      ['The final is on Sunday.', 'Sunday', '2023-09-17', 'DATE'],
      ['The summit, which is on Friday, will discuss aid.', 'Friday', '2023-09-15', 'DATE'],
      ["Friday's deadline looms.", 'Friday', '2023-09-15', 'DATE'],
    ]);
  });
  it('a determiner before a noun still makes the noun no verb (negatives)', () => {
    check(THU, [
      ['The final vote on Sunday was close.', 'Sunday', '2023-09-10', 'DATE'],
      ['The final was on Sunday.', 'Sunday', '2023-09-10', 'DATE'],
    ]);
  });
});
