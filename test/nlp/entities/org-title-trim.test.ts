// A tagger organisation span ending on a title word right before a person's name: the title is the person's
// ("NASA Administrator | Bill Nelson"), so the organisation is named without it. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bySurface, names, run } from './run-entities.js';
import { analyze } from '../../../src/analyze.js';

const full = (text: string): string[] => analyze(text, { publishedAt: '2024-03-26' }).entities.map((e) => `${e.name}:${e.type}`);

test('an organisation loses a title word that belongs to the person after it (whole pipeline)', () => {
  for (const t of ['NASA Administrator Bill Nelson called the flight a success.', 'Officials praised the crew, and NASA Administrator Bill Nelson called the flight a success.']) {
    const ents = full(t);
    assert.ok(ents.includes('NASA:ORG') && ents.includes('Bill Nelson:PERSON'), ents.join(', '));
    assert.ok(!ents.some((e) => e.includes('Administrator')), ents.join(', '));
  }
  const d = run('NASA Administrator Bill Nelson called the flight a success.');
  assert.equal(bySurface(d, 'NASA')?.type, 'ORG', names(d));
  assert.equal(bySurface(d, 'Bill Nelson')?.type, 'PERSON', names(d));
  assert.ok(!d.entities.some((e) => e.name.includes('Administrator')), names(d));
});

test('"administrator" is a role noun: a lone title before a name is no organisation', () => {
  const d = run('Administrator Ola Strand said fares would rise.');
  assert.equal(bySurface(d, 'Ola Strand')?.type, 'PERSON', names(d));
  assert.ok(!d.entities.some((e) => e.type === 'ORG'), names(d));
});

test('negative: a body whose name ends in Administration keeps it', () => {
  const d = run('The Small Business Administration said loans rose in March.');
  assert.equal(bySurface(d, 'Small Business Administration')?.type, 'ORG', names(d));
});

test('negative: a name the KB knows whole is not cut before a person', () => {
  const d = run('Kenya Airways Chairman Michael Joseph resigned on Friday.');
  assert.equal(bySurface(d, 'Kenya Airways')?.type, 'ORG', names(d));
  assert.equal(bySurface(d, 'Michael Joseph')?.type, 'PERSON', names(d));
});
