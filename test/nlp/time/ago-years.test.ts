// "a decade ago", "two decades ago", "a century ago" name the year that many years back (not the decade or century
// it falls in), and "nearly"/"almost" before a time ago make it APPROX, not a bound. Sentences are our own;
// publication date pinned.
import { describe, it } from 'node:test';
import { check } from './helpers.js';

const PUB = '2024-03-13';

describe('time: decades and centuries ago are years', () => {
  it('gives the year', () => {
    check(PUB, [
      ['The plant closed a decade ago.', 'a decade ago', '2014', 'DATE', ''],
      ['The plant closed two decades ago.', 'two decades ago', '2004', 'DATE', ''],
      ['The plant closed more than a decade ago.', 'more than a decade ago', '2014', 'DATE', 'BEFORE'],
      ['The plant closed about a decade ago.', 'about a decade ago', '2014', 'DATE', 'APPROX'],
      ['The bridge was built a century ago.', 'a century ago', '1924', 'DATE', ''],
      ['The war ended half a century ago.', 'half a century ago', '1974', 'DATE', ''],
    ]);
  });
  it('"nearly"/"almost" … ago is about then; "less than" stays a bound', () => {
    check(PUB, [
      ['The plant closed nearly two decades ago.', 'nearly two decades ago', '2004', 'DATE', 'APPROX'],
      ['He left almost a year ago.', 'almost a year ago', '2023', 'DATE', 'APPROX'],
      ['He left less than a year ago.', 'less than a year ago', '2023', 'DATE', 'AFTER'],
      ['He left three years ago.', 'three years ago', '2021', 'DATE', ''],
    ]);
  });
  it('vague and non-ago decades are unchanged (negatives)', () => {
    check(PUB, [
      ['The plant closed decades ago.', 'decades ago', 'PAST_REF', 'DATE'],
      ['He retired in the late 1990s.', 'late 1990s', '199', 'DATE', 'END'],
      ['The war lasted two decades.', 'two decades', 'P2DE', 'DURATION'],
    ]);
  });
});
