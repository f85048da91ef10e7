import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names, bySurface } from './run-entities.js';

// Document-level type evidence for an unknown name: one mention with an article before it ("the Varkhan said") is
// no person's, and the other mentions follow it; "<role noun> at X" names where a person works.

test('an article right before an unknown name that ends its noun phrase makes every mention no person', () => {
  const d = run('Varkhan approved the plan on Monday. The Varkhan said the talks would resume.');
  assert.notEqual(bySurface(d, 'Varkhan')?.type, 'PERSON', names(d));
  assert.equal(bySurface(d, 'Varkhan')?.type, 'ORG', names(d));
  const p = run('Crowds gathered near Dolmira Keshet on Sunday. Police ringed the Dolmira Keshet, and traffic stopped.');
  assert.notEqual(bySurface(p, 'Dolmira Keshet')?.type, 'PERSON', names(p));
});

test('a name used as a modifier after the article, or a known given name, stays a person', () => {
  // "the Varkhan family": the name modifies a noun
  const d = run('Tomas Varkhan spoke on Monday. Lawyers for the Varkhan family said they would appeal.');
  assert.equal(bySurface(d, 'Tomas Varkhan')?.type, 'PERSON', names(d));
  // a capitalised article inside a title is no determiner of the name
  const t = run('Maria Kerrigan spoke on Monday. Kerrigan said the Kerrigan plan would pass.');
  assert.equal(bySurface(t, 'Maria Kerrigan')?.type, 'PERSON', names(t));
});

test('a singular role noun, "at", then an unknown name is an organisation; plurals and possessives are not read', () => {
  const d = run('"The market is nervous," said Hiro Tanabe, chief strategist at Quorvex. Shares fell.');
  assert.equal(bySurface(d, 'Quorvex')?.type, 'ORG', names(d));
  const a = run('Lena Brandt, an economist at Quorvex, expects another cut.');
  assert.equal(bySurface(a, 'Quorvex')?.type, 'ORG', names(a));
  // "officials at Kherbet" may be a place's people: no organisation read
  const o = run('Officials said on Monday. Many officials at Kherbet fled the shelling.');
  assert.notEqual(bySurface(o, 'Kherbet')?.type, 'ORG', names(o));
});
