// Shares of a whole, as percentages: "two-thirds of voters" (66.7 %), "a fifth of the homes" (20 %), "half the
// staff" (50 %), "one in five adults" (20 %), "nine out of 10 doctors" (90 %). The span is the share with its
// bound cue ("more than half", "roughly one in four"); the whole's own figure ("half of the building's 136 units")
// stays a quantity of its own. `noun` holds the whole as written when one follows. Not shares: ordinals and
// periods ("the second half of the year", "the third quarter"), measures and scales ("half a mile", "a quarter
// of a million"), odds without a number ("one in a million").
import type { Quantity } from '../../core/types.js';
import { boundBefore } from './bounds.js';
import { DASHES, type Found, type ScanContext } from './candidate.js';
import { CHANGE_VERBS, HALF_OF_WORDS, NOT_SHARE_BEFORE, NUMBER_WORDS, SHARE_DENOMINATORS, own } from './lexicon.js';
import { parseDigits } from './number.js';
import type { QTok } from './tokens.js';
import { readWordSet } from '../../core/word-lists.js';

/** data/lexicon/quantity-share-majorities.txt: "a two-thirds majority", "a three-fifths vote". */
const MAJORITY_NOUNS = readWordSet('quantity-share-majorities.txt');
const HALF_OF = new Set(HALF_OF_WORDS);
const CHANGE = new Set(CHANGE_VERBS);
/** data/lexicon/quantity-change-adverbs.txt: "fell sharply by half". */
const CHANGE_ADVERBS = readWordSet('quantity-change-adverbs.txt');
/** "fallen by (more than) half", "was cut by a third": "by" before token `i` (or its bound cue), a verb of change
 * right before it or one adverb between ("fell sharply by half"). */
function changedBy(toks: readonly QTok[], i: number): boolean {
  const b = boundBefore(toks, i);
  const by = (b ? b.at : i) - 1;
  if (toks[by]?.lower !== 'by' || toks[by]!.sent !== toks[i]!.sent) return false;
  return CHANGE.has(toks[by - 1]?.lower ?? '') || (toks[by - 2]?.sent === toks[i]!.sent && CHANGE.has(toks[by - 2]!.lower) && CHANGE_ADVERBS.has(toks[by - 1]!.lower));
}
const PUNCT_RE = /^[.,;:!?()[\]"“”‘’'—–-]/u;
/** What may follow such a fraction: data/lexicon/quantity-change-share-next.txt (punctuation also ends it). */
const CHANGE_SHARE_NEXT = readWordSet('quantity-change-share-next.txt');
/** The fraction ends its phrase at `next`: punctuation, or a preposition or adverbial ("by half since May"); not "by half
 * a point", "by half a million", "by a quarter million tonnes", which the measure rules read. */
function endsChange(next: QTok | undefined, sent: number): boolean {
  return !next || next.sent !== sent || (next.kind === 'sym' && PUNCT_RE.test(next.text)) || CHANGE_SHARE_NEXT.has(next.lower);
}
const NOT_BEFORE = new Set(NOT_SHARE_BEFORE);
const ARTICLE_ONE = new Set(['a', 'one']);

/** A small whole number written as a word or in digits at token k (1–1000), else undefined. */
function smallNumber(t: QTok | undefined): number | undefined {
  if (!t) return undefined;
  if (t.kind === 'num') {
    const v = parseDigits(t.text);
    return v !== undefined && Number.isInteger(v) && v >= 1 && v <= 1000 && !/[.,]/.test(t.text) ? v : undefined;
  }
  const v = own(NUMBER_WORDS, t.lower);
  return v !== undefined && v >= 1 ? v : undefined;
}

/** The whole after "of (the)": "voters", "the residents", "the building's" → its first noun as written. */
function wholeNoun(toks: readonly QTok[], k: number, sent: number): string | undefined {
  let q = k;
  if (toks[q]?.lower === 'of') q++;
  if (toks[q] && /^(?:the|its|their|his|her|our|all|those|these|every)$/.test(toks[q]!.lower)) q++;
  const t = toks[q];
  if (!t || t.sent !== sent || t.kind !== 'word' || /^\p{Lu}/u.test(t.text)) return undefined;
  return t.text;
}

function share(ctx: ScanContext, from: number, last: number, num: number, den: number, rule: string, wholeAt: number): Found {
  const { toks } = ctx;
  const b = boundBefore(toks, from);
  const start = b ? b.at : from;
  const q: Quantity = {
    start: toks[start]!.start, end: toks[last]!.end, text: '', value: Math.round((num / den) * 1000) / 10, unit: '%',
    rule: `quantity:share-${rule}${b ? `+bound:${b.cue}` : ''}`,
  };
  q.text = ctx.text.slice(q.start, q.end);
  if (b) q.bound = b.bound;
  const noun = wholeNoun(toks, wholeAt, toks[from]!.sent);
  if (noun) q.noun = noun;
  return { items: [q], last };
}

function inTime(ctx: ScanContext, a: number, b: number): boolean {
  const s = ctx.toks[a]!.start, e = ctx.toks[b]!.end;
  return ctx.times.some((t) => t.start < e && s < t.end);
}

/** A share starting at token i, or undefined. */
export function shareAt(ctx: ScanContext, i: number): Found | undefined {
  const { toks } = ctx;
  const t = toks[i]!;
  const sent = t.sent;
  const prev = toks[i - 1] && toks[i - 1]!.sent === sent ? toks[i - 1]!.lower : '';
  // "one in five", "nine out of 10", "one in every four"
  const n = smallNumber(t);
  if (n !== undefined) {
    let k = i + 1;
    if (toks[k]?.lower === 'in') k++;
    else if (toks[k]?.lower === 'out' && toks[k + 1]?.lower === 'of') k += 2;
    else k = -1;
    if (k > 0) {
      if (toks[k]?.lower === 'every') k++;
      const m = smallNumber(toks[k]);
      if (m !== undefined && m > n && toks[k]!.sent === sent && !inTime(ctx, i, k) && toks[k + 1]?.text !== '%') return share(ctx, i, k, n, m, 'odds', k + 1);
    }
  }
  // "two-thirds of", "a third of the", "three quarters of", "half of the", "half the"
  let k = i;
  let numerator = 1;
  let rule = 'fraction';
  const word = toks[k]!.lower;
  if (word !== 'half') {
    if (ARTICLE_ONE.has(word)) numerator = 1;
    else if (n !== undefined && t.kind === 'word' && n <= 10) numerator = n;
    else return undefined;
    k++;
    if (toks[k] && DASHES.has(toks[k]!.text) && !toks[k]!.space) k++;
  }
  if (!toks[k] || toks[k]!.sent !== sent) return undefined;
  const den = own(SHARE_DENOMINATORS, toks[k]!.lower);
  if (den === undefined || numerator >= den) return undefined;
  // "three quarters" needs the plural, "a third" the singular
  if (numerator > 1 && !/s$/.test(toks[k]!.lower)) return undefined;
  if (k === i && NOT_BEFORE.has(prev)) return undefined;
  if (k > i && word === 'a' && NOT_BEFORE.has(prev)) return undefined;
  const next = toks[k + 1];
  // "prices have fallen by more than half since May", "cut by a third": the size of a change, no whole named
  // (only when the fraction ends its phrase: "by half a point" is a measure)
  if (changedBy(toks, i) && endsChange(next, sent)) return share(ctx, i, k, numerator, den, word === 'half' ? 'half' : rule, k + 1);
  if (!next || next.sent !== sent) return undefined;
  // "a two-thirds majority", "a three-fifths vote": the size of a majority, no whole after it (a plural fraction only:
  // "a third vote", "a half vote" are a vote's order or size)
  if (numerator > 1 && MAJORITY_NOUNS.has(next.lower) && !inTime(ctx, i, k)) return share(ctx, i, k, numerator, den, 'majority', k + 1);
  if (den === 2 && toks[k]!.lower === 'half' ? !HALF_OF.has(next.lower) : next.lower !== 'of') return undefined;
  // "half a mile", "a quarter of a million", "half of an hour": the measure's own rules apply
  const after = next.lower === 'of' ? toks[k + 2] : next;
  if (!after || after.lower === 'a' || after.lower === 'an' || after.kind === 'num' && next.lower === 'of' && toks[k + 3]?.kind !== 'word') return undefined;
  if (inTime(ctx, i, k + 1)) return undefined;
  if (word === 'half') rule = 'half';
  return share(ctx, i, k, numerator, den, rule, k + 1);
}
