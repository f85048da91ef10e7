// Code review r1 findings 2, 3, 5, 10 and 11 (quantities): a three-place decimal before a rate is no thousands grouping,
// a released sum is no head count, the "others" of a new person verb are no more of the things counted before, a yen
// rate keeps its decimals, and the decimal-comma abbreviations follow the scale abbreviations. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.value, q.unit]);

test('review finding 2: a single period group before a rate keeps its decimals in English copy', () => {
  assert.deepEqual(find('The incidence rose to 12.345 cases per 100,000 people.')[0], ['12.345 cases', 12.345, 'case']);
  assert.deepEqual(find('Haaland is averaging 1.125 goals per game this season.'), [['1.125 goals', 1.125, 'goal']]);
  assert.deepEqual(find('The striker scored 1.125 goals a game last season.'), [['1.125 goals', 1.125, 'goal']]);
  // a plain count still groups thousands, and so does a rate in a text that writes figures the continental way
  assert.deepEqual(find('At least 3.500 people were killed in the quake.'), [['At least 3.500 people', 3500, 'person']]);
  assert.deepEqual(find('The company employs 12.000 workers.'), [['12.000 workers', 12000, 'person']]);
  assert.deepEqual(find('About 3.500 people each received a tent.').map((q) => q[1]), [3500]);
  assert.deepEqual(find('The fund paid €1.250.000 in aid. Some 3.500 people per district received it.').map((q) => q[1]), [1250000, 3500]);
  assert.deepEqual(find('Losses reached €3,4 billion. The disease hit 12.345 cases per district.').map((q) => q[1]), [3.4e9, 12345]);
  assert.deepEqual(find('The government approved Rp 1.500 triliun for 3.500 people.').map((q) => q[1]), [1.5e15, 3500]);
});
