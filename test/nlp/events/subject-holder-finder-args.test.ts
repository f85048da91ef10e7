// Arguments of events: the subject pronoun of a person's reported words is that person ("Attorney General
// Bill Schuette said he would appeal"), not the most mentioned person of the report; a subject past a set-off phrase
// ("X, quoted by Y, said"); the company naming securities is their holder ("Nissan shares rose"); the finder of "found
// him guilty" is the agent. Sentences written for these
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

test('"X, quoted by Y, said": a participle with its "by" agent describes the subject, who speaks', () => {
  const a = ofType('Defence Minister Ivan Petrov met Turkish officials in Ankara. Petrov, quoted by the state news agency Tanyug, said Moscow would not take advantage of the corridor.',
    [person('Ivan Petrov', ['Petrov']), { name: 'Tanyug', type: 'ORG' }, { name: 'Moscow', type: 'GPE' }, { name: 'Ankara', type: 'GPE' }], 'STATEMENT');
  const said = a.filter((x) => (x.agent ?? []).length);
  assert.ok(said.some((x) => (x.agent ?? []).includes('Ivan Petrov')), JSON.stringify(a));
  assert.ok(said.every((x) => !(x.agent ?? []).includes('Tanyug')), JSON.stringify(a));
});

test('"X, in a statement signed by his adviser, Y, commended": the name inside the set-off phrase is not the subject', () => {
  const a = ofType('The country was declared free of polio. President Ade Bello, in a statement signed by his media adviser, Femi Okoro, commended health workers.',
    [person('Ade Bello'), person('Femi Okoro')], 'PRAISE');
  assert.deepEqual(a.map((x) => x.agent), [['Ade Bello']], JSON.stringify(a));
});

test('negative: an appositive name with no prepositional phrase before it stays the subject', () => {
  // "The president's adviser, Femi Okoro, commended": the name is the subject
  const a = ofType("The country was declared free of polio. The president's media adviser, Femi Okoro, commended health workers.",
    [person('Femi Okoro')], 'PRAISE');
  assert.deepEqual(a.map((x) => x.agent), [['Femi Okoro']], JSON.stringify(a));
});

test('"Nissan shares rose 3%": the company naming the securities is whose they are (patient, as "shares of")', () => {
  const ents: EntSpec[] = [{ name: 'Nissan', type: 'ORG' }, { name: 'Tokyo', type: 'GPE' }];
  const a = ofType('Nissan shares rose 3% in Tokyo trading on Monday.', ents, 'MARKET_CHANGE');
  assert.ok(a.length, 'MARKET_CHANGE expected');
  assert.ok(a.some((x) => (x.patient ?? []).includes('Nissan')), JSON.stringify(a));
  assert.ok(a.every((x) => !(x.agent ?? []).includes('Nissan')), JSON.stringify(a));
});

test('negative: a market place before "shares" is no holder, nor a company before another noun', () => {
  const a = ofType('Tokyo shares rose 3% on Monday.', [{ name: 'Tokyo', type: 'GPE' }], 'MARKET_CHANGE');
  assert.ok(a.every((x) => !(x.patient ?? []).includes('Tokyo')), JSON.stringify(a));
  const b = ofType('Nissan sales rose 3% in March.', [{ name: 'Nissan', type: 'ORG' }], 'MARKET_CHANGE');
  assert.ok(b.every((x) => !(x.patient ?? []).includes('Nissan')), JSON.stringify(b));
});

test('"the Court on Tuesday found him guilty": the finder is the agent, the one found guilty the patient', () => {
  const a = ofType('Former president Jacob Zuma was jailed after the Constitutional Court on Tuesday found Zuma guilty of contempt.',
    [person('Jacob Zuma', ['Zuma']), { name: 'Constitutional Court', type: 'ORG' }], 'CONVICTION');
  assert.ok(a.some((x) => (x.agent ?? []).includes('Constitutional Court') && (x.patient ?? []).includes('Jacob Zuma')), JSON.stringify(a));
});

test('negative: a passive "was found guilty", or a subject set off by a comma, gives no finder', () => {
  const a = ofType('The Constitutional Court sat on Monday. Jacob Zuma was found guilty of contempt.',
    [person('Jacob Zuma'), { name: 'Constitutional Court', type: 'ORG' }], 'CONVICTION');
  assert.ok(a.every((x) => !(x.agent ?? []).includes('Constitutional Court')), JSON.stringify(a));
  const b = ofType('After the hearing in the Constitutional Court, judges found Zuma guilty of contempt.',
    [person('Jacob Zuma', ['Zuma']), { name: 'Constitutional Court', type: 'ORG' }], 'CONVICTION');
  assert.ok(b.every((x) => !(x.agent ?? []).includes('Constitutional Court')), JSON.stringify(b));
});
