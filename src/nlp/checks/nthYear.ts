import { join } from 'node:path';
import { projectRoot } from '../../core/shared.js';
import { readDataRows } from '../../core/data-rows.js';
import type { YearPoint } from './yearFacts.js';

// "The war, which began in February 2022, is now in its third year": the year a thing is in is counted from its start,
// so the start must be told as one, of the thing itself. Before the ordinal the start year stands in a relative or an
// appositive of the ordinal clause's subject ("The war, which began in 2022, is …", "The programme, launched in 2016,
// is …"), never a fronted participle of another subject ("Elected in 2023, the president now faces a war in its third
// year"); after it only a relative or a first staging counts ("…, which began in 2022", "was first held in 2005"),
// never a bare "since" or "opened" of another clause ("now in its fourth year, has worsened since 2023"). A person's
// start (elected, took office) never starts an "its" year. "In 2019 the drought was in its third year" (a past
// observation) and "By 2020 … sixth year" (no start) say nothing about the report's date.

/** A start word shortly before a year, with no clause break between: "began in February", "since", "founded in". */
const START_BEFORE_RE = /\b(began|begun|begin|begins|started|start|since|launched|launch|founded|established|opened|erupted|broke out|invaded|invasion|created|formed|set up|took office|took power|came to power|seized power|elected|inaugurated|first held|first staged|introduced|outbreak|onset)\b[^.;:!?,()]{0,24}$/i;
/** Starts of a person's term: never of a thing's "its" year. */
const PERSON_CUE_RE = /^(?:took office|took power|came to power|seized power|elected|inaugurated)$/i;
/** Before a start cue that describes the subject: an appositive or a relative ("The war, which began in", ", launched in"). */
const APPOSITIVE_OPEN_RE = /(?:[,(—–]\s*(?:(?:which|that|who)\s+(?:\w+\s+){0,3})?|\b(?:which|that|who)\s+(?:\w+\s+){0,3})$/i;
/** After the ordinal only a relative start or a first staging: "…, which began in 2022", "was first held in 2005". */
const RELATIVE_OPEN_RE = /\b(?:which|that)\s+(?:\w+\s+){0,3}$/i;
const FIRST_STAGING_RE = /^first\s+(?:held|staged)$/i;
/** A past or reported time of the clause the ordinal stands in: the year counted is not the report's. */
const PAST_CLAUSE_RE = /\b(?:was|were|had been|had entered|by then|at the time|then)\b[^.;:!?]{0,20}$/i;

/** Whether the cued year at p describes the thing whose year is counted at `at`. */
function startOfSubject(text: string, p: YearPoint, from: number, at: number, its: boolean): boolean {
  const w0 = Math.max(from, p.start - 40);
  const cue = START_BEFORE_RE.exec(text.slice(w0, p.start));
  if (!cue) return false;
  const word = cue[1]!.replace(/\s+/g, ' ');
  if (its && PERSON_CUE_RE.test(word)) return false;
  const before = text.slice(from, w0 + cue.index);
  if (p.end <= at) return APPOSITIVE_OPEN_RE.test(before);
  return FIRST_STAGING_RE.test(word) || RELATIVE_OPEN_RE.test(before);
}

/**
 * The start year of an "in its Nth year" at `at` in the sentence [from, to), or undefined when none is told as a start
 * of the thing or the clause is past: the cued year nearest the ordinal, in its clause (no ";" or ":" between).
 */
const SAID_THAT_RE = new RegExp(String.raw`\b(?:${readDataRows(join(projectRoot, 'data', 'lexicon', 'checks-said-verbs.txt')).map((r) => r[0]!).join('|')})\b[^.;]*?\bthat\b`, 'i');

export function nthYearStart(text: string, points: readonly YearPoint[], from: number, to: number, at: number): YearPoint | undefined {
  if (PAST_CLAUSE_RE.test(text.slice(Math.max(from, at - 40), at))) return undefined;
  const its = /\bits\s+$/i.test(text.slice(Math.max(from, at - 8), at));
  const cued = points.filter((p) => p.start >= from && p.end <= to && (p.end <= at || p.start > at)
    && startOfSubject(text, p, from, at, its)
    && !/[;:]/.test(text.slice(Math.min(p.end, at), Math.max(p.start, at)))
    // "who launched the project in 2014, wrote that the arrival was a gift to the nation in its 50th year": a clause
    // reported after a verb of saying has a subject of its own
    && !(p.end <= at && SAID_THAT_RE.test(text.slice(p.end, at))));
  if (cued.length === 0) return undefined;
  return cued.reduce((x, y) => (Math.abs(y.start - at) < Math.abs(x.start - at) ? y : x));
}
