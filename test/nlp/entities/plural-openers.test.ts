import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names, bySurface } from './run-entities.js';
import { tokenize } from '../../../src/nlp/entities/tokenize.js';

test('a plural noun opening its sentence before a plural verb is no person', () => {
  const d = run('The city went bankrupt. Retirees are worried about their pensions. Handguns are all but banned there.');
  assert.equal(bySurface(d, 'Retirees'), undefined, names(d));
  assert.equal(bySurface(d, 'Handguns'), undefined, names(d));
  // a name before a singular verb stays
  const p = run('The vote was close. Halvorsen is worried about the count.');
  assert.equal(bySurface(p, 'Halvorsen')?.type, 'PERSON', names(p));
});

test('a live blog time stamp before a dash makes the next word open its entry', () => {
  const d = run('The volcano erupted.\n\n11:45 pm – Flights at the airport were cancelled.\n\n1:35 pm – Videos shared online showed ash.');
  assert.equal(bySurface(d, 'Flights'), undefined, names(d));
  assert.equal(bySurface(d, 'Videos'), undefined, names(d));
});

test('only a clock time before the dash counts as a stamp', () => {
  const toks = tokenize('3:40 pm IST – Results came in. Paris – Police said so.');
  assert.equal(toks.find((t) => t.text === 'Results')?.sentStart, true);
  assert.equal(toks.find((t) => t.text === 'Police')?.sentStart, false);
});
