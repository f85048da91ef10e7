// Stop 27, argument attachment: "it"/"its" further on in the words an organisation reports stand for that
// organisation, not for a place named in between. Sentences written for these tests; hand-built entities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, argNames, type EntSpec } from './helpers.js';

const org = (name: string): EntSpec => ({ name, type: 'ORG' });
const person = (name: string): EntSpec => ({ name, type: 'PERSON' });
const city = (name: string): EntSpec => ({ name, type: 'GPE', kind: 'CITY' });
const country = (name: string): EntSpec => ({ name, type: 'GPE', kind: 'COUNTRY' });
const args = (text: string, ents: EntSpec[], type: string): Record<string, string[]> => {
  const t = eventsOf(text, ents);
  const ev = t.evs.find((e) => e.type === type);
  assert.ok(ev, `${type} expected: ${text} -> ${t.evs.map((e) => e.type).join(',')}`);
  return argNames(t.doc, ev!);
};

test('"X said two of its staff were killed in Y and it was halting": "it" is the reporting organisation', () => {
  const a = args('The Red Crescent said two of its staff had been killed in Adwa and it was halting all work in Chad.', [org('Red Crescent'), city('Adwa'), country('Chad')], 'SUSPEND');
  assert.deepEqual(a.agent, ['Red Crescent'], JSON.stringify(a));
  const b = args('Later, Norvia said its Oslo listing had been delayed and that it would refund investors.', [org('Norvia'), city('Oslo')], 'PAYMENT');
  assert.deepEqual(b.agent, ['Norvia'], JSON.stringify(b));
});

test('negative: another actor named after the reporting verb keeps "it" from the reporter', () => {
  // a state named as a subject (no preposition before it) may be what "it" stands for
  const a = args('The Red Crescent said Chad had closed the border and it was halting all work.', [org('Red Crescent'), country('Chad')], 'SUSPEND');
  assert.ok(!(a.agent ?? []).includes('Red Crescent'), JSON.stringify(a));
  // a person reporting is no "it"
  const b = args('Ann Vale said the storm hit Adwa and it was halting all work.', [person('Ann Vale'), city('Adwa')], 'SUSPEND');
  assert.ok(!(b.agent ?? []).includes('Ann Vale'), JSON.stringify(b));
});

test('"the company" after a comparison with other companies is the organisation named more often and last as a subject', () => {
  const a = args('Norvia listed its shares on Monday. At that level, Norvia was worth about $1.9 trillion, well ahead of Acme and Zentrix. The company raised $25.6 billion by selling 3 billion shares last week.', [org('Norvia'), org('Acme'), org('Zentrix')], 'SALE');
  assert.deepEqual(a.agent, ['Norvia'], JSON.stringify(a));
});

test('negative: with no organisation named as a subject, "the company" is still the most recent one', () => {
  const a = args('Analysts compared Norvia with Zentrix on Monday. The company raised $2 billion by selling 3 million shares last week.', [org('Norvia'), org('Zentrix')], 'SALE');
  assert.deepEqual(a.agent, ['Zentrix'], JSON.stringify(a));
});

test('"A, B and C said they were quitting": "they" is the people listed as the reporting verb\'s subject', () => {
  const ents = [person('Ana Ruiz'), person('Ben Okafor'), person('Cai Lin')];
  const a = args('Ana Ruiz, Ben Okafor and Cai Lin said they were quitting.', ents, 'RESIGN');
  assert.deepEqual([...(a.agent ?? [])].sort(), ['Ana Ruiz', 'Ben Okafor', 'Cai Lin'], JSON.stringify(a));
  const b = args('The group disbanded after its leaders, Ana Ruiz, Ben Okafor and Cai Lin, said they were quitting.', ents, 'RESIGN');
  assert.deepEqual([...(b.agent ?? [])].sort(), ['Ana Ruiz', 'Ben Okafor', 'Cai Lin'], JSON.stringify(b));
});

test('negative: people named inside another subject ("a report on A and B said they") are not "they"', () => {
  const a = args('A report on Ana Ruiz and Ben Okafor said they were quitting.', [person('Ana Ruiz'), person('Ben Okafor')], 'RESIGN');
  assert.equal(a.agent, undefined, JSON.stringify(a));
});

test('"the teenager", "the player": a description of one person stands for the salient person just named', () => {
  const a = args('Jude Bellingham joined Dortmund in 2020. The teenager was named player of the season.', [person('Jude Bellingham'), org('Dortmund')], 'AWARD');
  assert.deepEqual(a.patient, ['Jude Bellingham'], JSON.stringify(a));
  const b = args('Jude Bellingham joined Dortmund in 2020. Sources said the player had turned down approaches from Liverpool.', [person('Jude Bellingham'), org('Dortmund'), org('Liverpool')], 'REJECT');
  assert.deepEqual(b.agent, ['Jude Bellingham'], JSON.stringify(b));
});

test('negative: "the player of the season", a named apposition, or no person nearby resolve to no one', () => {
  const a = args('Jude Bellingham joined Dortmund in 2020. The player of the season rejected the offer.', [person('Jude Bellingham'), org('Dortmund')], 'REJECT');
  assert.equal(a.agent, undefined, JSON.stringify(a));
  const b = args('Jude Bellingham joined Dortmund. Dortmund won the cup in May. It was a rainy day. The club was sold. The teenager rejected the offer.', [person('Jude Bellingham'), org('Dortmund')], 'REJECT');
  assert.equal(b.agent, undefined, JSON.stringify(b));
});

test('"before being suspended", "after being arrested": the main clause\'s subject undergoes the passive gerund', () => {
  const khan = person('Imran Khan');
  const a = args('Shares in Norvia plunged 21% before being suspended at 10:12 a.m.', [org('Norvia')], 'SUSPEND');
  assert.deepEqual(a.patient, ['Norvia'], JSON.stringify(a));
  const b = args('Imran Khan spent two days in custody before being released on bail.', [khan], 'RELEASE');
  assert.deepEqual(b.patient, ['Imran Khan'], JSON.stringify(b));
  const c = args('Imran Khan was detained on Friday after being arrested in Lahore.', [khan, city('Lahore')], 'ARREST');
  assert.deepEqual(c.patient, ['Imran Khan'], JSON.stringify(c));
});

test('negative: a passive gerund after an unnamed subject, or with "being" not after a subordinator, gets no patient from the object', () => {
  const a = args('Police arrested Imran Khan before being attacked by a crowd.', [person('Imran Khan')], 'ATTACK');
  assert.equal(a.patient, undefined, JSON.stringify(a));
  const b = args('Imran Khan said the talks were being suspended.', [person('Imran Khan')], 'SUSPEND');
  assert.ok(!(b.patient ?? []).includes('Imran Khan'), JSON.stringify(b));
});

test('"After arriving in Sochi, Erdogan met Putin": a fronted -ing clause takes the subject after its comma', () => {
  const ents = [person('Recep Tayyip Erdogan'), person('Vladimir Putin'), city('Sochi'), city('Lahore'), person('Imran Khan')];
  const a = args('After arriving in Sochi, Recep Tayyip Erdogan met Vladimir Putin.', ents, 'ARRIVE');
  assert.deepEqual(a.agent, ['Recep Tayyip Erdogan'], JSON.stringify(a));
  const b = args('After being arrested in Lahore, Imran Khan was taken to court.', ents, 'ARREST');
  assert.deepEqual(b.patient, ['Imran Khan'], JSON.stringify(b));
});

test('negative: an unnamed or possessive subject after the comma lends the fronted clause no one', () => {
  const ents = [person('Vladimir Putin'), city('Sochi')];
  const a = args('After arriving in Sochi, the delegation met Vladimir Putin.', ents, 'ARRIVE');
  assert.equal(a.agent, undefined, JSON.stringify(a));
  const b = args("While visiting Sochi, Vladimir Putin's aide said talks would resume.", ents, 'TRAVEL');
  assert.equal(b.agent, undefined, JSON.stringify(b));
});
