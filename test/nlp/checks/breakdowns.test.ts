import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../../src/nlp/checks/index.js';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

// Fifth pass on COUNT: totals spread over places, parts in apposition after a total, lists opened by a dash or a
// bracket, percentages of one breakdown, "N of the M". Sentences written for these tests.

const counts = (text: string) => {
  const quantities = findQuantities({ text, sentences: [], times: [] });
  return runChecks({ text, sentences: [], quantities, times: [], entities: [] }).filter((c) => c.kind === 'COUNT');
};
const statuses = (text: string) => counts(text).map((c) => c.status);

test('COUNT: a total of people spread over places ("Twelve people died: seven in Derna and five in Benghazi")', () => {
  assert.deepEqual(statuses('Twelve people died: seven in Derna and five in Benghazi.'), ['CONSISTENT']);
  assert.deepEqual(statuses('Twelve people died: seven in Derna and six in Benghazi.'), ['INCONSISTENT']);
  assert.deepEqual(statuses('Seven people were killed - four in Kharkiv and three in Odesa.'), ['CONSISTENT']);
  assert.deepEqual(statuses('At least 12 people died, seven in Derna, two in Sousse and five in Benghazi.'), ['CONSISTENT']);
  const c = counts('Twelve people died: seven in Derna and five in Benghazi.')[0]!;
  assert.match(c.detail, /7 \+ 5 = 12/);
  assert.equal(c.refs.length, 3);
});

test('COUNT: no place breakdown when the figure is itself one of the items, or the numbers are not per place', () => {
  assert.deepEqual(statuses('The UN put the number of displaced at about 3,000 in Albayda, 2,085 in Benghazi and 1,000 in Almkheley.'), []);
  assert.deepEqual(statuses('Twelve people died on Monday and five in Benghazi on Tuesday.'), []);
});

test('COUNT: parts of people in apposition right after the total', () => {
  assert.deepEqual(statuses('The attack killed 25 people, 20 soldiers and five civilians.'), ['CONSISTENT']);
  assert.deepEqual(statuses('The attack killed 25 people, 22 soldiers and five civilians.'), ['INCONSISTENT']);
  // one figure inside the total ("20 of them") is not a sum, only a part no larger than it; a later clause is not part of the apposition
  assert.deepEqual(statuses('The attack killed 25 people, 20 of them soldiers.'), ['CONSISTENT']);
  assert.deepEqual(statuses('Seven people were killed and 40 injured on Tuesday.'), []);
});

test('COUNT: a list after a count opened by a dash or a bracket; a person count against names in apposition', () => {
  assert.deepEqual(statuses('The three countries — France, Germany and Italy — signed the deal.'), ['CONSISTENT']);
  assert.deepEqual(statuses('The three countries — France, Germany, Spain and Italy — signed the deal.'), ['INCONSISTENT']);
  assert.deepEqual(statuses('The three countries (France, Germany and Italy) signed the deal.'), ['CONSISTENT']);
  assert.deepEqual(statuses('The two leaders, Biden and Xi, met on Friday.'), ['CONSISTENT']);
  assert.deepEqual(statuses('The 3 countries signed a deal with France, Germany and Italy.'), []);
});

test('COUNT: percentages of one breakdown add up to about 100', () => {
  assert.deepEqual(statuses('The poll found 52% backed the plan, 45% opposed it and 3% were undecided.'), ['CONSISTENT']);
  assert.deepEqual(statuses('The poll found 52% backed the plan, 46% opposed it and 3% were undecided.'), ['CONSISTENT']);
  assert.deepEqual(statuses('The poll found 62% backed the plan, 45% opposed it and 3% were undecided.'), ['INCONSISTENT']);
  // unrelated percentages, or changes, are not a breakdown
  assert.deepEqual(statuses('Inflation was 3%, unemployment 5% and growth 1%.'), []);
  assert.deepEqual(statuses('Shares rose 40%, profits grew by 35% and sales fell 25%.'), []);
});

test('COUNT: "N of the M" cannot take more than the whole', () => {
  assert.deepEqual(statuses('The party won 4 of the 6 seats.'), ['CONSISTENT']);
  assert.deepEqual(statuses('The party won 7 of the 6 seats.'), ['INCONSISTENT']);
  assert.deepEqual(statuses('Five of the eight suspects were released.'), ['CONSISTENT']);
  assert.deepEqual(statuses('The party won 4 seats in the 6 regions.'), []);
});

test('COUNT: shares across a clause of their own, or an earlier value, are no one breakdown', () => {
  // "while": the 10% may be of all asked, the others of those who answered
  assert.deepEqual(statuses('The poll found 40% backed the plan, 36% opposed it and 33% were undecided, while 10% skipped the question.'), []);
  // "up from 30%": the share before, not a part
  assert.deepEqual(statuses('The party won 45%, up from 30%, with 25% of seats.'), []);
  assert.deepEqual(statuses('The party won 45% of the vote, compared with 30% last time, and 25% went to the Greens.'), []);
});

