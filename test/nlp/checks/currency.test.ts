import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../../src/nlp/checks/index.js';
import { perUsd, statedRates } from '../../../src/nlp/checks/currency.js';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

// UNIT_CONVERSION of money: a figure restated in another currency, judged against the report's own stated rate or
// the yearly average rate of its year (data/lexicon/exchange-rates.tsv). Sentences written for these tests.

function money(text: string, anchor?: string) {
  const quantities = findQuantities({ text, sentences: [], times: [] });
  return runChecks({ text, sentences: [], quantities, times: [], entities: [], anchorDate: anchor })
    .filter((c) => c.kind === 'UNIT_CONVERSION') as Array<{ status: string; detail: string; rule?: string }>;
}
const statuses = (text: string, anchor?: string) => money(text, anchor).map((c) => c.status);

test('the yearly table: units per dollar, the dollar itself 1, a blank year none', () => {
  assert.equal(perUsd('USD', 2019), 1);
  assert.ok(Math.abs(perUsd('GBP', 2019)! - 0.78) < 0.02);
  assert.ok(perUsd('JPY', 2023)! > 130 && perUsd('JPY', 2023)! < 150);
  // the rouble floated in 2022: its yearly average is no guide to a day's rate
  assert.equal(perUsd('RUB', 2022), undefined);
  assert.equal(perUsd('XYZ', 2020), undefined);
});

test('a restatement within the yearly tolerance is consistent, in either order and through the dollar', () => {
  assert.deepEqual(statuses('The utility was fined $50m (£39m) for the outage.', '2019-06-03'), ['CONSISTENT']);
  assert.deepEqual(statuses('The utility was fined £39m ($50m) for the outage.', '2019-06-03'), ['CONSISTENT']);
  assert.deepEqual(statuses('The grant of €2 million, or about $2.2 million, was approved.', '2023-03-14'), ['CONSISTENT']);
  assert.deepEqual(statuses('Entry costs 50 yuan (about $7) per person.', '2022-08-01'), ['CONSISTENT']);
  // euro against sterling, compared through the dollar
  assert.deepEqual(statuses('The club paid €30m (£26m) for the striker.', '2021-01-20'), ['CONSISTENT']);
  const [c] = money('The utility was fined $50m (£39m) for the outage.', '2019-06-03');
  assert.match(c!.rule ?? '', /yearly-rate/);
  assert.match(c!.detail, /2019/);
});

test('a restatement far from the yearly rate is inconsistent; between the two the table cannot tell', () => {
  assert.deepEqual(statuses('The utility was fined $50m (£60m) for the outage.', '2019-06-03'), ['INCONSISTENT']);
  assert.deepEqual(statuses('The port cost 900 billion yen ($2 billion).', '2023-05-02'), ['INCONSISTENT']);
  // about 15% off the 2019 average: a day's rate might explain it, the yearly table cannot
  assert.deepEqual(statuses('The utility was fined $50m (£32m) for the outage.', '2019-06-03'), ['UNVERIFIABLE']);
});

test('no date, or no rate for the year: unverifiable, never a contradiction', () => {
  assert.deepEqual(statuses('The utility was fined $50m (£60m) for the outage.'), ['UNVERIFIABLE']);
  assert.deepEqual(statuses('The deal was worth 10 billion roubles ($150m).', '2022-04-11'), ['UNVERIFIABLE']);
});

test('a written form several currencies share is tried as each of them', () => {
  // "Rs" is read as Indian rupees; at Pakistani rupees' rate the figure fits
  const [c] = money('A teacher earns Rs 60,000 ($215) a month.', '2024-02-10');
  assert.equal(c!.status, 'CONSISTENT', c!.detail);
  assert.match(c!.detail, /PKR/);
});

test("the report's own stated rate wins over the yearly average", () => {
  // at the yearly average 5,000 rupees would be about $60; the report says it converted at 50 to the dollar
  const text = 'At the time the rupee traded at 50 to the dollar. He paid Rs 5,000 ($100) in fees.';
  const [c] = money(text, '2024-02-10');
  assert.equal(c!.status, 'CONSISTENT', c!.detail);
  assert.match(c!.rule ?? '', /stated-rate/);
  assert.deepEqual(statuses('At 50 rupees to the dollar, he paid Rs 5,000 ($300) in fees.', '2024-02-10'), ['INCONSISTENT']);
  // a stated rate that disagrees contradicts only when the yearly average is against the figure too
  assert.deepEqual(statuses('At 50 rupees to the dollar, he paid Rs 5,000 ($60) in fees.', '2024-02-10'), ['CONSISTENT']);
  // several stated rates (then and now): the nearest speaks
  assert.deepEqual(statuses('The rupee fell from 40 rupees to the dollar to 50 rupees to the dollar. He paid Rs 5,000 ($100).', '2024-02-10'), ['CONSISTENT']);
  // a figure far from any rate the pair has had is no stated rate
  assert.equal(statedRates('It lent $20 million to the euro zone.', findQuantities({ text: 'It lent $20 million to the euro zone.', sentences: [], times: [] })).size, 0);
  // a currency the yearly table lacks: the report's own rate is the only one
  assert.deepEqual(statuses('The kwacha traded at 1,250 to the dollar. A bag of maize costs 25,000 kwacha ($20).', '2024-02-10'), ['CONSISTENT']);
  assert.ok(Math.abs(statedRates('The kwacha stood at 25 against the dollar.', []).get('USD>ZMW')![0]! - 25) < 1e-9);
  // "£1 = $1.30" states the rate directly
  const qs = findQuantities({ text: 'The rate was £1 = $1.30 that week.', sentences: [], times: [] });
  assert.ok(Math.abs(statedRates('The rate was £1 = $1.30 that week.', qs).get('GBP>USD')![0]! - 1.3) < 1e-9);
  // "the euro at 1.08 against the dollar": one euro buys 1.08 dollars
  assert.ok(Math.abs(statedRates('The euro stood at 1.08 against the dollar.', []).get('EUR>USD')![0]! - 1.08) < 1e-9);
});

test('a money restatement may say more before its bracket closes', () => {
  assert.deepEqual(statuses('The line will cost Rs 5,000 crore ($600 million at current exchange rates).', '2024-02-10'), ['CONSISTENT']);
  // a bracket holding another figure is no restatement of the amount
  assert.deepEqual(statuses('The line will cost Rs 5,000 crore ($600 million in 2019 prices, 12 km long).', '2024-02-10'), []);
});

test('two amounts in one currency, or money beside a measure, are no conversion', () => {
  assert.deepEqual(statuses('The fine rose from $50m to $60m.', '2019-06-03'), []);
  assert.deepEqual(statuses('It paid $50m and bought 20 tonnes of grain.', '2019-06-03'), []);
});

test('a mismatch with the yearly table stands only when the years either side are as far off', () => {
  // 2022's yen average (about 131) puts ¥1bn near $7.6m; $9.1m is 2021's rate (about 110): another year's rate may
  // explain it, and the table is typed from recollection, so no mismatch is claimed
  assert.deepEqual(statuses('The city paid ¥1 billion ($9.1 million) for the land.', '2022-06-03'), ['UNVERIFIABLE']);
  // twice every neighbouring year's conversion: a wrong figure or a wrong currency
  assert.deepEqual(statuses('The city paid ¥1 billion ($20 million) for the land.', '2022-06-03'), ['INCONSISTENT']);
  // a report of the year after the table's last (read at that last year's rate) has no neighbour after it: no
  // mismatch is claimed from the table
  assert.deepEqual(statuses('The city paid ¥1 billion ($20 million) for the land.', '2026-06-03'), ['UNVERIFIABLE']);
});

test('the hryvnia in its stable years; a blank year (2022) stays unverifiable', () => {
  assert.deepEqual(statuses('Soldiers are paid 20,000 hryvnias ($500) a month.', '2024-05-15'), ['CONSISTENT']);
  assert.deepEqual(statuses('Soldiers are paid 20,000 hryvnias ($500) a month.', '2022-05-15'), ['UNVERIFIABLE']);
  assert.deepEqual(statuses('Soldiers are paid 20,000 hryvnias ($5,000) a month.', '2024-05-15'), ['INCONSISTENT']);
});

test('a bare "$" restating another dollar currency is read as the US dollar', () => {
  // the quantity stage reads "$" after "Australian dollars" as the Australian dollar too: same currency, no rate
  assert.deepEqual(statuses('The house sold for 1.2 million Australian dollars ($790,000).', '2024-05-15'), ['CONSISTENT']);
  assert.deepEqual(statuses('The house sold for 1.2 million Canadian dollars ($880,000).', '2024-05-15'), ['CONSISTENT']);
  // "US$" and "A$" are written out: no other reading
  assert.deepEqual(statuses('The house sold for 1.2 million Australian dollars (US$79,000).', '2024-05-15'), ['INCONSISTENT']);
});

test('currencies the table lacked before stop 27 are priced: lei, tenge, Colombian pesos, leva (by the euro peg)', () => {
  assert.deepEqual(statuses('The contract is worth 500 million lei (about $110 million).', '2024-05-01'), ['CONSISTENT']);
  assert.deepEqual(statuses('Kazakhstan set aside 100 billion tenge ($210 million) for the repairs.', '2024-05-01'), ['CONSISTENT']);
  assert.deepEqual(statuses('The hospital received 4 billion Colombian pesos ($1 million).', '2024-05-01'), ['CONSISTENT']);
  // the lev is held at 1.95583 to the euro: its row is the euro's times the peg
  assert.ok(Math.abs(perUsd('BGN', 2023)! - 1.95583 * perUsd('EUR', 2023)!) < 0.002);
  // a figure far from the rate is now a contradiction, not a missing rate (and a year the tenge floated stays blank)
  assert.deepEqual(statuses('Kazakhstan set aside 100 billion tenge ($900 million) for the repairs.', '2024-05-01'), ['INCONSISTENT']);
  assert.equal(perUsd('KZT', 2015), undefined);
});
