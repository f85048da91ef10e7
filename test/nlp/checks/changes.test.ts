import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../../src/nlp/checks/index.js';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

function checks(text: string, rule: RegExp) {
  const quantities = findQuantities({ text, sentences: [], times: [] });
  return runChecks({ text, sentences: [], quantities, times: [], entities: [], anchorDate: '2024-05-15' })
    .filter((c) => rule.test((c as { rule?: string }).rule ?? ''));
}

// [invented sentence, the rule's status, or undefined when the rule must stay silent]
const CASES: Array<[string, RegExp, string | undefined]> = [
  // a change between two stated values and its size
  ['Coffee exports rose 12% to $5.6 billion from $5 billion a year earlier.', /count:change$/, 'CONSISTENT'],
  ['Coffee exports rose 30% to $5.6 billion from $5 billion a year earlier.', /count:change$/, 'INCONSISTENT'],
  ['The number of registered voters rose from 40,000 to 52,000, an increase of 30%.', /count:change$/, 'CONSISTENT'],
  ['The number of registered voters rose from 40,000 to 52,000, an increase of 60%.', /count:change$/, 'INCONSISTENT'],
  ['Ferry bookings fell 20 percent, from 1,500 in March to 1,200 in April.', /count:change$/, 'CONSISTENT'],
  ['The toll from the landslide rose by 12 to 52 on Tuesday, up from 40 on Monday.', /count:change$/, 'CONSISTENT'],
  ['The toll from the landslide rose by 15 to 52 on Tuesday, up from 40 on Monday.', /count:change$/, 'INCONSISTENT'],
  ['Turnout was 64%, down from 71% in 2019, a drop of seven percentage points.', /count:change$/, 'CONSISTENT'],
  ['Turnout was 64%, down from 71% in 2019, a drop of four percentage points.', /count:change$/, 'INCONSISTENT'],
  ['Shares in the brewer fell 5% to $95 from $100.', /count:change$/, 'CONSISTENT'],
  // a range, no change: nothing to check
  ['Sentences for the offence run from 10 to 15 years.', /count:change$/, undefined],
  ['Tickets cost from $40 to $60, about 20% more than last season.', /count:change$/, undefined],
  // a figure of another clause or another change is not this change's size
  ['Decliners beat advancers by more than 8 to 7, where volume was 1.79 billion, down from 1.90 billion.', /count:change$/, undefined],
  ['Employment grew by 24,400 to a record 3,416,000, with the labour force rising to 3,609,000 from 3,597,300.', /count:change$/, undefined],
  // a direction that contradicts the values is a misreading, not a check
  ['Output rose 10% to 90 tonnes from 100 tonnes.', /count:change$/, undefined],
  // a change told in points and per cent, and the level reached
  ['The main index fell 120.5 points, or 2.4%, to 4,900.2 on Friday.', /count:change-both-ways/, 'CONSISTENT'],
  ['The main index gained 155.9 points, or 1.67%, to end the day at 9,505.96.', /count:change-both-ways/, 'CONSISTENT'],
  ['The main index fell 120.5 points, or 4.4%, to 4,900.2 on Friday.', /count:change-both-ways/, 'INCONSISTENT'],
  ['The index stood at 120 points, or 2.4%, of its 1990 level, to 4,900.', /count:change-both-ways/, undefined],
  // a difference between two values
  ['The index closed at 3,200, some 400 points below its peak of 3,600 in January.', /count:difference/, 'CONSISTENT'],
  ['The index closed at 3,200, some 900 points below its peak of 3,600 in January.', /count:difference/, 'INCONSISTENT'],
  ['The ruling coalition holds 180 seats in the 300-member assembly, 29 more than the 151 needed.', /count:difference/, 'CONSISTENT'],
  // untied and off: the figure before may be something else
  ['The ruling coalition holds 180 seats in the 300-member assembly, 50 more than the 151 needed.', /count:difference/, undefined],
  // a majority against the size of the body
  ['The party won 240 seats, short of the 272 needed for a majority in the 543-seat chamber.', /count:majority/, 'CONSISTENT'],
  ['The bloc won 140 seats, short of the 176 needed for a majority in the 300-seat parliament.', /count:majority/, 'INCONSISTENT'],
  ['A majority of 76 is needed in the 150-seat chamber.', /count:majority/, 'CONSISTENT'],
  ['The party won 240 seats, its best result since the 1990s.', /count:majority/, undefined],
  // a difference in words between two standings
  ['Rovers have 74 points, five more than United on 69.', /count:difference/, 'CONSISTENT'],
  ['Rovers have 74 points, two more than United on 69.', /count:difference/, 'INCONSISTENT'],
  // a record of results and the games it is of
  ['The side have won 20, drawn five and lost three of their 28 league games.', /count:results/, 'CONSISTENT'],
  ['The side have won 20, drawn five and lost three of their 30 league games.', /count:results/, 'INCONSISTENT'],
  ['The side have won 20 and drawn five of their 30 league games.', /count:results/, 'CONSISTENT'],
  ['The side have won 20 and lost three since March.', /count:results/, undefined],
  // a whole named first and the named groups' parts of it
  ['Of the 650 seats, Labour won 411, the Conservatives 121 and others 118.', /count:named-parts/, 'CONSISTENT'],
  ['Of the 650 seats, Labour won 411, the Conservatives 121 and others 180.', /count:named-parts/, 'INCONSISTENT'],
  // the parts may leave some of the whole untold
  ['Of the 650 seats, Labour won 411 and the Conservatives 121.', /count:named-parts/, undefined],
  ['Of the 2,000 troops, 1,200 are from Kenya and the remaining 800 from Rwanda.', /count:named-parts/, 'CONSISTENT'],
  ['Of the 2,000 troops, 1,200 are from Kenya and the remaining 900 from Rwanda.', /count:named-parts/, 'INCONSISTENT'],
  // an amount and the amounts it holds
  ['The relief fund of $3.2 billion includes $1.1 billion for food and $2.1 billion for shelter.', /count:amount-parts/, 'CONSISTENT'],
  ['The relief fund of $3.2 billion includes $1.1 billion for food and $2.6 billion for shelter.', /count:amount-parts/, 'INCONSISTENT'],
  ['The $900 million grant will be split between $500 million for roads and $400 million for rail.', /count:amount-parts/, 'CONSISTENT'],
  ['The $900 million grant will be split between $500 million for roads and $300 million for rail.', /count:amount-parts/, 'INCONSISTENT'],
  // two amounts side by side are no parts
  ['The relief fund of $3.2 billion follows $1.1 billion last year and $2.6 billion in 2022.', /count:amount-parts/, undefined],
  // a change named by its factor
  ['The price of a loaf has doubled from $1 to $2 in three years.', /count:factor/, 'CONSISTENT'],
  ['The price of a loaf has doubled from $1 to $3.50 in three years.', /count:factor/, 'INCONSISTENT'],
  ['Ridership halved from 40,000 to 21,000 during the closures.', /count:factor/, 'CONSISTENT'],
  // a part, its percentage and the whole
  ['The firm cut 1,200 jobs, about 15% of its 8,000 workforce.', /count:part-percent/, 'CONSISTENT'],
  ['The firm cut 1,200 jobs, about 25% of its 8,000 workforce.', /count:part-percent/, 'INCONSISTENT'],
  ['The firm cut 1,200 jobs, and 25% of its 8,000 staff work remotely.', /count:part-percent/, undefined],
  // "Of those," splitting the figure told just before
  ['The toll rose to 40, officials said. Of those, 25 were children and 15 adults.', /count:of-those/, 'CONSISTENT'],
  ['The toll rose to 40, officials said. Of those, 35 were children and 15 adults.', /count:of-those/, 'INCONSISTENT'],
  ['The toll rose to 40, officials said. Of those, 25 were children and 10 adults.', /count:of-those/, undefined],
  // a total, a count and the price of each
  ['The club sold 2,000 tickets for $100,000, or $50 each.', /count:per-unit/, 'CONSISTENT'],
  ['The club sold 2,000 tickets for $100,000, or $80 each.', /count:per-unit/, 'INCONSISTENT'],
  ['The club sold 2,000 tickets on Monday and raised $100,000 for the fund, with seats from $50 each.', /count:per-unit/, undefined],
];

for (const [text, rule, status] of CASES) {
  test(`${rule.source} ${status ?? 'silent'}: ${text}`, () => {
    const cs = checks(text, rule);
    if (status === undefined) { assert.equal(cs.length, 0, JSON.stringify(cs)); return; }
    assert.equal(cs.length, 1, JSON.stringify(cs));
    assert.equal(cs[0]!.kind, 'COUNT');
    assert.equal(cs[0]!.status, status, cs[0]!.detail);
  });
}

test('the change check says its arithmetic', () => {
  const [c] = checks('Coffee exports rose 12% to $5.6 billion from $5 billion a year earlier.', /count:change$/);
  assert.equal(c!.detail, 'change 5 billion to 5.6 billion = 12%, given as 12%');
});

test('a rate moved from one percentage to another in steps, the whole change told as "a total of" points', () => {
  const all = (t: string) => checks(t, /count:change$/).map((c) => `${c.status} ${c.detail}`);
  assert.match(all('Over four meetings the Norland reserve bank lowered its key rate from 12 percent to 9.5 percent, a total of 250 basis points.').join('|'), /CONSISTENT change 12% to 9.5% = 2.5 points, given as 250 basis points/);
  assert.match(all('Over four meetings the Norland reserve bank lowered its key rate from 12 percent to 9.5 percent, a total of 400 basis points.').join('|'), /INCONSISTENT change 12% to 9.5%/);
  // "in all" and "altogether" mark a total after its figure, not before: no change figure
  assert.deepEqual(all('Over four meetings the Norland reserve bank lowered its key rate from 12 percent to 9.5 percent, in all 300 basis points.').filter((s) => /basis/.test(s)), []);
  assert.match(all('The bank raised its rate from 0.5% to 4.5% over a year, a cumulative 400 basis points.').join('|'), /CONSISTENT change 0.5% to 4.5% = 4 points/);
  // "a total of" after two counts may total something else: no change figure
  assert.deepEqual(all('Sales grew from 200 to 260 units last year, a total of 5,000 since launch.').filter((s) => /5,000/.test(s)), []);
});
