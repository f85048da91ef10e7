import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../src/analyze.js';

// A length of years told against a past event the report never dates is UNVERIFIABLE (an input is missing), never
// checked against a guessed date. Invented sentences.
const undated = (t: string) => analyze({ text: t }, { publishedAt: '2024-05-15' }).checks
  .filter((c) => (c as { rule?: string }).rule === 'checks:date-arithmetic:undated-event').map((c) => c.status);

test('a comparison with an event dated only by "N decades ago" is unverifiable', () => {
  assert.deepEqual(undated('It was the heaviest snowfall in the valley since the great blizzard almost four decades ago.'), ['UNVERIFIABLE']);
  assert.deepEqual(undated('Engineers said the spill could rival the tanker wreck off Brittany more than two decades ago.'), ['UNVERIFIABLE']);
});

test('"N years after" an event the report never dates is unverifiable', () => {
  assert.deepEqual(undated('The court ruled on Monday, nearly six years after the family first filed the complaint.'), ['UNVERIFIABLE']);
  assert.deepEqual(undated('The bridge reopened exactly a century after its builders laid the first stone.'), ['UNVERIFIABLE']);
});

test('a dated event, a plain "ago", "for N years after" or a bigger figure: nothing', () => {
  // a year in the sentence may date the event: the dated rules read it
  assert.deepEqual(undated('The bridge reopened more than a century after its builders laid the first stone in 1911.'), []);
  // the event dated in another sentence of the report
  assert.deepEqual(undated('The family filed the complaint in 2018. The court ruled on Monday, nearly six years after the family filed the complaint.'), []);
  // "ago" with no comparison with a past event only places a time
  assert.deepEqual(undated('She moved to the coast three decades ago and never left.'), []);
  // "than" compares figures, not times
  assert.deepEqual(undated('Turnout was higher than at the last vote five years ago.'), []);
  // "for N years after" is no length between two events
  assert.deepEqual(undated('No team had won the title for 31 years after the league was founded.'), []);
  // "1,400 years ago": the figure is not "400 years"
  assert.deepEqual(undated('Pilgrims retrace the route since the prophet walked it more than 1,400 years ago.'), []);
  // "that year after" is no length
  assert.deepEqual(undated('The plant closed that year after the owner died.'), []);
});

const elsewhere = (t: string) => analyze({ text: t }, { publishedAt: '2024-05-15' }).checks
  .filter((c) => (c as { rule?: string }).rule === 'checks:date-arithmetic:dated-elsewhere').map((c) => c.status);

test('an event dated in another sentence: the length against that year, agreement only', () => {
  assert.deepEqual(elsewhere('The family filed the complaint in 2018. The court ruled on Monday, nearly six years after the family filed the complaint.'), ['CONSISTENT']);
  assert.deepEqual(elsewhere('The region was declared free of the virus on Monday, four years after the last case was recorded. The last cases were reported in the north in 2020. Health workers recorded 18 other cases in 2023.'), ['CONSISTENT']);
  assert.deepEqual(elsewhere('It was the heaviest snowfall in the valley since the great blizzard almost four decades ago. The great blizzard of 1987 closed every road.'), ['CONSISTENT']);
});

test('dated elsewhere but not fitting, or two years that fit: nothing, and no UNVERIFIABLE either', () => {
  assert.deepEqual(elsewhere('The family filed the complaint in 2022. The court ruled on Monday, nearly six years after the family filed the complaint.'), []);
  assert.deepEqual(undated('The family filed the complaint in 2022. The court ruled on Monday, nearly six years after the family filed the complaint.'), []);
  // 2018 and 2019 both fit "about six years"
  assert.deepEqual(elsewhere('The family filed the complaint in 2018. The court ruled on Monday, about six years after the family filed the complaint. The family filed another complaint in 2019.'), []);
});

test('a present perfect state of N years whose beginning the report never dates is unverifiable', () => {
  assert.deepEqual(undated('The developer, which has been in default for more than two years, reported heavy losses.'), ['UNVERIFIABLE']);
  assert.deepEqual(undated('The general has ruled the country for three decades and faces no rival.'), ['UNVERIFIABLE']);
  // negatives: the sentence dates or bounds the state ("since", a year, "until"), or the length looks ahead
  assert.deepEqual(undated('The couple have been married for 40 years since their wedding in Lagos.'), []);
  assert.deepEqual(undated('The developer, in default since 2021, has been in default for more than two years.'), []);
  assert.deepEqual(undated('The plant has been closed for two years until the repairs end.'), []);
  assert.deepEqual(undated('The firm has been in business for five years from now on.'), []);
  // the state dated in another sentence: agreement, not UNVERIFIABLE
  const t = 'The developer defaulted in 2021. The developer, which has been in default for more than two years, reported losses.';
  assert.deepEqual(undated(t), []);
  assert.deepEqual(elsewhere(t), ['CONSISTENT']);
});

test('only a state runs a perfect "for N years" up to the report: a prison term or a period running forward is not one', () => {
  assert.deepEqual(undated('He has been jailed for two years for fraud.'), []);
  assert.deepEqual(undated('The government has suspended the tax for two years.'), []);
  assert.deepEqual(undated('The firm has banned him for five years.'), []);
  // states keep their UNVERIFIABLE
  assert.deepEqual(undated('She has lived in the village for three decades and knows every family.'), ['UNVERIFIABLE']);
  assert.deepEqual(undated('The plant has been closed for two years.'), ['UNVERIFIABLE']);
  assert.deepEqual(undated('The leader has long held power for more than two decades.'), ['UNVERIFIABLE']);
  // a past perfect does not run up to the report
  assert.deepEqual(undated('The developer had been in default for two years.'), []);
});

test('a month and day in the sentence dates the perfect state (the time stage\'s month list, abbreviated or not)', () => {
  assert.deepEqual(undated('The plant, shut on Sept. 4, has been closed for two years.'), []);
  assert.deepEqual(undated('The plant, shut on September 4, has been closed for two years.'), []);
  assert.deepEqual(undated('The plant, shut on Sep 4, has been closed for two years.'), []);
});
