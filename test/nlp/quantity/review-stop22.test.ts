import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

// Review findings of stop 22 on the quantity stage, each with the reviewer's probe and a case that must still hold.
// Sentences written for these tests.

const qs = (text: string): string[] => findQuantities({ text, sentences: [], times: [] }).map((q) => `${q.text}|${q.value}|${q.unit}`);

test('a fronted "At N," is a clock time or an age only for a figure one can be, and not before a count noun', () => {
  assert.deepEqual(qs('At 3,000, the crowd was smaller than expected.'), ['3,000|3000|person']);
  assert.deepEqual(qs('Police said 30 people were hurt. At 12, the number of dead is still rising.'), ['30 people|30|person', '12|12|person']);
  // negatives: still a clock time or an age
  assert.deepEqual(qs('At 16, she left school.'), []);
  assert.deepEqual(qs('At 10, five children were rescued.'), ['five children|5|person']);
});

test('"including N" counts what the clause counted, not a count inside a prepositional phrase after it', () => {
  assert.deepEqual(qs('The storm killed 40 people in 12 towns, including 8 in Homs.'), ['40 people|40|person', '12 towns|12|town', '8|8|person']);
  // negatives: the nearest count when it is the clause's own
  assert.deepEqual(qs('Floods hit 30 districts, including 12 in the north.'), ['30 districts|30|district', '12|12|district']);
  assert.deepEqual(qs('The army fired 400 rockets since Saturday, including 50 overnight.'), ['400 rockets|400|rocket', '50|50|rocket']);
});

test('a figure after "from" is a count\'s earlier value only within the count\'s clause', () => {
  assert.deepEqual(qs('The team scored 40 points, up from 25 in 2019 when it moved from 12 to the top league.'), ['40 points|40|point', '25|25|point']);
  // negatives: the change told in the count's own clause
  assert.deepEqual(qs('The number of flights fell to 1,200 last year from 2,000.'), ['1,200|1200|flight', '2,000|2000|flight']);
  assert.deepEqual(qs('Shipments rose to 5,000 from 3,000 a year earlier.'), ['5,000|5000|shipment', '3,000|3000|shipment']);
});

test('one list of degree adverbs serves the elided clause subject and the fronted partitive', () => {
  assert.deepEqual(qs('The city has 300 buses, but just 120 are running.'), ['300 buses|300|bus', '120|120|bus']);
  assert.deepEqual(qs('Of the 15 hospitals, still three are working.'), ['15 hospitals|15|hospital', 'three|3|hospital']);
  // negative: no opening "Of" phrase, no partitive
  assert.deepEqual(qs('Still, three are working.'), []);
});
