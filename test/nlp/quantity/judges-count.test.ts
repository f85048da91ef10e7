// Judges on a bench are counted as judges, not people, as the readable gold does in every report that counts them
// ("Seven of the nine judges", "a five-judge bench"); other people nouns stay "person". Sentences invented for the tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.value, q.unit]);

test('judges are counted as judges', () => {
  assert.deepEqual(find('Four judges of the constitutional court backed the ruling.'), [['Four judges', 4, 'judge']]);
  assert.deepEqual(find('The appeal was heard by 11 judges.'), [['11 judges', 11, 'judge']]);
});

test('other people nouns stay person', () => {
  assert.deepEqual(find('Four lawyers backed the ruling.'), [['Four lawyers', 4, 'person']]);
  assert.deepEqual(find('The 12 jurors deliberated for two days.').filter((q) => q[0] === '12 jurors'), [['12 jurors', 12, 'person']]);
});

// Code review r1, finding 4: judges are people; a count of judges a harm word governs ("killed three judges", "Three
// judges were shot dead") counts people, as any other people noun does, so a story keeps its death toll.
test('judges a harm word governs are people', () => {
  assert.deepEqual(find('Three judges were killed when gunmen opened fire on the court.'), [['Three judges', 3, 'person']]);
  assert.deepEqual(find('Gunmen killed three judges outside the court.'), [['three judges', 3, 'person']]);
  assert.deepEqual(find('Three judges were shot dead outside a Kabul court.'), [['Three judges', 3, 'person']]);
  assert.deepEqual(find('Two judges who were kidnapped last week were freed.').filter((q) => q[0] === 'Two judges'), [['Two judges', 2, 'person']]);
});

test('negative: a bench count stays judge, even with a harm word elsewhere in the sentence', () => {
  assert.deepEqual(find('Three judges ruled that the men killed in the raid had been unarmed.').filter((q) => q[0] === 'Three judges'), [['Three judges', 3, 'judge']]);
  assert.deepEqual(find('Seven of the nine judges backed the ruling on the killings.').filter((q) => q[2] !== 'judge' && /judges/.test(String(q[0]))), []);
});
