// The lexicons are data edited by hand: check their shape so a typo cannot silently disable an entry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as L from '../../../src/nlp/segment/lexicon.js';
import { A_AMBIGUOUS, A_MONTH, A_NONE, A_NUMERIC, A_TITLE, abbreviationClass } from '../../../src/nlp/segment/abbreviations.js';

const LETTERS = /^\p{L}+$/u;

test('abbreviation lists hold bare letters, no periods, no duplicates', () => {
  for (const [name, list] of Object.entries({
    TITLE: L.TITLE_ABBREVIATIONS, AMBIGUOUS: L.AMBIGUOUS_ABBREVIATIONS, NUMERIC: L.NUMERIC_ABBREVIATIONS,
    MONTH: L.MONTH_ABBREVIATIONS, LIKELY_END: L.LIKELY_END_ABBREVIATIONS,
  })) {
    for (const w of list) assert.match(w, LETTERS, `${name}: ${w}`);
    assert.equal(new Set(list).size, list.length, `${name} has duplicates`);
  }
});

test('sentence starters are capitalised single words; speech verbs lower case', () => {
  for (const w of L.SENTENCE_STARTERS) assert.match(w, /^\p{Lu}\p{Ll}*$/u, w);
  for (const w of L.SPEECH_VERBS) assert.match(w, /^\p{Ll}+$/u, w);
  for (const w of L.CONTINUATION_WORDS) assert.match(w, /^\p{Ll}+$/u, w);
});

test('abbreviation classes, including ALL-CAPS text', () => {
  assert.equal(abbreviationClass('Mr', false), A_TITLE);
  assert.equal(abbreviationClass('MR', false), A_TITLE);
  assert.equal(abbreviationClass('Sept', false), A_MONTH);
  assert.equal(abbreviationClass('Inc', false), A_AMBIGUOUS);
  assert.equal(abbreviationClass('No', true), A_NUMERIC);
  // "No." is only an abbreviation before a number; "said no." ends a sentence.
  assert.equal(abbreviationClass('No', false), A_NONE);
  assert.equal(abbreviationClass('no', true), A_NONE);
  assert.equal(abbreviationClass('table', false), A_NONE);
  assert.equal(abbreviationClass('mr', false), A_NONE);
});
