import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../../src/nlp/checks/index.js';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

// UNIT_CONVERSION of rates written "N unit per X (M unit per Y)": the denominators convert too. Our own sentences.
function conv(text: string): string[] {
  const quantities = findQuantities({ text, sentences: [], times: [] });
  return runChecks({ text, sentences: [], quantities, times: [], entities: [], anchorDate: '2024-05-01' })
    .filter((c) => c.kind === 'UNIT_CONVERSION').map((c) => c.status);
}

test('a rate over different denominators converts both', () => {
  assert.deepEqual(conv('Farmers used 10 kg per hectare (9 lb per acre) of fertiliser.'), ['CONSISTENT']);
  assert.deepEqual(conv('Farmers used 10 kg per hectare (22 lb per acre) of fertiliser.'), ['INCONSISTENT']);
});

test('a rate over a time stated once: the numerators compare', () => {
  assert.deepEqual(conv('Rainfall of 200 millimetres per day (eight inches) was recorded.'), ['CONSISTENT']);
  assert.deepEqual(conv('The plant emits 5 tonnes a year (5.5 tons) of gas.'), ['CONSISTENT']);
});

test('after "per" any noun is a denominator, the same on both sides or stated once', () => {
  assert.deepEqual(conv('Each family received 50 litres per household (13 gallons) of water.'), ['CONSISTENT']);
  assert.deepEqual(conv('Each family received 50 litres per household (13 gallons per household) of water.'), ['CONSISTENT']);
  // two different nouns: the rates cannot be compared
  assert.deepEqual(conv('Each family received 50 litres per household (13 gallons per person) of water.'), []);
});

test('a word after "a" that is no denominator keeps the pair apart', () => {
  assert.deepEqual(conv('He ran 10 km a record (6 miles) today.'), []);
});
