import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statedOffsetChecks } from '../../../src/nlp/checks/statedOffsets.js';

// A time, the offset of its zone stated beside it, and the time it gives elsewhere. Invented sentences.
const offsets = (t: string) => statedOffsetChecks(t, [[0, t.length]]).map((c) => c.status);

test('a stated zone offset and the two clock times it joins', () => {
  assert.deepEqual(offsets('The quake struck at 12:50pm Yangon time, which is 30 minutes behind Bangkok, or 1:20pm here.'), ['CONSISTENT']);
  assert.deepEqual(offsets('The blast came at 9 a.m. in Kabul, four and a half hours ahead of GMT (4:30 a.m. GMT).'), ['CONSISTENT']);
  assert.deepEqual(offsets('The quake struck at 12:50pm Yangon time, which is 30 minutes behind Bangkok, or 1:50pm here.'), ['INCONSISTENT']);
  // across midnight
  assert.deepEqual(offsets('The launch was at 11 p.m. in Lima, two hours behind Rio, or 1 a.m. there.'), ['CONSISTENT']);
});

test('an offset that is no zone, or no second time: nothing', () => {
  assert.deepEqual(offsets('He arrived at 9 a.m., two hours behind schedule, or 11 a.m.'), []);
  assert.deepEqual(offsets('The quake struck at 12:50pm Yangon time, which is 30 minutes behind Bangkok.'), []);
  assert.deepEqual(offsets('The team was two points behind Leeds, or 10 at most.'), []);
});
