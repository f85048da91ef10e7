// A gapped clause whose subject is a noun phrase after "the" or one lower-case noun ("Rejection won 7.88 million votes
// and approval 4.86 million"): the figure counts what the model clause counted. Sentences invented for the tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

const units = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.value, q.unit]);

test('a gapped clause with a lone lower-case noun as subject counts what its model clause counted', () => {
  assert.deepEqual(units('Rejection won 7.88 million votes and approval 4.86 million, out of 12.74 million ballots.'),
    [['7.88 million votes', 7880000, 'vote'], ['4.86 million', 4860000, 'vote'], ['12.74 million ballots', 12740000, 'ballot']]);
  assert.deepEqual(units('The ruling party took 210 seats and the opposition 95.'), [['210 seats', 210, 'seat'], ['95', 95, 'seat']]);
  assert.deepEqual(units('The army lost 300 tanks and the navy 12.'), [['300 tanks', 300, 'tank'], ['12', 12, 'tank']]);
  assert.deepEqual(units('Inspectors logged 40 complaints, management 12.'), [['40 complaints', 40, 'complaint'], ['12', 12, 'complaint']]);
});

test('a word that is no noun subject, or a clause that goes on, keeps the figure bare', () => {
  // adverbs, prepositions and words without a noun ending
  assert.deepEqual(units('The firm sold 300 laptops and later 12.').map((q) => q[0]), ['300 laptops']);
  assert.deepEqual(units('The firm sold 300 laptops and soon 12.').map((q) => q[0]), ['300 laptops']);
  // the clause goes on after the figure
  assert.deepEqual(units('They built 30 houses and the first 12 were sold.').map((q) => q[0]), ['30 houses']);
  // a model name is still no count
  assert.deepEqual(units('The firm sold 300 laptops and Windows 10 licences.').map((q) => q[0]), ['300 laptops']);
  // money and percentages are not carried
  assert.deepEqual(units('The fund raised $300 million and the bank 12.'), [['$300 million', 300000000, 'USD']]);
  assert.deepEqual(units('Prices rose 12 percent and the index 40.'), [['12 percent', 12, '%']]);
});
