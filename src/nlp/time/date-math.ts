// Calendar arithmetic on TIMEX3 values, in UTC with plain integers (no time zones, no Date parsing of text).

export interface Ymd { y: number; m: number; d: number }

/** Milliseconds in a (UTC) day and hour: the one definition every module that steps epoch times by days uses. */
export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;
export const pad4 = (n: number): string => (n < 0 ? '-' : '') + String(Math.abs(n)).padStart(4, '0');

export function fmtDate(p: Ymd): string { return `${pad4(p.y)}-${pad2(p.m)}-${pad2(p.d)}`; }
export function fmtMonth(y: number, m: number): string { return `${pad4(y)}-${pad2(m)}`; }

export function parseYmd(s: string): Ymd | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return undefined;
  return { y: +m[1]!, m: +m[2]!, d: +m[3]! };
}

const DIM = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return DIM[m - 1] ?? 0;
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function toEpochDay(p: Ymd): number { return Math.floor(Date.UTC(p.y, p.m - 1, p.d) / DAY_MS); }
function fromEpochDay(n: number): Ymd {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(p: Ymd, n: number): Ymd { return fromEpochDay(toEpochDay(p) + n); }
export function diffDays(a: Ymd, b: Ymd): number { return toEpochDay(a) - toEpochDay(b); }

/** Adds months, clamping the day ("Jan 31" + 1 month → Feb 28/29). */
export function addMonths(p: Ymd, n: number): Ymd {
  const t = p.y * 12 + (p.m - 1) + n;
  const y = Math.floor(t / 12);
  const m = t - y * 12 + 1;
  return { y, m, d: Math.min(p.d, daysInMonth(y, m)) };
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function isoWeekday(p: Ymd): number {
  const w = new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** The first day with ISO weekday `wd` strictly after (dir 1) or strictly before (dir -1) `p`. */
export function stepToWeekday(p: Ymd, wd: number, dir: 1 | -1): Ymd {
  const diff = wd - isoWeekday(p);
  const off = dir === 1 ? (diff > 0 ? diff : diff + 7) : (diff < 0 ? diff : diff - 7);
  return addDays(p, off);
}

/** ISO 8601 week: the week-year and week number. */
export function isoWeek(p: Ymd): { year: number; week: number } {
  const thursday = addDays(p, 4 - isoWeekday(p));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { year: thursday.y, week: Math.floor(diffDays(thursday, jan1) / 7) + 1 };
}

export function fmtWeek(p: Ymd): string {
  const w = isoWeek(p);
  return `${pad4(w.year)}-W${pad2(w.week)}`;
}

/** Monday of an ISO week. */
export function weekMonday(year: number, week: number): Ymd {
  const jan4 = { y: year, m: 1, d: 4 };
  return addDays(jan4, (week - 1) * 7 - (isoWeekday(jan4) - 1));
}

/**
 * Shifts a TIMEX3 calendar value by n units of `unit` (Y, M, W, D, Q, H for half-year, DE, CE),
 * keeping the value's own granularity: "2023-08" − 1 Y → "2022-08"; "1989-Q3" − 1 Y → "1988-Q3".
 * Returns undefined when the unit is finer than the value ("2016" + 2 days).
 */
export function shiftValue(value: string, unit: string, n: number): string | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(T.*)?$/.exec(value))) {
    const p = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
    const tail = m[4] ?? '';
    let q: Ymd;
    switch (unit) {
      case 'D': q = addDays(p, n); break;
      case 'W': q = addDays(p, 7 * n); break;
      case 'M': q = addMonths(p, n); break;
      case 'Q': q = addMonths(p, 3 * n); break;
      case 'Y': q = addMonths(p, 12 * n); break;
      case 'DE': q = addMonths(p, 120 * n); break;
      default: return undefined;
    }
    return fmtDate(q) + tail;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const p = { y: +m[1]!, m: +m[2]!, d: 1 };
    const k = unit === 'M' ? n : unit === 'Q' ? 3 * n : unit === 'Y' ? 12 * n : unit === 'DE' ? 120 * n : NaN;
    if (Number.isNaN(k)) return undefined;
    const q = addMonths(p, k);
    return fmtMonth(q.y, q.m);
  }
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const mon = weekMonday(+m[1]!, +m[2]!);
    const k = unit === 'W' ? 7 * n : unit === 'D' ? n : unit === 'Y' ? 364 * n : NaN;
    if (Number.isNaN(k)) return undefined;
    return fmtWeek(addDays(mon, k)) + (m[3] ?? '');
  }
  if ((m = /^(\d{4})-Q(\d)$/.exec(value))) {
    const k = unit === 'Q' ? n : unit === 'Y' ? 4 * n : NaN;
    if (Number.isNaN(k)) return undefined;
    const t = +m[1]! * 4 + (+m[2]! - 1) + k;
    return `${pad4(Math.floor(t / 4))}-Q${(t % 4 + 4) % 4 + 1}`;
  }
  if ((m = /^(\d{4})-H(\d)$/.exec(value))) {
    const k = unit === 'Y' ? 2 * n : NaN;
    if (Number.isNaN(k)) return undefined;
    const t = +m[1]! * 2 + (+m[2]! - 1) + k;
    return `${pad4(Math.floor(t / 2))}-H${(t % 2 + 2) % 2 + 1}`;
  }
  if ((m = /^(\d{4})(-(SP|SU|FA|WI))?$/.exec(value))) {
    const k = unit === 'Y' ? n : unit === 'DE' ? 10 * n : unit === 'CE' ? 100 * n : NaN;
    if (Number.isNaN(k)) return undefined;
    return pad4(+m[1]! + k) + (m[2] ?? '');
  }
  if ((m = /^(\d{3})$/.exec(value))) {
    const k = unit === 'DE' ? n : NaN;
    if (Number.isNaN(k)) return undefined;
    return String(+m[1]! + k).padStart(3, '0');
  }
  return undefined;
}

/** Truncates a day value to the granularity of a unit: "2023-09-11" at Y → "2023", at W → "2023-W37". */
export function atGranularity(p: Ymd, unit: string): string {
  switch (unit) {
    case 'Y': return pad4(p.y);
    case 'M': return fmtMonth(p.y, p.m);
    case 'W': return fmtWeek(p);
    case 'Q': return `${pad4(p.y)}-Q${Math.floor((p.m - 1) / 3) + 1}`;
    case 'DE': return String(Math.floor(p.y / 10)).padStart(3, '0');
    case 'CE': return String(Math.floor(p.y / 100)).padStart(2, '0');
    default: return fmtDate(p);
  }
}
