import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

// "less than a dollar", "under a euro": one of a currency named by its word after a bound cue. Invented sentences.
const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.value, q.unit, q.bound ?? null]);

test('one of a currency after a bound cue', () => {
  assert.deepEqual(find('Millions live on less than a dollar a day.'), [['less than a dollar', 1, 'USD', 'LESS_THAN']]);
  assert.deepEqual(find('A loaf now costs under a euro.'), [['under a euro', 1, 'EUR', 'LESS_THAN']]);
  assert.deepEqual(find('Each share fetched more than a dollar on Friday.'), [['more than a dollar', 1, 'USD', 'MORE_THAN']]);
});

test('no amount: no bound cue, a currency used as a modifier, a currency against another', () => {
  assert.deepEqual(find('It costs a dollar.'), []);
  assert.deepEqual(find('They sold less than a dollar bond issue.'), []);
  assert.deepEqual(find('It was priced at less than a dollar-denominated rate.'), []);
  assert.deepEqual(find('The dollar rose against the euro.'), []);
});

test('one of a currency only after a comparison cue, and not before "and"/"or"', () => {
  // a preposition of the verb or the topic is no bound
  assert.deepEqual(find('The brothers fought over a dollar.'), []);
  assert.deepEqual(find('Traders worried about a euro and a yen slide.'), []);
  assert.deepEqual(find('Analysts warned of nearly a dollar or a euro crisis.'), []);
  // kept: comparison cues
  assert.deepEqual(find('Petrol now costs nearly a dollar.'), [['nearly a dollar', 1, 'USD', 'LESS_THAN']]);
  assert.deepEqual(find('Fares rose by up to a euro each.'), [['up to a euro', 1, 'EUR', 'AT_MOST']]);
});
