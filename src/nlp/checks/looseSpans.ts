import type { Check, TimeExpr } from '../../core/types.js';
import { countValue, NUM_WORD_SRC } from './numbers.js';
import { ruled } from './rule.js';
import { sentenceIndex, type SentenceSpans } from './sentences.js';

// DATE_ARITHMETIC read loosely from one sentence: a length in years, decades or months and two dates of the sentence
// that lie that far apart, whatever words join them: "He served six years in prison after his 2015 conviction and
// was freed in 2021", "The 2011 uprising ended four decades of rule that began in 1969", "reopened in March 2024
// after 18 months of work that began in September 2022". The sentence may hold other lengths and dates, so only
// agreement is reported (the tighter rules in dateArithmetic.ts, later.ts and yearRanges.ts decide either way).

const LENGTH_RE = new RegExp(String.raw`\b(\d{1,3}|${NUM_WORD_SRC}|an?)[\s-]+(years?|decades?|months?)\b(?!\s+(?:ago|old|earlier|later)\b|-old)`, 'gi');
// "aged 40 years", "at the age of 40": an age, no length between dates
const AGE_BEFORE_RE = /\b(?:aged|age of|ages of)\s+$/i;
const APPROX_BEFORE_RE = /\b(?:nearly|almost|about|around|some|roughly|more than|over|under|less than|just over|just under)\s+$/i;
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
    for (const m of st.matchAll(YEAR_RE)) years.push({ start: from + m.index!, end: from + m.index! + 4, text: m[1]!, year: Number(m[1]) });
    const months = monthsBySentence.get(s) ?? [];
    if (years.length < 2 && months.length < 2) return;
    for (const m of st.matchAll(LENGTH_RE)) {
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
