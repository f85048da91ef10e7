// Stop 28 (issue #7, stories): bodies recovered or retrieved tell deaths. A report that counts its dead only as
// "seven bodies recovered" had no DEATHS event, so the story's deaths were told by too few of its reports. The noun is
// the trigger (the recovering's doers are rescuers, not killers); a governing body, or bodies with no recovering,
// are none. Sentences written for these tests; hand-built entities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf } from './helpers.js';

const types = (text: string) => eventsOf(text).evs.map((e) => e.type);

test('bodies recovered or retrieved are deaths', () => {
  assert.ok(types('By Tuesday evening 14 people had been rescued and seven bodies recovered.').includes('DEATHS'));
  assert.ok(types('Three more bodies were retrieved from the river on Friday.').includes('DEATHS'));
  assert.ok(types('The body was recovered near the bridge on Monday.').includes('DEATHS'));
});

test('a body that is an institution, or bodies with no recovering, are no deaths', () => {
  assert.ok(!types('The regulatory body said the bank had recovered from its losses.').includes('DEATHS'));
  assert.ok(!types('The governing body will meet on Monday.').includes('DEATHS'));
  assert.ok(!types('Both bodies approved the budget on Friday.').includes('DEATHS'));
});
