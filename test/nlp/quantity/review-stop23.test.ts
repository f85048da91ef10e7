import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../../src/core/types.js';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

// Review findings of stop 23 on ages in the quantity stage, each with the reviewer's probe and cases that must still
// hold. Sentences written for these tests; no date is read.

/** A PERSON entity with one mention, as the entity stage gives it, for a name written in `text`. */
const person = (text: string) => (name: string): Entity => {
  const start = text.indexOf(name);
  return { id: name, name, type: 'PERSON', mentions: [{ start, end: start + name.length, text: name }] };
};
const qs = (text: string, people: string[] = []): string[] =>
  findQuantities({ text, sentences: [], times: [], entities: people.map(person(text)) }).map((q) => `${q.text}|${q.value}|${q.unit}`);

test('a figure set off by commas is an age only after a person: a PERSON mention or a person noun', () => {
  // the reviewer's probes: a score and figures after places are no ages
  assert.deepEqual(qs('Chelsea, 3, Arsenal 1'), []);
  assert.deepEqual(qs('Paris, 75, and Lyon, 69, were hit.'), []);
  // a person noun, singular
  assert.deepEqual(qs('Police said the man, 34, was arrested.'), ['34|34|year']);
  assert.deepEqual(qs('His wife, 40, and the driver, 52, died.'), ['40|40|year', '52|52|year']);
  // a name the entity stage calls a person
  assert.deepEqual(qs('Former prime minister Shinzo Abe, 67, was shot.', ['Shinzo Abe']), ['67|67|year']);
  // negatives: the same name without the entity is no age; a plural noun before the comma heads a part, not an age
  assert.deepEqual(qs('Tanaka, 45, was rescued.'), []);
  assert.deepEqual(qs('Of the 60 men, 45 were rescued.'), ['60 men|60|person', '45|45|person']);
  assert.deepEqual(qs('Of the 40 miners, 25 were hurt.'), ['40 miners|40|person', '25|25|person']);
});

test('"N-year-old" is an age at any size; "N years old" and bare figures keep the limit of a lifetime', () => {
  assert.deepEqual(qs('The 500-year-old bridge fell.'), ['500-year-old|500|year']);
  assert.deepEqual(qs('The 150-year-old newspaper closed.'), ['150-year-old|150|year']);
  assert.deepEqual(qs('Police held a 41-year-old man.'), ['41-year-old|41|year']);
  // negatives
  assert.deepEqual(qs('The house is 200 years old.'), []);
  assert.deepEqual(qs('It was a 30-year mortgage.'), []);
});

test('"turned 20" is an age only when a person turned it', () => {
  assert.deepEqual(qs('The index turned 20 on Monday.'), []);
  assert.deepEqual(qs('The company turned 50 this year.'), []);
  // a pronoun, a relative after a name, a person noun, a PERSON mention
  assert.deepEqual(qs('She turned 90 on Sunday.'), ['90|90|year']);
  assert.deepEqual(qs('Okafor, who turns 20 later this month, signed on.'), ['20|20|year']);
  assert.deepEqual(qs('His wife just turned 40 in March.'), ['40|40|year']);
  assert.deepEqual(qs('Maria Lopez turned 100 on Friday.', ['Maria Lopez']), ['100|100|year']);
  // a measure after "turned" is still the measure
  assert.deepEqual(qs('The index turned 20 points higher.'), ['20 points|20|point']);
});
