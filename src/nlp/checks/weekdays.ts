import type { Check, TimeExpr } from '../../core/types.js';
import { MONTHS, WEEKDAYS } from '../time/lexicon.js';
import { type CheckRef, ruled } from './rule.js';
import { sentenceIndex, type SentenceSpans } from './sentences.js';
import { allMatches } from '../../core/regex.js';
import { anchorDayMs } from './anchorDate.js';

// A weekday written with its date: "Tuesday, March 12", "on Friday (10 March)", "Wednesday 8 March 2023",
// "March 12, a Tuesday". The calendar says which weekday the date fell on. The year is the one written, else the
// time stage's, else the one that puts the date nearest the report. A mismatch is reported only when that year is
// sure: written, or the date lies within a season of the report (a date a year off would fit another year).

const FULL_WEEKDAYS = WEEKDAYS.filter(([w]) => w.length >= 6);
const WD_SRC = FULL_WEEKDAYS.map(([w]) => w).join('|');
const MONTH_SRC = [...MONTHS].map(([m]) => m).sort((a, b) => b.length - a.length).map((m) => (m.length <= 4 && m !== 'May' && m !== 'June' && m !== 'July' ? `${m}\\.?` : m)).join('|');
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:,?\s+((?:1[89]|20)\d\d)(?!\d|\s+(?:people|persons|residents|troops|soldiers|protesters|workers|votes)\b))?`;
// weekday then date: "Tuesday, March 12, 2024", "Tuesday 12 March", "Friday (10 March)", "Friday, the 10th of March"
const WD_FIRST_RE = new RegExp(String.raw`\b(${WD_SRC})(?:,\s*|\s+|\s*\(\s*)(?:(?:(${MONTH_SRC})\s+${DAY}|(?:the\s+)?${DAY}\s+(?:of\s+)?(${MONTH_SRC}))${YEAR})(?!\d)(?:\s*\))?`, 'g');
// date then weekday: "March 12, a Tuesday", "12 March (Tuesday)", "March 12, which was a Tuesday"
const DATE_FIRST_RE = new RegExp(String.raw`\b(?:(${MONTH_SRC})\s+${DAY}|${DAY}\s+(?:of\s+)?(${MONTH_SRC}))${YEAR}(?:,\s*(?:which\s+(?:is|was|will\s+be|falls\s+on)\s+)?an?\s+|\s*\(\s*)(${WD_SRC})\b`, 'g');
const MONTH_NUM = new Map(MONTHS.map(([m, n]) => [m.toLowerCase(), n]));
const WD_NUM = new Map(WEEKDAYS.map(([w, n]) => [w.toLowerCase(), n]));
const WD_NAME = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const DAY_MS = 86400000;
/** Within this many days of the report, the year of a date written without one is not in doubt. */
const SURE_DAYS = 90;

/** ISO weekday (Monday = 1) of a calendar date; undefined when the date does not exist (February 30). */
export function isoWeekday(year: number, month: number, day: number): number | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return ((d.getUTCDay() + 6) % 7) + 1;
}

interface Found { start: number; end: number; text: string; weekday: number; month: number; day: number; year?: number }

function found(text: string): Found[] {
  const out: Found[] = [];
  const add = (m: RegExpExecArray, wd: string, mon: string, day: string, year: string | undefined) => {
    // a headline ending in "Friday" above a dateline is no weekday of that date
    if (m[0].includes('\n')) return;
    const month = MONTH_NUM.get(mon.toLowerCase().replace(/\.$/, ''));
    const weekday = WD_NUM.get(wd.toLowerCase());
    if (month === undefined || weekday === undefined) return;
    const f: Found = { start: m.index, end: m.index + m[0].length, text: m[0], weekday, month, day: Number(day) };
    if (year) f.year = Number(year);
    if (!out.some((o) => o.start < f.end && f.start < o.end)) out.push(f);
  };
  WD_FIRST_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WD_FIRST_RE.exec(text)) !== null) add(m, m[1]!, m[2] ?? m[5]!, m[3] ?? m[4]!, m[6]);
  DATE_FIRST_RE.lastIndex = 0;
  while ((m = DATE_FIRST_RE.exec(text)) !== null) add(m, m[6]!, m[1] ?? m[4]!, m[2] ?? m[3]!, m[5]);
  return out.sort((a, b) => a.start - b.start);
}

const YEAR_G_RE = /\b(?:1[89]|20)\d\d\b/g;
/** Years written in the sentence holding `at` and the one before it. */
function contextYears(text: string, sentences: SentenceSpans, at: number): number[] {
  const i = sentenceIndex(sentences, at);
  if (i === -1) return [];
  const from = sentences[Math.max(0, i - 1)]![0];
  return [...new Set(allMatches(YEAR_G_RE, text.slice(from, sentences[i]![1])).map((m) => Number(m[0])))];
}

export function weekdayChecks(text: string, times: readonly TimeExpr[], anchor: string | undefined, sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  const pub = anchorDayMs(anchor);
  for (const f of found(text)) {
    if (f.day < 1 || f.day > 31) continue;
    const mmdd = `-${String(f.month).padStart(2, '0')}-${String(f.day).padStart(2, '0')}`;
    const tIdx = times.findIndex((t) => t.start < f.end && f.start < t.end && t.type === 'DATE' && /^\d{4}-\d\d-\d\d$/.test(t.value) && t.value.endsWith(mmdd));
    let year = f.year;
    let how = 'as written';
    if (year === undefined && tIdx !== -1) {
      // the time stage weighs tense ("opens" → the coming one)
      year = Number(times[tIdx]!.value.slice(0, 4));
      how = "the time stage's";
    } else if (year === undefined && Number.isFinite(pub)) {
      // the year that puts the date nearest the report
      const py = new Date(pub).getUTCFullYear();
      year = [py - 1, py, py + 1].reduce((a, b) => (Math.abs(Date.UTC(b, f.month - 1, f.day) - pub) < Math.abs(Date.UTC(a, f.month - 1, f.day) - pub) ? b : a));
      how = "the report's";
    }
    if (year === undefined) continue;
    let actual = isoWeekday(year, f.month, f.day);
    if (actual === undefined) continue;
    // "In 2019 … on Tuesday, March 12": a year written in the sentence or the one before may be the date's
    const context = f.year === undefined && actual !== f.weekday ? contextYears(text, sentences, f.start).filter((y) => y !== year) : [];
    const other = context.find((y) => isoWeekday(y, f.month, f.day) === f.weekday);
    if (other !== undefined) {
      year = other;
      actual = f.weekday;
      how = 'written nearby';
    } else if (context.length > 0) continue;
    const sure = f.year !== undefined || (Number.isFinite(pub) && Math.abs(Date.UTC(year, f.month - 1, f.day) - pub) <= SURE_DAYS * DAY_MS);
    const ok = actual === f.weekday;
    if (!ok && !sure) continue;
    const date = `${year}${mmdd}`;
    const refs: CheckRef[] = [{ start: f.start, end: f.end, text: f.text }];
    if (tIdx !== -1) refs.push({ time: tIdx });
    out.push(ruled({
      kind: 'DATE_ARITHMETIC', status: ok ? 'CONSISTENT' : 'INCONSISTENT', refs,
      detail: `${date} (year ${how}) fell on a ${WD_NAME[actual]}; stated "${f.text.replace(/[\s,(]+$/, '')}"${ok ? '' : `: not a ${WD_NAME[f.weekday]}`}`,
    }, 'date-arithmetic:weekday'));
  }
  return out;
}
