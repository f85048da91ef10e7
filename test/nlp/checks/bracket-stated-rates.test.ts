import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checksOf } from './pipeline.js';

// "380 billion yen (US$1.06 billion at 360 yen to the dollar)": a bracketed restatement that names its own rate
// before the bracket closes is a restatement all the same, judged at that rate. Invented sentences, dates pinned.
function conversions(text: string, anchor: string): string[] {
  return checksOf(text, anchor).filter((c) => c.kind === 'UNIT_CONVERSION').map((c) => `${c.status} ${c.rule ?? ''}`);
}

test('a bracketed restatement with its rate inside the bracket is checked at that rate', () => {
  assert.deepEqual(conversions('Japan lent 380 billion yen (US$1.06 billion at 360 yen to the dollar) to the bank.', '1970-05-10'),
    ['CONSISTENT checks:unit-conversion:stated-rate']);
  assert.deepEqual(conversions('The firm lost 2.4 billion kronor ($310 million at 7.7 kronor per dollar) last year.', '1985-05-10'),
    ['CONSISTENT checks:unit-conversion:stated-rate']);
  assert.deepEqual(conversions('Japan lent 380 billion yen (about $1.06 billion at the rate of 360 yen to the dollar).', '1970-05-10'),
    ['CONSISTENT checks:unit-conversion:stated-rate']);
});

test('a stated rate far from the restatement makes it inconsistent only where the yearly rate agrees', () => {
  assert.deepEqual(conversions('Japan lent 380 billion yen (US$5 billion at 120 yen to the dollar) to the bank.', '2015-05-10').map((s) => s.split(' ')[0]),
    ['INCONSISTENT']);
});

test('a bracket holding a second figure of another kind stays unpaired', () => {
  assert.deepEqual(conversions('Japan lent 380 billion yen (US$1.06 billion over 5 years) to the bank.', '1970-05-10'), []);
});
