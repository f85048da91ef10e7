import { test } from 'node:test';
import assert from 'node:assert/strict';
import { travelTimeChecks } from '../../../src/nlp/checks/travelTime.js';
import { findQuantities } from '../../../src/nlp/quantity/index.js';
import { segment } from '../../../src/nlp/segment/index.js';
import { tagTimes } from '../../../src/nlp/time/index.js';
import { sentenceSpans } from '../../../src/nlp/quantity/tokens.js';

// Only a wind-speed form right before a speed makes it the wind's; a wind word further back does not. Invented sentences.
function travel(text: string): string[] {
  const sentences = segment(text).sentences;
  const { times } = tagTimes(text, { anchorDate: '2024-03-01', sentences });
  const quantities = findQuantities({ text, sentences, times });
  return travelTimeChecks(text, quantities, times, [], sentenceSpans(text, sentences)).map((c) => c.status);
}

test('a wind word a few words before a journey speed does not hide it', () => {
  assert.deepEqual(travel('Despite the wind the ship sailed at 20 knots across the 100 km strait in two hours.'), ['INCONSISTENT']);
  assert.deepEqual(travel('Despite the wind, the ship sailed at 20 knots across the 100 km strait in two hours.'), ['INCONSISTENT']);
  assert.deepEqual(travel('Into the wind the convoy drove at 60 km/h over the 120 km route in one hour.'), ['INCONSISTENT']);
});

test('the wind-speed forms still hide the speed of the wind', () => {
  for (const w of ['winds of up to 90 km/h', 'wind speeds of 90 km/h', 'winds reaching 90 km/h', 'gusts over 90 km/h', 'winds gusting up to 90 km/h', 'gusts at 90 km/h']) {
    assert.deepEqual(travel(`The ferry crossing was halted as ${w} lashed the 40 km strait for two days.`), [], w);
  }
});
