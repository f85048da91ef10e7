import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../../src/nlp/checks/index.js';
import { findQuantities } from '../../../src/nlp/quantity/index.js';
import { segment } from '../../../src/nlp/segment/index.js';

// COUNT checks read loosely from one sentence: a percentage against a part and whole in any order, two percentages
// against the points between them, a ratio word between two figures. Agreement only. Sentences written for these tests.
function loose(text: string, rule: string): string[] {
  const sentences = segment(text).sentences;
  const quantities = findQuantities({ text, sentences, times: [] });
  return runChecks({ text, sentences, quantities, times: [], entities: [], anchorDate: '2024-05-01' })
    .filter((c) => c.kind === 'COUNT' && (c as { rule?: string }).rule === `checks:count:${rule}`).map((c) => c.status);
}

test('a percentage and the part and whole it is the share of, in any order', () => {
  assert.deepEqual(loose('Turnout was 62%, with 3.1 million of the 5 million registered voters casting ballots.', 'loose-share'), ['CONSISTENT']);
  assert.deepEqual(loose('Women make up 30 percent of the 200-member parliament, or 60 seats.', 'loose-share'), ['CONSISTENT']);
  assert.deepEqual(loose('Only 15% of the 80 applicants were accepted, or 12 people.', 'loose-share'), ['CONSISTENT']);
  assert.deepEqual(loose('Nearly a quarter of the 400 students, 98 in all, failed the exam.', 'loose-share'), ['CONSISTENT']);
});

test('no loose share when the arithmetic disagrees, the percentage is a change, or the figure is a year', () => {
  assert.deepEqual(loose('Turnout was 70%, with 3.1 million of the 5 million registered voters casting ballots.', 'loose-share'), []);
  assert.deepEqual(loose('Sales rose 25% as 30 of the 120 shops reopened.', 'loose-share'), []);
  assert.deepEqual(loose('In 2020, 50% of the 4,040 claims were paid.', 'loose-share'), []);
});

test('two percentages and the points between them, with other words between', () => {
  assert.deepEqual(loose('The share of renewables rose from 20% in 2015 to 35% in 2023, up 15 percentage points.', 'loose-points'), ['CONSISTENT']);
  assert.deepEqual(loose('The share of renewables rose from 20% in 2015 to 35% in 2023, up 12 percentage points.', 'loose-points'), []);
});

test('a ratio word between two figures of one kind', () => {
  assert.deepEqual(loose('Inflation hit 8%, double the 4% rate of last year.', 'ratio-word'), ['CONSISTENT']);
  assert.deepEqual(loose('The new budget of $3 billion is three times the $1 billion sought.', 'ratio-word'), ['CONSISTENT']);
  // "half" is itself a share: the pair is read as a part and its whole
  assert.deepEqual(loose('The new budget of $3 billion is half the $6 billion sought.', 'loose-share'), ['CONSISTENT']);
  assert.deepEqual(loose('Inflation hit 9%, double the 4% rate of last year.', 'ratio-word'), []);
});
