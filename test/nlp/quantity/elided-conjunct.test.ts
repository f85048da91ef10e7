import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

// The second item of an "and" after a count, set apart by a preposition, an adverb of place or what it received
// (data/lexicon/quantity-conjunct-next.txt), counts what the first item counted. Invented sentences.
const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.value, q.unit]);

test('a bare second item of an "and" carries the count of the first', () => {
  assert.deepEqual(find('Some 70 medics came, 30 of them local and 40 from abroad.').slice(-1), [['40', 40, 'person']]);
  assert.deepEqual(find('Another 900 patients were admitted, 500 of them in Alba and 400 elsewhere.').slice(-1), [['400', 400, 'person']]);
  assert.deepEqual(find('Of 300 volunteers, 150 of whom received the vaccine and 150 a placebo.').slice(-1), [['150', 150, 'person']]);
  assert.deepEqual(find('The firm sold 20 trucks in the north and 12 from its southern yard.').slice(-1), [['12', 12, 'truck']]);
});

test('no carried count for a range, a year, money, a share, or a figure followed by another word', () => {
  assert.deepEqual(find('Between 20 and 30 from the town came.'), []);
  assert.deepEqual(find('He scored 12 goals in 2019 and 2020 from the spot.').map((q) => q[0]), ['12 goals']);
  // money carries its own sign: a bare figure after it is not read as dollars
  assert.deepEqual(find('He paid $40 to them and 30 from savings.').map((q) => q[0]), ['$40']);
  // a figure with a noun of its own keeps it
  assert.deepEqual(find('The club has 40 players and 3 coaches.').map((q) => q[0]), ['40 players', '3 coaches']);
  // far from the count (more than ten tokens), or followed by a word outside the list: nothing carried
  assert.deepEqual(find('Police held 40 men after the long night of rioting in the old port district and 30 from the hills.').map((q) => q[0]), ['40 men']);
});

test('a rate after the second figure ("and 12 a year") is no second item', () => {
  assert.deepEqual(find('The firm sold 300 phones and 12 a year.').map((q) => q[0]), ['300 phones']);
  assert.deepEqual(find('The ward took 40 patients and 3 an hour at the peak.').map((q) => q[0]), ['40 patients']);
});
