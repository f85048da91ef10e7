// Speed: the checks scan sentence by sentence, and String.prototype.matchAll clones its regex on every call (a long
// pattern may be parsed and compiled again once V8's regexp cache has aged it out). The checks use allMatches
// (src/core/regex.ts), which gives the same matches without the clone. Invented report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc, prepareDocument } from '../../src/analyze.js';
import { runChecks } from '../../src/nlp/checks/index.js';

const TEXT = [
  'The jury found him guilty on all six counts on Tuesday. He showed no emotion.',
  'The charges — four counts of fraud and two conspiracy counts — carry long terms.',
  'Three days later, on Friday, his lawyers said they would appeal. Of the 12 jurors, 10 voted to convict and 2 to acquit.',
  'The board voted 7-2 in favour; 55% of members backed the plan and 45% opposed it.',
  'He was born in 1970 and, now 54, has lived in Ohio since 2001.',
].join(' ');

test('checks: no String.prototype.matchAll call, and the same checks as the stage gave', () => {
  const doc = analyzeDoc(prepareDocument({ text: TEXT }, { publishedAt: '2024-05-10' }));
  const stage = JSON.stringify(doc.checks);
  const proto = String.prototype as { matchAll: (re: RegExp) => IterableIterator<RegExpMatchArray> };
  const orig = proto.matchAll;
  let calls = 0;
  proto.matchAll = function (this: string, re: RegExp) { calls++; return orig.call(this, re); };
  let again: string;
  try { again = JSON.stringify(runChecks(doc)); } finally { proto.matchAll = orig; }
  assert.equal(calls, 0, 'String.prototype.matchAll called by the checks');
  assert.equal(again, stage);
  // what must not change: the charge list still agrees with "all six counts"
  assert.ok(doc.checks.some((c) => c.kind === 'COUNT' && c.status === 'CONSISTENT' && /= 6 counts/.test(c.detail)), stage);
});
