import type { Check, TimeExpr } from '../../core/types.js';
import { execAnchored } from './anchored.js';
import { dated, type Dated } from './datedTime.js';
import { sentenceSpanAt, type SentenceSpans } from './sentences.js';
import { countValue, YEAR_WRITTEN_RE } from './numbers.js';
import { ruled } from './rule.js';
import { anchorDayMs } from './anchorDate.js';

// "The law took effect in January, four months ago"; "six months ago, in November"; "in March, some ten weeks ago";
// "began on April 3 last year, more than 15 months ago": a month or a day, in apposition to an "N months/weeks ago",
// against the report's date. "filed in June 2022 …, and heard a dozen times over the 19 months since": a bare "since"
// closing its clause counts from the date told before it in its sentence: when that sentence tells several dates before
// it, which one the count runs from is a guess, so only agreement with the last one is reported, never a mismatch. A month written
// without its year is the latest one of that name up to the report: the report's own month is this year's ("began in
// May, three weeks ago" in a report of late May), a later month last year's ("ago" is past). The stated count is rounded, so
// agreement allows half a month either way of the month's span, and only a count off by more than a month and a half
// (ten days for weeks) is a mismatch.

const AGO_RE = /\b(?:(more than|over|nearly|almost|about|around|roughly|some|less than|under)\s+)?(\d{1,2}|[a-z]+(?:-[a-z]+)?)\s+(weeks?|months?)\s+ago\b/gi;
const WEEK_MONTH_WORD = /week|month/gi;
const SINCE_WORD = /since/gi;
/** "in the 19 months since.", "over the more than six weeks since,": "since" with no object of its own. */
const SINCE_BACK_RE = /\b(?:in|over|during|for)\s+the\s+((?:(more than|over|nearly|almost|about|around|roughly|some|less than|under)\s+)?(\d{1,2}|[a-z]+(?:-[a-z]+)?)\s+(weeks?|months?)\s+since)(?=\s*[.,;:!?]|\s*$)/gi;
/** A year told relative to the report's ("last year", "this year"): the time stage's value holds the year. */
const RELATIVE_YEAR_RE = /\b(?:last|this|previous|past)\s+year\b/i;
/** Between a date and the "ago" that restates it, either way round: a comma, a dash, a bracket, "in". */
const DATE_THEN_AGO_RE = /^\s*(?:,|—|–|\()\s*$/;
const AGO_THEN_DATE_RE = /^\s*(?:,|—|–|\()?\s*(?:back\s+)?(?:in|during)?\s*$/i;
const DAY = 86_400_000;
const MONTH_DAYS = 30.44;

const MOD: Record<string, 'more' | 'less' | 'approx'> = {
  'more than': 'more', over: 'more', 'less than': 'less', under: 'less',
  nearly: 'approx', almost: 'approx', about: 'approx', around: 'approx', roughly: 'approx', some: 'approx',
};

/** The interval a date may name as [first, last] day (UTC ms): a year-less month or day is the latest of its name up to the
 * report (its own month is this year's); a written or relative year ("last year") keeps the time stage's year. */
function interval(d: Dated, pub: number): [number, number, string] {
  const t = d.t;
  if (YEAR_WRITTEN_RE.test(t.text) || RELATIVE_YEAR_RE.test(t.text)) return [d.earliest, d.latest, t.value];
  const month = Number(t.value.slice(5, 7));
  const day = t.value.length > 7 ? Number(t.value.slice(8, 10)) : undefined;
  let year = new Date(pub).getUTCFullYear();
  const at = (y: number) => Date.UTC(y, month - 1, day ?? 1);
  if (at(year) > pub) year -= 1;
  const first = at(year);
  const last = day !== undefined ? first : Date.UTC(year, month, 0);
  return [first, last, `${year}-${t.value.slice(5)}`];
}

interface Stated { index: number; end: number; text: string; mod: string | undefined; n: string; unit: string; time: number; rule: string; agreeOnly?: boolean }

export function agoMonthChecks(text: string, times: readonly TimeExpr[], anchor: string | undefined, sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  if (!anchor) return out;
  const pub = anchorDayMs(anchor);
  if (!Number.isFinite(pub)) return out;
  // a month or a day the checks can date (dated() wants a digit or a month's name: no weekday, no "yesterday"), not itself an "ago"
  const datedAt = (t: TimeExpr, i: number) => {
    const d = dated(t, i);
    return d && /^\d{4}-\d{2}(?:-\d{2})?$/.test(t.value) && !/\bago\b/i.test(t.text) ? d : undefined;
  };
  const stated: Stated[] = [];
  AGO_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = execAnchored(AGO_RE, WEEK_MONTH_WORD, text)) !== null) {
    const end = m.index + m[0].length;
    const idx = times.findIndex((t, i) => {
      if (!datedAt(t, i)) return false;
      if (t.end <= m!.index) return DATE_THEN_AGO_RE.test(text.slice(t.end, m!.index));
      return t.start >= end && AGO_THEN_DATE_RE.test(text.slice(end, t.start));
    });
    if (idx !== -1) stated.push({ index: m.index, end, text: m[0], mod: m[1], n: m[2]!, unit: m[3]!, time: idx, rule: 'date-arithmetic:ago-month' });
  }
  SINCE_BACK_RE.lastIndex = 0;
  while ((m = execAnchored(SINCE_BACK_RE, SINCE_WORD, text)) !== null) {
    const sent = sentenceSpanAt(sentences, m.index);
    if (!sent) continue;
    // the dates told before it in its sentence: the last one, and whether it is the only one
    const before: number[] = [];
    times.forEach((t, i) => { if (t.start >= sent[0] && t.end <= m!.index && datedAt(t, i)) before.push(i); });
    if (before.length === 0) continue;
    const start = m.index + m[0].length - m[1]!.length;
    stated.push({ index: start, end: m.index + m[0].length, text: m[1]!, mod: m[2], n: m[3]!, unit: m[4]!, time: before[before.length - 1]!, rule: 'date-arithmetic:since-back', agreeOnly: before.length > 1 });
  }
  for (const s of stated) {
    const n = countValue(s.n);
    if (n === undefined || n <= 0) continue;
    const t = times[s.time]!;
    const [first, last, label] = interval(datedAt(t, s.time)!, pub);
    const week = /^week/i.test(s.unit);
    const per = week ? 7 : MONTH_DAYS;
    const lo = (pub - last) / DAY / per;
    const hi = (pub - first) / DAY / per;
    if (hi < 0) continue;
    const mod = s.mod ? MOD[s.mod.toLowerCase()] : undefined;
    // how far past the date's span the count may stand and still agree, and how far before it is a mismatch
    const give = week ? 1 : 0.5;
    const miss = week ? 10 / 7 : 1.5;
    const inside = mod === 'more' ? hi > n : mod === 'less' ? lo < n : n >= lo - give * (mod ? 2 : 1) && n <= hi + give * (mod ? 2 : 1);
    const far = mod === 'more' ? hi < n - miss : mod === 'less' ? lo > n + miss : n < lo - miss * (mod ? 2 : 1) || n > hi + miss * (mod ? 2 : 1);
    if (!inside && (!far || s.agreeOnly)) continue;
    const unit = week ? 'weeks' : 'months';
    const range = lo.toFixed(1) === hi.toFixed(1) ? hi.toFixed(1) : `${Math.max(0, lo).toFixed(1)}–${hi.toFixed(1)}`;
    out.push(ruled({
      kind: 'DATE_ARITHMETIC', status: inside ? 'CONSISTENT' : 'INCONSISTENT',
      refs: [{ start: s.index, end: s.end, text: s.text }, { time: s.time }],
      detail: `${label} ("${t.text}") to the report's date ${anchor.slice(0, 10)} = ${range} ${unit}; stated "${s.text}"${inside ? '' : ', which does not fit'}`,
    }, s.rule));
  }
  return out;
}
