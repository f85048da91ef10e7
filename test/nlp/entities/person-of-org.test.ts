// "PERSON found as ORG, span longer": "Entomologist Kabirul Bashar of Jahangirnagar University said" was one
// organisation. A person the tagger reads as one, then "of" and a headed name, is the person and their affiliation.
// Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bySurface, names, run } from './run-entities.js';

test('a tagged person before "of" and a headed name is split from the organisation', () => {
  for (const [text, person, org] of [
    ['Entomologist Kabirul Bashar of Jahangirnagar University said the mosquito was now common.', 'Kabirul Bashar', 'Jahangirnagar University'],
    ['Professor Mark Tarrow of Halden University said so.', 'Mark Tarrow', 'Halden University'],
  ] as const) {
    const d = run(text);
    assert.equal(bySurface(d, person)?.type, 'PERSON', `${text} -> ${names(d)}`);
    assert.equal(bySurface(d, org)?.type, 'ORG', `${text} -> ${names(d)}`);
  }
});

test('negative: a head word before "of" keeps the name whole', () => {
  for (const [text, org] of [
    ['The University of Halden said so.', 'University of Halden'],
    ['The Bank of Halden said so.', 'Bank of Halden'],
  ] as const) {
    const d = run(text);
    assert.equal(bySurface(d, org)?.type, 'ORG', `${text} -> ${names(d)}`);
  }
});

test('bound: the person-of-org check scans only its own run (700 KB of capitalised runs with "of" in well under 3 s)', () => {
  // each capitalised run used to scan the whole document for its "of": 12,000 runs took about 6 s, now about 1 s
  const text = Array.from({ length: 12000 }, () => 'Mark Tarrow of Halden University met Ann Lee Park on Monday.').join(' ');
  const t0 = Date.now();
  const d = run(text);
  const ms = Date.now() - t0;
  assert.ok(ms < 3000, `${ms} ms`);
  assert.equal(bySurface(d, 'Mark Tarrow')?.type, 'PERSON');
});
