// "The liberal party of the outgoing premier, Jan de Vries, slumped to 24": the subject of a verb of change may end in
// an appositive name set off by commas; the bare figure still counts what the sentence before counted. A comma that
// closes no such name ("…, however, slumped", "…, and slumped") carries nothing. Sentences invented for the tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.value, q.unit]);

test('a subject closed by an appositive name between commas', () => {
  assert.deepEqual(find('The Labor list came second with 25 seats. The liberal party of the outgoing premier, Jan Vries, slumped to 24.').map((q) => [q[0], q[2]]),
    [['25 seats', 'seat'], ['24', 'seat']]);
  assert.deepEqual(find('The chain had 300 stores in 2020. Its rival, Kwikmart, fell to 250.').map((q) => [q[0], q[2]]),
    [['300 stores', 'store'], ['250', 'store']]);
});

test('a comma that closes no name carries nothing', () => {
  assert.deepEqual(find('The chain had 300 stores in 2020. Its share price, however, fell to 250.').map((q) => q[0]), ['300 stores']);
  assert.deepEqual(find('The chain had 300 stores in 2020. Sales slowed, and its rank fell to 25.').map((q) => q[0]), ['300 stores']);
});
