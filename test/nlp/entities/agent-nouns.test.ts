// "PERSON not in gold" on the readable sets: a plural agent noun opening its sentence ("Forecasters said the rain
// could ease") was read as a person. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bySurface, names, run } from './run-entities.js';
import { agentNounPlural } from '../../../src/nlp/entities/agent-noun.js';

test('a plural agent noun on an ordinary word opening its sentence is no person', () => {
  for (const w of ['Forecasters', 'Investigators', 'Protesters']) {
    const d = run(`The river rose overnight. ${w} said the rain could ease by Tuesday.`);
    assert.equal(bySurface(d, w), undefined, names(d));
  }
});

test('agentNounPlural: ordinary stems only, four letters at least', () => {
  assert.ok(agentNounPlural('forecasters'));
  assert.ok(agentNounPlural('rescuers'));
  assert.ok(!agentNounPlural('powers'), 'short stem');
  assert.ok(!agentNounPlural('walters'));
  assert.ok(!agentNounPlural('forecast'));
});

test('negative: a surname in -ers before "said" stays a person', () => {
  const d = run('The vote was close. Walters said the count was fair.');
  assert.equal(bySurface(d, 'Walters')?.type, 'PERSON', names(d));
});
