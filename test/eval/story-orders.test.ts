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

test('every arrival order puts a syndicated copy (and a copy of a copy) after its original', async () => {
  const { arrivalOrder } = await import('../../eval/story-orders.js');
  const ps = Array.from({ length: 30 }, (_, i) => ({ id: `r${i}` }));
  // r0..r9 originals; r10..r19 copies of them; r20..r24 copies of copies r10..r14
  const copyOf = new Map<string, string>();
  for (let i = 0; i < 10; i++) copyOf.set(`r${10 + i}`, `r${i}`);
  for (let i = 0; i < 5; i++) copyOf.set(`r${20 + i}`, `r${10 + i}`);
  for (let seed = 1; seed <= 50; seed++) {
    const order = arrivalOrder(ps, copyOf, seed).map((p) => p.id);
    assert.equal(order.length, 30);
    for (const [c, o] of copyOf) assert.ok(order.indexOf(c) > order.indexOf(o), `seed ${seed}: ${c} before ${o}`);
  }
  // without copies, the order is the seeded shuffle itself (negative: nothing moves)
  assert.deepEqual(arrivalOrder(ps, new Map(), 7), shuffled(ps, 7));
});
