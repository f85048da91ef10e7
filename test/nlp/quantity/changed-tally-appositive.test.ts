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

// Code review r1, finding 6: the appositive shows only that the subject ends in a name; the subject's head ("sales",
// "turnout", "support") must hold the tally too, else the figure is a value of its own.
test('a subject whose head is no tally holder carries nothing, whatever name closes it', () => {
  assert.deepEqual(find('The firm had 300 stores in 2020. Sales at its flagship, Harrods, fell to 250.').map((q) => [q[0], q[2]]), [['300 stores', 'store']]);
  // (a turnout may be read as people by its own cue; it is no count of seats)
  assert.deepEqual(find('The party won 25 seats in 2019. Turnout in the capital, Amsterdam, fell to 55.').filter((q) => q[2] === 'seat').map((q) => q[0]), ['25 seats']);
  assert.deepEqual(find('The party won 25 seats in 2019. Support in its heartland, North Brabant, slumped to 18.').map((q) => [q[0], q[2]]), [['25 seats', 'seat']]);
  assert.deepEqual(find('The party won 25 seats in 2019. Its vote share in the capital, Amsterdam, slumped to 18.').map((q) => [q[0], q[2]]), [['25 seats', 'seat']]);
});

test('negative: a named head, or a holder after a determiner, still carries the tally', () => {
  assert.deepEqual(find('The Labor list came second with 25 seats. The VVD of the outgoing premier, Jan Vries, slumped to 24.').map((q) => [q[0], q[2]]),
    [['25 seats', 'seat'], ['24', 'seat']]);
});
