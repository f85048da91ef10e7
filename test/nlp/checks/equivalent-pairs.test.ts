import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../../src/nlp/checks/index.js';
import { equivalentPairChecks } from '../../../src/nlp/checks/equivalentPairs.js';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

// Two figures of one dimension joined by a phrase of equivalence ("equivalent to", "the equivalent of") are judged as a
// bracketed conversion. Invented sentences.
function conv(text: string) {
  const quantities = findQuantities({ text, sentences: [], times: [] });
  return runChecks({ text, sentences: [], quantities, times: [], entities: [], anchorDate: '2024-05-15' })
    .filter((c) => c.kind === 'UNIT_CONVERSION').map((c) => c.status);
}

test('a restatement by "equivalent to" or "the equivalent of" is a conversion', () => {
  assert.deepEqual(conv('The wave was 10 metres high, equivalent to 33 feet.'), ['CONSISTENT']);
  assert.deepEqual(conv('The wave was 10 metres high, equivalent to 50 feet.'), ['INCONSISTENT']);
  assert.deepEqual(conv('The sub dived to 4,000 metres, the equivalent of about 13,000 feet.'), ['CONSISTENT']);
});

test('neighbouring figures with no phrase of equivalence, or of other dimensions, are not paired', () => {
  assert.deepEqual(conv('The road is 5 miles long and the bridge 2 km.'), []);
  assert.deepEqual(conv('The road is 5 miles long, equivalent to two hours on foot.'), []);
  assert.deepEqual(conv('The tank holds 50 litres, equivalent to 20 kg of fuel.'), []);
  const text = 'The road is 5 miles long and the bridge 2 km.';
  assert.deepEqual(equivalentPairChecks(findQuantities({ text, sentences: [], times: [] }), text), []);
});
