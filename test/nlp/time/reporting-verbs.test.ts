// The time stage's reporting verbs come from one data list (data/lexicon/time-reporting-verbs.tsv), each verb with
// the uses its readers make of it (index.ts deixis, context.ts tail, saying-day.ts ahead/tell).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportingVerbs } from '../../../src/nlp/time/reporting-verbs.js';
import { check } from './helpers.js';

test('reporting verbs: one list, read per use', () => {
  assert.deepEqual(reportingVerbs('tell').sort(), ['added', 'announced', 'confirmed', 'reported', 'stated']);
  for (const use of ['deixis', 'tail', 'ahead'] as const) assert.ok(reportingVerbs(use).includes('said'), use);
  assert.ok(!reportingVerbs('deixis').includes('reported'));
  // the deixis reader uses it: a day of saying with "vowed" still dates "next month"
  check('2024-04-10', [['On March 28, the minister vowed talks would resume next month.', 'next month', '2024-04', 'DATE']]);
});

test('reporting verbs: the near and clause readers read the same list as before it moved to data', () => {
  assert.deepEqual(reportingVerbs('near').sort(),
    ['according', 'added', 'announced', 'confirmed', 'reported', 'said', 'says', 'stated', 'told']);
  assert.deepEqual(reportingVerbs('clause').sort(),
    ['according', 'added', 'announced', 'confirmed', 'reported', 'reports', 'said', 'say', 'says', 'stated', 'tells', 'that', 'told', 'warned']);
  // the clause reader uses it: a present verb after "said" looks ahead ("said voters go to the polls on Sunday")
  check('2024-04-10', [['Officials said voters go to the polls on Sunday.', 'Sunday', '2024-04-14', 'DATE']]);
});

test('reporting verbs: the near reader uses its list — a day of saying is no reference for "a year earlier"', () => {
  // "said on Monday" is when the ministry spoke; "a year earlier" counts from March, the month the figures tell.
  // With the 'near' list unread, Monday became the reference and the value 2023-04 (review round 1, finding 12).
  check('2024-04-10', [['Exports rose 5% in March, the ministry said on Monday. A year earlier they had fallen 2%.', 'A year earlier', '2023-03', 'DATE']]);
  // negative: a day that is no saying's (an event "on Monday") is the reference: April, not March
  check('2024-04-10', [['Exports rose 5% in March and fell on Monday. A year earlier they had fallen 2%.', 'A year earlier', '2023-04', 'DATE']]);
});
