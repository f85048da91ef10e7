import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { interval, intersects, judgePlaces, judgeQuantities, judgeTimes, placesCompatible, roundingTolerance, toSi } from '../../src/story/values.js';

const r = (value: number, unit: string, mod?: string, asOf?: string, doc?: string) => ({ value, unit, ...(mod ? { mod } : {}), ...(asOf ? { asOf } : {}), label: `${mod ?? ''} ${value} ${unit}`, ...(doc ? { doc } : {}) });

test('bounds: "at least 20 cars" and "90 cars" are consistent; "at most 20" and "90" are not', () => {
  assert.equal(judgeQuantities('car', [r(20, 'car', 'AT_LEAST', undefined, 'a'), r(90, 'car', undefined, undefined, 'b')]).consistent, true);
  assert.equal(judgeQuantities('car', [r(20, 'car', 'AT_MOST', undefined, 'a'), r(90, 'car', undefined, undefined, 'b')]).consistent, false);
  assert.equal(judgeQuantities('car', [r(25, 'car', 'MORE_THAN', undefined, 'a'), r(20, 'car', undefined, undefined, 'b')]).consistent, false);
  assert.equal(judgeQuantities('car', [r(20, 'car', 'AT_LEAST', undefined, 'a'), r(20, 'car', undefined, undefined, 'b')]).consistent, true);
});

test('units: "59 km/h" and "37 mph" are one speed; "45 mph" is another', () => {
  assert.equal(judgeQuantities('speed', [r(59, 'km/h', undefined, undefined, 'a'), r(37, 'mph', undefined, undefined, 'b')]).consistent, true);
  assert.equal(judgeQuantities('speed', [r(59, 'km/h', undefined, undefined, 'a'), r(45, 'mph', undefined, undefined, 'b')]).consistent, false);
  assert.ok(Math.abs(toSi(59, 'km/h') - 16.39) < 0.01);
  assert.equal(judgeQuantities('distance', [r(1000, 'km', undefined, undefined, 'a'), r(621, 'mi', undefined, undefined, 'b')]).consistent, true);
});

test('rounding and approximation: "$71 million" is "$71.4 million" rounded; "about 7,000" covers 6,500', () => {
  assert.equal(judgeQuantities('appeal', [r(71_400_000, 'USD', undefined, undefined, 'a'), r(71_000_000, 'USD', undefined, undefined, 'b')]).consistent, true);
  assert.equal(judgeQuantities('appeal', [r(71_400_000, 'USD', undefined, undefined, 'a'), r(75_000_000, 'USD', undefined, undefined, 'b')]).consistent, false);
  assert.equal(judgeQuantities('people', [r(7000, 'person', 'APPROX', undefined, 'a'), r(6500, 'person', undefined, undefined, 'b')]).consistent, true);
  assert.equal(roundingTolerance(3958), 0.5);
  assert.equal(roundingTolerance(71_000_000), 500_000);
});

test('death tolls: rising on later days is an update; two tolls for one day, or a fall, is a conflict', () => {
  const rising = [r(150, 'person', 'AT_LEAST', '2023-09-11'), r(2300, 'person', 'MORE_THAN', '2023-09-12'), r(5500, 'person', undefined, '2023-09-13'), r(11300, 'person', undefined, '2023-09-14')];
  assert.equal(judgeQuantities('death toll', rising).consistent, true);
  const sameDay = [r(2000, 'person', 'AT_MOST', '2023-09-11', 'a'), r(2000, 'person', 'MORE_THAN', '2023-09-11', 'a')];
  const v = judgeQuantities('death toll', sameDay);
  assert.equal(v.consistent, false);
  assert.match(v.why, /same day/);
  const falling = [r(11300, 'person', 'AT_LEAST', '2023-09-15'), r(3958, 'person', undefined, '2023-09-17')];
  assert.equal(judgeQuantities('death toll', falling).consistent, false);
  // a lower bound reported later fits any earlier figure
  assert.equal(judgeQuantities('death toll', [r(11300, 'person', undefined, '2023-09-14'), r(3800, 'person', 'MORE_THAN', '2023-09-23')]).consistent, true);
});

test('places: Vladivostok and the Vostochny Cosmodrome are far apart; a city is inside its country', () => {
  const vlad = { key: 'v', name: 'Vladivostok', lat: 43.1155, lon: 131.8855, country: 'RU' };
  const vost = { key: 'c', name: 'Vostochny Cosmodrome', lat: 51.884, lon: 128.334, country: 'RU' };
  const russia = { key: 'r', name: 'Russia', lat: 60, lon: 90, country: 'RU', isCountry: true };
  const port = { key: 'p', name: 'Vladivostok port', lat: 43.11, lon: 131.9, country: 'RU' };
  const v = judgePlaces([[vlad], [vost]]);
  assert.equal(v.consistent, false);
  assert.match(v.why, /km apart/);
  assert.equal(judgePlaces([[vlad], [russia]]).consistent, true);
  assert.equal(judgePlaces([[vlad], [port]]).consistent, true);
  assert.equal(judgePlaces([[vlad, vost]]).consistent, true, 'one report listing two places is not a contradiction');
  assert.equal(placesCompatible({ key: 'a', name: 'Somewhere' }, { key: 'b', name: 'Elsewhere' }), true, 'no coordinates: no conflict can be proven');
});

test('times: "as early as Tuesday" and "on Wednesday" are consistent; Monday and Wednesday are not', () => {
  assert.equal(judgeTimes([{ value: '2023-09-12', mod: 'ON_OR_AFTER', label: 'as early as Tuesday', doc: 'a' }, { value: '2023-09-13', label: 'on Wednesday', doc: 'b' }]).consistent, true);
  assert.equal(judgeTimes([{ value: '2023-09-11', label: 'Monday', doc: 'a' }, { value: '2023-09-13', label: 'Wednesday', doc: 'b' }]).consistent, false);
  assert.equal(judgeTimes([{ value: '2023-09-10TNI', label: 'Sunday night', doc: 'a' }, { value: '2023-09-10', label: 'September 10', doc: 'b' }]).consistent, true);
  assert.equal(judgeTimes([{ value: '2023-09-10TNI', label: 'Sunday night', doc: 'a' }, { value: '2023-09-11', label: 'Monday', doc: 'b' }]).consistent, true, 'the night runs past midnight');
  assert.equal(judgeTimes([{ value: '2023-09-10TMO', label: 'Sunday morning', doc: 'a' }, { value: '2023-09-10TEV', label: 'Sunday evening', doc: 'b' }]).consistent, false);
  // a flood unfolds over days: the 10th and the 11th describe one; the 10th and the 13th do not
  assert.equal(judgeTimes([{ value: '2023-09-10', label: 'Sunday', doc: 'a' }, { value: '2023-09-11', label: 'Monday', doc: 'b' }], 43_200_000).consistent, true);
  assert.equal(judgeTimes([{ value: '2023-09-10', label: 'Sunday', doc: 'a' }, { value: '2023-09-13', label: 'Wednesday', doc: 'b' }], 43_200_000).consistent, false);
  assert.equal(judgeTimes([{ value: '2023-09', label: 'September', doc: 'a' }, { value: '2023-09-10', label: 'September 10', doc: 'b' }]).consistent, true);
  assert.equal(judgeTimes([{ value: '2023-W37', label: 'that week', doc: 'a' }, { value: '2023-09-13', label: 'Wednesday', doc: 'b' }]).consistent, true);
});

test('interval algebra: a value always fits itself under any modifier', () => {
  const mods = [undefined, 'AT_LEAST', 'AT_MOST', 'APPROX', 'MIN', 'MAX'];
  fc.assert(fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.constantFrom(...mods), (v, m) => {
    assert.ok(intersects(interval(v), interval(v, m)));
  }));
});

test('counts of a state (missing, displaced) move both ways between days; only same-day figures can clash', async () => {
  const { isStock, isCumulative } = await import('../../src/story/values.js');
  assert.equal(isStock('missing'), true);
  assert.equal(isStock('displaced'), true);
  assert.equal(isCumulative('missing'), false);
  assert.equal(isStock('death toll'), false);
  const missing = [r(159, 'person', undefined, '2021-06-25', 'a'), r(145, 'person', undefined, '2021-07-01', 'b'), r(1, 'person', undefined, '2021-07-23', 'c')];
  assert.equal(judgeQuantities('missing', missing).consistent, true, 'falls as people are found');
  assert.equal(judgeQuantities('missing', [r(99, 'person', undefined, '2021-06-25', 'a'), r(159, 'person', undefined, '2021-06-25', 'b')]).consistent, false, 'same day');
  // a death toll that falls is still a contradiction
  assert.equal(judgeQuantities('death toll', [r(159, 'person', undefined, '2021-06-25', 'a'), r(145, 'person', undefined, '2021-07-01', 'b')]).consistent, false);
});

test('one speaker\'s total and part in one report are not a contradiction; two speakers\' figures are', () => {
  const v = (value: number, doc: string, voice: string, asOf = '2021-07-01') => ({ ...r(value, 'person', undefined, asOf, doc), voice });
  // "the toll rose to 18 after the bodies of two children were recovered, the mayor said"
  assert.equal(judgeQuantities('death toll', [v(18, 'a', 'mayor'), v(2, 'a', 'mayor')]).consistent, true);
  // the part is not a reading of the total: an earlier 9 from another report does not clash with it
  assert.equal(judgeQuantities('death toll', [v(9, 'b', '', '2021-06-27'), v(18, 'a', 'mayor'), v(2, 'a', 'mayor')]).consistent, true);
  // two speakers in one report, same day, incompatible figures
  assert.equal(judgeQuantities('death toll', [v(18, 'a', 'mayor'), v(2, 'a', 'police')]).consistent, false);
  // one speaker, two reports
  assert.equal(judgeQuantities('death toll', [v(18, 'a', 'mayor'), v(2, 'b', 'mayor')]).consistent, false);
});

test('timeInterval and dayRange read calendar values through one parser and agree on the days', async () => {
  const { timeInterval } = await import('../../src/story/values.js');
  const { dayRange } = await import('../../src/nlp/certainty/timex-range.js');
  const D = 86400000; const u = Date.UTC;
  // the values the story builder read before the merge keep their intervals
  assert.deepEqual(timeInterval('2023-09-10'), { lo: u(2023, 8, 10), hi: u(2023, 8, 11), hiOpen: true });
  assert.deepEqual(timeInterval('2023-09-10T14:05'), { lo: u(2023, 8, 10, 14, 5), hi: u(2023, 8, 10, 14, 6), hiOpen: true });
  assert.deepEqual(timeInterval('2023-09-10TNI'), { lo: u(2023, 8, 10, 21), hi: u(2023, 8, 11, 6), hiOpen: true });
  assert.deepEqual(timeInterval('2023-09'), { lo: u(2023, 8, 1), hi: u(2023, 9, 1), hiOpen: true });
  assert.deepEqual(timeInterval('2023-W37'), { lo: u(2023, 8, 11), hi: u(2023, 8, 18), hiOpen: true });
  assert.deepEqual(timeInterval('2023'), { lo: u(2023, 0, 1), hi: u(2024, 0, 1), hiOpen: true });
  assert.deepEqual(timeInterval('2023-09-12', 'ON_OR_AFTER'), { lo: u(2023, 8, 12), hi: Infinity });
  assert.deepEqual(timeInterval('2023-09-12', 'APPROX'), { lo: u(2023, 8, 10), hi: u(2023, 8, 15) });
  // what the certainty stage's day ranges already knew, the story builder now reads too
  assert.deepEqual(timeInterval('2023-Q3'), { lo: u(2023, 6, 1), hi: u(2023, 9, 1), hiOpen: true });
  assert.deepEqual(timeInterval('2023-WI'), { lo: u(2023, 11, 1), hi: u(2024, 2, 1), hiOpen: true });
  assert.deepEqual(timeInterval('2023-W37-WE'), { lo: u(2023, 8, 16), hi: u(2023, 8, 18), hiOpen: true });
  // negative: impossible dates and months, durations and refs have no interval in either
  for (const v of ['2023-02-30', '2023-13', '2023-00', 'P3D', 'PRESENT_REF', 'XXXX-03', 'T10:00']) {
    assert.equal(timeInterval(v), undefined, v);
    assert.equal(dayRange(v), undefined, v);
  }
  // the days of every calendar value are the same in both (a clock time or part of day counts as its day)
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  for (const v of ['2024-02-29', '2024-02', '2024-W01', '2024-W52-WE', '2020-Q1', '2024-H2', '2024-SU', '2024', '199']) {
    const iv = timeInterval(v)!;
    assert.deepEqual(dayRange(v), [iso(iv.lo), iso(iv.hi - D)], v);
  }
  assert.deepEqual(dayRange('2024-03-06TNI'), ['2024-03-06', '2024-03-06']);
});

test('units outside the story\'s own table convert through the quantity stage\'s lexicon', async () => {
  const { dimension } = await import('../../src/story/values.js');
  assert.equal(dimension('mi2'), 'area');
  assert.equal(dimension('acre'), 'area');
  assert.equal(dimension('gal'), 'volume');
  assert.equal(dimension('ft'), 'distance');
  assert.ok(Math.abs(toSi(1, 'mi2') - 2589988.11) < 1);
  assert.ok(Math.abs(toSi(32, '°F') - 273.15) < 1e-6, 'temperatures keep their offset');
  // negative: counted nouns and currencies are not units
  assert.equal(dimension('car'), 'car');
  assert.equal(dimension('USD'), 'money');
  assert.equal(toSi(3, 'car'), 3);
});
