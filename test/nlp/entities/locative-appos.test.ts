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

// a sentence-opening "In Centretown," finds the place too: the preposition is capitalised only because it opens the
// sentence (issue #3)
test('the same at the start of a sentence finds the place', () => {
  const d = run('In Centretown, residents who have endured weeks of honking were relieved.');
  assert.equal(bySurface(d, 'Centretown')?.type, 'GPE', names(d));
});

test('negative: an ordinary word after a sentence-opening preposition is no place', () => {
  for (const text of ['In Addition, the police said the roads were closed.', 'Near Midnight, the crowd gathered again.', 'In Response, the police closed the roads.']) {
    const d = run(text);
    assert.equal(d.entities.length, 0, `${text} -> ${names(d)}`);
  }
});

test('a person apposition without the preposition stays a person', () => {
  const d = run('Halvard Brenne, a resident of the area, said the noise was constant.');
  assert.equal(bySurface(d, 'Halvard Brenne')?.type, 'PERSON', names(d));
});
