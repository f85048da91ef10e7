// Headline counts told by their verb: "Two drown in Peru", "Three die as bus plunges" (a verb only people do right
// after the figure), "Dozens injured as train derails", "hundreds missing" (a bare vague plural before a harm
// participle or such a verb). Each was no quantity before. Invented headlines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.value, q.unit, q.bound ?? null]);

test('a figure before a verb only people do counts people', () => {
  assert.deepEqual(find('Two drown in Peru'), [['Two drown', 2, 'person', null]]);
  assert.deepEqual(find('Three die as bus plunges into gorge'), [['Three die', 3, 'person', null]]);
  assert.deepEqual(find('40 perish in ferry fire'), [['40 perish', 40, 'person', null]]);
  // not survival, which animals and plants are counted by as often; not a capitalised name
  assert.deepEqual(find('Only 40 survive in the wild, scientists said.'), []);
  assert.deepEqual(find('The band played Three Die Young twice.'), []);
});

test('a bare vague plural before a harm participle or such a verb counts people', () => {
  assert.deepEqual(find('Dozens injured as train derails'), [['Dozens injured', 12, 'person', 'MORE_THAN']]);
  assert.deepEqual(find('Hopes fade for hundreds missing on the river'), [['hundreds missing', 100, 'person', 'MORE_THAN']]);
  assert.deepEqual(find('Hundreds die in floods'), [['Hundreds die', 100, 'person', 'MORE_THAN']]);
  // a vague plural before any other word stays no count ("hundreds of metres" is read with its unit elsewhere)
  assert.deepEqual(find('Thousands cheered the band.'), []);
});
