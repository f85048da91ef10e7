import type { Quantity } from '../../core/types.js';
import { readWordSet } from '../../core/word-lists.js';
import { POINTS_UNIT } from './units.js';
import type { QTok } from './tokens.js';

// "points" that are percentage points: a gap between rates ("That leaves the policy rate nearly five points below
// inflation") or a later "points" in a report that has already counted in percentage points ("a recovery of more than
// four percentage points … the PAP's gain of 4.33 points"). Points in a sentence naming a stock index stay index
// points ("The Sensex fell 1,200 points"), and so do those of a match, a table or a poll margin told alone.

const RATE_CUES = readWordSet('quantity-points-rate-cues.txt');
/** Named indices, and the generic words for one but "benchmark" ("the benchmark rate" is a rate). */
const INDEX_WORDS = new Set([...readWordSet('quantity-stock-indices.txt'), ...[...readWordSet('quantity-index-generic.txt')].filter((w) => w !== 'benchmark')]);
/** A written count of points: "five points", "4.33 points", "a single point"; not "four-point" (a modifier). */
const POINTS_TEXT = /(?:^|\s)points?$/i;

export function ratePoints(toks: readonly QTok[], qs: Quantity[]): void {
  let seenPercentagePoints = false;
  const sentOf = (at: number): number | undefined => toks.find((t) => t.start <= at && at < t.end)?.sent;
  for (const q of [...qs].sort((a, b) => a.start - b.start)) {
    if (q.unit === POINTS_UNIT) { seenPercentagePoints = true; continue; }
    if (q.unit !== 'point' || !POINTS_TEXT.test(q.text)) continue;
    const sent = sentOf(q.start);
    if (sent === undefined) continue;
    const words = toks.filter((t) => t.sent === sent && t.kind === 'word').map((t) => t.lower);
    if (words.some((w) => INDEX_WORDS.has(w))) continue;
    if (seenPercentagePoints || words.some((w) => RATE_CUES.has(w))) {
      q.unit = POINTS_UNIT;
      q.rule = `${q.rule ?? 'quantity'}+count:rate-points`;
    }
  }
}
