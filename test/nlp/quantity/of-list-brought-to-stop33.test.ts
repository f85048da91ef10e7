// Stop 33: a bare figure that counts the noun of an earlier count in its sentence — an item of a list of "N NOUNs of X"
// ("three counts of fraud, three of money laundering and two of abuse of power"), a running total after a verb of
// bringing ("bought 200 coins, bringing its holdings to 400") — and a time word glued onward by a hyphen as a modifier
// ("three second-hand submarines"). Sentences invented for the tests; the e2e case goes through bin/newsgraph.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';
import { runCli } from '../../helpers/cli.js';

const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.value, q.unit]);

test('items of a list of "N NOUNs of X" count the list\'s noun', () => {
  assert.deepEqual(find('He was convicted of three counts of fraud, three of money laundering and two of abuse of power.'),
    [['three counts', 3, 'count'], ['three', 3, 'count'], ['two', 2, 'count']]);
  assert.deepEqual(find('She faces 12 counts of theft and 4 of forgery.'), [['12 counts', 12, 'count'], ['4', 4, 'count']]);
});

test('"N of …" after a count is no list item when it is a part, an anaphor or a share', () => {
  // "two of them": the anaphor rule, as before
  assert.deepEqual(find('They seized 30 guns, and two of them were stolen.'), [['30 guns', 30, 'gun'], ['two', 2, 'gun']]);
  // "3 of 10 judges": a share of another noun, not an item of the counts
  assert.deepEqual(find('He faces 12 counts of fraud and 3 of 10 judges agreed.'), [['12 counts', 12, 'count'], ['10 judges', 10, 'judge']]);
  // the count before is not followed by "of": no list of kinds
  assert.deepEqual(find('Police arrested 12 suspects, and two of fraud were charged.'), [['12 suspects', 12, 'person']]);
  // a capitalised word after "of": a name, no kind
  assert.deepEqual(find('It won 12 awards of merit and two of Britain.'), [['12 awards', 12, 'award']]);
});

test('a running total after a verb of bringing counts the earlier count\'s noun', () => {
  assert.deepEqual(find('The state bought another 200 coins, bringing its holdings to 400.'), [['200 coins', 200, 'coin'], ['400', 400, 'coin']]);
  assert.deepEqual(find('The firm opened 12 new stores this year, taking its total to 150.'), [['12 new stores', 12, 'store'], ['150', 150, 'store']]);
  assert.deepEqual(find('The club signed five players, lifting its squad to about 30.').map((q) => q.slice(1)), [[5, 'person'], [30, 'person']]);
});

test('no running total: a measure noun, a smaller figure, no count before, a comma in between', () => {
  assert.deepEqual(find('The firm sold 20 cars, pushing its revenue to 400.'), [['20 cars', 20, 'car']]);
  assert.deepEqual(find('The firm sold 20 cars, bringing its price to 400.'), [['20 cars', 20, 'car']]);
  // smaller than the count: no total of it
  assert.deepEqual(find('The firm sold 200 cars, bringing its network to 40.'), [['200 cars', 200, 'car']]);
  // no count earlier in the sentence
  assert.deepEqual(find('The deal brings its holdings to 400.'), []);
  // a comma between the verb and "to"
  assert.deepEqual(find('It bought 200 coins and took, in all, to 400.'), [['200 coins', 200, 'coin']]);
});

test('a time word glued onward by a hyphen is a modifier of the counted noun', () => {
  assert.deepEqual(find('Australia will buy at least three second-hand submarines.'), [['at least three second-hand submarines', 3, 'submarine']]);
  // an age or a length stays out of the count ("year-old", "hour-long")
  assert.deepEqual(find('A 6 year-old boy died.'), [['6 year-old', 6, 'year']]);
  // (a plural noun after the age or length: the number counts it — review 1, finding 8)
  assert.deepEqual(find('Two hour-long meetings were held.').map((q) => q.slice(1)), [[2, 'meeting']]);
  // a time word with no hyphen after it is still no noun
  assert.deepEqual(find('It lasted three seconds.'), []);
});

test('e2e: bin/newsgraph reports the list items and the running total with the earlier count\'s unit', () => {
  const r = runCli(['analyze', '-', '--json', '--published', '2024-05-01'],
    'He was convicted of three counts of fraud and two of bribery. The state bought 200 coins, bringing its holdings to 400.\n');
  assert.equal(r.code, 0, r.stderr);
  const qs = (JSON.parse(r.stdout) as { quantities: { text: string; value: number; unit: string }[] }).quantities.map((q) => [q.text, q.value, q.unit]);
  assert.deepEqual(qs, [['three counts', 3, 'count'], ['two', 2, 'count'], ['200 coins', 200, 'coin'], ['400', 400, 'coin']]);
});
