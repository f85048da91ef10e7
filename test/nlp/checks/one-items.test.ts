// A list item of one ("and one civilian", "and a child") is no quantity, but a sum of the list's parts must count it.
// Sentences written for these tests, through the real segmenter, time and quantity stages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countStatuses as counts } from '../../helpers/checks.js';
import { analyze } from '../../../src/analyze.js';

test('"one <person>" and "a <person>" after a part of a list add one to the sum', () => {
  assert.deepEqual(counts('Three soldiers, two police officers and one civilian were killed, bringing the toll to six.', 'parts-total'), ['CONSISTENT']);
  assert.deepEqual(counts('The attack killed six people: three soldiers, two police officers and one civilian.', 'parts-total'), ['CONSISTENT']);
  assert.deepEqual(counts('The attack killed six people: three soldiers, two civilians and a child.', 'parts-total'), ['CONSISTENT']);
  assert.deepEqual(counts('The attack killed seven people: three soldiers, two police officers and one civilian.', 'parts-total'), ['INCONSISTENT']);
});

test('not the speaker, not a possessive, not a thing', () => {
  // "one official said" reports the parts; it is none of them
  assert.deepEqual(counts('Twelve people died: seven men and four women, one official said.', 'parts-total'), ['INCONSISTENT']);
  // "a soldier's wife" is not a soldier
  assert.deepEqual(counts("The attack killed six people: three soldiers, two civilians and a soldier's wife.", 'parts-total'), ['INCONSISTENT']);
  // "one car" counts no person
  assert.deepEqual(counts('The attack killed six people: three soldiers, two civilians and one car.', 'parts-total'), ['INCONSISTENT']);
});

test('two shares of one budget split by a verb of allocation complete the whole; other sums say nothing', () => {
  assert.deepEqual(counts('Some 40% of the budget goes to health and 60% to education.', 'percent-complement'), ['CONSISTENT']);
  assert.deepEqual(counts('40% of the funds went to Kenya, 60% to Uganda.', 'percent-complement'), ['CONSISTENT']);
  assert.deepEqual(counts('40% of the funds went to Kenya, 50% to Uganda.', 'percent-complement'), []);
});

test('the one/a item is found at its own word, not at a letter further on (review probe)', () => {
  // the "a" of "a military official" is the speaker, not the "a" inside "official"
  assert.deepEqual(counts('Five people died: two soldiers and three civilians, a military official said.', 'parts-total'), ['CONSISTENT']);
  assert.deepEqual(counts('Six people died: two soldiers and three civilians, a military official said.', 'parts-total'), ['INCONSISTENT']);
});

test('a one/a that opens a new clause after the list is no item of it (review probes)', () => {
  assert.deepEqual(counts('Six people were killed: four soldiers and two civilians, and a child was injured.', 'parts-total'), ['CONSISTENT']);
  assert.deepEqual(counts('Twelve people died: seven men and five women, one survivor recalled.', 'parts-total'), ['CONSISTENT']);
  assert.deepEqual(counts('Six people were killed: four soldiers, one civilian was injured.', 'parts-total'), []);
  // the list's own predicate after the list still counts the item
  assert.deepEqual(counts('Three soldiers, two police officers and one civilian were killed, bringing the toll to six.', 'parts-total'), ['CONSISTENT']);
  // an Oxford comma before the closing item still counts it
  assert.deepEqual(counts('The attack killed six people: three soldiers, two civilians, and a child.', 'parts-total'), ['CONSISTENT']);
});

test('the one-item probes through the real pipeline (analyze)', () => {
  const parts = (text: string) => analyze({ text }, { publishedAt: '2024-05-15' }).checks
    .filter((c) => (c as { rule?: string }).rule === 'checks:count:parts-total').map((c) => c.status);
  assert.deepEqual(parts('Five people died: two soldiers and three civilians, a military official said.'), ['CONSISTENT']);
  assert.deepEqual(parts('Six people were killed: four soldiers and two civilians, and a child was injured.'), ['CONSISTENT']);
  assert.deepEqual(parts('Twelve people died: seven men and five women, one survivor recalled.'), ['CONSISTENT']);
  assert.deepEqual(parts('The attack killed six people: three soldiers, two civilians and a child.'), ['CONSISTENT']);
});
