// Resolution of under-specified calendar expressions against the anchor (publication date), the
// clause tense and the last date mentioned. Finders call these from their `resolve` closures.
import type { Ctx, Tense } from './cand.js';
import {
  addDays, atGranularity, diffDays, fmtDate, fmtMonth, fmtWeek, isoWeekday, pad4, parseYmd, shiftValue, type Ymd,
} from './date-math.js';

/** Weekday → date. Past (default in news): the latest such day on or before the anchor; future: on or after. */
export function resolveWeekday(ctx: Ctx, wd: number, tense: Tense, strict?: 'last' | 'next' | 'this'): string {
  const a = ctx.anchor;
  if (!a) return `XXXX-WXX-${wd}`;
  const diff = wd - isoWeekday(a);
  let off: number;
  if (strict === 'last') off = diff < 0 ? diff : diff - 7;
  else if (strict === 'next') off = diff > 0 ? diff : diff + 7;
  else if (tense === 'FUTURE') off = diff >= 0 ? diff : diff + 7;
  else off = diff <= 0 ? diff : diff - 7;
  return fmtDate(addDays(a, off));
}

/** How far back a yearless day may lie and still be the date a future-tense clause means. */
const FUTURE_REACH_BACK_DAYS = 30;

/** The year of a month (and day) without a year, chosen by tense, else the nearest to the anchor. */
export function yearFor(ctx: Ctx, month: number, day: number | undefined, tense: Tense, strict?: 'last' | 'next'): number | undefined {
  const a = ctx.anchor;
  if (!a) return undefined;
  const key = (m: number, d: number): number => m * 32 + d;
  const here = key(a.m, a.d);
  // Without a day, compare months only: "in September" written in September is this September.
  const there = day === undefined ? key(month, a.d) : key(month, day);
  // A date within about two months of publication is this year's whatever the tense says
  // ("by Jan. 14" written on Jan. 6 in a past-tense clause).
  if (!strict && day !== undefined) {
    // Across the year boundary too: "Dec. 28" written on Jan. 3 is six days back.
    for (const y of [a.y, a.y - 1, a.y + 1]) {
      const dd = diffDays({ y, m: month, d: Math.min(day, 28) }, a) + (day > 28 ? day - 28 : 0);
      // A future clause does not reach a month or more back: "the law will take effect on Jan. 1" written in
      // March is next January (a past date a few weeks back stays near: "will be repaid, as agreed on Feb. 20").
      if (tense === 'FUTURE' && dd < -FUTURE_REACH_BACK_DAYS) continue;
      if (dd >= -90 && dd <= 90) return y;
    }
  }
  // "in October" in a past clause written in September: still this year (reported plans, schedules).
  if (!strict && day === undefined && month === a.m + 1 && tense === 'PAST') return a.y;
  if (strict === 'last') return there < here && (day !== undefined || month < a.m) ? a.y : a.y - 1;
  if (strict === 'next') return there > here && (day !== undefined || month > a.m) ? a.y : a.y + 1;
  if (tense === 'PAST') return there <= here ? a.y : a.y - 1;
  if (tense === 'FUTURE') return there >= here ? a.y : a.y + 1;
  // No tense: news mostly reports the past, so the latest occurrence unless the date is within about two
  // months ahead ("in March" written in October is last March; "in December" written in October is ahead).
  const dm = (month - a.m) + ((day ?? a.d) - a.d) / 31;
  if (dm > 2.5) return a.y - 1;
  if (dm < -9.5) return a.y + 1; // "in January" written in late November/December
  return a.y;
}

export function monthValue(ctx: Ctx, month: number, tense: Tense, strict?: 'last' | 'next'): string {
  const y = yearFor(ctx, month, undefined, tense, strict);
  return y === undefined ? `XXXX-${String(month).padStart(2, '0')}` : fmtMonth(y, month);
}

export function monthDayValue(ctx: Ctx, month: number, day: number, tense: Tense): string {
  const y = yearFor(ctx, month, day, tense);
  const md = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return y === undefined ? `XXXX-${md}` : `${pad4(y)}-${md}`;
}

/** "this/last/next week|month|year|quarter|decade|century" → the anchor's unit shifted by `off`. */
export function relativeUnit(ctx: Ctx, unit: string, off: number): string {
  const a = ctx.anchor;
  if (!a) {
    switch (unit) {
      case 'D': return 'XXXX-XX-XX';
      case 'W': return 'XXXX-WXX';
      case 'M': return 'XXXX-XX';
      case 'Q': return 'XXXX-QX';
      case 'WE': return 'XXXX-WXX-WE';
      default: return 'XXXX';
    }
  }
  if (unit === 'WE') return `${fmtWeek(addDays(a, 7 * off))}-WE`;
  const base = atGranularity(a, unit);
  if (off === 0) return base;
  return shiftValue(base, unit, off) ?? base;
}

export function dayOffset(ctx: Ctx, off: number): string {
  return ctx.anchor ? fmtDate(addDays(ctx.anchor, off)) : 'XXXX-XX-XX';
}

/** Granularity unit of a calendar value, for anaphora. */
export function granularity(value: string): string | undefined {
  // By character codes: this runs for every resolved date (no regex state, no garbage).
  const n = value.length;
  const d = (i: number): boolean => { const c = value.charCodeAt(i); return c >= 48 && c <= 57; };
  if (n === 3) return d(0) && d(1) && d(2) ? 'DE' : undefined;
  if (n < 4 || !d(0) || !d(1) || !d(2) || !d(3)) return undefined;
  if (n === 4) return 'Y';
  if (value.charCodeAt(4) !== 45) return undefined;
  const c5 = value.charCodeAt(5);
  if (n >= 10 && d(5) && d(6) && value.charCodeAt(7) === 45 && d(8) && d(9)) return 'D';
  if (n >= 8 && c5 === 87 && d(6) && d(7)) return 'W';
  if (n === 7 && d(5) && d(6)) return 'M';
  if (n === 7 && c5 === 81 && d(6)) return 'Q';
  if (n === 7 && c5 === 72 && d(6)) return 'Y';
  if (n === 7 && /^(?:SP|SU|FA|WI)$/.test(value.slice(5))) return 'Y';
  return undefined;
}

const RANK: Record<string, number> = { D: 0, W: 1, M: 2, Q: 3, Y: 4, DE: 5, CE: 6 };

/**
 * "two years later", "a year earlier", "the following day": shift the last mentioned date, keeping its
 * granularity when it is finer than the unit ("2023-08" − 1 year → "2022-08"); otherwise the anchor.
 */
export function fromReference(ctx: Ctx, unit: string, n: number): string | undefined {
  let ref = ctx.lastRef;
  // "a month earlier" after a day: the month before that day's month, not a day.
  if (ref && unit !== 'D' && unit !== 'W' && granularity(ref) === 'D') ref = ref.slice(0, 7);
  if (ref) {
    const g = granularity(ref);
    if (g && RANK[g]! <= RANK[unit]!) {
      const v = shiftValue(ref, unit, n);
      if (v) return v;
    }
    // "2016" + 2 days: reduce the reference to the year … but the unit is finer; fall through.
    if (g && RANK[g]! > RANK[unit]! && unit !== 'D' && unit !== 'W') {
      const v = shiftValue(ref, g, 0);
      if (v) return v;
    }
  }
  if (!ctx.anchor) return undefined;
  const base = atGranularity(ctx.anchor, unit);
  return shiftValue(base, unit, n);
}

/** "the previous year", "the same month": the reference reduced to the unit, then shifted. */
export function fromReferenceAtUnit(ctx: Ctx, unit: string, n: number): string | undefined {
  const v = fromReference(ctx, unit, n);
  if (!v) return v;
  const p = parseYmd(v.length === 7 ? `${v}-01` : v);
  if (p && (granularity(v) === 'D' || granularity(v) === 'M') && RANK[unit]! > RANK[granularity(v)!]!) return atGranularity(p, unit);
  if (/^\d{4}-Q\d$/.test(v) && unit === 'Y') return v.slice(0, 4);
  return v;
}

/** "three years ago": the anchor shifted, at the unit's granularity. */
export function agoValue(ctx: Ctx, unit: string, n: number): string | undefined {
  const a = ctx.anchor;
  if (!a) return undefined;
  // Financial news: "a year ago" after "the third quarter" means that quarter a year before.
  if (unit === 'Y' && Number.isInteger(n) && ctx.lastRef && granularity(ctx.lastRef) === 'Q') {
    return shiftValue(ctx.lastRef, 'Y', -n);
  }
  let p: Ymd;
  switch (unit) {
    case 'D': p = addDays(a, -Math.round(n)); return fmtDate(p);
    // "a week ago", "two weeks ago" name the day (TBAQ and MEANTIME value them so); "six weeks ago" a week.
    case 'W': return n <= 2 && Number.isInteger(n) ? fmtDate(addDays(a, -n * 7)) : fmtWeek(addDays(a, -Math.round(n * 7)));
    case 'FN': return fmtWeek(addDays(a, -Math.round(n * 14)));
    case 'MO': return shiftValue(fmtMonth(a.y, a.m), 'M', -Math.round(n));
    case 'Q': return shiftValue(atGranularity(a, 'Q'), 'Q', -Math.round(n));
    case 'Y':
      if (Number.isInteger(n)) return pad4(a.y - n);
      return pad4(Math.floor(a.y + (a.m - 1) / 12 - n));
    // "a decade ago", "two decades ago", "a century ago", "half a century ago": the year that many years back, as
    // news gold values them (not the decade or century that year falls in)
    case 'DE': return Number.isInteger(n * 10) ? pad4(a.y - Math.round(10 * n)) : undefined;
    case 'CE': return Number.isInteger(n * 100) ? pad4(a.y - Math.round(100 * n)) : undefined;
    default: return undefined;
  }
}
