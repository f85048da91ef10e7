import { join } from 'node:path';
import type { Check } from '../../core/types.js';
import { projectRoot } from '../../core/shared.js';
import { readDataRows } from '../../core/data-rows.js';
import { type CheckRef, ruled } from './rule.js';
import { LIMIT_SRC, LOOSE_SRC } from './approx.js';
import { CHANGE_VERBS, PREVIOUS_BEFORE_RE } from './changeWords.js';
import type { SentenceSpans } from './sentences.js';
import { allMatches, phrasePattern } from '../../core/regex.js';

// COUNT from shares of one whole:
//  - the shares a sentence lists add up to the whole: "gave the pair 58.5 percent, against 25.3 percent for A and 16.2
//    percent for B" (100.0), "Sheinbaum had 59.4%, Gálvez 27.9% and Máynez 10.4%. The remaining 2.3% were blank …";
//  - counts of votes with their percentages imply one total: "8,203,290 votes, or 54.27 per cent, against 6,762,224
//    votes, or 44.74 per cent" (both about 15.1 million valid votes).
// Three shares or more that add up to 100 within their rounding are a partition; two pairs whose totals agree within
// the rounding of their percentages count one whole. Figures that do not add up may be shares of different wholes
// (a turnout, a change), so only agreement is reported. A vote pair's percentages must carry decimals (whole ones
// leave a total so loose that two elections fit it), and a pair in the next sentence is read only when that sentence
// tells no year or round of its own ("In 2019 Smith won 8,000 votes, or 40 percent. In 2023 he won 9,000 …").

const CUES = readDataRows(join(projectRoot, 'data', 'lexicon', 'checks-share-cues.tsv'));
const cue = (k: string) => CUES.filter((r) => r[0] === k).map((r) => phrasePattern(r[1]!)).sort((a, b) => b.length - a.length).join('|');
const PCT_RE = /(?<![\d.,])(\d{1,3}(?:\.\d+)?)\s*(?:%|per\s?cent\b|percent\b)(?!\s*(?:points?|percentage)\b)/gi;
const PROGRESS_BEFORE_RE = new RegExp(String.raw`\b(?:${cue('progress')})\s+$`, 'i');
/** A modifier before a share: the share is rounded loosely, no part of an exact sum. */
const LOOSE_BEFORE_RE = new RegExp(String.raw`\b(?:${LOOSE_SRC}|${LIMIT_SRC})\s+$`, 'i');
/** A change a few words before a percentage ("profits grew by 35%"): no share of a whole, and no sum of shares is read. */
const CHANGE_NEAR_RE = new RegExp(String.raw`\b(?:${[...CHANGE_VERBS, ...CUES.filter((r) => r[0] === 'change').map((r) => r[1]!)].join('|')})\b(?:\s+[\p{L}'’-]+){0,3}\s+$`, 'iu');
const MAKE_UP_RE = /\b(make|makes|making|made)\s+up\b/gi;
const REST_OPEN_RE = new RegExp(String.raw`^\s*(?:${cue('rest')})\b`, 'i');
const VOTE_PAIR_RE = new RegExp(String.raw`(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d{4,})\s+(?:${cue('voters')})\b[,(\s]*(?:or|representing|equal\s+to|for|with)?\s*(\d{1,2}(?:\.\d+)?)\s*(?:%|per\s?cent\b|percent\b)`, 'gi');

/** Before a pair in the next sentence: another year or round of voting. */
const OTHER_VOTE_RE = new RegExp(String.raw`\b(?:(?:1[89]|20)\d\d|${cue('round')})\b`, 'i');

interface Share { value: number; half: number; start: number; end: number; text: string }

const halfUnit = (s: string) => 0.5 * 10 ** -((s.split('.')[1] ?? '').length);
/** Half the last written digit's unit of a share as written ("52%" → 0.5, "58.5 percent" → 0.05): a whole
 * percentage is rounded to units, whatever its trailing zeros. */
export const shareHalf = (written: string): number => halfUnit(/\d+(?:\.\d+)?/.exec(written)?.[0] ?? '');

/** A share of a whole as a check refers to it: its value, the rounding it was written to (half its last digit's unit)
 * and its reference (a quantity, or a span read from the text). */
export interface ShareFigure { value: number; half: number; ref: CheckRef }

/**
 * The one rule of shares of one whole (count:share-sum), whether the shares were read by the quantity stage
 * (breakdowns.ts) or from the text (below): three shares or more that add up to 100 within the rounding they were
 * written to are a partition; `over` (a breakdown told by its cue words) also calls a sum above 100 beyond the rounding,
 * up to 130, INCONSISTENT (a sum below may leave a category unstated). Undefined when nothing can be said.
 */
export function shareSumCheck(shares: readonly ShareFigure[], opts: { over?: boolean } = {}): Check | undefined {
  if (shares.length < 3) return undefined;
  const sum = shares.reduce((a, q) => a + q.value, 0);
  const tol = shares.reduce((a, q) => a + q.half, 0) + 1e-9;
  const arith = `${shares.map((q) => Number(q.value.toFixed(4))).join(' + ')} = ${Number(sum.toFixed(4))}%`;
  if (Math.abs(sum - 100) <= tol) {
    return ruled({ kind: 'COUNT', status: 'CONSISTENT', refs: shares.map((q) => q.ref), detail: `shares of one whole: ${arith} (100 within rounding)` }, 'count:share-sum');
  }
  if (opts.over && sum > 100 + tol && sum <= 130) {
    return ruled({ kind: 'COUNT', status: 'INCONSISTENT', refs: shares.map((q) => q.ref), detail: `shares of one whole: ${arith}, more than 100%` }, 'count:share-sum');
  }
  return undefined;
}

function sharesOf(text: string, from: number, to: number): Share[] | undefined {
  const out: Share[] = [];
  for (const m of allMatches(PCT_RE, text.slice(from, to))) {
    const at = from + m.index!;
    const before = text.slice(Math.max(from, at - 24), at);
    if (PROGRESS_BEFORE_RE.test(before) || PREVIOUS_BEFORE_RE.test(before)) continue;
    // "making up the remaining 5%": "up" of "make up" (to form a part) is no change
    const near = text.slice(Math.max(from, at - 40), at).replace(MAKE_UP_RE, '$1');
    if (LOOSE_BEFORE_RE.test(before) || CHANGE_NEAR_RE.test(near)) return undefined;
    out.push({ value: Number(m[1]), half: halfUnit(m[1]!), start: at, end: at + m[0].length, text: m[0] });
  }
  return out;
}

export function shareSumChecks(text: string, sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  sentences.forEach(([from, to], s) => {
    const shares = sharesOf(text, from, to);
    if (!shares || shares.length < 2) return;
    const next = sentences[s + 1];
    if (next && REST_OPEN_RE.test(text.slice(next[0], next[1]))) {
      const rest = sharesOf(text, next[0], next[1]);
      if (rest?.length === 1) shares.push(rest[0]!);
    }
    // without `over`, only agreement comes back: shares of a sentence read from the text may be of several wholes
    const c = shareSumCheck(shares.map((q) => ({ value: q.value, half: q.half, ref: { start: q.start, end: q.end, text: q.text } })));
    if (c) out.push(c);
  });
  return out;
}

export function votePairChecks(text: string, sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  sentences.forEach(([from], s) => {
    // a sentence and the next: "X polled N votes, or P per cent. Y obtained M votes, representing Q per cent"
    const to = sentences[Math.min(sentences.length - 1, s + 1)]![1];
    const pairs = allMatches(VOTE_PAIR_RE, text.slice(from, to)).map((m) => {
      const n = Number(m[1]!.replace(/,/g, ''));
      const p = Number(m[2]);
      const h = halfUnit(m[2]!);
      return { n, p, h, lo: n / ((p + h) / 100), hi: p - h > 0 ? n / ((p - h) / 100) : Infinity, at: from + m.index!, text: m[0] };
    }).filter((q) => q.p > 0 && q.p < 100 && q.h < 0.5);
    // the pairs of this sentence with the first of the next (each pair is told once, from its own sentence)
    if (pairs.length < 2 || pairs[0]!.at >= sentences[s]![1]) return;
    const [a, b] = pairs as [typeof pairs[0], typeof pairs[0]];
    if (b.at >= sentences[s]![1] && pairs.filter((q) => q.at < sentences[s]![1]).length > 1) return;
    // the next sentence's pair: not of another year or round
    if (b.at >= sentences[s]![1] && OTHER_VOTE_RE.test(text.slice(sentences[s]![1], b.at))) return;
    const lo = Math.max(a.lo, b.lo), hi = Math.min(a.hi, b.hi);
    if (lo > hi) return;
    out.push(ruled({
      kind: 'COUNT', status: 'CONSISTENT',
      refs: [{ start: a.at, end: a.at + a.text.length, text: a.text }, { start: b.at, end: b.at + b.text.length, text: b.text }],
      detail: `${a.n.toLocaleString('en')} / ${a.p}% and ${b.n.toLocaleString('en')} / ${b.p}% give one total of votes, about ${Math.round((lo + hi) / 2).toLocaleString('en')}`,
    }, 'count:vote-shares'));
  });
  return out;
}
