// The stage contract: name, declared layers, and that run() fills doc.sentences and doc.tokens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newDoc } from '../../../src/nlp/doc.js';
import { segmentStage } from '../../../src/nlp/segment/index.js';

function docOf(text: string) {
  return newDoc({ id: 'x', text, language: 'en' });
}

test('segment stage declares its layers', () => {
  assert.equal(segmentStage.name, 'segment');
  assert.deepEqual([...segmentStage.writes].sort(), ['sentences', 'tokens']);
  assert.deepEqual([...segmentStage.reads], []);
});

test('run() fills sentences and tokens with offsets into doc.text', () => {
  const doc = docOf('Quake hits city\n\nTOKYO (AP) — A quake struck at 5 a.m. The toll is 12.');
  segmentStage.run(doc);
  const texts = doc.sentences.map((s) => doc.text.slice(s.start, s.end));
  assert.deepEqual(texts, ['Quake hits city', 'TOKYO (AP) —', 'A quake struck at 5 a.m.', 'The toll is 12.']);
  assert.deepEqual(doc.sentences.map((s) => s.kind), ['HEADLINE', 'DATELINE', 'BODY', 'BODY']);
  assert.deepEqual(doc.sentences.map((s) => s.paragraph), [0, 1, 1, 1]);
  const last = doc.tokens[doc.tokens.length - 1];
  assert.equal(doc.text.slice(last.start, last.end), '.');
  assert.equal(last.sentence, 3);
  const twelve = doc.tokens[doc.tokens.length - 2];
  assert.equal(twelve.kind, 'NUMBER');
});

test('run() replaces earlier layers instead of appending (idempotent)', () => {
  const doc = docOf('One. Two.');
  segmentStage.run(doc);
  segmentStage.run(doc);
  assert.equal(doc.sentences.length, 2);
  assert.equal(doc.tokens.length, 4);
});

test('empty text gives empty layers', () => {
  const doc = docOf('');
  segmentStage.run(doc);
  assert.deepEqual(doc.sentences, []);
  assert.deepEqual(doc.tokens, []);
});

test('a title given in the metadata marks the opening sentence as headline', () => {
  const doc = newDoc({ id: 'x', text: 'Court rules against the state.\n\nThe ruling came on Friday.', language: 'en', title: 'Court rules against the state.' });
  segmentStage.run(doc);
  assert.deepEqual(doc.sentences.map((s) => s.kind), ['HEADLINE', 'BODY']);
  const plain = docOf('Court rules against the state.\n\nThe ruling came on Friday.');
  segmentStage.run(plain);
  assert.deepEqual(plain.sentences.map((s) => s.kind), ['BODY', 'BODY']);
});
