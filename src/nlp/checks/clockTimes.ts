import { join } from 'node:path';
import { readDataRows } from '../../core/data-rows.js';
import { projectRoot } from '../../core/shared.js';
import type { Check } from '../../core/types.js';
import { alt, HOUR_WORDS, ZONE_OFFSETS } from './lexicon.js';
import { countValue, NUM_WORD_SRC } from './numbers.js';
import { type CheckRef, ruled } from './rule.js';
import { sentenceIndex, type SentenceSpans } from './sentences.js';
import { escapeRegExp } from '../../core/regex.js';
import { WEEKDAY } from '../time/patterns.js';

// DATE_ARITHMETIC on times of day, read from the text:
//  - a time given in two zones: "10:00 GMT (15:30 IST)", "9:30 a.m. EDT (1330 GMT)", "19:00 CET, or 18:00 GMT";
//    the clock difference must be the zones' difference (any reading of an abbreviation that names several zones);
//  - a local time and its conversion: "3:07 a.m. local time (0107 GMT)", "at 10 a.m. (0700 GMT)": the offset it implies
//    must be one the place's clocks show (data/lexicon/utc-offsets.tsv, a place named in the sentence, else in the
//    report); with no such place the check stays open (UNVERIFIABLE), never a contradiction;
//  - a clock interval and its stated length: "from 9am to 5pm, eight hours", "the curfew, from 10 p.m. to 6 a.m.,
//    lasts eight hours", "a 12-hour window between 7 a.m. and 7 p.m.". A length right beside its interval is
//    decided either way; one elsewhere in the sentence only when it agrees.

const ZONE_SRC = Object.keys(ZONE_OFFSETS).sort((a, b) => b.length - a.length).join('|');
const AMPM_SRC = String.raw`(?:a\.m\.?|p\.m\.?|am|pm|AM|PM|A\.M\.?|P\.M\.?)`;
// one time of day: "9am", "9:30 p.m.", "21:00", "0900 GMT" (four digits only with a zone), "noon", "midnight"
export const TIME_SRC = String.raw`(?:(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*${AMPM_SRC}(?![A-Za-z])|(?:[01]?\d|2[0-3])(?::[0-5]\d(?![\d:.])|\.[0-5]\d(?=\s*(?:hours|hrs|h)\b|\s+(?:${ZONE_SRC})\b))(?:\s*(?:hours|hrs|h)\b)?|(?:[01]\d|2[0-3])[0-5]\d(?=\s+(?:${ZONE_SRC}|hours|hrs)\b)(?:\s+(?:hours|hrs)\b)?|noon|midnight|midday)`;
export const ZONED_SRC = String.raw`(${TIME_SRC})(?:\s+(${ZONE_SRC}|local\s+time)\b)?`;

/** Minutes after midnight of a time of day as written; undefined when it is none. */
export function clockMinutes(s: string): number | undefined {
  const t = s.trim().toLowerCase();
  if (t === 'noon' || t === 'midday') return 720;
  if (t === 'midnight') return 0;
  let m = /^(\d{1,2})(?:[:.](\d\d))?\s*([ap])\.?m\.?$/.exec(t);
  if (m) {
    let h = +m[1]!;
    if (h < 1 || h > 12) return undefined;
    if (m[3] === 'p' && h < 12) h += 12;
    if (m[3] === 'a' && h === 12) h = 0;
    return h * 60 + (m[2] ? +m[2] : 0);
  }
  m = /^(\d{1,2})[:.]?(\d\d)(?:\s*(?:hours|hrs|h))?$/.exec(t);
  if (m && +m[1]! <= 23 && +m[2]! <= 59) return +m[1]! * 60 + +m[2]!;
  return undefined;
}

/** Minutes folded into one day. */
export const mod1440 = (x: number): number => ((x % 1440) + 1440) % 1440;
/** Minutes of the day as "HH:MM". */
export const hhmm = (x: number): string => `${String(Math.floor(x / 60)).padStart(2, '0')}:${String(x % 60).padStart(2, '0')}`;
const span = (start: number, s: string): CheckRef => ({ start, end: start + s.length, text: s });

// "10:00 GMT (15:30 IST)", "9:30 a.m. EDT (1330 GMT)", "19:00 CET, or 18:00 GMT", "7 p.m. ET/4 p.m. PT"
const CONVERSION_RE = new RegExp(String.raw`(?<![\d:.,$£€])${ZONED_SRC}\s*(?:\(\s*|,\s*or\s+|/\s*|[—–]\s*)${ZONED_SRC}`, 'g');

let placeTable: Array<{ name: string; re: RegExp; offsets: number[] }> | undefined;
/** Places and the UTC offsets (minutes) their clocks may show. */
function places(): Array<{ name: string; re: RegExp; offsets: number[] }> {
  if (placeTable) return placeTable;
  const path = join(projectRoot, 'data', 'lexicon', 'utc-offsets.tsv');
  placeTable = [];
  for (const [name, offs] of readDataRows(path)) {
    if (!name || !offs) continue;
    const esc = escapeRegExp(name);
    placeTable.push({ name, re: new RegExp(`(?<![\\p{L}.])${esc}(?![\\p{L}])`, 'u'), offsets: offs.split(',').map((x) => Math.round(Number(x) * 60)) });
  }
  return placeTable;
}

/** The UTC offsets (minutes) the clocks of a place named exactly so show (data/lexicon/utc-offsets.tsv); undefined for a name not listed. */
export function placeOffsets(name: string): readonly number[] | undefined {
  const n = name.trim().toLowerCase();
  return places().find((p) => p.name.toLowerCase() === n)?.offsets;
}

/** A difference of clocks in minutes as a UTC offset: taken within a day, then from −10:00 to +14:00. */
const signedOffset = (x: number): number => { const d = mod1440(x); return d > 840 ? d - 1440 : d; };
const fmtOffset = (x: number) => `UTC${x >= 0 ? '+' : '−'}${Math.floor(Math.abs(x) / 60)}${Math.abs(x) % 60 ? `:${String(Math.abs(x) % 60).padStart(2, '0')}` : ''}`;

type Place = { name: string; re: RegExp; offsets: number[] };
/**
 * The listed places a report names, by sentence (else in the whole report), each looked up once: a report of many
 * local times must not rescan itself (or its sentence) for every time — a 250 kB line of "4 p.m. local time (0100 GMT), "
 * took 259 s when each conversion searched the whole text for the 260 names.
 */
function placeFinder(text: string, sentences: SentenceSpans): (at: number, except?: string) => Place[] {
  let inText: Place[] | undefined;
  let last = -2;
  let inSentence: Place[] = [];
  // `except`: a place left out (the one a gloss names), so that the sentence naming only it sends the search on
  return (at: number, except?: string) => {
    const keep = (p: Place) => except === undefined || p.name.toLowerCase() !== except.toLowerCase();
    const s = sentenceIndex(sentences, at);
    if (s !== last) {
      last = s;
      const sentence = s === -1 ? '' : text.slice(sentences[s]![0], sentences[s]![1]);
      // the literal name must occur before its bounded pattern can match (cheap test first)
      inSentence = places().filter((p) => sentence.includes(p.name) && p.re.test(sentence));
    }
    const here = inSentence.filter(keep);
    return here.length > 0 ? here : (inText ??= places().filter((p) => text.includes(p.name) && p.re.test(text))).filter(keep);
  };
}

/** "3:07 a.m. local time (0107 GMT)": the local offset implied, against the places the sentence (else the report) names. */
function localConversion(named: readonly Place[], m: RegExpExecArray, a: number, b: number, o2: readonly number[]): Check {
  const [t1, t2, z2] = [m[1]!, m[3]!, m[4]!];
  // the local clock minus the zone's gives the local offset (one per reading of the zone), kept within a day
  const implied = o2.map((y) => signedOffset(a - b + y));
  const fit = named.find((p) => p.offsets.some((x) => implied.includes(x)));
  const said = `${t1}${m[2] ? ` ${m[2]}` : ''} = ${t2} ${z2}: local clocks at ${implied.map(fmtOffset).join(' or ')}`;
  return ruled({
    kind: 'DATE_ARITHMETIC', status: fit ? 'CONSISTENT' : 'UNVERIFIABLE', refs: [span(m.index, m[0])],
    detail: fit ? `${said}, as in ${fit.name}` : `${said}; ${named.length ? `no place named (${named.slice(0, 3).map((p) => p.name).join(', ')}) keeps that time` : 'the place\'s time zone is not known'}`,
  }, 'date-arithmetic:time-zone');
}

function zoneConversions(text: string, sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  CONVERSION_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  const namedAt = placeFinder(text, sentences);
  while ((m = CONVERSION_RE.exec(text)) !== null) {
    const [t1, z1, t2, z2] = [m[1]!, m[2], m[3]!, m[4]];
    const o1 = z1 ? ZONE_OFFSETS[z1] : undefined;
    const o2 = z2 ? ZONE_OFFSETS[z2] : undefined;
    const a = clockMinutes(t1);
    const b = clockMinutes(t2);
    if (a === undefined || b === undefined || z1 === z2) continue;
    // "3:07 a.m. local time (0107 GMT)", "at 10 a.m. (0700 GMT)": a local clock glossed in a named zone
    const gloss = m[0].slice(0, m[0].lastIndexOf(m[3]!)).trimEnd().endsWith('(');
    if (o2 && (z1 === undefined ? gloss : /^local/i.test(z1))) {
      out.push(localConversion(namedAt(m.index), m, a, b, o2));
      continue;
    }
    if (!o1 || !o2) continue;
    const diff = mod1440(b - a);
    const fits = o1.some((x) => o2.some((y) => mod1440(y - x) === diff));
    const shift = (x: number) => `${x >= 0 ? '+' : '−'}${hhmm(Math.abs(x))}`;
    const zoneGap = o1.flatMap((x) => o2.map((y) => shift(y - x)));
    const signed = diff > 720 ? diff - 1440 : diff;
    out.push(ruled({
      kind: 'DATE_ARITHMETIC', status: fits ? 'CONSISTENT' : 'INCONSISTENT', refs: [span(m.index, m[0])],
      detail: `${t1} ${z1} to ${t2} ${z2}: the clocks differ by ${shift(signed)}, the zones by ${[...new Set(zoneGap)].join(' or ')}${fits ? '' : ': the conversion is off'}`,
    }, 'date-arithmetic:time-zone'));
  }
  return out;
}

let placeConversionRe: RegExp | undefined;
/**
 * A time whose gloss in brackets names a place's clocks ("4 p.m. local time (10 p.m. in Japan)", "2:07 p.m. Beijing
 * time (0607 GMT)", "3:30pm IST (4:00pm Bangladesh time)", "9:30 a.m. in New York (8:30 p.m. Tuesday in Hanoi)"):
 * each side a zone, a place of data/lexicon/utc-offsets.tsv ("in X", "X time"), "local time" or nothing; at least one
 * side a place. Built once from the table; the place names are literal alternatives after a time, so the scan is linear.
 */
function placeConversionPattern(): RegExp {
  if (placeConversionRe) return placeConversionRe;
  const place = places().map((p) => escapeRegExp(p.name)).sort((a, b) => b.length - a.length).join('|');
  const day = String.raw`(?:\s+(?:on\s+)?${WEEKDAY})?`;
  // groups: 1 time, 2 zone, 3 local, 4 place ("in X" or "X time"); 5 time, 6 zone, 7 place
  const side1 = String.raw`(${TIME_SRC})${day}(?:\s+(?:(${ZONE_SRC})(?![\p{L}])|(local\s+time)|(?:in\s+(?:the\s+)?(${place})|(${place})\s+time)(?![\p{L}])))?${day}`;
  const side2 = String.raw`(${TIME_SRC})${day}\s+(?:(${ZONE_SRC})(?![\p{L}])|(?:in\s+(?:the\s+)?(${place})|(${place})\s+time)(?![\p{L}]))${day}\s*\)`;
  placeConversionRe = new RegExp(String.raw`(?<![\d:.,$£€])${side1}\s*\(\s*${side2}`, 'gu');
  return placeConversionRe;
}

let placePairRe: RegExp | undefined;
/**
 * The same conversion told without brackets, the two clocks side by side: "at 11am in Washington, 10pm in Hanoi",
 * "10:00 GMT, 6 p.m. in Manila", "9 p.m. Kyiv time, or 2 p.m. in New York". Both sides carry a zone or a place (no
 * bare clock; the first may be "local time"), with the same groups as placeConversionPattern.
 */
function placePairPattern(): RegExp {
  if (placePairRe) return placePairRe;
  const place = places().map((p) => escapeRegExp(p.name)).sort((a, b) => b.length - a.length).join('|');
  const day = String.raw`(?:\s+(?:on\s+)?${WEEKDAY})?`;
  const label = String.raw`(?:(${ZONE_SRC})(?![\p{L}])|(?:in\s+(?:the\s+)?(${place})|(${place})\s+time)(?![\p{L}]))`;
  // groups: 1 time, 2 local, 3 zone, 4 place ("in X"), 5 place ("X time"); 6 time, 7 zone, 8 and 9 place
  const side1 = String.raw`(${TIME_SRC})${day}\s+(?:(local\s+time)|${label})${day}`;
  const side2 = String.raw`(${TIME_SRC})${day}\s+${label}`;
  placePairRe = new RegExp(String.raw`(?<![\d:.,$£€])${side1}\s*(?:,\s*(?:or\s+)?|\s+or\s+)${side2}`, 'gu');
  return placePairRe;
}

/** The UTC offsets (minutes) of a zone abbreviation or a listed place; undefined for neither. */
function labelOffsets(zone: string | undefined, place: string | undefined): readonly number[] | undefined {
  if (zone) return ZONE_OFFSETS[zone];
  if (place) return placeOffsets(place);
  return undefined;
}

/** The capture groups of a place-clock pattern: the two times, a zone, "local time" and a place (two groups) a side. */
interface PlaceClockGroups { t1: number; z1: number; local: number; p1: [number, number]; t2: number; z2: number; p2: [number, number] }
/** One moment told in two places' clocks, as placeConversions and placePairs both read it. */
interface PlaceClocks {
  m: RegExpExecArray; t1: string; t2: string; z1?: string; z2?: string; p1?: string; p2?: string; local: boolean;
  /** the second clock less the first, within a day */
  diff: number;
  /** the UTC offsets of the first side's label (undefined for a local or unlabelled clock) and of the second's */
  o1?: readonly number[]; o2: readonly number[];
  label1?: string; label2: string;
  /** both sides labelled: the labels' difference is the clocks' one (any reading of an ambiguous zone) */
  fits: boolean;
  /** the first side local or unlabelled: the offsets it implies, the places named near it (the gloss's own left out) and the one that keeps that offset */
  localPlace: () => { implied: number[]; named: Place[]; fit: Place | undefined };
}

/**
 * The place-clock pairs the pattern `re` finds: both clocks read, the second side's label known, the two labels not the
 * same; the rest (which pairs are judged, and how) is the caller's. One loop for the bracketed and the side-by-side
 * conversions, which differed only in their patterns' groups and in what they tell.
 */
function placeClockPairs(text: string, sentences: SentenceSpans, re: RegExp, g: PlaceClockGroups): PlaceClocks[] {
  const out: PlaceClocks[] = [];
  const namedAt = placeFinder(text, sentences);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const match = m;
    const [t1, z1, t2, z2] = [m[g.t1]!, m[g.z1], m[g.t2]!, m[g.z2]];
    const p1 = m[g.p1[0]] ?? m[g.p1[1]];
    const p2 = m[g.p2[0]] ?? m[g.p2[1]];
    const a = clockMinutes(t1);
    const b = clockMinutes(t2);
    const o2 = labelOffsets(z2, p2);
    if (a === undefined || b === undefined || !o2) continue;
    const label1 = z1 ?? p1;
    const label2 = (z2 ?? p2)!;
    if (label1 !== undefined && label1.toLowerCase() === label2.toLowerCase()) continue;
    const diff = mod1440(b - a);
    const o1 = labelOffsets(z1, p1);
    out.push({
      m: match, t1, t2, z1, z2, p1, p2, local: m[g.local] !== undefined, diff, o1, o2, label1, label2,
      fits: !!o1 && o1.some((x) => o2.some((y) => mod1440(y - x) === diff)),
      localPlace: () => {
        // the local clock minus the gloss's gives the local offset (one per reading of the gloss's label)
        const implied = o2.map((y) => signedOffset(y - diff));
        const named = namedAt(match.index, label2);
        return { implied, named, fit: named.find((p) => p.offsets.some((x) => implied.includes(x))) };
      },
    });
  }
  return out;
}

function placeConversions(text: string, sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  for (const c of placeClockPairs(text, sentences, placeConversionPattern(), { t1: 1, z1: 2, local: 3, p1: [4, 5], t2: 6, z2: 7, p2: [8, 9] })) {
    const { m, t1, t2, label1, label2, diff } = c;
    // two zones, or a local time in a zone, are read by zoneConversions
    if (!c.p1 && !c.p2) continue;
    const ref = span(m.index, m[0]);
    if (c.o1) {
      // both clocks named: decided either way
      const gaps = [...new Set(c.o1.flatMap((x) => c.o2.map((y) => fmtOffset(signedOffset(y - x)).replace('UTC', ''))))];
      out.push(ruled({
        kind: 'DATE_ARITHMETIC', status: c.fits ? 'CONSISTENT' : 'INCONSISTENT', refs: [ref],
        detail: `${t1} ${label1} = ${t2} ${label2}: the clocks differ by ${fmtOffset(signedOffset(diff)).replace('UTC', '')} h, ${label1} and ${label2} by ${gaps.join(' or ')}${c.fits ? '' : ': the conversion is off'}`,
      }, 'date-arithmetic:place-time'));
      continue;
    }
    // a local (or unlabelled) clock: the offset it implies must be one a place named in the sentence, else in the
    // report, keeps (the place of the gloss left out); none such: left open, never a contradiction
    const { implied, named, fit } = c.localPlace();
    const said = `${t1}${c.local ? ' local time' : ''} = ${t2} ${label2}: local clocks at ${[...new Set(implied)].map(fmtOffset).join(' or ')}`;
    out.push(ruled({
      kind: 'DATE_ARITHMETIC', status: fit ? 'CONSISTENT' : 'UNVERIFIABLE', refs: [ref],
      detail: fit ? `${said}, as in ${fit.name}` : `${said}; ${named.length ? `no place named (${named.slice(0, 3).map((p) => p.name).join(', ')}) keeps that time` : 'the place\'s time zone is not known'}`,
    }, 'date-arithmetic:place-time'));
  }
  return out;
}

// "from 9am to 5pm", "between 7 a.m. and 7 p.m.", "8am until noon", "10 p.m.-6 a.m."
const INTERVAL_RE = new RegExp(String.raw`(?<![\d:.,$£€])(?:([Ff]rom|[Bb]etween)\s+)?${ZONED_SRC}\s*(?:to|until|till|and|-|–|—)\s*${ZONED_SRC}`, 'g');
const HOUR_NUM_SRC = String.raw`(?:\d{1,2}(?:\.5)?|${NUM_WORD_SRC}|an?)(?:-(?:one|two|three|four))?(?:\s+and\s+a\s+half)?`;
/** Words after a length that make it a difference or an offset, by kind (data/lexicon/checks-clock-length-after.tsv). */
const LENGTH_AFTER = readDataRows(join(projectRoot, 'data', 'lexicon', 'checks-clock-length-after.tsv'));
const lengthAfter = (...kinds: string[]): string => alt(LENGTH_AFTER.filter((r) => kinds.includes(r[1]!)).map((r) => r[0]!));
const MINUTES_SRC = String.raw`(\d{1,2}|${NUM_WORD_SRC})\s+(?:minutes?|mins?)\b`;
// the hours, and the minutes told with them ("seven hours and 25 minutes", "7 hours, 25 minutes"): a length read
// without its minutes was a whole number of hours, and called an interval of 7 h 25 min wrong; minutes a comparative
// or an offset follows ("12 hours, 30 minutes longer than in 2019") are not the length's
const LENGTH_RE = new RegExp(String.raw`\b(?:(about|around|some|roughly|nearly|almost|more than|over|less than|under)\s+)?(${HOUR_NUM_SRC})(?:\s+|-)(?:${alt(HOUR_WORDS)})\b(?:(?:\s+and\s+|,?\s+)${MINUTES_SRC}(?!\s+(?:${lengthAfter('COMPARE', 'OFFSET', 'MINUTES')})\b))?`, 'gi');
/**
 * After a length: what makes it a difference or an offset, no length of the interval ("two hours longer than in 2019",
 * "12 hours and 30 minutes longer", "three hours after the blast"). Minutes after a comma are left out: there the
 * hours before the comma are the length ("12 hours, 30 minutes longer").
 */
const NOT_LENGTH_AFTER_RE = new RegExp(String.raw`^(?:\s+(?:${lengthAfter('COMPARE', 'OFFSET')})\b|(?:\s+and\s+|\s+)${MINUTES_SRC.replace('(', '(?:')}\s+(?:${lengthAfter('COMPARE')})\b)`, 'i');
/** Between an interval and its length beside it: a comma or bracket and a few words ("a", "lasting", "for"). */
const TIGHT_AFTER_RE = /^\s*(?:,|\(|[—–]|\s-)\s*(?:(?:a|an|the|for|lasting|some|or|in\s+all|spanning|over)\s+){0,2}$/i;
/** Between a length and its interval after it: the noun of the length and "from"/"between" ("eight-hour curfew, from"). */
const TIGHT_BEFORE_RE = /^(?:\s+[a-z]+){0,2}\s*(?:,|\()?\s*$/i;

/**
 * How far (hours) an interval may be from a bare length and still be that length rounded: half the length's own
 * precision — "seven hours" of 7 h 25 min (to the hour: under 30 minutes), "seven and a half hours" of 7 h 40 min (to
 * the half hour: under 15 minutes); a length told to the minute ("seven hours and 25 minutes") must be exact.
 */
function roundedTo(hoursText: string, minutesText: string | undefined): number {
  if (minutesText !== undefined) return 1e-9;
  return /\s+and\s+a\s+half$|\.5$/i.test(hoursText) ? 0.25 : 0.5;
}

function lengthValue(s: string): number | undefined {
  const half = /\s+and\s+a\s+half$/i.test(s);
  const core = s.replace(/\s+and\s+a\s+half$/i, '');
  const n = /^\d/.test(core) ? Number(core) : countValue(core);
  return n === undefined ? undefined : n + (half ? 0.5 : 0);
}

function clockIntervals(text: string, sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  INTERVAL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INTERVAL_RE.exec(text)) !== null) {
    const [lead, t1, z1, t2, z2] = [m[1], m[2]!, m[3], m[4]!, m[5]];
    const a = clockMinutes(t1);
    const b = clockMinutes(t2);
    if (a === undefined || b === undefined) continue;
    // "between 7 a.m. and 7 p.m.": "and" joins a range only after "between"; bare digits ("9-5") are no clock
    const joiner = m[0].slice(m[0].indexOf(t1) + t1.length).trimStart();
    if (/^and\b/i.test(joiner) && lead?.toLowerCase() !== 'between') continue;
    // two zones: a conversion, not an interval
    if (z1 && z2 && z1 !== z2) continue;
    const minutes = mod1440(b - a);
    if (minutes === 0) continue;
    const s = sentenceIndex(sentences, m.index);
    if (s === -1) continue;
    const [sFrom, sTo] = sentences[s]!;
    const end = m.index + m[0].length;
    const hours = minutes / 60;
    LENGTH_RE.lastIndex = 0;
    const sentence = text.slice(sFrom, sTo);
    let best: { ok: boolean; tight: boolean; text: string; at: number } | undefined;
    let lm: RegExpExecArray | null;
    while ((lm = LENGTH_RE.exec(sentence)) !== null) {
      const at = sFrom + lm.index;
      if (at < end && at + lm[0].length > m.index) continue;
      if (NOT_LENGTH_AFTER_RE.test(sentence.slice(lm.index + lm[0].length))) continue;
      const h = lengthValue(lm[2]!);
      const extra = lm[3] === undefined ? 0 : /^\d/.test(lm[3]) ? Number(lm[3]) : countValue(lm[3]);
      if (h === undefined || extra === undefined || extra >= 60) continue;
      const n = h + extra / 60;
      if (n <= 0 || n > 24) continue;
      const mod = lm[1]?.toLowerCase();
      const ok = mod === 'more than' || mod === 'over' ? hours > n
        : mod === 'less than' || mod === 'under' ? hours < n
        : mod === 'nearly' || mod === 'almost' ? hours <= n && hours >= n - 1
        : mod ? Math.abs(hours - n) <= 1 : Math.abs(hours - n) < roundedTo(lm[2]!, lm[3]);
      const tight = at >= end ? TIGHT_AFTER_RE.test(text.slice(end, at)) : TIGHT_BEFORE_RE.test(text.slice(at + lm[0].length, m.index));
      const cand = { ok, tight, text: lm[0], at };
      if (!best || (cand.ok && !best.ok) || (cand.tight && !best.tight && cand.ok === best.ok)) best = cand;
    }
    if (!best || (!best.ok && !best.tight)) continue;
    const len = hours === Math.floor(hours) ? `${hours} hours` : `${Math.floor(hours)} h ${minutes % 60} min`;
    out.push(ruled({
      kind: 'DATE_ARITHMETIC', status: best.ok ? 'CONSISTENT' : 'INCONSISTENT', refs: [span(m.index, m[0]), span(best.at, best.text)],
      detail: `${t1} to ${t2}${z1 || z2 ? ` ${z1 ?? z2}` : ''} = ${len}${minutes > 0 && b < a ? ' (overnight)' : ''}; stated "${best.text}"`,
    }, 'date-arithmetic:clock-interval'));
    INTERVAL_RE.lastIndex = end;
  }
  return out;
}

/**
 * Two clocks side by side, each with its zone or place, read as one moment: told so only when the zones' difference
 * is the clocks' own. Without brackets two times may as well be two events ("sirens at 9am in Kyiv, 11am in Lviv"),
 * so a difference that does not fit says nothing.
 */
function placePairs(text: string, sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  for (const c of placeClockPairs(text, sentences, placePairPattern(), { t1: 1, local: 2, z1: 3, p1: [4, 5], t2: 6, z2: 7, p2: [8, 9] })) {
    const { m, t1, t2, label2, diff } = c;
    // two zones joined by "or" are zoneConversions' reading
    if (c.z1 && c.z2 && /\bor\s/.test(m[0])) continue;
    if (diff === 0) continue;
    let label1: string;
    if (c.local) {
      // a local clock: the place named in the sentence (the gloss's own left out) whose clocks keep the implied offset
      const { fit } = c.localPlace();
      if (!fit) continue;
      label1 = `local time (${fit.name})`;
    } else {
      if (!c.o1 || !c.fits) continue;
      label1 = c.label1!;
    }
    out.push(ruled({
      kind: 'DATE_ARITHMETIC', status: 'CONSISTENT', refs: [span(m.index, m[0])],
      detail: `${t1} ${label1} = ${t2} ${label2}: the clocks differ by ${fmtOffset(signedOffset(diff)).replace('UTC', '')} h, as the two places' do`,
    }, 'date-arithmetic:place-pair'));
  }
  return out;
}

export function clockTimeChecks(text: string, sentences: SentenceSpans): Check[] {
  return [...zoneConversions(text, sentences), ...placeConversions(text, sentences), ...placePairs(text, sentences), ...clockIntervals(text, sentences)];
}
