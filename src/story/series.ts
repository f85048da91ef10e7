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
  // each reporting day once, in that order, with its readings in sorted order (grouped by the exact day string)
  const byDay = new Map<string, R[]>();
  for (const r of sorted) {
    const d = day(r);
    const list = byDay.get(d);
    if (list) list.push(r); else byDay.set(d, [r]);
  }
  const dayList = [...byDay.keys()];
  // "some reading from day d on falls below a floor of the phase so far", read from aggregates instead of pairing
  // every later reading with every earlier one (cubic in the readings: 400 readings on 400 days took 12 s).
  // below(l, e) holds for some pair exactly when the lowest ceiling m of the later readings is under the highest
  // floor M of the phase, or equal to it with either end open there (NaN ends never compare, so they are skipped).
  // Later readings are those whose day string is >= d, a suffix of the days in string order.
  const ivs = new Map<R, Interval>();
  const ivOf = (r: R): Interval => { let x = ivs.get(r); if (!x) ivs.set(r, x = iv(r)); return x; };
  const byString = [...dayList].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const suffixMin: number[] = new Array(byString.length);
  const suffixOpen: boolean[] = new Array(byString.length);
  let m = NaN; let mOpen = false;
  for (let k = byString.length - 1; k >= 0; k--) {
    for (const r of byDay.get(byString[k]!)!) {
      const { hi, hiOpen } = ivOf(r);
      if (hi !== hi) continue;
      if (hi < m || m !== m) { m = hi; mOpen = Boolean(hiOpen); } else if (hi === m && hiOpen) mOpen = true;
    }
    suffixMin[k] = m; suffixOpen[k] = mOpen;
  }
  const stringRank = new Map(byString.map((d, k) => [d, k]));
  const phases: R[][] = [];
  let cur: R[] = [];
  let top = -Infinity; // Math.max of the levels in cur (NaN once any is NaN, as Math.max(...) gives)
  let floor = NaN; let floorOpen = false; // the highest lower end in cur, and whether one at it is open
  const add = (r: R): void => {
    cur.push(r);
    top = Math.max(top, level(r));
    const { lo, loOpen } = ivOf(r);
    if (lo !== lo) return;
    if (lo > floor || floor !== floor) { floor = lo; floorOpen = Boolean(loOpen); } else if (lo === floor && loOpen) floorOpen = true;
  };
  for (const [i, d] of dayList.entries()) {
    const today = byDay.get(d)!;
    if (cur.length && days(dayList[i - 1]!, d) >= PHASE_GAP_DAYS) {
      const k = stringRank.get(d)!;
      const lowest = suffixMin[k]!;
      const falls = lowest < floor || (lowest === floor && (suffixOpen[k]! || floorOpen));
      if (today.some((r) => level(r) > top) && !falls) {
        phases.push(cur); cur = []; top = -Infinity; floor = NaN; floorOpen = false;
      }
    }
    for (const r of today) add(r);
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
