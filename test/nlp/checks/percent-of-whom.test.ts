import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checksOf } from './pipeline.js';

// A share of a stated count ("12 people, of whom 25% were children", "9 people, 33% of them children") must name a
// whole number of them within the share's rounding: agreement only, and only where it could fail. Invented sentences, publication date pinned.
function rule(text: string): string[] {
  const anchor = '2024-05-10';
  return checksOf(text, anchor)
    .filter((c) => (c as { rule?: string }).rule === 'checks:count:percent-of-whom').map((c) => c.status);
}

test('a share "of them" or "of whom" that names a whole number of the count', () => {
  assert.deepEqual(rule('The blast injured 12 people, of whom 25% were children.'), ['CONSISTENT']);
  assert.deepEqual(rule('The bus carried 9 people, 33% of them children.'), ['CONSISTENT']);
});

test('nothing: no whole number fits, no "of them", another sentence, a figure between', () => {
  // 33% of 10 is 3.3: no whole number within the rounding, and no mismatch is called either
  assert.deepEqual(rule('The bus carried 10 people, 33% of them children.'), []);
  assert.deepEqual(rule('The fire killed 40 people, 60 percent more than last year.'), []);
  assert.deepEqual(rule('The fire killed 40 people. 60 percent of them were children.'), []);
  assert.deepEqual(rule('The fire killed 40 people on May 3, 60 percent of them children.'), []);
  // "of those infected" is a share of another whole
  assert.deepEqual(rule('It infected 2,500 people and killed nearly 1,700, about two-thirds of those infected.'), []);
});

test('nothing where the test cannot fail: a rounding step worth a whole one or more, an approximate figure', () => {
  // 1% of 5,000 is 50 families: any share of it holds a whole number
  assert.deepEqual(rule('The flood displaced 5,000 families, 20% of whom lost their homes.'), []);
  assert.deepEqual(rule('The poll of 3,000 people, of whom 45% were men, was published.'), []);
  // "60 percent" is written to the ten (55-65%): 22 to 26 of 40, a whole number whatever
  assert.deepEqual(rule('The fire killed 40 people, 60 percent of them children.'), []);
  // "about 41": approximate
  assert.deepEqual(rule('About 41 people were hurt, 60 percent of them women.'), []);
  assert.deepEqual(rule('The fire killed nearly 40 people, 60 percent of them children.'), []);
});
