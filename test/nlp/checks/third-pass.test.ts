import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../../src/nlp/checks/index.js';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

// Third pass on UNIT_CONVERSION: restatements after a comma or a dash when the second figure is approximate,
// a dimension adjective between a figure and its restatement, and US copy's metric tons with short tons.
// Sentences written for these tests.

const conversions = (text: string) => {
  const quantities = findQuantities({ text, sentences: [], times: [] });
  return runChecks({ text, sentences: [], quantities, times: [], entities: [] }).filter((c) => c.kind === 'UNIT_CONVERSION');
};

test('UNIT_CONVERSION: "12,000 hectares, roughly 30,000 acres" and "2,000 feet deep — about 610 metres"', () => {
  assert.deepEqual(conversions('The fire burned 12,000 hectares, roughly 30,000 acres, of forest.').map((c) => c.status), ['CONSISTENT']);
  assert.deepEqual(conversions('The well is 2,000 feet deep — about 610 metres.').map((c) => c.status), ['CONSISTENT']);
  assert.deepEqual(conversions('The wall is 3 metres high (10 feet).').map((c) => c.status), ['CONSISTENT']);
  assert.deepEqual(conversions('The fire burned 12,000 hectares, roughly 50,000 acres, of forest.').map((c) => c.status), ['INCONSISTENT']);
});

test('UNIT_CONVERSION: no pair without an approximator after a comma, nor across two different extents', () => {
  assert.deepEqual(conversions('The fire burned 12,000 hectares, 30,000 acres of which were forest.'), []);
  assert.deepEqual(conversions('The lake, 3 km wide, about 2 miles long, is shallow.'), []);
});

test('UNIT_CONVERSION: metric tons with short tons in brackets (US copy)', () => {
  const ok = conversions('The ship carried 3,000 metric tons (3,300 tons) of grain.');
  assert.equal(ok[0]?.status, 'CONSISTENT', JSON.stringify(ok));
  assert.match(ok[0]!.detail, /3,307 short ton/);
  assert.equal(conversions('About 40,000 tons (36,300 metric tons) of waste were removed.')[0]?.status, 'CONSISTENT');
  assert.equal(conversions('They shipped 3,000 metric tons (4,000 tons) of grain.')[0]?.status, 'INCONSISTENT');
  // two figures in the same spelling are not a conversion
  assert.deepEqual(conversions('They shipped 3,000 tons (4,000 tons in all) of grain.'), []);
});
