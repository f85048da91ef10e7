// Fourth pass on the time stage (issue 4): names that hold a season word, and other precision and value
// fixes found with sentences of our own. Publication dates are pinned per case.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { check, times } from './helpers.js';

const WED = '2023-09-13'; // a Wednesday

describe('time (fourth pass): a capitalised season inside a name is no time', () => {
  it('"the Spring Festival", "the Autumn Statement", "the Winter Palace"', () => {
    for (const text of ['The Spring Festival is China\'s biggest holiday.', 'The Autumn Statement is due soon.', 'Tourists visited the Winter Palace.']) {
      assert.deepEqual(times(text, WED).filter((t) => t.rule === 'period.season'), [], text);
    }
  });

  it('a capitalised season with a year, or before a lower-case word, is still a season', () => {
    check(WED, [
      ['In Spring 2024, the plan changes.', 'Spring 2024', '2024-SP', 'DATE'],
      ['Prices fell sharply in the Autumn and recovered later.', 'the Autumn', '2023-FA', 'DATE'],
    ]);
  });
});

describe('time (fourth pass): a closing attribution does not lend its past tense', () => {
  it('"… in June, the minister said Wednesday." keeps the reported clause\'s own reading', () => {
    check('1997-04-30', [
      ['The two countries are to sign an "open skies" agreement in June, the transport minister said Wednesday.', 'June', '1997-06', 'DATE'],
    ]);
    check(WED, [
      ['The company will cut jobs on Friday, a spokesman said.', 'Friday', '2023-09-15', 'DATE'],
      ['Talks open in Geneva on Monday, diplomats said.', 'Monday', '2023-09-18', 'DATE'],
    ]);
  });

  it('a past verb in the clause, or a reporting verb that opens the sentence, still makes it past', () => {
    check(WED, [
      ['The rebels attacked the town on Friday, a spokesman said.', 'Friday', '2023-09-08', 'DATE'],
      ['On Monday, the minister said the plan had failed.', 'Monday', '2023-09-11', 'DATE'],
      // The reporting verb is followed by its own clause: not a closing attribution.
      ['The vote on Friday, officials said, was marred by fraud.', 'Friday', '2023-09-08', 'DATE'],
    ]);
  });
});

describe('time (fourth pass): open bounds', () => {
  it('"three months or more" / "a year or less" carry EQUAL_OR_MORE / EQUAL_OR_LESS', () => {
    check(WED, [
      ['The siege lasted three months or more.', 'three months or more', 'P3M', 'DURATION', 'EQUAL_OR_MORE'],
      ['He was jailed for a year or less.', 'a year or less', 'P1Y', 'DURATION', 'EQUAL_OR_LESS'],
      // "or more than that" is a comparison, not a bound on the duration.
      ['The siege lasted three months or more than that.', 'three months', 'P3M', 'DURATION', ''],
    ]);
  });

  it('"no earlier than" / "no later than" are bounds ahead unless the clause is past', () => {
    check(WED, [
      ['The law will take effect no earlier than March.', 'March', '2024-03', 'DATE', 'ON_OR_AFTER'],
      ['The bill must be paid no later than March.', 'March', '2024-03', 'DATE', 'ON_OR_BEFORE'],
      ['The bill had to be paid no later than March.', 'March', '2023-03', 'DATE', 'ON_OR_BEFORE'],
    ]);
  });
});

describe('time (fourth pass): early/late before a preposition, overnight before a day', () => {
  it('"early on Monday", "late on Sunday", "late in 2019" keep the span and take START/END', () => {
    check(WED, [
      ['The quake struck early on Monday.', 'Monday', '2023-09-11', 'DATE', 'START'],
      ['The talks ended late on Sunday.', 'Sunday', '2023-09-10', 'DATE', 'END'],
      ['The law was passed late in 2019.', '2019', '2019', 'DATE', 'END'],
      // "earlier on Monday" is no mod.
      ['Shares fell earlier on Monday.', 'Monday', '2023-09-11', 'DATE', ''],
    ]);
  });

  it('"overnight Saturday" is that day, not the night before publication', () => {
    const ts = times('The attack came overnight Saturday.', WED);
    assert.deepEqual(ts.map((t) => [t.text, t.value]), [['Saturday', '2023-09-09']]);
    // "overnight" alone still is the night before publication in a past clause.
    check(WED, [['Rebels attacked the town overnight.', 'overnight', '2023-09-12TNI', 'TIME']]);
  });
});

describe('time (fourth pass): rates and compounds', () => {
  it('"one flight a day", "150 litres per head a day" are rates (SET)', () => {
    check(WED, [
      ['The airline will operate one flight a day to each city.', 'a day', 'P1D', 'SET'],
      ['Residents receive 150 litres per head a day.', 'a day', 'P1D', 'SET'],
      // A day after something is still a duration.
      ['He was jailed for a year after the trial.', 'a year', 'P1Y', 'DURATION'],
    ]);
  });

  it('"a year-ending championship", "a second-round score" are no durations', () => {
    for (const text of ['He reached the final of a year-ending championship.', 'He slumped to a second-round 78.', 'The park is open year-round.']) {
      assert.deepEqual(times(text, WED).map((t) => t.text), [], text);
    }
  });
});

describe('time (fourth pass): newspapers and names are no times', () => {
  it('"the financial daily", "a leading business daily, said", "AFR Midnight Rambler", "High Noon"', () => {
    for (const text of ['Fernandes told the financial daily.', 'A leading business daily said the plan failed.',
      'The source told the tabloid daily.', 'The skipper of AFR Midnight Rambler spoke.', 'The film High Noon was shown.', 'Midnight Mass was held.']) {
      assert.deepEqual(times(text, WED).map((t) => t.text), [], text);
    }
  });

  it('the frequency adverb and a capitalised midnight before a day stay', () => {
    check(WED, [
      ['The plane flies daily.', 'daily', 'P1D', 'SET'],
      ['Midnight Monday was the deadline.', 'Midnight Monday', '2023-09-11T24:00', 'TIME'],
    ]);
  });
});

describe('time (fourth pass): "the weekend" read on a Friday', () => {
  it('is the coming weekend unless the clause is past', () => {
    const FRI = '2023-09-15';
    check(FRI, [
      ['The festival runs through the weekend.', 'the weekend', '2023-W37-WE', 'DATE'],
      ['Protests took place over the weekend.', 'the weekend', '2023-W36-WE', 'DATE'],
    ]);
    // Read on a Wednesday without a tense, it is the one just gone.
    check(WED, [['Officials met protesters over the weekend.', 'the weekend', '2023-W36-WE', 'DATE']]);
  });
});

describe('time (fourth pass): the Sept. 11 attacks', () => {
  it('"the Sept. 11 attacks" is 2001-09-11; another Sept. 11 follows the publication date', () => {
    check(WED, [
      ['It was the worst attack since the Sept. 11 attacks.', 'Sept. 11', '2001-09-11', 'DATE'],
      ['The September 11th terrorist attacks killed nearly 3,000.', 'September 11th', '2001-09-11', 'DATE'],
      ['The vote was held on Sept. 11.', 'Sept. 11', '2023-09-11', 'DATE'],
    ]);
  });
});
