// Consistency of reported values, taking bounds, modifiers, approximation, rounding and units into
// account. "at least 20" and "90" are consistent; "up to 2,000" and "passed 2,000" on the same day are not;
// "59 km/h" and "37 mph" are one speed; "as early as Tuesday" and "on Wednesday" are consistent.

import { join } from 'node:path';
import { timexSpan } from '../nlp/certainty/timex-range.js';
import { DAY_MS } from '../nlp/time/date-math.js';
import { isRoleAttribute } from './roles.js';
import { UNITS as QUANTITY_UNITS } from '../nlp/quantity/lexicon.js';
import { changeAlternation } from './change-verbs.js';
import { MONTHS, PARTS_OF_DAY, WEEKDAYS } from '../nlp/time/lexicon.js';
import { alternation, escapeRegExp } from '../core/regex.js';
import { readWordSet } from '../core/word-lists.js';
import { readDataRows } from '../core/data-rows.js';
import { projectRoot } from '../core/shared.js';

/** A closed/open interval on the real line. */
export interface Interval { lo: number; hi: number; loOpen?: boolean; hiOpen?: boolean }

/** Unit → [dimension, factor to SI]. Counted nouns ("person", "car") are their own dimension, factor 1. */
const UNITS: Record<string, [string, number]> = {
  'm/s': ['speed', 1], 'km/h': ['speed', 1000 / 3600], kph: ['speed', 1000 / 3600], mph: ['speed', 1609.344 / 3600], kn: ['speed', 1852 / 3600], knot: ['speed', 1852 / 3600],
  m: ['distance', 1], km: ['distance', 1000], cm: ['distance', 0.01], mm: ['distance', 0.001], mi: ['distance', 1609.344], mile: ['distance', 1609.344], ft: ['distance', 0.3048], foot: ['distance', 0.3048], in: ['distance', 0.0254], nmi: ['distance', 1852], yd: ['distance', 0.9144],
  kg: ['mass', 1], g: ['mass', 0.001], t: ['mass', 1000], tonne: ['mass', 1000], lb: ['mass', 0.45359237], ton: ['mass', 907.18474],
  s: ['duration', 1], min: ['duration', 60], h: ['duration', 3600], hour: ['duration', 3600], day: ['duration', 86400], d: ['duration', 86400], week: ['duration', 604800], month: ['duration', 2629746], year: ['duration', 31556952],
  m2: ['area', 1], km2: ['area', 1e6], ha: ['area', 1e4], sqmi: ['area', 2589988.11],
  m3: ['volume', 1], l: ['volume', 0.001], L: ['volume', 0.001],
  '%': ['percent', 1],
};
/**
 * Every other unit the quantity stage writes ("10,000 square miles", "300 acres", "5 million gallons"), in the
 * story's names (a length is a distance): without it a unit outside the table above was taken for a counted
 * noun, so an area in square miles became a fact of attribute "mi2" beside one in km2.
 */
const OFFSETS: Record<string, number> = {};
for (const u of QUANTITY_UNITS) {
  if (UNITS[u.symbol]) continue;
  UNITS[u.symbol] = [u.dim === 'length' ? 'distance' : u.dim, u.factor];
  if (u.offset) OFFSETS[u.symbol] = u.offset;
}

export function dimension(unit: string): string {
  if (UNITS[unit]) return UNITS[unit][0];
  if (/^[A-Z]{3}$/.test(unit)) return 'money';
  return unit;
}

/** The SI (or common) value: 37 mph → 16.54 (m/s). Units outside the table convert to themselves. */
export function toSi(value: number, unit: string): number {
  return UNITS[unit] ? value * UNITS[unit][1] + (OFFSETS[unit] ?? 0) : value;
}

/** Half a unit in the last significant digit: "71 million" covers 70.5–71.5 million; "3,958" covers ±0.5. */
export function roundingTolerance(v: number): number {
  const a = Math.abs(v);
  if (a === 0) return 0;
  if (!Number.isInteger(a)) {
    const dec = String(a).split('.')[1]?.length ?? 0;
    return 0.5 * 10 ** -dec;
  }
  let z = 0;
  let x = a;
  while (x % 10 === 0 && x > 0) { x /= 10; z++; }
  const half = 0.5 * 10 ** z;
  const digits = String(a).length - z;
  // "2,000" has one significant digit, but a reporter writing 2,000 usually means about 2,000, not 1,500–2,500.
  return digits >= 2 ? half : Math.min(half, Math.max(0.5, 0.025 * a));
}

/** The interval a reported value with its bound (analysis-v1 `bound` or a fact `mod`) allows. */
export function interval(value: number, mod?: string): Interval {
  const tol = roundingTolerance(value);
  switch (mod) {
    // a bound is taken as stated: "up to 2,000" and "passed 2,000" on the same day cannot both hold
    case 'AT_LEAST': case 'MIN': case 'EQUAL_OR_MORE': case 'ON_OR_AFTER': return { lo: value, hi: Infinity };
    case 'MORE_THAN': case 'AFTER': return { lo: value, hi: Infinity, loOpen: true };
    case 'AT_MOST': case 'MAX': case 'EQUAL_OR_LESS': case 'ON_OR_BEFORE': return { lo: -Infinity, hi: value };
    case 'LESS_THAN': case 'BEFORE': return { lo: -Infinity, hi: value, hiOpen: true };
    case 'APPROX': return { lo: value * 0.9 - tol, hi: value * 1.1 + tol };
    // open at both ends: "21" and "22" crew members touch at 21.5 but do not overlap
    default: return tol > 0 ? { lo: value - tol, hi: value + tol, loOpen: true, hiOpen: true } : { lo: value, hi: value };
  }
}

export function scale(i: Interval, f: number): Interval {
  return { ...i, lo: i.lo * f, hi: i.hi * f };
}

export function intersects(a: Interval, b: Interval): boolean {
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  if (lo < hi) return true;
  if (lo > hi) return false;
  // touching end points: only when both are closed there
  const loOpen = a.lo === lo ? a.loOpen : b.loOpen;
  const hiOpen = a.hi === hi ? a.hiOpen : b.hiOpen;
  return !loOpen && !hiOpen;
}

let cumulativeStems: { grows: RegExp; state: RegExp } | undefined;
/**
 * The stems of data/lexicon/story-cumulative-counts.tsv as two patterns, read on first use: the stems of counts that
 * only grow (each behind its cancelling prefix, if the row gives one) and those of counts of a state.
 */
function cumulativePatterns(): { grows: RegExp; state: RegExp } {
  if (cumulativeStems) return cumulativeStems;
  const rows = readDataRows(join(projectRoot, 'data', 'lexicon', 'story-cumulative-counts.tsv'));
  const bad = rows.find((r) => r[1] !== 'grows' && r[1] !== 'state');
  if (!rows.length || bad) throw new Error(`data/lexicon/story-cumulative-counts.tsv: ${bad ? `kind "${bad[1] ?? ''}" of "${bad[0]}" is neither grows nor state` : 'no rows'}`);
  const pattern = (kind: string) => new RegExp(rows.filter((r) => r[1] === kind).map(([stem, , cancel]) => `${cancel ? `(?<!${escapeRegExp(cancel)})` : ''}${escapeRegExp(stem!)}`).join('|'), 'i');
  return (cumulativeStems = { grows: pattern('grows'), state: pattern('state') });
}

/**
 * Counts that only grow as reports come in (the dead, the injured, those arrested or rescued): a later figure below an
 * earlier floor is a contradiction. The stems are data (data/lexicon/story-cumulative-counts.tsv): a count of a state
 * ("seriously injured") never is one, whatever else its attribute says.
 */
export function isCumulative(attribute: string): boolean {
  const { grows, state } = cumulativePatterns();
  return !state.test(attribute) && grows.test(attribute);
}

/**
 * Counts of a state at a moment (people missing, displaced, in hospital, a ship's crew, the workers on a
 * site, the hours of oxygen left): they rise as lists are drawn up and fall as people are found or go home, so only figures of
 * the same day can contradict each other.
 */
export function isStock(attribute: string): boolean {
  // (and supplies that run down as time passes: "96 hours of oxygen" on Monday, "about 40 hours" on Wednesday)
  // (and where people still are: "still underground", "still in hospital", data/lexicon/story-continuing-states.tsv)
  // (and the dead not yet named: "187 bodies had still not been identified" on Monday, 101 on Tuesday, as families identify them)
  return /missing|unidentified|accounted|displaced|homeless|evacuat|hospitali[sz]|stranded|trapped|sheltered|without power|in the water|seriously|critically|^still\b|^(?:oxygen|air|food|water|fuel|drinking water|life support)(?: left)?$/i.test(attribute) || isRoleAttribute(attribute);
}

export interface Reading {
  value: number; unit: string; mod?: string; asOf?: string; label: string; doc?: string;
  /** Who gives the figure (the attribution chain), to tell one speaker's total and part from two speakers' figures. */
  voice?: string;
  /** The figure a change started from ("raised from 44", "down from 95 on Sunday"): an earlier reading (see `priorFigure`). */
  prior?: boolean;
  /**
   * The figure is pinned to the moment the event happened ("787 workers were underground when the fire broke out",
   * "at the time"): of a count of a state, two such readings are of one moment whatever their days.
   */
  atOnset?: boolean;
  /**
   * The figure is what was done on one named day, not the running total ("On Tuesday they rescued three people" beside
   * "by Tuesday evening 14 people had been rescued"): a part of the total by that day's end (see dayCount).
   */
  dayCount?: boolean;
}

/** Counts of people acted on over days, whose one day's count is a part of the running total (see dayCount). */
const ACTED_OVER_DAYS = new RegExp(alternation(readWordSet('story-day-count-acted.txt')), 'i');
const WEEKDAY_NAMES = alternation(WEEKDAYS.filter(([w]) => w.endsWith('day')).map(([w]) => w));
const MONTH_NAMES = alternation(MONTHS.filter(([, n], i) => MONTHS.findIndex(([, m]) => m === n) === i).map(([w]) => w));
const WEEKDAY_OR_DATE = `(?:${WEEKDAY_NAMES}|\\d{1,2}\\s+(?:${MONTH_NAMES})|(?:${MONTH_NAMES})\\s+\\d{1,2})`;
const ON_DAY = new RegExp(`\\bon\\s+(?:the\\s+)?${WEEKDAY_OR_DATE}\\b`, 'i');
/** An active verb in the past right before the figure ("rescued", "pulled out", "freed another"). */
const ACTION_BEFORE = /\b[a-z]+(?:ed|ought|ook|ound)(?:\s+(?:out|up|free|alive))?\s+(?:another\s+|a\s+further\s+|(?:about|some|nearly|around|roughly)\s+)?$/i;
/** A running total: a perfect or a bound in time ("had been rescued", "so far", "by Tuesday evening", "in total"). */
const TOTAL_WORDS = new RegExp(`\\b(?:${alternation(readWordSet('story-day-count-total-words.txt'), (w) => escapeRegExp(w).replace(/ /g, '\\s+'))}|by\\s+(?:(?:late|early)?\\s*(?:${WEEKDAY_NAMES}|\\d)))\\b`, 'i');
/**
 * Whether a figure of a count acted on over days (the rescued, the freed, the detained, the bodies recovered) is told
 * as what was done on one named day: an active verb in the past right before it and "on DAY" in its clause, with no
 * perfect or word of a total ("On Tuesday they rescued three people", "Divers recovered 12 bodies on Monday"). Not of
 * the dead or the injured, whom the event itself harmed on its day: "killed 40 people on Monday" is the toll.
 */
export function dayCount(attribute: string, clauseBefore: string, clauseAfter: string, sentenceBefore?: string): boolean {
  if (!ACTED_OVER_DAYS.test(attribute) || !isCumulative(attribute)) return false;
  if (!ACTION_BEFORE.test(clauseBefore) || TOTAL_WORDS.test(clauseBefore) || TOTAL_WORDS.test(clauseAfter)) return false;
  return ON_DAY.test(clauseBefore) || ON_DAY.test(clauseAfter) || frontedDay(clauseBefore, sentenceBefore);
}

/** "On Tuesday, " (or "On Tuesday morning, ", any part of the day of the time lexicon) opening the sentence, the comma of usual news style after it. */
const FRONTED_DAY = new RegExp(`^\\W*${ON_DAY.source}(?:\\s+(?:${alternation(Object.keys(PARTS_OF_DAY))}))?\\s*,`, 'i');
/**
 * The figure's clause is the one right after a fronted day and its comma ("On Tuesday, they rescued three people"):
 * the comma cut the day off the clause, so `sentenceBefore` (the sentence from its start up to the figure) is read
 * back to it. Only when nothing but that adverbial stands between the sentence start and the clause.
 */
function frontedDay(clauseBefore: string, sentenceBefore: string | undefined): boolean {
  if (!sentenceBefore) return false;
  const m = FRONTED_DAY.exec(sentenceBefore);
  return m !== null && sentenceBefore.slice(m[0].length).trim() === clauseBefore.trim();
}

/**
 * The text right before a figure names it as the one a change started from: a verb or adverb of change, then 'from'
 * ("the toll had been raised from 44", "70 were still missing, down from 95", "rose from 12 to 20", "up from an
 * earlier figure of 30"). Such a figure was true before the report's current one, not beside it. `before`: the
 * sentence before the figure, as far back as its caller reads (the caller bounds its length).
 */
const PRIOR_BEFORE = new RegExp(`\\b(?:${changeAlternation('from')})\\b` + /(?:\s+(?:upward|upwards|downward|downwards|sharply|slightly))?\s+from\s+(?:an?\s+(?:earlier|initial|previous|first)\s+(?:figure|toll|count|estimate|tally)\s+of\s+)?(?:about|some|around|nearly|roughly|almost|at least|more than|over)?\s*$/.source, 'i');
export function priorFigure(before: string, unit: string): boolean {
  // only a count ("person", "house": a counted noun is its own dimension) or a supply's length of time ("hours of
  // oxygen left, down from 96 hours"): before another measure the verb of motion is its subject's ("a worker fell
  // from 40 metres", "the plane dropped from 10,000 feet"), not the figure's
  const dim = dimension(unit);
  return (dim === unit || dim === 'duration') && PRIOR_BEFORE.test(before);
}

/**
 * Whether the readings can all be true. For cumulative counts, readings of the same day must overlap
 * and a later reading must not fall below an earlier floor (a rising toll is an update); for counts of
 * a state, only readings of the same day are compared; otherwise all readings must overlap pairwise.
 * Two figures one report puts in the mouth of one speaker are not compared: "the toll rose to 18 after
 * the bodies of two children were found" gives a total and a part.
 */
export function judgeQuantities(attribute: string, all: Reading[]): { consistent: boolean; why: string } {
  const cumulative = isCumulative(attribute);
  // of the figures one speaker gives in one report for a growing count, the largest is the total
  const level = (r: Reading) => toSi(r.value, r.unit);
  const readings = cumulative ? all.filter((r) => !all.some((o) => o !== r && r.doc !== undefined && o.doc === r.doc && r.voice !== undefined && o.voice === r.voice && level(o) > level(r))) : all;
  const iv = readings.map((r) => scale(interval(r.value, r.mod), toSi(1, r.unit)));
  const stock = !cumulative && isStock(attribute);
  for (let i = 0; i < readings.length; i++) {
    for (let j = i + 1; j < readings.length; j++) {
      const a = readings[i]; const b = readings[j];
      const da = a.asOf?.slice(0, 10); const db = b.asOf?.slice(0, 10);
      // One report giving two different sizes of a non-cumulative thing is usually about two things
      // ("a 7 m wave", "a 165 km stretch"); disagreement between reports is what counts.
      if (!cumulative && a.doc !== undefined && a.doc === b.doc) continue;
      if (a.doc !== undefined && a.doc === b.doc && a.voice !== undefined && a.voice === b.voice) continue;
      // one day's count of a count acted on over days is a part of the running total by that day's end: the total of
      // its day or a later one must reach it; an earlier total, or another day's count, says nothing of it
      if (cumulative && (a.dayCount || b.dayCount)) {
        if (a.dayCount && b.dayCount) { if (da && db && da !== db) continue; }
        else {
          const [dc, tot, idc, itot] = a.dayCount ? [a, b, iv[i], iv[j]] : [b, a, iv[j], iv[i]];
          const dd = dc.asOf?.slice(0, 10); const dt = tot.asOf?.slice(0, 10);
          if (dd && dt && dt < dd) continue;
          if (itot.hi < idc.lo) return { consistent: false, why: `${tot.label}${tot.asOf ? ` (${tot.asOf})` : ''} is below ${dc.label}, done on one day before it` };
          continue;
        }
      }
      // the figure a change started from is earlier than a figure of its day that is not one ("raised from 44", then
      // "at least 50" the same day); of a state, it is another day's figure ("70 missing, down from 95")
      const prior = !!a.prior !== !!b.prior && (!da || !db || da === db);
      // (two figures of the moment the event happened are of one moment, whatever day each report gives them; but
      // the figure a change started from is still an earlier one)
      if (stock && (prior || (!(a.atOnset && b.atOnset) && da && db && da !== db))) continue;
      if (cumulative && ((da && db && da !== db) || prior)) {
        const aEarly = prior ? !!a.prior : da! < db!;
        const [early, late, ie, il] = aEarly ? [a, b, iv[i], iv[j]] : [b, a, iv[j], iv[i]];
        // the later upper end must reach the earlier floor
        if (il.hi < ie.lo || (il.hi === ie.lo && (il.hiOpen || ie.loOpen))) {
          // (a prior reading may have no day: it is the figure the other rose from)
          const when = (r: Reading) => (r.asOf ? ` (${r.asOf})` : r.prior ? ' (the figure it rose from)' : '');
          return { consistent: false, why: `${late.label}${when(late)} is below ${early.label}${when(early)}; a count like this cannot go down` };
        }
        continue;
      }
      if (!intersects(iv[i], iv[j])) {
        return { consistent: false, why: `${a.label} and ${b.label}${da && da === db ? ` on the same day (${da})` : ''} cannot both be true` };
      }
    }
  }
  return { consistent: true, why: all.length > 1 ? (cumulative ? 'the figures agree or rise over time' : stock ? 'the figures of each day agree; the count moves from day to day' : 'the figures agree within their bounds, rounding and units') : 'a single value' };
}

/**
 * Milliseconds interval of a resolved TIMEX value ("2023-09-10", "2023-09-10TNI", "2023-09", "2023-W37",
 * "2023-Q3" …, read by `timexSpan`, the one reading of calendar values the certainty stage shares), with
 * its modifier: "as early as Tuesday" (ON_OR_AFTER) is open to the right, "about" widens by two days.
 */
export function timeInterval(value: string, mod?: string): Interval | undefined {
  // a span of days, written as an ISO 8601 interval "2023-11-12/2023-11-28" (see `spanValue`)
  const slash = value.indexOf('/');
  if (slash > 0) {
    const a = timexSpan(value.slice(0, slash)); const b = timexSpan(value.slice(slash + 1));
    return a && b && b.hi > a.lo ? { lo: a.lo, hi: b.hi, hiOpen: true } : undefined;
  }
  const s = timexSpan(value);
  if (!s) return undefined;
  const { lo, hi } = s;
  switch (mod) {
    case 'ON_OR_AFTER': return { lo, hi: Infinity };
    case 'AFTER': return { lo: hi, hi: Infinity };
    case 'ON_OR_BEFORE': return { lo: -Infinity, hi };
    case 'BEFORE': return { lo: -Infinity, hi: lo };
    case 'APPROX': return { lo: lo - 2 * DAY_MS, hi: hi + 2 * DAY_MS };
    default: return { lo, hi, hiOpen: true };
  }
}

/**
 * Events that unfold over days (a flood, a storm, a siege, an outbreak), states that last (a ship or a
 * submersible missing since it lost contact) and the deaths of a disaster, which are counted over hours
 * (the trapped die overnight, the injured in hospital the next day, bodies are found the next morning):
 * reports a day apart describe the same one.
 */
export const DURATIVE = /DISASTER|FLOOD|STORM|FIRE|DROUGHT|EPIDEMIC|OUTBREAK|CRISIS|WAR|SIEGE|PROTEST|STRIKE|CAMPAIGN|MISSING|DEATHS/;
/**
 * Actions carried on or repeated over days (a rescue operation, evacuation flights, protests, strikes,
 * deliveries of aid, an inquiry): reports that date them to different days tell different days of one
 * effort, not a disagreement about when it happened.
 */
export const REPEATED = /^(RESCUE|EVACUATION|PROTEST|STRIKE|DISPLACEMENT|MILITARY_EXERCISE|PROVIDE_AID|DELIVERY|INVESTIGATE)$/;

/**
 * A time expression and the one the text ties to it as the end of a span ("from November 12 to
 * November 28", "between July 27 and July 30", "July 27-30"), as one value: an ISO 8601 interval
 * "start/end", or the expression's own value when it starts no span.
 */
export function spanValue(text: string, t: { start: number; end: number; value: string; type?: string }, next?: { start: number; end: number; value: string; type?: string }): string {
  if (!next || t.type !== 'DATE' || next.type !== 'DATE' || !/^\d{4}-\d{2}-\d{2}$/.test(t.value) || !/^\d{4}-\d{2}-\d{2}$/.test(next.value) || next.value <= t.value) return t.value;
  const gap = text.slice(t.end, next.start);
  const lead = text.slice(Math.max(0, t.start - 10), t.start);
  if (/^\s*(?:-|–|—|to|through|until|till)\s*$/i.test(gap) && (/\b(?:from|between)\s+$/i.test(lead) || /^\s*[-–]\s*$/.test(gap))) return `${t.value}/${next.value}`;
  if (/^\s*and\s*$/i.test(gap) && /\bbetween\s+$/i.test(lead)) return `${t.value}/${next.value}`;
  return t.value;
}

/** Like places: reports disagree on when when some report's times all exclude another report's times. */

export function judgeTimes(readings: { value: string; mod?: string; label: string; doc?: string }[], slackMs = 0): { consistent: boolean; why: string } {
  const docs = new Map<string, { iv: Interval; label: string }[]>();
  readings.forEach((r, i) => {
    const raw = timeInterval(r.value, r.mod);
    const iv = raw && slackMs ? { ...raw, lo: raw.lo - slackMs, hi: raw.hi + slackMs } : raw;
    if (!iv) return;
    const k = r.doc ?? String(i);
    if (!docs.has(k)) docs.set(k, []);
    docs.get(k)!.push({ iv, label: r.label });
  });
  const groups = [...docs.values()];
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      if (groups[i].some((a) => groups[j].some((b) => intersects(a.iv, b.iv)))) continue;
      return { consistent: false, why: `${groups[i][0].label} and ${groups[j][0].label} cannot both be when it happened` };
    }
  }
  return { consistent: true, why: readings.length > 1 ? 'the times overlap' : 'a single value' };
}

/** Great-circle distance in km. */
export function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const dLat = (b.lat - a.lat) * r; const dLon = (b.lon - a.lon) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface Place { key: string; name: string; type?: string; lat?: number; lon?: number; country?: string; isCountry?: boolean; large?: boolean }

/** Two places can both be "where it happened": the same place, one inside the other, or a few km apart. */
export function placesCompatible(a: Place, b: Place, nearKm = 40): boolean {
  if (a.key === b.key) return true;
  if (a.isCountry && b.country && a.country === b.country) return true;
  if (b.isCountry && a.country && a.country === b.country) return true;
  const na = a.name.toLowerCase(); const nb = b.name.toLowerCase();
  // "Vostochny" and "Vostochny Cosmodrome", "Derna" and "Derna port": one name inside the other
  if (na.includes(nb) || nb.includes(na)) return true;
  if (a.lat !== undefined && a.lon !== undefined && b.lat !== undefined && b.lon !== undefined) {
    const d = haversineKm(a as { lat: number; lon: number }, b as { lat: number; lon: number });
    // a region, sea or country-sized area may hold the other place: only a great distance rules it out
    return d <= ((a.large || b.large || a.isCountry || b.isCountry) ? 1000 : nearKm);
  }
  // without coordinates nothing proves two places apart: no conflict is called
  return true;
}

/**
 * Reports disagree about a place when some report's places are all incompatible with another
 * report's places ("meet in Vladivostok" against "met at the Vostochny Cosmodrome", 1,000 km apart).
 * Several places in one report are a list, not a contradiction.
 */
export function judgePlaces(byDoc: Place[][]): { consistent: boolean; why: string } {
  for (let i = 0; i < byDoc.length; i++) {
    for (let j = i + 1; j < byDoc.length; j++) {
      if (!byDoc[i].length || !byDoc[j].length) continue;
      if (byDoc[i].some((a) => byDoc[j].some((b) => placesCompatible(a, b)))) continue;
      const a = byDoc[i][0]; const b = byDoc[j][0];
      const d = a.lat !== undefined && b.lat !== undefined ? ` (${Math.round(haversineKm(a as { lat: number; lon: number }, b as { lat: number; lon: number }))} km apart)` : '';
      return { consistent: false, why: `${a.name} and ${b.name} are different places${d}` };
    }
  }
  const n = byDoc.flat().length;
  return { consistent: true, why: n > 1 ? 'the places are the same, near each other, or one contains the other' : 'a single value' };
}
