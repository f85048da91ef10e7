import type { Check, TimeExpr } from '../../core/types.js';
import { dated, type Dated } from './datedTime.js';
import { countValue, NUM_WORD_SRC } from './numbers.js';
import { ruled } from './rule.js';
import { sentenceIndex, type SentenceSpans } from './sentences.js';

// DATE_ARITHMETIC between two days written in one sentence and the length it states between them:
// "The strike began on March 3 and ended on March 17, after 14 days", "The trial, which opened on January 8, lasted
// 45 days, ending on February 22", "talks ran for three weeks, from May 2 to May 23". A length cued as the span
// itself ("lasted", "after", "for") between exactly two days is decided either way; any other pairing only agrees.
// A sentence with one day and a length may pair it with a day of the sentence before (date-arithmetic:date-span-across), agreeing
// only.

const DAY = 86_400_000;
const LENGTH_RE = new RegExp(String.raw`\b(lasted|lasting|after|for|spanning|over|within|in)\s+(?:(about|around|some|nearly|almost|roughly|more than|less than|just over|just under|exactly)\s+)?(\d{1,3}|${NUM_WORD_SRC}|an?)\s+(days?|weeks?|months?)\b`, 'gi');

/**
 * The days a stated length may stand for before it is called wrong: a count of weeks or months is often rounded down
 * ("after five weeks" of a 39-day span, which is five weeks and four days), so a miss is at least half a unit off.
 */
function looseDays(n: number, unit: string): [number, number] {
  const u = unit.toLowerCase().replace(/s$/, '');
  if (u === 'day') return [n, n];
  if (u === 'week') return [n * 7 - 4, n * 7 + 6];
  return [n * 30.44 - 16, n * 30.44 + 30];
}

function lengthDays(n: number, unit: string): [number, number] {
  const u = unit.toLowerCase().replace(/s$/, '');
  if (u === 'day') return [n, n];
  if (u === 'week') return [n * 7 - 2, n * 7 + 2];
  return [n * 30.44 - 10, n * 30.44 + 10];
}

export function dateSpanChecks(text: string, times: readonly TimeExpr[], sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  const bySentence = new Map<number, Dated[]>();
  times.forEach((t, i) => {
    const d = dated(t, i);
    if (!d || d.earliest !== d.latest) return; // days only
    const s = sentenceIndex(sentences, t.start);
    if (s < 0) return;
    bySentence.set(s, [...(bySentence.get(s) ?? []), d]);
  });
  for (const [s, own] of bySentence) {
    // one day in the sentence of the length: the other may be the last sentence's ("lifted off on February 21 …. Over
    // six weeks it … before it was captured on April 4"); such a pairing only agrees, never contradicts
    const prev = own.length === 1 ? bySentence.get(s - 1) ?? [] : [];
    const days = [...prev, ...own];
    const across = prev.length > 0;
    if (days.length < 2) continue;
    const [from, to] = sentences[s]!;
    const st = text.slice(from, to);
    LENGTH_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = LENGTH_RE.exec(st)) !== null) {
      const n = /^\d/.test(m[3]!) ? Number(m[3]) : countValue(m[3]!);
      if (n === undefined || n <= 0) continue;
      const at = from + m.index;
      // the length must not be one of the dates' own words
      if (days.some((d) => d.t.start < at + m![0].length && at < d.t.end)) continue;
      const [lo, hi] = lengthDays(n, m[4]!);
      const mod = m[2]?.toLowerCase();
      const slack = mod && mod !== 'exactly' ? Math.max(1, hi * 0.1) : 0;
      // any earlier–later pair of the sentence's days; a day count may be told inclusively (March 3–17 is 14 or 15 days)
      const pairs: Array<[Dated, Dated, number]> = [];
      for (let a = 0; a < days.length; a++) {
        for (let b = a + 1; b < days.length; b++) {
          if (across && b < prev.length) continue; // two days of the last sentence: not this length's
          const gap = (days[b]!.earliest - days[a]!.earliest) / DAY;
          if (gap > 0) pairs.push([days[a]!, days[b]!, gap]);
        }
      }
      if (pairs.length === 0) continue;
      const fits = (g: number) => (g >= lo - slack && g <= hi + slack) || (g + 1 >= lo - slack && g + 1 <= hi + slack);
      const ok = pairs.find(([, , g]) => fits(g));
      const [flo, fhi] = looseDays(n, m[4]!);
      const tight = !across && days.length === 2 && pairs.length === 1 && /^(?:lasted|lasting|after)$/i.test(m[1]!) && !mod
        && (pairs[0]![2] + 1 < flo || pairs[0]![2] > fhi);
      if (!ok && !tight) continue;
      const [d1, d2, g] = ok ?? pairs[0]!;
      out.push(ruled({
        kind: 'DATE_ARITHMETIC', status: ok ? 'CONSISTENT' : 'INCONSISTENT',
        refs: [{ time: d1.i }, { time: d2.i }, { start: at, end: at + m[0].length, text: m[0] }],
        detail: `${d1.label} to ${d2.label} = ${g} days (${g + 1} counted inclusively); stated "${m[0]}"${ok ? '' : ' does not fit'}`,
      }, across ? 'date-arithmetic:date-span-across' : 'date-arithmetic:date-span'));
    }
  }
  return out;
}
