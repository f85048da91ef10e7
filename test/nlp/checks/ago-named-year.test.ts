import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../../src/nlp/checks/index.js';

// "the peak it set more than 34 years ago" with "its 1989 peak" in another sentence: the thing the length counts back
// to is named by the same head noun, and the other sentence dates that noun with a year written before it. Sentences
// written for this test; reference date pinned.
const dates = (text: string) => runChecks({ text, sentences: [], quantities: [], times: [], entities: [], anchorDate: '2024-02-22' })
  .filter((c) => c.kind === 'DATE_ARITHMETIC').map((c) => `${c.status} ${(c as { rule?: string }).rule}`);

test('DATE_ARITHMETIC: an "ago" of a named thing against the year another sentence gives that thing', () => {
  assert.deepEqual(dates('The index closed above the peak it set at the height of the bubble more than 34 years ago. '
    + 'Back then, at its 1989 peak, land was dear.'), ['CONSISTENT checks:date-arithmetic:ago-named-year']);
  assert.deepEqual(dates('The team won the title they last lifted nearly three decades ago. Their 1995 title came in a final.'),
    ['CONSISTENT checks:date-arithmetic:ago-named-year']);
  // the arithmetic clearly fails
  assert.deepEqual(dates('The index closed above the peak it set 12 years ago. Back then, at its 1989 peak, land was dear.'),
    ['INCONSISTENT checks:date-arithmetic:ago-named-year']);
});

test('DATE_ARITHMETIC: no "ago" link when the named thing is not certain', () => {
  // another noun dated: nothing ties the year to the peak
  assert.deepEqual(dates('The index closed above the peak it set 12 years ago. Its 1989 crash was worse.'), []);
  // two years for the same noun: which one is meant is unknown
  assert.deepEqual(dates('The index closed above the peak it set 12 years ago. Its 1989 peak and its 2012 peak differ.'), []);
  // a year in the sentence of the length: the sentence rules read it
  assert.deepEqual(dates('The index passed the peak it set in 1989, 12 years ago. Its 1989 peak was high.').filter((s) => s.includes('ago-named-year')), []);
});
