import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../../src/nlp/checks/index.js';
import { analyseForChecks as analyse, countStatuses as counts } from '../../helpers/checks.js';

// Tenth pass. COUNT: a referring "both" and the group of two it points back at; a part of a count after its verb
// phrase, alone, or opening the next sentence; two shares completing one whole; a vote tally after a body written with
// digits; a majority of seats read as a margin. Sentences written for these tests, through the real segmenter, time
// and quantity stages.


test('"both" after a count of two, or two coordinated just before it', () => {
  assert.deepEqual(counts('Two men were arrested on Tuesday. Both were charged with robbery.', 'both'), ['CONSISTENT']);
  assert.deepEqual(counts('Two police officers were wounded; both were in stable condition.', 'both'), ['CONSISTENT']);
  assert.deepEqual(counts('Two suspects were detained. Police said both of them were foreign nationals.', 'both'), ['CONSISTENT']);
  assert.deepEqual(counts('Smith and Jones both denied the charges.', 'both'), ['CONSISTENT']);
  assert.deepEqual(counts('The victims, a 34-year-old woman and her son, both died at the scene.', 'both'), ['CONSISTENT']);
});

test('"both" as a coordinator, with no group of two, or after another count: nothing', () => {
  assert.deepEqual(counts('Both Israel and Hamas claimed victory.', 'both'), []);
  assert.deepEqual(counts('The two countries signed both the treaty and the protocol.', 'both'), []);
  assert.deepEqual(counts('Prices rose in both January and February.', 'both'), []);
  assert.deepEqual(counts('Both sides accused each other of breaking the ceasefire.', 'both'), []);
  // "two years" is a length, not a group
  assert.deepEqual(counts('He spent two years in prison. Both his parents died while he was inside.', 'both'), []);
  // another count stands between the two and "both": the pairing is unsure
  assert.deepEqual(counts('Two men attacked three guards. Both were later arrested.', 'both'), []);
  // "both" never claims a mismatch
  assert.deepEqual(counts('Three men were arrested. Both were charged.', 'both'), []);
});

test('a part of a count: after its verb phrase, alone after "Of the N", or opening the next sentence', () => {
  assert.deepEqual(counts('Twelve people were injured, three of them seriously.', 'of-whom'), ['CONSISTENT']);
  assert.deepEqual(counts('Twelve people were injured, 15 of them seriously.', 'of-whom'), ['INCONSISTENT']);
  assert.deepEqual(counts('Of the 50 passengers, 48 survived.', 'of-the-parts'), ['CONSISTENT']);
  // one part larger than the whole may count something else: nothing
  assert.deepEqual(counts('Of the 50 passengers, 60 survived.', 'of-the-parts'), []);
  assert.deepEqual(counts('The country has 26 cantons. Six of them voted against the plan.', 'of-them-next'), ['CONSISTENT']);
  assert.deepEqual(counts('The country has 26 cantons. Thirty of them voted against the plan.', 'of-them-next'), []);
  // a measure is no count of things
  assert.deepEqual(counts('The lake is 26 kilometres long. Six of them are in Italy.', 'of-them-next'), []);
  assert.deepEqual(counts('The country has 26 cantons. Six voted against the plan.', 'of-them-next'), []);
});

test('two shares that complete one whole, with a word of a split between them', () => {
  assert.deepEqual(counts('The government controls about 70 percent of the territory, the rebels the remaining 30 percent.', 'percent-complement'), ['CONSISTENT']);
  assert.deepEqual(counts('Of those polled, 45 percent support the deal, while 55 percent oppose it.', 'percent-complement'), ['CONSISTENT']);
  assert.deepEqual(counts('The state owns 51% of the company, with the rest, 49%, held by private investors.', 'percent-complement'), ['CONSISTENT']);
  // two shares that leave room for a third say nothing either way
  assert.deepEqual(counts('Of those polled, 45 percent support the deal, while 40 percent oppose it.', 'percent-complement'), []);
  // shares of different wholes
  assert.deepEqual(counts('About 45% of men backed the plan, while 55% of women opposed it.', 'percent-complement'), []);
  // a change is no share
  assert.deepEqual(counts('Sales rose 40% in the north, while 60% of stores reported losses.', 'percent-complement'), []);
  // no word of a split
  assert.deepEqual(counts('Inflation hit 30% in May and unemployment 70% in the camps.', 'percent-complement'), []);
});

test('a tally after a body written with digits; a majority of seats read as a margin', () => {
  assert.deepEqual(counts('The bill passed the 435-seat House by 218 votes to 214, with three abstentions.', 'tally-body'), ['CONSISTENT']);
  assert.deepEqual(counts('The ruling party won 214 of the 400 seats, a majority of 28.', 'seat-majority'), ['CONSISTENT']);
  // before, "a majority of 400 is 201, given as 28" was reported as a mismatch
  assert.deepEqual(counts('The ruling party won 214 of the 400 seats, a majority of 28.', 'majority'), []);
  assert.deepEqual(counts('The ruling party won 214 of the 400 seats, a majority of 40.', 'seat-majority'), []);
  assert.deepEqual(counts('The ruling party won 214 of the 400 seats, a majority of 40.', 'majority'), []);
});

test('a running total with a word of whose toll; "Of the country\'s N"; a change after the value\'s noun and verb', () => {
  assert.deepEqual(counts('Twenty-five people were killed in Gaza City and 15 in Khan Younis, bringing the day\'s toll to 40.', 'parts-total'), ['CONSISTENT']);
  // a running total may count earlier figures too: a sum that falls short says nothing
  assert.deepEqual(counts('Twenty-five people were killed in Gaza City and 15 in Khan Younis, bringing the overall toll to 400.', 'parts-total'), []);
  assert.deepEqual(counts('Of the country\'s 16 regions, 12 were affected by the floods.', 'of-the-parts'), ['CONSISTENT']);
  assert.deepEqual(counts('The ministry counted 320 deaths last week, compared with 280, a rise of 40.', 'change'), ['CONSISTENT']);
  assert.deepEqual(counts('The ministry counted 320 deaths last week, compared with 280, a rise of 60.', 'change'), ['INCONSISTENT']);
});

test('amounts of one currency listed, then their total', () => {
  assert.deepEqual(counts('The aid package includes $5 million for food and $3 million for shelter, a total of $8 million.', 'amount-total'), ['CONSISTENT']);
  assert.deepEqual(counts('The government will spend $2 billion on roads and $1.5 billion on schools, or $3.5 billion in all.', 'amount-total'), ['CONSISTENT']);
  assert.deepEqual(counts('The EU gave €40 million, Germany €25 million and France €15 million, a total of €80 million.', 'amount-total'), ['CONSISTENT']);
  assert.deepEqual(counts('The EU gave €40 million, Germany €25 million and France €15 million, a total of €70 million.', 'amount-total'), ['INCONSISTENT']);
  // parts that fall short of the total may leave givers out: nothing
  assert.deepEqual(counts('The EU gave €40 million, Germany €25 million and France €15 million, a total of €90 million.', 'amount-total'), []);
  // no word of a total: a third amount is no sum
  assert.deepEqual(counts('Tickets cost $20 for adults and $10 for children, or $50 for a family.', 'amount-total'), []);
  assert.deepEqual(counts('The fund paid $2 million in 2022 and $3 million in 2023, and expects $4 million this year.', 'amount-total'), []);
});

// UNIT_CONVERSION
test('a plain "tons" may be short or long tons; "tonnes" and "metric tons" are 1,000 kg', () => {
  const conv = (t: string) => runChecks(analyse(t)).filter((x) => x.kind === 'UNIT_CONVERSION');
  const c = conv('The cocaine, weighing 1.2 tons (1,090 kg), was seized.');
  assert.deepEqual(c.map((x) => x.status), ['CONSISTENT']);
  assert.match(c[0]!.detail, /short tons/);
  assert.deepEqual(conv('The load of 2 tons (2,032 kg) was lifted.').map((x) => x.status), ['CONSISTENT']);
  // no reading of "tons" fits
  assert.deepEqual(conv('The cocaine, weighing 1.2 tons (1,500 kg), was seized.').map((x) => x.status), ['INCONSISTENT']);
  // "tonnes" has one reading
  assert.deepEqual(conv('The cocaine, weighing 1.2 tonnes (1,090 kg), was seized.').map((x) => x.status), ['INCONSISTENT']);
});

test('points between two percentages: "seven points lower than", "down 0.3 points", "a 5-point increase", a lead', () => {
  assert.deepEqual(counts('Turnout was 48 percent, seven points lower than the 55 percent of 2019.', 'difference'), ['CONSISTENT']);
  assert.deepEqual(counts('Turnout was 48 percent, seven points lower than the 59 percent of 2019.', 'difference'), ['INCONSISTENT']);
  assert.deepEqual(counts('Inflation eased to 3.1 percent from 3.4 percent, down 0.3 points.', 'change'), ['CONSISTENT']);
  assert.deepEqual(counts('Inflation eased to 3.1 percent from 3.4 percent, down 0.8 points.', 'change'), ['INCONSISTENT']);
  assert.deepEqual(counts('The tax will rise to 20% from 15%, a 5-point increase.', 'change'), ['CONSISTENT']);
  assert.deepEqual(counts('The Conservatives trail Labour by 20 points, at 24% to 44%.', 'lead-points'), ['CONSISTENT']);
  assert.deepEqual(counts('The gap narrowed to 4 points, with Harris at 48% and Trump at 44%.', 'lead-points'), ['CONSISTENT']);
  // a lead that fits no pair, or no word of a lead: nothing
  assert.deepEqual(counts('The Conservatives trail Labour by 12 points, at 24% to 44%.', 'lead-points'), []);
  assert.deepEqual(counts('The index gained 4 points as Harris polled 48% and Trump 44%.', 'lead-points'), []);
});

test('a qualified majority; a tally against "the N members voted", "a jury of N", or a body of known size', () => {
  assert.deepEqual(counts('The amendment won 290 votes, short of the two-thirds majority of 300 needed in the 450-seat chamber.', 'majority'), ['CONSISTENT']);
  // before, "a majority of 450 is 226, given as 300" was reported as a mismatch; a qualified share that fits nothing says nothing
  assert.deepEqual(counts('The amendment won 290 votes, short of the two-thirds majority of 320 needed in the 450-seat chamber.', 'majority'), []);
  assert.deepEqual(counts('The 27 EU states voted 25-2 to approve the package.', 'tally-body'), ['CONSISTENT']);
  assert.deepEqual(counts('The jury of 12 voted 10-2 to convict.', 'tally-body'), ['CONSISTENT']);
  assert.deepEqual(counts('The jury of 12 voted 11-2 to convict.', 'tally-body'), ['INCONSISTENT']);
  assert.deepEqual(counts('The Security Council adopted the resolution 14-0 with one abstention.', 'tally-named-body'), ['CONSISTENT']);
  assert.deepEqual(counts('The Senate confirmed her 51-49 on Tuesday.', 'tally-named-body'), ['CONSISTENT']);
  // a tally far short of the named body's size may be another body of that name: nothing
  assert.deepEqual(counts('The Senate confirmed her 13-11 on Tuesday.', 'tally-named-body'), []);
  // more votes than the body has: not claimed from world knowledge either
  assert.deepEqual(counts('The Security Council adopted the resolution 14-3.', 'tally-named-body'), []);
});

test('a group of stated size and the counts it is made of', () => {
  assert.deepEqual(counts('The 11-member crew included seven Filipinos, three Indians and one Ukrainian.', 'composition'), ['CONSISTENT']);
  assert.deepEqual(counts('The delegation of 12 included five ministers and seven officials.', 'composition'), ['CONSISTENT']);
  assert.deepEqual(counts('The 24 players, 11 starters and 13 substitutes, were named.', 'composition'), ['CONSISTENT']);
  assert.deepEqual(counts('The 300 migrants on board came from Syria (120), Egypt (100) and Pakistan (80).', 'composition'), ['CONSISTENT']);
  // "included" may leave members out
  assert.deepEqual(counts('The 11-member crew included seven Filipinos and three Indians.', 'composition'), ['CONSISTENT']);
  // parts that do not make the whole, or pass it: nothing (agreement only)
  assert.deepEqual(counts('The 24 players, 11 starters and 10 substitutes, were named.', 'composition'), []);
  assert.deepEqual(counts('The 11-member crew included nine Filipinos and three Indians.', 'composition'), []);
  // lengths are no parts
  assert.deepEqual(counts('The 12 hostages, held for 10 days and two weeks, were freed.', 'composition'), []);
});
