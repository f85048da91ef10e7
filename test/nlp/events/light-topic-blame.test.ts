// Issue #6, events: a light verb that delivers a verdict or a speech is no DELIVERY, and a verdict is a RULING
// unless it finds someone guilty; a verb that only talks about an event ("met … to discuss the coup") lends it
// no actors; "accused X of …" / "blamed X for …" makes X the agent of the event blamed. Sentences written for
// these tests; entities are hand-built so only the events stage is under test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, argNames, allNames, makeDoc, type EntSpec } from './helpers.js';

const P = (name: string): EntSpec => ({ name, type: 'PERSON' });
const O = (name: string): EntSpec => ({ name, type: 'ORG' });
const C = (name: string, aliases: string[] = []): EntSpec => ({ name, type: 'GPE', kind: 'COUNTRY', aliases });
const CITY = (name: string): EntSpec => ({ name, type: 'GPE', kind: 'CITY' });

test('"delivered its verdict" is the court\'s RULING, not a DELIVERY; a guilty verdict stays a CONVICTION', () => {
  const { doc, evs } = eventsOf('The International Court of Justice delivered its verdict on Friday.', [O('International Court of Justice')]);
  assert.deepEqual(evs.map((e) => e.type), ['RULING']);
  assert.deepEqual(argNames(doc, evs[0]!).agent, ['International Court of Justice']);
  const s = eventsOf('The president delivered a speech in Kyiv.', [CITY('Kyiv')]);
  assert.ok(!s.evs.some((e) => e.type === 'DELIVERY'), JSON.stringify(s.evs.map((e) => e.type)));
  const g = eventsOf('The jury returned a guilty verdict against Derek Chauvin.', [P('Derek Chauvin')]);
  assert.ok(g.evs.some((e) => e.type === 'CONVICTION'), JSON.stringify(g.evs.map((e) => e.type)));
  assert.ok(!g.evs.some((e) => e.type === 'RULING'));
});

test('negative: delivering goods, aid or weapons is still a delivery of its kind', () => {
  assert.deepEqual(eventsOf('Amazon delivered five billion parcels last year.', [O('Amazon')]).evs.map((e) => e.type), ['DELIVERY']);
  const w = eventsOf('Germany will deliver more tanks to Ukraine.', [C('Germany'), C('Ukraine')]);
  assert.ok(w.evs.some((e) => e.type === 'ARMS_TRANSFER'), JSON.stringify(w.evs.map((e) => e.type)));
});

test('"met … to discuss the coup": the discussers are not the coup\'s actors', () => {
  const { doc, evs } = eventsOf('Antony Blinken met Turkish officials in Ankara to discuss the coup in Niger.',
    [P('Antony Blinken'), C('Turkey', ['Turkish']), CITY('Ankara'), C('Niger')]);
  const coup = evs.find((e) => e.type === 'COUP');
  assert.ok(coup, JSON.stringify(evs.map((e) => e.type)));
  assert.ok(!allNames(doc, coup).includes('Antony Blinken'), JSON.stringify(argNames(doc, coup)));
  assert.ok(allNames(doc, coup).includes('Niger'));
  // the meeting and the discussion keep their subject
  const meet = evs.find((e) => e.type === 'MEET');
  assert.deepEqual(meet && argNames(doc, meet).agent, ['Antony Blinken']);
});

test('negative: a real light verb still lends its subject ("launched an investigation", "held talks")', () => {
  const a = eventsOf('Kenya launched an investigation into the shooting.', [C('Kenya')]);
  const inv = a.evs.find((e) => e.type === 'INVESTIGATE');
  assert.deepEqual(inv && argNames(a.doc, inv).agent, ['Kenya']);
});

test('"accused X of V-ing", "blamed X for the N": X is the agent of the event blamed', () => {
  const a = eventsOf('The United States accused Iran of supplying drones to Russia.', [C('United States'), C('Iran'), C('Russia')]);
  const sup = a.evs.find((e) => e.type === 'ARMS_TRANSFER');
  assert.ok(sup, JSON.stringify(a.evs.map((e) => e.type)));
  assert.deepEqual(argNames(a.doc, sup).agent, ['Iran']);
  const b = eventsOf('Russia blamed Ukraine for the deadly attack on the bridge.', [C('Russia'), C('Ukraine')]);
  const atk = b.evs.find((e) => e.type === 'ATTACK');
  assert.ok(atk, JSON.stringify(b.evs.map((e) => e.type)));
  assert.deepEqual(argNames(b.doc, atk).agent, ['Ukraine']);
  assert.ok(!(argNames(b.doc, atk).agent ?? []).includes('Russia'));
});

test('negative: "of"/"for" after a name without a blaming verb gives no agent that way', () => {
  const { doc, evs } = eventsOf('Officials in Ukraine warned of attacks on the grid.', [C('Ukraine')]);
  const atk = evs.find((e) => e.type === 'ATTACK');
  assert.ok(!atk || !(argNames(doc, atk).agent ?? []).includes('Ukraine'), JSON.stringify(atk && argNames(doc, atk)));
  assert.ok(!evs.some((e) => (e.rule ?? '').includes('blamed-agent')));
});

test('"announced $2 billion in aid to Ukraine": a sum between the light verb and the noun keeps the verb\'s subject', () => {
  const { doc, evs } = eventsOf('Joe Biden announced $2 billion in aid to Ukraine.', [P('Joe Biden'), C('Ukraine')]);
  const aid = evs.find((e) => e.type === 'PROVIDE_AID');
  assert.ok(aid, JSON.stringify(evs.map((e) => e.type)));
  assert.deepEqual(argNames(doc, aid).agent, ['Joe Biden']);
  assert.deepEqual(argNames(doc, aid).destination, ['Ukraine']);
});

test('negative: "in" after a plain noun still ends the light verb\'s reach', () => {
  const { doc, evs } = eventsOf('Joe Biden announced that officials in Kyiv had approved aid.', [P('Joe Biden'), CITY('Kyiv')]);
  const aid = evs.find((e) => e.type === 'PROVIDE_AID');
  assert.ok(!aid || !(argNames(doc, aid).agent ?? []).includes('Joe Biden'), JSON.stringify(aid && argNames(doc, aid)));
});
