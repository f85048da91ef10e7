// Fractional months (issue 4): "four and a half months", "a month and a half", "1.5 months" are written as a decimal
// count of months (P4.5M), as news gold writes them, not months and days (P4M15D). Years, weeks, days and clock
// units still split ("nine and a half years" P9Y6M, "three and a half hours" PT3H30M). Sentences are our own;
// publication date pinned.
import { describe, it } from 'node:test';
import { check } from './helpers.js';

const THU = '2023-09-14'; // a Thursday

describe('time: fractional months stay decimal', () => {
  it('writes "N and a half months" and "1.5 months" as P<N>.5M', () => {
    check(THU, [
      ['The strike lasted four and a half months.', 'four and a half months', 'P4.5M', 'DURATION'],
      ['Talks dragged on for a month and a half.', 'a month and a half', 'P1.5M', 'DURATION'],
      ['The probe took 2.5 months.', '2.5 months', 'P2.5M', 'DURATION'],
    ]);
  });
  it('does not change whole months, half a month, years or hours', () => {
    check(THU, [
      ['He was jailed for six months.', 'six months', 'P6M', 'DURATION'],
      ['The repairs took half a month.', 'half a month', 'P15D', 'DURATION'],
      ['He served nine and a half years.', 'nine and a half years', 'P9Y6M', 'DURATION'],
      ['The flight took three and a half hours.', 'three and a half hours', 'PT3H30M', 'DURATION'],
      ['The siege lasted two and a half weeks.', 'two and a half weeks', 'P2.5W', 'DURATION'],
    ]);
  });
});
