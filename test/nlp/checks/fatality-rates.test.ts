import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../../src/nlp/checks/index.js';
import { analyseForChecks } from '../../helpers/checks.js';
import { bestOf, describeBound } from '../../helpers/bound.js';

// COUNT: a fatality rate against the report's counts of deaths and cases; agreement only. Invented sentences, run
// through the real segmenter, time and quantity stages (pinned reference date in the helper).
const rates = (t: string): string[] => runChecks(analyseForChecks(t))
  .filter((c) => (c as { rule?: string }).rule === 'checks:count:fatality-rate').map((c) => c.status);

test('a fatality rate the deaths and cases fit', () => {
  assert.deepEqual(rates('The ministry recorded 66 confirmed cases, of whom 15 died. The case fatality rate of about 23 percent was lower than in earlier outbreaks.'), ['CONSISTENT']);
  assert.deepEqual(rates('There have been 120 cases and 30 deaths so far. The fatality rate stands at 25%.'), ['CONSISTENT']);
  assert.deepEqual(rates('Officials counted 200 cases; 80 people died. The death rate, at 40 percent, alarmed doctors.'), ['CONSISTENT']);
  // the rate told with the cases, the deaths two sentences on
  assert.deepEqual(rates('The outbreak has 60 cases and a fatality rate of 25%. Hospitals are full. So far 15 people died.'), ['CONSISTENT']);
  // the words before the rate are data (checks-fatality-rate-verbs.txt, checks-approx-modifiers.tsv)
  assert.deepEqual(rates('There have been 120 cases and 30 deaths so far. The fatality rate climbed to 25%.'), ['CONSISTENT']);
  assert.deepEqual(rates('The ministry recorded 66 confirmed cases, of whom 15 died. The case fatality rate of approximately 23 percent was low.'), ['CONSISTENT']);
  // deaths in the sentence right after the cases, tied to them, just before the rate
  assert.deepEqual(rates('The ministry recorded 66 confirmed cases. Of them, 15 died. The case fatality rate of about 23 percent was low.'), ['CONSISTENT']);
});

test('no check when no pair fits, when the rate is no fatality rate, or when the counts are bounds', () => {
  // 15 / 66 = 22.7%: not 30%
  assert.deepEqual(rates('The ministry recorded 66 confirmed cases, of whom 15 died. The case fatality rate of 30 percent was high.'), []);
  // a percentage of something else
  assert.deepEqual(rates('The ministry recorded 66 confirmed cases, of whom 15 died. Vaccination coverage of about 23 percent was low.'), []);
  // the deaths are not the cases': another sentence, of another event
  assert.deepEqual(rates('The outbreak has 60 cases. In a separate crash, 15 people died. The case fatality rate is 25%.'), []);
  assert.deepEqual(rates('The outbreak has 60 cases. Doctors were sent. Later 15 people died. The case fatality rate is 25%.'), []);
  assert.deepEqual(rates('The outbreak has 60 cases and a fatality rate of 25%. Hospitals are full. Schools shut. Later 15 people died.'), []);
  // "more than 66 cases": no exact whole
  assert.deepEqual(rates('The ministry recorded more than 66 cases, of whom 15 died. The case fatality rate of about 23 percent was low.'), []);
  // a death count told of something else ("15 doctors") is no toll
  assert.deepEqual(rates('The ministry recorded 66 confirmed cases and sent 15 doctors. The case fatality rate of about 23 percent was low.'), []);
});

test('a rate after any either-way hedge of the shared list (data/lexicon/checks-approx-modifiers.tsv) is still read', () => {
  assert.deepEqual(rates('The ministry recorded 66 confirmed cases, of whom 15 died. The case fatality rate of approximately 23 percent was lower than in earlier outbreaks.'), ['CONSISTENT']);
  // negative: a one-way bound before the rate is no hedge to strip ("more than 23 percent")
  assert.deepEqual(rates('The ministry recorded 66 confirmed cases, of whom 15 died. The case fatality rate of more than 23 percent was high.'), []);
});

test('a long report of many counts and rates is read in time: pairs are found by sentence, not every death against every case for every rate', () => {
  // 400 outbreaks' worth (33 kB): the cubic reading took ~5 s on the checks stage alone; the analysis before the
  // checks runs once, outside the bound
  const doc = analyseForChecks('The outbreak has 60 cases. Of them, 15 people died. The case fatality rate is 25%. '.repeat(400));
  const b = bestOf(2, () => runChecks(doc));
  assert.ok(b.result.some((c) => (c as { rule?: string }).rule === 'checks:count:fatality-rate'));
  assert.ok(b.ms < 1000, describeBound(b));
});
