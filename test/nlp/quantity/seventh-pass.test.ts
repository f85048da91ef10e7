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
