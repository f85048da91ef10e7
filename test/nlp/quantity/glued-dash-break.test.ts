// A dash typed with no spaces ("30 villages-a blow to the government") is punctuation, not the hyphen of a compound
// modifier ("gas-fired", "sales-led"): a plural before it still heads the count when the word glued after it starts a new
// phrase (an article, a determiner, a pronoun: data/lexicon/quantity-dash-break-words.txt). Review r1 finding 7.
// Sentences invented for the tests; no date is read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.value, q.unit]);

test('a plural before an unspaced dash and an article or determiner heads the count', () => {
  assert.deepEqual(find('Rebels seized 30 villages-a blow to the government.'), [[30, 'village']]);
  assert.deepEqual(find('The company cut 200 jobs-a tenth of its workforce.').filter((q) => q[0] === 200), [[200, 'job']]);
  assert.deepEqual(find('The army lost 12 tanks-the heaviest losses yet.'), [[12, 'tank']]);
  assert.deepEqual(find('Police seized 40 rifles-most of them stolen.'), [[40, 'rifle']]);
  assert.deepEqual(find('The storm flattened 300 homes-their roofs torn off.'), [[300, 'home']]);
});

test('negative: a word glued by a hyphen that is no function word still makes a compound modifier', () => {
  assert.deepEqual(find('Some 1,500 gas-fired plants emit carbon.'), [[1500, 'plant']]);
  assert.deepEqual(find('They signed 3 arms-length deals.'), [[3, 'deal']]);
  assert.deepEqual(find('The firm hired two sales-led teams.'), [[2, 'team']]);
  assert.deepEqual(find('Twelve out-of-work miners protested.'), [[12, 'person']]);
});
