// Fixes from the code review of the day's quantity commits. Sentences invented for the tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.value, q.unit]);

test('a person verb cue names only the figure it governs, not any figure near it', () => {
  // the reviewer's sentences: the second figure is not the verb's object
  assert.deepEqual(find('The plant employs 3,000 and produced 40,000 last year.'), [['3,000', 3000, 'person']]);
  assert.deepEqual(find('The company employs 500 workers and exported 12,000 last year.'), [['500 workers', 500, 'person']]);
  assert.deepEqual(find('The index survived a 300 drop.'), []);
  // the figure the verb governs still counts people (object, subject, with a bound or an auxiliary between)
  assert.deepEqual(find('The firm employs about 3,000.'), [['about 3,000', 3000, 'person']]);
  assert.deepEqual(find('All 180 aboard survived.'), [['180', 180, 'person']]);
  assert.deepEqual(find('Some 300 have escaped.'), [['Some 300', 300, 'person']]);
});

test('currency words and letters that are other words need their country or a marked amount', () => {
  // the reviewer's sentences
  assert.deepEqual(find('He drank three drams of whisky.').filter((q) => q[2] === 'AMD'), []);
  assert.deepEqual(find('The SR71 Blackbird flew.'), []);
  assert.deepEqual(find('He bought a QR5 ticket.'), []);
  // still currencies: with the country adjective, a scale, a decimal or a thousands separator
  assert.deepEqual(find('It cost 5,000 Armenian drams.'), [['5,000 Armenian drams', 5000, 'AMD']]);
  assert.deepEqual(find('It cost 5,000 Lao kip.'), [['5,000 Lao kip', 5000, 'LAK']]);
  assert.deepEqual(find('It cost SR7.04 trillion.'), [['SR7.04 trillion', 7.04e12, 'SAR']]);
  assert.deepEqual(find('It cost LE3,000.'), [['LE3,000', 3000, 'EGP']]);
  assert.deepEqual(find('It cost QR12.5.'), [['QR12.5', 12.5, 'QAR']]);
});
