import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names, bySurface } from './run-entities.js';

test('an all-caps acronym the KB does not know is a body, not a place, even where the tagger reads a place', () => {
  const d = run('A spokesperson told the M&G that the ruling was wrong.');
  assert.equal(bySurface(d, 'M&G')?.type, 'ORG', names(d));
});

test('places the KB knows by capitals stay places', () => {
  const d = run('Troops from the UAE and the DRC arrived in the US on Monday.');
  for (const s of ['UAE', 'DRC', 'US']) assert.equal(bySurface(d, s)?.type, 'GPE', `${s}: ${names(d)}`);
});
