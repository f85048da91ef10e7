import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countStatuses as counts } from '../../helpers/checks.js';
import { dates } from './date-checks.js';

// Eleventh pass, COUNT and DATE_ARITHMETIC: two shares completing a whole with more words of a split, a pair among
// three shares, and across two sentences; a part and the rest of a whole; counts joined by "and" and the group that
// takes them together; a group's parts in apposition counting "a" as one; a vote tally with its own word "votes", and
// one of sides in words against its body; a present perfect of lasting after a relative clause of beginning.
// Sentences written for these tests, through the real segmenter, time and quantity stages.

test('two shares completing a whole: "make up", "meaning", a pair among three shares', () => {
  assert.deepEqual(counts('Women make up 51% of the population and men 49%.', 'percent-complement'), ['CONSISTENT']);
  assert.deepEqual(counts('Turnout was 68%, meaning 32% of registered voters stayed home.', 'percent-complement'), ['CONSISTENT']);
  assert.deepEqual(counts('Turnout was 71%, and 55% backed the deal while 45% opposed it.', 'percent-complement'), ['CONSISTENT']);
});

test('two shares that do not complete one whole: nothing', () => {
  // two years, two wholes
  assert.deepEqual(counts('The party won 40% in 2019 and 60% in 2023.', 'percent-complement'), []);
  // two changes
  assert.deepEqual(counts('Prices rose 60% last year while wages rose 40%.', 'percent-complement'), []);
  // of different groups
  assert.deepEqual(counts('Some 45% of men and 55% of women said they would vote.', 'percent-complement'), []);
  // "make up" once, no split: the shares are no whole
  assert.deepEqual(counts('Women make up 30% of the board and men 40% of the staff.', 'percent-complement'), []);
  // three shares, none two of which complete a whole
  assert.deepEqual(counts('Turnout was 71%, and 50% backed the deal while 45% opposed it.', 'percent-complement'), []);
});

test('a part and the rest of a whole, in one sentence', () => {
  const rest = (t: string) => counts(t, 'rest-of-whole');
  assert.deepEqual(rest('The company cut 1,200 jobs, leaving it with 8,800 employees, down from 10,000.'), ['CONSISTENT']);
  assert.deepEqual(rest('About 80% of the 2,000 homes were destroyed, leaving only 400 standing.'), ['CONSISTENT']);
  assert.deepEqual(rest('In all, 75 percent of the 400 workers went on strike; the other 100 stayed at work.'), ['CONSISTENT']);
  assert.deepEqual(rest('Of the 50 passengers, 30 were rescued, while the remaining 20 are still missing.'), ['CONSISTENT']);
  assert.deepEqual(rest('The government spent $3 billion of the $5 billion fund, leaving $2 billion for next year.'), ['CONSISTENT']);
  assert.deepEqual(rest('Of the 12 members, seven voted yes; the other five abstained.'), ['CONSISTENT']);
});

test('figures that look like a part and a rest but are not: nothing, and never a mismatch', () => {
  const rest = (t: string) => counts(t, 'rest-of-whole');
  // the rest of another whole
  assert.deepEqual(rest('The storm killed 12 people on Monday, leaving 3,000 homeless in a city of 50,000.'), []);
  // a day of a month is no whole
  assert.deepEqual(rest('The 20 hostages were freed, leaving 5 still held, officials said on 25 March.'), []);
  // counts of different things
  assert.deepEqual(rest('He scored 10 goals in 15 games, leaving the other 5 teams behind.'), []);
  // a third category unstated: the sum falls short, and that is no contradiction
  assert.deepEqual(rest('Of the 50 passengers, 30 were rescued, while the remaining 15 are missing.'), []);
  // a length, not a count
  assert.deepEqual(rest('He served 3 years of a 10-year term, leaving 7 years to serve.'), []);
});

test('a relative clause of beginning and a present perfect of lasting: agreement with the report\'s date only', () => {
  const perfect = (t: string) => dates(t, '2025-03-14', 'perfect-since-event');
  assert.deepEqual(perfect('The siege, which began in October, has lasted five months.'), ['CONSISTENT']);
  assert.deepEqual(perfect('The strike began in December and has now lasted three months.'), ['CONSISTENT']);
  assert.deepEqual(perfect('The ceasefire, in place since November, has held for four months.'), ['CONSISTENT']);
  // does not agree: nothing
  assert.deepEqual(perfect('The siege, which began in October, has lasted nine months.'), []);
  // a relative clause of something else: the span need not begin with it
  assert.deepEqual(perfect('The teacher, who was born in 1960, has taught for 30 years.'), []);
  assert.deepEqual(perfect('The siege, which ended in October, has lasted five months.'), []);
});

test('a tally with its own word "votes", and a tally of sides in words held against its body', () => {
  assert.deepEqual(counts('The motion was carried by 326 votes to 314, a majority of 12.', 'tally-margin'), ['CONSISTENT']);
  assert.deepEqual(counts('The motion was carried by 326 votes to 314, a majority of 22.', 'tally-margin'), ['INCONSISTENT']);
  assert.deepEqual(counts('Lawmakers voted 230 in favour, 180 against and 20 abstained, out of 430 present.', 'tally-body'), ['CONSISTENT']);
  assert.deepEqual(counts('The bill was approved with 64 votes in favour and 40 against in the 120-seat assembly.', 'tally-body'), ['CONSISTENT']);
});

test('scores and tallies of another body: nothing', () => {
  assert.deepEqual(counts('The team won by 3 goals to 1 in front of 40,000 fans.', 'tally-margin'), []);
  assert.deepEqual(counts('The score was 3-1 after 90 minutes.', 'tally-body'), []);
  // more votes than the body named: another body (no mismatch claimed from a loose pairing)
  assert.deepEqual(counts('Lawmakers voted 230 in favour and 180 against; the 27-member bloc abstained.', 'tally-body'), []);
  // far fewer than the body: a committee of it, perhaps
  assert.deepEqual(counts('In the 450-seat chamber, a committee voted 12 in favour and 8 against.', 'tally-body'), []);
});

test('two shares completing a whole across two sentences side by side', () => {
  assert.deepEqual(counts('The Yes campaign won 52 percent of the vote. The No side received 48 percent.', 'percent-complement'), ['CONSISTENT']);
  assert.deepEqual(counts('Some 55% of respondents backed the plan. Another 45% opposed it.', 'percent-complement'), ['CONSISTENT']);
  // no word of a split; a difference, not a share; a sentence between
  assert.deepEqual(counts('Unemployment was 5%. Inflation was 95% in Argentina.', 'percent-complement'), []);
  assert.deepEqual(counts('The party won 60% of the seats. It needs 40% more to win.', 'percent-complement'), []);
  assert.deepEqual(counts('The Yes campaign won 52 percent of the vote. Turnout was high. The No side received 48 percent.', 'percent-complement'), []);
});

test('counts joined by "and" and the group that takes them together, in the sentence or the next', () => {
  const sum = (t: string) => counts(t, 'group-sum');
  assert.deepEqual(sum('The plane carried 150 passengers and six crew. All 156 people on board survived.'), ['CONSISTENT']);
  assert.deepEqual(sum('The bus was carrying 40 passengers and a driver; all 41 were taken to hospital.'), ['CONSISTENT']);
  assert.deepEqual(sum('The attack killed three soldiers and two civilians. The five were buried on Friday.'), ['CONSISTENT']);
  assert.deepEqual(sum('Twelve boys and their coach were trapped. All 13 were rescued.'), ['CONSISTENT']);
  assert.deepEqual(sum('Police arrested a man and a woman on Friday. The pair were charged with fraud.'), ['CONSISTENT']);
});

test('a group after counts joined by "and" that is another group: nothing, never a mismatch', () => {
  const sum = (t: string) => counts(t, 'group-sum');
  assert.deepEqual(sum('The attack killed three soldiers and two civilians. The two countries blamed each other.'), []);
  assert.deepEqual(sum('He has two sons and three daughters, and the five years he spent abroad were hard.'), []);
  assert.deepEqual(sum('Three men and two women were arrested in 2020. The 12 others were freed.'), []);
  // a "pair" after counts of more than one each
  assert.deepEqual(sum('Two men and three women were arrested. The pair were later freed.'), []);
  // lengths, not counts
  assert.deepEqual(sum('He spent two years in Paris and three years in Rome. The five years shaped him.'), []);
  // a sentence between
  assert.deepEqual(sum('The plane carried 150 passengers and six crew. It landed safely. All 156 people survived.'), []);
});

test('a group and its parts in apposition, "a" and "an" counting one', () => {
  assert.deepEqual(counts('The four suspects - two Britons, a German and a Dane - were arrested.', 'composition'), ['CONSISTENT']);
  assert.deepEqual(counts('The three winners, a teacher, a nurse and a pilot, were named.', 'composition'), ['CONSISTENT']);
  // the parts fall short of the group: another apposition, nothing
  assert.deepEqual(counts('The five suspects, a German and a Dane, were arrested.', 'composition'), []);
});

