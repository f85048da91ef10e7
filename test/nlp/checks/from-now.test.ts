import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dates } from './date-checks.js';

// A day ahead of the report and the length to it told beside it ("January 1, 2024, almost two years from now").
// Real segmenter, time and quantity stages; invented sentences; the report's date pinned.
const ahead = (t: string, anchor = '2022-02-01') => dates(t, anchor, 'from-now');

test('a dated day ahead and its stated distance from the report', () => {
  // 23 months: "almost two years"
  assert.deepEqual(ahead('The first taxable period will begin on January 1, 2024, almost two years from now.'), ['CONSISTENT']);
  assert.deepEqual(ahead('The vote, set for 5 May 2023, some 15 months away, is close.'), ['CONSISTENT']);
  assert.deepEqual(ahead('The summit opens on June 10, 2022 (more than four months away).'), ['CONSISTENT']);
  // rounded: 1.9 years is "two years", not "five"; 15 months is not "three months"
  assert.deepEqual(ahead('The first taxable period will begin on January 1, 2024, five years from now.'), ['INCONSISTENT']);
  assert.deepEqual(ahead('The vote is set for 5 May 2023, three months away.'), ['INCONSISTENT']);
});

test('no year written, a day already past, a length of no time, or a length not beside the date: nothing', () => {
  assert.deepEqual(ahead('The vote is set for May 5, three months away.'), []);
  assert.deepEqual(ahead('The vote was held on 5 May 2021, nine months from now the board said.'), []);
  assert.deepEqual(ahead('The plant, opened on 5 May 2023, sits five miles away.'), []);
  assert.deepEqual(ahead('The vote is set for 5 May 2023, and the count is three months away.'), []);
});

test('property: a date n whole years after the report, told as n years from now, agrees', () => {
  const words = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
  fc.assert(fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 2000, max: 2030 }), (n, y) => {
    const ok = ahead(`The treaty expires on March 15, ${y + n}, ${words[n - 1]} years from now.`, `${y}-03-15`);
    const far = ahead(`The treaty expires on March 15, ${y + n}, ${words[n - 1]} years from now.`, `${y - 3}-03-15`);
    return ok.length === 1 && ok[0] === 'CONSISTENT' && far.length === 1 && far[0] === 'INCONSISTENT';
  }), { numRuns: 40 });
});
