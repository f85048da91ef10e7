import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TimeExpr } from '../../../src/core/types.js';
import { runChecks } from '../../../src/nlp/checks/index.js';
import { findQuantities } from '../../../src/nlp/quantity/index.js';
import { segment } from '../../../src/nlp/segment/index.js';

// Fifth pass on the checks: "N days after" counted to a stated date or, failing that, only decided against the
// report when it agrees or would fall after it; "first trip in N years" against an earlier visit told before.
// Sentences written for these tests.

const time = (text: string, sub: string, value: string, from = 0): TimeExpr => {
  const start = text.indexOf(sub, from);
  return { start, end: start + sub.length, text: sub, type: 'DATE', value };
};
function dates(text: string, anchor: string, times: TimeExpr[] = []) {
  const sentences = segment(text).sentences;
  const quantities = findQuantities({ text, sentences, times });
  return runChecks({ text, sentences, quantities, times, entities: [], anchorDate: anchor }).filter((c) => c.kind === 'DATE_ARITHMETIC').map((c) => c.status);
}

test('"N days after" a dated event: an older event than the report is no contradiction', () => {
  const text = 'The vaccine was approved 10 days after the trial ended on February 1.';
  const times = [time(text, 'February 1', '2024-02-01')];
  assert.deepEqual(dates(text, '2024-03-15', times), []);
  assert.deepEqual(dates(text, '2024-02-12', times), ['CONSISTENT']);
  // ten days after February 1 cannot be told as past on January 25… the 5th of February is too early as well
  assert.deepEqual(dates(text, '2024-02-05', times), ['INCONSISTENT']);
  // a future event may lie after the report
  const fut = 'The rules will take effect 90 days after they were signed on March 1.';
  assert.deepEqual(dates(fut, '2024-03-15', [time(fut, 'March 1', '2024-03-01')]), []);
});

test('"N days after" counted to the event\'s own date in the sentence', () => {
  const ok = 'On February 11, ten days after the trial ended on February 1, the vaccine was approved.';
  const times = (s: string, day: string) => [time(s, day, `2024-02-${day.slice(-2)}`), time(s, 'February 1,', '2024-02-01')].map((x) =>
    (x.text.endsWith(',') ? { ...x, end: x.end - 1, text: x.text.slice(0, -1) } : x));
  assert.deepEqual(dates(ok, '2024-03-15', times(ok, 'February 11')), ['CONSISTENT']);
  const bad = ok.replace('February 11', 'February 20');
  assert.deepEqual(dates(bad, '2024-03-15', times(bad, 'February 20')), ['INCONSISTENT']);
});

test('"N days after the launch": the launch dated in a sentence before', () => {
  const text = 'The probe was launched on January 3. Forty days after the launch, it reached orbit.';
  const times = [time(text, 'January 3', '2024-01-03')];
  assert.deepEqual(dates(text, '2024-02-13', times), ['CONSISTENT']);
  assert.deepEqual(dates(text, '2024-03-20', times), []);
  assert.deepEqual(dates(text, '2024-01-20', times), ['INCONSISTENT']);
  // the sentence before names something else: no anchor
  const other = 'The rover was unveiled on January 3. Forty days after the launch, it reached orbit.';
  assert.deepEqual(dates(other, '2024-02-13', [time(other, 'January 3', '2024-01-03')]), []);
});

test('"first trip in N years" against a visit dated shortly before', () => {
  const text = 'The president visited Japan in 2019. On Thursday he arrived in Tokyo for his first trip to the country in over four years.';
  assert.deepEqual(dates(text, '2024-03-15'), ['CONSISTENT']);
  assert.deepEqual(dates(text.replace('over four', 'two'), '2024-03-15'), ['INCONSISTENT']);
  // a year with no visit before it is not the previous occasion
  const none = 'The law was passed in 2019. On Thursday he arrived in Tokyo for his first trip to the country in over four years.';
  assert.deepEqual(dates(none, '2024-03-15'), ['UNVERIFIABLE']);
});
