import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names, bySurface } from './run-entities.js';

test('a name after a preposition of place, before a comma and a person noun, is not that person but the place', () => {
  const d = run('Police said that in Centretown, residents who have endured weeks of honking were relieved.');
  assert.equal(bySurface(d, 'Centretown')?.type, 'GPE', names(d));
});

test('the same at the start of a sentence', () => {
  const d = run('In Centretown, residents who have endured weeks of honking were relieved.');
  assert.notEqual(bySurface(d, 'Centretown')?.type, 'PERSON', names(d));
});

// a sentence-opening "In Centretown," with no person reading left is not found at all (the name is unknown and opens
// the sentence); "residents in Centretown" and "said that in Centretown" find the place
test('the same at the start of a sentence finds the place', { todo: 'a sentence-opening unknown name after "In" is not found' }, () => {
  const d = run('In Centretown, residents who have endured weeks of honking were relieved.');
  assert.equal(bySurface(d, 'Centretown')?.type, 'GPE', names(d));
});

test('a person apposition without the preposition stays a person', () => {
  const d = run('Halvard Brenne, a resident of the area, said the noise was constant.');
  assert.equal(bySurface(d, 'Halvard Brenne')?.type, 'PERSON', names(d));
});
