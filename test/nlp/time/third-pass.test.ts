// Third pass on the time stage (issue 4): weekdays counted from another day ("the previous Friday",
// "Friday and Saturday"), "last Oct. 23", past-looking verb forms after a modal ("will last").
// Sentences are our own; publication dates are pinned per case.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { check, times } from './helpers.js';


describe('time (third pass): weekdays counted from another day', () => {
  it('"the previous/following <weekday>" counts from the day last mentioned', () => {
    const pub = '2023-09-13'; // a Wednesday
    check(pub, [
      ['Shares closed lower on Sept. 1. They were down 4% from the previous Friday.', 'the previous Friday', '2023-08-25', 'DATE'],
      ['The vote was held on Sept. 1, and the result came the following Monday.', 'the following Monday', '2023-09-04', 'DATE'],
      // No day mentioned before: counted from publication.
      ['The index fell 2% from the previous Friday.', 'the previous Friday', '2023-09-08', 'DATE'],
    ]);
  });

  it('a weekday coordinated with an earlier one follows it in the same week', () => {
    const pub = '2023-09-13'; // a Wednesday
    check(pub, [
      // Alone, "Saturday" in a present clause would be last Saturday; after "Friday and" it is the next day.
      ['The museum is open on Friday and Saturday.', 'Saturday', '2023-09-16', 'DATE'],
      ['The museum is open on Friday and Saturday.', 'Friday', '2023-09-15', 'DATE'],
      ['Markets fell from Monday to Wednesday.', 'Wednesday', '2023-09-13', 'DATE'],
      ['Strikes will take place on Sunday and Monday.', 'Monday', '2023-09-18', 'DATE'],
    ]);
  });

  it('leaves weekdays listed out of week order and uncoordinated ones alone', () => {
    const pub = '2023-09-13';
    check(pub, [
      // "Friday and Thursday": listed backwards, each resolved on its own (both past).
      ['Following are statements made Friday and Thursday by the lawyer.', 'Thursday', '2023-09-07', 'DATE'],
      ['Following are statements made Friday and Thursday by the lawyer.', 'Friday', '2023-09-08', 'DATE'],
      // Two clauses, not a coordination of days.
      ['The talks opened Friday. On Saturday, the minister said they had failed.', 'Saturday', '2023-09-09', 'DATE'],
    ]);
  });
});

describe('time (third pass): months and days', () => {
  it('"last Oct. 23" is a day: the latest one before publication', () => {
    check('2023-09-13', [
      ['The law was passed last Oct. 23 by parliament.', 'Oct. 23', '2022-10-23', 'DATE'],
      // Within two months either way, "last" still looks back a year when the day is ahead.
      ['He was shot to death last Sept. 20 at his home.', 'Sept. 20', '2022-09-20', 'DATE'],
      ['He was shot to death last Sept. 2 at his home.', 'Sept. 2', '2023-09-02', 'DATE'],
    ]);
  });

  it('"last October" without a day stays a month', () => {
    check('2023-09-13', [['The law was passed last October by parliament.', 'last October', '2022-10', 'DATE']]);
  });
});

describe('time (third pass): tense of the clause', () => {
  it('a past-looking form after a modal is not a past tense ("will last", "to hold")', () => {
    const pub = '2023-09-13'; // a Wednesday
    check(pub, [
      ['The talks will last three days, starting Monday.', 'Monday', '2023-09-18', 'DATE'],
      ['Officials hope the truce can hold until Sunday.', 'Sunday', '2023-09-17', 'DATE'],
    ]);
  });

  it('a real past verb still makes the weekday past', () => {
    check('2023-09-13', [['The talks lasted three days, starting Monday.', 'Monday', '2023-09-11', 'DATE']]);
  });
});

describe('time (third pass): forecasts and entry into force look ahead', () => {
  it('"is forecast to … on Thursday night", "takes effect on January 1"', () => {
    check('2023-09-13', [
      ['The storm is forecast to reach the coast on Thursday night.', 'Thursday night', '2023-09-14TNI', 'TIME'],
      ['The new law takes effect on January 1.', 'January 1', '2024-01-01', 'DATE'],
      // Past forms stay past.
      ['The new law took effect on January 1.', 'January 1', '2023-01-01', 'DATE'],
    ]);
  });
});

describe('time (third pass): rates and fractions are not durations', () => {
  it('a counted noun per unit is a rate (SET)', () => {
    const pub = '2023-09-13';
    check(pub, [
      ['The agency plans to bring home more than 1,000 refugees a day once the operation starts.', 'a day', 'P1D', 'SET'],
      ['There are four flights a week to Bombay.', 'a week', 'P1W', 'SET'],
      ['He slept a scant four hours a night.', 'a night', 'P1D', 'SET'],
      // An anaphoric shift after a count is not a rate.
      ['The rebels killed 12 people a day after the vote.', 'a day', 'P1D', 'DURATION'],
      // A duration with no count before it stays a duration.
      ['The talks were suspended for a day.', 'a day', 'P1D', 'DURATION'],
    ]);
  });

  it('"about a quarter, of its dealers" is a fraction', () => {
    const text = 'It wants to close 789, or about a quarter, of its 3,200 dealers.';
    assert.equal(times(text, '2023-09-13').length, 0);
    check('2023-09-13', [['Profit rose in the quarter, of course.', 'the quarter', '2023-Q3', 'DATE']]);
  });
});

describe('time (third pass): clauses and references', () => {
  it('a coordinated clause with its own auxiliary does not lend its tense', () => {
    const pub = '2023-09-14'; // a Thursday
    check(pub, [
      ['The navy ship docked in Benghazi on Saturday morning and will leave on Monday.', 'Saturday morning', '2023-09-09TMO', 'TIME'],
      ['The navy ship docked in Benghazi on Saturday morning and will leave on Monday.', 'Monday', '2023-09-18', 'DATE'],
      // Without the auxiliary the future verb still governs a weekday next to it.
      ['The ship will dock on Saturday morning.', 'Saturday morning', '2023-09-16TMO', 'TIME'],
    ]);
  });

  it('"is planned for Sunday" looks ahead; "was planned for Sunday" does not', () => {
    check('2023-09-14', [
      ['A memorial service is planned for Sunday.', 'Sunday', '2023-09-17', 'DATE'],
      ['A memorial service was held on Sunday.', 'Sunday', '2023-09-10', 'DATE'],
    ]);
  });

  it('"later that year" keeps the year of the reference, not its month', () => {
    check('2000-01-15', [
      ['He fled to Florida in June 1998 and returned to Cuba later that year.', 'later that year', '1998', 'DATE'],
      ['The dam was finished in May 1998 and failed at the end of that year.', 'the end of that year', '1998', 'DATE', 'END'],
    ]);
  });

  it('a zone gloss after a clock time and "local time" is a second time (eighth pass: news gold marks it)', () => {
    const text = 'The blast happened at 3 p.m. local time (1200 GMT) on Tuesday.';
    const ts = times(text, '2023-09-13');
    assert.deepEqual(ts.map((t) => t.text), ['3 p.m. local time', '1200 GMT', 'Tuesday']);
    // A clock time in parentheses after other words is still a time.
    assert.equal(times('The meeting was moved (to 1400 GMT) on Tuesday.', '2023-09-13').some((t) => t.text === '1400 GMT'), true);
  });
});

describe('time (third pass): day anaphora and deadlines', () => {
  it('"the previous day" after "said on Tuesday" counts from that Tuesday', () => {
    check('2023-09-14', [
      ['The UN said on Tuesday that the previous day 400 people had been found.', 'the previous day', '2023-09-11', 'DATE'],
      ['The storm struck on September 10. The previous day, residents had been warned.', 'The previous day', '2023-09-09', 'DATE'],
    ]);
  });

  it('"until"/"by" take the tense of their own sentence, not the next one', () => {
    check('2023-09-14', [
      ['He will stay until Friday. The roads were closed until Thursday.', 'Friday', '2023-09-15', 'DATE'],
      ['Rebels pledged to march into the capital by June. Soldiers were reported to have fled.', 'June', '2024-06', 'DATE'],
      // A past auxiliary in the same sentence still makes the deadline past.
      ['The roads were closed until Tuesday.', 'Tuesday', '2023-09-12', 'DATE'],
    ]);
  });

  it('an obligation looks ahead: "must be signed before Friday"', () => {
    check('2023-09-14', [
      ['The deal must be signed before Friday.', 'Friday', '2023-09-15', 'DATE'],
      ['The deal was signed before Friday.', 'Friday', '2023-09-08', 'DATE'],
    ]);
  });
});

describe('time (third pass): parts of a named day and half-years', () => {
  it('"the night of September 10" is a TIME on that day, as "Sunday night" is', () => {
    check('2023-09-14', [
      ['The river burst its banks on the night of September 10.', 'the night of September 10', '2023-09-10TNI', 'TIME'],
      ['On the morning of Sept. 12, the water rose.', 'the morning of Sept. 12', '2023-09-12TMO', 'TIME'],
      // "the night of the storm": no day, no time.
      ['The river burst its banks on September 10, the night of the storm.', 'September 10', '2023-09-10', 'DATE'],
    ]);
  });

  it('"H1 2023" is a half-year; "H1" alone is not a time', () => {
    check('2023-09-14', [['Revenue rose 4% in H1 2023.', 'H1 2023', '2023-H1', 'DATE']]);
    assert.equal(times('The H1 visa rules changed.', '2023-09-14').length, 0);
  });
});

describe('time (third pass): "a year ago" as a comparison with a month', () => {
  it('after a month in the same sentence it is that month a year back', () => {
    check('2023-09-14', [
      ['Inflation was 5.6% in August, up from 4.3% a year ago.', 'a year ago', '2022-08', 'DATE'],
      // Another sentence, or a count above one: counted from publication.
      ['In August, prices rose. A year ago, they were falling.', 'A year ago', '2022', 'DATE'],
      ['The revolution of January 1959 was celebrated; it brought Castro to power 64 years ago.', '64 years ago', '1959', 'DATE'],
    ]);
  });
});

describe('time (third pass): a shift after a year is not a rate', () => {
  it('"resigned in 2017, a year after the inquiry began" is a duration, "$5 a day" a rate', () => {
    check('2023-09-15', [
      ['The minister resigned in 2017, a year after the investigation began.', 'a year', 'P1Y', 'DURATION'],
      ['Workers there earn $5 a day.', 'a day', 'P1D', 'SET'],
      ['Prices rose 10% a year.', 'a year', 'P1Y', 'SET'],
    ]);
  });
});

describe('time (third pass): "today" in names and in "today\'s Libya"', () => {
  it('"today\'s" before a name or a general noun is the present in general', () => {
    check('2023-09-15', [
      ["Today's Libya is divided between two governments.", 'Today', 'PRESENT_REF', 'DATE'],
      ["This is an exciting time at today's GM.", 'today', 'PRESENT_REF', 'DATE'],
      // The publication day when it qualifies an event of the day.
      ["Today's vote is key.", 'Today', '2023-09-15', 'DATE'],
      ["The minister said today's decision was final.", 'today', '2023-09-15', 'DATE'],
    ]);
  });

  it('a capitalised deictic word inside a title-case name is not a time', () => {
    assert.deepEqual(times('She watched The Day After Tomorrow on TV.', '2023-09-15').map((t) => t.text), []);
    check('2023-09-15', [['The minister said Tomorrow would be decisive.', 'Tomorrow', '2023-09-16', 'DATE']]);
  });
});

describe('time (third pass): clock ranges over midnight', () => {
  it('"from 8 p.m. to 6 a.m." ends the next morning', () => {
    const text = 'Authorities imposed a curfew from 8 p.m. to 6 a.m. on Thursday.';
    check('2023-09-14', [
      [text, '8 p.m.', '2023-09-14T20:00', 'TIME'],
      // (the end of a range over midnight is not joined to the day after it: its value would move off that day)
      [text, '6 a.m.', '2023-09-15T06:00', 'TIME'],
      [text, 'Thursday', '2023-09-14', 'DATE'],
      // A range within the day is left alone.
      ['Polls were open from 9 a.m. to 8 p.m. on Thursday.', '8 p.m. on Thursday', '2023-09-14T20:00', 'TIME'],
    ]);
  });
});
