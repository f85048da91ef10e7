import type { Check, Quantity } from '../../core/types.js';
import { fmt } from './format.js';
import { COUNT_SRC, countValue, isCount, isMoney } from './numbers.js';
import type { CheckRef } from './rule.js';
import { ruled } from './rule.js';
import type { SentenceSpans } from './sentences.js';
import { allMatches } from '../../core/regex.js';

// COUNT: a list of counts of one unit, coordinated in one sentence, whose sum is exactly a figure of that unit stated in
// the same sentence or up to two sentences before: "Labour 411, the Conservatives 121, the Liberal Democrats 72, the
// SNP 9, and other parties 37, out of 650 seats"; "The death toll has risen to 832 … 821 of the victims were found in
// Palu, and 11 in Donggala"; "one gold, two silver and four bronze". Only an exact sum is reported (agreement), and
// only for a sum of three parts or more, or of two that come to ten or more: a smaller sum met by chance is not one.
// The rules that read totals and parts from their words (totalParts.ts, groupSums.ts) come first.

/** Between two items of a list: a short stretch with a comma, "and", a semicolon-free dash, no sentence end. */
const LIST_GAP_RE = /^[^.;!?()]{0,70}$/;
const COORD_RE = /,|\band\b|\s[-–—]\s/;
/** A gap that starts another clause of its own with a verb of comparison is no list: "rose from 10 to 20". */
const NOT_LIST_GAP_RE = /\b(?:to|from|than|of|out\s+of|per|by|between|times)\s*$/i;

/** A bare total the quantity stage left without a unit, after "to"/"of"/"at" in the list's sentence: "lifted the
 * tally to seven, one gold medal, two silver medals and four bronze medals". */
const BARE_TOTAL_RE = new RegExp(String.raw`\b(?:to|of|at)\s+(${COUNT_SRC})\b(?!\s*(?:%|per\s?cent|percent)|[.,]\d)`, 'gi');

/** The unit two figures share for a sum: the same unit, strictly ("person" with "person"; no two nouns of people merged). */
const sameUnit = (a: Quantity, b: Quantity): boolean => a.unit === b.unit;

/** Figures a list may sum: counts (not ages, shares, multiples, magnitudes) and money of one currency. */
const summable = (q: Quantity): boolean => (isCount(q) || isMoney(q)) && q.value > 0 && Number.isFinite(q.value);

export function listSumChecks(text: string, qs: readonly Quantity[], sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  const order = qs.map((q, i) => ({ q, i })).filter(({ q }) => summable(q)).sort((a, b) => a.q.start - b.q.start);
  for (let s = 0; s < sentences.length; s++) {
    const [from, to] = sentences[s]!;
    const inS = order.filter(({ q }) => q.start >= from && q.end <= to);
    if (inS.length < 2) continue;
    // runs of coordinated figures of one unit
    const runs: Array<typeof inS> = [];
    let run: typeof inS = [inS[0]!];
    for (let k = 1; k < inS.length; k++) {
      const a = run[run.length - 1]!.q, b = inS[k]!.q;
      const gap = text.slice(a.end, b.start);
      if (sameUnit(a, b) && LIST_GAP_RE.test(gap) && COORD_RE.test(gap) && !NOT_LIST_GAP_RE.test(gap)) run.push(inS[k]!);
      else { if (run.length >= 2) runs.push(run); run = [inS[k]!]; }
    }
    if (run.length >= 2) runs.push(run);
    const winFrom = sentences[Math.max(0, s - 2)]![0];
    for (const r of runs) {
      const parts = r.map((x) => x.q);
      // a loose part ("about 40", "more than 10") has no exact sum
      if (parts.some((p) => p.bound)) continue;
      const sum = parts.reduce((a, p) => a + p.value, 0);
      if (!(parts.length >= 3 || sum >= 10)) continue;
      const inRun = new Set(r.map((x) => x.i));
      const total = order.find(({ q, i }) => !inRun.has(i) && q.start >= winFrom && q.end <= to && sameUnit(q, parts[0]!)
        && Math.abs(q.value - sum) < 1e-9 && (!q.bound || q.bound === 'APPROX' || q.bound === 'AT_LEAST'));
      let totalRef: CheckRef | undefined = total?.i;
      let totalText = total?.q.text;
      if (!total && parts.length >= 3 && isCount(parts[0]!)) {
        // a bare figure of the sentence, before the list, that no quantity covers
        BARE_TOTAL_RE.lastIndex = 0;
        for (const m of allMatches(BARE_TOTAL_RE, text.slice(from, parts[0]!.start))) {
          const at = from + m.index! + m[0].length - m[1]!.length;
          if (countValue(m[1]!) !== sum || qs.some((q) => q.start < at + m[1]!.length && at < q.end)) continue;
          totalRef = { start: at, end: at + m[1]!.length, text: m[1]! };
          totalText = m[1]!;
        }
      }
      if (totalRef === undefined) continue;
      out.push(ruled({
        kind: 'COUNT', status: 'CONSISTENT',
        refs: [totalRef, ...r.map((x) => x.i)],
        detail: `${parts.map((p) => p.text).join(' + ')} = ${fmt(sum)}, the stated "${totalText}"`,
      }, 'count:list-sum'));
      break;
    }
  }
  return out;
}
