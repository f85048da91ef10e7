// Two causes of one attack told as several story events: whoever condemns (praises, accuses) an event right before it
// in its sentence is given as its agent by the events stage ("Buhari condemned what he called a cowardly attack"), and
// a weapon in the instrument role ("shooting sporadically with AK-47s") was counted as a participant; either kept the
// reports' attack apart from the reports naming the school stormed. Hand-built analyses; reference date 2020-12-12.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fx } from '../store/fixtures.js';
import { buildStory, judgedBy, judgingType, toolOnly, type StoryDoc } from '../../src/story/build.js';
import type { Analysis, EntityType } from '../../src/core/types.js';

const sd = (a: Analysis): StoryDoc => ({ a, row: { id: a.document.id, outlet: a.document.outlet, title: a.document.title, publishedAt: a.document.publishedAt } });
const DAY = '2020-12-12';

// the report naming the school the gunmen stormed (patient), in Kankara
const stormed = () => fx({ text: 'Gunmen stormed the Government Science School in Kankara.', publishedAt: DAY, outlet: 'Reuters',
  entities: [{ name: 'Government Science School', type: 'ORG' }, { name: 'Kankara', type: 'GPE' }],
  events: [{ type: 'ATTACK', trigger: 'stormed', args: { patient: ['e1'], location: ['e2'] } }] });

test('judgedBy: the judge of the event right after its trigger is dropped; a later, earlier-sentence or non-judging event is not', () => {
  const a = fx({ text: 'President Buhari condemned the cowardly attack in Kankara and ordered the police to reinforce security.', publishedAt: DAY,
    entities: [{ name: 'Buhari', type: 'PERSON' }, { name: 'Kankara', type: 'GPE' }],
    events: [
      { id: 'v1', type: 'CRITICIZE', trigger: 'condemned', args: { agent: ['e1'] } },
      { id: 'v2', type: 'STATEMENT', trigger: 'condemned', args: { agent: ['e1'] } },
      { id: 'v3', type: 'ATTACK', trigger: 'attack', args: { agent: ['e1'], location: ['e2'] } },
      { id: 'v4', type: 'ORDER', trigger: 'ordered', args: { agent: ['e1'] } },
    ] });
  const ev = (id: string) => a.events!.find((e) => e.id === id)!;
  assert.deepEqual([...judgedBy(a, ev('v3'))], ['e1']);
  // the order comes after the attack's trigger: Buhari's own
  assert.equal(judgedBy(a, ev('v4')).size, 0);
  // a judging event is never judged by itself or its twin
  assert.equal(judgedBy(a, ev('v1')).size, 0);
  // a judging event in an earlier sentence judges nothing here
  const b = { ...a, sentences: [{ start: 0, end: 27 }, { start: 27, end: a.document.text.length }] };
  assert.equal(judgedBy(b, ev('v3')).size, 0);
  // a statement ("said") is no judging: a speaker can tell of his own attack
  const c = fx({ text: 'The army said its attack in Kankara killed ten bandits.', publishedAt: DAY,
    entities: [{ name: 'army', type: 'ORG' }, { name: 'Kankara', type: 'GPE' }],
    events: [{ id: 'v1', type: 'STATEMENT', trigger: 'said', args: { agent: ['e1'] } }, { id: 'v2', type: 'ATTACK', trigger: 'attack', args: { agent: ['e1'], location: ['e2'] } }] });
  assert.equal(judgedBy(c, c.events![1]!).size, 0);
  assert.ok(judgingType('CRITICIZE') && judgingType('PRAISE') && judgingType('ACCUSE'));
  assert.ok(!judgingType('STATEMENT') && !judgingType('ATTACK') && !judgingType('ORDER'));
});

test('an attack a president condemns is one story event with the attack another report tells; one he ordered is not', () => {
  const condemned = fx({ text: 'President Buhari condemned the cowardly attack in Kankara.', publishedAt: DAY, outlet: 'AFP',
    entities: [{ name: 'Buhari', type: 'PERSON' }, { name: 'Kankara', type: 'GPE' }],
    events: [{ type: 'CRITICIZE', trigger: 'condemned', args: { agent: ['e1'] } }, { type: 'ATTACK', trigger: 'attack', args: { agent: ['e1'], location: ['e2'] } }] });
  const s = buildStory('s', [sd(stormed()), sd(condemned)]);
  const attacks = s.events.filter((e) => e.type === 'ATTACK');
  assert.equal(attacks.length, 1, JSON.stringify(attacks));
  assert.equal(attacks[0]!.documents.length, 2);
  assert.ok(!attacks[0]!.participants.includes('Buhari'), JSON.stringify(attacks[0]!.participants));
  // no judging verb: Buhari is the attack's doer, and it stays apart from the gunmen's
  const ordered = fx({ text: 'President Buhari launched an attack in Kankara.', publishedAt: DAY, outlet: 'AFP',
    entities: [{ name: 'Buhari', type: 'PERSON' }, { name: 'Kankara', type: 'GPE' }],
    events: [{ type: 'ATTACK', trigger: 'attack', args: { agent: ['e1'], location: ['e2'] } }] });
  const s2 = buildStory('s', [sd(stormed()), sd(ordered)]);
  assert.equal(s2.events.filter((e) => e.type === 'ATTACK').length, 2);
});

test('a weapon in the instrument role is listed but neither ties nor separates two attacks', () => {
  const shooting = (weapon: string, type: EntityType, role = 'instrument') => fx({ text: `Gunmen attacked Kankara, firing ${weapon} rifles.`, publishedAt: DAY, outlet: 'AP',
    entities: [{ name: weapon, type }, { name: 'Kankara', type: 'GPE' }],
    events: [{ type: 'ATTACK', trigger: 'attacked', args: { [role]: ['e1'], location: ['e2'] } }] });
  const s = buildStory('s', [sd(stormed()), sd(shooting('AK-47', 'WEAPON'))]);
  const attacks = s.events.filter((e) => e.type === 'ATTACK');
  assert.equal(attacks.length, 1, JSON.stringify(attacks));
  assert.ok([...attacks[0]!.participants, ...(attacks[0]!.otherParticipants ?? [])].includes('AK-47'));
  // an organisation in that role is a participant: it keeps the attacks apart, as before
  const s2 = buildStory('s', [sd(stormed()), sd(shooting('Vanguard Brigade', 'ORG'))]);
  assert.equal(s2.events.filter((e) => e.type === 'ATTACK').length, 2);
  assert.ok(toolOnly('instrument', 'WEAPON'));
  // every role with every type, "instrument" among them: only a weapon as instrument is a tool only
  fc.assert(fc.property(fc.constantFrom('agent', 'patient', 'theme', 'partner', 'location', 'instrument'), fc.constantFrom('WEAPON', 'ORG', 'PERSON', 'VEHICLE'),
    (role, type) => toolOnly(role, type) === (role === 'instrument' && type === 'WEAPON')));
  assert.ok(!toolOnly('instrument', 'VEHICLE') && !toolOnly('instrument', 'ORG'));
});
