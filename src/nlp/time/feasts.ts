// Feasts of other calendars (data/lexicon/time-feasts.tsv): a name, a calendar and the feast's month and day in
// it. Their Gregorian dates come from the ICU calendars built into Node (Intl.DateTimeFormat with "-u-ca-"), one
// Gregorian year of a calendar converted at a time, on first need, and kept.
import { join } from 'node:path';
import { projectRoot } from '../../core/shared.js';
import { readDataRows } from '../../core/data-rows.js';
import { DAY_MS, type Ymd } from './date-math.js';

export interface Feast { name: string; calendar: string; month: string; day: string }

/** The feasts by normalised name ("eid al fitr"): lower case, hyphens and runs of spaces as one space. */
export const FEASTS: ReadonlyMap<string, Feast> = new Map(
  readDataRows(join(projectRoot, 'data', 'lexicon', 'time-feasts.tsv'))
    .filter((r) => r.length >= 4)
    .map(([name, calendar, month, day]) => [feastKey(name!), { name: name!, calendar: calendar!, month: month!, day: day! }]));

export function feastKey(s: string): string {
  return s.toLowerCase().replace(/[’]/g, "'").replace(/[\s-]+/g, ' ').trim();
}

const formats = new Map<string, Intl.DateTimeFormat>();
/** "month/day" in the calendar for each day of a Gregorian year, index 0 = 1 January. */
const years = new Map<string, string[]>();

function yearTable(calendar: string, y: number): string[] {
  const key = `${calendar}|${y}`;
  let t = years.get(key);
  if (t) return t;
  let f = formats.get(calendar);
  if (!f) {
    // Hebrew months by name (a leap year has Adar I and Adar II), other calendars by number ("5bis" = leap 5th).
    f = new Intl.DateTimeFormat(`en-u-ca-${calendar}`, { timeZone: 'UTC', month: calendar === 'hebrew' ? 'long' : 'numeric', day: 'numeric' });
    formats.set(calendar, f);
  }
  t = [];
  const start = Date.UTC(y, 0, 1);
  const n = (Date.UTC(y + 1, 0, 1) - start) / DAY_MS;
  for (let i = 0; i < n; i++) {
    let month = ''; let day = '';
    for (const p of f.formatToParts(new Date(start + i * DAY_MS + 12 * 3_600_000))) {
      if (p.type === 'month') month = p.value;
      else if (p.type === 'day') day = p.value;
    }
    t.push(`${month}/${day}`);
  }
  if (years.size > 200) years.clear();
  years.set(key, t);
  return t;
}

/** The feast's Gregorian dates falling in year y (usually one; an Islamic feast can fall twice in a year). */
export function feastDates(f: Feast, y: number): Ymd[] {
  const want = `${f.month}/${f.day}`;
  const t = yearTable(f.calendar, y);
  const out: Ymd[] = [];
  for (let i = 0; i < t.length; i++) {
    if (t[i] !== want) continue;
    const d = new Date(Date.UTC(y, 0, 1) + i * DAY_MS);
    out.push({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() });
  }
  return out;
}
