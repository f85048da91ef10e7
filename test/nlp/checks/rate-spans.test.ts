import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../../src/nlp/checks/index.js';
import { MAX_SPAN_WIDTH, perUsd, rateSpan, spanCheck, statedRates } from '../../../src/nlp/checks/currency.js';
import { findQuantities } from '../../../src/nlp/quantity/index.js';
import { newDoc } from '../../../src/nlp/doc.js';
import { runPipeline } from '../../../src/nlp/pipeline.js';

// UNIT_CONVERSION of money in a year the yearly table leaves blank (a float or a devaluation within it) or for a currency
// with no yearly average (the Argentine peso's crawling peg): judged against the band the currency traded in on the
// report's day (data/lexicon/exchange-rate-spans.tsv); and a rate the report states as the far end of a move ("from
// EGP 30.9 to the dollar … to more than EGP 49.5"). Sentences written for these tests; the reference date is pinned
// in each call.

function money(text: string, anchor?: string) {
  const quantities = findQuantities({ text, sentences: [], times: [] });
  return runChecks({ text, sentences: [], quantities, times: [], entities: [], anchorDate: anchor })
    .filter((c) => c.kind === 'UNIT_CONVERSION') as Array<{ status: string; detail: string; rule?: string }>;
}
const statuses = (text: string, anchor?: string) => money(text, anchor).map((c) => c.status);

test('the bands: picked by the report\'s day; none on a day no band covers; none too wide to judge', () => {
  // the Egyptian pound before and after the float of 6 March 2024
  assert.ok(rateSpan('EGP', '2024-02-01')!.high < 32);
  assert.ok(rateSpan('EGP', '2024-06-01')!.low > 45);
  // the rouble in March 2022 swung from 80 to 120 and back: no band covers those weeks
  assert.equal(rateSpan('RUB', '2022-03-15'), undefined);
  assert.equal(rateSpan('XYZ', '2022-03-15'), undefined);
  for (const [code, day] of [['EGP', '2024-06-01'], ['ARS', '2022-08-01'], ['NGN', '2024-07-01'], ['TRY', '2022-09-01']] as const) {
    const s = rateSpan(code, day)!;
    assert.ok(s.high / s.low <= MAX_SPAN_WIDTH, `${code} ${day}`);
  }
  // the yearly table still leaves the float years blank
  assert.equal(perUsd('EGP', 2024), undefined);
});

test('a restatement inside its day\'s band is consistent, with the arithmetic in the detail', () => {
  const [c] = money('Egypt sold the site for $35 billion (about EGP 1.73 trillion).', '2024-03-07');
  assert.equal(c!.status, 'CONSISTENT', c!.detail);
  assert.match(c!.rule ?? '', /rate-span/);
  assert.match(c!.detail, /49\.\d+ EGP per USD, within the 46\.4–51\.1 EGP per USD/);
  assert.match(c!.detail, /2024-03-06 to 2024-12-31/);
  // the same figures before the float: at 30.9 EGP per USD they lie inside the old band of that day
  assert.deepEqual(statuses('Egypt sold the site for $35 billion (about EGP 1.08 trillion).', '2024-01-20'), ['CONSISTENT']);
  assert.deepEqual(statuses('A loaf costs 1,200 naira ($0.80).', '2024-07-01'), ['CONSISTENT']);
  assert.deepEqual(statuses('The fine was 500 million hryvnias ($13.7 million).', '2022-10-01'), ['CONSISTENT']);
  // the Argentine peso, which has no yearly average at all
  assert.deepEqual(statuses('A kilo of beef costs 3,000 Argentine pesos ($20).', '2022-08-02'), ['CONSISTENT']);
});

test('outside the band on the side a parallel market or another day takes, or on a day no band covers: unverifiable', () => {
  // the old official rate after the float: a parallel rate or another day's may explain it
  const [c] = money('Egypt sold the site for $35 billion (about EGP 1.08 trillion).', '2024-03-07');
  assert.equal(c!.status, 'UNVERIFIABLE', c!.detail);
  assert.match(c!.detail, /outside the 46\.4–51\.1 EGP per USD/);
  // (the rouble weaker than its band: the parallel side)
  assert.deepEqual(statuses('The deal was worth 10 billion roubles ($100m).', '2022-07-11'), ['UNVERIFIABLE']);
  // Argentina's "blue" dollar (about 290 pesos in August 2022) is no official rate
  assert.deepEqual(statuses('A kilo of beef costs 3,000 Argentine pesos ($10).', '2022-08-02'), ['UNVERIFIABLE']);
  // bare "pesos" read as another peso the table prices, far off: the Argentine band fitting by chance confirms nothing
  assert.deepEqual(statuses('In Manila, a sack of rice now costs 3,000 pesos ($20), vendors said.', '2022-08-02'), ['UNVERIFIABLE']);
  // the parallel-market side, however far: still unverifiable
  assert.deepEqual(statuses('A loaf costs 3,000 naira ($0.80).', '2024-07-01'), ['UNVERIFIABLE']);
  // the rouble's March 2022 swings: no band, no verdict
  const [r] = money('The deal was worth 10 billion roubles ($100m).', '2022-03-15');
  assert.equal(r!.status, 'UNVERIFIABLE');
  assert.match(r!.rule ?? '', /no-rate/);
  // a report without a day: no band is chosen
  assert.deepEqual(statuses('A loaf costs 1,200 naira ($0.80).'), ['UNVERIFIABLE']);
});

test('the banded currency far stronger than its official band, and than every band a year around: a contradiction', () => {
  const [c] = money('The government sold the site for $35 billion (EGP 700 billion).', '2024-01-20');
  assert.equal(c!.status, 'INCONSISTENT', c!.detail);
  assert.match(c!.detail, /54% outside the 30\.8–31 EGP per USD/);
  // the same the other way round (EGP first)
  assert.deepEqual(statuses('The site sold for EGP 700 billion ($35 billion).', '2024-01-20'), ['INCONSISTENT']);
  // 33 roubles to the dollar in July 2022 (the band 51–62.5; the rouble was last that strong in 2014)
  assert.deepEqual(statuses('The deal was worth 10 billion roubles ($300m).', '2022-07-11'), ['INCONSISTENT']);
  // a loaf at a naira far stronger than its band
  assert.deepEqual(statuses('A loaf costs 300 naira ($0.80).', '2024-07-01'), ['INCONSISTENT']);
  // negatives: the old official rate just after the float (the band before, within a year) stays unverifiable;
  // a little stronger than the band, within a year's swings, too
  assert.deepEqual(statuses('Egypt sold the site for $35 billion (about EGP 1.08 trillion).', '2024-03-07'), ['UNVERIFIABLE']);
  assert.deepEqual(statuses('Egypt sold the site for $35 billion (about EGP 1.5 trillion).', '2024-06-07'), ['UNVERIFIABLE']);
});

test('the detail names the readings the band was read for, not the figure\'s first reading', () => {
  const text = 'Beef costs 3,000 pesos ($20).';
  const [a, b] = findQuantities({ text, sentences: [], times: [] }).slice(-2);
  assert.notEqual(a!.unit, 'ARS');
  const c = spanCheck(a!, b!, [0, 1], '2022-08-02')!;
  assert.equal(c.status, 'CONSISTENT', c.detail);
  assert.match(c.detail, /^3,000 ARS given as \$20: 0\.00667 USD per ARS/);
});

test('bare "pesos": the place decides whether the Argentine band may speak', () => {
  const conv = (text: string) => (runPipeline(newDoc({ id: 'pesos', text, language: 'en', publishedAt: '2022-08-02' })).checks ?? [])
    .filter((c) => c.kind === 'UNIT_CONVERSION').map((c) => c.status);
  // in Buenos Aires the figure is read as Argentine pesos: the band confirms it
  assert.deepEqual(conv('In Buenos Aires, a kilo of beef now costs 3,000 pesos ($20), vendors said.'), ['CONSISTENT']);
  // in Manila it is read as Philippine pesos, far off: the Argentine band fitting by chance confirms nothing
  assert.deepEqual(conv('In Manila, a sack of rice now costs 3,000 pesos ($20), vendors said.'), ['UNVERIFIABLE']);
});

test('a stable year keeps the yearly average; the bands do not touch it', () => {
  const [c] = money('The fine was 500 million hryvnias ($13.7 million).', '2024-05-15');
  assert.match(c!.rule ?? '', /yearly-rate/);
  // the years 2010-2014 filled at stop 32 for currencies whose rows began in 2015
  assert.ok(perUsd('HUF', 2012)! > 200 && perUsd('HUF', 2012)! < 250);
  assert.deepEqual(statuses('The firm paid 1.2 billion forints ($5.4 million).', '2012-05-01'), ['CONSISTENT']);
  assert.deepEqual(statuses('The firm paid 1.2 billion forints ($20 million).', '2012-05-01'), ['INCONSISTENT']);
});

test('the far end of a move between two rates is a rate the report states', () => {
  const text = 'Within hours the pound slid from around EGP 30.9 to the dollar, the official rate it had held for a year, to more than EGP 49.5 in bank trading. '
    + 'Egypt sold the site for $35 billion (about EGP 1.73 trillion at the new rate).';
  const [c] = money(text, '2024-03-07');
  assert.equal(c!.status, 'CONSISTENT', c!.detail);
  assert.match(c!.rule ?? '', /stated-rate/);
  assert.match(c!.detail, /own rate of 49\.5 EGP per USD/);
  const qs = findQuantities({ text, sentences: [], times: [] });
  assert.deepEqual(statedRates(text, qs).get('USD>EGP')!.sort((x, y) => x - y), [30.9, 49.5]);
  // "from 60 to 83 rupees to the dollar": the near end, the figure before "to"
  const t2 = 'The rupee weakened from Rs 60 to Rs 83 to the dollar over a decade.';
  assert.deepEqual(statedRates(t2, findQuantities({ text: t2, sentences: [], times: [] })).get('USD>INR')!.sort((x, y) => x - y), [60, 83]);
});

test('two amounts of one currency that are no move between rates state no second rate', () => {
  // a price rising after a rate is stated: not "from … to" the rate
  const t1 = 'The pound traded at EGP 30.9 to the dollar. Bread rose to EGP 49.5 a bag.';
  assert.deepEqual(statedRates(t1, findQuantities({ text: t1, sentences: [], times: [] })).get('USD>EGP'), [30.9]);
  // "from" a figure, then another sentence
  const t2 = 'The rate moved from EGP 30.9 to the dollar. Later, fees rose to EGP 49.5.';
  assert.deepEqual(statedRates(t2, findQuantities({ text: t2, sentences: [], times: [] })).get('USD>EGP'), [30.9]);
  // the far "to" governed by another verb of a clause joined after the move: no rate of 20, so no verdict at it
  const t3 = 'The pound weakened from EGP 30.9 to the dollar on Monday, and the price of a bag of flour jumped to EGP 20 in Cairo markets. '
    + 'The government later sold the site for $35 billion (EGP 700 billion).';
  assert.deepEqual(statedRates(t3, findQuantities({ text: t3, sentences: [], times: [] })).get('USD>EGP'), [30.9]);
  const [c3] = money(t3, '2024-01-20');
  assert.notEqual(c3!.status, 'CONSISTENT', c3!.detail);
  const t4 = 'The pound weakened from EGP 30.9 to the dollar on Monday, the price of a bag of flour jumped to EGP 20.';
  assert.deepEqual(statedRates(t4, findQuantities({ text: t4, sentences: [], times: [] })).get('USD>EGP'), [30.9]);
});

test('currencies given rows at stop 32: priced in their stable years, a devaluation year left blank', () => {
  assert.deepEqual(statuses('The fine was 10 million Zambian kwacha ($775,000).', '2019-06-12'), ['CONSISTENT']);
  assert.deepEqual(statuses('A month of rent costs 1,000 bolivianos ($145).', '2019-06-12'), ['CONSISTENT']);
  assert.deepEqual(statuses('The grant was 1 million kyat ($700).', '2018-06-12'), ['CONSISTENT']);
  // ten times off every year's rate: a contradiction
  assert.deepEqual(statuses('The fine was 10 million Zambian kwacha ($7.75 million).', '2019-06-12'), ['INCONSISTENT']);
  // Malawi devalued in November 2023: no average, no band, no verdict
  assert.deepEqual(statuses('The fine was 500,000 Malawian kwacha ($400).', '2023-06-12'), ['UNVERIFIABLE']);
  // a rate a report states for the kwacha is taken whichever kwacha it is ("1,250 to the dollar" is Malawi's size)
  assert.deepEqual(statuses('The kwacha traded at 1,250 to the dollar. A bag of maize costs 25,000 kwacha ($20).', '2024-02-10'), ['CONSISTENT']);
});
