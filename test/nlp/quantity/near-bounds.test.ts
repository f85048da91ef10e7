// "nearly"/"almost" fall short of the figure (LESS_THAN, as TimeML reads them), while the checks still read them as an
// approximation; "as high as", "capped at", "no higher than" bound a figure from above. Sentences invented for the tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';
import { asChecksRead } from '../../../src/nlp/checks/index.js';

const find = (text: string) => findQuantities({ text, sentences: [], times: [] });
const bounds = (text: string) => find(text).map((q) => [q.value, q.bound ?? '']);

test('"nearly" and "almost" are LESS_THAN; "about" stays APPROX', () => {
  assert.deepEqual(bounds('Nearly 1,800 people were killed.'), [[1800, 'LESS_THAN']]);
  assert.deepEqual(bounds('Almost 40 schools closed.'), [[40, 'LESS_THAN']]);
  assert.deepEqual(bounds('About 40 schools closed.'), [[40, 'APPROX']]);
});

test('the checks read "nearly" as an approximation, other LESS_THAN bounds as they are', () => {
  const [nearly] = find('Nearly 1,800 people were killed.');
  assert.equal(asChecksRead(nearly!).bound, 'APPROX');
  const [under] = find('Fewer than 1,800 people were killed.');
  assert.equal(asChecksRead(under!).bound, 'LESS_THAN');
  const [plain] = find('Some 1,800 people were killed.');
  assert.equal(asChecksRead(plain!), plain);
});

test('"as high as", "capped at", "no higher than" are AT_MOST', () => {
  assert.deepEqual(bounds('Fines could be as high as $10,000.'), [[10000, 'AT_MOST']]);
  assert.deepEqual(bounds('The rent increase is capped at 5%.'), [[5, 'AT_MOST']]);
  assert.deepEqual(bounds('Rates will be no higher than 4%.'), [[4, 'AT_MOST']]);
  // "high" alone bounds nothing
  assert.deepEqual(bounds('Fines were high, at $10,000.'), [[10000, '']]);
});
