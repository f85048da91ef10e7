// A place or demonym with a maker's or market's participle ("Iranian-made", "US-traded", "Texas-built") is no name of
// its own: the suffixes are data (affiliationSuffixes in data/lexicon/entities.json), and the weapon-cue rule skips such
// a word before a weapon's name. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bySurface, names, run } from './run-entities.js';

test('a maker compound is no organisation or weapon', () => {
  const d = run('Shares of the US-traded firm fell on Monday.');
  assert.ok(!d.entities.some((e) => e.type === 'ORG'), names(d));
  const d2 = run('The Iranian-made drones hit the port overnight.');
  assert.ok(!d2.entities.some((e) => e.type === 'WEAPON'), names(d2));
});

test('the weapon after a maker compound is named without it', () => {
  const d = run('Russia fired Iranian-made Shahed drones at the city.');
  assert.equal(bySurface(d, 'Shahed')?.type, 'WEAPON', names(d));
  assert.ok(!d.entities.some((e) => e.name.includes('-made')), names(d));
});

test('negative: a weapon name without a compound keeps its cue rule', () => {
  const d = run('North Korea tested Hwasong missiles on Friday.');
  assert.equal(bySurface(d, 'Hwasong')?.type, 'WEAPON', names(d));
});

test('negative: an ordinary hyphenated name is not cut', () => {
  const d = run('Coca-Cola said sales rose in Ardel.');
  assert.equal(bySurface(d, 'Coca-Cola')?.type, 'ORG', names(d));
});
