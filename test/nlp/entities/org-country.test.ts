import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names, bySurface } from './run-entities.js';

test('a body\'s acronym right before a country or continent, ending the noun phrase, is one organisation', () => {
  const d = run('NHS England said it would act. WHO Europe warned of a surge.');
  assert.equal(bySurface(d, 'NHS England')?.type, 'ORG', names(d));
  assert.equal(bySurface(d, 'WHO Europe')?.type, 'ORG', names(d));
});

test('the pair before a preposition or a noun stays two names', () => {
  const d = run('Funding from NHS England in 2020 rose.');
  assert.equal(bySurface(d, 'NHS England'), undefined, names(d));
  assert.equal(bySurface(d, 'England')?.type, 'GPE', names(d));
});
