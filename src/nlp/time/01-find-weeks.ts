// Weeks named by a date or a month: "the week of March 6" → the ISO week holding March 6; "the last week
// of March", "the first week of June 2024" → the week holding most of those seven days.
import { type Ctx, type Finder, scanNear } from './cand.js';
import { wordTrigger } from './word-triggers.js';
import { addDays, daysInMonth, fmtWeek, type Ymd } from './date-math.js';
import { ORDINAL_WORDS } from './lexicon.js';
import { DAYNUM, MONTH, YEAR4, monthNumber } from './patterns.js';
import { monthDayValue, monthValue } from './03-resolve.js';

const T_WEEK = wordTrigger(/\bweek\b/gi, { prefixes: ['week'], test: (_w, l) => l === 'week' });
const WEEK_OF_DATE = new RegExp(`\\b[Tt]he\\s+week\\s+of\\s+(${MONTH})\\s+(${DAYNUM})(?:,?\\s+(${YEAR4}))?(?![\\w])`, 'g');
const WEEK_OF_MONTH = new RegExp(`\\b[Tt]he\\s+(first|second|third|fourth|last|final)\\s+week\\s+of\\s+(${MONTH})(?:,?\\s+(${YEAR4}))?(?![\\w])`, 'g');

const dayOf = (v: string): Ymd | undefined => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  return m ? { y: +m[1]!, m: +m[2]!, d: +m[3]! } : undefined;
};

export const findWeeks: Finder = (text, out) => {
  scanNear(T_WEEK, WEEK_OF_DATE, text, 6, 40, (m) => {
    const month = monthNumber(m[1]!);
    const day = parseInt(m[2]!, 10);
    const year = m[3];
    if (!month || day > daysInMonth(2000, month)) return;
    out.push({ start: m.index, end: m.index + m[0].length, rule: 'date.week-of', priority: 6,
      resolve(ctx, c) {
        const v = year ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : monthDayValue(ctx, month, day, c.tense ?? ctx.tense(c.start, c.end));
        const p = dayOf(v);
        return p ? { type: 'DATE', value: fmtWeek(p) } : { type: 'DATE', value: 'XXXX-WXX' };
      } });
  });

  scanNear(T_WEEK, WEEK_OF_MONTH, text, 20, 30, (m) => {
    const ordW = m[1]!.toLowerCase();
    const month = monthNumber(m[2]!);
    const year = m[3];
    if (!month) return;
    const last = ordW === 'last' || ordW === 'final';
    const n = last ? 0 : ORDINAL_WORDS[ordW]!;
    out.push({ start: m.index, end: m.index + m[0].length, rule: 'date.week-of-month', priority: 6,
      resolve(ctx: Ctx, c) {
        const mv = year ? `${year}-${String(month).padStart(2, '0')}` : monthValue(ctx, month, c.tense ?? ctx.tense(c.start, c.end));
        const y = /^\d{4}/.test(mv) ? +mv.slice(0, 4) : undefined;
        if (y === undefined) return { type: 'DATE', value: 'XXXX-WXX' };
        // The week holding the 4th (first week) or the 4th-last day (last week) has most of its days in the month.
        const p = last ? { y, m: month, d: daysInMonth(y, month) - 3 } : addDays({ y, m: month, d: 4 }, 7 * (n - 1));
        return { type: 'DATE', value: fmtWeek(p) };
      } });
  });
};
