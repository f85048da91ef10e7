// Speed: the entities stage's tokens keep one hidden class. tokNorm() fills `norm` lazily; a token literal without
// the field would get a second shape on first use, and every read of a token property in the stage would see two.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize, tokNorm } from '../../src/nlp/entities/tokenize.js';

test('entity tokens: same own keys in the same order before and after tokNorm()', () => {
  const toks = tokenize('Kim Jong-un met U.S. officials in São Paulo on Monday, the ministry’s spokesman said.');
  assert.ok(toks.length > 10);
  const keys = Object.keys(toks[0]!).join(',');
  assert.ok(keys.includes('norm'), 'norm is declared on every token');
  for (const t of toks.filter((x) => x.cap)) tokNorm(t); // some tokens get their norm, the others not
  for (const t of toks) assert.equal(Object.keys(t).join(','), keys, `token "${t.text}"`);
});

test('entity tokens: tokNorm() still computes and caches the normalised form', () => {
  const toks = tokenize('São Paulo and U.S. and Kim’s');
  assert.equal(toks[0]!.norm, undefined); // not computed before asked
  assert.equal(tokNorm(toks[0]!), 'sao');
  assert.equal(toks[0]!.norm, 'sao');
  const us = toks.find((t) => t.text === 'U.S.')!;
  assert.equal(tokNorm(us), 'us');
  assert.equal(tokNorm(toks.find((t) => t.text === 'and')!), 'and');
});
