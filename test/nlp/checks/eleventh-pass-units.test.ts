import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../../src/nlp/checks/index.js';
import { perUsd } from '../../../src/nlp/checks/currency.js';
import { analyseForChecks as analyse } from '../../helpers/checks.js';

// Eleventh pass, UNIT_CONVERSION: a money figure whose written form may be a currency the rate table lacks is never
// called a mismatch (a capitalised word before the currency's word names which it is: "CFA francs", "Colombian
// pesos"); currencies pegged to one in the table; rates of a mass over an area in tonnes; money restated with "worth"
// or "or", or over another unit of volume, that the quantity stage left unlinked. Sentences written for these tests,
// through the real segmenter, time and quantity stages.

const conversions = (text: string, anchor = '2025-03-14') => runChecks(analyse(text, anchor))
  .filter((c) => c.kind === 'UNIT_CONVERSION') as Array<{ status: string; detail: string; rule?: string }>;
const conv = (text: string, anchor?: string) => conversions(text, anchor).map((c) => c.status);

test('a currency the table has no rate for, as the figure\'s own or another reading of its word: never INCONSISTENT', () => {
  // "pesos" may be Argentine, "rials" Iranian, "Venezuelan bolivars" are Venezuelan: no rate for any of them
  // (far from every priced reading of "pesos": at the Chilean rate 1,000 pesos are about $1.05, yet the Argentine peso, unpriced, may be meant)
  assert.deepEqual(conv('Bread now costs 1,000 pesos (about $0.70) in Buenos Aires.'), ['UNVERIFIABLE']);
  assert.deepEqual(conv('The government raised the fuel price to 12,000 rials ($0.30) a litre.'), ['UNVERIFIABLE']);
  assert.deepEqual(conv('The ransom of 50 million Venezuelan bolivars, around $12,000, was paid.'), ['UNVERIFIABLE']);
  // a qualified "Colombian pesos" is Colombian, priced since stop 27
  assert.deepEqual(conv('The ransom of 50 million Colombian pesos, around $12,000, was paid.'), ['CONSISTENT']);
  // a pair of priced currencies far apart is still a mismatch
  assert.deepEqual(conv('The fine of €1 million ($5 million) was paid.'), ['INCONSISTENT']);
  assert.deepEqual(conv('Salaries of 15,000 rupees ($180) a month.'), ['CONSISTENT']);
});

test('pegged currencies: the CFA francs at 655.957 to the euro, the Namibian dollar at par with the rand', () => {
  assert.ok(Math.abs(perUsd('XOF', 2019)! - 655.957 * perUsd('EUR', 2019)!) < 1);
  assert.equal(perUsd('XAF', 2021), perUsd('XOF', 2021));
  assert.equal(perUsd('NAD', 2020), perUsd('ZAR', 2020));
  assert.deepEqual(conv('The fine was 500,000 CFA francs ($800).'), ['CONSISTENT']);
  assert.deepEqual(conv('The fine was 500,000 CFA francs (about 760 euros).'), ['CONSISTENT']);
  // far off at a pegged rate: a mismatch
  assert.deepEqual(conv('The fine was 500,000 CFA francs ($80,000).'), ['INCONSISTENT']);
});

test('a rate of metric tons over an area restated in tons over another area', () => {
  assert.deepEqual(conv('Yields rose to 3 tonnes per hectare (1.2 tons per acre).'), ['CONSISTENT']);
  assert.deepEqual(conv('The ship carried 3,000 metric tons (3,300 tons) of grain.'), ['CONSISTENT']);
  assert.deepEqual(conv('The ship carried 3,000 metric tons (4,500 tons) of grain.'), ['INCONSISTENT']);
});

test('money restated with "worth" or ", or" and left unlinked: agreement, or UNVERIFIABLE, never INCONSISTENT', () => {
  assert.deepEqual(conv('He earned 3,000 euros, which was worth about $3,300 at the time.'), ['CONSISTENT']);
  assert.deepEqual(conv('Oil prices rose to $90 a barrel, or about 85 euros.'), ['CONSISTENT']);
  assert.deepEqual(conv('The fuel costs 1.5 euros per litre (about $6.40 per gallon).'), ['CONSISTENT']);
  // no rate for the pound of Lebanon in 2025
  assert.deepEqual(conv('He earns 600,000 Lebanese pounds a month, worth about $400.'), ['UNVERIFIABLE']);
  // far off, read loosely: not a mismatch
  assert.deepEqual(conv('He earned 3,000 euros, worth about $9,000 today.'), ['UNVERIFIABLE']);
  // two prices, not one restated
  assert.deepEqual(conv('Tickets cost 30 euros in Paris and $40 in New York.'), []);
  assert.deepEqual(conv('He paid $500 for a phone that was worth 2,000 yuan.'), []);
});
