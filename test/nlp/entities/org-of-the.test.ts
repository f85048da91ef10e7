// A body named "head of the …": after an organisation head, "of the" and a capitalised name go on with the name, and
// the whole is the body whatever its last word ("Region", "Republic"). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bySurface, names, run } from './run-entities.js';

test('an organisation head, "of the" and a name are one organisation', () => {
  const d = run('The Joint Command of the Armed Forces said troops were deployed to the border.');
  assert.equal(bySurface(d, 'Joint Command of the Armed Forces')?.type, 'ORG', names(d));
  const d2 = run('The appeal went to the Federal Regional Court of the 4th Region in Porto Alegre.');
  assert.equal(bySurface(d2, 'Federal Regional Court of the 4th Region')?.type, 'ORG', names(d2));
  const d3 = run('The Bank of the Ardel Republic cut its main rate on Thursday.');
  assert.equal(bySurface(d3, 'Bank of the Ardel Republic')?.type, 'ORG', names(d3));
});

test('negative: a role noun before "of the" is a title, not a body', () => {
  const d = run('A spokesman for the Commander of the Armed Forces said the unit withdrew.');
  assert.ok(!d.entities.some((e) => e.name.startsWith('Commander')), names(d));
  const d2 = run('The Minister of the Interior said the border would close.');
  assert.ok(!d2.entities.some((e) => e.name.startsWith('Minister')), names(d2));
});

test('negative: a facility or place head before "of the" keeps its type', () => {
  const d = run('Pilgrims crowded the Church of the Holy Sepulchre on Sunday.');
  assert.notEqual(bySurface(d, 'Church of the Holy Sepulchre')?.type, 'ORG', names(d));
  const d2 = run('Fishing boats crossed the Gulf of the Ardel Islands at dawn.');
  assert.ok(!d2.entities.some((e) => e.type === 'ORG'), names(d2));
});

test('negative: "of the" after an ordinary word does not join two names', () => {
  const d = run('Most of the Ardel Mining workers went home.');
  assert.ok(!d.entities.some((e) => e.name.startsWith('Most')), names(d));
});

test('negative: a place the KB knows after "of the" stays a place of its own', () => {
  const d = run('A team from Colorado State University of the US found the leak.');
  assert.equal(bySurface(d, 'Colorado State University')?.type, 'ORG', names(d));
  assert.equal(bySurface(d, 'US')?.type, 'GPE', names(d));
});

test('negative: after an indefinite article the head is a description, the body after "of the" is the name', () => {
  const d = run('The forum is a Specialist Group of the Ardel Computer Society.');
  assert.ok(!d.entities.some((e) => e.name.includes('of the')), names(d));
});

test('negative: a trailing "of" and a place the KB knows is the place the body is of, not part of its name', () => {
  const d = run('The Government of the Republic of Kenya signed the deal on Monday.');
  assert.equal(bySurface(d, 'Republic of Kenya')?.type, 'GPE', names(d));
  assert.ok(!d.entities.some((e) => e.name.endsWith('of Kenya')), names(d));
  const d2 = run('The Department of the Treasury of the United States sold the bonds.');
  assert.equal(bySurface(d2, 'Department of the Treasury')?.type, 'ORG', names(d2));
  assert.equal(bySurface(d2, 'United States')?.type, 'GPE', names(d2));
  const d3 = run('The Joint Command of the Armed Forces of Ukraine said troops moved.');
  assert.equal(bySurface(d3, 'Joint Command of the Armed Forces')?.type, 'ORG', names(d3));
  assert.equal(bySurface(d3, 'Ukraine')?.type, 'GPE', names(d3));
});

test('the place a body is of is the longest the KB knows, cut at the leftmost "of"; no place, the run stays whole', () => {
  const d = run('The Government of the Republic of Kenya said the deal was signed.');
  assert.equal(bySurface(d, 'Republic of Kenya')?.type, 'GPE', names(d));
  assert.ok(!d.entities.some((e) => e.mentions.some((m) => /Government of the Republic|^Kenya$/.test(d.text.slice(m.start, m.end)))), names(d));
  // a tail that is no place known: one body, whole
  const d2 = run('The Bank of the Ardel Republic of Freedonia cut its main rate on Thursday.');
  assert.equal(bySurface(d2, 'Bank of the Ardel Republic of Freedonia')?.type, 'ORG', names(d2));
  // the place after a body's own name still cut off
  const d3 = run('The Department of the Treasury of the United States sold the bonds.');
  assert.equal(bySurface(d3, 'Department of the Treasury')?.type, 'ORG', names(d3));
  assert.equal(bySurface(d3, 'United States')?.type, 'GPE', names(d3));
});
