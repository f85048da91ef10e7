// The entities stage's word view: capitalisation and word-ness of each token (ASCII fast path and the Unicode
// path must agree), and headline case, which turns on whether words start lower-case.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../../../src/nlp/entities/tokenize.js';

const flags = (s: string) => tokenize(s).map((t) => `${t.text}:${t.isWord ? 'w' : '-'}${t.cap ? 'C' : ''}${t.allCaps ? 'A' : ''}`);

test('entities tokens: word and capital flags, ASCII and beyond', () => {
  assert.deepEqual(flags('Kim met 3 NATO envoys.'), ['Kim:wC', 'met:w', '3:w', 'NATO:wCA', 'envoys:w', '.:-']);
  assert.deepEqual(flags('Émile and élan in Łódź, ß.'), ['Émile:wC', 'and:w', 'élan:w', 'in:w', 'Łódź:wC', ',:-', 'ß:w', '.:-']);
  assert.deepEqual(flags('“Σ” ΑΘΗΝΑ'), ['“:-', 'Σ:wC', '”:-', 'ΑΘΗΝΑ:wCA']);
  assert.deepEqual(flags('$5 @ _x'), ['$:-', '5:w', '@:-', '_:-', 'x:w']);
});

test('entities tokens: headline case needs every long word capitalised, ASCII or not', () => {
  const sents = (t: string) => [{ start: 0, end: t.length }];
  const hl = (t: string) => tokenize(t, sents(t)).every((x) => x.headline);
  assert.equal(hl('Storm Daniel Hits Eastern Libya'), true);
  assert.equal(hl('Storm Daniel hits eastern Libya'), false);
  assert.equal(hl('Storm Daniel Hits Éastern Libya'), true);
  assert.equal(hl('Storm Daniel Hits élan Libya'), false, 'a non-ASCII lower-case first letter counts as lower-case');
  assert.equal(hl('Storm in the Desert'), true, 'short function words may stay lower-case');
});
