import { join } from 'node:path';
import { projectRoot } from '../../core/shared.js';
import { readDataRows } from '../../core/data-rows.js';
import { alternation, phrasePattern } from '../../core/regex.js';

// The words that make a figure loose (data/lexicon/checks-approx-modifiers.tsv), and the gap between two items of a
// list of figures, shared by the checks that read such lists (total parts, charge counts) instead of a copy each.

const ROWS = readDataRows(join(projectRoot, 'data', 'lexicon', 'checks-approx-modifiers.tsv'));
const src = (kinds: readonly string[]) => alternation(ROWS.filter((r) => kinds.includes(r[1]!)).map((r) => r[0]!), phrasePattern);
/** "about", "roughly", "nearly" …: either way. */
export const APPROX_SRC = src(['APPROX']);
/** The APPROX words and the one-way bounds ("more than", "up to", "at least" …). */
export const LOOSE_SRC = src(['APPROX', 'BOUND']);
/** "only", "just", "barely": a figure stressed as small, neither loose nor bounded. */
export const LIMIT_SRC = src(['LIMIT']);
/** Every word that may stand before a total: APPROX, BOUND and LIMIT, for a regular expression's group. */
export const HEDGE_SRC = src(['APPROX', 'BOUND', 'LIMIT']);
const KIND_OF = new Map(ROWS.filter((r) => r[0] && r[1]).map((r) => [r[0]!.toLowerCase(), r[1]! as 'APPROX' | 'BOUND' | 'LIMIT']));
/**
 * The kind of the hedge word before a total ("about" APPROX, "more than" BOUND, "only" LIMIT), or undefined for none or
 * a word the data does not list: one reading for every check of a "total after a verb" (totalAcross, runningTotals;
 * code review r1, finding 8). An APPROX total is rounded as written, a BOUND one is no sum, a LIMIT one is exact.
 */
export function hedgeKind(word: string | undefined): 'APPROX' | 'BOUND' | 'LIMIT' | undefined {
  return word === undefined ? undefined : KIND_OF.get(word.trim().toLowerCase().replace(/\s+/g, ' '));
}

/** The either-way words and the near one-way bounds "just over", "just under": a figure told as close to its value. */
export const NEAR_SRC = alternation(ROWS.filter((r) => r[1] === 'APPROX' || /^just\s/.test(r[0]!)).map((r) => r[0]!), phrasePattern);

/**
 * Between two items of a list of figures: a few words without a figure or a sentence break, then a comma, ", and" or
 * "and"; `colon` false also refuses a colon, `lead` words that may open the next item ("about", "another").
 */
export function listGapRe(opts: { colon: boolean; lead?: string }): RegExp {
  return new RegExp(String.raw`^[^\d;.${opts.colon ? '' : ':'}]{0,80}?(,\s*(?:and\s+)?|\s+and\s+)${opts.lead ? String.raw`(?:(?:${opts.lead})\s+)?` : ''}$`, 'i');
}
