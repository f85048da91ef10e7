// Vote tallies ("voted 52-48") and currencies of Africa, Asia and Latin America by their names and signs.
// Sentences invented for the tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.value, q.unit]);

test('a tally after a word of voting or deciding counts votes on both sides, the smaller second too', () => {
  assert.deepEqual(find('The Senate voted 52-48 to confirm him.'), [['52', 52, 'vote'], ['48', 48, 'vote']]);
  assert.deepEqual(find('The bill passed by a vote of 71 to 41.'), [['71', 71, 'vote'], ['41', 41, 'vote']]);
  assert.deepEqual(find('The court ruled 6-3 in her favour.'), [['6', 6, 'vote'], ['3', 3, 'vote']]);
  assert.deepEqual(find('The motion was carried by a 60-54 margin.'), [['60', 60, 'vote'], ['54', 54, 'vote']]);
  assert.deepEqual(find('The council approved the budget 9-2.'), [['9', 9, 'vote'], ['2', 2, 'vote']]);
  assert.deepEqual(find('The Supreme Court made a 5-4 decision.').map((x) => x[2]), ['vote', 'vote']);
  // a margin outside a vote is no tally
  assert.deepEqual(find('Claims were rated false by a 3 to 1 margin.').map((x) => x[2]).includes('vote'), false);
  // sports scores and ranges are no tallies
  assert.deepEqual(find('Denmark beat Spain 15-2 on Sunday.'), []);
  assert.deepEqual(find('United won the match 3-1.'), []);
  assert.deepEqual(find('In the vote, 20 to 30 people took part.').map((x) => x[2]), ['person', 'person']);
});

test('currency words and country-named currencies', () => {
  assert.deepEqual(find('The dam cost 5 billion birr.'), [['5 billion birr', 5e9, 'ETB']]);
  assert.deepEqual(find('Fuel rose to 30,000 leones a gallon.'), [['30,000 leones', 30000, 'SLE']]);
  assert.deepEqual(find('The budget is 5 billion Kenya shillings.'), [['5 billion Kenya shillings', 5e9, 'KES']]);
  assert.deepEqual(find('Rent is 200 million Lebanese lira.'), [['200 million Lebanese lira', 2e8, 'LBP']]);
  assert.deepEqual(find('The loan of FCFA 5 billion was signed.'), [['FCFA 5 billion', 5e9, 'XOF']]);
  assert.deepEqual(find('The fund holds Frw 20 billion.'), [['Frw 20 billion', 2e10, 'RWF']]);
});

test('currency letters that are other abbreviations need the digits touching, and "R"/"N" a scale', () => {
  assert.deepEqual(find('The deal is worth SR5 billion.'), [['SR5 billion', 5e9, 'SAR']]);
  assert.deepEqual(find('Treasury sold R2 billion of bonds.'), [['R2 billion', 2e9, 'ZAR']]);
  assert.deepEqual(find('The state spent N500bn on roads.'), [['N500bn', 5e11, 'NGN']]);
  assert.deepEqual(find('Take the SR 520 bridge.'), []);
  assert.deepEqual(find('Nurses wore N95 masks.'), []);
  assert.deepEqual(find('The R2 tunnel was closed.'), []);
});

test('a hyphenated modifier counts once among the words before a counted noun', () => {
  assert.deepEqual(find('Three Israeli-made armoured personnel carriers were seen.'), [['Three Israeli-made armoured personnel carriers', 3, 'carrier']]);
  // four plain words before the noun are still too many
  assert.deepEqual(find('Three big old grey armoured carriers were seen.'), []);
});
