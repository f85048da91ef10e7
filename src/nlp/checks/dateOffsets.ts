import type { Check, TimeExpr } from '../../core/types.js';
import { NUMBER_WORDS, own } from '../quantity/lexicon.js';
import { ANNIVERSARY_WORDS, ORDINAL_WORDS } from './lexicon.js';
import { type CheckRef, ruled } from './rule.js';
import type { YearPoint } from './yearFacts.js';
import { sentenceIndex, sentenceSpanAt } from './sentences.js';
import { execAnchored } from './anchored.js';
import { nthYearStart } from './nthYear.js';
import { spanModKind, spanModSrc, type SpanModKind } from './spanMods.js';
import { YEAR_WRITTEN_RE } from './numbers.js';
import { join } from 'node:path';
import { projectRoot } from '../../core/shared.js';
import { readDataRows } from '../../core/data-rows.js';
import { alternation, phrasePattern } from '../../core/regex.js';
import { anchorDayMs, anchorYear } from './anchorDate.js';
import { lowerBound } from '../../core/lower-bound.js';

// Date arithmetic that pairs a stated date with an offset from it:
//  - "the party, founded in 1921, celebrates its 102nd anniversary" → 1921 + 102 = the anniversary's year;
//  - "ten years after the 2013 floods" → 2013 + 10 = the year of the report;
//  - "the attack came 44 days after the invasion began on February 24" → the report's date, give or take a day.
// Each pairing is made inside one sentence only; anything looser is not checked.

const ORDINAL_RE = new RegExp(`\\b(\\d{1,3})(?:st|nd|rd|th)\\b|\\b(${Object.keys(ORDINAL_WORDS).join('|')})\\b`, 'gi');
const ANNIV_AFTER_RE = new RegExp(`^[\\s-]*(?:${ANNIVERSARY_WORDS.join('|')})\\b`, 'i');
// "ten years after the 2013 floods", "five years have passed since the 2018 election", "a decade since the 2014 split"
const YEARS_AFTER_RE = /\b(\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+(years?|decades?)(?:\s+(?:have|has)\s+(?:now\s+)?(?:passed|elapsed|gone\s+by))?\s+(?:after|since)\s+(?:the\s+|its\s+|their\s+)?((?:1[6-9]|20)\d\d)\b(?![,.]?\d)/gi;
/** The unit words every YEARS_AFTER_RE / UNITS_AFTER_RE match holds (execAnchored runs the patterns only near them). */
const YEAR_DECADE_WORD = /year|decade/gi;
const DAY_WEEK_MONTH_WORD = /day|week|month/gi;
// "44 days after", "some four and a half months before", "a month and a half after": the count, its half, the unit, the direction
const UNITS_AFTER_RE = /\b(\d{1,3}|[a-z]+(?:-[a-z]+)?)(\s+and\s+a\s+half)?\s+(days?|weeks?|months?)(\s+and\s+a\s+half)?\s+(after|since|before)\b/gi;
/** A bound written before the count ("more than 10 months after", "some four and a half months before"): data/lexicon/checks-span-mods.tsv. */
const OFFSET_BOUND_RE = new RegExp(`\\b(${spanModSrc()})\\s+$`, 'i');
/** How many earlier sentences may hold the dated event an "N months before the landing" names; past two sentences only agreement is told. */
const NOUN_REACH = 20;
/** The bound kinds under which an offset is only checked for agreement. */
type OffsetMod = SpanModKind | undefined;
/** The anniversary falls at the report's time: "marks", "celebrates", "this week", "on Friday". */
const NOW_RE = /\b(?:marks|celebrates|celebrating|commemorates|is|are|will|this\s+(?:year|week|month)|today|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i;
const DAYS_PER: Record<string, number> = { day: 1, week: 7, month: 30.4375 };
/** How far the report may sit from the day an "N days after" is counted to: the news is often of yesterday. */
const SLACK_DAYS: Record<string, number> = { day: 2, week: 4, month: 16 };

function numberValue(w: string): number | undefined {
  const lw = w.toLowerCase();
  if (/^\d+$/.test(lw)) return Number(lw);
  if (lw === 'a' || lw === 'one') return 1;
  let v = 0;
  for (const p of lw.split('-')) {
    const n = own(NUMBER_WORDS, p);
    if (n === undefined) return undefined;
    v += n;
  }
  return v > 0 ? v : undefined;
}

const sentenceAt = sentenceSpanAt;

/** Points (sorted by start) lying inside [from, to). */
function pointsIn(points: readonly YearPoint[], from: number, to: number): YearPoint[] {
  const lo = lowerBound(points.length, (m) => points[m]!.start < from);
  const out: YearPoint[] = [];
  for (let i = lo; i < points.length && points[i].start < to; i++) if (points[i].end <= to) out.push(points[i]);
  return out;
}

const refOf = (p: YearPoint): CheckRef => (p.ref !== undefined ? { time: p.ref } : { start: p.start, end: p.end, text: p.text });

/** "its 75th anniversary", "the centenary": a start year in the sentence (or the one before) plus N. */
function anniversaryChecks(text: string, points: readonly YearPoint[], anchor: string | undefined, sentences: ReadonlyArray<[number, number]>): Check[] {
  const pubYear = anchorYear(anchor);
  const out: Check[] = [];
  ORDINAL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ORDINAL_RE.exec(text)) !== null) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    const nthYear = /^\s+year\b/i.test(after) && /\bin\s+(?:its|their|his|her|the)\s+$/i.test(text.slice(Math.max(0, m.index - 16), m.index));
    if (!ANNIV_AFTER_RE.test(after) && !nthYear) continue;
    const n = m[1] ? Number(m[1]) : own(ORDINAL_WORDS, m[2].toLowerCase());
    if (!n) continue;
    const sent = sentenceAt(sentences, m.index);
    if (!sent) continue;
    if (nthYear) {
      // "the war, which began in February 2022, is now in its second year": n − 1 full years have passed, not n
      if (!anchor) continue;
      const start = nthYearStart(text, points, sent[0], sent[1], m.index);
      if (!start) continue;
      const pub = anchorDayMs(anchor);
      const from = Date.UTC(start.year, (start.month ?? 1) - 1, start.day ?? 1);
      const to = start.month === undefined ? Date.UTC(start.year, 11, 31) : Date.UTC(start.year, start.month - 1, start.day ?? 28);
      const yearMs = 365.2425 * 86400000;
      const hi = (pub - from) / yearMs;
      const lo = (pub - to) / yearMs;
      const ok = hi >= n - 1 && lo < n;
      out.push(ruled({
        kind: 'DATE_ARITHMETIC', status: ok ? 'CONSISTENT' : 'INCONSISTENT',
        refs: [{ start: m.index, end: m.index + m[0].length + 5, text: `${m[0]} year` }, refOf(start)],
        detail: `${start.text} to the report's date ${anchor.slice(0, 10)} = ${Math.max(0, lo).toFixed(1)}–${hi.toFixed(1)} years; "${m[0]} year" means ${n - 1} to ${n}${ok ? '' : ', which does not fit'}`,
      }, 'date-arithmetic:nth-year'));
      continue;
    }
    const inSent = pointsIn(points, sent[0], sent[1]);
    let starts = inSent;
    if (starts.length === 0) {
      const prev = sentenceAt(sentences, sent[0] - 1);
      const before = prev ? pointsIn(points, prev[0], prev[1]) : [];
      starts = before.slice(-1);
    }
    if (starts.length === 0) continue;
    // any stated year, or the report's, may be the anniversary's own ("the year of 2006 will be the 15th anniversary")
    const years = [...inSent.map((p) => p.year), ...(pubYear !== undefined ? [pubYear] : [])];
    const refs: CheckRef[] = [{ start: m.index, end: m.index + m[0].length, text: m[0] }];
    const fit = starts.find((p) => years.some((y) => p.year + n === y || (p.month !== undefined && Math.abs(p.year + n - y) <= 1)));
    if (fit) {
      const y = years.find((yy) => fit.year + n === yy) ?? fit.year + n;
      const at = inSent.find((p) => p !== fit && p.year === y);
      refs.push(refOf(fit));
      if (at) refs.push(refOf(at));
      out.push(ruled({
        kind: 'DATE_ARITHMETIC', status: 'CONSISTENT', refs,
        detail: `${fit.year} + ${n} (the "${m[0]}" anniversary) = ${fit.year + n}, the ${at ? 'stated' : 'report\'s'} year ${y}`,
      }, 'date-arithmetic:anniversary'));
      continue;
    }
    // a miss is only reported for an anniversary of the report's time ("marks", "this week") that is a few years off:
    // a far miss means the year is not the start at all
    if (pubYear === undefined || !NOW_RE.test(text.slice(sent[0], sent[1]))) continue;
    const start = starts.reduce((x, y) => (y.year < x.year ? y : x));
    const expect = start.year + n;
    if (inSent.some((p) => p.year === pubYear) || Math.abs(expect - pubYear) > 3) continue;
    refs.push(refOf(start));
    out.push(ruled({
      kind: 'DATE_ARITHMETIC', status: 'INCONSISTENT', refs,
      detail: `${start.year} + ${n} (the "${m[0]}" anniversary) = ${expect}, not the report's year ${pubYear}`,
    }, 'date-arithmetic:anniversary'));
  }
  return out;
}

/** A sentence told of the report's time: a present verb or a word of now ("is still rebuilding", "remains", "today"). */
export const PRESENT_RE = /\b(?:is|are|remains?|still|now|today|this\s+(?:year|week|month)|marks?|comes?|has|have)\b/i;

/** Where the main clause an offset phrase governs ends: a clause break or a relative ("who is serving", "that still shape"). */
const CLAUSE_END_RE = /[;:—–()]|,|\s-\s|\b(?:who|whom|whose|which|that|where|when|while|and|but)\b/i;

/**
 * The main clause an "N years after YEAR" phrase dates: fronted ("Five years after the 2001 congress, the party split,
 * and it has never reunited") the clause after its comma, up to the next break or relative; else the words before it
 * in the sentence ("The party split five years after …"). Its tense, not any word of the sentence, tells whether the
 * span runs to the report's time.
 */
export function governedClause(text: string, sent: readonly [number, number], at: number, end: number): string {
  const lead = text.slice(sent[0], at);
  if (/[\p{L}\d]/u.test(lead.replace(/\b(?:but|and|yet|so|now|some|about|almost|nearly|more\s+than|over|just)\b/gi, ''))) return lead;
  const rest = text.slice(end, sent[1]);
  const comma = rest.search(/,/);
  const main = comma < 0 ? rest : rest.slice(comma + 1);
  const stop = main.search(CLAUSE_END_RE);
  return stop < 0 ? main : main.slice(0, stop);
}

/** "ten years after the 2013 floods": the stated year plus N against the report's year. */
function yearsAfterChecks(text: string, points: readonly YearPoint[], pubYear: number | undefined, sentences: ReadonlyArray<[number, number]>): Check[] {
  const out: Check[] = [];
  if (pubYear === undefined) return out;
  YEARS_AFTER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = execAnchored(YEARS_AFTER_RE, YEAR_DECADE_WORD, text)) !== null) {
    const k = numberValue(m[1]);
    if (k === undefined) continue;
    const decades = /^decade/i.test(m[2]!);
    const n = decades ? k * 10 : k;
    const year = Number(m[3]);
    const sent = sentenceAt(sentences, m.index);
    // another year in the sentence may be the one the offset lands on ("in 1955, ten years after the 1945…")
    const yearAt = m.index + m[0].length - 4;
    if (sent && pointsIn(points, sent[0], sent[1]).some((p) => (p.end <= m!.index || p.start > yearAt + 4) && p.year !== year)) continue;
    const before = text.slice(Math.max(0, m.index - 24), m.index).toLowerCase();
    const mod = /\b(?:more than|over)\s*$/.test(before) ? 'more' : /\b(?:almost|nearly|less than|under)\s*$/.test(before) ? 'less' : /\b(?:about|around|some|roughly)\s*$/.test(before) ? 'approx' : undefined;
    const gap = pubYear - year;
    // "a decade", "two decades" are round figures: a few years either way fit, and only a miss by a decade is wrong
    const tol = decades ? 3 : 1;
    const ok = mod === 'more' ? gap >= n : mod === 'less' ? gap <= n + (decades ? tol : 0) : Math.abs(gap - n) <= tol;
    if (!ok && decades && Math.abs(gap - n) < 10) continue;
    // "N years after YEAR" may date a past event ("Twenty years after the 1990 invasion, the army withdrew"): a miss
    // is told only when the span runs to the report's time — "since", "have passed", or a sentence in the present
    if (!ok && /\bafter\b/i.test(m[0]) && !/\b(?:have|has)\s+(?:now\s+)?(?:passed|elapsed|gone)/i.test(m[0]) &&
      !(sent && PRESENT_RE.test(governedClause(text, sent, m.index, m.index + m[0].length)))) continue;
    const p = pointsIn(points, yearAt - 12, yearAt + 1).find((q) => q.start <= yearAt && yearAt < q.end);
    out.push(ruled({
      kind: 'DATE_ARITHMETIC', status: ok ? 'CONSISTENT' : 'INCONSISTENT',
      refs: [{ start: m.index, end: m.index + m[0].length, text: m[0] }, ...(p ? [refOf(p)] : [])],
      detail: `${year} + ${mod ? `${mod === 'more' ? 'more than ' : mod === 'less' ? 'under ' : 'about '}` : ''}${n} years ("${m[0]}") against the report's year ${pubYear}: ${gap} years${ok ? '' : ', which does not fit'}`,
    }, 'date-arithmetic:years-after'));
  }
  return out;
}

/** A full date of the time layer ("2024-02-01"), with its index. */
interface FullDate { t: TimeExpr; i: number; ms: number }
const FULL_DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
/** The offset's event is still to come: then it may lie after the report's date. */
const FUTURE_RE = /\b(?:will|would|shall|is due|are due|is expected|are expected|is scheduled|are scheduled|is set to|are set to|plans? to|must)\b/i;
/** Punctuation that closes the clause an "N days after" opens. */
const CLAUSE_BREAK_RE = /[,;:—–()]|\s-\s/;
/** "after the launch": the noun the offset counts from, when no date follows it in the sentence. */
const AFTER_NOUN_RE = /^\s*(?:the|its|their|his|her)\s+([a-z]{4,})\b/i;
/** After "N days after": a clause told by a pronoun subject and its verb ("they vanished", "he was freed"). */
const CLAUSE_AFTER_RE = /^\s*(?:they|he|she|it|we)\s+[a-z]+\b/i;

/** Helper verbs before a clause's own verb, and groups of words that tell one event: data/lexicon/checks-offset-clause-events.tsv. */
const CLAUSE_EVENTS = (() => {
  const byGroup = new Map<string, string[]>();
  for (const [g, w] of readDataRows(join(projectRoot, 'data', 'lexicon', 'checks-offset-clause-events.tsv'))) {
    if (g && w) byGroup.set(g, [...(byGroup.get(g) ?? []), w.toLowerCase()]);
  }
  const aux = new Set(byGroup.get('aux') ?? []);
  byGroup.delete('aux');
  const groups = [...byGroup.values()].map((ws) => new RegExp(String.raw`\b(?:${alternation(ws, phrasePattern)})\b`, 'i'));
  return { aux, groups };
})();

/**
 * Whether a sentence tells the event of the clause after "N days after" ("they vanished", "he was charged"): it holds
 * the clause's verb (a word of its first five letters), or a word of the verb's group ("were trapped" — "vanished").
 */
function tellsClauseEvent(clause: string, sentence: string): boolean {
  const words = clause.toLowerCase().split(/[^a-z]+/).filter(Boolean).slice(1, 6);
  const at = words.findIndex((w) => !CLAUSE_EVENTS.aux.has(w));
  if (at < 0) return false;
  const verb = words[at]!;
  const head = words.slice(at, at + 3).join(' ');
  const own = sentence.toLowerCase().split(/[^a-z]+/);
  if (verb.length >= 4 && own.some((w) => w.length >= 4 && w.slice(0, 5) === verb.slice(0, 5))) return true;
  return CLAUSE_EVENTS.groups.some((re) => re.test(head) && re.test(sentence));
}

function fullDatesIn(times: readonly TimeExpr[], from: number, to: number): FullDate[] {
  const out: FullDate[] = [];
  times.forEach((t, i) => {
    if (t.type !== 'DATE' || !FULL_DATE_RE.test(t.value) || t.start < from || t.end > to) return;
    const ms = Date.parse(`${t.value}T00:00:00Z`);
    if (Number.isFinite(ms)) out.push({ t, i, ms });
  });
  return out;
}

/**
 * "The probe was launched on January 3. Forty days after the launch, …": the one full date of a sentence
 * (of the two before) naming the thing the offset counts from ("launch" — "launched").
 */
function anchorBefore(
  text: string, times: readonly TimeExpr[], sentences: ReadonlyArray<[number, number]>, sent: [number, number], noun: string, reach = 2,
): { date: FullDate; far: boolean } | undefined {
  const lower = noun.toLowerCase();
  const stem = lower.slice(0, 5);
  // "the landing" — "landed": the noun less its ending, when four letters or more are left
  const root = lower.replace(/(?:ing|ment|ed|es|s)$/, '');
  const named = (w: string) => (w.length >= 4 && w.slice(0, 5) === stem) || (root.length >= 4 && w.startsWith(root) && w.length <= root.length + 4);
  let idx = sentenceIndex(sentences, sent[0]);
  for (let k = 0; k < reach && idx > 0; k++) {
    idx--;
    const prev = sentences[idx]!;
    const words = text.slice(prev[0], prev[1]).toLowerCase().split(/[^a-z]+/);
    const dates = fullDatesIn(times, prev[0], prev[1]);
    if (words.some(named) && dates.length === 1) return { date: dates[0]!, far: k >= 2 };
  }
  return undefined;
}

/** A date whose year the text does not write ("on 10 November"), moved to the year that puts it on the `side` of `ref`. */
function reYeared(d: FullDate, ref: number, side: 'before' | 'after'): FullDate {
  if (YEAR_WRITTEN_RE.test(d.t.text)) return d;
  const r = new Date(ref);
  const at = new Date(d.ms);
  let ms = Date.UTC(r.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  if (side === 'before' && ms > ref) ms = Date.UTC(r.getUTCFullYear() - 1, at.getUTCMonth(), at.getUTCDate());
  if (side === 'after' && ms < ref) ms = Date.UTC(r.getUTCFullYear() + 1, at.getUTCMonth(), at.getUTCDate());
  return ms === d.ms ? d : { ...d, ms };
}

/**
 * "44 days after the invasion began on February 24": the date the offset counts from plus N lands on the
 * event's own date — a full date elsewhere in the sentence ("On March 3, ten days after …"), else the report's.
 * Against the report's date only agreement, or an offset landing after the report for an event told as past,
 * is decided: the event may well be older than the report ("approved 10 days after the trial ended on Feb 1").
 */
function unitsAfterChecks(text: string, times: readonly TimeExpr[], anchor: string | undefined, sentences: ReadonlyArray<[number, number]>): Check[] {
  const out: Check[] = [];
  const pub = anchorDayMs(anchor);
  UNITS_AFTER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = execAnchored(UNITS_AFTER_RE, DAY_WEEK_MONTH_WORD, text)) !== null) {
    const whole = numberValue(m[1]);
    if (whole === undefined || (m[2] && m[4])) continue;
    const n = whole + (m[2] || m[4] ? 0.5 : 0);
    const unit = m[3].toLowerCase().replace(/s$/, '');
    const backward = m[5].toLowerCase() === 'before';
    const sent = sentenceAt(sentences, m.index);
    if (!sent) continue;
    const modWord = OFFSET_BOUND_RE.exec(text.slice(Math.max(sent[0], m.index - 24), m.index))?.[1];
    const mod: OffsetMod = modWord ? spanModKind(modWord) : undefined;
    const phraseEnd = m.index + m[0].length;
    const inSent = fullDatesIn(times, sent[0], sent[1]);
    // the date the offset counts from: the one full date after the phrase in the sentence, or one named before
    // (counted back, a date past a clause break is another event's: "…months before the landing, and entered orbit on Dec. 25")
    const after = inSent.filter((d) => d.t.start >= phraseEnd && !(backward && CLAUSE_BREAK_RE.test(text.slice(phraseEnd, d.t.start))));
    let from: FullDate | undefined;
    let far = false;
    if (after.length === 1) from = after[0];
    else if (after.length === 0) {
      const noun = AFTER_NOUN_RE.exec(text.slice(phraseEnd, phraseEnd + 40));
      const found = noun ? anchorBefore(text, times, sentences, sent, noun[1], NOUN_REACH) : undefined;
      if (found) { from = found.date; far = found.far; }
      else if (!backward && CLAUSE_AFTER_RE.test(text.slice(phraseEnd, phraseEnd + 40))) {
        // "found late on July 2, nine days after they vanished": a clause names the event, no noun to find it by; the one
        // full date of the two sentences before whose sentence tells the same event, when the offset lands on it exactly,
        // is its date (a loose pairing: agreement only). The sentence's own date is needed: the report's may be days later.
        const ends = inSent.filter((d) => d.t.end <= m!.index);
        const endMs = ends.length === 1 ? ends[0]!.ms : NaN;
        const idx = sentenceIndex(sentences, sent[0]);
        const want = n * DAYS_PER[unit]!;
        if (Number.isFinite(endMs) && idx > 0) {
          const clause = text.slice(phraseEnd, phraseEnd + 60).split(CLAUSE_BREAK_RE)[0]!;
          const told = fullDatesIn(times, sentences[Math.max(0, idx - 2)]![0], sent[0]).filter((d) => {
            const ds = sentenceAt(sentences, d.t.start);
            return !!ds && tellsClauseEvent(clause, text.slice(ds[0], ds[1]));
          });
          const only = told.length === 1 ? told[0] : undefined;
          if (only) {
            const d = reYeared(only, endMs, 'before');
            if (Math.abs((endMs - d.ms) / 86400000 - want) <= SLACK_DAYS[unit]! / 2) { from = d; far = true; }
          }
        }
      }
    }
    if (!from) continue;
    const others = inSent.filter((d) => d !== from && d.t.end <= m!.index);
    if (others.length > 1) continue;
    const event = others[0];
    // "launched on Sept. 7, some four months before the landing": counted back from the named event to the sentence's own date
    if (backward && !event) continue;
    const endMs = event ? event.ms : pub;
    if (!Number.isFinite(endMs)) continue;
    // a date whose year the text does not write is the last of its kind before the event ("five weeks after … on 10 November")
    from = reYeared(from, endMs, backward ? 'after' : 'before');
    const gapDays = (backward ? from.ms - endMs : endMs - from.ms) / 86400000;
    if (gapDays < 0) continue;
    const per = DAYS_PER[unit]!;
    const want = n * per;
    const slack = SLACK_DAYS[unit]!;
    let fits = gapDays >= want - slack / 2 && gapDays <= want + slack;
    if (mod === 'MORE') fits = gapDays >= want - slack / 2 && gapDays <= want + per + slack;
    else if (mod === 'LESS') fits = gapDays <= want + slack / 2 && gapDays >= want - per - slack;
    else if (mod === 'APPROX' || mod === 'LIMIT') fits = Math.abs(gapDays - want) <= (per + slack) / 2;
    // an event named sentences back is a looser pairing: it must fit closely ("15 days after the deal" against another day the deal was in the news)
    if (far && fits && (mod === undefined || mod === 'APPROX' || mod === 'LIMIT') && Math.abs(gapDays - want) > slack / 2) fits = false;
    // a bound, a far-off named event, or a date counted back: the pairing or the count is loose, so only agreement is told
    if (!fits && (mod !== undefined || far || backward)) continue;
    // against the report's date: the offset landing after the report is a contradiction for a past event; an earlier one is not
    const lateForReport = !event && gapDays < want - slack / 2 && !FUTURE_RE.test(text.slice(sent[0], sent[1]));
    if (!fits && (!event && !lateForReport)) continue;
    // a start date past a clause break may be the main clause's, the day the offset lands on ("11 weeks after he
    // outraged Muslims, the pope prayed Thursday"): then only agreement is told, never a mismatch
    if (!fits && CLAUSE_BREAK_RE.test(text.slice(phraseEnd, from.t.start))) continue;
    const endLabel = event ? `the stated ${event.t.value}` : `the report's date ${(anchor as string).slice(0, 10)}`;
    const fromLabel = new Date(from.ms).toISOString().slice(0, 10);
    const stated = `${modWord ? `${modWord.toLowerCase()} ` : ''}${n} ${unit}${n === 1 ? '' : 's'}${unit === 'day' ? '' : ` ≈ ${Math.round(want)} days`}`;
    out.push(ruled({
      kind: 'DATE_ARITHMETIC', status: fits ? 'CONSISTENT' : 'INCONSISTENT',
      refs: [{ start: m.index, end: phraseEnd, text: m[0] }, { time: from.i }, ...(event ? [{ time: event.i }] : [])],
      detail: backward
        ? `${endLabel.replace(/^the stated /, '')} to ${fromLabel} = ${Math.round(gapDays)} days; stated "${m[0]}" (${stated})`
        : `${fromLabel} to ${endLabel} = ${Math.round(gapDays)} days; stated "${m[0]}" (${stated})${fits ? '' : event ? ', which does not fit' : ', which would fall after the report'}`,
    }, backward ? 'date-arithmetic:units-before-dated' : event ? 'date-arithmetic:units-after-dated' : 'date-arithmetic:units-after'));
  }
  return out;
}

export function dateOffsetChecks(
  text: string, times: readonly TimeExpr[], points: readonly YearPoint[], anchor: string | undefined, sentences: ReadonlyArray<[number, number]>,
): Check[] {
  const pubYear = anchorYear(anchor);
  return [
    ...anniversaryChecks(text, points, anchor, sentences),
    ...yearsAfterChecks(text, points, pubYear, sentences),
    ...unitsAfterChecks(text, times, anchor, sentences),
  ];
}
