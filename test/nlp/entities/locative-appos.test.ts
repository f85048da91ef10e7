import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names, bySurface } from './run-entities.js';

test('a name after a preposition of place, before a comma and a person noun, is not that person', () => {
  const d = run('In Centretown, residents who have endured weeks of honking were relieved.');
  assert.notEqual(bySurface(d, 'Centretown')?.type, 'PERSON', names(d));
});

test('a person apposition without the preposition stays a person', () => {
  const d = run('Halvard Brenne, a resident of the area, said the noise was constant.');
  assert.equal(bySurface(d, 'Halvard Brenne')?.type, 'PERSON', names(d));
});
