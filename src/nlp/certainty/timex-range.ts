// Where a resolved TIMEX3 calendar value lies relative to the publication day: wholly after it, wholly before
// it, or overlapping it. Values are compared as day ranges, not as strings ("2008-W41" is not after
// "2008-10-10": the week holds that day; "2008-W41-WE" is the weekend of that week).
import { addDays, daysInMonth, fmtDate, isValidDate, weekMonday } from '../time/date-math.js';

export type Placement = 'AFTER' | 'BEFORE' | 'OVERLAPS';

const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

/** The first and last day ("YYYY-MM-DD") a calendar value covers; undefined for durations, refs and clock-only values. */
export function dayRange(value: string): [string, string] | undefined {
  let m: RegExpExecArray | null;
  const month = (y: number, a: number, b: number): [string, string] => {
    const ya = y + Math.floor((a - 1) / 12), ma = ((a - 1) % 12) + 1;
    const yb = y + Math.floor((b - 1) / 12), mb = ((b - 1) % 12) + 1;
    return [fmtDate({ y: ya, m: ma, d: 1 }), fmtDate({ y: yb, m: mb, d: daysInMonth(yb, mb) })];
  };
  if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value))) return isValidDate(+m[1]!, +m[2]!, +m[3]!) ? [m[0], m[0]] : undefined;
  if ((m = /^\d{4}-(\d{2})$/.exec(value)) && (+m[1]! < 1 || +m[1]! > 12)) return undefined;
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return month(+m[1]!, +m[2]!, +m[2]!);
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const mon = weekMonday(+m[1]!, +m[2]!);
    return m[3] ? [fmtDate(addDays(mon, 5)), fmtDate(addDays(mon, 6))] : [fmtDate(mon), fmtDate(addDays(mon, 6))];
  }
  if ((m = /^(\d{4})-Q(\d)$/.exec(value))) { const q = +m[2]!; return month(+m[1]!, 3 * q - 2, 3 * q); }
  if ((m = /^(\d{4})-H(\d)$/.exec(value))) { const h = +m[2]!; return month(+m[1]!, 6 * h - 5, 6 * h); }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) { const [a, b] = SEASON_MONTHS[m[2]!]!; return month(+m[1]!, a, b); }
  if ((m = /^(\d{4})$/.exec(value))) return month(+m[1]!, 1, 12);
  if ((m = /^(\d{3})$/.exec(value))) return [`${m[1]}0-01-01`, `${m[1]}9-12-31`];
  return undefined;
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
