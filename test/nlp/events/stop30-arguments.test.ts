// Stop 30, arguments of events: the subject pronoun of a person's reported words is that person ("Attorney General
// Bill Schuette said he would appeal"), not the most mentioned person of the report. Sentences written for these
// tests; hand-built entities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, argNames, type EntSpec } from './helpers.js';

const person = (name: string, aliases: string[] = []): EntSpec => ({ name, type: 'PERSON', aliases });
const ofType = (text: string, ents: EntSpec[], type: string): Array<Record<string, string[]>> => {
  const t = eventsOf(text, ents);
  return t.evs.filter((e) => e.type === type).map((e) => argNames(t.doc, e));
};

const ORR = 'Kevyn Orr filed for bankruptcy on Thursday. Orr defended the filing, and Orr met creditors in Detroit. ';

test('"X said he would appeal": the pronoun after a named person\'s reporting verb is that person', () => {
  const a = ofType(ORR + 'Attorney General Bill Schuette said he would appeal immediately.',
    [person('Kevyn Orr', ['Orr']), person('Bill Schuette')], 'APPEAL');
  assert.ok(a.length, 'APPEAL expected');
  assert.ok(a.some((x) => (x.agent ?? []).includes('Bill Schuette')), JSON.stringify(a));
  assert.ok(a.every((x) => !(x.agent ?? []).includes('Kevyn Orr')), JSON.stringify(a));
  // "announced that she would resign", with "that"
  const b = ofType(ORR + 'Judge Rosa Aquino announced that she would resign next month.',
    [person('Kevyn Orr', ['Orr']), person('Rosa Aquino')], 'RESIGN');
  assert.ok(b.some((x) => (x.agent ?? []).includes('Rosa Aquino')), JSON.stringify(b));
});

test('negative: a speaker of the other gender, or an organisation speaking does not bind the pronoun', () => {
  // the speaker is known to be a woman: "he" is somebody else
  const a = ofType(ORR + 'Ms Jane Lee said he would appeal immediately.',
    [person('Kevyn Orr', ['Orr']), person('Jane Lee')], 'APPEAL');
  assert.ok(a.every((x) => !(x.agent ?? []).includes('Jane Lee')), JSON.stringify(a));
  // an organisation as the speaker: "he" is no organisation
  const b = ofType(ORR + 'The Michigan Senate said he would appeal immediately.',
    [person('Kevyn Orr', ['Orr']), { name: 'Michigan Senate', type: 'ORG' }], 'APPEAL');
  assert.ok(b.every((x) => !(x.agent ?? []).includes('Michigan Senate')), JSON.stringify(b));
});
