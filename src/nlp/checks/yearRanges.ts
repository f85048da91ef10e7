import type { Check, TimeExpr } from '../../core/types.js';
import { alt, BEGAN_CUES, MADE_CUES, OFFSET_WORDS, THING_HEADS } from './lexicon.js';
import { countValue, NUM_WORD_SRC } from './numbers.js';
import { type CheckRef, ruled } from './rule.js';
import type { SentenceSpans } from './sentences.js';
import { yearFacts, type YearPoint } from './yearFacts.js';
import { anchorYear } from './anchorDate.js';

// Year arithmetic inside one sentence, between a stated length in years and the years it runs between:
//  - a range: "the three-year war (1992–95)", "served eight years, from 2009 to 2017" → 1995 − 1992 against three;
//  - two stated years whose difference is the length: "elected in 2019 to a five-year term that ends in 2024";
//  - the age of a thing against the year it was made: "the 75-year-old alliance, founded in 1949";
//  - a length running up to the report from a start: "the 12-year war, which began in 2011".
// A pairing tied by the wording (apposition, brackets, "from … to") is decided either way; a looser one, two
// figures that merely share a sentence, is reported only when the arithmetic agrees.

/** Cue words as written, and with a capital at a sentence's start (the month pattern after them is case-sensitive). */
const withCapitals = (ws: readonly string[]) => ws.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]);
const YEAR4 = String.raw`(?:1[6-9]|20)\d\d`;
const MODS: Record<string, string> = {
  'more than': 'MORE_THAN', over: 'MORE_THAN', 'just over': 'MORE_THAN', 'at least': 'EQUAL_OR_MORE',
  'less than': 'LESS_THAN', under: 'LESS_THAN', 'just under': 'LESS_THAN', nearly: 'NEARLY', almost: 'NEARLY',
  about: 'APPROX', around: 'APPROX', roughly: 'APPROX', some: 'APPROX',
};
const NUM = String.raw`(?:\d{1,3}|${NUM_WORD_SRC}|a|an)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?`;
const OFFSET_AFTER = `\\s+(?:${alt(OFFSET_WORDS)}|old|on|in\\s+(?:prison|jail)|of\\s+age)\\b`;
// "three-year", "12-year-long", "eight years", "more than two decades", "a decade-long"
const LENGTH_RE = new RegExp(String.raw`\b(?:(${alt(Object.keys(MODS))})\s+)?(${NUM})(-|\s+)(years?|decades?)(?:-long|\s+long)?\b(?!-old|-olds|${OFFSET_AFTER})`, 'gi');
// "from 2009 to 2017", "between 1992 and 1995", "1992–95", "(2009-2017)"
const RANGE_WORDS_RE = new RegExp(String.raw`\b(?:from|between)\s+(${YEAR4})\s+(?:to|and|until|till|through|thru)\s+(${YEAR4})\b(?![\d,]\d)`, 'gi');
const RANGE_DASH_RE = new RegExp(String.raw`(?<![\d,.:/-])(${YEAR4})\s*[-–—]\s*(${YEAR4}|\d\d)(?![\d:/-])`, 'g');
/** Between a length and the range after it: a few words of the noun, then a bracket, comma, dash, or nothing before "from". */
const GAP_LENGTH_RANGE_RE = /^(?:\s+[a-z-]+){0,3}\s*(?:\(|,|[—–]|\s-)?\s*$/i;
/** Between a range and the length after it: a bracket or comma, and "a period of", "some". */
const GAP_RANGE_LENGTH_RE = /^\s*\)?\s*(?:,|[—–:(]|\s-)\s*(?:(?:a|an|the|some|of|period|span|total|stretch|tenure)\s+){0,4}$/i;
const OFFSET_IN_GAP_RE = new RegExp(`\\b(?:${alt(OFFSET_WORDS)})\\b`, 'i');
const MADE_RE = new RegExp(String.raw`\b(${alt(withCapitals(MADE_CUES))})\s+(?:in\s+|on\s+)?(?:(?:early|late|mid-?)\s*)?(?:(?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?)?(${YEAR4})\b`, 'g');
/** A year a thing was made, founded or built ("founded in 1949"), as written in the sentence `st` starting at `from`. */
interface MadeYear { year: number; cue: string; start: number; end: number; text: string }
function madeYears(st: string, from: number): MadeYear[] {
  const out: MadeYear[] = [];
  MADE_RE.lastIndex = 0;
  let mm: RegExpExecArray | null;
  while ((mm = MADE_RE.exec(st)) !== null) {
    out.push({ year: Number(mm[2]), cue: mm[1]!.toLowerCase(), start: from + mm.index, end: from + mm.index + mm[0].length, text: mm[0] });
  }
  return out;
}
const BEGAN_RE = new RegExp(String.raw`\b(${alt(withCapitals(BEGAN_CUES))})\s+(?:in\s+|on\s+)?(?:(?:early|late|mid-?)\s*)?(?:(?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?)?(${YEAR4})\b`, 'g');
// "75-year-old alliance", "century-old" is no count; the noun after it is lower case ("the 25-year-old Brazilian" is a person)
const THING_AGE_RE = /\b(\d{1,3}|[A-Za-z][a-z]+(?:-[a-z]+)?)-year-old\s+((?:[a-z-]+\s+){0,2}[a-z-]+)/g;
// "The dam, built in 1973, is 50 years old": the age as a predicate (its subject is not read: agreement only)
const THING_AGE_PRED_RE = /\b(?:is|are|now|turns|turned|will\s+be|becomes)\s+(?:about\s+|around\s+|some\s+)?(\d{1,3}|[a-z]+(?:-[a-z]+)?)(?:\s+years?\s+old\b|(?=\s+(?:this|next)\s+(?:year|month|week)\b))/g;
const THING_HEAD_SET = new Set(THING_HEADS);
const MOD_WORD: Record<string, string> = { MORE_THAN: 'more than', EQUAL_OR_MORE: 'at least', LESS_THAN: 'less than', APPROX: 'about', NEARLY: 'nearly' };

interface Length { n: number; mod?: string; start: number; end: number; text: string; hyphen: boolean; label: string }
interface Range { y1: number; y2: number; start: number; end: number; text: string }

/** Before "a year": a figure, money or a frequency, so "a year" is a rate ("$75 billion a year", "twice a year"). */
const RATE_BEFORE_RE = /(?:\d[\d,.]*\s*(?:%|percent|per\s?cent|(?:thousand|million|billion|trillion|bn|m|tonnes|tons|barrels|[\p{L}]+s))?|\b(?:once|twice|times|thrice))\s+$/iu;

function lengthsIn(text: string, from: number, to: number): Length[] {
  const out: Length[] = [];
  const s = text.slice(from, to);
  LENGTH_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LENGTH_RE.exec(s)) !== null) {
    const k = countValue(m[2]!);
    if (k === undefined || k <= 0) continue;
    // "$75 billion a year", "twice a year", "per year": a rate, no length
    if (/^an?$/i.test(m[2]!) && !m[1] && RATE_BEFORE_RE.test(s.slice(Math.max(0, m.index - 30), m.index))) continue;
    const decade = m[4]!.toLowerCase().startsWith('decade');
    const item: Length = {
      n: decade ? k * 10 : k, start: from + m.index, end: from + m.index + m[0].length, text: m[0], hyphen: m[3] === '-',
      label: decade ? `${k} decade${k === 1 ? '' : 's'}` : `${k} year${k === 1 ? '' : 's'}`,
    };
    if (m[1]) item.mod = MODS[m[1].toLowerCase()];
    out.push(item);
  }
  return out;
}

function rangesIn(text: string, from: number, to: number): Range[] {
  const out: Range[] = [];
  const s = text.slice(from, to);
  for (const re of [RANGE_WORDS_RE, RANGE_DASH_RE]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s)) !== null) {
      const y1 = Number(m[1]);
      let y2 = Number(m[2]);
      if (m[2]!.length === 2) {
        y2 = Math.floor(y1 / 100) * 100 + y2;
        if (y2 <= y1) y2 += 100;
      }
      if (y2 <= y1 || y2 - y1 > 150) continue;
      const r = { y1, y2, start: from + m.index, end: from + m.index + m[0].length, text: m[0] };
      if (!out.some((o) => o.start < r.end && r.start < o.end)) out.push(r);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A stated length against a calendar gap of `d` years between two years given without months: d − 1 to d + 1. */
function fits(l: Length, d: number): boolean {
  const lo = d - 1;
  const hi = d + 1;
  switch (l.mod) {
    case 'MORE_THAN': return hi > l.n;
    case 'EQUAL_OR_MORE': return hi >= l.n;
    case 'LESS_THAN': return lo < l.n;
    // "about a decade" for 2009–2017; "nearly a decade" is a little under it
    case 'APPROX': return l.n >= lo - Math.max(1, l.n / 10) && l.n <= hi + Math.max(1, l.n / 10);
    case 'NEARLY': return l.n > lo && l.n <= hi + Math.max(1, l.n / 10);
    default: return l.n >= lo && l.n <= hi;
  }
}

const stated = (l: Length) => `"${l.text.trim()}" (${l.mod ? `${MOD_WORD[l.mod] ?? l.mod} ` : ''}${l.label})`;
const spanRef = (x: { start: number; end: number; text: string }): CheckRef => ({ start: x.start, end: x.end, text: x.text });
const pointRef = (p: YearPoint): CheckRef => (p.ref !== undefined ? { time: p.ref } : spanRef(p));

function tight(text: string, l: Length, r: Range): boolean {
  if (l.end <= r.start) {
    const gap = text.slice(l.end, r.start);
    if (OFFSET_IN_GAP_RE.test(gap) || /[.;:!?]/.test(gap)) return false;
    // a bare "1992–95" needs a bracket, comma or dash before it; "from 2009 to 2017" may follow the noun directly
    return GAP_LENGTH_RANGE_RE.test(gap) && (/^(?:from|between)\b/i.test(r.text) || /[(,—–-]\s*$/.test(gap));
  }
  if (r.end <= l.start) return GAP_RANGE_LENGTH_RE.test(text.slice(r.end, l.start));
  return false;
}

export function yearRangeChecks(
  text: string, times: readonly TimeExpr[], anchor: string | undefined, sentences: SentenceSpans,
): Check[] {
  const out: Check[] = [];
  const pubYear = anchorYear(anchor);
  const { points } = yearFacts(text, times);
  for (const [from, to] of sentences) {
    const st = text.slice(from, to);
    if (!/\b(?:1[6-9]|20)\d\d\b/.test(st)) continue;
    const lengths = lengthsIn(text, from, to);
    const ranges = rangesIn(text, from, to);
    const used = new Set<Length>();
    // 1. a length with the range it spans
    for (const r of ranges) {
      const d = r.y2 - r.y1;
      const near = lengths.filter((l) => !used.has(l) && !(l.start < r.end && r.start < l.end));
      const t = near.find((l) => tight(text, l, r));
      // an untied length must agree exactly: "a two-year contract for the 2022-23 season" is no span of that season
      const l = t ?? near.find((x) => !x.mod && x.n === d && x.n >= 2);
      if (!l) continue;
      used.add(l);
      const ok = fits(l, d);
      if (!t && !ok) continue;
      out.push(ruled({
        kind: 'DATE_ARITHMETIC', status: ok ? 'CONSISTENT' : 'INCONSISTENT', refs: [spanRef(l), spanRef(r)],
        detail: `${r.y1} to ${r.y2} = ${d} years by the calendar (${d - 1}–${d + 1} depending on the months); stated ${stated(l)}${ok ? '' : ', which does not fit'}`,
      }, t ? 'date-arithmetic:range-length' : 'date-arithmetic:range-length-agreeing'));
    }
    const inSent = points.filter((p) => p.start >= from && p.end <= to && !ranges.some((r) => p.start < r.end && r.start < p.end));
    // 2. two stated years exactly the length apart ("elected in 2019 to a five-year term that ends in 2024")
    for (const l of lengths) {
      if (used.has(l) || l.n < 2 || l.mod) continue;
      const years = [...new Set(inSent.filter((p) => !(p.start < l.end && l.start < p.end)).map((p) => p.year))];
      const pair = years.flatMap((a) => years.filter((b) => b - a === l.n).map((b) => [a, b] as const))[0];
      if (!pair) continue;
      used.add(l);
      const pa = inSent.find((p) => p.year === pair[0])!;
      const pb = inSent.find((p) => p.year === pair[1])!;
      out.push(ruled({
        kind: 'DATE_ARITHMETIC', status: 'CONSISTENT', refs: [spanRef(l), pointRef(pa), pointRef(pb)],
        detail: `${pair[0]} + ${l.n} = ${pair[1]}, the stated later year; stated ${stated(l)}`,
      }, 'date-arithmetic:length-between-years'));
    }
    if (pubYear === undefined) continue;
    // 3. the age of a thing against the year it was made
    THING_AGE_RE.lastIndex = 0;
    let a: RegExpExecArray | null;
    while ((a = THING_AGE_RE.exec(st)) !== null) {
      const age = countValue(a[1]!);
      if (age === undefined || age < 2) continue;
      if (/\bborn\b/i.test(st)) break;
      const at = from + a.index;
      let best: MadeYear | undefined;
      for (const c of madeYears(st, from)) if (!best || Math.abs(c.start - at) < Math.abs(best.start - at)) best = c;
      if (!best || best.year > pubYear) continue;
      const diff = pubYear - best.year;
      const ok = age === diff || age === diff - 1;
      // tied: "the 75-year-old alliance, founded in 1949" — a thing, its participle right after, no other year to be its time
      const gap = best.start > at ? text.slice(at + a[0].length, best.start) : ' x ';
      const head = a[2]!.split(/\s+/).map((w) => w.toLowerCase()).find((w) => THING_HEAD_SET.has(w) || THING_HEAD_SET.has(w.replace(/s$/, '')));
      const linked = head !== undefined && /^\s*,?\s*(?:(?:which|that)\s+(?:was|were)\s+|first\s+)?$/i.test(gap) && inSent.every((p) => p.year === best!.year);
      if (!ok && !linked) continue;
      out.push(ruled({
        kind: 'DATE_ARITHMETIC', status: ok ? 'CONSISTENT' : 'INCONSISTENT',
        refs: [{ start: at, end: at + a[0].length, text: a[0] }, spanRef(best)],
        detail: `${best.cue} ${best.year}, so ${diff - 1} or ${diff} years old in the report's year ${pubYear}; stated "${a[1]}-year-old"${ok ? '' : ', which does not fit'}`,
      }, 'date-arithmetic:thing-age'));
    }
    THING_AGE_PRED_RE.lastIndex = 0;
    while ((a = THING_AGE_PRED_RE.exec(st)) !== null) {
      const age = countValue(a[1]!);
      if (age === undefined || age < 2 || /\b[Bb]orn\b/.test(st)) continue;
      const at = from + a.index;
      let best: MadeYear | undefined;
      for (const c of madeYears(st, from)) if (c.start < at && (!best || c.start > best.start)) best = c;
      if (!best || best.year > pubYear) continue;
      const diff = pubYear - best.year;
      if (age !== diff && age !== diff - 1) continue;
      out.push(ruled({
        kind: 'DATE_ARITHMETIC', status: 'CONSISTENT',
        refs: [{ start: at, end: at + a[0].length, text: a[0] }, spanRef(best)],
        detail: `${best.cue} ${best.year}, so ${diff - 1} or ${diff} years old in the report's year ${pubYear}; stated "${a[0]}"`,
      }, 'date-arithmetic:thing-age'));
    }
    // 4. "the 12-year war, which began in 2011": an adjectival length running up to the report (only agreement: the state may have ended)
    for (const l of lengths) {
      if (used.has(l) || !l.hyphen || l.n < 2) continue;
      BEGAN_RE.lastIndex = 0;
      let b: RegExpExecArray | null;
      while ((b = BEGAN_RE.exec(st)) !== null) {
        const y = Number(b[2]);
        if (from + b.index < l.end || y > pubYear) continue;
        const diff = pubYear - y;
        if (!fits(l, diff)) continue;
        used.add(l);
        const bs = from + b.index;
        out.push(ruled({
          kind: 'DATE_ARITHMETIC', status: 'CONSISTENT', refs: [spanRef(l), { start: bs, end: bs + b[0].length, text: b[0] }],
          detail: `${b[1]!.toLowerCase()} ${y} to the report's year ${pubYear} = ${diff} years by the calendar (${diff - 1}–${diff + 1} depending on the months); stated ${stated(l)}`,
        }, 'date-arithmetic:length-since-start'));
        break;
      }
    }
  }
  return out;
}
