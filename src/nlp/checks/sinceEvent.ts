import type { Check, TimeExpr } from '../../core/types.js';
import { MONTHS } from '../time/lexicon.js';
import { countValue, NUM_WORD_SRC, YEAR_WRITTEN_RE } from './numbers.js';
import { type CheckRef, ruled } from './rule.js';
import { sentenceIndex, type SentenceSpans } from './sentences.js';
import { dated, type Dated } from './datedTime.js';
import { anchorDayMs, anchorYear } from './anchorDate.js';

// Offsets from a dated event told a few words later, against the report's date or a date stated in the sentence:
//  - "two years after Russia invaded Ukraine in February 2022", "a year since the October 7, 2023 attack",
//    "six months after the coup in July", "two years into the war that began in 2022";
//  - a day range and its length: "the 10-day festival, from March 1 to 10", "a five-day visit (June 3-7)".
// Both pairings are loose (the event may be older than the report, the length may count nights): agreement only,
// except a length in brackets or apposition right beside its day range.

const NUM = String.raw`(?:\d{1,3}|${NUM_WORD_SRC}|an?)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?`;
const MODS: Record<string, string> = { 'more than': 'MORE', over: 'MORE', 'just over': 'MORE', nearly: 'LESS', almost: 'LESS', 'just under': 'LESS', 'less than': 'LESS', about: 'APPROX', around: 'APPROX', some: 'APPROX', roughly: 'APPROX' };
const OFFSET_RE = new RegExp(String.raw`\b(?:(more than|just over|over|nearly|almost|just under|less than|about|around|some|roughly)\s+)?(${NUM})\s+(years?|months?|weeks?|days?|decades?)\s+(after|since|into|on\s+from|from)\b`, 'gi');
/** Between the offset and the event's date: a few words, no clause break, no other count. */
const GAP_RE = /^(?:\s+[\p{L}'’.-]+){0,14}?\s+(?:in\s+|on\s+|of\s+)?(?:the\s+)?$/u;
const DAY_MS = 86400000;
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30.4375, year: 365.2425, decade: 3652.425 };
/** Rounding a writer allows on "N units after", in units; a day count is taken to be exact, give or take the news' own lag. */
const SLACK: Record<string, number> = { day: 2, week: 0.6, month: 0.6, year: 0.6, decade: 0.6 };



const addYears = (ms: number, k: number) => { const d = new Date(ms); d.setUTCFullYear(d.getUTCFullYear() + k); return d.getTime(); };
/**
 * Whole years to add to `d` so that it is the first of its kind at or after `ref`; with `before`, the years `d` must
 * move back to be the last of its kind at or before `ref` (the same shift, added to the other date).
 */
function yearsAfter(d: Dated, ref: Dated, before = false): number {
  let k = 0;
  if (!before) {
    while (addYears(d.latest, k) < ref.earliest && k < 200) k++;
    while (addYears(d.earliest, k - 1) >= ref.earliest && k > -200) k--;
  } else {
    // move `d` (the event) back until it is at or before `ref` (the landing), and no further
    while (addYears(d.earliest, -k) > ref.latest && k < 200) k++;
    while (addYears(d.latest, -(k - 1)) <= ref.latest && k > -200) k--;
  }
  return k;
}

export function sinceEventChecks(text: string, times: readonly TimeExpr[], anchor: string | undefined, sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  const pub = anchorDayMs(anchor);
  const all = times.map(dated);
  OFFSET_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OFFSET_RE.exec(text)) !== null) {
    const n = countValue(m[2]!);
    if (n === undefined || n <= 0) continue;
    const unit = m[3]!.toLowerCase().replace(/s$/, '');
    const mod = m[1] ? MODS[m[1].toLowerCase()] : undefined;
    const s = sentenceIndex(sentences, m.index);
    if (s === -1) continue;
    const [sFrom, sTo] = sentences[s]!;
    const end = m.index + m[0].length;
    // the event's date: the first written date after the offset, a few words on
    const fromIdx = all.findIndex((d) => !!d && d.t.start >= end && d.t.end <= sTo && GAP_RE.test(text.slice(end, d.t.start)));
    const from = all[fromIdx];
    if (!from) continue;
    // the date the offset lands on: a written date elsewhere in the sentence, else the report's
    const landings: Array<{ earliest: number; latest: number; label: string; ref?: number }> = [];
    for (const d of all) {
      if (!d || d === from || d.t.start < sFrom || d.t.end > sTo || (d.t.start >= m.index && d.t.end <= from.t.end)) continue;
      // "reached in November, nine months after talks began in February": a month whose year the text does not write
      // is the first of its name after the event, not the time stage's guess against the report's date
      const shift = !YEAR_WRITTEN_RE.test(d.t.text) ? yearsAfter(d, from) : !YEAR_WRITTEN_RE.test(from.t.text) ? yearsAfter(from, d, true) : 0;
      const [e, l] = [addYears(d.earliest, shift), addYears(d.latest, shift)];
      landings.push({ earliest: e, latest: l, label: `the stated ${d.label}${shift ? ` (its year read after the event's, ${shift > 0 ? '+' : ''}${shift})` : ''}`, ref: d.i });
    }
    if (Number.isFinite(pub)) landings.push({ earliest: pub, latest: pub, label: `the report's date ${anchor!.slice(0, 10)}` });
    const per = UNIT_DAYS[unit]!;
    const want = n;
    for (const land of landings) {
      const lo = (land.earliest - from.latest) / DAY_MS / per;
      const hi = (land.latest - from.earliest) / DAY_MS / per;
      if (hi < 0) continue;
      const sl = SLACK[unit]!;
      const ok = mod === 'MORE' ? hi + sl > want : mod === 'LESS' ? lo - sl < want && hi + sl >= want * 0.85 : want >= lo - sl * (mod === 'APPROX' ? 2 : 1) && want <= hi + sl * (mod === 'APPROX' ? 2 : 1);
      if (!ok) continue;
      const refs: CheckRef[] = [{ start: m.index, end: end, text: m[0] }, { time: from.i }];
      if (land.ref !== undefined) refs.push({ time: land.ref });
      const f = (x: number) => (unit === 'day' ? String(Math.round(x)) : x.toFixed(1));
      out.push(ruled({
        kind: 'DATE_ARITHMETIC', status: 'CONSISTENT', refs,
        detail: `${from.label} ("${from.t.text}") to ${land.label} = ${lo === hi ? f(lo) : `${f(Math.max(0, lo))}–${f(hi)}`} ${unit}s; stated "${m[0].replace(/\s+\S+$/, '')}"`,
      }, 'date-arithmetic:offset-from-event'));
      break;
    }
  }
  return out;
}

// day ranges: "from March 1 to 10", "March 1-10", "June 3–7", "1-10 March", "from March 28 to April 2", "between 1 and 10 March"
const MONTH_SRC = [...MONTHS].map(([mo]) => mo).sort((a, b) => b.length - a.length).join('|');
const D = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
// "\s*" then a word needing a space on each side, written so that a long run of spaces is crossed once: "\s*\s+to" (as
// it was) tried every split of the run and was quadratic on it (a date followed by 50 kB of spaces took 21 s).
const TO = String.raw`\s*(?:-|–|—|(?<=\s)(?:to|through|until|till|and)(?=\s))\s*`;
const DAY_RANGE_RES: ReadonlyArray<[RegExp, (m: RegExpExecArray) => [string, number, string, number]]> = [
  // March 28 to April 2 / March 1 to 10 / March 1-10
  [new RegExp(String.raw`\b(${MONTH_SRC})\.?\s+${D}${TO}(?:(${MONTH_SRC})\.?\s+)?${D}\b(?!\s*(?:,\s*)?\d{3})`, 'g'), (m) => [m[1]!, Number(m[2]), m[3] ?? m[1]!, Number(m[4])]],
  // 1-10 March / 28 March to 2 April
  [new RegExp(String.raw`(?<![\d,.])${D}(?:\s+(${MONTH_SRC}))?${TO}${D}\s+(${MONTH_SRC})\b`, 'g'), (m) => [m[2] ?? m[4]!, Number(m[1]), m[4]!, Number(m[3])]],
];
const LENGTH_DAYS_RE = new RegExp(String.raw`\b(${NUM})(-|\s+)(days?|nights?)(?:-long)?\b(?!\s+(?:after|before|later|earlier|ago|since|from\s+now)\b)`, 'gi');
const MONTH_NUM = new Map(MONTHS.map(([mo, k]) => [mo.toLowerCase(), k]));

export function dayRangeChecks(text: string, anchor: string | undefined, sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  for (const [re, parts] of DAY_RANGE_RES) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (/^between\b/i.test(text.slice(Math.max(0, m.index - 8), m.index).trim()) === false && /\band\b/.test(m[0])) continue;
      const [m1, d1, m2, d2] = parts(m);
      const mo1 = MONTH_NUM.get(m1.toLowerCase());
      const mo2 = MONTH_NUM.get(m2.toLowerCase());
      if (!mo1 || !mo2 || d1 < 1 || d1 > 31 || d2 < 1 || d2 > 31) continue;
      const y = anchorYear(anchor) ?? 2001;
      // the year matters only across the end of February: the report's
      const a = Date.UTC(y, mo1 - 1, d1);
      let b = Date.UTC(y, mo2 - 1, d2);
      if (b < a) b = Date.UTC(y + 1, mo2 - 1, d2);
      const span = Math.round((b - a) / DAY_MS);
      if (span <= 0 || span > 120) continue;
      const s = sentenceIndex(sentences, m.index);
      if (s === -1) continue;
      const [sFrom, sTo] = sentences[s]!;
      const rStart = m.index;
      const rEnd = m.index + m[0].length;
      LENGTH_DAYS_RE.lastIndex = 0;
      const sentence = text.slice(sFrom, sTo);
      let l: RegExpExecArray | null;
      while ((l = LENGTH_DAYS_RE.exec(sentence)) !== null) {
        const n = countValue(l[1]!);
        const lStart = sFrom + l.index;
        const lEnd = lStart + l[0].length;
        if (n === undefined || n < 2 || (lStart < rEnd && rStart < lEnd)) continue;
        const nights = /^night/i.test(l[3]!);
        // "March 1 to 10" is ten days counted inclusively, nine nights; a writer may count either way for days
        const ok = nights ? n === span : n === span + 1 || n === span;
        const gap = lEnd <= rStart ? text.slice(lEnd, rStart) : text.slice(rEnd, lStart);
        const tied = /^\s*(?:[a-z-]+\s+){0,3}(?:\(|,\s*(?:from\s+)?|from\s+|[—–]\s*)$/i.test(gap) || /^\s*\)?\s*,\s*(?:a\s+|some\s+)?$/i.test(gap);
        if (!ok && !tied) continue;
        out.push(ruled({
          kind: 'DATE_ARITHMETIC', status: ok ? 'CONSISTENT' : 'INCONSISTENT',
          refs: [{ start: lStart, end: lEnd, text: l[0] }, { start: rStart, end: rEnd, text: m[0] }],
          detail: `${m[0]} = ${span + 1} days counted inclusively (${span} nights); stated "${l[0]}"${ok ? '' : ', which does not fit'}`,
        }, 'date-arithmetic:day-range'));
        break;
      }
    }
  }
  return out;
}
