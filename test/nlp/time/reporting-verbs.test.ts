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
