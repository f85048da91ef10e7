import { join } from 'node:path';
import type { Check, TimeExpr } from '../../core/types.js';
import { projectRoot } from '../../core/shared.js';
import { readDataRows } from '../../core/data-rows.js';
import { countValue, NUM_WORD_SRC } from './numbers.js';
import { ruled } from './rule.js';
import { spanModKind, spanModSrc } from './spanMods.js';
import { sentenceIndex, type SentenceSpans } from './sentences.js';
import { dated } from './datedTime.js';
import { allMatches, phrasePattern } from '../../core/regex.js';
import { anchorDayMs } from './anchorDate.js';

// DATE_ARITHMETIC between a length and a past date of the same sentence, run up to the report's date:
//  - years: "the most powerful earthquake in over 80 years, matching the 1939 Erzincan earthquake" (2023),
//    "stored for six years, since it was unloaded in 2014" (2020), "a wait that stretched back 36 years, to … 1986";
//  - days and weeks: "Launched on May 3, Chang'e-6 completed its 53-day mission" (June 25), "the 204 days since".
// The length may count something else that happens to fit (a term, a sentence), so only agreement is reported; a
// length that looks ahead ("the next 30 years", "within five years") or back from another time ("ago", "later") is
// left to the tighter rules. A year after a word of ending ("retired in 2014", "was released in 2014") is where
// something stopped, not where a span up to the report starts; a year of the next or previous sentence is paired only
// with a length still running ("has lasted", "for the past") and only where the year starts something ("cut ties …
// in 2016", "founded in 1994"); "the worst in ten years" counts back from a year told after it, not before it.

const LEX = join(projectRoot, 'data', 'lexicon');
const MOD_SRC = spanModSrc(['MORE', 'LESS', 'APPROX']);
const AHEAD_SRC = readDataRows(join(LEX, 'checks-span-ahead.txt')).map((r) => r[0]!.toLowerCase()).join('|');
type Bound = 'MORE' | 'LESS' | 'APPROX' | undefined;
const FIXED_SRC = readDataRows(join(LEX, 'checks-fixed-lengths.txt')).map((r) => r[0]!.toLowerCase()).join('|');
/** After a length: a length fixed in advance ("a four-year term", "a 30-day ban"), not the time since a date. */
const FIXED_AFTER_RE = new RegExp(String.raw`^(?:\s+[\p{Ll}-]+)?\s+(?:${FIXED_SRC})s?\b`, 'iu');

const cues = (f: string) => readDataRows(join(LEX, f)).map((r) => phrasePattern(r[0]!.toLowerCase())).join('|');
/** Before a year: it ends something ("retired in 2014", "before that, in 2014"). */
const END_BEFORE_RE = new RegExp(String.raw`\b(?:${cues('checks-span-ends.txt')})\b[^.;!?]{0,25}$`, 'i');
/** Before a year: it starts something ("cut ties with Tehran in 2016", "since 2010"). */
const START_BEFORE_RE = new RegExp(String.raw`\b(?:${cues('checks-span-starts.txt')})\b[^.;!?]{0,50}$`, 'i');
/** In a length's sentence up to the length: it still runs ("has lasted seven years", "for the past decade"). */
const ONGOING_RE = new RegExp(String.raw`\b(?:${cues('checks-span-ongoing.txt')})\b|\b(?:has|have)\s+(?:(?:\p{L}+ly|not|never|now|already|also|long)\s+)?(?:\p{L}+ed|been|given|run|gone|done|seen|taken|held|kept|led|spent|grown|known|fought|stood)\b`, 'iu');
/** Before a length: a record counted back from a year told after it ("the worst in ten years", "the first in a decade"). */
const RECORD_BEFORE_RE = /\b(?:\p{L}+est|first|most\s+\p{L}+|best|worst|last)\s+(?:\p{L}+\s+){0,2}?(?:in|for)\s+$/iu;
/** Before a length: ages listed ("two children aged 8 and 10 years", "aged 5, 7 and 9 years"). */
const AGES_BEFORE_RE = /\b(?:aged|ages(?:\s+of)?)\s+(?:[\w-]+,?\s+(?:and\s+|or\s+|to\s+)?){1,4}$/i;
const NOT_SPAN_AFTER = String.raw`(?!-old|\s+(?:${cues('checks-span-not-after.txt')})\b|['’]s?\s+time\b)`;
const YEAR_LEN_RE = new RegExp(String.raw`\b(?:(${MOD_SRC})\s+)?(\d{1,3}|${NUM_WORD_SRC}|half\s+a|an?)(?:\s+|-)(years?|decades?|century|centuries)\b${NOT_SPAN_AFTER}`, 'gi');
const DAY_LEN_RE = new RegExp(String.raw`\b(?:(${MOD_SRC})\s+)?(\d{1,3}|${NUM_WORD_SRC})(?:\s+|-)(days?|weeks?)\b${NOT_SPAN_AFTER}`, 'gi');
/** Before a length: it is no span up to the report ("the next 30 years", "aged 40 years", "once a decade", "sentenced to"). */
const NOT_SPAN_BEFORE_RE = new RegExp(String.raw`\b(?:${AHEAD_SRC}|${cues('checks-span-not-before.txt')})\s+(?:the\s+)?$`, 'i');
const YEAR_RE = /(?<![\d.,$£€#-])\b((?:1[89]|20)\d\d)\b(?![\d%]|s\b|\s*(?:people|persons|troops|soldiers|votes|seats|km|miles|metres|meters|feet)\b)/g;
const DAY_MS = 86400000;
/** Before a length paired with a year of the next or previous sentence: a verb or preposition of lasting. */
/** A bound word ending the text before a length ('more than'), set aside before the cue tests. */
const MOD_TAIL_RE = new RegExp(`(?:${MOD_SRC})\\s+$`, 'i');
const LASTING_BEFORE_RE = new RegExp(String.raw`\b(?:${cues('checks-span-lasting.txt')})\s+$`, 'i');
/** Before a length: it ends with the news ("ending a 28-year wait", "bringing to an end more than six decades of"). */
const ENDING_BEFORE_RE = new RegExp(String.raw`\b(?:${cues('checks-span-ending.txt')})\s+(?:an?\s+|the\s+|\p{L}+['’]s\s+)?$`, 'iu');
/** Before a year: the last time of what a length ending with the news counts from ("the last title was the 1993 cup"). */
const LAST_BEFORE_RE = /\blast\b[^.;!?]{0,40}$/i;
/** The shortest length (in years) the news ends that is paired with a year told anywhere in the report. */
const FAR_MIN_YEARS = 10;
const AFTER_RE = /^\s+(?:after|since)\b(?!\s*(?:[.,;:)–—]|$))/i;

/** How far a length may stray from the arithmetic: below and above it unmodified, over it for MORE ("more than six
 * decades": up to a decade over), under it for LESS, either side for APPROX. */
export interface Slack { below: number; above: number; more: number; less: number; approx: number }
export const YEAR_SLACK = (L: number): Slack => ({ below: -1, above: -1, more: Math.max(2, L * 0.25), less: Math.max(2, L * 0.15), approx: Math.max(1, L * 0.1) });
export const DECADE_SLACK: Slack = { below: 2, above: 8, more: 10, less: 5, approx: 3 };
export const CENTURY_SLACK = (L: number): Slack => ({ below: 4, above: 8, more: L / 2, less: L / 4, approx: L / 10 });
const DAY_SLACK = (L: number): Slack => ({ below: 0, above: 0, more: Math.max(2, L * 0.25), less: Math.max(2, L * 0.15), approx: Math.max(1, L * 0.1) });
const WEEK_SLACK = (L: number): Slack => ({ below: 2, above: 2, more: Math.max(7, L * 0.25), less: Math.max(4, L * 0.15), approx: Math.max(4, L * 0.1) });

/** Whether a length `L` agrees with a span known to lie in [lo, hi], as bounded by `mod`. */
export function agrees(L: number, lo: number, hi: number, mod: Bound, sl: Slack): boolean {
  if (mod === 'MORE') return L < hi && lo <= L + sl.more;
  if (mod === 'LESS') return L > lo && hi >= L - sl.less;
  if (mod === 'APPROX') return lo <= L + sl.approx && hi >= L - sl.approx;
  return lo <= L + sl.above && hi >= L - sl.below;
}

function lengthOf(m: RegExpMatchArray): { n: number; unit: string; mod: Bound } | undefined {
  const w = m[2]!.toLowerCase().replace(/\s+/g, ' ');
  const n = w === 'half a' ? 0.5 : countValue(w);
  if (n === undefined || n <= 0) return undefined;
  return { n, unit: m[3]!.toLowerCase().replace(/s$/, '').replace(/ie$/, 'y'), mod: m[1] ? spanModKind(m[1]) as Bound : undefined };
}

/** Just before a day: "since" brings the span up to the report ("since November 26 last year"). */
const SINCE_BEFORE_RE = /\bsince\s+(?:the\s+)?$/i;
/** After the count of "since DAY, N days in all": it closes the clause (checks-span-count-closers.txt). */
const COUNT_CLOSE_RE = new RegExp(String.raw`^\s*(?:${cues('checks-span-count-closers.txt')})?\s*(?:[.,;:)]|$)`, 'i');
/** In a "since DAY, N days in all" sentence: a present or present-perfect verb runs the span up to the report ("have
 * camped"); the past perfect or a clause of a later end ("had camped", "before the law was repealed", "when … in March")
 * ends it earlier. */
const PRESENT_VERB_RE = new RegExp(String.raw`\b(?:${cues('checks-span-present-verbs.txt')})\b`, 'i');
const PAST_END_RE = new RegExp(String.raw`\b(?:${cues('checks-span-past-end-cues.txt')})\b`, 'iu');

export function reportSpanChecks(text: string, times: readonly TimeExpr[], anchor: string | undefined, sentences: SentenceSpans): Check[] {
  const pubMs = anchorDayMs(anchor);
  if (Number.isNaN(pubMs)) return [];
  const pubYear = new Date(pubMs).getUTCFullYear();
  const out: Check[] = [];
  const daysBySentence = new Map<number, Array<{ start: number; end: number; text: string; ms: number; label: string }>>();
  times.forEach((t, i) => {
    const d = dated(t, i);
    if (!d || d.earliest !== d.latest || d.earliest >= pubMs || !/\d/.test(t.text)) return;
    const s = sentenceIndex(sentences, t.start);
    if (s < 0) return;
    daysBySentence.set(s, [...(daysBySentence.get(s) ?? []), { start: t.start, end: t.end, text: t.text, ms: d.earliest, label: d.label }]);
  });
  const yearsOf = (a: number, b: number) => allMatches(YEAR_RE, text.slice(a, b))
    .map((y) => ({ start: a + y.index!, end: a + y.index! + 4, text: y[1]!, year: Number(y[1]) }))
    .filter((y) => y.year < pubYear && !END_BEFORE_RE.test(text.slice(Math.max(a, y.start - 40), y.start)));
  // the report's years told as a start or a last time, read once per report (not per sentence: quadratic on long reports)
  let startYears: ReturnType<typeof yearsOf> | undefined;
  const reportStartYears = () => (startYears ??= yearsOf(0, text.length).filter((y) => {
    const before = text.slice(Math.max(0, y.start - 70), y.start);
    return START_BEFORE_RE.test(before) || LAST_BEFORE_RE.test(before);
  }));
  sentences.forEach(([from, to], s) => {
    const st = text.slice(from, to);
    const spanRef = (m: RegExpMatchArray) => ({ start: from + m.index!, end: from + m.index! + m[0].length, text: m[0] });
    const spanOk = (m: RegExpMatchArray) => !NOT_SPAN_BEFORE_RE.test(text.slice(Math.max(from, from + m.index! - 24), from + m.index!))
      && !AGES_BEFORE_RE.test(text.slice(Math.max(from, from + m.index! - 40), from + m.index!))
      && !FIXED_AFTER_RE.test(st.slice(m.index! + m[0].length, m.index! + m[0].length + 40));
    // "on July 2, nine days after they vanished": a date before "N days after" is where the length ends, not where it
    // starts; the start of an "after"/"since" length is told after it
    const startOk = (m: RegExpMatchArray, p: { start: number }) => !AFTER_RE.test(st.slice(m.index! + m[0].length)) || p.start > from + m.index!;
    if (/\b(?:years?|decades?|century|centuries)\b/i.test(st)) {
      let years = yearsOf(from, to);
      // no year in the sentence: the one year of the sentences on either side, for a length told as lasting ("a
      // rupture that has lasted seven years. Riyadh cut ties with Tehran in 2016"); "near" marks the pairing
      let near = false;
      // (a length that ends with the news may count from the last time told: "the last title was the 1993 cup")
      let nearLastOnly = false;
      if (years.length === 0) {
        const around = [sentences[s - 1], sentences[s + 1]].flatMap((x) => (x ? yearsOf(x[0], x[1]) : []));
        const before = around.length === 1 ? text.slice(Math.max(0, around[0]!.start - 70), around[0]!.start) : '';
        if (around.length === 1 && START_BEFORE_RE.test(before)) { years = around; near = true; }
        else if (around.length === 1 && LAST_BEFORE_RE.test(before)) { years = around; near = true; nearLastOnly = true; }
      }
      // none around either: for a long length the news ends ("ending a 28-year wait"), the years of the whole report
      // told as a start or a last time ("Its last major trophy was the 1993 cup", paragraphs later), used only when
      // exactly one of them agrees
      let far = false;
      // (only for a length the news ends: the years from afar serve no other)
      if (years.length === 0 && allMatches(YEAR_LEN_RE, st).some((m) => ENDING_BEFORE_RE.test(text.slice(Math.max(from, from + m.index! - 30), from + m.index!).replace(MOD_TAIL_RE, '')))) {
        years = reportStartYears().filter((y) => y.start < from || y.start >= to);
        far = years.length > 0;
      }
      if (years.length > 0) {
        for (const m of allMatches(YEAR_LEN_RE, st)) {
          const len = lengthOf(m);
          if (!len || !spanOk(m)) continue;
          const lead = text.slice(Math.max(from, from + m.index! - 30), from + m.index!).replace(MOD_TAIL_RE, '');
          // a length of the next or previous sentence's year: one told as lasting and still running, or one the news ends
          const ending = ENDING_BEFORE_RE.test(lead);
          if (far && !ending) continue;
          if (near && !ending && (nearLastOnly || !LASTING_BEFORE_RE.test(lead) || !ONGOING_RE.test(text.slice(from, from + m.index! + m[0].length)))) continue;
          const record = RECORD_BEFORE_RE.test(text.slice(Math.max(from, from + m.index! - 40), from + m.index!).replace(MOD_TAIL_RE, ''));
          // "a year", "two years" without a modifier are too common to pair loosely: lengths of two years and more
          if (len.unit === 'year' && (len.n < 2 || !Number.isInteger(len.n))) continue;
          const per = len.unit === 'decade' ? 10 : len.unit === 'century' ? 100 : 1;
          const L = len.n * per;
          const sl = per === 1 ? YEAR_SLACK(L) : per === 10 ? DECADE_SLACK : CENTURY_SLACK(L);
          const fits = years.filter((p) => startOk(m, p) && (!record || p.start > from + m.index!) && !(p.start >= from + m.index! && p.end <= from + m.index! + m[0].length) && agrees(L, pubYear - p.year - 1, pubYear - p.year + 1, len.mod, sl));
          // (from afar: a long length, and one year only that fits it)
          if (far && (L < FAR_MIN_YEARS || new Set(fits.map((p) => p.year)).size !== 1)) continue;
          const y = fits[0];
          if (!y) continue;
          out.push(ruled({
            kind: 'DATE_ARITHMETIC', status: 'CONSISTENT', refs: [spanRef(m), { start: y.start, end: y.end, text: y.text }],
            detail: `${y.text} to the report's date (${anchor!.slice(0, 10)}) = ${pubYear - y.year} years; stated "${m[0]}"`,
          }, far ? 'date-arithmetic:span-to-report-far' : near ? 'date-arithmetic:span-to-report-near' : 'date-arithmetic:span-to-report'));
        }
      }
    }
    const days = daysBySentence.get(s);
    if (days && /\b(?:days?|weeks?)\b/i.test(st)) {
      for (const m of allMatches(DAY_LEN_RE, st)) {
        const len = lengthOf(m);
        if (!len || !spanOk(m) || (len.unit === 'day' && len.n < 3)) continue;
        const L = len.n * (len.unit === 'week' ? 7 : 1);
        const d = days.find((p) => {
          if (!startOk(m, p)) return false;
          const diff = Math.round((pubMs - p.ms) / DAY_MS);
          // the report may come out the day after its news, and a span may count both ends
          return agrees(L, diff - 1, diff + 1, len.mod, len.unit === 'week' ? WEEK_SLACK(L) : DAY_SLACK(L));
        });
        if (!d) {
          // "camped at the borders since November 26 last year, 351 days in all": an exact count of days set off by a
          // comma right after the day it runs from, which "since" brings up to the report; a count more than two days
          // from the report's date (one for a report a day late, one for counting both ends) contradicts it
          // (the one day of the sentence: another may be where the span ends, "by December 16 they had camped …")
          const tied = len.mod === undefined && len.unit === 'day' && days.length === 1 && days.find((p) => p.end <= from + m.index!
            && SINCE_BEFORE_RE.test(text.slice(Math.max(from, p.start - 12), p.start)) && /^\s*,\s*$/.test(text.slice(p.end, from + m.index!)));
          // (the count closes the clause: not "since January 5, 12 days of strikes", which need not run on end to end)
          // (the span runs up to the report: a present verb, and no past perfect or later end: "had camped", "before …")
          if (!tied || !PRESENT_VERB_RE.test(st) || PAST_END_RE.test(st)) continue;
          if (!COUNT_CLOSE_RE.test(st.slice(m.index! + m[0].length))) continue;
          const diff = Math.round((pubMs - tied.ms) / DAY_MS);
          if (Math.abs(L - diff) <= 2) continue;
          out.push(ruled({
            kind: 'DATE_ARITHMETIC', status: 'INCONSISTENT', refs: [spanRef(m), { start: tied.start, end: tied.end, text: tied.text }],
            detail: `since ${tied.label} to the report's date (${anchor!.slice(0, 10)}) = ${diff} days; stated "${m[0]}"`,
          }, 'date-arithmetic:days-to-report'));
          continue;
        }
        out.push(ruled({
          kind: 'DATE_ARITHMETIC', status: 'CONSISTENT', refs: [spanRef(m), { start: d.start, end: d.end, text: d.text }],
          detail: `${d.label} to the report's date (${anchor!.slice(0, 10)}) = ${Math.round((pubMs - d.ms) / DAY_MS)} days; stated "${m[0]}"`,
        }, 'date-arithmetic:days-to-report'));
      }
    }
  });
  return out;
}
