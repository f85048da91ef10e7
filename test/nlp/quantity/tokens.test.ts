// The quantity stage's tokens: kind of each token (ASCII decided without a regex, other scripts by \p{L}) and
// whether a space or a line break precedes it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sentenceSpans, tokenize } from '../../../src/nlp/quantity/tokens.js';

const toks = (s: string) => tokenize(s, sentenceSpans(s, [])).map((t) => `${t.text}:${t.kind}${t.space ? ' ' : ''}${t.newline ? 'N' : ''}`);

test('quantity tokens: kinds', () => {
  assert.deepEqual(toks('122mm, 1.5 km'), ['122:num', 'mm:word', ',:sym', '1.5:num ', 'km:word ']);
  assert.deepEqual(toks('€5 Δx £3'), ['€:sym', '5:num', 'Δx:word ', '£:sym ', '3:num']);
  assert.deepEqual(toks("Kim's ½ _"), ['Kim:word', "'s:sym", '½:sym ', '_:sym ']);
});

test('quantity tokens: space and line break before a token', () => {
  assert.deepEqual(toks('5\nkm'), ['5:num', 'km:word N']);
  assert.deepEqual(toks('5  \n\n km'), ['5:num', 'km:word N']);
  assert.deepEqual(toks('5 km'), ['5:num', 'km:word ']);
  assert.deepEqual(toks('5km'), ['5:num', 'km:word']);
});
