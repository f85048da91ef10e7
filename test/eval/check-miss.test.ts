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
