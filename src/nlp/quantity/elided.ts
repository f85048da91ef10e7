import type { Num, ScanContext } from './candidate.js';
import { DEGREE_ADVERBS, MONTH_SET } from './lexicon.js';
import { readWordSet } from '../../core/word-lists.js';
import { isYearLike } from './filters.js';

// A bare figure that counts what the sentence counted just before, named by the words around it:
// - "400 strikes since Saturday, including 50 overnight": a part after "including";
// - "40 projects last year, against 25 the year before": the figure compared with the count after "against"/"versus";
// - "3 million phones in 2022 and 4.5 million in 2023", "5,000 cars last year and 7,000 this year": an item of a
//   breakdown by year, month or weekday, or by a period told relative to now ("this year", "a year earlier");
// - "300 buses, but only 120 are running": a clause after "but"/"while"/"whereas"/"and"/";" whose subject is the
//   figure, past an adverb of degree ("only", "just", …: DEGREE_ADVERBS, shared with the fronted partitive).

const COMPARE = new Set(['against', 'versus', 'vs', 'vs.']);
const CLAUSE_OPENERS = new Set(['but', 'while', 'whereas', ';', 'and']);
const DEGREE = new Set(DEGREE_ADVERBS);
const VERBS_AFTER = new Set(['are', 'were', 'is', 'was', 'have', 'had', 'remain', 'remained', 'still']);
const TIME_PREPS = new Set(['in', 'on', 'during', 'by']);

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Units of a calendar period that a relative time phrase names ("this year", "a week earlier"). */
const PERIODS = new Set(['year', 'month', 'week', 'day', 'quarter', 'season', 'decade']);
const DEICTIC = new Set(['this', 'last', 'next']);
const PERIOD_DETERMINERS = new Set(['the', 'a', 'one']);
const PERIOD_ADJECTIVES = new Set(['previous', 'prior', 'same', 'preceding', 'following']);
const PERIOD_AFTER = new Set(['earlier', 'before', 'ago', 'later']);

/** "this year", "last week", "a year earlier", "the previous month", "the year before" from token `k`, in sentence `sent`. */
function relativePeriodAt(toks: ReadonlyArray<{ lower: string; sent: number }>, k: number, sent: number): boolean {
  const w = (j: number): string => (toks[j]?.sent === sent ? toks[j]!.lower : '');
  if (DEICTIC.has(w(k)) && PERIODS.has(w(k + 1))) return true;
  if (!PERIOD_DETERMINERS.has(w(k))) return false;
  if (PERIOD_ADJECTIVES.has(w(k + 1)) && PERIODS.has(w(k + 2))) return true;
  return PERIODS.has(w(k + 1)) && PERIOD_AFTER.has(w(k + 2));
}

/** A time phrase right after the figure ending at token `end`: "in 2023", "in March", "on Tuesday", "this year", "a year earlier". */
export function timeItemAfter(toks: ReadonlyArray<{ lower: string; text: string; kind: string; sent: number }>, end: number, sent: number): boolean {
  const p = toks[end + 1];
  const t = toks[end + 2];
  if (!p || p.sent !== sent) return false;
  if (TIME_PREPS.has(p.lower) && t && t.sent === sent && ((t.kind === 'num' && /^(?:19|20)\d\d$/.test(t.text)) || MONTH_SET.has(t.lower) || WEEKDAYS.has(t.lower))) return true;
  return relativePeriodAt(toks, end + 1, sent);
}

export function elidedItem(ctx: ScanContext, startTok: number, num: Num): { unit: string; rule: string } | undefined {
  const { toks } = ctx;
  const last = ctx.lastCount;
  const sent = toks[startTok]!.sent;
  if (!last || last.unit === '' || last.sent !== sent || last.end >= startTok) return undefined;
  const b1 = toks[startTok - 1];
  if (!b1 || b1.sent !== sent) return undefined;
  // "including 50 overnight" (not "including 50 of them", read elsewhere; the count is at most a clause away)
  // (the clause's own count, not one inside a prepositional phrase after it: "killed 40 people in 12 towns,
  // including 8 in Homs" counts people)
  if (b1.lower === 'including' && startTok - last.end <= 8 && toks[num.end + 1]?.lower !== 'of') return { unit: clauseCount(ctx, startTok, sent) ?? last.unit, rule: 'count:including' };
  // "against 25 the year before", "versus 30 in 2020"
  if (COMPARE.has(b1.lower) && startTok - last.end <= 8) return { unit: last.unit, rule: 'count:compared-count' };
  // "and 4.5 million in 2023", ", 900 in March", "and 250 on Tuesday"; "and 7,000 this year", "and 25 a year earlier",
  // "and 40 the previous week": a time phrase right after the figure
  if ((b1.lower === 'and' || b1.text === ',') && timeItemAfter(toks, num.end, sent)) {
    return { unit: last.unit, rule: 'count:elided-time-item' };
  }
  // "but only 120 are running"
  if (DEGREE.has(b1.lower) && CLAUSE_OPENERS.has(toks[startTok - 2]?.lower ?? '') && toks[startTok - 2]!.sent === sent &&
      VERBS_AFTER.has(toks[num.end + 1]?.lower ?? '') && !num.words) {
    return { unit: last.unit, rule: 'count:clause-subject' };
  }
  return undefined;
}

/** Prepositions whose object is a setting, not what the clause counts: "in 12 towns", "across 30 districts". */
const SETTING_PREPS = new Set(['in', 'across', 'at', 'from', 'into', 'throughout', 'over', 'among', 'to', 'on']);
/** The unit of the latest count in the sentence before `startTok` that no preposition governs, when the nearest
 *  one is inside a prepositional phrase; undefined to keep the nearest. */
function clauseCount(ctx: ScanContext, startTok: number, sent: number): string | undefined {
  const { toks } = ctx;
  const counts = ctx.counts ?? [];
  const inPhrase = (c: { first?: number }): boolean => c.first !== undefined && SETTING_PREPS.has(toks[c.first - 1]?.lower ?? '');
  const near = counts[counts.length - 1];
  if (!near || !inPhrase(near)) return undefined;
  for (let k = counts.length - 2; k >= 0; k--) {
    const c = counts[k]!;
    if (c.sent !== sent || c.end === undefined || startTok - c.end > 16) break;
    if (!inPhrase(c) && c.unit !== '') return c.unit;
  }
  return undefined;
}

/** data/lexicon/quantity-conjunct-next.txt: what may follow a bare figure that is the second item of an "and". */
const CONJUNCT_NEXT = readWordSet('quantity-conjunct-next.txt');
/** Units a second item never carries over: shares, points, money and measures have their own signs. */
const RATE_PERIODS = new Set([...PERIODS, 'hour', 'minute', 'second']);
const NOT_CARRIED = /^(?:%|percentage point|bp|year|[A-Z]{3})$/;

/**
 * The second item of an "and" whose first is a count a few words before, the figure set apart by a preposition or an
 * adverb of place, or by what it received: "40 of them Thai and 50 from abroad", "1,102 of them in Dhaka and 1,446
 * elsewhere", "898 of whom received the drug and 897 a placebo", "400 constituency MPs and 100 from party lists". Not a
 * year ("and 2020 from"), not after a measure or money (those carry their own units), not a range ("between 20 and 30").
 */
export function elidedConjunct(ctx: ScanContext, startTok: number, num: Num): { unit: string; rule: string } | undefined {
  const { toks } = ctx;
  const last = ctx.lastCount;
  const sent = toks[startTok]!.sent;
  if (!last || last.unit === '' || NOT_CARRIED.test(last.unit) || last.sent !== sent || last.end >= startTok || startTok - last.end > 10) return undefined;
  const b1 = toks[startTok - 1];
  if (b1?.lower !== 'and' || b1.sent !== sent || isYearLike(num)) return undefined;
  // "between 20 and 30": a range, read elsewhere
  if (toks.slice(Math.max(0, last.end - 3), startTok).some((t) => t.lower === 'between')) return undefined;
  const next = toks[num.end + 1];
  if (!next || next.sent !== sent || !CONJUNCT_NEXT.has(next.lower)) return undefined;
  // "and 12 a year", "and 3 an hour": a rate, not a second item
  if ((next.lower === 'a' || next.lower === 'an') && RATE_PERIODS.has(toks[num.end + 2]?.lower ?? '')) return undefined;
  return { unit: last.unit, rule: 'count:elided-conjunct' };
}
