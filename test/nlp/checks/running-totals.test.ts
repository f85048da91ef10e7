import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../src/analyze.js';

// A running total after an added amount ("another 150, bringing its holdings to 450"). Invented sentences.
const running = (t: string) => analyze({ text: t }, { publishedAt: '2024-05-15' }).checks
  .filter((c) => (c as { rule?: string }).rule === 'checks:count:running-total').map((c) => c.status);

test('a first amount and "another" one against the running total', () => {
  assert.deepEqual(running('The city bought its first 300 bitcoins on Monday and, a day later, another 150, bringing its holdings to 450.'), ['CONSISTENT']);
  assert.deepEqual(running('The bank has lent 2 billion euros and will lend another 2 billion euros next year, bringing the total to 4 billion euros.'), ['CONSISTENT']);
  // a total below its parts is a mismatch; a plain count is exact
  assert.deepEqual(running('The city bought 300 bitcoins and another 150, bringing its holdings to 400.'), ['INCONSISTENT']);
  // a total above the parts may hold earlier amounts: an input is missing
  assert.deepEqual(running('The city bought 300 bitcoins and another 150, bringing its holdings to 600.'), ['UNVERIFIABLE']);
});

test('no first amount, people (the toll rule\'s), or no running-total verb: nothing', () => {
  assert.deepEqual(running('The fund hired another 20 analysts, bringing its research team to 90.'), []);
  assert.deepEqual(running('Rescuers found 12 bodies and another 3 people, bringing the toll to 15 people.'), []);
  assert.deepEqual(running('The city bought 300 bitcoins and another 150 last week.'), []);
});

// Code review r1, finding 8: the hedge before the running total is read by its kind in checks-approx-modifiers.tsv,
// one helper shared with totalAcross: a one-way bound ("more than 500") is no sum, any either-way word
// ("approximately") rounds it.
test('a total after a one-way bound is no sum; every either-way hedge of the data rounds it', () => {
  const s = (tail: string) => running(`The fund held 300 tonnes of gold and bought another 150 tonnes, bringing its holdings to ${tail} tonnes.`);
  assert.ok(!s('more than 500').includes('CONSISTENT'));
  assert.ok(!s('more than 400').includes('CONSISTENT'));
  assert.ok(!s('at least 450').includes('CONSISTENT'));
  assert.deepEqual(s('approximately 450'), ['CONSISTENT']);
  // negative: the hedges it read before still round, and "only" keeps the total exact
  assert.deepEqual(s('about 450'), ['CONSISTENT']);
  assert.deepEqual(s('only 400'), ['INCONSISTENT']);
});
