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

test('agentNounPlural: listed stems, or the plural written in lower case in the report', () => {
  assert.ok(agentNounPlural('forecasters'));
  assert.ok(agentNounPlural('rescuers'));
  assert.ok(agentNounPlural('investigators'));
  assert.ok(!agentNounPlural('mathers'), 'math is ordinary but no agent stem');
  assert.ok(!agentNounPlural('childers'));
  assert.ok(!agentNounPlural('flowers'));
  assert.ok(agentNounPlural('flowers', new Set(['flowers'])), 'written in lower case elsewhere');
  assert.ok(!agentNounPlural('powers'), 'short stem');
  assert.ok(!agentNounPlural('walters'));
  assert.ok(!agentNounPlural('forecast'));
});

test('negative: a surname in -ers before "said" stays a person', () => {
  const d = run('The vote was close. Walters said the count was fair.');
  assert.equal(bySurface(d, 'Walters')?.type, 'PERSON', names(d));
});

test('negative: surnames on ordinary stems opening the sentence stay people (Mathers, Childers)', () => {
  for (const w of ['Mathers', 'Childers']) {
    const d = run(`The vote was close. ${w} said the count was fair.`);
    assert.equal(bySurface(d, w)?.type, 'PERSON', `${w}: ${names(d)}`);
  }
});
