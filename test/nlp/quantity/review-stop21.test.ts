import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity, Quantity } from '../../../src/core/types.js';
import { findQuantities } from '../../../src/nlp/quantity/index.js';
import { currencyByCountry } from '../../../src/nlp/quantity/currency-country.js';

// Review findings of stop 21 on the quantity stage, each with a case that must still hold. Sentences written for these tests.

const place = (name: string, country: string, n = 1): Entity => ({
  id: `e-${name}`, name, type: 'GPE', geo: { lat: 0, lon: 0, country }, mentions: Array.from({ length: n }, () => ({ start: 0, end: 1, text: name })),
} as Entity);
const coded = (text: string, entities: Entity[]): string[] => {
  const qs: Quantity[] = findQuantities({ text, sentences: [], times: [] });
  currencyByCountry(qs, entities);
  return qs.map((q) => q.unit);
};
const money = (text: string) => findQuantities({ text, sentences: [], times: [] }).filter((q) => /^[A-Z]{3}$/.test(q.unit)).map((q) => [q.text, q.value, q.unit]);

test('FCFA and CFA francs are the West or the Central African franc by the country the report names', () => {
  assert.deepEqual(coded('The government allocated 2 billion FCFA to the programme.', [place('Yaounde', 'CM', 2)]), ['XAF']);
  assert.deepEqual(coded('Chad announced FCFA 3 billion for flood relief.', [place('Chad', 'TD')]), ['XAF']);
  assert.deepEqual(coded('The project will cost 5 billion CFA francs.', [place('Gabon', 'GA')]), ['XAF']);
  assert.deepEqual(coded('The project will cost 5 billion CFA francs.', [place('Dakar', 'SN')]), ['XOF']);
  assert.deepEqual(coded('The project will cost 5 billion FCFA.', [place('Abidjan', 'CI'), place('Douala', 'CM', 3)]), ['XAF']);
  // none of the zone's countries named: the default stays; a written zone keeps its own code
  assert.deepEqual(coded('The fund holds 4 billion CFA francs.', [place('Paris', 'FR')]), ['XOF']);
  assert.deepEqual(coded('Cameroon will spend 10 billion West African CFA francs.', [place('Cameroon', 'CM')]), ['XOF']);
  assert.deepEqual(coded('Senegal will spend 10 billion Central African CFA francs.', [place('Senegal', 'SN')]), ['XAF']);
});

test('"SR32 a share": a bare integer after currency letters that are also model names is a price when it is "a"/"per" something', () => {
  assert.deepEqual(money('Shares of Saudi Aramco closed at SR32 a share on Sunday.'), [['SR32', 32, 'SAR']]);
  assert.deepEqual(money('Fuel now costs QR2 per litre in Doha.'), [['QR2', 2, 'QAR']]);
  assert.deepEqual(money('Tomatoes sell for LE40 a kilo in Cairo.'), [['LE40', 40, 'EGP']]);
  // a model or grade name stays no money
  assert.deepEqual(money('The SR71 flew at Mach 3.'), []);
  assert.deepEqual(money('The SR71 a plane flew over the base.'), []);
  assert.deepEqual(money('Pupils who passed QR5 a year early were praised.'), [] as unknown[]);
});
