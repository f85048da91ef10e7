import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeSeries, splitPhases } from '../../src/story/series.js';

const r = (value: number, asOf: string, mod?: string, doc = 'd') => ({ value, unit: 'person', asOf, doc, label: `${mod ?? ''} ${value}`, ...(mod ? { mod } : {}) });
const values = (ph: { readings: { value: number }[] }[]) => ph.map((p) => p.readings.map((x) => x.value));

test('a toll revised upward after a pause in reporting is cut into phases', () => {
  const rs = [r(2000, '2023-09-11', 'AT_MOST'), r(2000, '2023-09-11', 'MORE_THAN'), r(2300, '2023-09-12', 'MORE_THAN'), r(5500, '2023-09-14'), r(11300, '2023-09-15', 'AT_LEAST')];
  const ph = splitPhases('death toll', rs);
  assert.deepEqual(values(ph), [[2000, 2000, 2300], [5500, 11300]]);
  assert.deepEqual([ph[0].from, ph[0].to, ph[1].from, ph[1].to], ['2023-09-11', '2023-09-12', '2023-09-14', '2023-09-15']);
  assert.equal(judgeSeries('death toll', ph[0].readings).verdict, 'contradiction', '"up to 2,000" and "more than 2,000" on one day');
  assert.equal(judgeSeries('death toll', ph[1].readings).verdict, 'updated');
});

test('no phase boundary: reports on consecutive days, a repeat, a weaker bound, a drop, a non-cumulative attribute', () => {
  // a day apart: one wave of reporting, however much the figure rises
  assert.equal(splitPhases('death toll', [r(100, '2023-01-01'), r(300, '2023-01-02')]).length, 1);
  // the later day brings no higher figure
  assert.equal(splitPhases('death toll', [r(100, '2023-01-01'), r(100, '2023-01-05')]).length, 1);
  assert.equal(splitPhases('death toll', [r(100, '2023-01-01'), r(50, '2023-01-05', 'MORE_THAN')]).length, 1);
  // a later figure below the earlier floor: kept together, so the contradiction shows
  const drop = [r(11300, '2023-09-15', 'AT_LEAST'), r(20000, '2023-09-18'), r(3958, '2023-09-19')];
  assert.equal(splitPhases('death toll', drop).length, 1);
  assert.equal(judgeSeries('death toll', drop).verdict, 'contradiction');
  // sizes of a thing do not grow as reports come in
  assert.equal(splitPhases('distance', [r(10, '2023-01-01'), r(30, '2023-01-05')]).length, 1);
  // a reading without a date cannot be placed
  assert.equal(splitPhases('death toll', [r(10, '2023-01-01'), { value: 30, unit: 'person', label: '30' }]).length, 1);
});

test('series verdicts: single, agree, updated, contradiction', () => {
  assert.equal(judgeSeries('death toll', [r(10, '2023-01-01')]).verdict, 'single');
  assert.equal(judgeSeries('death toll', [r(10, '2023-01-01', undefined, 'a'), r(10, '2023-01-01', undefined, 'b')]).verdict, 'agree');
  assert.equal(judgeSeries('death toll', [r(10, '2023-01-01', 'AT_LEAST', 'a'), r(12, '2023-01-01', undefined, 'b')]).verdict, 'agree', 'a floor and a figure above it, one day');
  assert.equal(judgeSeries('death toll', [r(10, '2023-01-01'), r(12, '2023-01-02')]).verdict, 'updated');
  // same day, different sources, incompatible figures: a contradiction, not an update
  const same = judgeSeries('death toll', [r(10, '2023-01-01', undefined, 'a'), r(40, '2023-01-01', undefined, 'b')]);
  assert.equal(same.verdict, 'contradiction');
  assert.equal(same.consistent, false);
  // a non-cumulative figure that differs between reports is a contradiction even on different days
  assert.equal(judgeSeries('distance', [r(10, '2023-01-01', undefined, 'a'), r(12, '2023-01-02', undefined, 'b')]).verdict, 'contradiction');
});
