// splitPhases read its "no later reading below a floor of the phase" condition by pairing every later reading with
// every earlier one on every reporting day after a pause: cubic, so 400 readings on 400 days took 12 s and 1,000
// did not finish in two minutes. It now reads the same condition from the lowest later ceiling and the highest
// floor so far; the phases must be those of the pairwise reading (kept here as the oracle).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitPhases, PHASE_GAP_DAYS } from '../../src/story/series.js';
import { interval, isCumulative, scale, toSi, type Reading } from '../../src/story/values.js';
import { DAY_MS } from '../../src/nlp/time/date-math.js';

/** The pairwise splitPhases of stop 38, verbatim but for names: the reference the fast one must agree with. */
function pairwisePhases<R extends Reading>(attribute: string, readings: R[]): R[][] {
  const day = (r: Reading) => r.asOf!.slice(0, 10);
  const days = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / DAY_MS);
  const iv = (r: Reading) => scale(interval(r.value, r.mod), toSi(1, r.unit));
  const level = (r: Reading) => toSi(r.value, r.unit);
  const below = (later: Reading, earlier: Reading): boolean => {
    const l = iv(later); const e = iv(earlier);
    return l.hi < e.lo || (l.hi === e.lo && Boolean(l.hiOpen || e.loOpen));
  };
  if (!isCumulative(attribute) || readings.length < 2 || readings.some((r) => !r.asOf)) return [readings];
  const sorted = [...readings].sort((a, b) => day(a).localeCompare(day(b)));
  const dayList = [...new Set(sorted.map(day))];
  const phases: R[][] = [];
  let cur: R[] = [];
  for (const [i, d] of dayList.entries()) {
    const today = sorted.filter((r) => day(r) === d);
    if (cur.length && days(dayList[i - 1]!, d) >= PHASE_GAP_DAYS) {
      const top = Math.max(...cur.map(level));
      const rest = sorted.filter((r) => day(r) >= d);
      if (today.some((r) => level(r) > top) && !rest.some((l) => cur.some((e) => below(l, e)))) { phases.push(cur); cur = []; }
    }
    cur.push(...today);
  }
  phases.push(cur);
  return phases;
}

const MODS = [undefined, 'AT_LEAST', 'MORE_THAN', 'AT_MOST', 'LESS_THAN', 'APPROX', 'MIN', 'MAX'];
const reading = fc.record({
  value: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constantFrom(1.5, 2.5, 100, 1000, 1100, Number.NaN)),
  mod: fc.constantFrom(...MODS),
  day: fc.integer({ min: 0, max: 12 }),
  unit: fc.constantFrom('person', 'person', 'km'),
}).map(({ value, mod, day, unit }) => ({
  value, unit, label: String(value), asOf: new Date(Date.UTC(2023, 0, 1 + day)).toISOString().slice(0, day % 3 === 0 ? 19 : 10),
  ...(mod ? { mod } : {}),
}));

test('splitPhases cuts where the pairwise reading cuts: random series of bounded, rounded, open and NaN figures', () => {
  fc.assert(fc.property(fc.array(reading, { maxLength: 14 }), fc.constantFrom('death toll', 'missing', 'distance'), (rs, attribute) => {
    const fast = splitPhases(attribute, rs).map((p) => p.readings);
    assert.deepEqual(fast, pairwisePhases(attribute, rs));
  }), { numRuns: 3000 });
});

test('splitPhases: a floor equal to a later ceiling blocks a cut only with an open end', () => {
  const r = (value: number, asOf: string, mod?: string) => ({ value, unit: 'person', asOf, label: String(value), ...(mod ? { mod } : {}) });
  // "more than 100" on day 1, then 200 on day 5 and "up to 100" on day 6: the ceiling 100 touches the open floor 100
  const open = [r(100, '2023-01-01', 'MORE_THAN'), r(200, '2023-01-05'), r(100, '2023-01-06', 'AT_MOST')];
  assert.equal(splitPhases('death toll', open).length, 1);
  assert.deepEqual(splitPhases('death toll', open).map((p) => p.readings), pairwisePhases('death toll', open));
  // "at least 100", then 200 and "up to 100": both ends closed, 100 can hold in both, so the cut is made
  const closed = [r(100, '2023-01-01', 'AT_LEAST'), r(200, '2023-01-05'), r(100, '2023-01-06', 'AT_MOST')];
  assert.equal(splitPhases('death toll', closed).length, 2);
  assert.deepEqual(splitPhases('death toll', closed).map((p) => p.readings), pairwisePhases('death toll', closed));
});

test('splitPhases on 10,000 readings, one every other day, rising then dropping at the end, finishes within 2 s', () => {
  const iso = (k: number) => new Date(Date.UTC(2000, 0, 1) + k * DAY_MS).toISOString().slice(0, 10);
  const n = 10_000;
  const rs = Array.from({ length: n }, (_, i) => ({ value: i === n - 1 ? 1 : 100 + i, unit: 'person', asOf: iso(2 * i), label: '' }));
  const t0 = performance.now();
  const phases = splitPhases('death toll', rs);
  assert.ok(performance.now() - t0 < 2000, `took ${(performance.now() - t0).toFixed(0)} ms`);
  assert.equal(phases.length, 1, 'the final drop keeps every reading in one phase');
  const rising = rs.slice(0, 2000).map((r, i) => ({ ...r, value: 100 + i }));
  assert.equal(splitPhases('death toll', rising).length, 2000, 'each higher figure after a pause is a phase of its own');
});
