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

test('a bare "of" or another unit: nothing', () => {
  assert.deepEqual(parts('The motion carried with 41 votes of 65 members.'), []);
  assert.deepEqual(parts('The club won 41 games out of 65 km of track.'), []);
});
