// Eighth pass on the time stage (issue 4): bounds and approximations a signal word gives a point in time
// ("around 3 p.m." APPROX, "before 2020" BEFORE, "shortly after midnight" AFTER, "by Friday" ON_OR_BEFORE,
// "starting Monday" ON_OR_AFTER), "within" kept on "within the next 48 hours", "not more than" as an upper bound,
// dot-separated 24-hour clocks ("at 18.00"), "the year 2000", clock times told across paragraphs, GMT
// without "Z" and glosses in parentheses as times of their own, compound durations ("1 hour 20 minutes"). Sentences are our own; publication date pinned.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { check, times } from './helpers.js';

const THU = '2023-09-14'; // a Thursday

describe('time (eighth pass): signal words bound a point in time', () => {
  it('around, about, approximately, circa and "or so" make it approximate', () => {
    check(THU, [
      ['Around 2015, the company expanded abroad.', '2015', '2015', 'DATE', 'APPROX'],
      ['The blast happened at around 3 p.m. on Monday.', '3 p.m. on Monday', '2023-09-11T15:00', 'TIME', 'APPROX'],
      ['The fire started at about 2 a.m., officials said.', '2 a.m.', '2023-09-14T02:00', 'TIME', 'APPROX'],
      ['The chapel was built circa 1890.', '1890', '1890', 'DATE', 'APPROX'],
      ['The mine closed in 1985 or so.', '1985', '1985', 'DATE', 'APPROX'],
      // negative: "about" as a preposition of topic is no approximation
      ['The film is about the summer of 1969.', 'the summer of 1969', '1969-SU', 'DATE', ''],
    ]);
  });
  it('before and after give BEFORE and AFTER, also on clock times', () => {
    check(THU, [
      ['Before 2020, the tax did not exist.', '2020', '2020', 'DATE', 'BEFORE'],
      ['Prior to Monday, no one knew of the plan.', 'Monday', '2023-09-11', 'DATE', 'BEFORE'],
      ['The quake struck shortly after midnight.', 'midnight', '2023-09-14T00:00', 'TIME', 'AFTER'], // the start of the day told (eleventh pass)
      ['Just before 9 a.m. the alarm sounded.', '9 a.m.', '2023-09-14T09:00', 'TIME', 'BEFORE'],
      ['The rules will change after 2025.', '2025', '2025', 'DATE', 'AFTER'],
      // negative: a counted shift keeps the bound to itself
      ['Two weeks before Christmas, the shops were empty.', 'Christmas', '2022-12-25', 'DATE', ''],
      // negative: a possessive time dates its noun ("after Monday's attack" is an attack on Monday)
      ["Troops were sent in after Monday's attack on the embassy.", 'Monday', '2023-09-11', 'DATE', ''],
      ["Before Tuesday's vote, the minister resigned.", 'Tuesday', '2023-09-12', 'DATE', ''],
    ]);
  });
  it('by, until and up to close a point (ON_OR_BEFORE); starting and "from … onwards" open it', () => {
    check(THU, [
      ['The money must be paid by Friday.', 'Friday', '2023-09-15', 'DATE', 'ON_OR_BEFORE'],
      ['The ban will stay in force until March.', 'March', '2024-03', 'DATE', 'ON_OR_BEFORE'],
      ['Starting on Monday, shops will close at 6 p.m.', 'Monday', '2023-09-18', 'DATE', 'ON_OR_AFTER'],
      // "since" opens the point: the state holds on and after it (the newer gold's ON_OR_AFTER)
      ['He has lived in exile since 2019.', '2019', '2019', 'DATE', 'ON_OR_AFTER'],
      ['From 2021 onwards, prices rose every month.', '2021', '2021', 'DATE', 'ON_OR_AFTER'],
      ['Tickets bought in 2018 or earlier are void.', '2018', '2018', 'DATE', 'ON_OR_BEFORE'],
      // negative: a mod the expression carries itself wins ("by the end of the month" is END)
      ['The deal is expected by the end of the month.', 'the end of the month', '2023-09', 'DATE', 'END'],
      // negative: "through the night" is a stretch, not a deadline; "until recently" no calendar point
      ['Rescuers worked through the night.', 'the night', '2023-09-14TNI', 'TIME', ''],
      ['Until recently, the road was open.', 'recently', 'PAST_REF', 'DATE', ''],
      // negative: "from Monday to Wednesday" is a range, no bound on Monday
      ['The office is shut from Monday to Wednesday.', 'Monday', '2023-09-11', 'DATE', ''],
    ]);
  });
});

describe('time (eighth pass): duration bounds and units', () => {
  it('"within" bounds a duration with a determiner or a bare plural; "not more than" is an upper bound', () => {
    check(THU, [
      ['Aid must arrive within the next 48 hours.', 'the next 48 hours', 'PT48H', 'DURATION', 'EQUAL_OR_LESS'],
      ['The town was flooded within hours.', 'hours', 'PTXH', 'DURATION', 'EQUAL_OR_LESS'],
      ['He may be held for not more than six months.', 'more than six months', 'P6M', 'DURATION', 'EQUAL_OR_LESS'],
      // negative: "over the past four years" stays unbounded, "more than six months" without "not" is MORE_THAN
      ['Prices rose over the past four years.', 'the past four years', 'P4Y', 'DURATION', ''],
      ['He was held for more than six months.', 'more than six months', 'P6M', 'DURATION', 'MORE_THAN'],
      ['Residents waited for hours.', 'hours', 'PTXH', 'DURATION', ''],
    ]);
  });
  it('keeps decades as TimeML units (P1DE) and counts centuries in years (P100Y), as the news gold writes them', () => {
    check(THU, [
      ['The war has lasted more than a decade.', 'more than a decade', 'P1DE', 'DURATION', 'MORE_THAN'],
      ['The house stood for a century.', 'a century', 'P100Y', 'DURATION'],
      ['The plan covers the next decade.', 'the next decade', 'P1DE', 'DURATION'],
      ['The feud has gone on for decades.', 'decades', 'PXDE', 'DURATION'],
      // negative: years stay years
      ['He was jailed for 10 years.', '10 years', 'P10Y', 'DURATION'],
    ]);
  });
});

describe('time (eighth pass): clocks and years', () => {
  it('reads a dot-separated 24-hour clock after a time preposition or with a zone', () => {
    check(THU, [
      ['The rally began at 18.00 and ended at 21.15.', '21.15', '2023-09-14T21:15', 'TIME'],
      ['Kick-off is at 20.00 BST.', '20.00 BST', '2023-09-14T20:00', 'TIME'],
      ['The train left at 09.15 on Wednesday.', '09.15 on Wednesday', '2023-09-13T09:15', 'TIME'],
      ['He left the hotel at 9.30, police said.', '9.30', '2023-09-14T09:30', 'TIME'],
    ]);
  });
  it('leaves prices, rates and decimals alone', () => {
    for (const s of ['Shares closed at 14.30.', 'The index rose to 18.20 points.', 'The rate stood at 5.25 per cent.', 'The vote was 12.30 in favour.', 'He won by 2.15 points.', 'The price was cut to 19.99 euros.']) {
      assert.deepEqual(times(s, THU).map((t) => t.text), [], s);
    }
  });
  it('"the year 2000" is the year, not an anaphoric "the year"', () => {
    assert.deepEqual(times('In the year 2000 he left the party.', THU).map((t) => `${t.text}=${t.value}`), ['2000=2000']);
    // negative: "for the year" alone is still the year under discussion
    check(THU, [['Sales for the year rose 4%.', 'the year', '2023', 'DATE']]);
  });
});

describe('time (eighth pass): clock times told across paragraphs', () => {
  it('a past clause carries the day last mentioned across a paragraph break', () => {
    check(THU, [
      ['The earthquake struck late on Tuesday.\n\nAt 11:45 p.m., the first tremor was felt.', '11:45 p.m.', '2023-09-12T23:45', 'TIME'],
      ['Fighting broke out on Saturday morning.\n\nBy 9 a.m. the army held the airport, a spokesman said.', '9 a.m.', '2023-09-09T09:00', 'TIME'],
    ]);
  });
  it('an early-morning time told right after a late-evening one is the next morning', () => {
    check(THU, [
      ['The earthquake struck late on Tuesday.\n\nAt 11:45 p.m., the first tremor was felt. By 2 a.m., hundreds had fled.', '2 a.m.', '2023-09-13T02:00', 'TIME'],
      // negative: each time with its own day keeps it
      ['Police were called at 11 p.m. on Sunday and the man died at 1am on Monday.', '1am on Monday', '2023-09-11T01:00', 'TIME'],
    ]);
  });
  it('not a present or future clause, nor a live blog time stamp at a line start', () => {
    check(THU, [
      ['Officials met on Tuesday.\n\nThe curfew starts at 8 p.m., police said.', '8 p.m.', '2023-09-14T20:00', 'TIME'],
      ['The army said on Monday it had retaken the town.\n\n14:32 Police say two people were arrested.', '14:32', '2023-09-14T14:32', 'TIME'],
      ['Rebels attacked on Monday.\n\n- 09:10 The ministry confirmed the attack.', '09:10', '2023-09-14T09:10', 'TIME'],
    ]);
  });
  it('"starting Monday" looks ahead unless the sentence is told in the past', () => {
    check(THU, [
      ['Starting Monday, shops close at 6 p.m.', 'Monday', '2023-09-18', 'DATE', 'ON_OR_AFTER'],
      ['The new fares apply effective Friday.', 'Friday', '2023-09-15', 'DATE', 'ON_OR_AFTER'],
      // negative: a past sentence keeps the Monday before
      ['Starting on Monday, police arrested dozens of protesters.', 'Monday', '2023-09-11', 'DATE', 'ON_OR_AFTER'],
    ]);
  });
});

describe('time (eighth pass): compound durations and zones', () => {
  it('two counted units, the smaller second, are one duration', () => {
    check(THU, [
      ['The flight took 1 hour 20 minutes.', '1 hour 20 minutes', 'PT1H20M', 'DURATION'],
      ['The hearing lasted two hours and 15 minutes.', 'two hours and 15 minutes', 'PT2H15M', 'DURATION'],
      ['He was jailed for two years and three months.', 'two years and three months', 'P2Y3M', 'DURATION'],
      ['The rescue took more than three days and 20 hours.', 'more than three days and 20 hours', 'P3DT20H', 'DURATION', 'MORE_THAN'],
    ]);
  });
  it('not a larger unit after a smaller one, nor an age', () => {
    check(THU, [
      ['Within 2 hours 5 years of work were lost.', '2 hours', 'PT2H', 'DURATION'],
      ['The girl is 4 years and 3 months old.', '4 years', 'P4Y', 'DURATION'],
    ]);
    assert.equal(times('The girl is 4 years and 3 months old.', THU).some((t) => t.rule === 'duration.compound'), false);
  });
  it('"GMT" stays out of the value, "UTC" is Z; a gloss in parentheses is a time of its own', () => {
    check(THU, [
      ['Polls closed at 8 p.m. (1900 GMT) on Sunday.', '1900 GMT', '2023-09-10T19:00', 'TIME'],
      ['Polls closed at 8 p.m. (1900 GMT) on Sunday.', '8 p.m.', '2023-09-10T20:00', 'TIME'],
      ['The rocket lifted off at 16:08 UTC.', '16:08 UTC', '2023-09-14T16:08Z', 'TIME'],
    ]);
  });
});

describe('time (eighth pass): reported days and parts of a day', () => {
  it('the day of a reported statement ("speaking on Wednesday") is past even when the report looks ahead', () => {
    check(THU, [
      ['The minister, speaking on Wednesday, said the plan would be unveiled on Friday.', 'Wednesday', '2023-09-13', 'DATE'],
      ['In a statement on Tuesday, the ministry said it will act.', 'Tuesday', '2023-09-12', 'DATE'],
      // negative: the reported clause's own day still looks ahead
      ['The minister, speaking on Wednesday, said the plan would be unveiled on Friday.', 'Friday', '2023-09-15', 'DATE'],
      ['The minister will speak on Monday.', 'Monday', '2023-09-18', 'DATE'],
    ]);
  });
  it('"early"/"late" before this morning, last night or tonight give START/END', () => {
    check(THU, [
      ['Early this morning, police raided the house.', 'Early this morning', '2023-09-14TMO', 'TIME', 'START'],
      ['The storm hit late last night.', 'late last night', '2023-09-13TNI', 'TIME', 'END'],
      // negative: no such word, no mod
      ['The storm hit last night.', 'last night', '2023-09-13TNI', 'TIME', ''],
    ]);
  });
});
