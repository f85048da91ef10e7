import type { Check, TimeExpr } from '../../core/types.js';
import { own } from '../quantity/lexicon.js';
import { alt, cues, ORDINAL_WORDS, RECORD_WORDS } from './lexicon.js';
import { countValue } from './numbers.js';
import { ruled } from './rule.js';
import { sentenceIndex, type SentenceSpans } from './sentences.js';
import { dated, type Dated } from './datedTime.js';
import { execAnchored } from './anchored.js';
import { anchorDayMs } from './anchorDate.js';

// Dates a report sets against its own date:
//  - a first or a record "since DATE" ("the first such visit since 2019", "the highest level since March 2008"): the
//    earlier occasion must lie before the report; with "in N years" or "an N-year high" in the sentence, the gap as well;
//  - "N days/weeks ago, on DATE": the date must lie that far before the report;
//  - "now in its 500th day", "day 100 of the war": an ordinal count from a dated start in the sentence or the two
//    before (agreement only: the count may run from another start).

// "since 2019", "since March 2008", "since the 2004 tsunami", "since a magnitude 7.6 quake in September 1999": the
// date right after "since", or closing a short noun phrase after it ("in", "of", "on" before the date); the determiners
// and prepositions are data/lexicon/checks-cues.tsv's SINCE_DETERMINERS and SINCE_PREPS
const SINCE_PHRASE = String.raw`(?:(?:${alt(cues('SINCE_DETERMINERS'))})\s+(?:[A-Za-z0-9.'’-]+\s+){0,6}?(?:${alt(cues('SINCE_PREPS'))})\s+|the\s+)?`;
const RECORD_RE = new RegExp(`\\b(?:${alt(RECORD_WORDS)})\\b[^.;!?]{0,80}?\\bsince\\s+${SINCE_PHRASE}(?:(?:early|late|mid-?)\\s*)?$`, 'i');
const YEAR_COUNT_RE = /\b(?:in|for)\s+(?:(more than|over|nearly|almost|about|some)\s+)?(\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+years\b|\b(\d{1,3}|[a-z]+(?:-[a-z]+)?)-year\s+(?:high|low|record|peak)\b/i;
/** The unit words every AGO_RE match holds (execAnchored runs the pattern only near them). */
const DAY_WEEK_WORD = /day|week/gi;
const AGO_RE = /\b(\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+(days?|weeks?)\s+ago\b/gi;
const DAY_MS = 86400000;
const YEAR_MS = 365.2425 * DAY_MS;


function recordSince(text: string, times: readonly TimeExpr[], anchor: string, sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  const pub = anchorDayMs(anchor);
  times.forEach((t, i) => {
    const d = dated(t, i);
    if (!d) return;
    const s = sentenceIndex(sentences, t.start);
    if (s === -1) return;
    const [sFrom, sTo] = sentences[s]!;
    const lead = text.slice(Math.max(sFrom, t.start - 110), t.start);
    const cue = RECORD_RE.exec(lead);
    if (!cue) return;
    const lo = (pub - d.latest) / YEAR_MS;
    const hi = (pub - d.earliest) / YEAR_MS;
    // a number of years stated with it: "the first … in four years, since 2019", "a 15-year high"
    const sentence = text.slice(sFrom, sTo);
    const yc = YEAR_COUNT_RE.exec(sentence);
    const n = yc ? countValue(yc[2] ?? yc[3]!) : undefined;
    if (n !== undefined && n > 0) {
      const mod = yc![1]?.toLowerCase();
      const ok = mod === 'more than' || mod === 'over' ? hi + 0.5 > n : mod === 'nearly' || mod === 'almost' ? lo - 0.5 < n && hi + 1 >= n : n >= lo - 0.6 && n <= hi + 0.6;
      // the count may be of something else in the sentence: only its agreement is told
      if (ok) {
        out.push(ruled({
          kind: 'DATE_ARITHMETIC', status: 'CONSISTENT', refs: [{ time: i }, { start: sFrom + yc!.index, end: sFrom + yc!.index + yc![0].length, text: yc![0] }],
          detail: `since ${t.value} ("${t.text}") to the report's date ${anchor.slice(0, 10)} = ${Math.max(0, lo).toFixed(1)}–${hi.toFixed(1)} years; stated "${yc![0]}"`,
        }, 'date-arithmetic:record-since-years'));
        return;
      }
    }
    // the previous occasion lies before the report (a "since" date after it is a slip, when its year is written)
    const ok = d.earliest <= pub;
    if (!ok && !/\b(?:1[6-9]|20)\d\d\b/.test(t.text)) return;
    out.push(ruled({
      kind: 'DATE_ARITHMETIC', status: ok ? 'CONSISTENT' : 'INCONSISTENT', refs: [{ time: i }],
      detail: ok
        ? `"${cue[0].trim()} ${t.text}": ${t.value} is ${hi < 1 ? `${Math.round((pub - d.earliest) / DAY_MS)} days` : `${Math.max(0, lo).toFixed(1)}–${hi.toFixed(1)} years`} before the report's date ${anchor.slice(0, 10)}`
        : `"${cue[0].trim()} ${t.text}": ${t.value} is after the report's date ${anchor.slice(0, 10)}`,
    }, 'date-arithmetic:record-since'));
  });
  return out;
}

/** "two weeks ago, on March 1", "on March 1, two weeks ago": the date that far before the report. */
function agoDated(text: string, times: readonly TimeExpr[], anchor: string, sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  const pub = anchorDayMs(anchor);
  AGO_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = execAnchored(AGO_RE, DAY_WEEK_WORD, text)) !== null) {
    const n = countValue(m[1]!);
    if (n === undefined || n <= 0) continue;
    const s = sentenceIndex(sentences, m.index);
    if (s === -1) continue;
    const end = m.index + m[0].length;
    const idx = times.findIndex((t, i) => {
      const d = dated(t, i);
      if (!d || d.earliest !== d.latest) return false;
      const gap = t.start >= end ? text.slice(end, t.start) : t.end <= m!.index ? text.slice(t.end, m!.index) : 'x';
      return /^\s*[,—–(]?\s*(?:on\s+)?$/i.test(gap) || /^\s*,\s*$/.test(gap);
    });
    if (idx === -1) continue;
    const d = dated(times[idx]!, idx)!;
    const days = Math.round((pub - d.earliest) / DAY_MS);
    const week = /^week/i.test(m[2]!);
    const want = week ? n * 7 : n;
    const ok = week ? Math.abs(days - want) <= 3 : Math.abs(days - want) <= 1;
    out.push(ruled({
      kind: 'DATE_ARITHMETIC', status: ok ? 'CONSISTENT' : 'INCONSISTENT', refs: [{ start: m.index, end, text: m[0] }, { time: idx }],
      detail: `${d.t.value} ("${d.t.text}") to the report's date ${anchor.slice(0, 10)} = ${days} days; stated "${m[0]}"${ok ? '' : ', which does not fit'}`,
    }, 'date-arithmetic:ago-dated'));
  }
  return out;
}

// "now in its 500th day", "the 10th month of the war", "on day 100 of the strike"
const NTH_RE = new RegExp(String.raw`\b(?:in\s+(?:its|their|the|his|her)\s+|enters?\s+(?:its|their|the)\s+|entered\s+(?:its|their|the)\s+|marks?\s+(?:the\s+)?|marked\s+(?:the\s+)?)(\d{1,4}(?:st|nd|rd|th)|${Object.keys(ORDINAL_WORDS).filter((w) => !/cent|bicen/.test(w)).join('|')})\s+(day|week|month)\b|\bday\s+(\d{1,4})\s+of\b`, 'gi');
const START_CUE_RE = /\b(?:began|begun|started|starting|since|launched|invaded|invasion|erupted|broke\s+out|outbreak|start|beginning|first)\b[^.;]{0,40}$/i;

function nthCount(text: string, times: readonly TimeExpr[], anchor: string, sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  const pub = anchorDayMs(anchor);
  NTH_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NTH_RE.exec(text)) !== null) {
    const n = m[3] ? Number(m[3]) : /^\d/.test(m[1]!) ? parseInt(m[1]!, 10) : own(ORDINAL_WORDS, m[1]!.toLowerCase());
    const unit = (m[2] ?? 'day').toLowerCase();
    if (n === undefined || !(n >= 2)) continue;
    const s = sentenceIndex(sentences, m.index);
    if (s === -1) continue;
    const from = sentences[Math.max(0, s - 2)]![0];
    const to = sentences[s]![1];
    // the start: a dated beginning in the sentence or the two before
    let start: Dated | undefined;
    times.forEach((t, i) => {
      const d = dated(t, i);
      if (!d || t.start < from || t.end > to || (t.start < m!.index + m![0].length && m!.index < t.end)) return;
      if (unit !== 'month' && d.earliest !== d.latest) return;
      if (!START_CUE_RE.test(text.slice(Math.max(from, t.start - 60), t.start))) return;
      if (d.earliest > pub) return;
      if (!start || Math.abs(t.start - m!.index) < Math.abs(start.t.start - m!.index)) start = d;
    });
    if (!start) continue;
    const days = (pub - start.earliest) / DAY_MS;
    const daysLate = (pub - start.latest) / DAY_MS;
    // the Nth day is day N counting the start as day 1; the report may be a day behind its news
    const ok = unit === 'day' ? Math.abs(days + 1 - n) <= 2
      : unit === 'week' ? days >= 7 * (n - 1) - 3 && days < 7 * n + 3
      : daysLate / 30.4375 >= n - 1 - 0.5 && days / 30.4375 < n + 0.5;
    if (!ok) continue;
    out.push(ruled({
      kind: 'DATE_ARITHMETIC', status: 'CONSISTENT', refs: [{ start: m.index, end: m.index + m[0].length, text: m[0] }, { time: start.i }],
      detail: `${start.t.value} ("${start.t.text}") to the report's date ${anchor.slice(0, 10)} = ${Math.round(days)} days${unit === 'day' ? `, day ${Math.round(days) + 1} counting the first` : unit === 'week' ? ` (week ${Math.floor(days / 7) + 1})` : ` (${(days / 30.4375).toFixed(1)} months)`}; stated "${m[0].trim()}"`,
    }, 'date-arithmetic:nth-count'));
  }
  return out;
}

export function recordChecks(text: string, times: readonly TimeExpr[], anchor: string | undefined, sentences: SentenceSpans): Check[] {
  if (!anchor) return [];
  return [...recordSince(text, times, anchor, sentences), ...agoDated(text, times, anchor, sentences), ...nthCount(text, times, anchor, sentences)];
}
