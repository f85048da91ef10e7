// Indexes over one sentence's tokens, built once per token array and shared by every cue in the sentence, so that
// a cue looks only at the tokens that can matter (its commas, its "speaking to" phrases) instead of scanning the
// sentence: a sentence of thousands of cues ("X said that Y said that …" × 2,000) made every such scan quadratic.
import type { Tok } from '../claims/text.js';
import { isComma, isPunct } from './frame.js';
import { SPEAKING } from './words.js';
import { lowerBound } from '../../core/lower-bound.js';

interface TokIndex {
  len: number;
  /** Indices of the commas, ascending. */
  commas: Int32Array;
  /** Indices of "speaking to Y" / "speaking by phone to Y" and "citing" tokens, ascending. */
  speaking: Int32Array;
  /** stop[i]: the largest m ≤ i whose token is a comma, "who" or "which"; -1 when none. */
  stop: Int32Array;
  /** semi[i]: the smallest m ≥ i whose token is a semicolon; -1 when none. */
  semi: Int32Array;
  /** citing[p]: the largest q ≤ p such that the q-th speaking token is "citing"; -1 when none. */
  citing: Int32Array;
  /** The commas opening the outlet's comment on the clause before (active.ts), found on first use. */
  comment?: Int32Array;
}
const CACHE = new WeakMap<Tok[], TokIndex>();

function indexOf(toks: Tok[]): TokIndex {
  const have = CACHE.get(toks);
  if (have && have.len === toks.length) return have;
  const commas: number[] = [];
  const speaking: number[] = [];
  const stop = new Int32Array(toks.length);
  let last = -1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (isComma(t)) commas.push(i);
    if ((SPEAKING.has(t.l) && (toks[i + 1]?.l === 'to' || (toks[i + 1]?.l === 'by' && toks[i + 3]?.l === 'to'))) || t.l === 'citing') speaking.push(i);
    if (isComma(t) || t.l === 'who' || t.l === 'which') last = i;
    stop[i] = last;
  }
  const semi = new Int32Array(toks.length);
  let next = -1;
  for (let i = toks.length - 1; i >= 0; i--) { if (isPunct(toks[i], ';')) next = i; semi[i] = next; }
  const citing = new Int32Array(speaking.length);
  let lastCiting = -1;
  for (let p = 0; p < speaking.length; p++) { if (toks[speaking[p]!]!.l === 'citing') lastCiting = p; citing[p] = lastCiting; }
  const ix: TokIndex = { len: toks.length, commas: Int32Array.from(commas), speaking: Int32Array.from(speaking), stop, semi, citing };
  CACHE.set(toks, ix);
  return ix;
}

/** The comma tokens' indices, ascending. */
export function commaIndices(toks: Tok[]): Int32Array { return indexOf(toks).commas; }
/** The indices of tokens that may open "speaking to Y" (or "speaking by phone to Y") or "citing Y", ascending. */
export function speakingIndices(toks: Tok[]): Int32Array { return indexOf(toks).speaking; }
/** The largest position q ≤ p in speakingIndices whose token is "citing"; -1 when none. */
export function citingAtOrBefore(toks: Tok[], p: number): number { return p < 0 ? -1 : indexOf(toks).citing[p] ?? -1; }
/** The largest m with limit ≤ m ≤ i whose token is a comma, "who" or "which"; limit - 1 when none. */
export function stopAtOrBefore(toks: Tok[], i: number, limit: number): number {
  const m = i >= 0 && i < toks.length ? indexOf(toks).stop[i]! : i < 0 ? -1 : indexOf(toks).stop[toks.length - 1] ?? -1;
  return m >= limit ? m : limit - 1;
}
/** The first position p in the ascending list with list[p] ≥ x (list.length when none). */
export function firstFrom(list: Int32Array, x: number): number {
  return lowerBound(list.length, (m) => list[m]! < x);
}
/** The first semicolon token at or after index j (from 0 when j < 0); -1 when none. */
export function semicolonFrom(toks: Tok[], j: number): number {
  if (j >= toks.length) return -1;
  return indexOf(toks).semi[Math.max(0, j)]!;
}
/** The commas opening the outlet's comment (found by `find` on first use), kept with the sentence's other indexes. */
export function commentCommaIndices(toks: Tok[], find: (toks: Tok[]) => Int32Array): Int32Array {
  const ix = indexOf(toks);
  return (ix.comment ??= find(toks));
}
