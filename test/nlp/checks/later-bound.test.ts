import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dates } from './date-checks.js';

// "…for October 2014, just eight months later": a landing date, then a bounded count. Agreement only. Invented text.
const landing = (t: string) => dates(t, '2024-05-15', 'offset-landing');

test('a landing date before a bounded count agrees within a unit the bound allows', () => {
  assert.deepEqual(landing('The president fled in February 2014. Elections were called for October 2014, just eight months later.'), ['CONSISTENT']);
  assert.deepEqual(landing('The president fled in February 2014. Elections were called for October 2014, nearly nine months later.'), ['CONSISTENT']);
  assert.deepEqual(landing('The president fled in February 2014. Elections were called for October 2014, more than seven months later.'), ['CONSISTENT']);
});

test('a bounded count that does not agree is no mismatch, and a bound the wrong way does not agree', () => {
  assert.deepEqual(landing('The president fled in February 2014. Elections were called for October 2014, just three months later.'), []);
  // "more than nine" cannot be eight
  assert.deepEqual(landing('The president fled in February 2014. Elections were called for October 2014, more than nine months later.'), []);
  // "nearly seven" cannot be eight
  assert.deepEqual(landing('The president fled in February 2014. Elections were called for October 2014, nearly seven months later.'), []);
});
