// A limit set for several amounts at once binds each coordinated amount; people nouns from the data list.
// Also: justices, places and populations as people, a fraction after a verb of change.
// Sentences invented for the tests (names and figures of our own, none taken from a devset).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.value, q.unit, q.bound]);

test('a cap binds the amounts of its unit coordinated after the first', () => {
  assert.deepEqual(find('Withdrawals are capped at Rs 5,000 a day and Rs 9,000 a week at banks, and Rs 1,000 a day at ATMs.').map((x) => x[3]),
    ['AT_MOST', 'AT_MOST', 'AT_MOST']);
  assert.deepEqual(find('Fines are limited to $500 for firms and $200 for people.').map((x) => x[3]), ['AT_MOST', 'AT_MOST']);
});

test('a cap does not pass over a clause, another unit or a bound of its own', () => {
  assert.deepEqual(find('Fees are capped at $500, the minister said, and $200 were paid.').map((x) => x[3]), ['AT_MOST', undefined]);
  assert.deepEqual(find('Rent is capped at $900 but costs rose to $1,200.').map((x) => x[3]), ['AT_MOST', undefined]);
  assert.deepEqual(find('Fees are capped at $500 and 20 people came.').map((x) => x[3]), ['AT_MOST', undefined]);
  // an amount followed by its own verb opens a clause of its own
  assert.deepEqual(find('Fees are capped at $500 and $200 was refunded.').map((x) => x[3]), ['AT_MOST', undefined]);
  assert.deepEqual(find('The fine was limited to $500 and $300 went to the victim.').map((x) => x[3]), ['AT_MOST', undefined]);
  assert.deepEqual(find('Tolls are capped at $40 and $25 returned to drivers.').map((x) => x[3]), ['AT_MOST', undefined]);
  // "at least" bounds its own figure only
  assert.deepEqual(find('At least 20 people died and 30 people were hurt.').map((x) => x[3]), ['AT_LEAST', undefined]);
});

test('justices are people', () => {
  assert.deepEqual(find('Five justices upheld the ruling.'), [['Five justices', 5, 'person', undefined]]);
});

test('a place or a population "of" a bare figure counts its people', () => {
  assert.deepEqual(find('Floodwater reached Harwick, a town of 52,300, late on Monday.'), [['52,300', 52300, 'person', undefined]]);
  assert.deepEqual(find('Kigali, a city of about 1.2 million, was calm.'), [['about 1.2 million', 1.2e6, 'person', 'APPROX']]);
  assert.deepEqual(find('It has a population of 8,000.'), [['8,000', 8000, 'person', undefined]]);
  // a unit or a noun of its own after the figure wins
  assert.deepEqual(find('It is a country of 945,000 square kilometres.').map((x) => x[2]), ['km2']);
  assert.deepEqual(find('A country of 54 counties voted.'), [['54 counties', 54, 'county', undefined]]);
  // a body's noun inside a name is no body
  assert.deepEqual(find('Leaders of the Group of 20 met in Orlesk.').filter((x) => x[2] === 'person'), []);
  assert.deepEqual(find('Crew of 12 safe after storm.'), [['12', 12, 'person', undefined]]);
});

test('a fraction after a verb of change and "by" is the size of the change, a share', () => {
  assert.deepEqual(find('Rents in Harwick have dropped by more than half since spring.'), [['more than half', 50, '%', 'MORE_THAN']]);
  assert.deepEqual(find('The grant was cut by half, officials said.').map((x) => [x[1], x[2]]), [[50, '%']]);
  assert.deepEqual(find('Sales dropped by a quarter last year.').map((x) => [x[1], x[2]]), [[25, '%']]);
  assert.deepEqual(find('The budget was cut by a third.').map((x) => [x[1], x[2]]), [[33.3, '%']]);
  // "by" without a verb of change is no share
  assert.deepEqual(find('He stood by half a dozen friends.').map((x) => x[2]), ['person']);
  assert.deepEqual(find('It was written by half.'), []);
  // a fraction that does not end its phrase belongs to a measure: no share
  assert.deepEqual(find('Costs were cut by half a percentage point.'), [['half a percentage point', 0.5, 'percentage point', undefined]]);
  assert.deepEqual(find('Rates were cut by half a point.').filter((x) => x[2] === '%'), []);
  assert.deepEqual(find('The population fell by half a million.').filter((x) => x[2] === '%'), []);
  assert.deepEqual(find('Output rose by a quarter million tonnes.').filter((x) => x[2] === '%'), []);
});
