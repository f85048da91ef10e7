// The events stage's 'source' role (the body a report places an agentless event with: "…, the ministry said"): story
// building counts it as a participant (never an agent) of an event it can act in (data/lexicon/story-source-actor-types.txt); grouping skips it like 'time'. Hand-built analyses; reference date 2024-03-04.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fx } from '../store/fixtures.js';
import { buildStory, sourceActs, type StoryDoc } from '../../src/story/build.js';
import { analyze } from '../../src/analyze.js';
import { terms } from '../../src/story/group.js';
import type { Analysis } from '../../src/core/types.js';

const sd = (a: Analysis): StoryDoc => ({ a, row: { id: a.document.id, outlet: a.document.outlet, title: a.document.title, publishedAt: a.document.publishedAt } });

const deaths = (outlet: string, text: string, args: Record<string, string[]>) => fx({ text, publishedAt: '2024-03-04', outlet,
  entities: [{ name: 'Pentagon', type: 'ORG' }, { name: 'Gaza', type: 'GPE' }],
  events: [{ type: 'DEATHS', trigger: 'died', args }] });

test('the source of an event it can act in takes part in the story event, never as its agent; of deaths it only reported, not at all', () => {
  // the body reports the deaths: no participant (review finding 4)
  const a = deaths('BBC', 'Four soldiers died in Gaza, the Pentagon said.', { source: ['e1'], location: ['e2'] });
  const ev = buildStory('s', [sd(a)]).events.find((e) => e.type === 'DEATHS');
  assert.ok(ev && !ev.participants.includes('Pentagon'), JSON.stringify(ev?.participants));
  // the same body as an agent takes part
  const b = deaths('CNN', 'The Pentagon said four soldiers died in Gaza.', { agent: ['e1'], location: ['e2'] });
  const ev2 = buildStory('s', [sd(b)]).events.find((e) => e.type === 'DEATHS');
  assert.ok(ev2?.participants.includes('Pentagon'), JSON.stringify(ev2?.participants));
  // a rescue the body reports is often its own: it takes part
  const c = fx({ text: 'Rescuers pulled two survivors from the rubble in Gaza, the Pentagon said.', publishedAt: '2024-03-04', outlet: 'AP',
    entities: [{ name: 'Pentagon', type: 'ORG' }, { name: 'Gaza', type: 'GPE' }], events: [{ type: 'RESCUE', trigger: 'pulled', args: { source: ['e1'], location: ['e2'] } }] });
  const ev3 = buildStory('s', [sd(c)]).events.find((e) => e.type === 'RESCUE');
  assert.ok(ev3?.participants.includes('Pentagon'), JSON.stringify(ev3?.participants));
  assert.ok(sourceActs('RESCUE') && sourceActs('POLICY_DECISION') && sourceActs('ATTACK'));
  assert.ok(!sourceActs('DEATHS') && !sourceActs('INJURY') && !sourceActs('DISASTER') && !sourceActs('FIRE'));
});

// Review probe: three flood reports, each ending 'the health ministry said': the ministry told of the deaths; it is no
// participant of them.
test('a ministry that reports the deaths of a flood is no participant of them (analysed reports)', () => {
  const reports: [string, string, string][] = [
    ['2023-09-11', 'Floods kill dozens in eastern Libya', 'Floods killed at least 40 people in Derna on Monday after two dams burst, the health ministry said. Rescuers searched for survivors in Derna. Five people died in a landslide in Bayda, the health ministry said.'],
    ['2023-09-12', 'Libya flood toll rises in Derna', 'The death toll from the floods in Derna rose to 60 on Tuesday, the health ministry said. Rescuers in Derna pulled bodies from the mud. Two children died when a wall collapsed in Shahat, the health ministry said.'],
    ['2023-09-13', 'Libya floods: aid arrives in Derna', 'Aid arrived in Derna on Wednesday after floods killed at least 60 people there. Egypt sent rescue teams to Derna, and Turkey sent medical supplies, the foreign ministry said.'],
  ];
  const docs = reports.map(([d, t, x], i) => { const a = analyze(`${t}\n\n${x}`, { publishedAt: d, title: t, outlet: `o${i}` }); return { a, row: { id: `d${i}`, outlet: `o${i}`, title: t, publishedAt: d } } as StoryDoc; });
  const s = buildStory('s', docs);
  const deathEvents = s.events.filter((e) => e.type === 'DEATHS');
  assert.ok(deathEvents.length > 0);
  for (const e of deathEvents) assert.ok(!e.participants.some((p) => /ministry/i.test(p)), JSON.stringify(e.participants));
});

// a raid a junta reports itself, and an attack by jihadists the same day in the same country: two events of a type a
// story holds many of, each naming who took part
const attack = (outlet: string, text: string, who: string, role: string) => fx({ text, publishedAt: '2023-07-27', outlet,
  entities: [{ name: who, type: 'ORG' }, { name: 'Niger', type: 'GPE' }],
  events: [{ type: 'ATTACK', trigger: 'raid', args: { [role]: ['e1'], location: ['e2'] } }] });

test('a body named only as the source keeps its event apart from another actor\'s event of the same type', () => {
  const a = attack('AFP', 'A raid on a border post in Niger was repelled, the National Council for the Safeguard of the Homeland said.', 'National Council for the Safeguard of the Homeland', 'source');
  const b = attack('Reuters', 'Jihadists of the Islamic State Sahel Province led a raid on a village in Niger.', 'Islamic State Sahel Province', 'agent');
  const s = buildStory('s', [sd(a), sd(b)]);
  const raids = s.events.filter((e) => e.type === 'ATTACK');
  assert.equal(raids.length, 2, JSON.stringify(raids.map((e) => [e.participants, e.documents.length])));
});

test('a ministry that reports two donors\' aid is no agent of either: the aid stays two events', () => {
  const aid = (outlet: string, text: string, donor: string) => fx({ text, publishedAt: '2023-09-14', outlet,
    entities: [{ name: donor, type: 'ORG' }, { name: 'Health Ministry', type: 'ORG' }, { name: 'Derna', type: 'GPE' }],
    events: [{ type: 'PROVIDE_AID', trigger: 'sent', args: { agent: ['e1'], source: ['e2'], destination: ['e3'] } }] });
  const s = buildStory('s', [sd(aid('AP', 'The Red Crescent sent tents to Derna, the Health Ministry said.', 'Red Crescent')),
    sd(aid('AFP', 'The UN sent tents to Derna, the Health Ministry said.', 'UN'))]);
  assert.equal(s.events.filter((e) => e.type === 'PROVIDE_AID').length, 2, JSON.stringify(s.events.map((e) => [e.type, e.participants])));
});

test('grouping: a ministry reporting unrelated deaths makes no P:DEATHS:<ministry> term', () => {
  const a = deaths('BBC', 'Four soldiers died in Gaza, the Pentagon said.', { source: ['e1'] });
  assert.ok(![...terms(a).keys()].some((k) => k.startsWith('P:DEATHS:')), JSON.stringify([...terms(a).keys()].filter((k) => k.startsWith('P:'))));
  const b = deaths('CNN', 'Four soldiers died in Gaza, the Pentagon said.', { patient: ['e1'] });
  assert.ok([...terms(b).keys()].some((k) => k.startsWith('P:DEATHS:')));
});
