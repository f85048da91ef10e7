// Stop 44 (issue #6): argument fixes found on the readable development sets. Sentences written for these tests;
// entities hand-built (no time is resolved, so no reference date is needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEvents } from '../../../src/nlp/events/index.js';
import { argNames, makeDoc, type EntSpec } from './helpers.js';

const CHINA: EntSpec = { name: 'China', type: 'GPE', kind: 'COUNTRY', iso: 'CN' };
const NASA: EntSpec = { name: 'Nasa', type: 'ORG' };
const CRATER: EntSpec = { name: 'Jezero Crater', type: 'LOC' };
const BOEING: EntSpec = { name: 'Boeing', type: 'ORG' };
const AIRBUS: EntSpec = { name: 'Airbus', type: 'ORG' };

function agentsOf(text: string, ents: EntSpec[], type: string, trigger: string): string[] | undefined {
  const doc = makeDoc(text, ents);
  const ev = extractEvents(doc).find((e) => e.type === type && e.trigger.text === trigger);
  assert.ok(ev, `${type} "${trigger}" in ${JSON.stringify(extractEvents(doc).map((e) => `${e.type}:${e.trigger.text}`))}`);
  return argNames(doc, ev).agent;
}

test('a possessor opening a clause after ", and" / ", but" is its subject, not the first clause\'s subject', () => {
  assert.deepEqual(agentsOf('China\'s probe arrived on Monday, and Nasa\'s rover will attempt a landing in Jezero Crater.', [CHINA, NASA, CRATER], 'ARRIVE', 'landing'), ['Nasa']);
  assert.deepEqual(agentsOf('Boeing\'s shares rose on Monday, but Airbus\'s jets were grounded after the crash.', [BOEING, AIRBUS], 'MARKET_CHANGE', 'rose'), ['Boeing']);
  // the first clause keeps its own subject
  assert.deepEqual(agentsOf('China\'s probe arrived on Monday, and Nasa\'s rover will attempt a landing in Jezero Crater.', [CHINA, NASA, CRATER], 'ARRIVE', 'arrived'), ['China']);
});

test('a possessor after "and" with no comma is still a conjunct, not a new clause', () => {
  // "Boeing and Airbus's jets": one coordinated possessor phrase; the event's subject is not Airbus alone by this rule
  const doc = makeDoc('Officials said the crash of the jet killed 12 people and Airbus\'s engineers were sent to the site.', [AIRBUS]);
  for (const e of extractEvents(doc)) if (e.type === 'DEATHS' || e.type === 'ATTACK') assert.ok(!(argNames(doc, e).agent ?? []).includes('Airbus'), `${e.type} ${JSON.stringify(argNames(doc, e))}`);
});

const MODI: EntSpec = { name: 'Narendra Modi', type: 'PERSON', aliases: ['Modi'] };
const NDA: EntSpec = { name: 'National Democratic Alliance', type: 'ORG', aliases: ['NDA'] };
const ERDOGAN: EntSpec = { name: 'Recep Tayyip Erdogan', type: 'PERSON', aliases: ['Erdogan'] };
const AKP: EntSpec = { name: 'AKP', type: 'ORG' };
const ISRAEL: EntSpec = { name: 'Israel', type: 'GPE', kind: 'COUNTRY', iso: 'IL', demonyms: ['Israeli'] };

test('a person\'s short name ending like a nationality adjective ("Modi", "Erdogan") is no modifier: it heads the coordinated subject', () => {
  assert.deepEqual(agentsOf('Modi thanked voters for backing the NDA and said the alliance will form the next government.', [MODI, NDA], 'STATEMENT', 'said'), ['Narendra Modi']);
  assert.deepEqual(agentsOf('Erdogan thanked voters for backing the AKP and said the party would win again.', [ERDOGAN, AKP], 'STATEMENT', 'said'), ['Recep Tayyip Erdogan']);
});

test('a nationality adjective keeps its readings: the state through its officials, the actor of an event noun it qualifies', () => {
  assert.deepEqual(agentsOf('Israeli officials thanked voters for backing the plan and said the war would go on.', [ISRAEL], 'STATEMENT', 'said'), ['Israel']);
  assert.deepEqual(agentsOf('An Israeli strike hit the camp on Monday.', [ISRAEL], 'ATTACK', 'strike'), ['Israel']);
});

const TIANWEN: EntSpec = { name: 'Tianwen-1', type: 'OTHER' };

test('"enter orbit": a spacecraft entering orbit arrives, with no named place after the verb', () => {
  const doc = makeDoc('China\'s Tianwen-1 is due to enter orbit on Wednesday.', [CHINA, TIANWEN]);
  const ev = extractEvents(doc).find((e) => e.type === 'ARRIVE');
  assert.ok(ev, JSON.stringify(extractEvents(doc).map((e) => e.type)));
  assert.equal(ev.trigger.text, 'enter');
  const d2 = makeDoc('The probe entered orbit around Mars after a 27-minute engine burn.', [{ name: 'Mars', type: 'LOC' }]);
  assert.ok(extractEvents(d2).some((e) => e.type === 'ARRIVE' && e.trigger.text === 'entered'));
});

test('no ARRIVE for "enter" with neither a named place nor "orbit" after it', () => {
  const doc = makeDoc('The company will enter the market next year with a cheaper phone.', []);
  assert.ok(!extractEvents(doc).some((e) => e.type === 'ARRIVE'), JSON.stringify(extractEvents(doc).map((e) => e.type)));
  const d2 = makeDoc('Officials said the talks would enter a new phase on Monday.', []);
  assert.ok(!extractEvents(d2).some((e) => e.type === 'ARRIVE'), JSON.stringify(extractEvents(d2).map((e) => e.type)));
});
