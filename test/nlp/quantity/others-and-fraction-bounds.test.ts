// Counts told by the rest of a count ("four others", "the other 61"), a captive count ("344 had been freed") and the
// bound cue before a fraction of a scale ("more than a quarter of a million"). Each was no quantity, or lost its bound,
// before. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.value, q.unit, q.bound ?? null]);

test('"N others" counts what the count before it in the sentence counts', () => {
  assert.deepEqual(find('Six workers were killed and four others remain unaccounted for.'),
    [['Six workers', 6, 'person', null], ['four', 4, 'person', null]]);
  assert.deepEqual(find('The storm destroyed 40 homes and damaged 12 others near the coast.'),
    [['40 homes', 40, 'home', null], ['12', 12, 'home', null]]);
  // no count before it in the sentence: nothing to share
  assert.deepEqual(find('He sat with four others in silence.'), []);
});

test('"the other N" is the rest of a count of its sentence or the one before', () => {
  assert.deepEqual(find('The firm said 78 of its workers, 17 of them Japanese and the other 61 from abroad, were there.').map((q) => q.slice(0, 3)),
    [['78', 78, 'person'], ['17', 17, 'person'], ['61', 61, 'person']]);
  assert.deepEqual(find('The firm owns 40 stores. The other 12 belong to franchisees.'),
    [['40 stores', 40, 'store', null], ['12', 12, 'store', null]]);
  // a unit of its own wins; and with no count before, "the other 12" names nothing
  assert.deepEqual(find('The ship carried 300 tonnes of rice. The other 40 tonnes were lost.').map((q) => q.slice(0, 3)),
    [['300 tonnes', 300, 't'], ['40 tonnes', 40, 't']]);
  assert.deepEqual(find('The other 12 were never found.'), []);
  // two sentences back is too far
  assert.deepEqual(find('Police held 20 men. It rained. The other 17 were released.').map((q) => q.slice(0, 3)), [['20 men', 20, 'person']]);
});

test('a figure freed is a count of people', () => {
  assert.deepEqual(find('The governor said 344 had been freed.'), [['344', 344, 'person', null]]);
  assert.deepEqual(find('The gunmen freed 27 on Sunday.'), [['27', 27, 'person', null]]);
  // "released" is no such cue: animals and reports are released too
  assert.deepEqual(find('Scientists released 40 into the wild.'), []);
});

test('a bound cue before a fraction of a scale bounds the whole figure', () => {
  assert.deepEqual(find('More than a quarter of a million people were evacuated.'),
    [['More than a quarter of a million people', 250000, 'person', 'MORE_THAN']]);
  assert.deepEqual(find('Up to a quarter of a million dollars was stolen.'),
    [['Up to a quarter of a million dollars', 250000, 'USD', 'AT_MOST']]);
  assert.deepEqual(find('A quarter of a million people marched.'), [['A quarter of a million people', 250000, 'person', null]]);
});
