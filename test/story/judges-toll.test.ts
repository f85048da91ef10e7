// Code review r1, finding 4: killed judges are a death toll, as killed lawyers are; the quantity stage must not keep
// "judges" as a thing when a harm word governs the count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factsOf, story } from './helpers.js';

const reports = (noun: string): [string, string, string][] => [
  ['Kabul Times', '2024-03-05', `Gunmen killed three ${noun} outside the court in Kabul on Monday, police said.`],
  ['Daily Star', '2024-03-05', `Three ${noun} were shot dead outside a Kabul court on Monday, officials said.`],
];

test('three killed judges are a death toll of 3', () => {
  const t = factsOf(story(reports('judges')), 'death toll');
  assert.deepEqual(t.map((f) => f.values.map((v) => v.value)), [[3]]);
});

test('negative: killed lawyers stay a death toll of 3', () => {
  const t = factsOf(story(reports('lawyers')), 'death toll');
  assert.deepEqual(t.map((f) => f.values.map((v) => v.value)), [[3]]);
});
