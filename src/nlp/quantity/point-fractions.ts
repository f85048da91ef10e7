// "raised rates by a half-point", "a quarter-point cut", "a three-quarter-point hike": a fraction of a percentage point
// written as one hyphenated word, a move of an interest rate or yield in basis points (50, 25, 75). Only in a sentence
// about rates (data/lexicon/quantity-rate-cues.txt) or before a move ("a half-point increase", quantity-rate-moves.txt):
// "a half-point lead" at chess is another point.
import type { Quantity } from '../../core/types.js';
import { readWordSet } from '../../core/word-lists.js';
import { DASHES, type Found, type ScanContext } from './candidate.js';

const RATE_CUES = readWordSet('quantity-rate-cues.txt');
const RATE_MOVES = readWordSet('quantity-rate-moves.txt');
/** How many tokens from the phrase a word of rates may stand. */
const CUE_WINDOW = 8;
const BASIS_POINTS: Readonly<Record<string, number>> = { half: 50, quarter: 25 };

/** A "half-point" or "(three-)quarter-point" starting at token i (the fraction word), or undefined. */
export function pointFractionAt(ctx: ScanContext, i: number): Found | undefined {
  const { toks } = ctx;
  let k = i;
  let times = 1;
  // "three-quarter-point", "three quarter-point"
  if (toks[k]?.lower === 'three' && (toks[k + 1]?.lower === 'quarter' || (DASHES.has(toks[k + 1]?.text ?? '') && toks[k + 2]?.lower === 'quarter'))) {
    times = 3;
    k += toks[k + 1]!.lower === 'quarter' ? 1 : 2;
  }
  const bp = BASIS_POINTS[toks[k]?.lower ?? ''];
  if (bp === undefined || (times === 3 && bp !== 25)) return undefined;
  const dash = toks[k + 1], point = toks[k + 2];
  if (!dash || !point || !DASHES.has(dash.text) || dash.space || point.space || point.lower !== 'point') return undefined;
  // "a half-point-per-game average": a longer compound
  if (toks[k + 3] && DASHES.has(toks[k + 3]!.text) && !toks[k + 3]!.space) return undefined;
  const sent = toks[i]!.sent;
  // "a half-point increase": a move right after; otherwise a word of rates in the sentence
  const move = toks[k + 3]?.sent === sent && RATE_MOVES.has(toks[k + 3]!.lower);
  // (the word of rates within CUE_WINDOW tokens: "took a half-point lead, as the bank raised rates …" is no move)
  if (!move && !rateCueNear(toks, sent, i - CUE_WINDOW, k + 2 + CUE_WINDOW)) return undefined;
  const q: Quantity = { start: toks[i]!.start, end: point.end, text: '', value: bp * times, unit: 'bp', rule: 'quantity:point-fraction' };
  q.text = ctx.text.slice(q.start, q.end);
  return { items: [q], last: k + 2 };
}

/** Whether a word of rates stands among tokens [from, to] of sentence `sent` (only the window is read, not the document). */
function rateCueNear(toks: ScanContext['toks'], sent: number, from: number, to: number): boolean {
  for (let j = Math.max(0, from); j <= to && j < toks.length; j++) {
    const t = toks[j]!;
    if (t.sent === sent && t.kind === 'word' && RATE_CUES.has(t.lower)) return true;
  }
  return false;
}
