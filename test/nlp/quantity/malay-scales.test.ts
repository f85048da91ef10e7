// Indonesian and Malay scale words after an amount: "Rp 5 triliun", "Rp 750 miliar", "Rp 300 ribu", "RM2 bilion".
// English-language copy from Jakarta and Kuala Lumpur keeps them as written; unscaled, the amount is read a thousand to
// a trillion times too small. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.value, q.unit]);

test('Indonesian scale words multiply the amount before them', () => {
  assert.deepEqual(find('The government set aside Rp 5 triliun for the capital.'), [['Rp 5 triliun', 5e12, 'IDR']]);
  assert.deepEqual(find('The ministry spent Rp 750 miliar on roads.'), [['Rp 750 miliar', 7.5e11, 'IDR']]);
  assert.deepEqual(find('Each family received Rp 300 ribu a month.'), [['Rp 300 ribu', 3e5, 'IDR']]);
  assert.deepEqual(find('The fine was Rp 1.5 juta.'), [['Rp 1.5 juta', 1.5e6, 'IDR']]);
  assert.deepEqual(find('The firm lost Rp500 miliar.'), [['Rp500 miliar', 5e11, 'IDR']]);
});

test('Malay spellings scale the same way', () => {
  assert.deepEqual(find('Malaysia pledged RM2 bilion for flood relief.'), [['RM2 bilion', 2e9, 'MYR']]);
  assert.deepEqual(find('The project will cost RM1.2 trilion.'), [['RM1.2 trilion', 1.2e12, 'MYR']]);
});

test('an Indonesian decimal comma before a scale word is a decimal point', () => {
  // "2,5 juta" is two and a half million; a comma before three digits still groups thousands
  assert.deepEqual(find('Each family received Rp 2,5 juta in aid.'), [['Rp 2,5 juta', 2.5e6, 'IDR']]);
  assert.deepEqual(find('Each family received Rp 2,500 in aid.'), [['Rp 2,500', 2500, 'IDR']]);
});

test('the words scale nothing where no figure stands before them', () => {
  assert.deepEqual(find('The juta and ribu columns were empty.'), []);
});
