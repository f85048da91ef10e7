import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';
import { CURRENCY_CODES, TIGHT_CURRENCY_LETTERS } from '../../../src/nlp/quantity/lexicon.js';

// Currency codes and letters read from data/lexicon/currency-iso4217.tsv and currency-letters.tsv. Invented sentences.
const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.value, q.unit]);

test('the ISO 4217 table: any code before or after a figure, but not the codes that are also words', () => {
  assert.ok(CURRENCY_CODES.includes('USD') && CURRENCY_CODES.includes('JMD') && CURRENCY_CODES.includes('UYU'));
  assert.ok(!CURRENCY_CODES.includes('ALL') && !CURRENCY_CODES.includes('TOP') && !CURRENCY_CODES.includes('CUP'));
  assert.deepEqual(find('The island borrowed JMD 5 billion.'), [['JMD 5 billion', 5e9, 'JMD']]);
  assert.deepEqual(find('Exports reached 3 billion UYU last year.'), [['3 billion UYU', 3e9, 'UYU']]);
  assert.deepEqual(find('The fine was HNL 200,000.'), [['HNL 200,000', 200000, 'HNL']]);
  // a code that is also a word is no currency
  assert.equal(find('TOP 10 songs of the year').some((q) => q[2] === 'TOP'), false);
  assert.equal(find('ALL 5 members voted.').some((q) => q[2] === 'ALL'), false);
});

test('the Turkish lira\'s "TL", before (spaced or glued) or after a marked figure', () => {
  assert.equal(TIGHT_CURRENCY_LETTERS.TL, 'TRY');
  assert.deepEqual(find('The bridge cost TL 5 billion.'), [['TL 5 billion', 5e9, 'TRY']]);
  assert.deepEqual(find('The rent rose to TL2,825.90 a month.').map((q) => q[2]), ['TRY']);
  assert.deepEqual(find('The state paid 12 billion TL for it.'), [['12 billion TL', 1.2e10, 'TRY']]);
  // a bare integer after "TL" is a name or a grade, not money
  assert.deepEqual(find('The TL 5 team met on Monday.').some((q) => q[2] === 'TRY'), false);
});

test('the peso\'s and pula\'s "P" touching a scaled figure; never a bare "P" and digits', () => {
  assert.deepEqual(find('The senate approved P2 billion for relief.'), [['P2 billion', 2e9, 'PHP']]);
  assert.deepEqual(find('The agency spent P1.5bn on roads.'), [['P1.5bn', 1.5e9, 'PHP']]);
  assert.deepEqual(find('The P3 lab was closed.'), []);
  assert.deepEqual(find('Mix in P 2 billion tokens.').some((q) => q[2] === 'PHP'), false);
});
