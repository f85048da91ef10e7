import type { Quantity } from '../../core/types.js';
import { alternation } from '../../core/regex.js';
import { readWordSet } from '../../core/word-lists.js';

/** Limit cues that bind every coordinated amount: data/lexicon/quantity-shared-bound-cues.txt. */
const CUES = readWordSet('quantity-shared-bound-cues.txt');
const CUE_RE = /bound:([a-z ]+)/;
/** Verbs after an amount that make it open a clause: data/lexicon/quantity-shared-bound-clause-verbs.txt. */
const CLAUSE_VERBS = readWordSet('quantity-shared-bound-clause-verbs.txt');
/** The first word after an amount, if only spaces come before it. */
const NEXT_WORD_RE = /^\s+(\p{L}+)/u;

/** "… and $200 was refunded", "… and $300 went to": a finite verb or an auxiliary right after the amount. */
function opensClause(text: string, q: Quantity): boolean {
  const w = NEXT_WORD_RE.exec(text.slice(q.end, q.end + 40))?.[1];
  if (!w || /^\p{Lu}/u.test(w)) return false;
  const lower = w.toLowerCase();
  return CLAUSE_VERBS.has(lower) || (lower.length > 4 && lower.endsWith('ed') && !lower.endsWith('eed'));
}
/**
 * The text between two coordinated amounts of one limit: a short rate or place phrase, then "and"/"or"
 * (" a day and ", " a week at the counter, and "), with no sentence end, bracket, clause verb or new bound in it
 * (data/lexicon/quantity-shared-bound-gap-words.txt, quantity-shared-bound-gap-stops.txt).
 */
const GAP_RE = new RegExp(String.raw`^(?:\s+(?:${alternation(readWordSet('quantity-shared-bound-gap-words.txt'))})(?:\s+[\p{Ll}-]+){0,5})?\s*,?\s+(?:and|or)\s+$`, 'u');
const GAP_STOP_RE = new RegExp(String.raw`\b(?:${alternation(readWordSet('quantity-shared-bound-gap-stops.txt'))})\b`);

/**
 * "capped at Rs 10,000 a day and Rs 20,000 a week": the limit a cue of data/lexicon/quantity-shared-bound-cues.txt
 * sets binds the amounts of the same unit coordinated after the first, in the same sentence; not an amount that opens a
 * clause of its own ("capped at $500 and $200 was refunded").
 */
export function shareLimitBound(text: string, qs: Quantity[]): void {
  for (let i = 0; i < qs.length - 1; i++) {
    const a = qs[i]!;
    const cue = a.bound ? CUE_RE.exec(a.rule ?? '')?.[1]?.trim() : undefined;
    if (!cue || !CUES.has(cue)) continue;
    for (let j = i + 1, prev = a; j < qs.length; j++) {
      const b = qs[j]!;
      const gap = text.slice(prev.end, b.start);
      if (b.unit !== a.unit || b.bound || !GAP_RE.test(gap) || GAP_STOP_RE.test(gap) || /[.;:!?()]/.test(gap) || opensClause(text, b)) break;
      b.bound = a.bound;
      b.rule = `${b.rule ?? 'quantity:'}+shared-bound:${cue}`;
      prev = b;
      i = j;
    }
  }
}
