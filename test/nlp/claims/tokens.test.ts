// The attribution/certainty tokenizer: "n't" is split off in any case and with either apostrophe; the
// document's tokens are cached once and sliced per claim.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cacheDocTokens, tokenize, tokensIn } from '../../../src/nlp/claims/text.js';

const words = (s: string) => tokenize(s, 0, s.length).map((t) => t.t);

test('claims tokenizer: n\'t splits off whatever the case or apostrophe', () => {
  assert.deepEqual(words("He didn't go."), ['He', 'did', "n't", 'go', '.']);
  assert.deepEqual(words('THEY WASN’T SURE'), ['THEY', 'WAS', 'N’T', 'SURE']);
  assert.deepEqual(words("Ca N'T"), ['Ca', "N'T"]);
  assert.deepEqual(tokenize("didn’t", 0, 6).map((t) => t.l), ['did', "n't"]);
});

test('claims tokenizer: no split without the apostrophe, for a bare n\'t, or a short word', () => {
  assert.deepEqual(words('Hunt said the tent burnt.'), ['Hunt', 'said', 'the', 'tent', 'burnt', '.']);
  assert.deepEqual(words("n't"), ["n't"]);
  assert.deepEqual(words("don'"), ['don', "'"]);
  assert.deepEqual(words("O'Neil's won't"), ["O'Neil's", 'wo', "n't"]);
});

test('claims tokens: cached per document, sliced by offsets, offsets kept', () => {
  const text = 'Kim said it. Putin didn’t agree.';
  const doc = {};
  cacheDocTokens(doc, text, [tokenize(text, 0, 12), tokenize(text, 13, text.length)]);
  const got = tokensIn(doc, text, 13, text.length);
  assert.deepEqual(got.map((t) => t.t), ['Putin', 'did', 'n’t', 'agree', '.']);
  for (const t of got) assert.equal(text.slice(t.s, t.e), t.t);
  assert.deepEqual(tokensIn(doc, text, 0, 12).map((t) => t.t), ['Kim', 'said', 'it', '.']);
});
