import { join } from 'node:path';
import { projectRoot } from '../../core/shared.js';
import { readDataRows } from '../../core/data-rows.js';
import type { Check } from '../../core/types.js';
import { alt } from './lexicon.js';
import { ruled } from './rule.js';
import { sentenceIndex } from './sentences.js';
import type { YearPoint, YearSpan } from './yearFacts.js';
import { allMatches } from '../../core/regex.js';
import { anchorYear } from './anchorDate.js';

// DATE_ARITHMETIC: a span of years counted forward from the report and, later in the same sentence, the year it ends
// in ("the mill is to shut in four years, by 2030", in a report of 2026). Whether "in/within N years" points ahead is
// read by yearFacts (rel 'ahead', through `readsAhead` below): it does only when a verb of its own clause, before it,
// sets it ahead (a future, a modal, an intention or a schedule) and no superlative, "first" or negation makes it a
// look back ("prices rose at the fastest pace in five years"). The report's year plus the span must be the year
// exactly: N years after any day of year Y end in year Y+N. The year may be of something else the sentence tells
// ("in five years, when the 2030 World Cup …" is another's), so only agreement is reported, and the gap between the
// two holds no other figure and no "after", "since", "ago" (a span counted from another event).

const CUES = readDataRows(join(projectRoot, 'data', 'lexicon', 'checks-ahead-years.tsv'));
const cue = (k: string) => alt(CUES.filter((r) => r[0] === k).map((r) => r[1]!));
const LEAD_RE = new RegExp(String.raw`\b(?:${cue('lead')})\s+$`, 'i');
const NOT_AFTER_RE = new RegExp(String.raw`^(?:['’]s?\s*time\b)?\s*(?:${cue('not-after')})\b`, 'i');
/** Where the span's clause starts: punctuation (not quotes) or a word that opens a clause. */
const CLAUSE_END_RE = new RegExp(String.raw`(?:[.;:!?,()\[\]—–]|\b(?:${cue('clause')})\b)`, 'gi');
const AHEAD_VERB_RE = new RegExp(String.raw`(?:^|[^\w'’])(?:${cue('ahead')})\b`, 'i');
const BACK_RE = new RegExp(String.raw`\b(?:${cue('back')})\b`, 'i');
const YEAR_CUE_RE = new RegExp(String.raw`\b(?:${cue('year')})\s+$`, 'i');
const GAP_RE = new RegExp(String.raw`\b(?:${cue('gap')})\b`, 'i');
/** How far back the span's clause is looked for, and how long the gap to its year may be. */
const CLAUSE_REACH = 120;
const GAP_REACH = 100;

/** The start of the lead ("in", "within the next") right before a length of years at `start`, or -1. */
export function aheadLead(text: string, start: number): number {
  const before = text.slice(Math.max(0, start - 40), start);
  const m = LEAD_RE.exec(before);
  return m ? start - before.length + m.index : -1;
}

/** Whether the length of years at [start, end) is counted forward from the report ("will close in three years"). */
export function readsAhead(text: string, start: number, end: number): boolean {
  const lead = aheadLead(text, start);
  if (lead === -1 || NOT_AFTER_RE.test(text.slice(end, end + 20))) return false;
  const before = text.slice(Math.max(0, lead - CLAUSE_REACH), lead);
  let from = 0;
  for (const m of allMatches(CLAUSE_END_RE, before)) from = m.index! + m[0].length;
  const clause = before.slice(from);
  return !BACK_RE.test(clause) && AHEAD_VERB_RE.test(clause);
}

export function aheadYearChecks(
  text: string, points: readonly YearPoint[], spans: readonly YearSpan[], anchor: string | undefined, sentences: ReadonlyArray<[number, number]>,
): Check[] {
  const out: Check[] = [];
  const pubY = anchorYear(anchor);
  if (pubY === undefined) return out;
  for (const s of spans) {
    if (s.rel !== 'ahead' || s.per !== undefined || !Number.isInteger(s.n) || s.n < 1 || s.n > 50) continue;
    if (s.mod !== undefined && s.mod !== 'APPROX') continue;
    const sent = sentenceIndex(sentences, s.start);
    if (sent === -1) continue;
    // the first year after the span, in its sentence, with no figure between
    const p = points.find((x) => x.start >= s.end);
    if (!p || p.start > sentences[sent]![1] || p.start - s.end > GAP_REACH) continue;
    const gap = text.slice(s.end, p.start);
    if (/[.;:!?\d]/.test(gap) || !YEAR_CUE_RE.test(gap) || GAP_RE.test(gap.replace(YEAR_CUE_RE, ''))) continue;
    const yAt = p.start + p.text.indexOf(String(p.year));
    // "by 2027-28": a range, not the year it ends in
    if (p.year !== pubY + s.n || /^[-–/]\d/.test(text.slice(yAt + 4, yAt + 6))) continue;
    const at = aheadLead(text, s.start);
    const said = text.slice(at, s.end);
    out.push(ruled({
      kind: 'DATE_ARITHMETIC', status: 'CONSISTENT',
      refs: [{ start: at, end: s.end, text: said }, { start: yAt, end: yAt + 4, text: String(p.year) }],
      detail: `"${said}" from the report's year ${pubY} = ${pubY + s.n}, the stated ${p.year}`,
    }, 'date-arithmetic:ahead-years'));
  }
  return out;
}
