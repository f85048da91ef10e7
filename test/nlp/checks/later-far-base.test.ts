import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dates } from './date-checks.js';

// "N months/years later, in DATE" against an earlier date told by its year alone (for a count of months) or up to six
// sentences back: a looser pairing, so only agreement is told. Invented sentences, report date pinned.
const loose = (t: string) => dates(t, '2023-06-01', 'offset-landing-loose');

test('a year alone before a count of months: agreement when some month of it fits', () => {
  assert.deepEqual(loose('The bridge was completed in 1998; six months later, in March 1999, it cracked.'), ['CONSISTENT']);
  assert.deepEqual(loose('The group was founded in 2019. Eighteen months later, in June 2021, it won its first seat.'), ['CONSISTENT']);
  // no month of 1998 is six months before March 2001: nothing, not a mismatch
  assert.deepEqual(loose('The bridge was completed in 1998; six months later, in March 2001, it cracked.'), []);
  assert.deepEqual(dates('The bridge was completed in 1998; six months later, in March 2001, it cracked.', '2023-06-01', 'offset-landing'), []);
});

test('an earlier date three sentences back: agreement only', () => {
  const opened = 'The mine opened in June 2010. Workers struck often. Floods hit the pit.';
  assert.deepEqual(loose(`${opened} Five years later, in 2015, it closed.`), ['CONSISTENT']);
  assert.deepEqual(loose(`${opened} Five years later, in 2018, it closed.`), []);
  assert.deepEqual(dates(`${opened} Five years later, in 2018, it closed.`, '2023-06-01', 'offset-landing'), []);
});
