// Exchange rates ("the yen traded around 150.3 to the dollar": yen), "mil"/"bil" after a currency ("RM42mil"), the
// Rwandan "Rwf", cubic miles, the bounds "past" and "exceed", and singulars the suffix rules got wrong ("sorties",
// "tranches", listed in data/lexicon/quantity-plurals.tsv). Sentences invented for the tests; no date is read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';
import { currencyByCountry } from '../../../src/nlp/quantity/currency-country.js';
import type { Entity } from '../../../src/core/types.js';

const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.value, q.unit, q.bound ?? '']);

test('a figure to or per one unit of a base currency is an amount of the currency named before it', () => {
  assert.deepEqual(find('The yen traded around 148.2 to the dollar on Friday.'), [['around 148.2', 148.2, 'JPY', 'APPROX']]);
  assert.deepEqual(find('The peso slid to about 18.1 per U.S. dollar.'), [['about 18.1', 18.1, 'MXN', 'APPROX']]);
  assert.deepEqual(find('The Turkish lira fell. It was trading at 11.9 per dollar.'), [['11.9', 11.9, 'TRY', '']]);
  assert.deepEqual(find('The won fell past 1,400 to the dollar.').map((q) => q[3]), []);
  // no currency named, or no base: no rate
  assert.deepEqual(find('Shares were priced at 12.5 to the dollar.'), []);
  assert.deepEqual(find('The yen gained as the score went to 3 to the end.'), []);
});

test('a rupee rate takes the country of the report', () => {
  const qs = findQuantities({ text: 'The rupee hit nearly 190 to the dollar.', sentences: [], times: [] });
  const pk = { type: 'GPE', iso: 'PK', mentions: [{}, {}] } as unknown as Entity;
  currencyByCountry(qs, [pk]);
  assert.deepEqual(qs.map((q) => [q.value, q.unit, q.bound]), [[190, 'PKR', 'LESS_THAN']]);
});

test('"mil" and "bil" scale an amount of money only; "Rwf"; cubic miles', () => {
  assert.deepEqual(find('He was fined RM210mil (US$49.4mil).').map((q) => [q[1], q[2]]), [[210e6, 'MYR'], [49.4e6, 'USD']]);
  assert.deepEqual(find('More than US$4.5bil was stolen.'), [['More than US$4.5bil', 4.5e9, 'USD', 'MORE_THAN']]);
  assert.deepEqual(find('The film is 3 mil thick.'), []);
  assert.deepEqual(find('Tourism earns Rwf 275 billion.'), [['Rwf 275 billion', 275e9, 'RWF', '']]);
  assert.deepEqual(find('The lake holds 4.3 cubic miles of water.'), [['4.3 cubic miles', 4.3, 'mi3', '']]);
});

test('"past" and "exceed" bound from below; listed singulars', () => {
  assert.deepEqual(find('Deaths could exceed 10,000 people.'), [['exceed 10,000 people', 10000, 'person', 'MORE_THAN']]);
  assert.deepEqual(find('Jets flew more than 100 sorties.'), [['more than 100 sorties', 100, 'sortie', 'MORE_THAN']]);
  assert.deepEqual(find('Bonds were sold in 30 tranches.'), [['30 tranches', 30, 'tranche', '']]);
  assert.deepEqual(find('Officials counted 12 bodies.').map((q) => q[2]), ['person']);
  // a time of "past" stays a time
  assert.deepEqual(find('Rain fell over the past 24 hours.'), []);
});
