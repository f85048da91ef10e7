// Stop 43: a scale word of a million or more touching its digits ("$846.8million"), a suspended hyphen inside the
// modifiers of a count ("1,500 coal- and gas-fired power plants"), and a verb's stem before "n't" after "one".
// Sentences invented for the tests; no date is read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.value, q.unit]);

test('a scale word of a million or more touching the digits scales them', () => {
  assert.deepEqual(find('Super PACs raised $846.8million in August.'), [['$846.8million', 846.8e6, 'USD']]);
  assert.deepEqual(find('The club paid £1.2million for him.'), [['£1.2million', 1.2e6, 'GBP']]);
  assert.deepEqual(find('The fund holds 3billion euros.'), [['3billion euros', 3e9, 'EUR']]);
  assert.deepEqual(find('Some 4.5million people voted.').map((q) => [q[1], q[2]]), [[4.5e6, 'person']]);
  assert.deepEqual(find('The state spent Rs 5crore on it.').map((q) => [q[1], q[2]]), [[5e7, 'INR']]);
});

test('"hundred" and "thousand" touching digits stay unread, and spaced scales keep their readings', () => {
  assert.deepEqual(find('They counted 5hundred ballots.').filter((q) => q[1] === 500), []);
  assert.deepEqual(find('They counted 3thousand ballots.').filter((q) => q[1] === 3000), []);
  assert.deepEqual(find('Super PACs raised $846.8 million in August.'), [['$846.8 million', 846.8e6, 'USD']]);
});

test('a suspended hyphen ("coal- and gas-fired", "low- and middle-income") goes on the counted phrase', () => {
  assert.deepEqual(find('Nearly 1,500 coal- and gas-fired power plants emit carbon.').map((q) => [q[1], q[2]]), [[1500, 'power plant']]);
  assert.deepEqual(find('The plan raises taxes on 8 million low- and middle-income Americans.').map((q) => [q[1], q[2]]), [[8e6, 'person']]);
  assert.deepEqual(find('The firm buys from 300 small- or medium-sized suppliers.').map((q) => [q[1], q[2]]), [[300, 'supplier']]);
  assert.deepEqual(find('He sold 20 two- to three-bedroom flats.').map((q) => [q[1], q[2]]), [[20, 'flat']]);
});

test('a word glued by a hyphen to the next one modifies it, even when it looks plural', () => {
  assert.deepEqual(find('Some 1,500 gas-fired plants emit carbon.').map((q) => [q[1], q[2]]), [[1500, 'plant']]);
  assert.deepEqual(find('They signed 3 arms-length deals.').map((q) => [q[1], q[2]]), [[3, 'deal']]);
  // a plural with nothing glued after it still heads the phrase; a hyphen with spaces around it is a dash
  assert.deepEqual(find('Crews fought 12 gas fires overnight.').map((q) => [q[1], q[2]]), [[12, 'fire']]);
  assert.deepEqual(find('Police found 40 bags - all empty.').map((q) => [q[1], q[2]]), [[40, 'bag']]);
  // a hyphen before a spaced "and" that no word follows is no suspended modifier
  assert.deepEqual(find('They saw 5 low- and then left.').filter((q) => q[2] === 'low'), []);
});

test('"one" before a verb\'s stem clipped by "n\'t", or in "one hell of a", counts nothing', () => {
  assert.deepEqual(find("At least one Democrat wasn't happy."), []);
  assert.deepEqual(find('It was one hell of a fight.'), []);
  // a noun after "one" still counts
  assert.deepEqual(find('At least one hospital was hit.').map((q) => [q[1], q[2]]), [[1, 'hospital']]);
});
