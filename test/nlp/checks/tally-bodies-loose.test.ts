import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../../src/nlp/checks/index.js';
import { analyseForChecks as analyse } from '../../helpers/checks.js';

// A vote tally against a body told loosely ("the assembly has 137 members", "137 deputies took part in the vote") in
// the sentence, the one before or the one after: agreement only. "92 votes, with 40 against", abstentions in words.
// Invented sentences, report date pinned.
const counts = (text: string) => runChecks(analyse(text, '2023-03-14'))
  .filter((c) => c.kind === 'COUNT').map((c) => `${c.status} ${(c as { rule?: string }).rule}`);

test('a loosely told body a sentence away: agreement', () => {
  assert.deepEqual(counts('The assembly has 137 members. On Tuesday it passed the bill 92 to 40, with five abstentions.'),
    ['CONSISTENT checks:count:tally-body-loose']);
  assert.deepEqual(counts('The bill was approved by 92 votes to 40 with 5 abstentions. A total of 137 deputies took part in the vote.'),
    ['CONSISTENT checks:count:tally-body-loose']);
});

test('a loosely told body the tally does not fit: nothing, never a mismatch', () => {
  assert.deepEqual(counts('The party has 40 members. The bill passed 92 to 40.'), []);
  assert.deepEqual(counts('The assembly has 300 members. The bill passed 92 to 40.'), []);
  assert.deepEqual(counts('The bill passed 92-40. Some 1,000 votes were cast in the city election last year.'), []);
});

test('"92 votes, with 40 against", and abstentions written in words', () => {
  assert.deepEqual(counts('The amendment won 92 votes, with 40 against and five abstentions, out of 137 votes cast.'), ['CONSISTENT checks:count:tally-body']);
  const d = runChecks(analyse('Of the 137 MPs, 92 voted yes, 40 voted no and five abstained.', '2023-03-14')).filter((c) => c.kind === 'COUNT');
  assert.ok(d.some((c) => c.status === 'CONSISTENT' && /\+ 5 abstaining = 137/.test(c.detail)), JSON.stringify(d));
  // "92 votes" with no side against: no tally
  assert.deepEqual(counts('The winner got 92 votes in the first round and 40 percent in the second.'), []);
});

test('abstentions in words are whole words, and "no one"/"none" abstaining adds none', () => {
  const detail = (t: string) => runChecks(analyse(t, '2023-03-14')).filter((c) => c.kind === 'COUNT').map((c) => `${c.status} ${c.detail}`);
  const vote = (end: string) => detail(`The chamber has 100 members. The bill passed with 60 votes in favour and 40 against, and ${end}.`);
  // "no one abstained", "none abstained": 60 + 40 = 100, the whole chamber
  for (const end of ['no one abstained', 'none abstained', 'nobody abstained'])
    assert.deepEqual(vote(end), ['CONSISTENT votes 60 + 40 + 0 abstaining = 100 = the 100 of "has 100 members"'], end);
  // "someone abstained" holds no number word "one"
  assert.deepEqual(vote('someone abstained'), ['CONSISTENT votes 60 + 40 = 100 = the 100 of "has 100 members"']);
  // a real abstention counts: 101 votes do not fit 100 members
  assert.deepEqual(vote('one abstained'), []);
});

test('a bare "N votes" is a side of the tally only after a tally verb or before "to": no threshold', () => {
  // a threshold: no tally
  assert.deepEqual(counts('The Senate has 100 members. The measure needed 60 votes, but 40 senators voted against it.'), []);
  assert.deepEqual(counts('The Senate has 100 members. It fell short of 60 votes, as 40 senators voted against it.'), []);
  // a side: the tally against the body
  assert.deepEqual(counts('The Senate has 100 members. The measure received 60 votes, with 40 senators voting against it.'), ['CONSISTENT checks:count:tally-body']);
});
