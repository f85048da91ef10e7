import { test } from 'node:test';
import assert from 'node:assert/strict';
import { orderRobustness, shuffled } from '../../eval/story-orders.js';
import type { Profile } from '../../src/story/group.js';

const wv = (id: string, tw: [string, number][]): Profile => ({ id, vec: new Map(tw), norm: Math.hypot(...tw.map(([, w]) => w)), date: Date.parse('2024-03-26') });

test('a seeded shuffle is a permutation, the same for the same seed', () => {
  const xs = Array.from({ length: 20 }, (_, i) => i);
  assert.deepEqual(shuffled(xs, 3), shuffled(xs, 3));
  assert.notDeepEqual(shuffled(xs, 3), shuffled(xs, 4));
  assert.deepEqual([...shuffled(xs, 5)].sort((a, b) => a - b), xs);
});

test('order robustness counts the orders that keep a story whole and the other reports that join it', () => {
  const a = [wv('a1', [['flood', 1], ['dam', 1]]), wv('a2', [['flood', 1], ['dam', 1], ['toll', 1]]), wv('a3', [['flood', 1], ['dam', 1], ['aid', 1]])];
  const b = [wv('b1', [['coup', 1], ['junta', 1]]), wv('b2', [['coup', 1], ['junta', 1], ['envoy', 1]])];
  // a copy of a1 (not a gold report of the story, and ignored), and a report of another story sharing the flood's words
  const copy = wv('c1', [['flood', 1], ['dam', 1]]);
  const stray = wv('x1', [['flood', 1], ['dam', 1], ['storm', 1]]);
  const rs = orderRobustness([...a, ...b, copy, stray], new Map([['c1', 'a1']]), [a.map((p) => p.id), b.map((p) => p.id)], 5, new Set(['c1']));
  assert.deepEqual(rs, [{ whole: 5, foreign: 5 }, { whole: 5, foreign: 0 }]);
});
