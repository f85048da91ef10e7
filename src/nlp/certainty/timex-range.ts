// Where a resolved TIMEX3 calendar value lies relative to the publication day: wholly after it, wholly before
// it, or overlapping it. Values are compared as day ranges, not as strings ("2008-W41" is not after
// "2008-10-10": the week holds that day; "2008-W41-WE" is the weekend of that week).
import { DAY_MS, HOUR_MS, isValidDate, weekMonday } from '../time/date-math.js';

export type Placement = 'AFTER' | 'BEFORE' | 'OVERLAPS';

const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };
/** TIMEX3 parts of day, in hours from the day's start; "Sunday night" runs into Monday's small hours. */
const PARTS_OF_DAY: Record<string, [number, number]> = { MO: [6, 12], AF: [12, 18], EV: [18, 24], NI: [21, 30], DT: [6, 18] };

/** A span of time in ms since the epoch, start inclusive, end exclusive. */
export interface Span { lo: number; hi: number }

/**
 * The span a resolved TIMEX3 calendar value covers: a day, or within it a clock minute ("T14:05") or a part
 * of day ("TNI" runs from 21:00 to 06:00 the next morning) unless `dayOnly`; a month, ISO week or its
 * weekend ("-WE"), quarter, half year, season ("WI" runs December to February), year or decade ("199").
 * Undefined for durations, refs, clock-only values and impossible dates or months. The one reading of
 * calendar values behind `dayRange` (certainty: before, after or holding the publication day) and the
 * story builder's `timeInterval` (when reports say an event happened).
 */
export function timexSpan(value: string, dayOnly = false): Span | undefined {
  let m: RegExpExecArray | null;
  const months = (y: number, a: number, b: number): Span => ({ lo: Date.UTC(y, a - 1, 1), hi: Date.UTC(y, b, 1) });
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})|T(MO|AF|EV|NI|DT))?/.exec(value))) {
    if (!isValidDate(+m[1]!, +m[2]!, +m[3]!)) return undefined;
    const day = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!);
    if (!dayOnly && m[4]) { const lo = day + (+m[4] * 60 + +m[5]!) * 60000; return { lo, hi: lo + 60000 }; }
    if (!dayOnly && m[6]) { const [a, b] = PARTS_OF_DAY[m[6]]!; return { lo: day + a * HOUR_MS, hi: day + b * HOUR_MS }; }
    return { lo: day, hi: day + DAY_MS };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return +m[2]! >= 1 && +m[2]! <= 12 ? months(+m[1]!, +m[2]!, +m[2]!) : undefined;
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const mon = weekMonday(+m[1]!, +m[2]!);
    const lo = Date.UTC(mon.y, mon.m - 1, mon.d);
    return m[3] ? { lo: lo + 5 * DAY_MS, hi: lo + 7 * DAY_MS } : { lo, hi: lo + 7 * DAY_MS };
  }
  if ((m = /^(\d{4})-Q(\d)$/.exec(value))) { const q = +m[2]!; return months(+m[1]!, 3 * q - 2, 3 * q); }
  if ((m = /^(\d{4})-H(\d)$/.exec(value))) { const h = +m[2]!; return months(+m[1]!, 6 * h - 5, 6 * h); }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) { const [a, b] = SEASON_MONTHS[m[2]!]!; return months(+m[1]!, a, b); }
  if ((m = /^(\d{4})$/.exec(value))) return months(+m[1]!, 1, 12);
  if ((m = /^(\d{3})$/.exec(value))) return months(+m[1]! * 10, 1, 120);
  return undefined;
}

const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The first and last day ("YYYY-MM-DD") a calendar value covers; undefined for durations, refs and clock-only values. */
export function dayRange(value: string): [string, string] | undefined {
  const s = timexSpan(value, true);
  return s ? [isoDay(s.lo), isoDay(s.hi - DAY_MS)] : undefined;
}

/** Where `value` lies against the publication day `anchor` ("YYYY-MM-DD…"); undefined when it has no calendar range. */
export function placeAgainst(value: string, anchor: string): Placement | undefined {
  const r = dayRange(value);
  const a = anchor.slice(0, 10);
  if (!r || !/^\d{4}-\d{2}-\d{2}$/.test(a)) return undefined;
  if (r[0] > a) return 'AFTER';
  if (r[1] < a) return 'BEFORE';
  return 'OVERLAPS';
}
