// Review 1 of stop 33's running totals: a figure after "bringing the death toll to" counts people even when the
// count before it is of other things, and a running total names its own total noun or the counted noun's head; list
// items after "of" are kinds, not figures. Sentences invented for the tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.value, q.unit]);

test('a sentence naming people keeps the person reading over a running total of another count', () => {
  assert.deepEqual(find('The quake destroyed 30 homes, bringing the death toll to 45.'), [['30 homes', 30, 'home'], ['45', 45, 'person']]);
  assert.deepEqual(find('The storm flattened 200 houses, raising the toll to 310.'), [['200 houses', 200, 'house'], ['310', 310, 'person']]);
  // negative: no people in the sentence, the running total stays
  assert.deepEqual(find('The state bought another 200 coins, bringing its holdings to 400.'), [['200 coins', 200, 'coin'], ['400', 400, 'coin']]);
});

test('a running total needs a total noun or the counted noun itself before "to"', () => {
  assert.deepEqual(find('The firm opened 12 stores, bringing the number of stores to 150.'), [['12 stores', 12, 'store'], ['150', 150, 'store']]);
  assert.deepEqual(find('The mint sold 30 coins, taking its tally to 90.'), [['30 coins', 30, 'coin'], ['90', 90, 'coin']]);
  // negatives: a collection of other things, a pronoun, a measure, a noun of a kind of its own
  assert.deepEqual(find('The airline added 5 routes, taking the fleet to 60.'), [['5 routes', 5, 'route']]);
  assert.deepEqual(find('The team won 3 matches, taking them to 12 in the standings.'), [['3 matches', 3, 'match']]);
  assert.deepEqual(find('The firm sold 20 cars, pushing its revenue to 400.'), [['20 cars', 20, 'car']]);
  assert.deepEqual(find('The firm opened 12 new stores this year, taking its network to 150.'), [['12 new stores', 12, 'store']]);
});

test('the of-list and time-glue word lists are data (data/lexicon), read as word sets', async () => {
  const { readWordSet } = await import('../../../src/core/word-lists.js');
  assert.ok(readWordSet('quantity-of-list-not-kinds.txt').has('them'));
  assert.ok(readWordSet('quantity-time-glue-stops.txt').has('old'));
  // the behaviour they carry is unchanged
  assert.deepEqual(find('They seized 30 guns, and two of them were stolen.'), [['30 guns', 30, 'gun'], ['two', 2, 'gun']]);
  assert.deepEqual(find('A 6 year-old boy died.'), [['6 year-old', 6, 'year']]);
});

test('"N of" a spelled-out number or a quantifier is a share, no list item', () => {
  assert.deepEqual(find('He was charged with 12 counts of fraud, and three of seven judges agreed.'),
    [['12 counts', 12, 'count'], ['seven judges', 7, 'judge']]);
  const co = find('He was charged with 12 counts of fraud, and two of five co-defendants pleaded guilty.');
  assert.ok(!co.some((q) => q[2] === 'count' && q[1] !== 12), JSON.stringify(co));
  assert.ok(!find('He faced 12 counts of fraud, and two of several were dropped.').some((q) => q[0] === 'two'));
  // negative: a kind after "of" is still a list item
  assert.deepEqual(find('She faces 12 counts of theft and four of forgery.'), [['12 counts', 12, 'count'], ['four', 4, 'count']]);
});

test('an age or a length glued before a plural noun is its modifier; before a singular noun it stays an age', () => {
  assert.deepEqual(find('Two hour-long meetings were held.').map((q) => q.slice(1)), [[2, 'meeting']]);
  assert.deepEqual(find('Five decade-old cases were reopened.').map((q) => q.slice(1)), [[5, 'case']]);
  // negatives
  assert.deepEqual(find('A 6 year-old boy died.'), [['6 year-old', 6, 'year']]);
  assert.deepEqual(find('It lasted three seconds.'), []);
});

test('a list of measures is no list of counts: its bare item is not given a count unit', () => {
  // (pinned: the of-list reads counts only; "20 of flour" is neither 20 tonnes nor a count)
  assert.deepEqual(find('Aid workers delivered 50 tonnes of rice and 20 of flour.').map((q) => q[0]), ['50 tonnes']);
});
