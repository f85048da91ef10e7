import type { Check, Entity, Quantity, TimeExpr } from '../../core/types.js';
import { MONTHS } from '../time/lexicon.js';
import { dimensionOf } from '../quantity/units.js';
import { LIMIT_SRC, LOOSE_SRC } from './approx.js';
import { durationsIn } from './duration.js';
import { fmt } from './format.js';
import { greatCircleKm } from './geo.js';
import { alt, DESTINATION_CUES, JOURNEY_NOUN_MODES, MODE_SPEEDS } from './lexicon.js';
import { type CheckRef, ruled } from './rule.js';
import { ROUTE_FACTOR } from './travelTime.js';
import { lowerBound } from '../../core/lower-bound.js';

// "The flight from London to New York takes about eight hours"; "a six-hour drive from Mosul to Baghdad": a journey by
// a named means between two named places, with its duration and no stated distance or speed. The great circle between
// the places is the shortest route; a land route is longer (ROUTE_FACTOR, and half as much again for a winding one).
// The average speed that gives must not be beyond the means (a slow one may be stops and delays: nothing is told).
// Only a duration tied to the journey ("a six-hour drive", "the flight takes eight hours": the duration right after the
// verb, never "took off two hours late") is read; the means is the journey noun's own ("flight" is by air, whatever
// else the sentence says: "walked off the plane", "a cruise ship"), else the mode word nearest it, never a month
// ("in March"). A place with no coordinates leaves it UNVERIFIABLE.

const NOUN = alt(Object.keys(JOURNEY_NOUN_MODES));
const MODE_WORD_RE = new RegExp(`\\b(?:${MODE_SPEEDS.map((m) => `(${alt(m.words)})`).join('|')})\\b`, 'gi');
const MONTH_NAMES = new Set(MONTHS.map(([w]) => w));
const DEST_CUE_RE = new RegExp(`\\b(?:${alt(DESTINATION_CUES)})\\s+(?:the\\s+)?$`, 'i');
const ORIGIN_CUE_RE = new RegExp(`\\b(?:from|left|leaving|departed|set off from)\\s+(?:the\\s+)?$`, 'i');
/** Hedges before a length (data/lexicon/checks-approx-modifiers.tsv: loose, bounded or stressed as small), two at most. */
const HEDGE_SRC = `${LOOSE_SRC}|${LIMIT_SRC}`;
const APPROX = `(?:(?:${HEDGE_SRC})\\s+){0,2}`;
const AMOUNT = `(?:an?|\\d[\\d.,]*|(?!off\\b|place\\b|part\\b)[a-z]+(?:-[a-z]+)?)(?:\\s+and\\s+a\\s+half)?\\s+(?:hours?|minutes?|days?|weeks?)\\b`;
/**
 * The duration is the journey's: "six-hour drive", "flight of eight hours", "the drive takes/took/lasted [about] N
 * hours" (the duration right after the verb: "took off", "took place" are no length).
 */
const TIED_RE = new RegExp(`\\b(?:\\S+-(?:hour|minute|day)s?\\s+(?:\\w+\\s+)?(${NOUN})\\b|(${NOUN})\\s+(?:of|lasting)\\s+${APPROX}${AMOUNT}|(${NOUN})\\s+(?:[^.;,]{0,60}\\s)?(?:takes|took|lasts|lasted|take|last|taking)\\s+${APPROX}${AMOUNT})`, 'i');
/** After a duration: a delay or a time before or after something, not the journey's length ("two hours late"). */
const NOT_LENGTH_RE = /^\s*(?:late|later|after|before|ago|earlier|behind|early)\b/i;
const APPROX_RE = new RegExp(String.raw`\b(?:${HEDGE_SRC})\s*$`, 'i');

const AREA_KIND_RE = /COUNTRY|REGION|STATE|PROVINCE|CONTINENT|SEA|OCEAN|RIVER/i;

interface Place { entity: Entity; start: number; end: number }

/** Every mention of a place that can be a journey's end, by start offset. */
function placeMentions(entities: readonly Entity[]): Place[] {
  const out: Place[] = [];
  for (const e of entities) {
    // a country or a region is an area, not a point a journey ends at ("to the Turkish border")
    if ((e.type !== 'LOC' && e.type !== 'GPE' && e.type !== 'FAC') || e.iso || AREA_KIND_RE.test(e.kind ?? '')) continue;
    for (const m of e.mentions) out.push({ entity: e, start: m.start, end: m.end });
  }
  return out.sort((a, b) => a.start - b.start);
}

function firstAtOrAfter(places: readonly Place[], from: number): number {
  return lowerBound(places.length, (m) => places[m]!.start < from);
}

function placeAfter(text: string, places: readonly Place[], cue: RegExp, from: number, to: number): Place | undefined {
  for (let i = firstAtOrAfter(places, from); i < places.length && places[i]!.start < to; i++) {
    const p = places[i]!;
    if (p.end <= to && cue.test(text.slice(Math.max(from, p.start - 24), p.start))) return p;
  }
  return undefined;
}

/** The journey's means: its noun's own, else the mode word nearest the tied span, never a capitalised month. */
function modeOf(st: string, tie: RegExpExecArray) {
  const noun = (tie[1] ?? tie[2] ?? tie[3] ?? '').toLowerCase();
  const own = JOURNEY_NOUN_MODES[noun];
  if (own) return MODE_SPEEDS.find((m) => m.mode === own);
  const [a, b] = [tie.index, tie.index + tie[0].length];
  let best: { i: number; dist: number } | undefined;
  MODE_WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MODE_WORD_RE.exec(st)) !== null) {
    if (MONTH_NAMES.has(m[0])) continue;
    const i = m.slice(1).findIndex((g) => g !== undefined);
    const dist = m.index >= b ? m.index - b : m.index + m[0].length <= a ? a - m.index - m[0].length : 0;
    if (!best || dist < best.dist) best = { i, dist };
  }
  return best ? MODE_SPEEDS[best.i] : undefined;
}

export function placeJourneyChecks(
  text: string, qs: readonly Quantity[], times: readonly TimeExpr[], entities: readonly Entity[], sentences: ReadonlyArray<[number, number]>,
): Check[] {
  const out: Check[] = [];
  let places: Place[] | undefined;
  for (const [from, to] of sentences) {
    const st = text.slice(from, to);
    // the duration must be the journey's own ("a six-hour drive", "the flight takes eight hours"), not the talks' after it
    const tie = TIED_RE.exec(st);
    if (!tie) continue;
    const mode = modeOf(st, tie);
    if (!mode) continue;
    // a stated distance or speed is the other journey checks' business
    if (qs.some((q) => q.start >= from && q.end <= to && (dimensionOf(q.unit) === 'length' || dimensionOf(q.unit) === 'speed'))) continue;
    places ??= placeMentions(entities);
    const origin = placeAfter(text, places, ORIGIN_CUE_RE, from, to);
    const dest = placeAfter(text, places, DEST_CUE_RE, from, to);
    if (!origin || !dest || origin.entity === dest.entity || dest.start < origin.start) continue;
    const [t0, t1] = [from + tie.index, from + tie.index + tie[0].length];
    const dur = durationsIn(text, times, from, to).filter((d) => d.hours > 0 && d.hours <= 24 * 60 && d.start < t1 && t0 < d.end)[0];
    if (!dur || NOT_LENGTH_RE.test(text.slice(dur.end, dur.end + 12))) continue;
    const refs: CheckRef[] = [dur.ref !== undefined ? { time: dur.ref } : { start: dur.start, end: dur.end, text: dur.text }, { entity: origin.entity.id }, { entity: dest.entity.id }];
    if (!origin.entity.geo || !dest.entity.geo) {
      const missing = [origin, dest].filter((p) => !p.entity.geo).map((p) => p.entity.name).join(' and ');
      out.push(ruled({ kind: 'TRAVEL_TIME', status: 'UNVERIFIABLE', refs, detail: `${dur.text} ${mode.mode} from ${origin.entity.name} to ${dest.entity.name}: the distance is not stated and ${missing} has no known position` }, 'travel-time:places-unplaced'));
      continue;
    }
    const gc = greatCircleKm(origin.entity.geo, dest.entity.geo);
    if (gc < 5) continue;
    const land = mode.mode !== 'by air' && mode.mode !== 'by sea';
    const routeHi = gc * (land ? ROUTE_FACTOR * 1.5 : 1.3);
    const approx = APPROX_RE.test(text.slice(Math.max(from, dur.start - 12), dur.start));
    const lo = mode.min * (approx ? 0.8 : 1), hi = mode.max * (approx ? 1.2 : 1);
    // the slowest and fastest average the journey can have: the great circle to a long route over the stated time
    const fastest = routeHi / dur.hours, slowest = gc / dur.hours;
    // too slow is no contradiction (a journey may stop or be held up); only too fast for the means is
    if (fastest < lo) continue;
    const ok = slowest <= hi;
    out.push(ruled({
      kind: 'TRAVEL_TIME', status: ok ? 'CONSISTENT' : 'INCONSISTENT', refs,
      detail: `${origin.entity.name}–${dest.entity.name} is ${fmt(gc)} km as the crow flies (a route up to ${fmt(routeHi)} km); in ${dur.text} (${fmt(dur.hours)} h) that is ${fmt(slowest)}–${fmt(fastest)} km/h, ${ok ? 'plausible' : 'implausible'} ${mode.mode} (${mode.min}–${mode.max} km/h)`,
    }, 'travel-time:places'));
  }
  return out;
}
