import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checksOf } from './pipeline.js';

// COUNT on tallies read from the text: a list of counts and its total, a count with its percentage and a whole stated
// nearby, two shares of one vote, a vote tally against the body that cast it and the margin stated. Run through the
// real segmenter, time and quantity stages. Sentences written for these tests.

function counts(text: string, rule?: string) {
  const anchor = '2023-03-14';
  return checksOf(text, anchor)
    .filter((c) => c.kind === 'COUNT' && (!rule || ((c as { rule?: string }).rule ?? '').startsWith(`checks:count:${rule}`))).map((c) => c.status);
}

test('a list of counts and its total, after or before the list', () => {
  assert.deepEqual(counts('Britain won 12 gold, 8 silver and 5 bronze medals, 25 in all.', 'enumeration'), ['CONSISTENT']);
  assert.deepEqual(counts('Britain won 12 gold, 8 silver and 5 bronze medals, 27 in all.', 'enumeration'), ['INCONSISTENT']);
  assert.deepEqual(counts('The team won 25 medals in all: 12 gold, 8 silver and 5 bronze.', 'enumeration'), ['CONSISTENT']);
  assert.deepEqual(counts('Twelve came from Athens and eight from Rome, for a total of 20.', 'enumeration'), ['CONSISTENT']);
  // no total stated: nothing to check
  assert.deepEqual(counts('Britain won 12 gold, 8 silver and 5 bronze medals.', 'enumeration'), []);
  // lengths are no parts of a tally
  assert.deepEqual(counts('He served 12 years in the army and 8 years in prison, 20 in all.', 'enumeration'), []);
});

test('a count with its percentage against a whole stated nearby', () => {
  assert.deepEqual(counts('Of the 1,200 people surveyed, 600 (50%) said yes.', 'percent-of-whole'), ['CONSISTENT']);
  assert.deepEqual(counts('Of the 1,200 people surveyed, 600 (40%) said yes.', 'percent-of-whole'), ['INCONSISTENT']);
  assert.deepEqual(counts('The survey reached 1,200 people. Of them, 300, or 25%, said no.', 'percent-of-whole'), ['CONSISTENT']);
  // a whole not tied by "of the" and a share that does not fit it: no claim either way
  assert.deepEqual(counts('The firm employs 1,200 people and sold 300 cars (12%) abroad.', 'percent-of-whole'), []);
});

test('two shares of one vote cannot pass the whole', () => {
  assert.deepEqual(counts('He won 52% of the vote to 48% for his rival.', 'two-shares'), ['CONSISTENT']);
  assert.deepEqual(counts('He won 55% of the vote to 48% for his rival.', 'two-shares'), ['INCONSISTENT']);
  // a change is no breakdown
  assert.deepEqual(counts('Support in the poll rose from 45% to 53%.', 'two-shares'), []);
  // two shares leaving room for others: nothing to say
  assert.deepEqual(counts('He won 45% of the vote to 40% for his rival.', 'two-shares'), []);
});

test('a vote tally against its body and its margin; a score is no vote', () => {
  assert.deepEqual(counts('The nine-member court ruled 6-3 in the case.', 'tally'), ['CONSISTENT']);
  assert.deepEqual(counts('The nine-member court ruled 7-3 in the case.', 'tally'), ['INCONSISTENT']);
  assert.deepEqual(counts('The 15-member council voted 13-0 with two abstentions.', 'tally'), ['CONSISTENT']);
  assert.deepEqual(counts('The bill passed 220-212, a majority of eight.', 'tally'), ['CONSISTENT']);
  assert.deepEqual(counts('The bill passed 220-212, a majority of 18.', 'tally'), ['INCONSISTENT']);
  // a majority needed is a threshold, not the margin
  assert.deepEqual(counts('The bill passed 220-212, with a majority of 218 needed.', 'tally'), []);
  assert.deepEqual(counts('Arsenal beat Chelsea 3-1 in front of 60,000 fans.', 'tally'), []);
  // a body a sentence away that the tally exceeds may be another body
  assert.deepEqual(counts('The nine-member panel met on Monday. The assembly voted 40-12 to approve it.', 'tally'), []);
});

test('no false INCONSISTENT for overlapping attributes, ages in apposition, or a list with no total', () => {
  // parts told with different verbs may overlap …
  assert.deepEqual(counts('Of the 288 candidates, 286 have higher education, 202 are under 45 years old, and 56 are women.'), []);
  // … parts of one frame may not
  assert.deepEqual(counts('Of the 40 passengers, 25 were British and 22 were French.'), ['INCONSISTENT']);
  // one figure per member: ages
  assert.deepEqual(counts('She said she had lost an 8-year-old daughter and two sons, 11 and 14.'), []);
  // a list of groups, the first no total of the rest
  assert.deepEqual(counts('The jury - six black women, two white women, two black men, one white man and one Asian man - heard the case.'), []);
  // a general total and its parts in apposition still disagree
  assert.deepEqual(counts('The attack killed 25 people, 22 soldiers and five civilians.'), ['INCONSISTENT']);
});
