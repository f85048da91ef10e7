import type { Check, Entity, Quantity, TimeExpr } from '../../core/types.js';
import { dimensionOf } from '../quantity/units.js';
import { durationsIn } from './duration.js';
import { fmt } from './format.js';
import { greatCircleKm } from './geo.js';
import { alt, DESTINATION_CUES, MODE_SPEEDS } from './lexicon.js';
import { type CheckRef, ruled } from './rule.js';
import { ROUTE_FACTOR } from './travelTime.js';

// "The flight from London to New York takes about eight hours"; "a six-hour drive from Mosul to Baghdad": a journey by
// a named means between two named places, with its duration and no stated distance or speed. The great circle between
// the places is the shortest route; a land route is longer (ROUTE_FACTOR, and half as much again for a winding one).
// The average speed that gives must not be beyond the means (a slow one may be stops and delays: nothing is told). Only a duration tied to the journey ("a six-hour drive", "the
// flight takes eight hours") is read, never another in the sentence; a place with no coordinates leaves it UNVERIFIABLE.

const MODE_RES = MODE_SPEEDS.map((m) => ({ ...m, re: new RegExp(`\\b(?:${alt(m.words)})\\b`, 'i') }));
const DEST_CUE_RE = new RegExp(`\\b(?:${alt(DESTINATION_CUES)})\\s+(?:the\\s+)?$`, 'i');
const ORIGIN_CUE_RE = new RegExp(`\\b(?:from|left|leaving|departed|set off from)\\s+(?:the\\s+)?$`, 'i');
/** The duration is the journey's: "six-hour drive", "flight of eight hours", "the drive takes/took/lasted". */
const TIED_RE = /\b(?:\S+-(?:hour|minute|day)s?\s+(?:\w+\s+)?(?:drive|flight|journey|trip|ride|walk|trek|voyage|crossing)|(?:drive|flight|journey|trip|ride|walk|trek|voyage|crossing)\s+(?:of|lasting)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?\S+\s+(?:hours?|minutes?|days?)|(?:drive|flight|journey|trip|ride|walk|trek|voyage|crossing)\s+(?:[^.;,]{0,60}\s)?(?:takes|took|lasts|lasted|take)\s)/i;
const APPROX_RE = /\b(?:about|around|some|nearly|almost|roughly|more than|over|just|under|less than)\s*$/i;

const AREA_KIND_RE = /COUNTRY|REGION|STATE|PROVINCE|CONTINENT|SEA|OCEAN|RIVER/i;

interface Place { entity: Entity; start: number }

function placeAfter(text: string, entities: readonly Entity[], cue: RegExp, from: number, to: number): Place | undefined {
  let best: Place | undefined;
  for (const e of entities) {
    // a country or a region is an area, not a point a journey ends at ("to the Turkish border")
    if ((e.type !== 'LOC' && e.type !== 'GPE' && e.type !== 'FAC') || e.iso || AREA_KIND_RE.test(e.kind ?? '')) continue;
    for (const m of e.mentions) {
      if (m.start < from || m.end > to || !cue.test(text.slice(Math.max(from, m.start - 24), m.start))) continue;
      if (!best || m.start < best.start) best = { entity: e, start: m.start };
    }
  }
  return best;
}

export function placeJourneyChecks(
  text: string, qs: readonly Quantity[], times: readonly TimeExpr[], entities: readonly Entity[], sentences: ReadonlyArray<[number, number]>,
): Check[] {
  const out: Check[] = [];
  for (const [from, to] of sentences) {
    const st = text.slice(from, to);
    const mode = MODE_RES.find((m) => m.re.test(st));
    if (!mode) continue;
    // a stated distance or speed is the other journey checks' business
    if (qs.some((q) => q.start >= from && q.end <= to && (dimensionOf(q.unit) === 'length' || dimensionOf(q.unit) === 'speed'))) continue;
    const origin = placeAfter(text, entities, ORIGIN_CUE_RE, from, to);
    const dest = placeAfter(text, entities, DEST_CUE_RE, from, to);
    if (!origin || !dest || origin.entity === dest.entity || dest.start < origin.start) continue;
    // the duration must be the journey's own ("a six-hour drive", "the flight takes eight hours"), not the talks' after it
    const tie = TIED_RE.exec(st);
    if (!tie) continue;
    const [t0, t1] = [from + tie.index - 2, from + tie.index + tie[0].length + 30];
    const dur = durationsIn(text, times, from, to).filter((d) => d.hours > 0 && d.hours <= 24 * 60 && d.start < t1 && t0 < d.end)[0];
    if (!dur) continue;
    const refs: CheckRef[] = [dur.ref !== undefined ? { time: dur.ref } : { start: dur.start, end: dur.end, text: dur.text }, { entity: origin.entity.id }, { entity: dest.entity.id }];
    if (!origin.entity.geo || !dest.entity.geo) {
      {
        const missing = [origin, dest].filter((p) => !p.entity.geo).map((p) => p.entity.name).join(' and ');
        out.push(ruled({ kind: 'TRAVEL_TIME', status: 'UNVERIFIABLE', refs, detail: `${dur.text} ${mode.mode} from ${origin.entity.name} to ${dest.entity.name}: the distance is not stated and ${missing} has no known position` }, 'travel-time:places-unplaced'));
      }
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
