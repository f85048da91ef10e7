// Sixth pass on the events stage (stop 15): a person's arrival or departure and a visit to a named place are also the
// traveller's TRAVEL; an inquiry's "probe into" outranks the space probe near "launched"; regulators examining and
// scrutinising; raids by investigators; "asked X for"; withdrawals; central-bank rate decisions; "reached a deal".
// Sentences written for these tests from general news usage; hand-built entities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEvents } from '../../../src/nlp/events/index.js';
import { argNames, makeDoc, type EntSpec } from './helpers.js';

const eventsOf = (text: string, ents: EntSpec[] = []) => {
  const doc = makeDoc(text, ents);
  return { doc, evs: extractEvents(doc) };
};
const types = (text: string, ents: EntSpec[] = []) => eventsOf(text, ents).evs.map((e) => e.type);
const town = (name: string): EntSpec => ({ name, type: 'GPE', kind: 'CITY' });
const country = (name: string, iso: string): EntSpec => ({ name, type: 'GPE', kind: 'COUNTRY', iso });
const person = (name: string): EntSpec => ({ name, type: 'PERSON' });
const org = (name: string, kind?: string): EntSpec => ({ name, type: 'ORG', kind });

test('a person arriving or leaving is also on a journey (TRAVEL with the same places); a cargo or a craft is not', () => {
  const a = eventsOf('Narendra Modi arrived in Moscow on Monday.', [person('Narendra Modi'), town('Moscow')]);
  const trip = a.evs.find((e) => e.type === 'TRAVEL');
  assert.deepEqual(trip && argNames(a.doc, trip), { agent: ['Narendra Modi'], location: ['Moscow'] });
  assert.ok(a.evs.some((e) => e.type === 'ARRIVE'), 'the arrival stays');
  const d = eventsOf('Kim Jong Un left Pyongyang on Sunday.', [person('Kim Jong Un'), town('Pyongyang')]);
  const dtrip = d.evs.find((e) => e.type === 'TRAVEL');
  assert.deepEqual(dtrip && argNames(d.doc, dtrip), { agent: ['Kim Jong Un'], origin: ['Pyongyang'] });
  // negative: no named traveller, or a thing that arrives
  assert.ok(!types('The shipment arrived in Odesa on Friday.', [town('Odesa')]).includes('TRAVEL'));
  assert.ok(!types('The Airbus A380 arrived in Sydney.', [org('Airbus', 'COMPANY'), town('Sydney')]).includes('TRAVEL'));
  assert.ok(!types('Aid arrived in Derna.', [town('Derna')]).includes('TRAVEL'));
});

test('"launched a probe into" is an investigation with the launcher as agent; a space probe launched stays a LAUNCH', () => {
  const fbi = eventsOf('The FBI launched a probe into the leak.', [org('FBI')]);
  const inv = fbi.evs.find((e) => e.type === 'INVESTIGATE');
  assert.deepEqual(inv && argNames(fbi.doc, inv).agent, ['FBI']);
  assert.ok(!fbi.evs.some((e) => e.type === 'LAUNCH'), JSON.stringify(fbi.evs.map((e) => e.type)));
  const eu = eventsOf("The EU's probe into Microsoft began in 2020.", [org('EU'), org('Microsoft', 'COMPANY')]);
  const p = eu.evs.find((e) => e.type === 'INVESTIGATE');
  assert.deepEqual(p && argNames(eu.doc, p), { agent: ['EU'], patient: ['Microsoft'] });
  const space = types('Japan launched a probe to the Moon.', [country('Japan', 'JP'), { name: 'Moon', type: 'LOC' }]);
  assert.ok(space.includes('LAUNCH') && !space.includes('INVESTIGATE'), space.join(','));
  assert.ok(!types('The space probe was launched by NASA in 2018.', [org('NASA')]).includes('INVESTIGATE'));
});

test('regulators examining or scrutinising a company, and raids by prosecutors, are investigations; a raid by troops is not', () => {
  const sec = eventsOf("The SEC is scrutinising Tesla's accounting.", [org('SEC'), org('Tesla', 'COMPANY')]);
  const s = sec.evs.find((e) => e.type === 'INVESTIGATE');
  assert.deepEqual(s && argNames(sec.doc, s).agent, ['SEC']);
  assert.ok(types('The watchdog said it would examine whether the deal amounted to a merger.').includes('INVESTIGATE'));
  const raid = types('Prosecutors raided the offices of Deutsche Bank.', [org('Deutsche Bank', 'COMPANY')]);
  assert.ok(raid.includes('INVESTIGATE') && !raid.includes('ATTACK'), raid.join(','));
  const troops = types('Troops raided a village near Jenin.', [town('Jenin')]);
  assert.ok(troops.includes('ATTACK') && !troops.includes('INVESTIGATE'), troops.join(','));
  // negative: examining a painting or a patient is no inquiry
  assert.ok(!types('Doctors examined the patient in Lyon.', [town('Lyon')]).includes('INVESTIGATE'));
});

test('"asked X for" is an appeal with both parties; asking for anonymity or not to be named is not', () => {
  const a = eventsOf('Ukraine asked Germany for more air defence systems.', [country('Ukraine', 'UA'), country('Germany', 'DE')]);
  const ap = a.evs.find((e) => e.type === 'APPEAL');
  assert.deepEqual(ap && argNames(a.doc, ap), { agent: ['Ukraine'], patient: ['Germany'] });
  assert.ok(!types('He asked for anonymity because he was not authorised to speak.').includes('APPEAL'));
  assert.ok(!types('The official, who asked not to be named, said talks continued.').includes('APPEAL'));
  assert.ok(!types('Reporters asked Ann Lee about the plan.', [person('Ann Lee')]).includes('APPEAL'));
});

test('troops pulling out are a withdrawal; central banks lowering or ending rates decide policy; shops pulling out of a deal do not', () => {
  const w = eventsOf('Russian troops pulled out of Kherson in November.', [{ name: 'Russia', type: 'GPE', aliases: ['Russian'] }, town('Kherson')]);
  const wd = w.evs.find((e) => e.type === 'WITHDRAW');
  assert.ok(wd && argNames(w.doc, wd).agent?.includes('Russia'), JSON.stringify(w.evs));
  assert.ok(!types('The retailer pulled out of the deal.').includes('WITHDRAW'));
  const bcb = eventsOf('The Central Bank of Brazil lowered its benchmark rate to 13.25%.', [org('Central Bank of Brazil', 'GOVERNMENT')]);
  const pd = bcb.evs.find((e) => e.type === 'POLICY_DECISION');
  assert.deepEqual(pd && argNames(bcb.doc, pd).agent, ['Central Bank of Brazil']);
  assert.ok(types('The Bank of Japan ended negative interest rates on Tuesday.', [org('Bank of Japan', 'GOVERNMENT')]).includes('POLICY_DECISION'));
  assert.ok(!types('The war ended in 1945.').includes('POLICY_DECISION'));
  assert.ok(!types('The company lowered its sales forecast.').includes('POLICY_DECISION'));
});

test('reaching a deal is an agreement, not an arrival; reaching a city still is', () => {
  const d = types('Negotiators reached a deal in Doha on Friday.', [town('Doha')]);
  assert.ok(d.includes('AGREEMENT') && !d.includes('ARRIVE'), d.join(','));
  assert.ok(types('The convoy reached Mariupol on Friday.', [town('Mariupol')]).includes('ARRIVE'));
});
