import { test } from 'node:test';
import assert from 'node:assert/strict';
import { capitalisedRunStart } from '../../../src/nlp/quantity/filters.js';
import { sentenceSpans, tokenize } from '../../../src/nlp/quantity/tokens.js';

// The capitalised-run walk that namesPerson and unknownNameAge shared as two copies: the run a capitalised word ends.
const runBefore = (s: string, word: string): string => {
  const toks = tokenize(s, sentenceSpans(s, []));
  const k = toks.findIndex((t) => t.text === word);
  return toks.slice(capitalisedRunStart(toks, k), k + 1).map((t) => t.text).join(' ');
};

test('the run of capitalised words a word ends: at most four before it, one sentence, spaces only', () => {
  assert.equal(runBefore('The pilot is Captain Zaharie Ahmad Shah, 53, who joined.', 'Shah'), 'Captain Zaharie Ahmad Shah');
  assert.equal(runBefore('Former Navy Seal Saman Kunan, 38, died.', 'Kunan'), 'Former Navy Seal Saman Kunan');
  assert.equal(runBefore('The Very Former Navy Seal Saman Kunan, 38, died.', 'Kunan'), 'Former Navy Seal Saman Kunan');
  assert.equal(runBefore('the man Kunan, 38, died.', 'Kunan'), 'Kunan');
  // a comma, a hyphen or a sentence end stops the run
  assert.equal(runBefore('Paris, Lyon, 69, and more.', 'Lyon'), 'Lyon');
  assert.equal(runBefore('He left. Saman Kunan, 38, died.', 'Kunan'), 'Saman Kunan');
  assert.equal(runBefore('It was Anglo-Saxon Kunan, 38.', 'Kunan'), 'Saxon Kunan');
});
