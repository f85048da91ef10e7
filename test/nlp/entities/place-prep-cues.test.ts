import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names, bySurface } from './run-entities.js';

test('an unknown name after a preposition of place, or a journey\'s destination, is a place, not a person', () => {
  const d = run('None of the sirens in Kahana sounded as the flames spread. Crews worked near Tolvane overnight.');
  assert.equal(bySurface(d, 'Kahana')?.type, 'GPE', names(d));
  assert.equal(bySurface(d, 'Tolvane')?.type, 'GPE', names(d));
  // tagged a person more often than cued: the cue wins the tie
  const t = run('Kahana Police Chief John Doe spoke. The president will travel to Kahana with his wife.');
  assert.equal(bySurface(t, 'Kahana')?.type, 'GPE', names(t));
});

test('a possessive after the preposition, or a known surname, stays a person', () => {
  const d = run('Maria Kerrigan spoke on Monday. Faith in Kerrigan\'s plan fell.');
  assert.equal(bySurface(d, 'Maria Kerrigan')?.type, 'PERSON', names(d));
  const s = run('Rosa Smith spoke on Monday. Confidence in Smith fell, Smith said.');
  assert.equal(bySurface(s, 'Rosa Smith')?.type, 'PERSON', names(s));
});
