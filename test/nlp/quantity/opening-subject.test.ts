// Stop 43: a figure opening its sentence as the subject of a plural verb ("Two were kept in hospital") counts what the
// count of the sentence before, or the one before that, counted. Sentences invented for the tests; no date is read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.value, q.unit]);

test('a sentence-opening figure before "were", "are", "have", "remain" counts the count before it', () => {
  assert.deepEqual(find('The 12 boys were taken to hospital. Two were believed to have an infection.').slice(1), [['Two', 2, 'person']]);
  assert.deepEqual(find('Police seized 40 rifles. Six were stolen from an army depot.').slice(1), [['Six', 6, 'rifle']]);
  assert.deepEqual(find('Crews inspected 300 bridges last year. Twelve remain closed.').slice(1), [['Twelve', 12, 'bridge']]);
});

test('no carried count when another figure came between, the count is too far back, the verb is singular, or a unit follows', () => {
  // a percentage after the count: the figure refers to neither
  assert.deepEqual(find('Police seized 40 rifles in May. Prices rose 5%. Two were fine.').filter((q) => q[0] === 'Two'), []);
  // two sentences back
  assert.deepEqual(find('Police seized 40 rifles. They were old. Six were stolen.').filter((q) => q[0] === 'Six'), []);
  // "was" takes no plural subject
  assert.deepEqual(find('Police seized 40 rifles. One was stolen.').filter((q) => q[0] === 'One'), []);
  // not at the sentence's start: "In 2019, 20 were …" is left to the other rules
  assert.deepEqual(find('Police seized 40 rifles. In all, three were new.').filter((q) => q[2] === 'rifle' && q[1] === 3), []);
});

test('a predicate only people take ("were injured", "were charged") does not carry a count of things', () => {
  // the harm participle makes the figure a count of people, not homes or rifles
  assert.deepEqual(find('The fire destroyed 40 homes on Monday. Three were injured, officials said.').filter((q) => q[0] === 'Three' && q[2] === 'home'), []);
  assert.deepEqual(find('Police seized 40 rifles and arrested suspects. Two were charged.').filter((q) => q[0] === 'Two' && q[2] === 'rifle'), []);
  assert.deepEqual(find('Troops captured 30 trucks. Five have been sentenced.').filter((q) => q[0] === 'Five' && q[2] === 'truck'), []);
  // a count of people keeps being carried by those predicates
  assert.deepEqual(find('Police detained 12 protesters on Friday. Two were charged with assault.').slice(1), [['Two', 2, 'person']]);
  assert.deepEqual(find('The bus carried 30 pupils. Four were injured.').filter((q) => q[0] === 'Four').map((q) => q[2]), ['person']);
  // a predicate that things take still carries them
  assert.deepEqual(find('Police seized 40 rifles. Six were stolen from an army depot.').slice(1), [['Six', 6, 'rifle']]);
});
