// Issue #6, events: "the three leaders" stands for the three people just named (as "the two leaders" does for
// two), and an adverb between an auxiliary and a verb ("will then fly to Serbia") leaves it a verb. Sentences
// written for these tests; entities are hand-built so only the events stage is under test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, argNames, allNames, makeDoc, type EntSpec } from './helpers.js';

const P = (name: string): EntSpec => ({ name, type: 'PERSON' });
const C = (name: string): EntSpec => ({ name, type: 'GPE', kind: 'COUNTRY' });
const CITY = (name: string): EntSpec => ({ name, type: 'GPE', kind: 'CITY' });

test('"the three leaders" are the three people named just before', () => {
  const { doc, evs } = eventsOf('Xi Jinping, Emmanuel Macron and Ursula von der Leyen met in Paris. The three leaders praised the plan.',
    [P('Xi Jinping'), P('Emmanuel Macron'), P('Ursula von der Leyen'), CITY('Paris')]);
  const talk = evs.find((e) => e.trigger.text === 'praised');
  assert.ok(talk);
  assert.deepEqual(allNames(doc, talk).sort(), ['Emmanuel Macron', 'Ursula von der Leyen', 'Xi Jinping']);
});

test('negative: "the three leaders" long after the people were named, or "the three countries" after people, is no group of them', () => {
  const far = eventsOf('Xi Jinping, Emmanuel Macron and Ursula von der Leyen met in Paris. It rained. Markets fell. Prices rose. The three leaders praised the plan.',
    [P('Xi Jinping'), P('Emmanuel Macron'), P('Ursula von der Leyen'), CITY('Paris')]);
  const t1 = far.evs.find((e) => e.trigger.text === 'praised');
  assert.ok(t1);
  assert.ok(allNames(far.doc, t1).length < 3, JSON.stringify(argNames(far.doc, t1)));
  const gpe = eventsOf('Xi Jinping, Emmanuel Macron and Ursula von der Leyen met in Paris. The three countries praised the plan.',
    [P('Xi Jinping'), P('Emmanuel Macron'), P('Ursula von der Leyen'), CITY('Paris')]);
  const t2 = gpe.evs.find((e) => e.trigger.text === 'praised');
  assert.ok(t2);
  assert.ok(allNames(gpe.doc, t2).length < 3, JSON.stringify(argNames(gpe.doc, t2)));
});

test('"will then fly to Serbia": an adverb after the auxiliary keeps the verb reading', () => {
  const { doc, evs } = eventsOf('Xi Jinping will then fly to Serbia and Hungary.', [P('Xi Jinping'), C('Serbia'), C('Hungary')]);
  const trip = evs.find((e) => e.type === 'TRAVEL');
  assert.ok(trip, JSON.stringify(evs.map((e) => e.type)));
  assert.deepEqual(argNames(doc, trip).agent, ['Xi Jinping']);
  assert.deepEqual(argNames(doc, trip).destination, ['Serbia', 'Hungary']);
});

test('negative: a noun after a determiner stays a noun ("the then talks" is no verb)', () => {
  const { evs } = eventsOf('Officials praised the first flight to Serbia.', [C('Serbia')]);
  assert.ok(evs.every((e) => e.trigger.text !== 'praised' || e.type !== 'TRAVEL'));
  const f = evs.find((e) => e.trigger.text === 'flight');
  assert.ok(!f || f.type === 'TRAVEL');
});
