// COUNT: a change told by its factor in a sentence that gives only the new figure, its base told in the one or two
// sentences before ("Last year 600 people applied. This year the number doubled to 1,200"). CONSISTENT only when
// exactly one earlier figure of the same kind fits; otherwise the change stays UNVERIFIABLE (no base), never
// INCONSISTENT: a figure that does not fit may be another of the report's. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checksOf } from './pipeline.js';

const ANCHOR = '2024-06-01';
const factorChecks = (text: string): string[] => checksOf(text, ANCHOR)
  .filter((c) => /^checks:count:(?:factor-earlier-base|change-no-base|factor)$/.test((c as { rule?: string }).rule ?? ''))
  .map((c) => `${c.status} ${(c as { rule?: string }).rule!.replace('checks:count:', '')}`);

test('the base of a factor told a sentence before: CONSISTENT', () => {
  assert.deepEqual(factorChecks('Last year 600 people applied for the scheme. This year the number has doubled to 1,200.'), ['CONSISTENT factor-earlier-base']);
  assert.deepEqual(factorChecks('Exports reached $40 million in 2022. In 2023 they halved to $20 million.'), ['CONSISTENT factor-earlier-base']);
  assert.deepEqual(factorChecks('The park had 120 rangers in 2015. The number has since fallen by a third to 80.'), ['CONSISTENT factor-earlier-base']);
  // a hedged factor allows a looser ratio (1,700 / 600 = 2.83, "nearly tripled")
  assert.deepEqual(factorChecks('Some 600 people applied last year. Applications have nearly tripled to 1,700.'), ['CONSISTENT factor-earlier-base']);
  // two sentences back still counts
  assert.deepEqual(factorChecks('The shelter housed 300 people in May. Aid groups warned of shortages. By July the number had doubled to 600.'), ['CONSISTENT factor-earlier-base']);
});

test('no base that fits, or more than one: the change stays UNVERIFIABLE, never INCONSISTENT', () => {
  // the earlier figure does not fit the factor
  assert.deepEqual(factorChecks('The park had 120 rangers in 2015. The number has since doubled to 300.'), ['UNVERIFIABLE change-no-base']);
  // a figure of another kind or currency is no base
  assert.deepEqual(factorChecks('The town had 500 homes and 1,000 residents. The number of visitors doubled to 1,000.'), ['UNVERIFIABLE change-no-base']);
  assert.deepEqual(factorChecks('The firm paid $5 million in fines in 2021. Its profit doubled to 10 million euros.'), ['UNVERIFIABLE change-no-base']);
  // two earlier figures fit: no telling which is the base
  assert.deepEqual(factorChecks('Police counted 50 arrests on Monday and 50 on Tuesday. On Wednesday arrests doubled to 100.'), ['UNVERIFIABLE change-no-base']);
  // too far back: three sentences before
  assert.deepEqual(factorChecks('Last year 600 people applied. The rules changed in March. Officials then moved offices. Applications have doubled to 1,200.'), ['UNVERIFIABLE change-no-base']);
  // a base in its own sentence is the factor rule's, not this one's
  assert.deepEqual(factorChecks('The price doubled from 40 cents to 80 cents.').filter((c) => c.endsWith('factor-earlier-base')), []);
});
