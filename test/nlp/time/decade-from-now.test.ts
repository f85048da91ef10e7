// "a decade from now" is the year ten years ahead (the news gold's 2033 for a report of 2023), as "a decade ago" is
// the year ten years back; it was the decade ("203"). Counts of years and other units are unchanged. Sentences are our own.
import { describe, it } from 'node:test';
import { check } from './helpers.js';

const PUB = '2023-03-14';

describe('time: decades and centuries from now are years', () => {
  it('counts ahead in years', () => {
    check(PUB, [
      ['The navy could spare boats a decade from now.', 'a decade from now', '2033', 'DATE'],
      ['The reactor closes two decades from now.', 'two decades from now', '2043', 'DATE'],
      ['Half a century hence, the coast will look different.', 'Half a century hence', '2073', 'DATE'],
    ]);
  });
  it('leaves the past and other units alone (negatives)', () => {
    check(PUB, [
      ['The dam was built a decade ago.', 'a decade ago', '2013', 'DATE'],
      ['The line opens two years from now.', 'two years from now', '2025', 'DATE'],
      ['The works end six months from now.', 'six months from now', '2023-09', 'DATE'],
    ]);
  });
});
