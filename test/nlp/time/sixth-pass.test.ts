// Sixth pass on the time stage (issue 4): market and results periods without their year ("up 3% for the
// week", "growth in the second half", "the week ahead") and the end of a span counted from a weekday named
// before it ("warned on Monday of rain through Thursday"). Sentences are our own; publication dates pinned.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { check, times } from './helpers.js';

const WED = '2024-03-13'; // a Wednesday
const SEP = '2024-09-18'; // a Wednesday in the second half-year

describe('time (sixth pass): a period of a market or results story', () => {
  it('"for the week", "on the week", "on the year" are the current unit', () => {
    check(WED, [
      ['Shares rose 3% for the week.', 'the week', '2024-W11', 'DATE'],
      ['The index fell 2% on the week.', 'the week', '2024-W11', 'DATE'],
      ['The pound is down 4% on the year.', 'the year', '2024', 'DATE'],
    ]);
  });

  it('"the week ahead", "the year ahead" are one-unit durations', () => {
    check(WED, [
      ['Investors are cautious about the week ahead.', 'the week ahead', 'P1W', 'DURATION'],
      ['The year ahead will be hard.', 'The year ahead', 'P1Y', 'DURATION'],
    ]);
  });

  it('a bare first/second half in a results sentence is a half-year, by tense', () => {
    check(WED, [
      ['The firm expects growth in the second half.', 'the second half', '2024-H2', 'DATE'],
      ['Earnings fell in the second half, the company said.', 'the second half', '2023-H2', 'DATE'],
    ]);
    check(SEP, [
      ['Profit rose 5% in the first half.', 'the first half', '2024-H1', 'DATE'],
      ['Sales will recover in the first half.', 'the first half', '2025-H1', 'DATE'],
    ]);
  });

  it('not a half-year: a match half, a half of something, no results word', () => {
    const none = (text: string): void => assert.deepEqual(times(text, WED).filter((t) => /half/.test(t.text)), [], text);
    none('Liverpool scored twice in the second half.');
    none('Profit rose in the second half of the match, the coach joked.');
    none('The second half of the film drags.');
    none('He spent the first half in the library.');
    none('The second half-century of the treaty began.');
  });

  it('"on the day" and "the day ahead" are not the unit rule', () => {
    assert.equal(times('Profit fell on the day.', WED).some((t) => t.rule === 'anaphor.the-unit'), false);
  });
});

describe('time (sixth pass): the end of a span follows the weekday it is counted from', () => {
  it('"warned on Monday of rain through Thursday": the Thursday after that Monday', () => {
    check(WED, [
      ['The agency warned on Monday of more rain through Thursday.', 'Thursday', '2024-03-14', 'DATE'],
      ['Officials said on Monday the roads would stay shut until Friday.', 'Friday', '2024-03-15', 'DATE'],
    ]);
  });

  it('an explicit "last"/"next" on the end, or a sentence break, keeps its own value', () => {
    check(WED, [
      ['Police said on Tuesday that the suspect was held until last Friday.', 'last Friday', '2024-03-08', 'DATE'],
      ['The agency warned on Monday. Rain fell through Thursday.', 'Thursday', '2024-03-07', 'DATE'],
    ]);
  });
});
