import type { Check, TimeExpr } from '../../core/types.js';
import { yearFacts, type YearPoint, type YearSpan } from './yearFacts.js';
import { alt, OCCASION_CUES, PERFECT_FOR_RE_SOURCE, PREVIOUS_CUES, RECORD_IN_BREAKS, RECORD_IN_WORDS, SPAN_CUES, SPAN_VERB_GROUPS, START_CUES } from './lexicon.js';
import { aheadYearChecks } from './aheadYears.js';
import { dateOffsetChecks } from './dateOffsets.js';
import { type CheckRef, ruled } from './rule.js';
import { indicesIn, sentenceIndex } from './sentences.js';
import { YEAR_WRITTEN_RE } from './numbers.js';
import { anchorDayMs, anchorYear } from './anchorDate.js';

// Words near a year that make it the start of a stated span ("the launch of Osiris-Rex in 2016",
// "his previous foreign trip was … in 2019"), and words before a year count that make it a span
// running up to the report ("a journey that lasted seven years", "first trip in over four years").
const START_CUE_RE = new RegExp(`\\b(${alt(START_CUES)})\\b`, 'gi');
// "divided since 2014, nearly a decade": the span in apposition to the year it runs from
// "since 2012, 13 years", "since 2012, for 13 years", "since 2012 (or 13 years)"
const SINCE_APPOSITION_SOURCE = String.raw`\bsince\s+(?:[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?)?(?:1[6-9]|20)\d\d\s*(?:,|[—–]|\()\s*(?:(?:for|or)\s+)?$`;
// "the worst drought in 40 years", "the deadliest attack in the city in more than a decade": a superlative record read
// as a first is (no verb of a time ahead between: "the biggest change is expected in two years")
const RECORD_IN_SOURCE = String.raw`\b(?:${alt(RECORD_IN_WORDS)})\b(?:(?!\b(?:${alt(RECORD_IN_BREAKS)})\b)[^.;!?]){0,60}\bin`;
const SPAN_CUE_RE = new RegExp(`\\b(${alt(SPAN_CUES)}|first\\b.{0,60}\\bin)\\s*$|${RECORD_IN_SOURCE}\\s*$|${PERFECT_FOR_RE_SOURCE}|${SINCE_APPOSITION_SOURCE}`, 'i');
const PERFECT_FOR_RE = new RegExp(`${PERFECT_FOR_RE_SOURCE}`, 'i');
/** The "first" shapes alone, without the superlative record (RECORD_IN_SOURCE). */
const FIRST_ONLY_SOURCE = String.raw`\bfirst\b.{0,60}\bin\s*$|\bfor the first time in\s*$`;
const FIRST_ONLY_RE = new RegExp(FIRST_ONLY_SOURCE, 'i');
const FIRST_IN_RE = new RegExp(String.raw`${FIRST_ONLY_SOURCE}|${RECORD_IN_SOURCE}\s*$`, 'i');
/** The span cues without the superlative record. */
const SPAN_CUE_OWN_RE = new RegExp(`\\b(${alt(SPAN_CUES)})\\s*$|${PERFECT_FOR_RE_SOURCE}|${SINCE_APPOSITION_SOURCE}`, 'i');
const WINDOW = 80;
/** The earlier occasion of a "first … in N years": a visit, trip or meeting dated by a year shortly after the cue. */
const OCCASION_CUE_RE = new RegExp(`\\b(${alt(OCCASION_CUES)})\\b[^.;!?]{0,50}$`, 'i');
/** How many sentences before a "first … in N years" its earlier occasion may be told. */
const OCCASION_REACH = 3;
/** Between a year and the "N years ago" that restates it: a comma, or a short noun phrase and "which/that … ". */
const AGO_APPOSITION_RE = /^(?:\s*[,—–]\s*|(?:\s+[a-z]+){1,3}\s*,\s*(?:which|that|when)\s+(?:[a-z]+\s+){1,2})$/;

const sentenceOf = sentenceIndex;

function refOf(x: YearPoint | YearSpan): CheckRef {
  return x.ref !== undefined ? { time: x.ref } : { start: x.start, end: x.end, text: x.text };
}

/** Fractional years between a date (as precise as stated) and the publication date: [shortest, longest]. */
function gapRange(p: YearPoint, anchor: string): [number, number] {
  const pub = anchorDayMs(anchor);
  const yearMs = 365.2425 * 86400000;
  const m0 = p.month !== undefined ? p.month - 1 : 0;
  const m1 = p.month !== undefined ? p.month - 1 : 11;
  const earliest = Date.UTC(p.year, m0, p.day ?? 1);
  const latest = p.day !== undefined ? earliest : Date.UTC(p.year, m1 + 1, 0);
  return [(pub - latest) / yearMs, (pub - earliest) / yearMs];
}

function dateLabel(p: YearPoint): string {
  if (p.month === undefined) return String(p.year);
  return `${p.year}-${String(p.month).padStart(2, '0')}${p.day !== undefined ? `-${String(p.day).padStart(2, '0')}` : ''}`;
}

function startCue(text: string, p: YearPoint, sentences: ReadonlyArray<[number, number]>): string | undefined {
  // the cue of the year's own sentence ("its first since 1993. The 1973 ruling": "since" is not 1973's)
  const sent = sentenceOf(sentences, p.start);
  const from = Math.max(0, p.start - WINDOW, sent === -1 ? 0 : sentences[sent]![0]);
  const before = text.slice(from, p.start);
  let cue: string | undefined;
  START_CUE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = START_CUE_RE.exec(before)) !== null) cue = m[1].toLowerCase();
  return cue;
}

/** The nearest year before a "first … in N years" (same sentence or up to OCCASION_REACH before) dated by an occasion cue. */
function occasionBefore(
  text: string, points: readonly YearPoint[], sentences: ReadonlyArray<[number, number]>, s: YearSpan, sent: number, pubYear: number,
): { p: YearPoint; cue: string } | undefined {
  if (sent === -1) return undefined;
  let found: { p: YearPoint; cue: string } | undefined;
  for (const p of points) {
    if (p.end > s.start) break;
    if (p.year >= pubYear + 1) continue;
    const ps = sentenceOf(sentences, p.start);
    if (ps === -1 || ps < sent - OCCASION_REACH || ps > sent) continue;
    const m = OCCASION_CUE_RE.exec(text.slice(Math.max(sentences[ps][0], p.start - WINDOW), p.start));
    if (m) found = { p, cue: m[1].toLowerCase() };
  }
  return found;
}

/** A past perfect in the clause before a span: "had stood for", "had not been seen for", "had long ruled for". */
const PAST_PERFECT_RE = /\bhad\s+(?:(?:not|never|already|long|\p{L}+ly)\s+)*(?:been\s+)?\p{L}+(?:ed|en|n|t|d|ood|ung|un|one)\b[^.;!?]*$/iu;
const PERFECT_VERB_RE = /\b(?:has|have|had)\s+(?:not\s+|never\s+|already\s+|now\s+|long\s+)*(?:been\s+(?:(?:in|at|on|behind|under)\s+)?)?([a-z]+)[^.;]*$/i;
/**
 * Whether the state a present perfect "has VERBed for N years" names is the one its cued start began: a cue of a
 * known group (office, existence, custody, marriage) needs a verb of that group; other cues ("since", "began") fit any.
 */
function perfectFits(lead: string, cue: string): boolean {
  if (!PERFECT_FOR_RE.test(lead)) return true;
  const group = SPAN_VERB_GROUPS.find((g) => g.cues.includes(cue));
  if (!group) return true;
  const m = PERFECT_VERB_RE.exec(lead);
  return !!m && group.verbs.includes(m[1]!.toLowerCase());
}

function holds(n: number, mod: string | undefined, lo: number, hi: number, per = 1): 'yes' | 'maybe' | 'no' {
  switch (mod) {
    case 'MORE_THAN': return lo > n ? 'yes' : hi > n ? 'maybe' : 'no';
    case 'EQUAL_OR_MORE': return lo >= n ? 'yes' : hi >= n ? 'maybe' : 'no';
    case 'LESS_THAN': return hi < n ? 'yes' : lo < n ? 'maybe' : 'no';
    case 'EQUAL_OR_LESS': return hi <= n ? 'yes' : lo <= n ? 'maybe' : 'no';
    default: {
      // "seven years" is itself rounded to whole years
      const slack = (mod === 'APPROX' ? 1 : 0.5) * per;
      return n >= lo - slack && n <= hi + slack ? 'yes' : 'no';
    }
  }
}

/**
 * A dated moment of the sentence [from, to) after the span's start `start`, before the report, that may end the span
 * (not the span's own words nor the start's): a stated year or date later than the start, or a date the time stage
 * resolved that writes no year ("Talks collapsed in March after 18 months of negotiations that began in September
 * 2021") later than the start's month (its last month when it names none: "began in 2021" is after only from 2022).
 * Only the sentence's own points and times are read (binary search over both, sorted once per document).
 */
function laterInSentenceOf(points: readonly YearPoint[], times: readonly TimeExpr[]) {
  const byStart = <T extends { start: number }>(xs: readonly T[]) => [...xs].sort((a, b) => a.start - b.start);
  const ps = byStart(points), ts = byStart(times);
  const at = (p: YearPoint) => p.year * 12 + (p.month ?? 1);
  return (start: YearPoint, [from, to]: readonly [number, number], span: { start: number; end: number }, pubYear: number, anchor: string): boolean => {
    const apart = (x: { start: number; end: number }) => !(x.start < span.end && span.start < x.end);
    for (const i of indicesIn(ps, from, to)) {
      const p = ps[i]!;
      if (p !== start && at(p) > at(start) && p.year <= pubYear && apart(p)) return true;
    }
    const startKey = `${start.year}-${String(start.month ?? 12).padStart(2, '0')}`;
    for (const i of indicesIn(ts, from, to)) {
      const t = ts[i]!;
      if (t.type === 'DATE' && /^\d{4}-\d{2}/.test(t.value) && !YEAR_WRITTEN_RE.test(t.text) && t.value.slice(0, 7) > startKey
        && t.value.slice(0, 10) < anchor.slice(0, 10) && apart(t) && !(t.start < start.end && start.start < t.end)) return true;
    }
    return false;
  };
}

const MOD_WORD: Record<string, string> = { MORE_THAN: 'more than', EQUAL_OR_MORE: 'at least', LESS_THAN: 'less than', EQUAL_OR_LESS: 'at most', APPROX: 'about' };

/**
 * Year arithmetic between stated years, year counts and the publication date:
 * a span up to the report against its start year ("lasted seven years" / "launch … in 2016"),
 * and "N years ago" against a stated year. Pairs are only made through the cue words above.
 */
export function dateArithmeticChecks(
  text: string, times: readonly TimeExpr[], anchor: string | undefined, sentences: ReadonlyArray<[number, number]>,
): Check[] {
  const { points, spans } = yearFacts(text, times);
  const startCues = new Map<YearPoint, string | undefined>(points.map((p) => [p, startCue(text, p, sentences)]));
  const laterInSentence = laterInSentenceOf(points, times);
  const out: Check[] = [];
  const pubYear = anchorYear(anchor);
  for (const s of spans) {
    const lead = text.slice(Math.max(0, s.start - WINDOW), s.start);
    if (s.rel === 'ago') {
      if (pubYear === undefined) continue;
      const y = pubYear - s.n;
      // "since 2019, more than three years ago": a bounded "ago" against a year in its sentence
      const sent = sentenceOf(sentences, s.start);
      const near = s.mod && anchor ? points.find((p) => sentenceOf(sentences, p.start) === sent && sent !== -1 && (p.end <= s.start || p.start >= s.end) && p.year <= pubYear) : undefined;
      if (near && anchor) {
        const [lo, hi] = gapRange(near, anchor);
        const v = holds(s.n, s.mod, lo, hi, s.per);
        out.push(ruled({
          kind: 'DATE_ARITHMETIC', status: v === 'no' ? 'INCONSISTENT' : 'CONSISTENT', refs: [refOf(s), refOf(near)],
          detail: `${dateLabel(near)} to publication ${anchor.slice(0, 10)} = ${lo.toFixed(1)}–${hi.toFixed(1)} years; stated "${s.text.trim()}" (${MOD_WORD[s.mod as string] ?? s.mod} ${s.label ?? `${s.n} years`})`,
        }, 'date-arithmetic:ago-bounded'));
        continue;
      }
      // "in 2004, 15 years ago", "the 2004 tsunami, which struck 20 years ago": the year the span restates, checked either way
      const appo = anchor ? points.find((p) => p.end <= s.start && p.year <= pubYear && AGO_APPOSITION_RE.test(text.slice(p.end, s.start))) : undefined;
      if (appo && anchor) {
        const [lo, hi] = gapRange(appo, anchor);
        const v = holds(s.n, s.mod, lo, hi, s.per);
        out.push(ruled({
          kind: 'DATE_ARITHMETIC', status: v === 'no' ? 'INCONSISTENT' : 'CONSISTENT', refs: [refOf(s), refOf(appo)],
          detail: `${dateLabel(appo)} to publication ${anchor.slice(0, 10)} = ${lo.toFixed(1)}–${hi.toFixed(1)} years; stated "${s.text.trim()}"${v === 'no' ? ': does not match' : ''}`,
        }, 'date-arithmetic:ago-apposition'));
        continue;
      }
      if (!Number.isInteger(y)) continue;
      const hit = points.find((p) => p.year === y && (p.end <= s.start || p.start >= s.end));
      if (hit) {
        out.push(ruled({
          kind: 'DATE_ARITHMETIC', status: 'CONSISTENT', refs: [refOf(s), refOf(hit)],
          detail: `"${s.text.trim()}" before ${pubYear} = ${y}, matching the stated year ${hit.year}`,
        }, 'date-arithmetic:ago'));
      }
      continue;
    }
    // "two years later"/"a year earlier" are relative to a time in the story (often a future one): nothing to check
    if (s.rel !== 'span' || !SPAN_CUE_RE.test(lead)) continue;
    const firstIn = FIRST_IN_RE.test(lead);
    // "the strongest quake in 25 years, the worst since … 1999": a superlative's own "since" is the record rule's
    // (records.ts tells the gap from it)
    if (firstIn && !FIRST_ONLY_RE.test(lead) && !SPAN_CUE_OWN_RE.test(lead)) {
      const k = sentenceOf(sentences, s.start);
      if (k !== -1 && /\bsince\b/i.test(text.slice(sentences[k]![0], sentences[k]![1]))) continue;
    }
    if (!anchor || pubYear === undefined) {
      if (firstIn) out.push(ruled({ kind: 'DATE_ARITHMETIC', status: 'UNVERIFIABLE', refs: [refOf(s)], detail: `"${s.text.trim()}": the publication date is unknown` }, 'date-arithmetic:no-anchor'));
      continue;
    }
    const sent = sentenceOf(sentences, s.start);
    // linked for sure: a year in the same sentence ("since 2019, four years"), or, for "first … in N years",
    // a year marked "previous"/"last"; otherwise a start-cued year elsewhere counts only when it agrees
    let best: { p: YearPoint; cue: string; linked: boolean } | undefined;
    for (const p of points) {
      if (p.year > pubYear || (p.start < s.end && s.start < p.end)) continue;
      const cue = startCues.get(p);
      const same = sentenceOf(sentences, p.start) === sent && sent !== -1;
      const linked = (same && cue !== undefined) || (firstIn && cue !== undefined && PREVIOUS_CUES.includes(cue));
      if (!cue && !same) continue;
      const cand = { p, cue: cue ?? 'from', linked };
      if (!best || (cand.linked && !best.linked) || (cand.linked === best.linked && Math.abs(p.start - s.start) < Math.abs(best.p.start - s.start))) best = cand;
    }
    // "visited Japan in 2019 … his first trip to the country in over four years": the earlier occasion told shortly before
    if (firstIn && !best?.linked) {
      const occ = occasionBefore(text, points, sentences, s, sent, pubYear);
      if (occ) best = { p: occ.p, cue: occ.cue, linked: true };
    }
    if (!best) {
      if (firstIn) out.push(ruled({ kind: 'DATE_ARITHMETIC', status: 'UNVERIFIABLE', refs: [refOf(s)], detail: `"${s.text.trim()}": no date is given for the previous occasion` }, 'date-arithmetic:no-previous'));
      continue;
    }
    const [lo, hi] = gapRange(best.p, anchor);
    const verdict = holds(s.n, s.mod, lo, hi, s.per);
    // an unlinked pair is only reported when the arithmetic itself ties them: exact spans that agree
    if (!best.linked && (verdict !== 'yes' || (s.mod !== undefined && s.mod !== 'APPROX') || s.n < 2)) continue;
    // "reopened in March 2024 after 18 months of work that began in September 2022": a later date of the sentence may
    // end the span before the report, so measuring to the report says nothing against it
    if (verdict === 'no' && sent !== -1 && laterInSentence(best.p, sentences[sent]!, s, pubYear, anchor)) continue;
    // "founded in 1998, has been listed for a decade": a perfect "for N years" about another state than the cued start says nothing against it
    if (verdict === 'no' && !perfectFits(lead, best.cue)) continue;
    // "the 1973 ruling had stood for nearly 50 years": a past perfect counts up to a past moment of the story, not to
    // the report's date, so measuring to the report says nothing against it
    if (verdict === 'no' && PAST_PERFECT_RE.test(lead)) continue;
    const stated = `${s.mod ? `${MOD_WORD[s.mod] ?? s.mod} ` : ''}${s.label ?? `${s.n} years`}`;
    const exact = best.p.day !== undefined;
    const inMonths = s.per !== undefined && s.per < 1;
    const arith = inMonths
      ? `${best.cue} ${dateLabel(best.p)} to publication ${anchor.slice(0, 10)} = ${(lo * 12).toFixed(1)}–${(hi * 12).toFixed(1)} months`
      : `${best.cue} ${dateLabel(best.p)} to publication ${anchor.slice(0, 10)} = ${exact ? `${lo.toFixed(2)} years` : `${pubYear - best.p.year} years by the calendar (${lo.toFixed(1)}–${hi.toFixed(1)} depending on the ${best.p.month !== undefined ? 'day' : 'month'})`}`;
    const detail = verdict === 'maybe'
      ? `${arith}; stated "${s.text.trim()}" (${stated}) holds if the ${dateLabel(best.p)} date was early enough`
      : `${arith}; stated "${s.text.trim()}" (${stated})`;
    out.push(ruled({ kind: 'DATE_ARITHMETIC', status: verdict === 'no' ? 'INCONSISTENT' : 'CONSISTENT', refs: [refOf(s), refOf(best.p)], detail },
      best.linked ? 'date-arithmetic:span-linked' : 'date-arithmetic:span-agreeing'));
  }
  out.push(...dateOffsetChecks(text, times, points, anchor, sentences));
  out.push(...aheadYearChecks(text, points, spans, anchor, sentences));
  return out;
}
