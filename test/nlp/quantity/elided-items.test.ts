// A bare figure counts what its sentence counted just before when the words around it say so: "including 50",
// "against 25", "and 4.5 million in 2023", "but only 120 are running". Sentences invented for the tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.value, q.unit]);

test('"including N", "against N", a breakdown by year or month, "but only N are"', () => {
  assert.deepEqual(find('Israel has carried out 400 strikes since Saturday, including 50 overnight.'), [['400 strikes', 400, 'strike'], ['50', 50, 'strike']]);
  assert.deepEqual(find('The agency approved 40 projects last year, against 25 the year before.'), [['40 projects', 40, 'project'], ['25', 25, 'project']]);
  assert.deepEqual(find('The firm sold 3 million phones in 2022 and 4.5 million in 2023.'), [['3 million phones', 3e6, 'phone'], ['4.5 million', 4.5e6, 'phone']]);
  assert.deepEqual(find('The firm sold 300 phones in March and 450 in April.').map((q) => q[2]), ['phone', 'phone']);
  assert.deepEqual(find('The city has 300 buses, but only 120 are running.'), [['300 buses', 300, 'bus'], ['120', 120, 'bus']]);
});

test('not without the count before in the sentence, not a year, not a figure of its own noun', () => {
  assert.deepEqual(find('The plan passed, including 50 amendments.'), [['50 amendments', 50, 'amendment']]);
  assert.deepEqual(find('Sales fell. Against 25 rivals, the firm held on.'), [['25 rivals', 25, 'rival']]);
  // a year after "including" is no count
  assert.deepEqual(find('The firm sold 300 phones in several years, including 2019.'), [['300 phones', 300, 'phone']]);
  // "only" with no clause opener before it
  assert.deepEqual(find('The city has 300 buses. The mayor said only 120 worked.').map((q) => q[0]), ['300 buses']);
});

test('a breakdown by a period told relative to now or by weekday: "and 7,000 this year", "and 25 a year earlier"', () => {
  assert.deepEqual(find('The company sold 5,000 cars last year and 7,000 this year.'), [['5,000 cars', 5000, 'car'], ['7,000', 7000, 'car']]);
  assert.deepEqual(find('Police seized 40 weapons in March, and 25 a year earlier.').map((q) => q[2]), ['weapon', 'weapon']);
  assert.deepEqual(find('The clinic treated 120 patients this week and 90 the previous week.').map((q) => q[2]), ['person', 'person']);
  assert.deepEqual(find('There were 300 cases on Monday and 250 on Tuesday.').map((q) => q[2]), ['case', 'case']);
  // no count before in the sentence, or a period word that is no time phrase: nothing carried
  assert.deepEqual(find('He was 12 last year and 13 this year.'), []);
  assert.deepEqual(find('The firm sold 300 phones and 12 a year.').map((q) => q[0]), ['300 phones']);
});

test('a bare figure after a verb of change and "to", ending its clause, counts what was counted just before', () => {
  assert.deepEqual(find('The Labor list came second with 25 seats. The VVD slumped to 24, and the new party won 20.').map((q) => [q[0], q[2]]),
    [['25 seats', 'seat'], ['24', 'seat'], ['20', 'seat']]);
  assert.deepEqual(find('The chain had 300 stores in 2020, but the number fell to 250.').map((q) => q[2]), ['store', 'store']);
  // a figure the clause goes on past, a move, or no count just before: nothing carried
  assert.deepEqual(find('The firm sold 3,000 cars. Its rank fell to 24 on the list.').map((q) => q[0]), ['3,000 cars']);
  assert.deepEqual(find('The firm had 300 stores. Its office moved to 40.').map((q) => q[0]), ['300 stores']);
  assert.deepEqual(find('The chain had 300 stores. Two years later, its shares fell to 24.').map((q) => q[0]), ['300 stores']);
});

test('a bare figure after a measure, as an item of a breakdown by time, takes the measure\'s unit: "$5 billion in 2022 and 7 billion in 2023"', () => {
  assert.deepEqual(find('The government spent $5 billion in 2022 and 7 billion in 2023.'), [['$5 billion', 5e9, 'USD'], ['7 billion', 7e9, 'USD']]);
  assert.deepEqual(find('The plant emitted 300 tonnes in 2022 and 250 in 2023.').map((q) => q[2]), ['t', 't']);
  // a figure far from the measure's size, or with no time phrase after it, is something else
  assert.deepEqual(find('The firm paid $5 million in fines and 7 in 2023 were jailed.').map((q) => q[0]), ['$5 million']);
});
