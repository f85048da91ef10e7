import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../../src/nlp/checks/index.js';
import { findQuantities } from '../../../src/nlp/quantity/index.js';
import { segment } from '../../../src/nlp/segment/index.js';
import { tagTimes } from '../../../src/nlp/time/index.js';

// False positives a code review found in the checks landed at the tenth pass, each with a case that must still fire.
// Sentences written for these tests, through the real segmenter, time and quantity stages.

function analyse(text: string) {
  const anchor = '2025-03-14';
  const sentences = segment(text).sentences;
  const { times } = tagTimes(text, { anchorDate: anchor, sentences });
  const quantities = findQuantities({ text, sentences, times });
  return { text, sentences, quantities, times, entities: [], anchorDate: anchor };
}
function counts(text: string, rule: string): string[] {
  return runChecks(analyse(text)).filter((c) => c.kind === 'COUNT' && (c as { rule?: string }).rule === `checks:count:${rule}`).map((c) => c.status);
}

test('a change figure introduced by "down" is the change\'s own only when "down" is the whole gap', () => {
  // another change's "down" stands between: 2 points is the opposition's change, not the party's
  assert.deepEqual(counts('Support for the party rose to 35% from 30%, while the opposition, down 2 points, fell to 28%.', 'change'), []);
  // the "down" right after the values still introduces their change
  assert.deepEqual(counts('Inflation eased to 3.1 percent from 3.4 percent, down 0.3 points.', 'change'), ['CONSISTENT']);
  assert.deepEqual(counts('Inflation eased to 3.1 percent from 3.4 percent, down 0.8 points.', 'change'), ['INCONSISTENT']);
});

test('listed amounts that fall short of their total say nothing: the total may count earlier amounts', () => {
  assert.deepEqual(counts('Japan pledged $5 million and Germany $3 million, for a total of $15 million in pledges so far.', 'amount-total'), []);
  // parts that exceed the total still do not add up; parts that meet it agree
  assert.deepEqual(counts('Japan pledged $5 million and Germany $3 million, for a total of $6 million in pledges.', 'amount-total'), ['INCONSISTENT']);
  assert.deepEqual(counts('Japan pledged $5 million and Germany $3 million, for a total of $8 million in pledges.', 'amount-total'), ['CONSISTENT']);
});
