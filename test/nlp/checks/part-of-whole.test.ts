import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../src/analyze.js';

// A part and its whole of one counted noun, "N of the M" or "N out of M": the part may not exceed the whole.
// Invented sentences.
const parts = (t: string) => analyze({ text: t }, { publishedAt: '2024-05-15' }).checks
  .filter((c) => (c as { rule?: string }).rule === 'checks:count:part-of-whole').map((c) => c.status);

test('"out of" with no determiner names a part and its whole', () => {
  assert.deepEqual(parts('The motion carried with 41 votes out of 65.'), ['CONSISTENT']);
  assert.deepEqual(parts('The motion carried with 71 votes out of 65.'), ['INCONSISTENT']);
  assert.deepEqual(parts('Four of the six seats went to the union.'), ['CONSISTENT']);
});

test('a bare "of" of the same counted noun is no part and its whole', () => {
  // same unit on both sides, so only the determiner rule can keep these silent
  assert.deepEqual(parts('The motion carried with 41 votes of 65 votes.'), []);
  assert.deepEqual(parts('The panel heard 12 witnesses of 30 witnesses named.'), []);
  // with the determiner the same pair is read
  assert.deepEqual(parts('The motion carried with 41 of the 65 votes.'), ['CONSISTENT']);
});

test('a bare "out of" after a verb of motion, or before another noun, is physical: nothing', () => {
  assert.deepEqual(parts('Rescuers pulled 12 people out of 40 people trapped under the roof.'), []);
  assert.deepEqual(parts('Crews lifted 90 crates out of 30 crates stacked in the hold.'), []);
  assert.deepEqual(parts('The army moved 300 families out of 120 families housed there.'), []);
  // a repeated noun with no motion verb is still a part and its whole
  assert.deepEqual(parts('The party kept 12 seats out of 40 seats.'), ['CONSISTENT']);
  assert.deepEqual(parts('The party kept 52 seats out of 40 seats.'), ['INCONSISTENT']);
});
