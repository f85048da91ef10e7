import type { Quantity } from '../../core/types.js';
import { readWordSet } from '../../core/word-lists.js';
import { POINTS_UNIT } from './units.js';
import type { QTok } from './tokens.js';

// "points" that are percentage points: a gap or move of a rate told in the figure's own clause ("That leaves the
// policy rate nearly five points below inflation", "Bond yields have climbed 2 points"), or a change told as "a gain of
// N points" in a report that has already counted in percentage points ("a recovery of more than four percentage points
// … the PAP's gain of 4.33 points"). Points in a sentence naming a stock index stay index points ("The Sensex fell
// 1,200 points"), and so do those of a match, a table, a share price or a poll margin (code review r1, finding 3: a
// rate word elsewhere in the sentence, or any earlier percentage point, is no cue).

const RATE_CUES = readWordSet('quantity-points-rate-cues.txt');
/** "five points below inflation": data/lexicon/quantity-points-gap-words.txt. */
const GAP_WORDS = readWordSet('quantity-points-gap-words.txt');
/** "the party's gain of 4.33 points": data/lexicon/quantity-points-change-nouns.txt. */
const CHANGE_NOUNS = readWordSet('quantity-points-change-nouns.txt');
/** Tokens that close a clause: a rate cue beyond them is about something else ("won by 12 points, improving their win rate"). */
const CLAUSE_BREAKS = new Set([',', ';', ':', '(', ')', '—', '–']);
/** How far before the figure a rate cue may sit in its clause ("Bond yields have climbed 2 points"). */
const CUE_BEFORE = 6;

/**
 * A rate cue in the clause of the points whose figure starts at token `a` and whose "points" is token `b`: the rate
 * that moved or sits apart, up to six words before the figure ("the benchmark rate about three points", "yields have
 * climbed 2 points"), or a gap word right after "points" with the rate after it ("five points below inflation").
 * Code review r1, finding 3: not a rate word anywhere in the sentence ("won by 12 points, improving their win rate").
 */
function rateClause(toks: readonly QTok[], a: number, b: number): boolean {
  const sent = toks[a]!.sent;
  for (let k = a - 1; k >= 0 && k >= a - CUE_BEFORE && toks[k]!.sent === sent && !CLAUSE_BREAKS.has(toks[k]!.text); k--) {
    if (RATE_CUES.has(toks[k]!.lower)) return true;
  }
  const g = toks[b + 1];
  if (!g || g.sent !== sent || !GAP_WORDS.has(g.lower)) return false;
  for (let k = b + 2; k < toks.length && k <= b + 6 && toks[k]!.sent === sent && !CLAUSE_BREAKS.has(toks[k]!.text); k++) {
    if (RATE_CUES.has(toks[k]!.lower)) return true;
  }
  return false;
}

/** A change noun before "of" and the figure at token `a` ("a gain of 4.33 points"). */
function changeOf(toks: readonly QTok[], a: number): boolean {
  const o = toks[a - 1]; const n = toks[a - 2];
  return o !== undefined && n !== undefined && o.lower === 'of' && n.sent === toks[a]!.sent && CHANGE_NOUNS.has(n.lower);
}
/** Named indices, and the generic words for one but "benchmark" ("the benchmark rate" is a rate). */
const INDEX_WORDS = new Set([...readWordSet('quantity-stock-indices.txt'), ...[...readWordSet('quantity-index-generic.txt')].filter((w) => w !== 'benchmark')]);
/** A written count of points: "five points", "4.33 points", "a single point"; not "four-point" (a modifier). */
const POINTS_TEXT = /(?:^|\s)points?$/i;

export function ratePoints(toks: readonly QTok[], qs: Quantity[]): void {
  let seenPercentagePoints = false;
  const tokAt = (at: number): number => toks.findIndex((t) => t.start <= at && at < t.end);
  for (const q of [...qs].sort((a, b) => a.start - b.start)) {
    if (q.unit === POINTS_UNIT) { seenPercentagePoints = true; continue; }
    if (q.unit !== 'point' || !POINTS_TEXT.test(q.text)) continue;
    const a = tokAt(q.start); const b = tokAt(q.end - 1);
    if (a < 0 || b < 0) continue;
    const sent = toks[a]!.sent;
    const words = toks.filter((t) => t.sent === sent && t.kind === 'word').map((t) => t.lower);
    if (words.some((w) => INDEX_WORDS.has(w))) continue;
    // a later points only as a change told of ("the PAP's gain of 4.33 points"), not a match's "six points clear"
    if ((seenPercentagePoints && changeOf(toks, a)) || rateClause(toks, a, b)) {
      q.unit = POINTS_UNIT;
      q.rule = `${q.rule ?? 'quantity'}+count:rate-points`;
    }
  }
}
