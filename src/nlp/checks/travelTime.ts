import { join } from 'node:path';
import { projectRoot } from '../../core/shared.js';
import { readDataRows } from '../../core/data-rows.js';
import type { Check, Entity, Quantity, TimeExpr } from '../../core/types.js';
import { convert, dimensionOf } from '../quantity/units.js';
import { durationsIn } from './duration.js';
import { fmt } from './format.js';
import { greatCircleKm } from './geo.js';
import { alt, ANY_MODE, cues, DESTINATION_CUES, JOURNEY_WORDS, MODE_SPEEDS, ORIGIN_CUES } from './lexicon.js';
import { type CheckRef, ruled } from './rule.js';
import { firstFrom, indicesIn, sentenceIndex, sentenceSpanAt } from './sentences.js';

/** Roads and railways are longer than the great circle; 1.3 is a common detour index for land routes. */
export const ROUTE_FACTOR = 1.3;
const JOURNEY_RE = new RegExp(`\\b(?:${alt(JOURNEY_WORDS)})\\b`, 'i');
// a motion word right before a stated speed's "at" makes a journey too ("sailing at 20 knots", "moving west at 15 km/h",
// "cruising at a steady 800 km/h"): data/lexicon/checks-cues.tsv MOTION_WORDS. Only a compass direction may come between.
const MOTION_AT_RE = new RegExp(
  `\\b(?:${alt(cues('MOTION_WORDS'))})\\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?)?\\s+)?at\\s+(?:[a-z-]+\\s+){0,4}$`, 'i');
// "a 400 km stretch of coast", "the 30 km stretch": the extent of a place or a hazard's reach, no distance travelled
const EXTENT_AFTER_RE = new RegExp(
  `^(?:\\s*-\\s*|\\s+)(?:${alt(readDataRows(join(projectRoot, 'data', 'lexicon', 'checks-extent-words.txt')).map((r) => r[0]!).filter(Boolean))})\\b`, 'i');
// "journey to Vladivostok", "left Pyongyang", "from Benghazi"
const DEST_CUE_RE = new RegExp(`\\b(?:${alt(DESTINATION_CUES)})\\s+(?:the\\s+)?$`, 'i');
const ORIGIN_CUE_RE = new RegExp(`\\b(?:${alt(ORIGIN_CUES)})\\s+(?:the\\s+)?$`, 'i');

interface Place { entity: Entity; index: number; start: number }
interface GeoMention { entity: Entity; index: number; start: number; end: number }

/**
 * The places mentioned in a text, sorted by start once, and the first one after a cue in a span found by a binary
 * search: each speed or distance of a long document reads only its own span's mentions, not every entity's. The
 * whole-text look-ups are the same for every figure and are made once.
 */
class PlaceIndex {
  private readonly ms: GeoMention[];
  private readonly whole = new Map<RegExp, Place | undefined>();
  constructor(private readonly text: string, entities: readonly Entity[]) {
    this.ms = [];
    entities.forEach((entity, index) => {
      if (!entity.geo) return;
      for (const m of entity.mentions) this.ms.push({ entity, index, start: m.start, end: m.end });
    });
    this.ms.sort((a, b) => a.start - b.start);
  }
  after(cue: RegExp, from: number, to: number): Place | undefined {
    for (let i = firstFrom(this.ms, from); i < this.ms.length && this.ms[i]!.start < to; i++) {
      const m = this.ms[i]!;
      if (m.end > to) continue;
      if (cue.test(this.text.slice(Math.max(0, m.start - 24), m.start))) return { entity: m.entity, index: m.index, start: m.start };
    }
    return undefined;
  }
  anywhere(cue: RegExp): Place | undefined {
    if (!this.whole.has(cue)) this.whole.set(cue, this.after(cue, 0, this.text.length));
    return this.whole.get(cue);
  }
}

function sentenceWindow(sentences: ReadonlyArray<[number, number]>, at: number): [number, number] {
  const i = sentenceIndex(sentences, at);
  if (i === -1) return [Math.max(0, at - 300), at + 300];
  return [sentences[Math.max(0, i - 1)]![0], sentences[Math.min(sentences.length - 1, i + 1)]![1]];
}

/** Whether the times are sorted by start (then a span's times are found by a binary search). */
const byStart = (xs: ReadonlyArray<{ start: number }>): boolean => xs.every((x, i) => i === 0 || xs[i - 1]!.start <= x.start);

/**
 * Distance, speed and duration of one journey: speed from a quantity in a journey sentence, duration
 * from a nearby time (or "an entire day"), distance stated nearby or the great circle between the
 * journey's origin and destination times ROUTE_FACTOR. A top speed makes the time a minimum.
 */
export function travelTimeChecks(
  text: string, qs: readonly Quantity[], times: readonly TimeExpr[], entities: readonly Entity[],
  sentences: ReadonlyArray<[number, number]>,
): Check[] {
  const out: Check[] = [];
  const places = new PlaceIndex(text, entities);
  const timesSorted = byStart(times);
  const qsSorted = byStart(qs);
  const timesIn = (from: number, to: number): number[] | undefined => (timesSorted ? indicesIn(times, from, to) : undefined);
  qs.forEach((v, vi) => {
    if (dimensionOf(v.unit) !== 'speed') return;
    if (v.equivalentOf !== undefined && v.equivalentOf < vi) return;
    // "winds of up to 180 km/h", "gusting up to 40 knots": the speed of the wind, not of a journey
    if (windSpeed(text, v)) return;
    let [from, to] = sentenceWindow(sentences, v.start);
    let motionOnly = false;
    if (!JOURNEY_RE.test(text.slice(from, to))) {
      // a journey told only by a motion word right before the speed ("sailing at 20 knots", "moving west at 15 km/h") is
      // read within the speed's own sentence: its distance and time are not taken from the sentences around it
      const own = sentenceSpanAt(sentences, v.start);
      if (!own || !MOTION_AT_RE.test(text.slice(Math.max(own[0], v.start - 80), v.start))) return;
      [from, to] = own;
      motionOnly = true;
    }
    const kmh = convert(v.value, v.unit, 'km/h');
    if (kmh === undefined || kmh <= 0) return;
    const inferred: string[] = [];
    const refs: CheckRef[] = [vi];
    // distance: stated, else great circle × route factor
    let km: number | undefined;
    let distText = '';
    const isDistance = (q: Quantity): boolean => q.start >= from && q.end <= to && dimensionOf(q.unit) === 'length' && (convert(q.value, q.unit, 'km') ?? 0) >= 1;
    let di = -1;
    if (qsSorted) {
      for (let i = firstFrom(qs, from); i < qs.length && qs[i]!.start < to; i++) if (isDistance(qs[i]!)) { di = i; break; }
    } else di = qs.findIndex(isDistance);
    // "the cyclone, moving at 20 km/h, has battered a 400 km stretch of coast": the length is no distance travelled
    if (motionOnly && di !== -1 && EXTENT_AFTER_RE.test(text.slice(qs[di].end, qs[di].end + 20))) return;
    if (di !== -1) {
      km = convert(qs[di].value, qs[di].unit, 'km');
      distText = `distance ${qs[di].text}`;
      refs.push(di);
    } else if (!SPACE_RE.test(text.slice(from, to))) {
      // a craft in space takes no route between places on the ground: no distance is inferred for it
      const dest = places.after(DEST_CUE_RE, from, to) ?? places.anywhere(DEST_CUE_RE);
      const origin = places.anywhere(ORIGIN_CUE_RE);
      if (dest && origin && dest.entity !== origin.entity && dest.entity.geo && origin.entity.geo) {
        const gc = greatCircleKm(origin.entity.geo, dest.entity.geo);
        km = gc * ROUTE_FACTOR;
        distText = `distance inferred: great circle ${origin.entity.name}–${dest.entity.name} ${fmt(gc)} km × route factor ${ROUTE_FACTOR} = ${fmt(km)} km`;
        inferred.push('distance');
        refs.push({ entity: origin.entity.id }, { entity: dest.entity.id });
      }
    }
    const durs = durationsIn(text, times, from, to, timesIn(from, to)).filter((d) => !(d.start >= v.start && d.end <= v.end));
    const dur = durs[0];
    if (dur) refs.push(dur.ref !== undefined ? { time: dur.ref } : { start: dur.start, end: dur.end, text: dur.text });
    const missing = [km === undefined ? 'distance' : '', dur ? '' : 'duration'].filter(Boolean);
    if (missing.length > 0) {
      out.push(ruled({ kind: 'TRAVEL_TIME', status: 'UNVERIFIABLE', refs, detail: `speed ${v.text} is stated but the ${missing.join(' and ')} of the journey ${missing.length > 1 ? 'are' : 'is'} not known` }, 'travel-time:missing'));
      return;
    }
    const needH = (km as number) / kmh;
    const d = dur as NonNullable<typeof dur>;
    const top = v.bound === 'MAX' || v.bound === 'AT_MOST' || v.bound === 'LESS_THAN';
    // with an inferred route the tolerance is wider
    const slack = inferred.length > 0 ? 0.3 : 0.15;
    let ok: boolean;
    let rel: string;
    if (top) {
      ok = d.hours >= needH * (1 - slack);
      rel = `at most ${fmt(kmh)} km/h → at least ${fmt(needH)} h; stated "${d.text}" = ${fmt(d.hours)} h ${ok ? '≥' : '<'} ${fmt(needH)} h`;
    } else {
      // a cruising speed leaves room for stops (twice the time); an average speed does not
      const average = AVERAGE_BEFORE_RE.test(text.slice(Math.max(0, v.start - 30), v.start));
      ok = d.hours >= needH * (1 - slack) && d.hours <= needH * (1 + slack) * (average ? 1 : 2);
      rel = `${fmt(kmh)} km/h → ${fmt(needH)} h; stated "${d.text}" = ${fmt(d.hours)} h`;
    }
    out.push(ruled({
      kind: 'TRAVEL_TIME', status: ok ? 'CONSISTENT' : 'INCONSISTENT', refs,
      detail: `${distText}; ${rel}${inferred.length ? ` (inferred: ${inferred.join(', ')})` : ''}`,
    }, inferred.length ? 'travel-time:great-circle' : 'travel-time:stated'));
  });
  out.push(...impliedSpeedChecks(text, qs, times, places, sentences, timesIn));
  return out;
}

const AVERAGE_BEFORE_RE = /\baverag(?:ed|es|e|ing)\b(?:\s+(?:speed\s+)?(?:of\s+)?)?[^.;]{0,12}$/i;
const POSITION_AFTER_RE = /^\s*(?:\([^)]*\)\s*)?(?:from(?![^.;]{0,40}\bto\b)|away|off|offshore|inland|(?:to the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|outside|beyond|of\s+(?:the\s+)?(?:coast|capital|city|border))\b/i;
const RADIUS_BEFORE_RE = /\b(?:within|further than|farther than|radius of|no more than|up to)\s*$/i;

const WIND_ROWS = readDataRows(join(projectRoot, 'data', 'lexicon', 'checks-wind-words.txt')).filter((r) => r[0]);
const windWords = (kind: string): string[] => WIND_ROWS.filter((r) => r[1] === kind).map((r) => r[0]!);
const WIND_BOUND = '(?:up\\s+to|over|more\\s+than|in\\s+excess\\s+of|about|around|nearly|some)';
const WIND_LEAD = `(?:${alt(windWords('noun'))})(?:\\s+speeds?)?`;
/**
 * The speed of the wind told right before a speed: "winds of (up to) 180 km/h", "wind speeds reaching 200 km/h",
 * "gusting up to 40 knots", "gusts over 90 km/h" (the bound word is the quantity's own). Only these forms: a wind word
 * further back ("despite the wind the ship sailed at 20 knots") leaves the speed a journey's.
 */
const WIND_BEFORE_RE = new RegExp(
  `\\b(?:${WIND_LEAD}\\s+(?:of|at|reaching)|${alt(windWords('participle'))})\\s+(?:${WIND_BOUND}\\s+)?$`, 'i');
const WIND_BOUND_BEFORE_RE = new RegExp(`\\b${WIND_LEAD}\\s+$`, 'i');
const BOUND_START_RE = new RegExp(`^${WIND_BOUND}\\b`, 'i');
const windSpeed = (text: string, v: Quantity): boolean => {
  const before = text.slice(Math.max(0, v.start - 40), v.start);
  return WIND_BEFORE_RE.test(before) || (BOUND_START_RE.test(v.text) && WIND_BOUND_BEFORE_RE.test(before));
};

const SPACE_RE = new RegExp(`\\b(?:${alt(readDataRows(join(projectRoot, 'data', 'lexicon', 'checks-space-words.txt')).map((r) => r[0]!))})\\b`, 'i');
/** Altitudes are told in feet: a length in feet in a flight is a height climbed, no distance travelled. */
const FEET_UNITS = new Set(['ft', 'foot', 'feet']);

const MODE_RES = MODE_SPEEDS.map((m) => ({ ...m, re: new RegExp(`\\b(?:${alt(m.words)})\\b`, 'i') }));

const sentenceOf = sentenceSpanAt;

/**
 * A journey with a stated distance and duration but no speed ("the 1,180km journey took 20 hours by train"):
 * the average speed it implies must suit the means of travel; a stated distance shorter than the great circle
 * between the journey's origin and destination cannot be right either.
 */
function impliedSpeedChecks(
  text: string, qs: readonly Quantity[], times: readonly TimeExpr[], places: PlaceIndex, sentences: ReadonlyArray<[number, number]>,
  timesIn: (from: number, to: number) => number[] | undefined,
): Check[] {
  const out: Check[] = [];
  // one journey per sentence: the first distance of a kilometre or more; a speed in the sentence is the stated-speed check's business
  const seen = new Set<number>();
  const withSpeed = new Set<number>();
  for (const o of qs) if (dimensionOf(o.unit) === 'speed') { const s = sentenceOf(sentences, o.start); if (s) withSpeed.add(s[0]); }
  qs.forEach((q, qi) => {
    if (dimensionOf(q.unit) !== 'length' || (q.equivalentOf !== undefined && q.equivalentOf < qi)) return;
    // "no further than 100 miles from Toulouse", "80 km south of the city": a position or a radius, not the route's length
    if (q.bound === 'AT_MOST' || q.bound === 'LESS_THAN' || q.bound === 'MAX' || POSITION_AFTER_RE.test(text.slice(q.end, q.end + 30)) ||
        RADIUS_BEFORE_RE.test(text.slice(Math.max(0, q.start - 30), q.start))) return;
    const km = convert(q.value, q.unit, 'km');
    if (km === undefined || km < 1) return;
    const sent = sentenceOf(sentences, q.start);
    if (!sent || seen.has(sent[0]) || withSpeed.has(sent[0])) return;
    seen.add(sent[0]);
    const st = text.slice(sent[0], sent[1]);
    if (!JOURNEY_RE.test(st) || SPACE_RE.test(st)) return;
    const dur = durationsIn(text, times, sent[0], sent[1], timesIn(sent[0], sent[1])).filter((d) => !(d.start < q.end && q.start < d.end))[0];
    if (!dur || dur.hours <= 0) return;
    const found = MODE_RES.find((m) => m.re.test(st));
    const mode = found ?? ANY_MODE;
    if (FEET_UNITS.has(q.unit) && mode.mode === 'by air') return;
    const kmh = km / dur.hours;
    const refs: CheckRef[] = [qi, dur.ref !== undefined ? { time: dur.ref } : { start: dur.start, end: dur.end, text: dur.text }];
    // approximate figures ("some 40 hours", "about 1,180 km") widen the band by a fifth either way
    const approx = q.bound === 'APPROX' || /\b(?:about|around|some|nearly|almost|roughly|more than|over|just)\s*$/i.test(text.slice(Math.max(0, dur.start - 12), dur.start));
    const lo = mode.min * (approx ? 0.8 : 1);
    const hi = mode.max * (approx ? 1.2 : 1);
    let ok = kmh >= lo && kmh <= hi;
    let detail = `distance ${q.text} in ${dur.text} (${fmt(dur.hours)} h) = an average of ${fmt(kmh)} km/h, ${ok ? 'plausible' : 'implausible'} ${mode.mode} (${mode.min}–${mode.max} km/h)`;
    // the great circle between the journey's ends is the shortest any route can be
    const dest = places.after(DEST_CUE_RE, sent[0], sent[1]);
    const origin = places.after(ORIGIN_CUE_RE, sent[0], sent[1]);
    if (dest && origin && dest.entity !== origin.entity && dest.entity.geo && origin.entity.geo) {
      const gc = greatCircleKm(origin.entity.geo, dest.entity.geo);
      const shortest = gc * (approx || q.bound === 'APPROX' ? 0.85 : 0.95);
      refs.push({ entity: origin.entity.id }, { entity: dest.entity.id });
      if (km < shortest) { ok = false; detail += `; but ${origin.entity.name}–${dest.entity.name} is ${fmt(gc)} km as the crow flies, more than the stated ${fmt(km)} km`; }
      else detail += `; the great circle ${origin.entity.name}–${dest.entity.name} is ${fmt(gc)} km`;
    }
    out.push(ruled({ kind: 'TRAVEL_TIME', status: ok ? 'CONSISTENT' : 'INCONSISTENT', refs, detail }, 'travel-time:implied-speed'));
  });
  return out;
}
