// Stop 28 (issue #7, stories): a carrier that falls is an accident. A lift, a cabin or a crane that fell, plunged or
// dropped is the lead event of an accident report ("a goods lift fell twenty metres"), and a story's separate-incident
// rule can only keep such a look-alike out when its lead is typed as an incident. The carrier must head the subject:
// "car sales fell", "the crane operator's shares dropped" and a falling price are no accident. Sentences written for
// these tests; hand-built entities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf } from './helpers.js';

const types = (text: string) => eventsOf(text).evs.map((e) => e.type);

test('a lift, cabin, crane or bus that fell, plunged, dropped or toppled is an accident', () => {
  assert.ok(types('A goods lift fell about twenty metres at a quarry near the town on Tuesday.').includes('ACCIDENT'));
  assert.ok(types('The cabin plunged to the ground shortly after noon.').includes('ACCIDENT'));
  assert.ok(types('An elevator dropped six floors in the office tower.').includes('ACCIDENT'));
  assert.ok(types('A construction crane toppled onto the road on Monday.').includes('ACCIDENT'));
  assert.ok(types('The bus fell into a river after its brakes failed.').includes('ACCIDENT'));
});

test('a fall whose subject is not a carrier is no accident', () => {
  assert.ok(!types('Car sales fell by 4% in March.').includes('ACCIDENT'));
  assert.ok(!types('Lift maintenance costs dropped last year.').includes('ACCIDENT'));
  assert.ok(!types('Prices fell sharply after the announcement.').includes('ACCIDENT'));
  assert.ok(!types('The crane operator said profits dropped.').includes('ACCIDENT'));
  assert.ok(!types('Night fell over the valley.').includes('ACCIDENT'));
});

test('a cable or rope that snapped or broke is an accident; snapping a photo or breaking a record is not', () => {
  assert.ok(types('The hauling cable snapped as the cabin neared the top station.').includes('ACCIDENT'));
  assert.ok(types('A steel rope broke and the cableway stopped.').includes('ACCIDENT'));
  assert.ok(!types('A photographer snapped the minister leaving the building.').includes('ACCIDENT'));
  assert.ok(!types('She broke the world record on Sunday.').includes('ACCIDENT'));
  assert.ok(!types('Cable television subscriptions broke a record.').includes('ACCIDENT'));
});
