import { join } from 'node:path';
import { projectRoot } from '../../core/shared.js';
import { readDataRows } from '../../core/data-rows.js';

// The words that make a figure loose (data/lexicon/checks-approx-modifiers.tsv), and the gap between two items of a
// list of figures, shared by the checks that read such lists (total parts, charge counts) instead of a copy each.

const ROWS = readDataRows(join(projectRoot, 'data', 'lexicon', 'checks-approx-modifiers.tsv'));
const src = (kinds: readonly string[]) => ROWS.filter((r) => kinds.includes(r[1]!)).map((r) => r[0]!.replace(/ /g, '\\s+'))
  .sort((a, b) => b.length - a.length).join('|');
/** "about", "roughly", "nearly" …: either way. */
export const APPROX_SRC = src(['APPROX']);
/** The APPROX words and the one-way bounds ("more than", "up to", "at least" …). */
export const LOOSE_SRC = src(['APPROX', 'BOUND']);
/** "only", "just": a figure stressed as small, neither loose nor bounded. */
export const LIMIT_SRC = src(['LIMIT']);

/**
 * Between two items of a list of figures: a few words without a figure or a sentence break, then a comma, ", and" or
 * "and"; `colon` false also refuses a colon, `lead` words that may open the next item ("about", "another").
 */
export function listGapRe(opts: { colon: boolean; lead?: string }): RegExp {
  return new RegExp(String.raw`^[^\d;.${opts.colon ? '' : ':'}]{0,80}?(,\s*(?:and\s+)?|\s+and\s+)${opts.lead ? String.raw`(?:(?:${opts.lead})\s+)?` : ''}$`, 'i');
}
