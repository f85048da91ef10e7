import type { Check, TimeExpr } from '../../core/types.js';
import { MONTHS } from '../time/lexicon.js';
import { countValue, NUM_WORD_SRC, YEAR_WRITTEN_RE } from './numbers.js';
import { type CheckRef, ruled } from './rule.js';
import { firstFrom, indicesIn, overlapFinder, sentenceIndex, type SentenceSpans } from './sentences.js';
import { yearFacts } from './yearFacts.js';
import { governedClause, PRESENT_RE } from './dateOffsets.js';
import { join } from 'node:path';
import { projectRoot } from '../../core/shared.js';
import { readDataRows } from '../../core/data-rows.js';

// "On March 3 the storm hit. Two days later, on March 5, the dam burst"; "Founded in 1998 … Ten years later, in 2008,
// it went public"; "On May 9 … A week earlier, on May 2, …": an offset written with the date it lands on, against the
// date told just before it. The earlier date is the nearest one stated (as precisely as the offset needs) in the
// sentence or the two before; a mismatch is reported only when that date is the one candidate, else only agreement.
// With no date it lands on, "N years later" whose clause is in the present ("The war ended in 1995. Twenty years
// later, the town is still rebuilding") lands on the report's time: the earlier year plus N against the report's year
// (date-arithmetic:later-to-report), a miss only when that year is the one candidate.

const NUM = String.raw`(?:\d{1,3}|${NUM_WORD_SRC}|an?)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?`;
const OFFSET_RE = new RegExp(String.raw`\b(${NUM})\s+(days?|weeks?|months?|years?|decades?)\s+(later|earlier|afterwards?|before that|after that|on)\b`, 'gi');
/** The date the offset lands on, right after it ("…later, on March 5", "…later, in 2008") … */
const LANDS_AFTER_RE = /^\s*,?\s*(?:on|in|at)?\s*(?:the\s+)?$/i;
/** … or right before it ("On March 5, two days later, …"). */
const LANDS_BEFORE_RE = /^\s*,?\s*(?:and\s+)?$/i;
/** … or before it with a bound on the count ("for October 2014, just eight months later"): agreement only. */
const LANDS_BEFORE_BOUND_RE = /^\s*,?\s*(?:and\s+)?(just|only|some|about|around|roughly|nearly|almost|barely|more than|less than|over|under)\s+$/i;
const MONTH_NAME_RE = new RegExp(`\\b(?:${MONTHS.map(([m]) => m).join('|')})\\b`);
const DATE_VALUE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const REACH = 2;
/** How far back a looser pairing may find the earlier date (agreement only). */
const FAR_REACH = 6;
/** Between the offset and a date that ends its clause: a few words, no other clause or event word of its own. */
const LOOSE_LANDS_RE = /^\s*,?\s*(?![^.;:!?]*\b(?:after|before|since|from|until|than|when|while|following|ago|last|previous)\b)[^.;:!?()\d]{1,70}?\s(?:on|in)\s+(?:the\s+)?$/i;

type Unit = 'day' | 'week' | 'month' | 'year' | 'decade';
interface Dated { start: number; end: number; text: string; year: number; month?: number; day?: number; ref?: number }

/** Dates written out in the text (a year, a month, a day): not "yesterday", not the offset's own resolution. */
function writtenDates(text: string, times: readonly TimeExpr[]): Dated[] {
  const out: Dated[] = [];
  times.forEach((t, i) => {
    const m = DATE_VALUE_RE.exec(t.value);
    if (t.type !== 'DATE' || !m || !(/\d/.test(t.text) || MONTH_NAME_RE.test(t.text))) return;
    // "last March" or "March" alone is resolved by the time stage; the year is as sure as the text makes it
    const d: Dated = { start: t.start, end: t.end, text: t.text, year: Number(m[1]), ref: i };
    if (m[2]) d.month = Number(m[2]);
    if (m[3]) d.day = Number(m[3]);
    out.push(d);
  });
  const dated = overlapFinder([...out].sort((a, b) => a.start - b.start));
  for (const p of yearFacts(text, times).points) {
    if (!dated(p)) out.push({ start: p.start, end: p.end, text: p.text, year: p.year });
  }
  return out.sort((a, b) => a.start - b.start);
}

const precise = (d: Dated, unit: Unit) => (unit === 'day' || unit === 'week' ? d.day !== undefined : unit === 'month' ? d.month !== undefined : true);
const dayMs = (d: Dated) => Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1);
const label = (d: Dated) => `${d.year}${d.month !== undefined ? `-${String(d.month).padStart(2, '0')}` : ''}${d.day !== undefined ? `-${String(d.day).padStart(2, '0')}` : ''}`;

/** Whether `to` lies n units after `from` (as precisely as the dates are written), and the gap in words. */
function gap(from: Dated, to: Dated, n: number, unit: Unit): { ok: boolean; said: string } {
  if (unit === 'day' || unit === 'week') {
    const days = Math.round((dayMs(to) - dayMs(from)) / 86400000);
    const want = unit === 'day' ? n : n * 7;
    return { ok: Math.abs(days - want) <= (unit === 'day' ? 1 : 3), said: `${days} days` };
  }
  if (unit === 'month') {
    // "in 1998 … six months later, in March 1999": a date told by its year alone spans its twelve months
    if (from.month === undefined || to.month === undefined) {
      const years = (to.year - from.year) * 12;
      const lo = years + (to.month ?? 1) - (from.month ?? 12);
      const hi = years + (to.month ?? 12) - (from.month ?? 1);
      return { ok: lo <= n && n <= hi, said: `${Math.max(0, lo)}–${hi} months` };
    }
    if (from.day !== undefined && to.day !== undefined) {
      const days = (dayMs(to) - dayMs(from)) / 86400000;
      return { ok: Math.abs(days - n * 30.44) <= 16, said: `${Math.round(days)} days (${(days / 30.44).toFixed(1)} months)` };
    }
    const months = (to.year - from.year) * 12 + ((to.month ?? 1) - (from.month ?? 1));
    return { ok: months === n, said: `${months} months` };
  }
  const years = to.year - from.year;
  const want = unit === 'year' ? n : n * 10;
  const slack = unit === 'decade' ? 2 : from.month !== undefined && to.month !== undefined && Math.abs(((to.year - from.year) * 12 + to.month - from.month) - want * 12) <= 6 ? 1 : 0;
  return { ok: Math.abs(years - want) <= slack, said: `${years} years` };
}

export function laterChecks(text: string, times: readonly TimeExpr[], sentences: SentenceSpans, anchorDate?: string): Check[] {
  const pubYear = anchorDate ? Number(anchorDate.slice(0, 4)) : undefined;
  const out: Check[] = [];
  const dates = writtenDates(text, times);
  OFFSET_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OFFSET_RE.exec(text)) !== null) {
    const n = countValue(m[1]!);
    if (n === undefined || n <= 0) continue;
    const unit = m[2]!.toLowerCase().replace(/s$/, '') as Unit;
    const earlier = /^(?:earlier|before)/i.test(m[3]!);
    const s = sentenceIndex(sentences, m.index);
    if (s === -1) continue;
    const [sFrom, sTo] = sentences[s]!;
    const pStart = m.index;
    const pEnd = m.index + m[0].length;
    const windowStart = sentences[Math.max(0, s - REACH)]![0];
    // the dates of the sentence and the REACH before it (a binary search, not a scan of the document's dates)
    const cands = indicesIn(dates, windowStart, sTo).map((k) => dates[k]!).filter((d) => precise(d, unit) && !(d.start < pEnd && pStart < d.end));
    // the date the offset lands on, in apposition
    let lands = cands.find((d) => d.start >= pEnd && d.end <= sTo && LANDS_AFTER_RE.test(text.slice(pEnd, d.start)))
      ?? cands.find((d) => d.end <= pStart && d.start >= sFrom && LANDS_BEFORE_RE.test(text.slice(d.end, pStart)));
    // a bound between the landing date and the count: the count is loose, so only agreement (a unit either way) is told
    let bound: string | undefined;
    if (!lands) {
      lands = cands.find((d) => d.end <= pStart && d.start >= sFrom && LANDS_BEFORE_BOUND_RE.test(text.slice(d.end, pStart)));
      if (lands) bound = LANDS_BEFORE_BOUND_RE.exec(text.slice(lands.end, pStart))![1]!.toLowerCase();
    }
    // "Three months later, fighting resumed in January 2024": the date ends the clause the offset opens; a looser
    // pairing (the date may belong to another event), so only agreement is reported
    let loose = false;
    if (!lands) {
      const k = firstFrom(dates, pEnd);
      const next = k < dates.length && dates[k]!.end <= sTo ? dates[k] : undefined;
      if (next && precise(next, unit) && LOOSE_LANDS_RE.test(text.slice(pEnd, next.start))) { lands = next; loose = true; }
    }
    if (!lands) {
      const c = pubYear === undefined ? undefined : laterToReport(text, sentences, s, m, n, unit, earlier, cands, pubYear);
      if (c) out.push(c);
      continue;
    }
    const before = cands.filter((d) => d !== lands && d.end <= Math.min(pStart, lands.start) && d.start >= windowStart);
    let base = before[before.length - 1];
    // no earlier date as precise as the offset in reach: the nearest one up to FAR_REACH sentences back, or one told by
    // its year alone for a count of months ("in 1998 … six months later, in March 1999"): a looser pairing, agreement only
    let far = false;
    if (!base) {
      const farStart = sentences[Math.max(0, s - FAR_REACH)]![0];
      const loose = indicesIn(dates, farStart, sTo).map((k) => dates[k]!)
        .filter((d) => d !== lands && d.end <= Math.min(pStart, lands!.start) && !(d.start < pEnd && pStart < d.end) &&
          (precise(d, unit) || (unit === 'month' && d.month === undefined && d.day === undefined)));
      base = loose[loose.length - 1];
      far = true;
    }
    if (!base) continue;
    let [from, to] = earlier ? [lands, base] : [base, lands];
    let g = gap(from, to, n, unit);
    // "On December 30 … three days later, on January 2", "in May 2022 … in November, six months later": a date whose
    // year the text does not write is read as the first of its kind after (or, for the earlier one, before) the other
    // date, not as the time stage's guess against the report's date
    if (unit !== 'year' && unit !== 'decade' && !(YEAR_WRITTEN_RE.test(from.text) && YEAR_WRITTEN_RE.test(to.text))) {
      if (!YEAR_WRITTEN_RE.test(to.text)) {
        const t2 = { ...to, year: from.year };
        if (dayMs(t2) < dayMs(from)) t2.year += 1;
        to = t2;
      } else {
        const f2 = { ...from, year: to.year };
        if (dayMs(f2) > dayMs(to)) f2.year -= 1;
        from = f2;
      }
      g = gap(from, to, n, unit);
    }
    if (bound && !g.ok) {
      // "more than eight months" may be nine, "nearly eight" seven; "about", "some", "just" either
      const up = !/^(?:nearly|almost|barely|less than|under)$/.test(bound);
      const down = !/^(?:more than|over)$/.test(bound);
      const alt = [...(up ? [n + 1] : []), ...(down && n > 1 ? [n - 1] : [])].map((k) => gap(from, to, k, unit)).find((x) => x.ok);
      if (!alt) continue;
      g = { ok: true, said: alt.said };
    }
    if ((loose || far) && !g.ok) continue;
    // a mismatch counts only when the earlier date has no rival in the sentence and the one before it
    const near = before.filter((d) => d.start >= sentences[Math.max(0, s - 1)]![0]);
    if (!g.ok && (near.length !== 1 || near[0] !== base)) continue;
    const refs: CheckRef[] = [{ start: pStart, end: pEnd, text: m[0] }];
    for (const d of [base, lands]) refs.push(d.ref !== undefined ? { time: d.ref } : { start: d.start, end: d.end, text: d.text });
    out.push(ruled({
      kind: 'DATE_ARITHMETIC', status: g.ok ? 'CONSISTENT' : 'INCONSISTENT', refs,
      detail: `${label(from)} ("${from.text}") to ${label(to)} ("${to.text}") = ${g.said}; stated "${bound ? `${bound} ` : ''}${m[0]}" (${bound ? `${bound} ` : ''}${n} ${unit}${n === 1 ? '' : 's'})${g.ok ? '' : ', which does not fit'}`,
    }, loose || far ? 'date-arithmetic:offset-landing-loose' : 'date-arithmetic:offset-landing'));
  }
  return out;
}

/** data/lexicon/checks-clause-tense-verbs.tsv: finite verbs of the present ("is", "remains") and irregular pasts ("made"). */
const TENSE_ROWS = readDataRows(join(projectRoot, 'data', 'lexicon', 'checks-clause-tense-verbs.tsv'));
const PRESENT_VERBS = new Set(TENSE_ROWS.filter((r) => r[1] === 'PRESENT').map((r) => r[0]!.toLowerCase()));
const PAST_VERBS = new Set(TENSE_ROWS.filter((r) => r[1] === 'PAST').map((r) => r[0]!.toLowerCase()));
/** Whether a clause holds a present finite verb and a past one (a listed irregular past or a word in -ed). */
function clauseTense(clause: string): { present: boolean; past: boolean } {
  const words = clause.toLowerCase().match(/\p{L}+/gu) ?? [];
  return { present: words.some((w) => PRESENT_VERBS.has(w)), past: words.some((w) => PAST_VERBS.has(w) || /^[a-z]{3,}ed$/.test(w)) };
}

/**
 * "Twenty years later, the town is still rebuilding": years (or decades) later with no date they land on, told in the
 * present, run to the report's time. The earlier year is the nearest year-precise date before the offset in its
 * sentence or the two before; base + N within a year of the report's year (two for decades) is CONSISTENT, a miss is
 * told only when that date is the one of the sentence and the one before.
 */
function laterToReport(text: string, sentences: SentenceSpans, s: number, m: RegExpExecArray, n: number, unit: Unit, earlier: boolean,
  cands: readonly Dated[], pubYear: number): Check | undefined {
  if (earlier || (unit !== 'year' && unit !== 'decade') || !/^later$/i.test(m[3]!)) return undefined;
  const sent = sentences[s]!;
  const pStart = m.index;
  const pEnd = m.index + m[0].length;
  const clause = governedClause(text, sent, pStart, pEnd);
  if (!PRESENT_RE.test(clause)) return undefined;
  // code review r1, finding 1: "still", "now" or a noun ("his mark") is no present tense. A clause with no finite verb
  // ("still childless") is read with the rest of its sentence ("…, they adopted a boy"); one told in the past with no
  // present verb is no claim about the report's time, and only a present finite verb may tell a miss
  const t0 = clauseTense(clause);
  const tense = t0.present || t0.past ? t0 : clauseTense(text.slice(pEnd, sent[1]));
  if (tense.past && !tense.present) return undefined;
  // another date of the clause after the offset may be the one it lands on ("… later, the plant, closed in 2019, is …")
  if (cands.some((d) => d.start >= pEnd && d.end <= sent[1])) return undefined;
  const before = cands.filter((d) => d.end <= pStart && d.year < pubYear);
  const base = before[before.length - 1];
  if (!base) return undefined;
  const want = unit === 'decade' ? n * 10 : n;
  const years = pubYear - base.year;
  const ok = Math.abs(years - want) <= (unit === 'decade' ? 2 : 1);
  const near = before.filter((d) => d.start >= sentences[Math.max(0, s - 1)]![0]);
  if (!ok && (near.length !== 1 || near[0] !== base || !tense.present)) return undefined;
  const refs: CheckRef[] = [{ start: pStart, end: pEnd, text: m[0] }, base.ref !== undefined ? { time: base.ref } : { start: base.start, end: base.end, text: base.text }];
  return ruled({
    kind: 'DATE_ARITHMETIC', status: ok ? 'CONSISTENT' : 'INCONSISTENT', refs,
    detail: `${base.year} ("${base.text}") + ${m[0]}, told in the present, against the report's year ${pubYear}: ${years} years${ok ? '' : ', which does not fit'}`,
  }, 'date-arithmetic:later-to-report');
}
