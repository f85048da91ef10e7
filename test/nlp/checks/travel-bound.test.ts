import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity, Quantity, TimeExpr } from '../../../src/core/types.js';
import { travelTimeChecks } from '../../../src/nlp/checks/travelTime.js';

// A long document of many speeds, distances, times and places: each figure reads only its own sentences' times, figures
// and places (a binary search), not the whole document's, so the travel checks stay near-linear. The figures are
// built by hand so that only the travel checks are timed. Invented sentences.
const SPEED = 'The ship was sailing at 20 knots near Tobruk for two hours. ';
const DIST = 'The ferry journey of 30 km near Tobruk took two hours. ';

function build(n: number): { text: string; qs: Quantity[]; times: TimeExpr[]; entities: Entity[]; sentences: [number, number][] } {
  const parts: string[] = [];
  const qs: Quantity[] = [];
  const times: TimeExpr[] = [];
  const mentions: Entity['mentions'] = [];
  const sentences: [number, number][] = [];
  let at = 0;
  for (let i = 0; i < n; i++) {
    const speed = i < n / 2;
    const s = speed ? SPEED : DIST;
    const fig = speed ? '20 knots' : '30 km';
    const f = at + s.indexOf(fig);
    qs.push(speed ? { text: fig, start: f, end: f + fig.length, value: 20, unit: 'kn' } : { text: fig, start: f, end: f + fig.length, value: 30, unit: 'km' });
    const t = at + s.indexOf('two hours');
    times.push({ text: 'two hours', start: t, end: t + 9, type: 'DURATION', value: 'PT2H' });
    const p = at + s.indexOf('Tobruk');
    mentions.push({ text: 'Tobruk', start: p, end: p + 6 });
    sentences.push([at, at + s.length - 1]);
    parts.push(s);
    at += s.length;
  }
  const entities: Entity[] = [{ id: 'E1', name: 'Tobruk', type: 'GPE', geo: { lat: 32.08, lon: 23.96 }, mentions }];
  return { text: parts.join(''), qs, times, entities, sentences };
}

test('a megabyte of journeys is checked within a few seconds', () => {
  const { text, qs, times, entities, sentences } = build(18_000);
  assert.ok(text.length >= 1_000_000);
  const t0 = performance.now();
  const out = travelTimeChecks(text, qs, times, entities, sentences);
  const ms = performance.now() - t0;
  // each speed (but the last, beside the first journey): no distance in its sentence and no origin or destination, so
  // UNVERIFIABLE; each distance an implied speed
  assert.equal(out.length, 18_000);
  assert.ok(out.slice(0, 8_999).every((c) => c.status === 'UNVERIFIABLE'));
  const small = build(6);
  const tail = travelTimeChecks(small.text, small.qs, small.times, small.entities, small.sentences).slice(2).map((c) => c.status);
  assert.deepEqual(out.slice(8_999, 9_003).map((c) => c.status), tail);
  assert.ok(out.slice(9_002).every((c) => c.status === tail[3]));
  assert.ok(ms < 4000, `${ms.toFixed(0)} ms`);
});

test('the origin and destination are still read from the whole text, first mention after a cue', () => {
  // the origin is named two sentences before the speed; the first place after 'to' is the destination
  const text = 'The convoy left Tobruk at dawn. Roads were quiet. The convoy travelled at 60 km/h for nine hours to Benghazi and then to Tobruk.';
  const m = (name: string, from = 0) => { const start = text.indexOf(name, from); return { text: name, start, end: start + name.length }; };
  const entities: Entity[] = [
    { id: 'T', name: 'Tobruk', type: 'GPE', geo: { lat: 32.08, lon: 23.96 }, mentions: [m('Tobruk'), m('Tobruk', 40)] },
    { id: 'B', name: 'Benghazi', type: 'GPE', geo: { lat: 32.12, lon: 20.07 }, mentions: [m('Benghazi')] },
  ];
  const v = m('60 km/h');
  const d = m('nine hours');
  const sentences: [number, number][] = [[0, 31], [32, 50], [51, text.length]];
  const out = travelTimeChecks(text, [{ ...v, value: 60, unit: 'km/h' }], [{ ...d, type: 'DURATION', value: 'PT9H' }], entities, sentences);
  assert.equal(out.length, 1);
  assert.equal(out[0]!.rule, 'checks:travel-time:great-circle');
  assert.deepEqual(out[0]!.refs.slice(1, 3), [{ entity: 'T' }, { entity: 'B' }]);
  // ~367 km × 1.3 at 60 km/h is ~8 h: nine hours fits
  assert.equal(out[0]!.status, 'CONSISTENT');
});
