import type { Check, TimeExpr } from '../../core/types.js';
import { dated } from './datedTime.js';
import { countValue, NUM_WORD_SRC } from './numbers.js';
import { ruled } from './rule.js';
import { anchorDayMs } from './anchorDate.js';
import { spanModKind, spanModSrc } from './spanMods.js';

// DATE_ARITHMETIC on a day ahead of the report and the length to it told beside it: "the first taxable period will begin
// on January 1, 2024, almost two years from now", "the vote, set for 5 May 2026, 18 months away". The date must write
// its year (a year-less month ahead is itself read from the report's date) and stand right before the length (a comma,
// a dash or a bracket between). The stated length is rounded: agreement allows half a unit either way (a "nearly"/
// "almost" length may fall a unit short, a "more than" one lie up to half again above), and only a length off by more
// than a unit and a half beyond that is a mismatch.

const DAY = 86_400_000;
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30.44, year: 365.25 };
const FROM_NOW_RE = new RegExp(String.raw`^\s*(?:,|—|–|\()\s*(?:(${spanModSrc()})\s+)?(\d{1,3}|${NUM_WORD_SRC}|an?)\s+(days?|weeks?|months?|years?)\s+(?:from\s+now|away|hence)\b`, 'i');
const YEAR_WRITTEN = /\b(?:19|20)\d\d\b/;

export function fromNowChecks(text: string, times: readonly TimeExpr[], anchor: string | undefined): Check[] {
  const pub = anchorDayMs(anchor);
  if (Number.isNaN(pub) || !/\b(?:from\s+now|away|hence)\b/i.test(text)) return [];
  const out: Check[] = [];
  for (let i = 0; i < times.length; i++) {
    const t = times[i]!;
    const d = dated(t, i);
    if (!d || !YEAR_WRITTEN.test(t.text)) continue;
    const m = FROM_NOW_RE.exec(text.slice(t.end, t.end + 80));
    if (!m) continue;
    const n = /^\d/.test(m[2]!) ? Number(m[2]) : countValue(m[2]!);
    if (n === undefined || n <= 0) continue;
    const unit = m[3]!.toLowerCase().replace(/s$/, '');
    const u = UNIT_DAYS[unit]!;
    // the date's span in the unit: its first and last day ahead of the report
    const lo = (d.earliest - pub) / DAY / u;
    const hi = (d.latest - pub) / DAY / u;
    if (hi <= 0) continue; // not ahead of the report: a past date is "ago", another rule's
    const kind = m[1] ? spanModKind(m[1]) : undefined;
    const [want0, want1] = kind === 'MORE' ? [n, n * 1.5] : kind === 'LESS' ? [n - 1, n] : [n - 0.5, n + 0.5];
    const ok = hi >= want0 - 0.5 && lo <= want1 + 0.5;
    const off = hi < want0 - 1.5 || lo > want1 + 1.5;
    if (!ok && !off) continue;
    const said = m[0].trim().replace(/^[,—–(]\s*/, '');
    const at = t.end + m[0].indexOf(said);
    const span = lo === hi ? `${lo.toFixed(1)}` : `${lo.toFixed(1)} to ${hi.toFixed(1)}`;
    out.push(ruled({
      kind: 'DATE_ARITHMETIC', status: ok ? 'CONSISTENT' : 'INCONSISTENT',
      refs: [{ time: i }, { start: at, end: at + said.length, text: said }],
      detail: `${d.label} is ${span} ${unit}s after the report's ${anchor!.slice(0, 10)}; stated "${said}"${ok ? '' : ' does not fit'}`,
    }, 'date-arithmetic:from-now'));
  }
  return out;
}
