import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.value, q.unit, q.bound ?? null]);

test('the size of a crowd or a turnout given as a bare figure counts people', () => {
  assert.deepEqual(find('Officials estimated the crowd at 250 to 290.'), [['250', 250, 'person', 'AT_LEAST'], ['290', 290, 'person', 'AT_MOST']]);
  assert.deepEqual(find('The crowd numbered 2,500.'), [['2,500', 2500, 'person', null]]);
  assert.deepEqual(find('Organisers put turnout at 40,000.'), [['40,000', 40000, 'person', null]]);
  // no gathering word: a bare figure stays unreported
  assert.deepEqual(find('Officials estimated the total at 250 to 290.'), []);
  assert.deepEqual(find('Protesters blocked Route 9 for hours.'), []);
});

test('the total or the other side of a tally right after a count shares its unit', () => {
  assert.deepEqual(find('He got 2,310 votes out of 4,000.'), [['2,310 votes', 2310, 'vote', null], ['4,000', 4000, 'vote', null]]);
  assert.deepEqual(find('The bill passed by 220 votes to 212.'), [['220 votes', 220, 'vote', null], ['212', 212, 'vote', null]]);
  assert.deepEqual(find('Inspectors cleared 12 trucks of 40.').map((q) => q[2]), ['truck', 'truck']);
  // a number after "to" that is not next to the count stays bare
  assert.deepEqual(find('He won 20 votes and turned to 212.'), [['20 votes', 20, 'vote', null]]);
  // money and percentages are not counts: "rose 5% to 212" leaves 212 alone
  assert.deepEqual(find('Shares rose 5% to 212.'), [['5%', 5, '%', null]]);
});

test('a bare number before "more" counts what the sentence counted last; a share or a sum of money does not lend its unit', () => {
  assert.deepEqual(find('The outage grounded 3,000 flights and delayed 10,000 more.'), [['3,000 flights', 3000, 'flight', null], ['10,000', 10000, 'flight', null]]);
  assert.deepEqual(find('Prices rose 5% and could rise 2 more.'), [['5%', 5, '%', null]]);
  // nothing counted before in the sentence: no unit to borrow
  assert.deepEqual(find('Officials expect 10,000 more.'), []);
});

test('storage, bandwidth, radioactivity and dose are measured units with a base-unit value', () => {
  const si = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.unit, q.si?.unit, q.si?.value]);
  assert.deepEqual(si('The phone has 128GB of storage.'), [['GB', 'B', 128e9]]);
  assert.deepEqual(si('Tritium stayed below 1,500 becquerels per litre.'), [['Bq/L', 'Bq/m3', 1.5e6]]);
  assert.deepEqual(si('Workers may receive 20 millisieverts a year.'), [['mSv', 'Sv', 0.02]]);
  assert.deepEqual(si('The link runs at 1 Gbps on 3.5 GHz.'), [['Gbit/s', 'bit/s', 1e9], ['GHz', 'Hz', 3.5e9]]);
  // "GB" as a country code before a noun is no unit; "mb" needs to touch the digits
  // ("golds" are medals, stop 24: data/lexicon/quantity-stand-ins.tsv)
  assert.deepEqual(si('The GB team won 3 golds.').map((r) => r[0]), ['medal']);
  assert.deepEqual(si('He scored 4 mb in the end.'), []);
});
