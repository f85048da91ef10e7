// A fronted partitive ("Of the 40 wells, only three …", "Out of 120 schools, 45 …") names what its figure counts; an
// "At 10," opening a sentence is a clock time or an age; a "-member" body counts members. Sentences invented for the tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.value, q.unit]);

test('fronted partitive: "Out of", an adverb of degree or a bound before the figure, a number word', () => {
  assert.deepEqual(find('Out of 120 schools, 45 were closed.'), [['120 schools', 120, 'school'], ['45', 45, 'school']]);
  assert.deepEqual(find('Of the 15 hospitals in the city, only three are still working.'), [['15 hospitals', 15, 'hospital'], ['three', 3, 'hospital']]);
  assert.deepEqual(find('Of the 40 wells, twenty-five were dry.'), [['40 wells', 40, 'well'], ['twenty-five', 25, 'well']]);
  assert.deepEqual(find('Of the 40 wells, just 12 had water.').map((q) => q[2]), ['well', 'well']);
  assert.deepEqual(find('Of the 40 wells, about 12 had water.').map((q) => q[2]), ['well', 'well']);
});

test('fronted partitive: not without the opening "Of", not past another clause', () => {
  // no partitive opening: a bare number word stays unreported
  assert.deepEqual(find('After the 40 wells dried up, three were rebuilt.'), [['40 wells', 40, 'well']]);
  // the count is not in the opening phrase ("Of course")
  assert.deepEqual(find('Of course, three were rebuilt.'), []);
  // another comma between the opening count and the figure's comma: a different phrase
  assert.deepEqual(find('Of the 40 wells, the inspectors said, three were dry.').map((q) => q[0]), ['40 wells']);
  // "one" after a partitive is no quantity of its own
  assert.deepEqual(find('Of the 40 wells, one was dry.'), [['40 wells', 40, 'well']]);
});

test('"At 10," opening a sentence is a time or an age, not a count', () => {
  assert.deepEqual(find('At 10, 5 children were rescued.'), [['5 children', 5, 'person']]);
  assert.deepEqual(find('At 16, she left school.'), []);
  // a figure a count stands at keeps its unit
  assert.deepEqual(find('The death toll stood at 10, officials said.'), [['10', 10, 'person']]);
});

test('the size of a "-member" body counts members; "-strong" still counts people', () => {
  assert.deepEqual(find('The 27-member bloc agreed on sanctions.'), [['27-member', 27, 'member']]);
  assert.deepEqual(find('The nine-member jury deliberated.'), [['nine-member', 9, 'member']]);
  assert.deepEqual(find('A 3,000-strong force was deployed.'), [['3,000-strong', 3000, 'person']]);
});

test('property: a fronted partitive figure counts the opening noun, whatever the figures', () => {
  const nouns = ['schools', 'wells', 'hospitals', 'villages', 'bridges'];
  fc.assert(fc.property(fc.integer({ min: 20, max: 9000 }), fc.integer({ min: 2, max: 19 }), fc.constantFrom(...nouns), (whole, part, noun) => {
    const qs = find(`Of the ${whole.toLocaleString('en-US')} ${noun}, ${part} were damaged.`);
    return qs.length === 2 && qs[1]![1] === part && qs[1]![2] === qs[0]![2];
  }), { numRuns: 60 });
});

test('a count changed "from" an earlier figure: the earlier figure counts the same thing', () => {
  assert.deepEqual(find('Shipments rose to 5,000 from 3,000 a year earlier.'), [['5,000', 5000, 'shipment'], ['3,000', 3000, 'shipment']]);
  assert.deepEqual(find('The number of flights fell to 1,200 from 2,000.').map((q) => q[2]), ['flight', 'flight']);
  assert.deepEqual(find('Arrests climbed to 450 last year from 300 in 2022.').map((q) => q[2]), ['arrest', 'arrest']);
  // "rose from 3,000 to 5,000": the plural subject right before the verb counts both ends
  assert.deepEqual(find('Shipments rose from 3,000 to 5,000.'), [['3,000', 3000, 'shipment'], ['5,000', 5000, 'shipment']]);
});

test('changed "from": not a measure subject, not a place, not figures of another size', () => {
  assert.deepEqual(find('Prices rose from 3 to 5.'), []);
  assert.deepEqual(find('The company rose from 30 to 50 in the rankings.'), []);
  assert.deepEqual(find('Police arrested 40 people, from 3 countries.').map((q) => q[2]), ['person', 'country']);
  // a figure a hundred times smaller is no earlier value of the count
  assert.deepEqual(find('Arrests rose to 4,500 from 3 provinces.').map((q) => q[2]), ['arrest', 'province']);
});
