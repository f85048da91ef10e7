import type { YearPoint } from './yearFacts.js';

// "The war, which began in February 2022, is now in its third year": the year a thing is in is counted from its start,
// so the start must be told as one. A year of the sentence is taken as the start only when a start word stands just
// before it ("began in", "launched in", "since"), before or after the ordinal; "In 2019 the drought was in its third
// year" (a past observation) and "By 2020 … sixth year" (no start) say nothing about the report's date.

/** A start word shortly before a year, with no clause break between: "began in February", "since", "founded in". */
const START_BEFORE_RE = /\b(?:began|begun|begin|begins|started|start|since|launched|launch|founded|established|opened|erupted|broke out|invaded|invasion|created|formed|set up|took office|took power|came to power|seized power|elected|inaugurated|first held|first staged|introduced|outbreak|onset)\b[^.;:!?,()]{0,24}$/i;
/** A past or reported time of the clause the ordinal stands in: the year counted is not the report's. */
const PAST_CLAUSE_RE = /\b(?:was|were|had been|had entered|by then|at the time|then)\b[^.;:!?]{0,20}$/i;

/**
 * The start year of an "in its Nth year" at `at` in the sentence [from, to), or undefined when none is told as a start
 * or the clause is past: the cued year nearest the ordinal, in its clause (no ";" or ":" between).
 */
export function nthYearStart(text: string, points: readonly YearPoint[], from: number, to: number, at: number): YearPoint | undefined {
  if (PAST_CLAUSE_RE.test(text.slice(Math.max(from, at - 40), at))) return undefined;
  const cued = points.filter((p) => p.start >= from && p.end <= to && (p.end <= at || p.start > at)
    && START_BEFORE_RE.test(text.slice(Math.max(from, p.start - 40), p.start))
    && !/[;:]/.test(text.slice(Math.min(p.end, at), Math.max(p.start, at))));
  if (cued.length === 0) return undefined;
  return cued.reduce((x, y) => (Math.abs(y.start - at) < Math.abs(x.start - at) ? y : x));
}
