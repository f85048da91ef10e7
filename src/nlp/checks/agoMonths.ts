import type { Check, TimeExpr } from '../../core/types.js';
import { execAnchored } from './anchored.js';
import { dated } from './datedTime.js';
import { countValue, YEAR_WRITTEN_RE } from './numbers.js';
import { ruled } from './rule.js';

// "The law took effect in January, four months ago"; "six months ago, in November"; "in March, some ten weeks ago":
// a month named without a day, in apposition to an "N months/weeks ago", against the report's date. A month written
// without its year is the latest one of that name up to the report: the report's own month is this year's ("began in
// May, three weeks ago" in a report of late May), a later month last year's ("ago" is past). The stated count is rounded, so
// agreement allows half a month either way of the month's span, and only a count off by more than a month and a half
// (ten days for weeks) is a mismatch.

const AGO_RE = /\b(?:(more than|over|nearly|almost|about|around|roughly|some|less than|under)\s+)?(\d{1,2}|[a-z]+(?:-[a-z]+)?)\s+(weeks?|months?)\s+ago\b/gi;
const WEEK_MONTH_WORD = /week|month/gi;
/** Between a date and the "ago" that restates it, either way round: a comma, a dash, a bracket, "in". */
const DATE_THEN_AGO_RE = /^\s*(?:,|—|–|\()\s*$/;
const AGO_THEN_DATE_RE = /^\s*(?:,|—|–|\()?\s*(?:back\s+)?(?:in|during)?\s*$/i;
const DAY = 86_400_000;
const MONTH_DAYS = 30.44;

const MOD: Record<string, 'more' | 'less' | 'approx'> = {
  'more than': 'more', over: 'more', 'less than': 'less', under: 'less',
  nearly: 'approx', almost: 'approx', about: 'approx', around: 'approx', roughly: 'approx', some: 'approx',
};

export function agoMonthChecks(text: string, times: readonly TimeExpr[], anchor: string | undefined): Check[] {
  const out: Check[] = [];
  if (!anchor) return out;
  const pub = Date.parse(`${anchor.slice(0, 10)}T00:00:00Z`);
  if (!Number.isFinite(pub)) return out;
  const pubY = Number(anchor.slice(0, 4));
  const pubM = Number(anchor.slice(5, 7));
  AGO_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = execAnchored(AGO_RE, WEEK_MONTH_WORD, text)) !== null) {
    const n = countValue(m[2]!);
    if (n === undefined || n <= 0) continue;
    const end = m.index + m[0].length;
    const idx = times.findIndex((t, i) => {
      const d = dated(t, i);
      if (!d || !/^\d{4}-\d{2}$/.test(t.value) || /\bago\b/i.test(t.text)) return false;
      if (t.end <= m!.index) return DATE_THEN_AGO_RE.test(text.slice(t.end, m!.index));
      return t.start >= end && AGO_THEN_DATE_RE.test(text.slice(end, t.start));
    });
    if (idx === -1) continue;
    const t = times[idx]!;
    const month = Number(t.value.slice(5, 7));
    // a year-less month is the latest of its name up to the report: its own month is this year's
    const year = YEAR_WRITTEN_RE.test(t.text) ? Number(t.value.slice(0, 4)) : month <= pubM ? pubY : pubY - 1;
    const first = Date.UTC(year, month - 1, 1);
    const last = Date.UTC(year, month, 0);
    const week = /^week/i.test(m[3]!);
    const per = week ? 7 : MONTH_DAYS;
    const lo = (pub - last) / DAY / per;
    const hi = (pub - first) / DAY / per;
    if (hi < 0) continue;
    const mod = m[1] ? MOD[m[1].toLowerCase()] : undefined;
    // how far past the month's span the count may stand and still agree, and how far before it is a mismatch
    const give = week ? 1 : 0.5;
    const miss = week ? 10 / 7 : 1.5;
    const inside = mod === 'more' ? hi > n : mod === 'less' ? lo < n : n >= lo - give * (mod ? 2 : 1) && n <= hi + give * (mod ? 2 : 1);
    const far = mod === 'more' ? hi < n - miss : mod === 'less' ? lo > n + miss : n < lo - miss * (mod ? 2 : 1) || n > hi + miss * (mod ? 2 : 1);
    if (!inside && !far) continue;
    const unit = week ? 'weeks' : 'months';
    out.push(ruled({
      kind: 'DATE_ARITHMETIC', status: inside ? 'CONSISTENT' : 'INCONSISTENT',
      refs: [{ start: m.index, end, text: m[0] }, { time: idx }],
      detail: `${year}-${String(month).padStart(2, '0')} ("${t.text}") to the report's date ${anchor.slice(0, 10)} = ${Math.max(0, lo).toFixed(1)}–${hi.toFixed(1)} ${unit}; stated "${m[0]}"${inside ? '' : ', which does not fit'}`,
    }, 'date-arithmetic:ago-month'));
  }
  return out;
}
