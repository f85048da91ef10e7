import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';
import { currencyNames } from '../../../src/nlp/quantity/currency-names.js';
import { CURRENCY_ADJECTIVES, CURRENCY_SYMBOLS, CURRENCY_WORDS } from '../../../src/nlp/quantity/lexicon.js';
import { readDataRows } from '../../../src/core/data-rows.js';
import { projectRoot } from '../../../src/core/shared.js';
import { join } from 'node:path';
import { coded, place } from '../../helpers/currency.js';

// The complete currency lexicon of data/lexicon/currency-names.tsv and currency-signs.tsv. Invented sentences.
const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.value, q.unit]);
const units = (text: string) => find(text).map((q) => q[2]);

test('currencyNames: bare, scaled and adjective tables from rows; the first row naming a form keeps it', () => {
  const t = currencyNames([
    ['AAA', 'foo,bar', 'zit,zits', 'zits', '-', '-'],
    ['BBB', 'baz', 'zit,zits', 'zits', 'zot', 'old zits,Zits Nouveaux'],
    ['bad', 'x', 'y', 'y', '-', '-'],
  ]);
  assert.deepEqual(t.bare, { zits: 'AAA' });
  assert.deepEqual(t.scaled, { zot: 'BBB' });
  assert.equal(t.phrases['foo zit'], 'AAA');
  assert.equal(t.phrases['bar zits'], 'AAA');
  assert.equal(t.phrases['baz zits'], 'BBB');
  assert.equal(t.phrases['zits nouveaux'], 'BBB');
  assert.equal(t.phrases['x y'], undefined);
});

test('every ISO 4217 currency of the code table has a name in currency-names.tsv', () => {
  const named = new Set(readDataRows(join(projectRoot, 'data', 'lexicon', 'currency-names.tsv')).map((r) => r[0]));
  const codes = readDataRows(join(projectRoot, 'data', 'lexicon', 'currency-iso4217.tsv')).map((r) => r[0]!).filter((c) => /^[A-Z]{3}$/.test(c) && c !== 'RMB');
  assert.deepEqual(codes.filter((c) => !named.has(c)), []);
  // a bare name belongs to one currency only; the table keeps the earlier tables' defaults
  assert.equal(CURRENCY_WORDS.dollars, 'USD');
  assert.equal(CURRENCY_WORDS.dinars, 'IQD');
  assert.equal(CURRENCY_WORDS.pesos, 'MXN');
  assert.equal(CURRENCY_ADJECTIVES['libyan dinars'], 'LYD');
});

test('currencies named alone after a figure: the lek, the denar, the ouguiya, the dobra, the escudo', () => {
  assert.deepEqual(find('The fine was 500,000 leke.'), [['500,000 leke', 500000, 'ALL']]);
  assert.deepEqual(units('Pensions rose to 12,000 lekë a month.'), ['ALL']);
  assert.deepEqual(find('The ministry spent 3 billion denars on roads.'), [['3 billion denars', 3e9, 'MKD']]);
  assert.deepEqual(units('The tender was worth 2 million ouguiyas.'), ['MRU']);
  assert.deepEqual(units('A loaf costs 25 dobras.'), ['STN']);
});

test('an adjective fixes the currency: Albanian, Macedonian, Bhutanese, Cuban convertible, bolívares fuertes', () => {
  assert.deepEqual(units('They paid 40 million Albanian leks.'), ['ALL']);
  assert.deepEqual(units('It cost 800 million Macedonian denars.'), ['MKD']);
  assert.deepEqual(units('The plant earned 2.5 billion Bhutanese ngultrum.'), ['BTN']);
  assert.deepEqual(units('Salaries were paid in 30 million convertible pesos.'), ['CUC']);
  assert.deepEqual(units('Prices reached 5 million bolívares fuertes.'), ['VEF']);
  assert.deepEqual(units('The bill was 300 Uruguayan pesos.'), ['UYU']);
});

test('a name that is also a word is a currency only after a scaled figure, written lower-case', () => {
  assert.deepEqual(find('The dam cost 5 billion kip.'), [['5 billion kip', 5e9, 'LAK']]);
  assert.deepEqual(units('Exports reached 12.1 trillion won.'), ['KRW']);
  assert.deepEqual(units('The clinic raised 2 million drams.'), ['AMD']);
  assert.deepEqual(units('The grant was 3 million kina.'), ['PGK']);
  // not money: a verb, a measure, a name
  assert.equal(units('In the final, Kenya won 2 of 3 sets.').includes('KRW'), false);
  assert.equal(units('He drank three drams of whisky.').includes('AMD'), false);
  assert.equal(units('He poured 2 drams into the glass.').includes('AMD'), false);
  assert.equal(units('Tickets for 40 Kina fans were sold.').includes('PGK'), false);
  // an English word stays a word alone: "real", "mark", "sol"
  assert.equal(units('It was 5 real problems.').includes('BRL'), false);
  assert.equal(units('They hit the 5 mark on Monday.').includes('DEM'), false);
});

test('currency signs: the tögrög, the guaraní, the colón, country dollar signs, the sol, signs after the figure', () => {
  assert.equal(CURRENCY_SYMBOLS['₮'], 'MNT');
  assert.deepEqual(units('The mine paid ₮5 billion in tax.'), ['MNT']);
  assert.deepEqual(units('A bus ticket costs ₲2,300.'), ['PYG']);
  assert.deepEqual(units('Fuel rose to ₡700 a litre.'), ['CRC']);
  assert.deepEqual(find('The ministry lent RD$500 million.'), [['RD$500 million', 5e8, 'DOP']]);
  assert.deepEqual(units('The budget was TT$55 billion.'), ['TTD']);
  assert.deepEqual(units('The fine was L$50,000.'), ['LRD']);
  assert.deepEqual(units('Rent is S/ 1,200 a month.'), ['PEN']);
  assert.deepEqual(units('The flat costs 450,000 zł.'), ['PLN']);
  assert.deepEqual(units('A beer is 55 Kč there.'), ['CZK']);
});

test('letters of the bolívar, the ngultrum, the kwacha and CFA francs only before a marked figure', () => {
  assert.deepEqual(find('The budget was Nu 2.5 billion.'), [['Nu 2.5 billion', 2.5e9, 'BTN']]);
  assert.deepEqual(units('Wages rose to Bs 5 million.'), ['VES']);
  assert.deepEqual(units('The loan was MK5 billion.'), ['MWK']);
  assert.deepEqual(units('Farmers got CFA 500,000 each.'), ['XOF']);
  // a bare integer after the letters is a name or a grade
  assert.equal(units('The MK 2 rifle was shown.').includes('MWK'), false);
  assert.equal(units('Nu 5 is a song.').includes('BTN'), false);
  assert.equal(units('The CFA 2 exam is hard.').includes('XOF'), false);
});


test('names several currencies share (lei, manat, som, the bolívar\'s and boliviano\'s "Bs") take the report\'s country', () => {
  assert.deepEqual(coded('The cabinet approved 2 billion lei for roads.', [place('Chisinau', 'MD')]), ['MDL']);
  assert.deepEqual(coded('The cabinet approved 2 billion lei for roads.', [place('Bucharest', 'RO')]), ['RON']);
  assert.deepEqual(coded('The cabinet approved 500 million manat for gas.', [place('Ashgabat', 'TM')]), ['TMT']);
  assert.deepEqual(coded('The cabinet approved 500 million som for schools.', [place('Tashkent', 'UZ')]), ['UZS']);
  assert.deepEqual(coded('The cabinet approved Bs 2 billion for roads.', [place('La Paz', 'BO')]), ['BOB']);
  // no country of the family named: the default
  assert.deepEqual(coded('The cabinet approved 2 billion lei for roads.', [place('Paris', 'FR')]), ['RON']);
  assert.deepEqual(coded('The cabinet approved Bs 2 billion for roads.', []), ['VES']);
});
