import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checksOf } from './pipeline.js';

// COUNT UNVERIFIABLE: a comparison told by its factor with no figure in its sentence ("twice as fast", "several
// times higher"). Real stages; invented sentences; the report's date pinned.
const cmp = (t: string) => checksOf(t, '2024-05-14')
  .filter((c) => (c as { rule?: string }).rule === 'checks:count:compare-no-figure').map((c) => `${c.kind} ${c.status}`);
const OPEN = ['COUNT UNVERIFIABLE'];

test('a factor comparison with neither amount given is open', () => {
  assert.deepEqual(cmp('The new train is twice as fast as the old one.'), OPEN);
  assert.deepEqual(cmp('Prices have risen several times faster than wages.'), OPEN);
  assert.deepEqual(cmp('The reservoir is three times the size of Lake Geneva.'), OPEN);
  assert.deepEqual(cmp('The risk is 10 times higher for smokers.'), OPEN);
  assert.deepEqual(cmp('Infections rose tenfold in the spring.'), OPEN);
  assert.deepEqual(cmp('The city has twice as many hospitals as it did in 1990.'), OPEN);
  assert.deepEqual(cmp('Smokers are twice as likely to die.'), OPEN);
});

test('a figure in the sentence, a count of occasions, or a verb: nothing', () => {
  assert.deepEqual(cmp('The risk is twice as high, at 10 percent, as the 5 percent of 2019.'), []);
  assert.deepEqual(cmp('He was hit several times more before the police arrived.'), []);
  assert.deepEqual(cmp('She has visited the country twice as a minister.'), []);
  assert.deepEqual(cmp('He tried three times.'), []);
  assert.deepEqual(cmp('The hall will double as a shelter.'), []);
  assert.deepEqual(cmp('The reservoir, 40 km long, is three times the size of Lake Geneva.'), []);
});

test('"N times more" with no "than" counts occasions (review r1 finding 6, part)', () => {
  const cmp = (t: string) => checksOf(t, '2023-02-07').filter((c) => (c as { rule?: string }).rule === 'checks:count:compare-no-figure').map((c) => c.status);
  assert.deepEqual(cmp('He was arrested twice more this year.'), []);
  assert.deepEqual(cmp('The suspect was stabbed three times more before police arrived.'), []);
  assert.deepEqual(cmp('Smokers are three times more likely than others to fall ill.'), ['UNVERIFIABLE']);
});

test('a factor before "as" and a role noun counts terms, no amounts (review r1 finding 6, the bare "as ROLE" branch)', () => {
  const cmp = (t: string) => checksOf(t, '2023-02-07').filter((c) => (c as { rule?: string }).rule === 'checks:count:compare-no-figure').map((c) => c.status);
  assert.deepEqual(cmp('He served twice as president.'), []);
  assert.deepEqual(cmp('He served twice as president, first in the 1990s and again a decade later.'), []);
  assert.deepEqual(cmp('She has led the team three times as captain.'), []);
  // an adjective or adverb after "as" is still a comparison with neither amount given
  assert.deepEqual(cmp('The new line is twice as fast.'), ['UNVERIFIABLE']);
  assert.deepEqual(cmp('Under him the company was three times as profitable, analysts said.'), ['UNVERIFIABLE']);
  // a vague factor (kind "vague" of the table) is still read before "as … as" or a comparative other than more/less
  assert.deepEqual(cmp('Prices rose several times faster than wages.'), ['UNVERIFIABLE']);
  assert.deepEqual(cmp('He was hit many times more than once.'), []);
});
