import type { TimeExpr } from '../../core/types.js';
import { NUMBER_WORDS, own } from '../quantity/lexicon.js';
import { readsAhead } from './aheadYears.js';
import { execAnchored } from './anchored.js';
import { firstFrom, overlapFinder } from './sentences.js';
import { spanModKind, spanModSrc } from './spanMods.js';

/** A year stated in the text ("in 2019"). `ref` is the index in doc.times when the time stage found it. */
export interface YearPoint {
  year: number;
  start: number;
  end: number;
  text: string;
  ref?: number;
  /** Month (1-12) and day when the time stage resolved them ("April 2019" → 2019-04). */
  month?: number;
  day?: number;
}
/** A number of years ("seven years", "over four years", "three years ago", "two years later"). */
export interface YearSpan {
  n: number;
  mod?: string;
  /**
   * span: up to now; ago: before publication; later/earlier: relative to another time in the text; ahead: from the
   * report forward ("will close in three years", see aheadYears.ts).
   */
  rel: 'span' | 'ago' | 'later' | 'earlier' | 'ahead';
  start: number;
  end: number;
  text: string;
  ref?: number;
  /** Counted in months or decades rather than years: n is still in years, `per` is the unit in years. */
  per?: number;
  label?: string;
}

const YEAR_RE = /\b(in|since|from|by|until|till|of|between|and|to|before|after|during|early|late|mid-)\s+((?:1[6-9]|20)\d\d)\b(?![,.]?\d|\s*(?:people|persons|troops|soldiers)\b)/gi;
/** The modifiers before a length (data/lexicon/checks-span-mods.tsv), one alternation for the three patterns below. */
const MOD_SRC = spanModSrc(['MORE', 'LESS', 'APPROX']);
const DUR_RE = new RegExp(String.raw`\b(?:(${MOD_SRC})\s+)?(\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+(?:full\s+|long\s+|consecutive\s+|straight\s+|successive\s+)?years?\b(?!-old|\s+old\b)(\s+(?:ago|later|earlier|afterwards|before|after))?`, 'gi');
// "in 18 months", "in over a decade", "two decades after", "14 consecutive months": spans in other units than years
const OTHER_RE = new RegExp(String.raw`\b(?:(${MOD_SRC})\s+)?(\d{1,3}|a|[a-z]+(?:-[a-z]+)?)\s+(?:full\s+|consecutive\s+|straight\s+|successive\s+)?(months?|decades?)\b(?!-old|\s+old\b)(\s+(?:ago|later|earlier|afterwards|before|after))?`, 'gi');
/** The unit words every DUR_RE / OTHER_RE match holds (execAnchored runs the patterns only near them). */
const YEAR_WORD = /year/gi;
const MONTH_DECADE_WORD = /month|decade/gi;
const CENTURY_RE = new RegExp(String.raw`\b(?:(${MOD_SRC})\s+)?(half\s+a|a\s+quarter(?:\s+of\s+a|-)?|a|one)\s*-?\s*century\b(?!-old|\s+old\b)(\s+(?:ago|later|earlier|afterwards|before|after))?`, 'gi');
/** A written modifier as the time layer's mod: its kind's bound ("at least" includes the length itself). */
function modOf(w: string): string | undefined {
  const k = spanModKind(w);
  if (k === 'MORE') return /^at\s+least$/i.test(w) ? 'EQUAL_OR_MORE' : 'MORE_THAN';
  return k === 'LESS' ? 'LESS_THAN' : k === 'APPROX' ? 'APPROX' : undefined;
}

function wordValue(w: string): number | undefined {
  const lw = w.toLowerCase();
  if (/^\d+$/.test(lw)) return Number(lw);
  if (lw === 'a' || lw === 'one') return 1;
  const parts = lw.split('-');
  let v = 0;
  for (const p of parts) {
    const n = own(NUMBER_WORDS, p);
    if (n === undefined) return undefined;
    v += n;
  }
  return v;
}

function relOf(tail: string | undefined): YearSpan['rel'] {
  if (!tail) return 'span';
  const t = tail.trim().toLowerCase();
  // "a year earlier" is relative to a time in the story, only "ago" to the publication date
  if (t === 'ago') return 'ago';
  return t === 'earlier' || t === 'before' ? 'earlier' : 'later';
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * Years and year counts, read from the time stage's output and from the text itself (the time layer
 * may be incomplete); a fact found in both carries the time's index as `ref`.
 */
export function yearFacts(text: string, times: readonly TimeExpr[]): { points: YearPoint[]; spans: YearSpan[] } {
  const points: YearPoint[] = [];
  const spans: YearSpan[] = [];
  const timeAt = timeIndexFinder(times);
  times.forEach((t, idx) => {
    const y = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(t.value);
    if (t.type === 'DATE' && y && t.text.includes(y[1])) {
      const p: YearPoint = { year: Number(y[1]), start: t.start, end: t.end, text: t.text, ref: idx };
      if (y[2]) p.month = Number(y[2]);
      if (y[3]) p.day = Number(y[3]);
      points.push(p);
    }
  });
  YEAR_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  // (the years found in the text never overlap each other: only the times' points need looking up)
  const timePoint = overlapFinder([...points].sort((a, b) => a.start - b.start));
  while ((m = YEAR_RE.exec(text)) !== null) {
    const start = m.index + m[0].length - m[2].length;
    const p: YearPoint = { year: Number(m[2]), start, end: start + 4, text: m[2] };
    if (!timePoint(p)) points.push(p);
  }
  DUR_RE.lastIndex = 0;
  while ((m = execAnchored(DUR_RE, YEAR_WORD, text)) !== null) {
    const n = wordValue(m[2]);
    if (n === undefined || n <= 0) continue;
    let rel = relOf(m[3]);
    if (rel === 'span' && readsAhead(text, m.index, m.index + m[0].length)) rel = 'ahead';
    const s: YearSpan = { n, rel, start: m.index, end: m.index + m[0].length, text: m[0] };
    spans.push(withMod(s, m[1], times, timeAt));
  }
  OTHER_RE.lastIndex = 0;
  while ((m = execAnchored(OTHER_RE, MONTH_DECADE_WORD, text)) !== null) {
    const k = wordValue(m[2]);
    if (k === undefined || k <= 0) continue;
    const month = m[3].toLowerCase().startsWith('month');
    // months below a year are a journey's or a season's business, not the year arithmetic's
    if (month && k < 6) continue;
    const per = month ? 1 / 12 : 10;
    const s: YearSpan = { n: k * per, rel: relOf(m[4]), start: m.index, end: m.index + m[0].length, text: m[0], per: month ? 1 / 6 : 2, label: `${k} ${month ? 'months' : k === 1 ? 'decade' : 'decades'}` };
    spans.push(withMod(s, m[1], times, timeAt));
  }
  // "half a century", "a quarter of a century", "a quarter-century", "a century": round lengths, with a slack of their own
  CENTURY_RE.lastIndex = 0;
  while ((m = CENTURY_RE.exec(text)) !== null) {
    const what = m[2]!.toLowerCase();
    const [n, per, label] = what.startsWith('half') ? [50, 6, 'half a century'] : what.includes('quarter') ? [25, 4, 'a quarter century'] : [100, 10, 'a century'];
    if (spans.some((x) => overlaps(x, { start: m!.index, end: m!.index + m![0].length }))) continue;
    const s: YearSpan = { n, rel: relOf(m[3]), start: m.index, end: m.index + m[0].length, text: m[0], per, label };
    spans.push(withMod(s, m[1], times, timeAt));
  }
  points.sort((a, b) => a.start - b.start);
  spans.sort((a, b) => a.start - b.start);
  return { points, spans };
}

/** A span's bound: the written modifier ("more than"), or for a span the time stage's mod; links its time. */
function withMod(s: YearSpan, written: string | undefined, times: readonly TimeExpr[], timeAt: (s: { start: number; end: number }) => number): YearSpan {
  if (written) s.mod = modOf(written);
  const idx = timeAt(s);
  if (idx !== -1) {
    s.ref = idx;
    if (times[idx]!.mod && s.rel === 'span') s.mod = times[idx]!.mod;
  }
  return s;
}

/**
 * A finder of the index of the first time overlapping a span: times sorted by start (as the time stage gives them)
 * are binary-searched, back by the longest time; else they are scanned.
 */
function timeIndexFinder(times: readonly TimeExpr[]): (s: { start: number; end: number }) => number {
  const sorted = times.every((t, i) => i === 0 || times[i - 1]!.start <= t.start);
  if (!sorted) return (s) => times.findIndex((t) => overlaps(t, s));
  const maxLen = times.reduce((m, t) => Math.max(m, t.end - t.start), 0);
  return (s) => {
    for (let i = firstFrom(times, s.start - maxLen); i < times.length && times[i]!.start < s.end; i++) if (overlaps(times[i]!, s)) return i;
    return -1;
  };
}
