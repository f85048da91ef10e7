import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TimeExpr } from '../../../src/core/types.js';
import { runChecks } from '../../../src/nlp/checks/index.js';
import { findQuantities } from '../../../src/nlp/quantity/index.js';
import { segment } from '../../../src/nlp/segment/index.js';

// Fifth pass on the checks: "N days after" counted to a stated date or, failing that, only decided against the
// report when it agrees or would fall after it; "first trip in N years" against an earlier visit told before.
// Sentences written for these tests.

const time = (text: string, sub: string, value: string, from = 0): TimeExpr => {
  const start = text.indexOf(sub, from);
  return { start, end: start + sub.length, text: sub, type: 'DATE', value };
};
function dates(text: string, anchor: string, times: TimeExpr[] = []) {
  const sentences = segment(text).sentences;
  const quantities = findQuantities({ text, sentences, times });
  return runChecks({ text, sentences, quantities, times, entities: [], anchorDate: anchor }).filter((c) => c.kind === 'DATE_ARITHMETIC').map((c) => c.status);
}

test('"N days after" a dated event: an older event than the report is no contradiction', () => {
  const text = 'The vaccine was approved 10 days after the trial ended on February 1.';
  const times = [time(text, 'February 1', '2024-02-01')];
  assert.deepEqual(dates(text, '2024-03-15', times), []);
  assert.deepEqual(dates(text, '2024-02-12', times), ['CONSISTENT']);
  // ten days after February 1 cannot be told as past on January 25… the 5th of February is too early as well
  assert.deepEqual(dates(text, '2024-02-05', times), ['INCONSISTENT']);
  // a future event may lie after the report
  const fut = 'The rules will take effect 90 days after they were signed on March 1.';
  assert.deepEqual(dates(fut, '2024-03-15', [time(fut, 'March 1', '2024-03-01')]), []);
});

test('"N days after" counted to the event\'s own date in the sentence', () => {
  const ok = 'On February 11, ten days after the trial ended on February 1, the vaccine was approved.';
  const times = (s: string, day: string) => [time(s, day, `2024-02-${day.slice(-2)}`), time(s, 'February 1,', '2024-02-01')].map((x) =>
    (x.text.endsWith(',') ? { ...x, end: x.end - 1, text: x.text.slice(0, -1) } : x));
  assert.deepEqual(dates(ok, '2024-03-15', times(ok, 'February 11')), ['CONSISTENT']);
  const bad = ok.replace('February 11', 'February 20');
  assert.deepEqual(dates(bad, '2024-03-15', times(bad, 'February 20')), ['INCONSISTENT']);
});

test('"N days after the launch": the launch dated in a sentence before', () => {
  const text = 'The probe was launched on January 3. Forty days after the launch, it reached orbit.';
  const times = [time(text, 'January 3', '2024-01-03')];
  assert.deepEqual(dates(text, '2024-02-13', times), ['CONSISTENT']);
  assert.deepEqual(dates(text, '2024-03-20', times), []);
  assert.deepEqual(dates(text, '2024-01-20', times), ['INCONSISTENT']);
  // the sentence before names something else: no anchor
  const other = 'The rover was unveiled on January 3. Forty days after the launch, it reached orbit.';
  assert.deepEqual(dates(other, '2024-02-13', [time(other, 'January 3', '2024-01-03')]), []);
});

test('"first trip in N years" against a visit dated shortly before', () => {
  const text = 'The president visited Japan in 2019. On Thursday he arrived in Tokyo for his first trip to the country in over four years.';
  assert.deepEqual(dates(text, '2024-03-15'), ['CONSISTENT']);
  assert.deepEqual(dates(text.replace('over four', 'two'), '2024-03-15'), ['INCONSISTENT']);
  // a year with no visit before it is not the previous occasion
  const none = 'The law was passed in 2019. On Thursday he arrived in Tokyo for his first trip to the country in over four years.';
  assert.deepEqual(dates(none, '2024-03-15'), ['UNVERIFIABLE']);
});

function counts(text: string) {
  const sentences = segment(text).sentences;
  const quantities = findQuantities({ text, sentences, times: [] });
  return runChecks({ text, sentences, quantities, times: [], entities: [], anchorDate: '2024-03-15' }).filter((c) => c.kind === 'COUNT').map((c) => c.status);
}

test('COUNT: a group named by its members against its total in apposition or a definite count after it', () => {
  assert.deepEqual(counts('The two women and three men, five in all, were taken to hospital.'), ['CONSISTENT']);
  assert.deepEqual(counts('The two women and three men, six in all, were taken to hospital.'), ['INCONSISTENT']);
  assert.deepEqual(counts('Two men and a woman were arrested on Tuesday. Police said the three suspects were in custody.'), ['CONSISTENT']);
  // a different definite count may count more people than the group: nothing is decided
  assert.deepEqual(counts('Two men and a woman were arrested on Tuesday. Police said the four suspects were in custody.'), []);
  // a group with no total anywhere
  assert.deepEqual(counts('A man and two children died in the fire.'), []);
});

test('COUNT: "Of the N X, a … and b …" — the parts cannot exceed the whole; a part written "one" counts', () => {
  assert.deepEqual(counts('Of the 40 passengers, 25 were British and 15 were French.'), ['CONSISTENT']);
  assert.deepEqual(counts('Of the 40 passengers, 25 were British and 22 were French.'), ['INCONSISTENT']);
  assert.deepEqual(counts('Of the 100 senators, 52 voted in favour, 47 voted against and one abstained.'), ['CONSISTENT']);
  // one part only, or a whole that is not counted
  assert.deepEqual(counts('Of the three reports published in 2020, two were delayed.'), []);
  assert.deepEqual(counts('Of the players, 25 were British and 15 were French.'), []);
});

test('COUNT: "including" after a short verb phrase, and "N of whom" after the figure, are parts of it', () => {
  assert.deepEqual(counts('Fifty people were rescued, including 12 children.'), ['CONSISTENT']);
  assert.deepEqual(counts('Ten people were rescued from the building, including 12 children.'), ['INCONSISTENT']);
  assert.deepEqual(counts('Flooding killed 64 people, 20 of whom were children.'), ['CONSISTENT']);
  assert.deepEqual(counts('Flooding killed 14 people, 20 of whom were children.'), ['INCONSISTENT']);
  // a lower bound on the whole leaves a larger part open
  assert.deepEqual(counts('Flooding killed at least 14 people, 20 of whom were children.'), []);
  // a verb phrase with a figure in it is another clause, not the total's
  assert.deepEqual(counts('Fifty people were rescued by 40 firefighters, including 12 children.').filter((s) => s === 'INCONSISTENT'), []);
});

function kinds(text: string, kind: string) {
  const sentences = segment(text).sentences;
  const quantities = findQuantities({ text, sentences, times: [] });
  return runChecks({ text, sentences, quantities, times: [], entities: [], anchorDate: '2024-03-15' }).filter((c) => c.kind === kind).map((c) => c.status);
}

test('UNIT_CONVERSION: an aircraft\'s or ship\'s range in plain "miles" may be nautical miles', () => {
  assert.deepEqual(kinds('The freighter will have a range of 5,600 miles (10,400 km).', 'UNIT_CONVERSION'), ['CONSISTENT']);
  assert.deepEqual(kinds('The freighter will have a range of 5,600 miles (12,400 km).', 'UNIT_CONVERSION'), ['INCONSISTENT']);
  // on land a mile is a statute mile
  assert.deepEqual(kinds('The pipeline runs 5,600 miles (10,400 km) across the steppe.', 'UNIT_CONVERSION'), ['INCONSISTENT']);
});

test('COUNT: "in all-economy class" is no total; TRAVEL_TIME: a position or radius is no route length', () => {
  assert.deepEqual(kinds('Some 5,000 guests saw the jet, which can carry up to 840 people in all-economy class (550 for its rival), or 555 people in three classes.', 'COUNT'), []);
  assert.deepEqual(kinds('The test flight lasted four hours, with the jet flying no further than 100 miles from Toulouse.', 'TRAVEL_TIME'), []);
  assert.deepEqual(kinds('The ferry sank 20 km off the coast after a journey of six hours.', 'TRAVEL_TIME'), []);
  assert.deepEqual(kinds('The 1,180km journey took 20 hours by train.', 'TRAVEL_TIME'), ['CONSISTENT']);
});

test('TRAVEL_TIME: "two hours and 22 minutes" is one duration; a stage covered at an average speed is a journey', () => {
  assert.deepEqual(kinds('The cyclist averaged 42 km/h over the 180 km stage, finishing in 4 hours 17 minutes.', 'TRAVEL_TIME'), ['CONSISTENT']);
  assert.deepEqual(kinds('The cyclist averaged 42 km/h over the 180 km stage, finishing in 6 hours 17 minutes.', 'TRAVEL_TIME'), ['INCONSISTENT']);
  // a speed limit and a speed in the same sentence are no journey
  assert.deepEqual(kinds('Police said the driver was doing 110mph in a 40mph zone.', 'TRAVEL_TIME'), []);
});

test('DATE_ARITHMETIC: a perfect "for N years" about another state than the cued start is not held against it', () => {
  assert.deepEqual(dates('The company, founded in 1998, has been listed for a decade.', '2024-03-15'), []);
  assert.deepEqual(dates('The company, founded in 1998, has operated for a decade.', '2024-03-15'), ['INCONSISTENT']);
  assert.deepEqual(dates('The company, founded in 2014, has been listed for a decade.', '2024-03-15'), ['CONSISTENT']);
  assert.deepEqual(dates('He has led the party for 12 years, since 2010.', '2024-03-15'), ['INCONSISTENT']);
});
