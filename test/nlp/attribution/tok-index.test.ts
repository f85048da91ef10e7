import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { clauseEnd, leftChunks } from '../../../src/nlp/attribution/clause.js';
import { DET, SPEAKING } from '../../../src/nlp/attribution/words.js';
import { isComma, isHard, isPunct } from '../../../src/nlp/attribution/frame.js';
import { citingAtOrBefore, commaIndices, semicolonFrom, speakingIndices, stopAtOrBefore } from '../../../src/nlp/attribution/tok-index.js';
import { tokenize, type Tok } from '../../../src/nlp/claims/text.js';

// The look-ups that replaced per-cue scans give what the scans gave, on random sentences of reporting words and
// punctuation (written for this test).
const WORDS = ['he', 'said', 'that', 'who', 'which', 'speaking', 'talked', 'to', 'by', 'phone', 'citing', 'the', 'mayor', 'and', ',', ';', '(', ')', '"', '.', 'It', 'rained'];
const sentence = (ws: number[]): string => ws.map((w) => WORDS[w]!).join(' ') + '.';
const words = fc.array(fc.integer({ min: 0, max: WORDS.length - 1 }), { minLength: 1, maxLength: 50 });

/** The scans as they were. */
function clauseEndScan(toks: Tok[], j: number): number {
  for (let i = j; i < toks.length; i++) if (isPunct(toks[i], ';')) return i;
  let e = toks.length;
  while (e > j && !toks[e - 1]!.w && !toks[e - 1]!.q && toks[e - 1]!.t !== ')' && toks[e - 1]!.t !== '%' && toks[e - 1]!.t !== '$') e--;
  return e;
}
function leftChunksScan(toks: Tok[], k: number, limit: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let b = k;
  let i = k;
  for (; i >= limit; i--) {
    const t = toks[i]!;
    if (isComma(t)) { if (b > i) out.unshift([i + 1, b]); b = i - 1; continue; }
    if (t.t === ')') {
      let m = i - 1;
      while (m > limit && toks[m]!.t !== '(' && i - m < 12) m--;
      if (toks[m]?.t === '(' && m > limit) { i = m; continue; }
    }
    if (t.l === 'that' && !t.cap) {
      let m = i - 1;
      while (m >= limit && !isComma(toks[m]) && !(toks[m]!.l === 'who' || toks[m]!.l === 'which')) m--;
      if (m >= limit && (toks[m]!.l === 'who' || toks[m]!.l === 'which')) continue;
      if (m >= limit && isComma(toks[m]) && m + 1 < i && DET.has(toks[m + 1]!.l) && i - m <= 6 && toks.slice(m + 1, i).every((x) => x.w)) continue;
      break;
    }
    if (isHard(t) || t.q) break;
  }
  if (b > i) out.unshift([i + 1, b]);
  return out.filter(([a, z]) => z >= a);
}

describe('tok-index look-ups', () => {
  it('commas, semicolons, stops and speaking tokens are the ones a scan finds', () => {
    fc.assert(fc.property(words, fc.nat(), fc.nat(), (ws, x, y) => {
      const s = sentence(ws);
      const toks = tokenize(s, 0, s.length);
      assert.deepEqual([...commaIndices(toks)], toks.flatMap((t, i) => (isComma(t) ? [i] : [])));
      const n = toks.length;
      const j = (x % (n + 2)) - 1;
      assert.equal(semicolonFrom(toks, j), toks.findIndex((t, i) => i >= j && isPunct(t, ';')));
      const i = x % n, limit = y % (i + 1);
      let m = i;
      while (m >= limit && !isComma(toks[m]) && !(toks[m]!.l === 'who' || toks[m]!.l === 'which')) m--;
      assert.equal(stopAtOrBefore(toks, i, limit), m);
      // every token a scan finds opening "speaking to Y", "speaking by phone to Y" or "citing Y", and no other
      const sp = toks.flatMap((t, k) => ((SPEAKING.has(t.l) && (toks[k + 1]?.l === 'to' || (toks[k + 1]?.l === 'by' && toks[k + 3]?.l === 'to'))) || t.l === 'citing' ? [k] : []));
      assert.deepEqual([...speakingIndices(toks)], sp);
      for (let p = 0; p < sp.length; p++) {
        let q = p;
        while (q >= 0 && toks[sp[q]!]!.l !== 'citing') q--;
        assert.equal(citingAtOrBefore(toks, p), q);
      }
    }), { numRuns: 500, seed: 7 });
  });
  it('clauseEnd and leftChunks answer as before', () => {
    fc.assert(fc.property(words, fc.nat(), fc.nat(), (ws, x, y) => {
      const s = sentence(ws);
      const toks = tokenize(s, 0, s.length);
      const j = x % toks.length;
      assert.equal(clauseEnd(toks, j), clauseEndScan(toks, j));
      const limit = y % (j + 1);
      assert.deepEqual(leftChunks(toks, j, limit), leftChunksScan(toks, j, limit));
    }), { numRuns: 500, seed: 11 });
  });
});
