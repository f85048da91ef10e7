import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checksOf } from './pipeline.js';

// Pegged currencies added to data/lexicon/exchange-rates.tsv (derived from their anchor's row or a fixed rate to the
// US dollar): a restatement is checked instead of left UNVERIFIABLE. Invented sentences, publication dates pinned.
function conversions(text: string, anchor: string): string[] {
  return checksOf(text, anchor)
    .filter((c) => c.kind === 'UNIT_CONVERSION').map((c) => c.status);
}

test('currencies pegged to the dollar, the euro or sterling are checked at their peg', () => {
  assert.deepEqual(conversions('The government borrowed BZ$20 million ($10 million) from the bank.', '2020-05-10'), ['CONSISTENT']);
  assert.deepEqual(conversions('The island spent 5 million Cayman Islands dollars ($6 million) on roads.', '2020-05-10'), ['CONSISTENT']);
  assert.deepEqual(conversions('The fund paid 3 billion CFP francs ($28 million) to the islands.', '2020-05-10'), ['CONSISTENT']);
  assert.deepEqual(conversions('The government borrowed BZ$20 million ($15 million) from the bank.', '2020-05-10'), ['INCONSISTENT']);
});

test('outside a peg\'s years the rate is unknown: no verdict either way', () => {
  // the Cuban convertible peso's 1:1 peg ended in 2020
  assert.equal(conversions('Workers were paid 300 million convertible pesos ($500 million).', '2022-05-10').includes('INCONSISTENT'), false);
  assert.equal(conversions('Workers were paid 300 million convertible pesos ($500 million).', '2022-05-10').includes('CONSISTENT'), false);
});
