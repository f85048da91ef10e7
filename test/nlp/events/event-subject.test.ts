// Issue #6, events: a verb whose subject is an event noun takes that event's agent ("Israeli air strikes killed 35
// people": the strikes' agent did the killing), and a plural after a nationality adjective is a noun ("Israeli
// strikes on Rafah killed …"). Sentences written for these tests; entities are hand-built.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, argNames, makeDoc, type EntSpec } from './helpers.js';

const C = (name: string, aliases: string[] = []): EntSpec => ({ name, type: 'GPE', kind: 'COUNTRY', aliases });
const CITY = (name: string): EntSpec => ({ name, type: 'GPE', kind: 'CITY' });

test('"Israeli air strikes killed 35 people": the deaths have the strikes\' agent', () => {
  for (const text of ['Israeli air strikes killed at least 35 people in Rafah.', 'Israeli strikes on Rafah killed 20 people.', "Israel's strikes on Rafah have killed 20 people."]) {
    const { doc, evs } = eventsOf(text, [C('Israel', ['Israeli']), CITY('Rafah')]);
    const deaths = evs.find((e) => e.type === 'DEATHS');
    assert.ok(deaths, text);
    assert.deepEqual(argNames(doc, deaths).agent, ['Israel'], `${text} ${JSON.stringify(argNames(doc, deaths))}`);
    const atk = evs.find((e) => e.type === 'ATTACK');
    assert.ok(atk && atk.trigger.text === 'strikes', text);
  }
});

test('negative: a hazard or an agentless noun lends no agent, and an object noun is no subject', () => {
  const q = eventsOf('The earthquake killed 50 people in Nepal.', [C('Nepal')]);
  const d1 = q.evs.find((e) => e.type === 'DEATHS');
  assert.ok(d1);
  assert.equal(argNames(q.doc, d1).agent, undefined);
  // "Kyiv condemned Russian strikes that killed …": a relative clause is not the noun as subject of the verb
  const r = eventsOf('Ukraine condemned Russian strikes, and officials in Kyiv said they killed two people.', [C('Ukraine'), C('Russia', ['Russian']), CITY('Kyiv')]);
  const d2 = r.evs.find((e) => e.type === 'DEATHS');
  assert.ok(!d2 || !(argNames(r.doc, d2).agent ?? []).includes('Russia'), JSON.stringify(d2 && argNames(r.doc, d2)));
});

test('"the ceasefire was brokered by Qatar and Egypt": the mediators broker it (MEDIATE) and are the ceasefire\'s agents', () => {
  const Q = [C('Qatar'), C('Egypt')];
  const { doc, evs } = eventsOf('The ceasefire was brokered by Qatar and Egypt.', Q);
  const med = evs.find((e) => e.type === 'MEDIATE');
  assert.ok(med, JSON.stringify(evs.map((e) => e.type)));
  assert.deepEqual([...(argNames(doc, med).agent ?? [])].sort(), ['Egypt', 'Qatar']);
  const cf = evs.find((e) => e.type === 'CEASEFIRE');
  assert.ok(cf);
  assert.deepEqual([...(argNames(doc, cf).agent ?? [])].sort(), ['Egypt', 'Qatar']);
  const b = eventsOf('The deal, brokered by Turkey in July, allowed grain exports.', [C('Turkey')]);
  const deal = b.evs.find((e) => e.type === 'AGREEMENT');
  assert.deepEqual(deal && argNames(b.doc, deal).agent, ['Turkey']);
});

test('negative: a reaction in the passive gives the event it reacts to no agent ("the attack was condemned by France")', () => {
  const { doc, evs } = eventsOf('The attack was condemned by France.', [C('France')]);
  const atk = evs.find((e) => e.type === 'ATTACK');
  assert.ok(atk);
  assert.equal(argNames(doc, atk).agent, undefined);
});

test('"in retaliation for the killing of X": the event retaliated for does not take the retaliator as agent', () => {
  const { doc, evs } = eventsOf('Iran fired missiles at Israel in retaliation for the killing of Hassan Nasrallah.',
    [C('Iran'), C('Israel'), { name: 'Hassan Nasrallah', type: 'PERSON' }]);
  const death = evs.find((e) => e.type === 'DEATHS');
  assert.ok(death);
  assert.ok(!(argNames(doc, death).agent ?? []).includes('Iran'), JSON.stringify(argNames(doc, death)));
  assert.deepEqual(argNames(doc, death).patient, ['Hassan Nasrallah']);
});

test('negative: a raid in which the subject killed keeps the subject ("killed three men in a raid")', () => {
  const { doc, evs } = eventsOf('Israeli forces killed three men in a raid on Jenin.', [C('Israel', ['Israeli']), CITY('Jenin')]);
  const raid = evs.find((e) => e.trigger.text === 'raid');
  assert.ok(raid);
  assert.deepEqual(argNames(doc, raid).agent, ['Israel']);
});
