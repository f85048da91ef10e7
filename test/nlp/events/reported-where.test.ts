// "The last polio cases in Nigeria were reported in Borno State": the place a passive report puts its subject, an event
// noun, in is where the event happened (statements.ts reportedWhere). Sentences written for these tests; entities
// hand-built (no time is resolved, so no reference date is needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEvents } from '../../../src/nlp/events/index.js';
import { argNames, makeDoc, type EntSpec } from './helpers.js';

const NIGERIA: EntSpec = { name: 'Nigeria', type: 'GPE', kind: 'COUNTRY', iso: 'NG' };
const BORNO: EntSpec = { name: 'Borno State', type: 'GPE', kind: 'REGION' };
const KANO: EntSpec = { name: 'Kano', type: 'GPE', kind: 'CITY' };

function places(text: string, ents: EntSpec[], type: string): string[] | undefined {
  const doc = makeDoc(text, ents);
  const ev = extractEvents(doc).find((e) => e.type === type);
  assert.ok(ev, `${type} in ${JSON.stringify(extractEvents(doc).map((e) => e.type))}`);
  return argNames(doc, ev).location;
}

test('an event noun reported in a place: the place is the event\'s, beside its own', () => {
  assert.deepEqual(places('The last polio cases in Nigeria were reported in Borno State in August 2016.', [NIGERIA, BORNO], 'OUTBREAK'), ['Nigeria', 'Borno State']);
  assert.deepEqual(places('Heavy fighting in Nigeria was reported in Kano on Monday.', [NIGERIA, KANO], 'ATTACK'), ['Nigeria', 'Kano']);
  // "have been reported"
  assert.ok(places('New cholera cases in Nigeria have been reported in Kano since Friday.', [NIGERIA, KANO], 'OUTBREAK')?.includes('Kano'));
});

test('no transfer: an active report, a subject that is no event, a place of the noun\'s own only', () => {
  // an active report: "in Kano" is where the officials spoke, before what they said
  const doc = makeDoc('Officials reported in Kano that fighting in Nigeria had eased.', [NIGERIA, KANO]);
  const ev = extractEvents(doc).find((e) => e.type === 'ATTACK');
  if (ev) assert.ok(!ev.rule?.includes('place:reported-where'), ev.rule);
  // a subject that names people, no event
  const d2 = makeDoc('Three people in Nigeria were reported in Kano on Monday.', [NIGERIA, KANO]);
  for (const e of extractEvents(d2)) assert.ok(!e.rule?.includes('place:reported-where'), `${e.type} ${e.rule}`);
});

test('no transfer when the report names who reported it ("by <agent>"): the place is where they spoke', () => {
  const YEMEN: EntSpec = { name: 'Yemen', type: 'GPE', kind: 'COUNTRY', iso: 'YE' };
  const GENEVA: EntSpec = { name: 'Geneva', type: 'GPE', kind: 'CITY' };
  const WHO: EntSpec = { name: 'World Health Organization', type: 'ORG' };
  assert.deepEqual(places('The cholera outbreak in Yemen was reported in Geneva by the World Health Organization on Monday.', [YEMEN, GENEVA, WHO], 'OUTBREAK'), ['Yemen']);
  const KABUL: EntSpec = { name: 'Kabul', type: 'GPE', kind: 'CITY' };
  const WASH: EntSpec = { name: 'Washington', type: 'GPE', kind: 'CITY' };
  assert.deepEqual(places('The attack in Kabul was reported in Washington by Pentagon officials.', [KABUL, WASH], 'ATTACK'), ['Kabul']);
});

test('negative: "by" before a time names no reporter, the place still transfers', () => {
  assert.deepEqual(places('Heavy fighting in Nigeria was reported in Kano by Monday evening.', [NIGERIA, KANO], 'ATTACK'), ['Nigeria', 'Kano']);
});

test('no transfer of a place in another country than the noun\'s own; one inside it still transfers', () => {
  const YEMEN: EntSpec = { name: 'Yemen', type: 'GPE', kind: 'COUNTRY', iso: 'YE' };
  const GENEVA: EntSpec = { name: 'Geneva', type: 'GPE', kind: 'CITY', iso: 'CH' };
  assert.deepEqual(places('The cholera outbreak in Yemen was reported in Geneva on Monday.', [YEMEN, GENEVA], 'OUTBREAK'), ['Yemen']);
  const BORNO_NG: EntSpec = { ...BORNO, iso: 'NG' };
  assert.deepEqual(places('The last polio cases in Nigeria were reported in Borno State in August 2016.', [NIGERIA, BORNO_NG], 'OUTBREAK'), ['Nigeria', 'Borno State']);
});
