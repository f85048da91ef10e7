// Counts whose modifiers carry a model name ("three C-130 aircraft") or a long proper name, and currency letters
// that are other abbreviations too, read as money when a thousands separator or a bracketed equivalent follows.
// Sentences invented for the tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.value, q.unit]);

test('a model figure inside the modifiers of a count goes on the phrase', () => {
  assert.deepEqual(find('The navy sent three C-130 aircraft to the island.'), [['three C-130 aircraft', 3, 'aircraft']]);
  assert.deepEqual(find('Regulators grounded 171 Boeing 737 Max 9 jets on Friday.'), [['171 Boeing 737 Max 9 jets', 171, 'jet']]);
  assert.deepEqual(find('The army lost 12 Leopard 2 tanks.'), [['12 Leopard 2 tanks', 12, 'tank']]);
  // a month and its year are no model name
  assert.equal(find('The 3 March 2024 meetings were held in Lima.').some((x) => x[1] === 3 && x[2] === 'meeting'), false);
  // two counts side by side stay two
  assert.deepEqual(find('He scored 3 goals in 2 matches.'), [['3 goals', 3, 'goal'], ['2 matches', 2, 'match']]);
});

test('the words of a proper name count as one modifier before the counted noun', () => {
  assert.deepEqual(find('Sunak said four Royal Air Force Typhoon jets took part.'), [['four Royal Air Force Typhoon jets', 4, 'jet']]);
  // lower-case modifiers keep their limit of three
  assert.deepEqual(find('She bought two very old red wooden chairs.').map((x) => x[2]).includes('chair'), false);
});

test('rand, naira and Gulf letters before a bare figure: with a thousands separator or a bracketed equivalent', () => {
  assert.deepEqual(find('Workers want a wage of R12,500 (about $1,500), three times the R4,000 they earn.').filter((x) => x[2] === 'ZAR'),
    [['R12,500', 12500, 'ZAR'], ['R4,000', 4000, 'ZAR']]);
  assert.deepEqual(find('The shares were priced at SR32 ($8.53) each.'), [['SR32', 32, 'SAR'], ['$8.53', 8.53, 'USD']]);
  assert.deepEqual(find('Prices in Lagos reached N1,500 per bag.').map((x) => x[2]), ['NGN']);
  // a road, a mask or a jet keeps its name
  assert.deepEqual(find('The R12 highway and the N95 masks were shown.'), []);
  assert.deepEqual(find('He flew the SR71 (a jet) over the base.'), []);
});
