// Verdicts given as an evaluating noun phrase (issue #6): "called it a monumental success" is praise, "called the
// shutdown a black day" and "said the ruling was an attack on democracy" are criticism, "said in a report" is a
// publication, and a reading the lexicon marks as a statement too keeps its type on an attribution cue. Each with
// cases that must not fire. Sentences written for these tests; hand-built entities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEvents } from '../../../src/nlp/events/index.js';
import { allNames, eventsOf, makeDoc, type EntSpec } from './helpers.js';

const person = (name: string): EntSpec => ({ name, type: 'PERSON' });
const org = (name: string): EntSpec => ({ name, type: 'ORG' });
const types = (text: string, ents: EntSpec[] = []) => eventsOf(text, ents).evs.map((e) => e.type);

test('a praising noun with a praising adjective is praise; the noun alone or another adjective is not', () => {
  const ban = [person('Ban Ki-moon')];
  const { doc, evs } = eventsOf('Ban Ki-moon called it "a monumental success for people and our planet".', ban);
  const praise = evs.find((e) => e.type === 'PRAISE');
  assert.ok(praise && allNames(doc, praise).includes('Ban Ki-moon'), evs.map((e) => e.type).join(','));
  assert.ok(types('Jane Roe welcomed the invitation, calling it a great moment for her country.', [person('Jane Roe')]).includes('PRAISE'));
  assert.ok(types('Jane Roe called the deal an important step.', [person('Jane Roe')]).includes('PRAISE'));
  // no praising adjective: a step back, a moment of silence
  assert.ok(!types('Jane Roe called the deal a step back.', [person('Jane Roe')]).includes('PRAISE'));
  assert.ok(!types('Jane Roe called for a moment of silence.', [person('Jane Roe')]).includes('PRAISE'));
});

test('a black or dark day is criticism, a sad one is not; an overreach called so is criticism', () => {
  assert.ok(types('Markus Söder called the shutdown "a black day".', [person('Markus Söder')]).includes('CRITICIZE'));
  assert.ok(!types('Markus Söder called the funeral a sad day.', [person('Markus Söder')]).includes('CRITICIZE'));
  assert.ok(types('Jane Roe called it an overreach.', [person('Jane Roe')]).includes('CRITICIZE'));
});

test('an attack, blow or affront to a public good, said or called, is criticism; an attack on a town is not', () => {
  const speaker = [person('Jane Roe')];
  assert.ok(types('Jane Roe said the ruling was an attack on democracy.', speaker).includes('CRITICIZE'));
  assert.ok(types('Amnesty International said the deal was "a historic blow to human rights".', [org('Amnesty International')]).includes('CRITICIZE'));
  assert.ok(types('Jane Roe called the law an assault on press freedom.', speaker).includes('CRITICIZE'));
  // a factual attack, and a blow to no public good
  assert.ok(!types('Jane Roe said the explosion was an attack on the town.', speaker).includes('CRITICIZE'));
  assert.ok(!types('Jane Roe said the loss was a blow to the team.', speaker).includes('CRITICIZE'));
  // not a predicate of what was said
  assert.ok(!types('Jane Roe said the attack on democracy activists was investigated.', speaker).includes('CRITICIZE'));
});

/** A document whose claim `anchor` is attributed to the organisation `source` through the attribution cue `cue`. */
function cueDoc(text: string, source: string, cue: string, anchor: string) {
  const at = text.indexOf(cue);
  const doc = makeDoc(text, [org(source)], {
    claims: [{ anchor, attribution: [{ source, kind: 'ORG', cue, cueSpan: { start: at, end: at + cue.length } }] }],
  });
  return { doc, evs: extractEvents(doc) };
}

test('what is said in a report is published, also on an attribution cue; said in a meeting is not', () => {
  const { doc, evs } = cueDoc('The International Atomic Energy Agency said in a report last month that the plan is safe.',
    'International Atomic Energy Agency', 'said', 'the plan is safe');
  const pub = evs.find((e) => e.type === 'PUBLISH');
  assert.ok(pub && allNames(doc, pub).includes('International Atomic Energy Agency'), evs.map((e) => `${e.type}:${e.rule}`).join(','));
  assert.ok(evs.some((e) => e.type === 'STATEMENT'), 'the statement stays');
  assert.ok(!types('The agency said in a meeting last month that the plan is safe.').includes('PUBLISH'));
  assert.ok(!types('The agency said the report was wrong.').includes('PUBLISH'));
});

test('earnings reported on an attribution cue stay earnings', () => {
  const { evs } = cueDoc('Nvidia reported late Wednesday that its revenue more than tripled.', 'Nvidia', 'reported', 'its revenue more than tripled');
  assert.ok(evs.some((e) => e.type === 'EARNINGS'), evs.map((e) => e.type).join(','));
});

test('being ready or willing to help, send or hold talks is an offer; ready to go, to take charge or to meet is not', () => {
  const un = [org('United Nations')];
  const { doc, evs } = eventsOf('The United Nations said it was ready to send emergency teams.', un);
  const offer = evs.find((e) => e.type === 'OFFER');
  assert.ok(offer && allNames(doc, offer).includes('United Nations'), evs.map((e) => e.type).join(','));
  assert.ok(types('Steve Barclay said he was willing to hold talks.', [person('Steve Barclay')]).includes('OFFER'));
  assert.ok(!types('The team is ready to go and Jane Roe is willing to wait.', [person('Jane Roe')]).includes('OFFER'));
  assert.ok(!types('Iraqi forces will be ready to take charge of security in June.').includes('OFFER'));
  // the verb of help must govern "to" itself, not stand further on
  assert.ok(!types('Jane Roe was ready to cut her meals to buy a phone.', [person('Jane Roe')]).includes('OFFER'));
});

test('welcoming an invitation, an offer or a resolution is praise; welcoming guests is not', () => {
  assert.ok(types('Abiy Ahmed welcomed the invitation on Thursday.', [person('Abiy Ahmed')]).includes('PRAISE'));
  assert.ok(types('Japan welcomed the offer of assistance.', [{ name: 'Japan', type: 'GPE', kind: 'COUNTRY' }]).includes('PRAISE'));
  assert.ok(!types('Abiy Ahmed welcomed the guests at the palace.', [person('Abiy Ahmed')]).includes('PRAISE'));
});

test('inspecting buildings, a review announced and examining claims are investigations; a film review or a tour is not', () => {
  const { doc, evs } = eventsOf('Analysts said the market regulator, the Securities and Exchange Board of India, may examine the claims.', [org('Securities and Exchange Board of India')]);
  const inv = evs.find((e) => e.type === 'INVESTIGATE');
  assert.ok(inv && allNames(doc, inv).includes('Securities and Exchange Board of India'), evs.map((e) => e.type).join(','));
  assert.ok(types('She said buildings across the city would be inspected over the next few days.').includes('INVESTIGATE'));
  assert.ok(types('Anne Lopez announced a review of the decisions made before the fire.', [person('Anne Lopez')]).includes('INVESTIGATE'));
  assert.ok(!types('The president inspected local industries on Tuesday.').includes('INVESTIGATE'));
  assert.ok(!types('The film got a glowing review in the Times.').includes('INVESTIGATE'));
  assert.ok(!types('During the inspection tour, the premier visited a factory.').includes('INVESTIGATE'));
  assert.ok(!types('Doctors will examine the patient.').includes('INVESTIGATE'));
});

test('a befitting or decisive response promised in what is said is a threat; a swift response to floods is not', () => {
  const sharif = [person('Shehbaz Sharif'), { name: 'Pakistan', type: 'GPE', kind: 'COUNTRY' } as EntSpec];
  const { doc, evs } = eventsOf('Shehbaz Sharif said Pakistan had "every right to give a befitting response".', sharif);
  const threat = evs.find((e) => e.type === 'THREATEN');
  assert.ok(threat && allNames(doc, threat).includes('Shehbaz Sharif'), evs.map((e) => e.type).join(','));
  assert.ok(!types('The minister said the response to the floods had been swift.').includes('THREATEN'));
  assert.ok(!types('Analysts said a decisive response was likely.').includes('THREATEN'));
});

test('a facility put into service is launched; an inaugurated president or a commissioned study is not', () => {
  const { doc, evs } = eventsOf('Uhuru Kenyatta inaugurated the Nairobi Expressway on Saturday.', [person('Uhuru Kenyatta'), { name: 'Nairobi Expressway', type: 'FAC' }]);
  const launch = evs.find((e) => e.type === 'LAUNCH');
  assert.ok(launch && allNames(doc, launch).includes('Nairobi Expressway'), evs.map((e) => e.type).join(','));
  assert.ok(types('The Dangote refinery was commissioned last week.', [{ name: 'Dangote refinery', type: 'FAC' }]).includes('LAUNCH'));
  assert.ok(types('The radio telescope began operating on Sunday.').includes('LAUNCH'));
  const biden = types('Joe Biden was inaugurated in January.', [person('Joe Biden')]);
  assert.ok(!biden.includes('LAUNCH') && biden.includes('APPOINT'), biden.join(','));
  assert.ok(!types('The ministry commissioned a study of the floods.').includes('LAUNCH'));
});

test('one declared the winner or crowned champion in the passive won; the declarer of a winner did not', () => {
  const { doc, evs } = eventsOf('Bola Tinubu was declared the winner of the presidential election on Wednesday.', [person('Bola Tinubu')]);
  const win = evs.find((e) => e.type === 'WIN');
  assert.ok(win && allNames(doc, win).includes('Bola Tinubu'), evs.map((e) => e.type).join(','));
  const crowned = types('Leicester City have been crowned Premier League champions.', [org('Leicester City'), org('Premier League')]);
  assert.ok(crowned.includes('WIN') && crowned.includes('AWARD'), crowned.join(','));
  // active voice: the commission declares, it wins nothing; the declared name wins (stop 28, declared-winner.ts)
  const active = eventsOf('The Electoral Commission declared Bola Tinubu the winner.', [org('Electoral Commission'), person('Bola Tinubu')]);
  const activeWin = active.evs.find((e) => e.type === 'WIN');
  assert.ok(activeWin && allNames(active.doc, activeWin).includes('Bola Tinubu'), active.evs.map((e) => e.type).join(','));
  assert.ok(!allNames(active.doc, activeWin).includes('Electoral Commission'));
  assert.ok(!types('The match was declared a draw.').includes('WIN'));
});

test('being proud of someone, saluting or extolling them is praise; a proud nation or being proud to announce is not', () => {
  const { doc, evs } = eventsOf('Jane Roe said she was proud of the players after the final.', [person('Jane Roe')]);
  const praise = evs.find((e) => e.type === 'PRAISE');
  assert.ok(praise && allNames(doc, praise).includes('Jane Roe'), evs.map((e) => e.type).join(','));
  assert.ok(types('Romano Prodi saluted the people of Vlore.', [person('Romano Prodi')]).includes('PRAISE'));
  assert.ok(!types('It is a proud nation. Jane Roe is proud to announce the deal.', [person('Jane Roe')]).includes('PRAISE'));
});

test('a praising verdict said of something is praise; a fact said of an operation or a historic building is not', () => {
  const { doc, evs } = eventsOf('Jane Roe said the agreement was historic.', [person('Jane Roe')]);
  const praise = evs.find((e) => e.type === 'PRAISE');
  assert.ok(praise && allNames(doc, praise).includes('Jane Roe'), evs.map((e) => e.type).join(','));
  assert.ok(types('Jane Roe said the vote was a triumph for democracy.', [person('Jane Roe')]).includes('PRAISE'));
  assert.ok(!types('The minister said the surgery had been successful.').includes('PRAISE'));
  assert.ok(!types('Jane Roe said the historic building burned down.', [person('Jane Roe')]).includes('PRAISE'));
  assert.ok(!types('Jane Roe said the agreement was not historic.', [person('Jane Roe')]).includes('PRAISE'));
});
