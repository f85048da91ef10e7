import { test } from 'node:test';
import assert from 'node:assert/strict';
import { travelTimeChecks } from '../../../src/nlp/checks/travelTime.js';
import { findQuantities } from '../../../src/nlp/quantity/index.js';
import { segment } from '../../../src/nlp/segment/index.js';
import { tagTimes } from '../../../src/nlp/time/index.js';
import { sentenceSpans } from '../../../src/nlp/quantity/tokens.js';

// The implied speed of a journey: a craft in space and a height climbed in feet are no journeys on the ground.
// Invented sentences.
function travel(text: string): string[] {
  const sentences = segment(text).sentences;
  const { times } = tagTimes(text, { anchorDate: '2024-03-01', sentences });
  const quantities = findQuantities({ text, sentences, times });
  return travelTimeChecks(text, quantities, times, [], sentenceSpans(text, sentences)).map((c) => c.status);
}

test('a probe\'s journey through space: no implied-speed check', () => {
  assert.deepEqual(travel('The probe has travelled 493 million km in the 204 days since its launch.'), []);
  assert.deepEqual(travel('The lander travelled some 6.5 million kilometers in over six weeks to reach the moon.'), []);
});

test('a height in feet during a flight: no implied-speed check', () => {
  assert.deepEqual(travel('The flight climbed roughly 16,000 feet in six minutes.'), []);
});

test('a journey on the ground or at sea is still checked', () => {
  assert.deepEqual(travel('The ferry journey of 1,180 km took two hours.'), ['INCONSISTENT']);
  assert.deepEqual(travel('The 1,180 km journey took 20 hours by train.'), ['CONSISTENT']);
});
