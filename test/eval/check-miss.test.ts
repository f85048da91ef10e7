// EVAL_MISS_KINDS for checks: a missed gold check (kind and status only) is told by what our analysis holds of that
// kind, in our own status and rule names; no text. Analyses here are invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkLineDetail, checkMissDetail } from '../../eval/check-miss.js';

test('says whether we have a check of the kind and with which statuses and rules', () => {
  assert.equal(checkMissDetail(undefined, 'COUNT'), 'no analysis');
  assert.equal(checkMissDetail({ checks: [] }, 'COUNT'), 'ours: none of the kind');
  assert.equal(checkMissDetail({ checks: [{ kind: 'DATE_ARITHMETIC', status: 'CONSISTENT', rule: 'checks:date-arithmetic:ago' }] }, 'COUNT'), 'ours: none of the kind');
  const a = { checks: [
    { kind: 'COUNT', status: 'INCONSISTENT', rule: 'checks:count:list' },
    { kind: 'COUNT', status: 'CONSISTENT', rule: 'checks:count:apposition' },
    { kind: 'COUNT', status: 'INCONSISTENT', rule: 'checks:count:list' },
  ] };
  assert.equal(checkMissDetail(a, 'COUNT'), 'ours of the kind: CONSISTENT by count:apposition, INCONSISTENT by count:list');
});

test('reads only check miss lines of the scorer', () => {
  const a = { checks: [{ kind: 'UNIT_CONVERSION', status: 'UNVERIFIABLE', rule: 'checks:unit-conversion:no-rate', refs: [0, 1] }], quantities: [{ unit: 'EUR' }, { unit: 'crate' }] };
  assert.equal(checkLineDetail('  miss set/a.gold.json: check UNIT_CONVERSION CONSISTENT', () => a), 'ours of the kind: UNVERIFIABLE by unit-conversion:no-rate (currency/count noun)');
  assert.equal(checkLineDetail('  miss set/a.gold.json: quantity "12 people"', () => a), undefined);
  assert.equal(checkLineDetail('  miss set/a.gold.json: check COUNT CONSISTENT', () => undefined), 'no analysis');
});

test('for a kind we give none of, names the shapes the report holds, never its words', () => {
  const a = { document: { text: 'The dam, built in 1973, burst 50 years later. Three people: two men and a woman.' }, checks: [] };
  assert.equal(checkMissDetail(a, 'DATE_ARITHMETIC'), 'ours: none of the kind; the report has a year and a count of years in one sentence, "later" or "earlier" after a count');
  assert.equal(checkMissDetail(a, 'COUNT'), 'ours: none of the kind; the report has a count then a colon');
  assert.equal(checkMissDetail({ document: { text: 'Nothing here.' }, checks: [] }, 'COUNT'), 'ours: none of the kind; the report has none of the shapes looked for');
  // kinds without a table say only that we gave none
  assert.equal(checkMissDetail(a, 'TRAVEL_TIME'), 'ours: none of the kind');
});
