// Bare figures whose unit is told elsewhere: a figure compared with the measure before it ("fell to 4.9% from 5.1"),
// a figure repeating a count with its value ("their 24 colleagues … The 24 were"), a clause about "the number of X",
// and "N in YEAR", which is no ratio. Sentences invented for the tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.value, q.unit]);

test('a bare figure compared with a percentage, money or a measure just before takes its unit', () => {
  assert.deepEqual(find('Unemployment fell to 4.9 percent from 5.1 in March.'), [['4.9 percent', 4.9, '%'], ['5.1', 5.1, '%']]);
  assert.deepEqual(find('Inflation was 3.2% in May, compared with 2.9 a year ago.'), [['3.2%', 3.2, '%'], ['2.9', 2.9, '%']]);
  assert.deepEqual(find('Profit per share was 2.04 dollars against 2.13 last year.'), [['2.04 dollars', 2.04, 'USD'], ['2.13', 2.13, 'USD']]);
  assert.deepEqual(find('Sales rose to $1.83 billion, up from 1.74 billion.'), [['$1.83 billion', 1830000000, 'USD'], ['1.74 billion', 1740000000, 'USD']]);
  // not a figure of another size ("12% to 300 from 250" compares counts, not percentages)
  assert.deepEqual(find('Sales rose 12% to 300 from 250.'), [['12%', 12, '%']]);
  // not without a comparison: "from" with no verb of change, a figure after another word
  assert.deepEqual(find('The tax is 4.9 percent from 2026 onwards for 30 of them.').map((x) => x[0]), ['4.9 percent']);
  // not a figure in the next sentence
  assert.deepEqual(find('Inflation was 3.2% in May. Compared with 2.9 a year ago, it rose.').map((x) => x[0]), ['3.2%']);
});

test('"the 24", "all 400": a bare figure after a determiner repeats a count of the same value told before', () => {
  assert.deepEqual(find('Police arrested 24 students on Monday. The 24, including seven women, were questioned.'),
    [['24 students', 24, 'person'], ['24', 24, 'person'], ['seven women', 7, 'person']]);
  assert.deepEqual(find('The storm destroyed 400 homes. All 400 were in the coastal district.'), [['400 homes', 400, 'home'], ['400', 400, 'home']]);
  // another value, no determiner, or a name after the figure: nothing is carried
  assert.deepEqual(find('The storm destroyed 400 homes. The 300 were in the coastal district.').map((x) => x[0]), ['400 homes']);
  assert.deepEqual(find('The storm destroyed 400 homes. The 400 Club met on Friday.').map((x) => x[0]), ['400 homes']);
  assert.deepEqual(find('India won five Tests. The five-Test series ended.').map((x) => x[0]), ['five Tests']);
  assert.deepEqual(find('He cited four loopholes. The four “loopholes” are old.').map((x) => x[0]), ['four loopholes']);
  // one is never carried
  assert.deepEqual(find('The storm destroyed one home. The one on the hill was spared.').map((x) => x[0]), ['one home']);
});

test('"the number of X" names what a bare figure of its clause counts', () => {
  assert.deepEqual(find('The number of Syrians in camps rose to 139,200.'), [['139,200', 139200, 'person']]);
  assert.deepEqual(find('The number of refugee camps hit a peak of 40.'), [['40', 40, 'camp']]);
  assert.deepEqual(find('Belgium was the latest, bringing to 58 the number of countries that have ended it.'), [['58', 58, 'country']]);
  // a figure with a noun of its own keeps it; a singular after "number of" names nothing
  assert.deepEqual(find('The number of schools fell by 40 classrooms.'), [['40 classrooms', 40, 'classroom']]);
  assert.deepEqual(find('The number of the bus was 40.'), []);
});

test('"N in YEAR" is a figure and a year, not a ratio ("1 in 4" still is one)', () => {
  assert.deepEqual(find('The number of refugees hit a peak of 139,200 in 1992.'), [['139,200', 139200, 'person']]);
  assert.deepEqual(find('About 1 in 4 residents left.'), [['About 1 in 4', 25, '%']]);
  assert.deepEqual(find('The death toll stood at 12 in 2023.'), [['12', 12, 'person']]);
  assert.deepEqual(find('Eight of 10 voters agreed.').map((x) => x[0]), ['10 voters']);
});

test('a plural subject reaches its figure past a bound, a short phrase of place or time, "past" and "by"', () => {
  assert.deepEqual(find('The group said its members numbered about 3,000.'), [['about 3,000', 3000, 'person']]);
  assert.deepEqual(find('Cases in the region rose to 4,000, officials said.'), [['4,000', 4000, 'case']]);
  assert.deepEqual(find('Arrests this year total 45.'), [['45', 45, 'arrest']]);
  // ("past" is a bound from below, as "passed" is)
  assert.deepEqual(find('Cases have climbed past 5,000.'), [['past 5,000', 5000, 'case']]);
  assert.deepEqual(find('Applications fell by 40 from last year.'), [['40', 40, 'application']]);
  // measures stay bare; "by" and "past" only after a verb of change
  assert.deepEqual(find('Prices in the region rose to 4,000.'), []);
  assert.deepEqual(find('Shares fell by 40.'), []);
  assert.deepEqual(find('Applications went past 40 desks.').map((x) => x[2]), ['desk']);
});

test('a figure after a colon that a plural count noun labels counts that noun', () => {
  assert.deepEqual(find('Confirmed cases: 1,234.'), [['1,234', 1234, 'case']]);
  assert.deepEqual(find('Prices: 40.'), []);
  assert.deepEqual(find('Result: 40.'), []);
});

test('a bare figure that ends its clause after a counting verb counts the count told just before', () => {
  assert.deepEqual(find('The army has 500 tanks. Rebels destroyed 40.'), [['500 tanks', 500, 'tank'], ['40', 40, 'tank']]);
  assert.deepEqual(find('The ministry reported 300 cases on Monday. On Tuesday it recorded 250.').map((x) => x[2]), ['case', 'case']);
  // the figure runs on into other words, or the count is two sentences back: nothing is carried
  assert.deepEqual(find('The army has 500 tanks. Rebels destroyed 40 of its trucks.').map((x) => x[2]), ['tank', 'truck']);
  assert.deepEqual(find('The army has 500 tanks. It was cold. Rebels destroyed 40.').map((x) => x[0]), ['500 tanks']);
  assert.deepEqual(find('The members exceeded 600,000 last year.'), [['exceeded 600,000', 600000, 'person']]);
});

test('"up from N" in the sentence after a count counts it, unless a figure comes first', () => {
  assert.deepEqual(find('The ministry counted 3,400 cases. That is up from 2,100 a week earlier.').map((x) => x[2]), ['case', 'case']);
  assert.deepEqual(find('The ministry counted 3,400 cases. Prices rose 5%, up from 2 a week earlier.').map((x) => x[0]), ['3,400 cases', '5%', '2']);
  assert.deepEqual(find('The ministry counted 3,400 cases. It was cold. That is up from 2,100.').map((x) => x[0]), ['3,400 cases']);
});

test('an item of a breakdown by place takes the unit of the measure before it', () => {
  assert.deepEqual(find('Rainfall reached 414mm in Al-Bayda and 150 in Benghazi.'), [['414mm', 414, 'mm'], ['150', 150, 'mm']]);
  assert.deepEqual(find('Unemployment was 5% in Spain and 3.2 in Germany.').map((x) => x[2]), ['%', '%']);
  // a scaled amount of money does not lend its unit to an unscaled item
  assert.deepEqual(find('Spending was $5bn in France and 3 in Germany.').map((x) => x[0]), ['$5bn']);
});
