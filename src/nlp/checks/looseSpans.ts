import { allMatches } from '../../core/regex.js';
import type { Check, TimeExpr } from '../../core/types.js';
import { countValue, NUM_WORD_SRC, YEAR_WRITTEN_RE } from './numbers.js';
import { ruled } from './rule.js';
import { LOOSE_SRC } from './approx.js';
import { sentenceIndex, type SentenceSpans } from './sentences.js';

// DATE_ARITHMETIC read loosely from one sentence: a length in years, decades or months and two dates of the sentence
// that lie that far apart, whatever words join them: "He served six years in prison after his 2015 conviction and
// was freed in 2021", "The 2011 uprising ended four decades of rule that began in 1969", "reopened in March 2024
// after 18 months of work that began in September 2022". The sentence may hold other lengths and dates, so only
// agreement is reported (the tighter rules in dateArithmetic.ts, later.ts and yearRanges.ts decide either way).

const LENGTH_RE = new RegExp(String.raw`\b(\d{1,3}|${NUM_WORD_SRC}|an?)[\s-]+(years?|decades?|months?)\b(?!\s+(?:ago|old|earlier|later)\b|-old)`, 'gi');
// "aged 40 years", "at the age of 40": an age, no length between dates
const AGE_BEFORE_RE = /\b(?:aged|age of|ages of)\s+$/i;
const APPROX_BEFORE_RE = new RegExp(String.raw`\b(?:${LOOSE_SRC})\s+$`, 'i');
const YEAR_RE = /(?<![\d.,$£€#-])\b((?:1[89]|20)\d\d)\b(?![\d%]|\s*(?:people|persons|troops|soldiers|votes|seats|km|miles|metres|meters|feet)\b)/g;
const MONTH_VALUE_RE = /^(\d{4})-(\d{2})(?:-\d{2})?$/;

interface Point { start: number; end: number; text: string; months?: number; year: number }

export function looseSpanChecks(text: string, times: readonly TimeExpr[], sentences: SentenceSpans): Check[] {
  if (!/\b(?:years?|decades?|months?)\b/i.test(text)) return [];
  const out: Check[] = [];
  const monthsBySentence = new Map<number, Point[]>();
  for (const t of times) {
    const m = t.type === 'DATE' ? MONTH_VALUE_RE.exec(t.value) : null;
    if (!m || !/\d{4}/.test(t.text)) continue;
    const s = sentenceIndex(sentences, t.start);
    if (s < 0) continue;
    const p: Point = { start: t.start, end: t.end, text: t.text, year: Number(m[1]), months: Number(m[1]) * 12 + Number(m[2]) - 1 };
    monthsBySentence.set(s, [...(monthsBySentence.get(s) ?? []), p]);
  }
  sentences.forEach(([from, to], s) => {
    const st = text.slice(from, to);
    if (!/\b(?:years?|decades?|months?)\b/i.test(st)) return;
    const years: Point[] = [];
    for (const m of allMatches(YEAR_RE, st)) years.push({ start: from + m.index!, end: from + m.index! + 4, text: m[1]!, year: Number(m[1]) });
    const months = monthsBySentence.get(s) ?? [];
    if (years.length < 2 && months.length < 2) return;
    for (const m of allMatches(LENGTH_RE, st)) {
      const at = from + m.index!;
      if (AGE_BEFORE_RE.test(text.slice(Math.max(from, at - 12), at))) continue;
      const n = /^\d/.test(m[1]!) ? Number(m[1]) : countValue(m[1]!);
      if (n === undefined || n <= 0) continue;
      const unit = m[2]!.toLowerCase().replace(/s$/, '');
      // months are counted from whole months: one either way; a decade is any ten-year run it rounds to
      // "nearly six years", "more than 18 months": one unit of slack; else the count is exact ("a four-year term"
      // from 2019 ends in 2023, not 2024)
      const loose = APPROX_BEFORE_RE.test(text.slice(Math.max(from, at - 14), at)) ? 1 : 0;
      const [lo, hi, points, span] = unit === 'month' ? [n - 1, n + 1, months, (a: Point, b: Point) => b.months! - a.months!]
        : unit === 'decade' ? [n * 10 - 3, n * 10 + 9, years, (a: Point, b: Point) => b.year - a.year]
          : [n - loose, n + loose, years, (a: Point, b: Point) => b.year - a.year];
      let hit: [Point, Point, number] | undefined;
      for (const a of points) for (const b of points) {
        const d = span(a, b);
        if (!hit && d > 0 && d >= lo && d <= hi) hit = [a, b, d];
      }
      if (!hit) continue;
      const [a, b, d] = hit;
      out.push(ruled({
        kind: 'DATE_ARITHMETIC', status: 'CONSISTENT',
        refs: [{ start: at, end: at + m[0].length, text: m[0] }, { start: a.start, end: a.end, text: a.text }, { start: b.start, end: b.end, text: b.text }],
        detail: `${a.text} to ${b.text} = ${d} ${unit === 'month' ? 'months' : 'years'}; stated "${m[0]}"`,
      }, 'date-arithmetic:loose-span'));
    }
  });
  return out;
}

// Lengths in days, weeks or months against two dates of one sentence written to the day or month ("The ban will last
// six months, from April 1 to September 30", "The 30-day state of emergency declared on February 12 ends on Friday"),
// or against the report's date and a date ahead of it ("Talks resume in two weeks, on March 28", "has three months,
// until June 14"). A date written without its year is read as the nearest date of its name to the other date of the
// pair. Agreement only, as above: the sentence may hold other lengths and dates.
const SHORT_LENGTH_RE = new RegExp(String.raw`\b(\d{1,3}|${NUM_WORD_SRC}|an?)[\s-]+(days?|weeks?|months?)\b(?!\s+(?:ago|old|earlier|later|after|before|since|on|into|from)\b|-old|'s?\s+(?:time|notice))`, 'gi');
const DAY_VALUE_RE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
const WRITTEN_RE = /\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const DAY = 86400000;
const RANGE_GAP_RE = /^\s*(?:to|until|till|through|and|-|–|—)\s*$/i;

interface DatePoint { start: number; end: number; text: string; y: number; m: number; d?: number; yearWritten: boolean }

/** The same day or month `k` years on. */
const shiftYear = (p: DatePoint, k: number): DatePoint => ({ ...p, y: p.y + k });
const ms = (p: DatePoint) => Date.UTC(p.y, p.m - 1, p.d ?? 1);
/** `b` read as the nearest date of its name to `a` when its year is not written. */
function nearest(a: DatePoint, b: DatePoint): DatePoint {
  if (b.yearWritten) return b;
  let best = b;
  for (const k of [-2, -1, 1, 2]) { const c = shiftYear(b, k); if (Math.abs(ms(c) - ms(a)) < Math.abs(ms(best) - ms(a))) best = c; }
  return best;
}

/** Whether `a` to `b` (b after a) is `n` units, as precisely as the dates are written; `lag` widens it for the report's date. */
function spans(a: DatePoint, b: DatePoint, n: number, unit: string, lag: number): string | undefined {
  const exact = a.d !== undefined && b.d !== undefined;
  if (unit === 'day' || unit === 'week') {
    if (!exact) return undefined;
    const days = Math.round((ms(b) - ms(a)) / DAY);
    const want = unit === 'day' ? n : 7 * n;
    // counted inclusively or by nights: one day either way
    return Math.abs(days - want) <= 1 + lag ? `${days} days` : undefined;
  }
  if (exact) {
    const days = (ms(b) - ms(a)) / DAY;
    return Math.abs(days - n * 30.44) <= 3 + lag ? `${Math.round(days)} days (${(days / 30.44).toFixed(1)} months)` : undefined;
  }
  const months = (b.y - a.y) * 12 + (b.m - a.m);
  return Math.abs(months - n) <= (a.d === undefined && b.d === undefined ? 0 : 1) ? `${months} months` : undefined;
}

export function shortSpanChecks(text: string, times: readonly TimeExpr[], anchor: string | undefined, sentences: SentenceSpans): Check[] {
  if (!/\b(?:days?|weeks?|months?)\b/i.test(text)) return [];
  const out: Check[] = [];
  const bySentence = new Map<number, DatePoint[]>();
  for (const t of times) {
    const v = t.type === 'DATE' ? DAY_VALUE_RE.exec(t.value) : null;
    if (!v || !WRITTEN_RE.test(t.text)) continue;
    const s = sentenceIndex(sentences, t.start);
    if (s < 0) continue;
    const p: DatePoint = { start: t.start, end: t.end, text: t.text, y: Number(v[1]), m: Number(v[2]), d: v[3] ? Number(v[3]) : undefined, yearWritten: YEAR_WRITTEN_RE.test(t.text) };
    bySentence.set(s, [...(bySentence.get(s) ?? []), p]);
  }
  const pubV = anchor ? DAY_VALUE_RE.exec(anchor.slice(0, 10)) : null;
  const pub: DatePoint | undefined = pubV && pubV[3] ? { start: -1, end: -1, text: anchor!.slice(0, 10), y: Number(pubV[1]), m: Number(pubV[2]), d: Number(pubV[3]), yearWritten: true } : undefined;
  for (const [s, points] of bySentence) {
    const [from, to] = sentences[s]!;
    const st = text.slice(from, to);
    for (const m of allMatches(SHORT_LENGTH_RE, st)) {
      const at = from + m.index!;
      if (AGE_BEFORE_RE.test(text.slice(Math.max(from, at - 12), at)) || APPROX_BEFORE_RE.test(text.slice(Math.max(from, at - 14), at))) continue;
      const n = /^\d/.test(m[1]!) ? Number(m[1]) : countValue(m[1]!);
      if (n === undefined || n <= 0) continue;
      const unit = m[2]!.toLowerCase().replace(/s$/, '');
      const own = (p: DatePoint) => p.start < at + m[0].length && at < p.end;
      const cands = points.filter((p) => !own(p));
      let hit: { a: DatePoint; b: DatePoint; said: string; fromReport: boolean } | undefined;
      // two dates and the length; among more dates (a weekday of the week, another event's day) only a range
      // written as one ("from March 1 to March 14")
      for (let i = 0; i < cands.length && !hit; i++) {
        for (let j = i + 1; j < cands.length && !hit; j++) {
          let [a, b] = [cands[i]!, cands[j]!];
          if (cands.length > 2 && !RANGE_GAP_RE.test(text.slice(a.end, b.start))) continue;
          if (!b.yearWritten) b = nearest(a, b);
          else if (!a.yearWritten) a = nearest(b, a);
          if (ms(b) < ms(a)) [a, b] = [b, a];
          if (ms(b) === ms(a)) continue;
          const said = spans(a, b, n, unit, 0);
          if (said) hit = { a, b, said, fromReport: false };
        }
      }
      // ahead of the report: the length runs from its date to the one stated
      if (!hit && pub) {
        for (const c of cands) {
          const b = nearest(pub, c);
          if (ms(b) <= ms(pub)) continue;
          const said = spans(pub, b, n, unit, unit === 'month' ? 4 : 1);
          if (said) { hit = { a: pub, b, said, fromReport: true }; break; }
        }
      }
      if (!hit) continue;
      const { a, b, said, fromReport } = hit;
      const refs: Check['refs'] = [{ start: at, end: at + m[0].length, text: m[0] }];
      for (const p of fromReport ? [b] : [a, b]) refs.push({ start: p.start, end: p.end, text: p.text });
      const lab = (p: DatePoint) => `${p.y}-${String(p.m).padStart(2, '0')}${p.d !== undefined ? `-${String(p.d).padStart(2, '0')}` : ''}`;
      out.push(ruled({
        kind: 'DATE_ARITHMETIC', status: 'CONSISTENT', refs,
        detail: `${fromReport ? `the report's date ${lab(a)}` : `${lab(a)} ("${a.text}")`} to ${lab(b)} ("${b.text}") = ${said}; stated "${m[0]}"`,
      }, 'date-arithmetic:loose-short-span'));
    }
  }
  return out;
}
