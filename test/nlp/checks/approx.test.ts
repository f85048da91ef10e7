import { test } from 'node:test';
import assert from 'node:assert/strict';
import { APPROX_SRC, listGapRe, LOOSE_SRC } from '../../../src/nlp/checks/approx.js';

// The one list of loose-figure words and the one gap between list items, shared by several checks.

test('the approximate and bounding words come from one list', () => {
  const approx = new RegExp(`^(?:${APPROX_SRC})$`, 'i');
  const loose = new RegExp(`^(?:${LOOSE_SRC})$`, 'i');
  for (const w of ['about', 'roughly', 'nearly', 'approximately']) assert.ok(approx.test(w), w);
  for (const w of ['more than', 'at least', 'up to']) { assert.ok(!approx.test(w), w); assert.ok(loose.test(w), w); }
  assert.ok(!loose.test('only'));
});

test('a gap between two items of a list of figures', () => {
  const plain = listGapRe({ colon: false });
  assert.ok(plain.test(' of fraud, '));
  assert.ok(plain.test(' of fraud and '));
  assert.ok(!plain.test(' of fraud: '));
  assert.ok(!plain.test(' of fraud in 2019 and '));
  const led = listGapRe({ colon: true, lead: `${APPROX_SRC}|another` });
  assert.equal(led.exec(' of it from gas and about ')?.[1], ' and ');
  assert.ok(led.test(' local, and another '));
  assert.ok(!plain.test(' local, and another '));
});
