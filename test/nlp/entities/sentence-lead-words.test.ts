// "ORG not in gold": a common English word opening the sentence was glued to the name after it ("Neighboring Finland,
// which applied …" → an organisation "Neighboring Finland"). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bySurface, names, run } from './run-entities.js';

test('a common word opening the sentence is no part of the name after it', () => {
  const d = run('Sweden joined the alliance. Neighboring Finland, which applied at the same time, joined in April.');
  assert.equal(bySurface(d, 'Finland')?.type, 'GPE', names(d));
  assert.ok(!d.entities.some((e) => /Neighboring/.test(e.name)), names(d));
});

test('negative: a given name opening the sentence stays in the name', () => {
  const d = run('The vote was close. Rosa Delgado said the count was fair.');
  assert.equal(bySurface(d, 'Rosa Delgado')?.type, 'PERSON', names(d));
});

test('a common word before a demonym opening the sentence is no person', () => {
  const d = run('Ethnic Armenian forces in the region have agreed to disarm.');
  assert.ok(!d.entities.some((e) => e.type === 'PERSON'), names(d));
});

test('negative: a common word before an unknown word is not cut off (a work title may start so)', () => {
  const d = run('Neighboring Zarvox was released in October 1968.');
  assert.ok(!d.entities.some((e) => e.name === 'Zarvox'), names(d));
});

test('negative: an ordinary word that is a first name before a lone surname stays in the name (reaches the lead-word rule)', () => {
  // "chase", "brook": common English words, not in the given-name lists, not lower-case vocabulary
  for (const [text, name] of [
    ['The race was close. Chase Elliott said the car was fast.', 'Chase Elliott'],
    ['The game was close. Brook Lopez said the team was tired.', 'Brook Lopez'],
  ] as const) {
    const d = run(text);
    assert.equal(bySurface(d, name)?.type, 'PERSON', `${text} -> ${names(d)}`);
  }
});

test('a common word before a given name and surname opening the sentence is cut', () => {
  const d = run('The vote was close. Neighboring Mark Tarrow said the count was fair.');
  assert.equal(bySurface(d, 'Mark Tarrow')?.type, 'PERSON', names(d));
  assert.ok(!d.entities.some((e) => /Neighboring/.test(e.name)), names(d));
});
