import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statedOffsetChecks } from '../../../src/nlp/checks/statedOffsets.js';
import type { Entity } from '../../../src/core/types.js';

// A time, the offset of its zone stated beside it, and the time it gives elsewhere. Invented sentences.
const offsets = (t: string, entities?: Entity[]) => statedOffsetChecks(t, [[0, t.length]], entities).map((c) => c.status);
/** A place entity for the one mention of `name` in `t`. */
const place = (t: string, name: string): Entity[] => [{ id: 'p', name, type: 'GPE', mentions: [{ start: t.indexOf(name), end: t.indexOf(name) + name.length, text: name }] } as Entity];

test('a stated zone offset and the two clock times it joins', () => {
  assert.deepEqual(offsets('The quake struck at 12:50pm Yangon time, which is 30 minutes behind Bangkok, or 1:20pm here.'), ['CONSISTENT']);
  assert.deepEqual(offsets('The blast came at 9 a.m. in Kabul, four and a half hours ahead of GMT (4:30 a.m. GMT).'), ['CONSISTENT']);
  assert.deepEqual(offsets('The quake struck at 12:50pm Yangon time, which is 30 minutes behind Bangkok, or 1:50pm here.'), ['INCONSISTENT']);
  // across midnight
  const rio = 'The launch was at 11 p.m. in Lima, two hours behind Rio, or 1 a.m. there.';
  assert.deepEqual(offsets(rio, place(rio, 'Rio')), ['CONSISTENT']);
  // a zone told as "X time", and the same abbreviation after the second time
  assert.deepEqual(offsets('The vote closed at 8pm in Kyiv, two hours ahead of Central European Time, or 6pm Central European Time.'), ['CONSISTENT']);
});

test('an offset that is no zone, or no second time: nothing', () => {
  assert.deepEqual(offsets('He arrived at 9 a.m., two hours behind schedule, or 11 a.m.'), []);
  assert.deepEqual(offsets('The quake struck at 12:50pm Yangon time, which is 30 minutes behind Bangkok.'), []);
  assert.deepEqual(offsets('The team was two points behind Leeds, or 10 at most.'), []);
});

test('a second time told for another place, or a clock of no place or zone: nothing', () => {
  // the second time is London's, the offset Moscow's
  assert.deepEqual(offsets('The match began at 8pm local time, two hours behind Moscow, or 9pm in London.'), []);
  // a runner, a company: no clock of a zone
  assert.deepEqual(offsets('She finished at 4:10pm, 12 minutes behind Smith (3:58pm).'), []);
  assert.deepEqual(offsets("The train reached Leeds at 10:40, 25 minutes behind Virgin's (10:15)."), []);
  // without the place known, "Rio" is no zone either
  assert.deepEqual(offsets('The launch was at 11 p.m. in Lima, two hours behind Rio, or 1 a.m. there.'), []);
});

test('summer time and winter time: nothing', () => {
  // a season word: the compared zone's other offset may be meant
  assert.deepEqual(offsets('The launch was at 10:00 in Delhi, five and a half hours ahead of London in winter (5:30 BST).'), []);
  // an abbreviation after the second time other than the zone compared
  assert.deepEqual(offsets('The launch was at 10:00 in Delhi, four and a half hours ahead of London (5:30 BST).'), []);
});
