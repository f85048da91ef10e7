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

test('a part before "of" and the figure of a larger whole counts the whole\'s noun', () => {
  assert.deepEqual(find('The party won 87 of 97 seats.'), [['87', 87, 'seat'], ['97 seats', 97, 'seat']]);
  assert.deepEqual(find('Only eight of 44 proposed changes were approved.'), [['eight', 8, 'change'], ['44 proposed changes', 44, 'change']]);
  // a part no smaller than the "whole" is no part of it, and "one in five" stays a share
  assert.deepEqual(find('He scored 90 of 45 runs.'), [['45 runs', 45, 'run']]);
  assert.deepEqual(find('One in five adults smokes.').map((x) => x[2]), ['%']);
});

test('a whole of ten or a hundred after "of" keeps the share reading', () => {
  assert.deepEqual(find('Eight of 10 voters agreed.').map((x) => x[0]), ['10 voters']);
  assert.deepEqual(find('Nine of 100 patients relapsed.').map((x) => x[0]), ['100 patients']);
});

test('"K" with a scale is the kwacha (or the kina, the kyat: the country named most decides)', () => {
  assert.deepEqual(find('The cabinet approved a loan of K1.8bn from the bank.'), [['K1.8bn', 1.8e9, 'ZMW']]);
  // a mountain or a unit's name is no amount
  assert.deepEqual(find('The K2 expedition left with K9 units.'), []);
});
