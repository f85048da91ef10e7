// Invariants that hold for any input: sentences ordered, non-overlapping, trimmed and non-empty;
// tokens cover every non-space character exactly once, lie inside their sentence and are ordered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { segment } from '../../../src/nlp/segment/index.js';

const SPACE = /\s/;

function checkInvariants(text: string): void {
  const { sentences, tokens } = segment(text);
  let prevEnd = 0;
  for (const s of sentences) {
    assert.ok(s.start < s.end, 'sentence non-empty');
    assert.ok(s.start >= prevEnd, 'sentences ordered and non-overlapping');
    assert.ok(s.end <= text.length, 'sentence inside text');
    const body = text.slice(s.start, s.end);
    assert.equal(body, body.trim(), 'sentence trimmed');
    assert.ok(s.kind === 'HEADLINE' || s.kind === 'BYLINE' || s.kind === 'DATELINE' || s.kind === 'BODY');
    assert.ok(Number.isInteger(s.paragraph) && (s.paragraph ?? -1) >= 0);
    prevEnd = s.end;
  }
  const covered = new Uint8Array(text.length);
  let prevTokEnd = 0;
  let prevSentence = 0;
  for (const t of tokens) {
    assert.ok(t.start < t.end && t.start >= prevTokEnd, 'tokens ordered, non-empty');
    prevTokEnd = t.end;
    const s = sentences[t.sentence];
    assert.ok(s !== undefined, 'token has a sentence');
    assert.ok(t.sentence >= prevSentence, 'token sentences non-decreasing');
    prevSentence = t.sentence;
    assert.ok(t.start >= s.start && t.end <= s.end, 'token inside its sentence');
    for (let i = t.start; i < t.end; i++) covered[i]++;
  }
  for (let i = 0; i < text.length; i++) {
    const space = SPACE.test(text[i]);
    assert.equal(covered[i], space ? 0 : 1, `char ${i} ${JSON.stringify(text[i])} covered ${covered[i]}x`);
  }
  // Each sentence starts with its first token and ends with its last one.
  for (let i = 0; i < sentences.length; i++) {
    const own = tokens.filter((t) => t.sentence === i);
    assert.ok(own.length > 0);
    assert.equal(own[0].start, sentences[i].start);
    assert.equal(own[own.length - 1].end, sentences[i].end);
  }
}

// News-like pieces so that the interesting branches (abbreviations, quotes, numbers) get hit.
const piece = fc.constantFrom(
  'Mr.', 'U.S.', 'a.m.', 'p.m.', 'Inc.', 'No.', 'Sept.', 'W.', 'J.R.R.', 'e.g.', 'etc.', 'The', 'he', 'said',
  '1,180', '1.5', '$', '€', '%', '71.4', '122mm', '68.7bn', 'km/h', '’s', "n't", "don't", 'Kim’s', '’90s',
  '"', '“', '”', '‘', '’', "'", '(', ')', '[', ']', '.', '...', '…', '?!', '?', '!', ',', ';', ':', '-', '—', '–',
  'https://example.org/a.b', 'x@y.com', 'Jong-un', 'then-US', 'PYONGYANG,', '(Reuters)', 'By', 'WASHINGTON',
  '•', '1.', '👍', '\u0301', '\ud800', '\udc00', 'e\u0301', 'Ω', '日本', '°C', '#tag', '@who', '2023-09-11',
);
const sep = fc.constantFrom(' ', '', '\n', '\n\n', '  ', '\t', ' \n ');
const newsText = fc.array(fc.tuple(piece, sep), { maxLength: 60 }).map((xs) => xs.map(([p, s]) => p + s).join(''));

test('invariants on news-like random text', () => {
  fc.assert(fc.property(newsText, (text) => { checkInvariants(text); }), { numRuns: 1500 });
});

test('invariants on arbitrary unicode strings', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => { checkInvariants(text); }), { numRuns: 1000 });
});

test('invariants on arbitrary UTF-16 code units (lone surrogates)', () => {
  fc.assert(fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 120 }), (text) => {
    checkInvariants(text);
  }), { numRuns: 500 });
});

test('segmenting a substring at sentence bounds reproduces that sentence', () => {
  fc.assert(fc.property(newsText, (text) => {
    const { sentences } = segment(text);
    for (const s of sentences) {
      const sub = text.slice(s.start, s.end);
      const again = segment(sub).tokens.map((t) => sub.slice(t.start, t.end)).join(' ');
      const orig = segment(text).tokens.filter((t) => t.start >= s.start && t.end <= s.end).map((t) => text.slice(t.start, t.end)).join(' ');
      // Tokenisation is local: the same characters give the same tokens, except at the edges
      // where context (a preceding word for ".5", a following digit for "No.") differs.
      if (again !== orig) assert.ok(Math.abs(again.length - orig.length) <= 2 || again.replace(/ /g, '') === orig.replace(/ /g, ''));
    }
  }), { numRuns: 200 });
});
