import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity, TimeExpr } from '../../../src/core/types.js';
import { runChecks } from '../../../src/nlp/checks/index.js';
import { roundingUnit, fmt } from '../../../src/nlp/checks/format.js';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

function checks(text: string, opts: { anchor?: string; times?: TimeExpr[]; entities?: Entity[] } = {}) {
  const times = opts.times ?? [];
  const quantities = findQuantities({ text, sentences: [], times });
  return runChecks({ text, sentences: [], quantities, times, entities: opts.entities ?? [], anchorDate: opts.anchor });
}
const kinds = (cs: ReturnType<typeof checks>, kind: string) => cs.filter((c) => c.kind === kind);

// [text, expected status of the UNIT_CONVERSION check]
const CONVERSIONS: Array<[string, string]> = [
  ['a maximum speed of 59 km/h (37 mph).', 'CONSISTENT'],
  ['a maximum speed of 59 km/h (45 mph).', 'INCONSISTENT'],
  ['It lies 13 kilometres (eight miles) outside the city.', 'CONSISTENT'],
  ['It lies 13 kilometres (12 miles) outside the city.', 'INCONSISTENT'],
  ['from a distance of 63,000 miles (100,000 kilometers).', 'CONSISTENT'],
  ['at around 20,000 feet (6,100 meters).', 'CONSISTENT'],
  ['it had covered 4 billion miles (6.2 billion kilometers).', 'CONSISTENT'],
  ['held 22.5 million cubic metres (nearly 800 million cubic feet) of water.', 'CONSISTENT'],
  ['water reached up to three metres (10 feet).', 'CONSISTENT'],
  ['the rail route of 1,180km (733 miles).', 'CONSISTENT'],
  ['the rail route of 1,180km (900 miles).', 'INCONSISTENT'],
  ['it was 40°C (104°F) in the shade.', 'CONSISTENT'],
  ['it was 40°C (140°F) in the shade.', 'INCONSISTENT'],
  ['a 200-tonne (441,000 lb) load.', 'CONSISTENT'],
  ['a grant of $100 (€92).', 'UNVERIFIABLE'],
];

for (const [text, status] of CONVERSIONS) {
  test(`UNIT_CONVERSION ${status}: ${text}`, () => {
    const cs = kinds(checks(text), 'UNIT_CONVERSION');
    assert.equal(cs.length, 1, JSON.stringify(cs));
    assert.match((cs[0] as { rule?: string }).rule ?? '', /^checks:unit-conversion/);
    assert.equal(cs[0].status, status, cs[0].detail);
    assert.equal(cs[0].refs.length, 2);
  });
}

test('UNIT_CONVERSION detail states the arithmetic', () => {
  const [c] = kinds(checks('limited to a maximum speed of 59 km/h (37 mph).'), 'UNIT_CONVERSION');
  assert.equal(c.detail, '59 km/h = 36.66 mph, given as 37 mph (rounded to units)');
});

test('UNIT_CONVERSION: a temperature difference converts without the offset', () => {
  const [c] = kinds(checks('a warming of 3.6°F (2 degrees Celsius) since then.'), 'UNIT_CONVERSION');
  assert.equal(c.status, 'CONSISTENT', c.detail);
  assert.match(c.detail, /difference/);
});

test('no conversion check without an equivalent', () => {
  assert.deepEqual(kinds(checks('It rose 3 metres and 10 feet later.'), 'UNIT_CONVERSION'), []);
});

test('written rounding', () => {
  assert.equal(roundingUnit('37 mph', 37), 1);
  assert.equal(roundingUnit('6,100 meters', 6100), 100);
  assert.equal(roundingUnit('4 billion miles', 4e9), 1e9);
  assert.equal(roundingUnit('3.84', 3.84), 0.01);
  assert.equal(roundingUnit('eight miles', 8), 1);
  assert.equal(roundingUnit('nearly 800 million cubic feet', 8e8), 1e8);
  assert.equal(roundingUnit('122mm', 122), 1);
  assert.equal(fmt(36.6614), '36.66');
  assert.equal(fmt(3.852e9), '3.85 billion');
});

const geo = (id: string, name: string, lat: number, lon: number, text: string, word: string): Entity => {
  const start = text.indexOf(word);
  return { id, name, type: 'GPE', geo: { lat, lon }, mentions: [{ start, end: start + word.length, text: word }] };
};
const TRAIN = 'Kim\'s armoured train has left Pyongyang. The train is limited to a maximum speed of 59 km/h (37 mph). The journey to Vladivostok is expected to span an entire day.';

test('TRAVEL_TIME: distance inferred from coordinates, top speed makes a minimum time', () => {
  const entities = [geo('e1', 'Pyongyang', 39.0392, 125.7625, TRAIN, 'Pyongyang'), geo('e2', 'Vladivostok', 43.1155, 131.8855, TRAIN, 'Vladivostok')];
  const [c] = kinds(checks(TRAIN, { entities }), 'TRAVEL_TIME');
  assert.equal(c.status, 'CONSISTENT', c.detail);
  assert.match(c.detail, /inferred: distance/);
  assert.match(c.detail, /Pyongyang–Vladivostok/);
  assert.deepEqual(c.refs.slice(0, 3), [0, { entity: 'e1' }, { entity: 'e2' }]);
});

test('TRAVEL_TIME: too short a duration for the distance at top speed is INCONSISTENT', () => {
  const text = 'The train runs at a maximum speed of 60 km/h. The 1,200 km journey takes 5 hours.';
  const [c] = kinds(checks(text), 'TRAVEL_TIME');
  assert.equal(c.status, 'INCONSISTENT', c.detail);
});

test('TRAVEL_TIME: stated distance, speed and duration that agree', () => {
  const text = 'The ferry sails at 20 knots. The 370 km crossing takes 10 hours.';
  const [c] = kinds(checks(text), 'TRAVEL_TIME');
  assert.equal(c.status, 'CONSISTENT', c.detail);
});

test('TRAVEL_TIME: UNVERIFIABLE when the distance is unknown, never a guess', () => {
  const [c] = kinds(checks(TRAIN), 'TRAVEL_TIME');
  assert.equal(c.status, 'UNVERIFIABLE');
  assert.match(c.detail, /distance/);
});

test('TRAVEL_TIME: no check for a speed outside any journey', () => {
  assert.deepEqual(kinds(checks('Winds reached 120 mph on the coast.'), 'TRAVEL_TIME'), []);
});

const OSIRIS = 'A capsule came down on Sunday, completing a journey that lasted seven years. Some material escaped three years ago. The mission began with the launch of the craft in 2016; it gathered its sample in 2020.';

test('DATE_ARITHMETIC: a stated span against its start year and the publication date', () => {
  const cs = kinds(checks(OSIRIS, { anchor: '2023-09-24' }), 'DATE_ARITHMETIC');
  assert.ok(cs.some((c) => c.status === 'CONSISTENT' && /2016/.test(c.detail) && /seven years/.test(c.detail)), JSON.stringify(cs));
  assert.ok(cs.some((c) => c.status === 'CONSISTENT' && /2020/.test(c.detail)), JSON.stringify(cs));
});

test('DATE_ARITHMETIC: a wrong span linked in one sentence is INCONSISTENT', () => {
  const text = 'The probe, launched in 2016, landed on Sunday after a journey that lasted three years.';
  const cs = kinds(checks(text, { anchor: '2023-09-24' }), 'DATE_ARITHMETIC');
  assert.equal(cs.length, 1, JSON.stringify(cs));
  assert.equal(cs[0].status, 'INCONSISTENT', cs[0].detail);
});

test('DATE_ARITHMETIC: an unlinked pair in different sentences that disagrees is not reported', () => {
  const cs = kinds(checks(OSIRIS.replace('seven years', 'three years'), { anchor: '2023-09-24' }), 'DATE_ARITHMETIC');
  assert.ok(!cs.some((c) => /2016/.test(c.detail)), JSON.stringify(cs));
});

test('DATE_ARITHMETIC: "a year earlier" is relative to the story, not to publication', () => {
  const cs = kinds(checks('Sales fell in 2022. A year earlier they had risen.', { anchor: '2023-09-24' }), 'DATE_ARITHMETIC');
  assert.deepEqual(cs, []);
});

test('DATE_ARITHMETIC: "first trip in over four years" against a previous trip in 2019', () => {
  const text = 'This is his first international trip in over four years. His previous foreign trip was to Vladivostok in 2019.';
  const [c] = kinds(checks(text, { anchor: '2023-09-11' }), 'DATE_ARITHMETIC');
  assert.equal(c.status, 'CONSISTENT', c.detail);
  assert.match(c.detail, /2019/);
  const [bad] = kinds(checks(text.replace('2019', '2021'), { anchor: '2023-09-11' }), 'DATE_ARITHMETIC');
  assert.equal(bad.status, 'INCONSISTENT', bad.detail);
});

test('DATE_ARITHMETIC: uses the time layer when present', () => {
  const text = 'It is her first visit in over four years. Her previous visit was in 2019.';
  const times: TimeExpr[] = [
    { start: 25, end: 40, text: 'over four years', type: 'DURATION', value: 'P4Y', mod: 'MORE_THAN' },
    { start: 69, end: 73, text: '2019', type: 'DATE', value: '2019' },
  ];
  const [c] = kinds(checks(text, { anchor: '2023-09-11', times }), 'DATE_ARITHMETIC');
  assert.deepEqual(c.refs, [{ time: 0 }, { time: 1 }]);
});

test('DATE_ARITHMETIC: a month from the time layer narrows the gap', () => {
  const text = 'It is her first visit in over four years. Her previous visit was in April 2019.';
  const at = text.indexOf('April 2019');
  const times: TimeExpr[] = [
    { start: 25, end: 40, text: 'over four years', type: 'DURATION', value: 'P4Y', mod: 'MORE_THAN' },
    { start: at, end: at + 10, text: 'April 2019', type: 'DATE', value: '2019-04' },
  ];
  const [c] = kinds(checks(text, { anchor: '2023-09-11', times }), 'DATE_ARITHMETIC');
  assert.equal(c.status, 'CONSISTENT');
  assert.doesNotMatch(c.detail, /holds if/);
  const [d] = kinds(checks(text, { anchor: '2023-02-11', times }), 'DATE_ARITHMETIC');
  assert.equal(d.status, 'INCONSISTENT', d.detail);
});

test('DATE_ARITHMETIC: UNVERIFIABLE without a publication date or a previous date', () => {
  const text = 'This is his first international trip in over four years.';
  assert.equal(kinds(checks(text, { anchor: '2023-09-11' }), 'DATE_ARITHMETIC')[0]?.status, 'UNVERIFIABLE');
  assert.equal(kinds(checks(text), 'DATE_ARITHMETIC')[0]?.status, 'UNVERIFIABLE');
});

test('DATE_ARITHMETIC: ages and unrelated spans give no check', () => {
  assert.deepEqual(kinds(checks('A 40 years old man was fined. He paid 3 years of tax.', { anchor: '2023-01-01' }), 'DATE_ARITHMETIC'), []);
});

test('COUNT: parts against a total', () => {
  const ok = kinds(checks('The blast left three killed and two injured, five casualties in all.'), 'COUNT');
  assert.equal(ok[0]?.status, 'CONSISTENT', JSON.stringify(ok));
  const bad = kinds(checks('The blast left three killed and two injured, six casualties in all.'), 'COUNT');
  assert.equal(bad[0]?.status, 'INCONSISTENT', JSON.stringify(bad));
});

test('COUNT: an "including" list is a subset', () => {
  const ok = kinds(checks('The aircraft carried 64 people, including 20 children and 10 women.'), 'COUNT');
  assert.equal(ok[0]?.status, 'CONSISTENT', JSON.stringify(ok));
  const bad = kinds(checks('The aircraft carried 64 people, including 50 children and 30 women.'), 'COUNT');
  assert.equal(bad[0]?.status, 'INCONSISTENT', JSON.stringify(bad));
});

test('COUNT: a stated number against the listed items', () => {
  assert.equal(kinds(checks('Aid came from three countries: Egypt, Turkey and Italy.'), 'COUNT')[0]?.status, 'CONSISTENT');
  assert.equal(kinds(checks('Aid came from four countries: Egypt, Turkey and Italy.'), 'COUNT')[0]?.status, 'INCONSISTENT');
  const [c] = kinds(checks('He was convicted on seven counts covering fraud and conspiracy.'), 'COUNT');
  assert.equal(c.status, 'UNVERIFIABLE');
  assert.match(c.detail, /2 categories/);
});

test('COUNT: bounded figures are not summed exactly', () => {
  const [c] = kinds(checks('At least three killed and two injured, five casualties in all.'), 'COUNT');
  assert.equal(c?.status, 'UNVERIFIABLE');
  const [d] = kinds(checks('At least 74 people, including eight Americans, were killed.'), 'COUNT');
  assert.equal(d?.status, 'CONSISTENT', d?.detail);
  // a bounded subset that can fit its total agrees (every input is given)
  const [f] = kinds(checks('More than 60 people, including at least 20 children, were hurt.'), 'COUNT');
  assert.equal(f?.status, 'CONSISTENT', f?.detail);
  const [e] = kinds(checks('Up to 10 people, including 12 children, were hurt.'), 'COUNT');
  assert.equal(e?.status, 'INCONSISTENT', e?.detail);
});

test('COUNT: lists must be names or bare nouns', () => {
  assert.deepEqual(kinds(checks('Aid came from nine states: Ohio, Florida, where the campaign began.'), 'COUNT'), []);
  assert.deepEqual(kinds(checks('He bought 504,200 shares: 254, 200 from a fund.'), 'COUNT'), []);
});

test('COUNT: unrelated people counts give no check', () => {
  assert.deepEqual(kinds(checks('The prosecutor ordered the arrest of eight officials, including the mayor, over floods that killed thousands of people.'), 'COUNT'), []);
});
