// Issue #6, events: an event noun framed as an occasion of its clause ("said during a visit to X", "resigned after a
// meeting with Y", "During talks with Z, W said") takes the clause's subject as its agent, for meetings, talks and trips
// only. Sentences written for these tests; entities are hand-built.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, argNames, type EntSpec } from './helpers.js';

const P = (name: string): EntSpec => ({ name, type: 'PERSON' });
const CITY = (name: string): EntSpec => ({ name, type: 'GPE', kind: 'CITY' });

test('"X said during a visit to Y" / "X resigned after a meeting with Z": the occasion has the clause subject', () => {
  const cases: Array<[string, EntSpec[], string]> = [
    ['Amina Odhiambo said during a visit to Lusaka that exports would grow.', [P('Amina Odhiambo'), CITY('Lusaka')], 'Amina Odhiambo'],
    ['Tomas Berg resigned after a tense meeting with Ingrid Holm.', [P('Tomas Berg'), P('Ingrid Holm')], 'Tomas Berg'],
    ['During talks with Ingrid Holm in Lusaka, Tomas Berg said the plan was sound.', [P('Tomas Berg'), P('Ingrid Holm'), CITY('Lusaka')], 'Tomas Berg'],
  ];
  for (const [text, ents, who] of cases) {
    const { doc, evs } = eventsOf(text, ents);
    const meet = evs.find((e) => e.type === 'MEET' || e.type === 'TRAVEL');
    assert.ok(meet, text);
    assert.ok((argNames(doc, meet).agent ?? []).includes(who), `${text} ${JSON.stringify(argNames(doc, meet))}`);
  }
});

test('negative: an attack after which someone arrived, and a clause broken by "and", lend no agent', () => {
  const a = eventsOf('Tomas Berg arrived after an attack on the station.', [P('Tomas Berg')]);
  const atk = a.evs.find((e) => e.type === 'ATTACK');
  assert.ok(!atk || !(argNames(a.doc, atk).agent ?? []).includes('Tomas Berg'));
  const b = eventsOf('Tomas Berg resigned and officials left after a meeting with Ingrid Holm.', [P('Tomas Berg'), P('Ingrid Holm')]);
  const meet = b.evs.find((e) => e.type === 'MEET');
  assert.ok(!meet || !(argNames(b.doc, meet).agent ?? []).includes('Tomas Berg'), JSON.stringify(meet && argNames(b.doc, meet)));
});

test('a journey to or from an occasion goes to or comes from the occasion\'s place', () => {
  const ents = [P('Tomas Berg'), CITY('Lusaka'), CITY('Harare')];
  const a = eventsOf('Tomas Berg returned from a regional summit in Lusaka on Monday.', ents);
  const back = a.evs.find((e) => e.type === 'TRAVEL');
  assert.ok(back);
  assert.deepEqual(argNames(a.doc, back).origin, ['Lusaka']);
  const b = eventsOf('Tomas Berg flew to talks in Harare.', ents);
  const there = b.evs.find((e) => e.type === 'TRAVEL');
  assert.ok(there);
  assert.deepEqual(argNames(b.doc, there).destination, ['Harare']);
});

test('negative: a journey with its own origin keeps it; talks after the journey lend no place', () => {
  const ents = [P('Tomas Berg'), CITY('Lusaka'), CITY('Harare')];
  const a = eventsOf('Tomas Berg returned from Harare after talks in Lusaka.', ents);
  const back = a.evs.find((e) => e.type === 'TRAVEL');
  assert.ok(back);
  assert.deepEqual(argNames(a.doc, back).origin, ['Harare']);
});
