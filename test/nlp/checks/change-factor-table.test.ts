// COUNT: the words of a factor change come from one table (data/lexicon/checks-change-factors.tsv): the pattern that
// finds the change, the factor it names and the hedge that loosens it. Every verb of the table reads a share the same
// way ("risen" once is enough), a rise adds it, a fall takes it off; "over" loosens only a times verb. Sentences
// written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checksOf } from './pipeline.js';

const ANCHOR = '2024-06-01';
const factorChecks = (text: string): string[] => checksOf(text, ANCHOR)
  .filter((c) => /^checks:count:(?:factor-earlier-base|change-no-base|factor)$/.test((c as { rule?: string }).rule ?? ''))
  .map((c) => `${c.status} ${(c as { rule?: string }).rule!.replace('checks:count:', '')}`);

test('a rise verb adds the share, a fall verb takes it off, whatever verb of the table', () => {
  for (const v of ['has risen', 'grew', 'has grown', 'increased', 'jumped', 'climbed'])
    assert.deepEqual(factorChecks(`The park had 120 rangers in 2015. The number ${v} by a third to 160.`), ['CONSISTENT factor-earlier-base'], v);
  for (const v of ['fell', 'has fallen', 'dropped', 'declined', 'decreased', 'shrank', 'was cut'])
    assert.deepEqual(factorChecks(`The park had 120 rangers in 2015. The number ${v} by a quarter to 90.`), ['CONSISTENT factor-earlier-base'], v);
  // negative: the wrong way round does not fit (120 + a third is 160, not 80)
  assert.deepEqual(factorChecks('The park had 120 rangers in 2015. The number has risen by a third to 80.'), ['UNVERIFIABLE change-no-base']);
});

test('a hedge loosens the ratio; "over" only before a times verb', () => {
  // 1,700 / 600 = 2.83: within 15% of ×3, not within 5%
  assert.deepEqual(factorChecks('Some 600 people applied last year. Applications have more than tripled to 1,700.'), ['CONSISTENT factor-earlier-base']);
  assert.deepEqual(factorChecks('Some 600 people applied last year. Applications have tripled to 1,700.'), ['UNVERIFIABLE change-no-base']);
  // 150 / 120 = 1.25: within 15% of ×4/3 only when hedged after "by"
  assert.deepEqual(factorChecks('The park had 120 rangers in 2015. The number has grown by about a third to 150.'), ['CONSISTENT factor-earlier-base']);
  assert.deepEqual(factorChecks('The park had 120 rangers in 2015. The number has grown by a third to 150.'), ['UNVERIFIABLE change-no-base']);
  // "by over a third" is not read as a factor change at all
  assert.deepEqual(factorChecks('The park had 120 rangers in 2015. The number has grown by over a third to 160.'), []);
});
