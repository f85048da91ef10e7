// A figure reported over time (a death toll, the number missing) is a time series of readings, each
// with its value, bounds, date and source. Counts that only grow are revised upward as reports come in:
// the series is cut into phases where, after a pause in reporting, a higher figure supersedes the
// earlier ones ("up to 2,000" and "more than 2,300" on the first two days; 5,500 then 11,300 three days
// later). Each phase gets its own verdict: readings of one phase that cannot all hold are a contradiction;
// a figure rising from one day to the next is an update. A later figure below an earlier floor is never a
// phase boundary, so a toll that "goes down" stays in one phase and is judged a contradiction.

import { DAY_MS } from '../nlp/time/date-math.js';
import { interval, isCumulative, isStock, judgeQuantities, scale, toSi, type Interval, type Reading } from './values.js';

/** Days without new readings after which a higher figure starts a new phase (reports a day apart are one wave). */
export const PHASE_GAP_DAYS = 2;

/**
 * What a set of readings says: one value; several that agree; a count that rose over time (each later
 * figure at or above the earlier floors); or values that cannot all be true.
 */
export type Verdict = 'single' | 'agree' | 'updated' | 'contradiction';

export interface Phase<R extends Reading> { readings: R[]; from?: string; to?: string }

const day = (r: Reading) => r.asOf!.slice(0, 10);
const days = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / DAY_MS);
const iv = (r: Reading): Interval => scale(interval(r.value, r.mod), toSi(1, r.unit));
const level = (r: Reading) => toSi(r.value, r.unit);

/** Whether `later` is below `earlier`'s floor (its whole interval under the earlier lower end). */
function below(later: Reading, earlier: Reading): boolean {
  const l = iv(later); const e = iv(earlier);
  return l.hi < e.lo || (l.hi === e.lo && Boolean(l.hiOpen || e.loOpen));
}

/**
 * Phases of a series of readings, in date order. Only cumulative counts are cut, and only where all of
 * these hold: at least PHASE_GAP_DAYS between the last reading so far and the next reporting day; that
 * day brings a figure above every figure so far (a revision upward, not a repeat or a weaker bound);
 * and no reading from then on falls below a floor of the earlier phase.
 */
export function splitPhases<R extends Reading>(attribute: string, readings: R[]): Phase<R>[] {
  const whole = (rs: R[]): Phase<R> => {
    const ds = rs.filter((r) => r.asOf).map(day).sort();
    return { readings: rs, ...(ds.length ? { from: ds[0], to: ds[ds.length - 1] } : {}) };
  };
  if (!isCumulative(attribute) || readings.length < 2 || readings.some((r) => !r.asOf)) return [whole(readings)];
  const sorted = [...readings].sort((a, b) => day(a).localeCompare(day(b)));
  const dayList = [...new Set(sorted.map(day))];
  const phases: R[][] = [];
  let cur: R[] = [];
  for (const [i, d] of dayList.entries()) {
    const today = sorted.filter((r) => day(r) === d);
    if (cur.length && days(dayList[i - 1], d) >= PHASE_GAP_DAYS) {
      const top = Math.max(...cur.map(level));
      const rest = sorted.filter((r) => day(r) >= d);
      if (today.some((r) => level(r) > top) && !rest.some((l) => cur.some((e) => below(l, e)))) { phases.push(cur); cur = []; }
    }
    cur.push(...today);
  }
  phases.push(cur);
  return phases.map(whole);
}

/** The verdict on the readings of one phase, with the reason. */
export function judgeSeries(attribute: string, readings: Reading[]): { consistent: boolean; verdict: Verdict; why: string } {
  const j = judgeQuantities(attribute, readings);
  if (!j.consistent) return { ...j, verdict: 'contradiction' };
  const distinct = new Set(readings.map((r) => `${level(r)}|${r.mod ?? ''}`));
  if (distinct.size <= 1) return { ...j, verdict: readings.length > 1 ? 'agree' : 'single' };
  if ((isCumulative(attribute) || isStock(attribute)) && readings.every((r) => r.asOf)) {
    // rising: the highest figure of a later day is above the highest of the first day
    const sorted = [...readings].sort((a, b) => day(a).localeCompare(day(b)));
    const first = day(sorted[0]);
    const top0 = Math.max(...sorted.filter((r) => day(r) === first).map(level));
    const later = sorted.filter((r) => day(r) > first);
    if (later.length && isCumulative(attribute) && Math.max(...later.map(level)) > top0) return { consistent: true, verdict: 'updated', why: 'the figure rose as reports came in; each later figure is at or above the earlier floors' };
    const days = new Set(sorted.map(day));
    if (!isCumulative(attribute) && days.size > 1) return { consistent: true, verdict: 'updated', why: j.why };
  }
  return { ...j, verdict: 'agree' };
}
