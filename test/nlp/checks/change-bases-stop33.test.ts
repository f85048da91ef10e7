import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checksOf } from './pipeline.js';

// COUNT UNVERIFIABLE: a change told by a factor with no base figure. Sentences written for these tests, through the real
// stages, publication date pinned.
function noBase(text: string): string[] {
  const anchor = '2024-06-01';
  return checksOf(text, anchor)
    .filter((c) => (c as { rule?: string }).rule === 'checks:count:change-no-base').map((c) => `${c.status}: ${c.detail}`);
}

test('a factor of change with no base figure: UNVERIFIABLE, saying what is missing', () => {
  assert.deepEqual(noBase('Applications to the programme have doubled since 2020, officials said.'),
    ['UNVERIFIABLE: "doubled" claims a change by a factor, but no figure is given: no base to check it against']);
  assert.match(noBase('The price of bread has nearly tripled to 90 cents.')[0] ?? '', /^UNVERIFIABLE: .*only one figure \(90\)/);
  assert.equal(noBase('Exports to the region fell by a third last year.').length, 1);
});

test('a base given, two figures, or an idiom: no such check', () => {
  // the base is there: the factor rule computes it
  assert.deepEqual(noBase('The price doubled from 40 cents to 80 cents.'), []);
  assert.deepEqual(noBase('Enrolment has doubled to 1,200, up from 600 in 2019.'), []);
  // two figures: left to the rules that pair them
  assert.deepEqual(noBase('The number of cases doubled in a week, with 300 new infections and 12 deaths.'), []);
  // idioms of "doubled"
  assert.deepEqual(noBase('The minister doubled down on his remarks on Tuesday.'), []);
  assert.deepEqual(noBase('The gym doubled as a shelter during the storm.'), []);
  // no factor at all
  assert.deepEqual(noBase('Prices rose sharply last year.'), []);
});
