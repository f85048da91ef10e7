import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../../src/nlp/checks/index.js';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

// COUNT for a share written in words and its percentage: "two-thirds of the residents (67%)", "three out of
// four voters, or 75 per cent". Sentences written for these tests.

const counts = (text: string) => {
  const quantities = findQuantities({ text, sentences: [], times: [] });
  return runChecks({ text, sentences: [], quantities, times: [], entities: [] }).filter((c) => c.kind === 'COUNT');
};

test('COUNT: a share in words agrees with its percentage within the rounding shown', () => {
  assert.deepEqual(counts('Two-thirds of the residents (67%) left.').map((c) => c.status), ['CONSISTENT']);
  assert.deepEqual(counts('Three out of four voters, or 75 per cent, backed it.').map((c) => c.status), ['CONSISTENT']);
  assert.deepEqual(counts('About half the staff, or 48%, quit.').map((c) => c.status), ['CONSISTENT']);
  const [c] = counts('Two-thirds of the residents (67%) left.');
  assert.match(c!.detail, /Two-thirds = 66\.7%, given as 67%/);
});

test('COUNT: a share in words that its percentage contradicts is INCONSISTENT', () => {
  assert.deepEqual(counts('One in five adults (25%) agreed.').map((c) => c.status), ['INCONSISTENT']);
  assert.deepEqual(counts('Half the staff (40%) quit.').map((c) => c.status), ['INCONSISTENT']);
});

test('no COUNT between a share and a percentage of something else, or two unrelated percentages', () => {
  assert.deepEqual(counts('Two-thirds of voters backed the plan. Turnout was 40%.'), []);
  assert.deepEqual(counts('Inflation was 3% and unemployment 4%.'), []);
  assert.deepEqual(counts('Half the staff left and prices rose by 12% in March.'), []);
});
