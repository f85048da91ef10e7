// Figures written the continental way — periods group thousands, a comma marks decimals — as copy from Jakarta, Hanoi,
// Bogotá or Brussels keeps them: "Rp 1.500 triliun" is 1,500 trillion rupiah (it was read 1.5 trillion), "€1.250.000"
// a million and a quarter (it was no figure at all), "€3,4 billion" 3.4 billion (no figure). A single period group
// stays a decimal point wherever a decimal can be meant ("$1.085", "2.205 pounds", "1.125 million"). Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findQuantities } from '../../../src/nlp/quantity/index.js';
import { periodGroupedValue } from '../../../src/nlp/quantity/number.js';

const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.value, q.unit]);

test('several period groups, or a decimal comma after one, group thousands', () => {
  assert.deepEqual(find('The fund holds €1.250.000 in cash.'), [['€1.250.000', 1250000, 'EUR']]);
  assert.deepEqual(find('Spending rose to Rp 3.061,2 triliun this year.'), [['Rp 3.061,2 triliun', 3.0612e15, 'IDR']]);
});

test('a single period group before an Indonesian scale groups thousands', () => {
  assert.deepEqual(find('The government approved a budget of Rp 1.500 triliun for next year.'), [['Rp 1.500 triliun', 1.5e15, 'IDR']]);
  // the scale's English name keeps the decimal point ("1.5 trillion" written with three places)
  assert.deepEqual(find('The firm sold 1.125 million cars.'), [['1.125 million cars', 1125000, 'car']]);
});

test('a single period group in a currency without a coin below its unit groups thousands', () => {
  assert.deepEqual(find('Each family received Rp 500.000 in cash.'), [['Rp 500.000', 500000, 'IDR']]);
  assert.deepEqual(find('A bowl of pho costs 45.000 dong.'), [['45.000 dong', 45000, 'VND']]);
  // a currency with cents keeps its decimals: exchange rates and pump prices
  assert.deepEqual(find('The euro rose to $1.085 on Friday.'), [['$1.085', 1.085, 'USD']]);
  assert.deepEqual(find('Petrol costs $3.499 a gallon.'), [['$3.499', 3.499, 'USD']]);
});

test('a single period group counting whole things groups thousands; a measure keeps its decimals', () => {
  assert.deepEqual(find('At least 3.500 people were killed in the quake.'), [['At least 3.500 people', 3500, 'person']]);
  assert.deepEqual(find('The company employs 12.000 workers.'), [['12.000 workers', 12000, 'person']]);
  assert.deepEqual(find('One kilogram is 2.205 pounds.').slice(1), [['2.205 pounds', 2.205, 'lb']]);
  assert.deepEqual(find('The index fell 1.125 points.'), [['1.125 points', 1.125, 'point']]);
});

test('a decimal comma before an English scale is a decimal point', () => {
  assert.deepEqual(find('Losses reached €3,4 billion last year.'), [['€3,4 billion', 3.4e9, 'EUR']]);
  assert.deepEqual(find('Losses reached €3,4bn last year.'), [['€3,4bn', 3.4e9, 'EUR']]);
  assert.deepEqual(find('Officials counted 1,2 million voters.'), [['1,2 million voters', 1.2e6, 'person']]);
  // a thousands comma before a scale still groups ("1,500 million"), and a list of figures is no decimal
  assert.deepEqual(find('The bank wrote off 1,500 million euros.'), [['1,500 million euros', 1.5e9, 'EUR']]);
  assert.deepEqual(find('Lanes 1,2 and 3 were closed.'), []);
});

test('periodGroupedValue: grouped figures are the integer of their digits', () => {
  fc.assert(fc.property(fc.integer({ min: 1_000_000, max: 999_999_999_999 }), (n) => {
    const grouped = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    assert.equal(periodGroupedValue(grouped), n);
  }));
  fc.assert(fc.property(fc.integer({ min: 1000, max: 999_999 }), fc.boolean(), (n, whole) => {
    const grouped = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    // one group: thousands only when told the figure counts whole things
    assert.equal(periodGroupedValue(grouped, { wholeCount: whole }), whole ? n : undefined);
  }));
  // an English decimal or a thousands comma is none of this function's
  for (const s of ['1.5', '12.25', '1,250,000', '0.500', '1.2345']) assert.equal(periodGroupedValue(s, { wholeCount: true }), undefined);
});
