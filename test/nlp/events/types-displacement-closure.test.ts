// People moved by a disaster and sites that shut: rushing out of buildings or an airlift of the injured is an evacuation;
// staying in shelters, evacuation centres or makeshift tents, or being moved to new homes, is displacement (tents at a
// festival, a hotel or a training camp are none); a visitor site heading the subject of "closed" is a closure (a site
// word that only modifies the subject is none). Sentences written for these tests, each with cases that must not fire;
// hand-built entities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, type EntSpec } from './helpers.js';

const types = (text: string, ents: EntSpec[] = []) => eventsOf(text, ents).evs.map((e) => e.type);
const org = (name: string): EntSpec => ({ name, type: 'ORG' });

test('people rushing out of buildings evacuate; rushing out of a meeting, or rushing out a statement, is no evacuation', () => {
  assert.ok(types('Clerks rushed out of the office towers as the ground shook.').includes('EVACUATION'));
  assert.ok(types('Hundreds of pupils are rushing out of their schools after the alarm.').includes('EVACUATION'));
  assert.ok(!types('The minister rushed out of the meeting to take a call.').includes('EVACUATION'));
  assert.ok(!types('The agency rushed out a statement on Friday.').includes('EVACUATION'));
});

test('airlifting the injured is an evacuation besides a rescue; airlifting food is none', () => {
  const a = eventsOf('The Coast Wing sent two helicopters to airlift the injured to the capital.', [org('Coast Wing')]);
  assert.ok(a.evs.some((e) => e.type === 'EVACUATION'), a.evs.map((e) => e.type).join(','));
  assert.ok(a.evs.some((e) => e.type === 'RESCUE'));
  assert.ok(!types('The army airlifted food to the valley.').includes('EVACUATION'));
});

test('staying in shelters, evacuation centres or makeshift tents, or moved to new homes, is displacement', () => {
  assert.ok(types('Some 4,300 people were still staying in evacuation centres on Sunday.').includes('DISPLACEMENT'));
  assert.ok(types('Hundreds of families stayed in shelters overnight.').includes('DISPLACEMENT'));
  assert.ok(types('Villagers have stayed in makeshift tents since the landslide.').includes('DISPLACEMENT'));
  assert.ok(types('About 900 residents of the valley have been moved to new homes.').includes('DISPLACEMENT'));
});

test('tents at a festival, a hotel, a training camp or new offices are no displacement', () => {
  assert.ok(!types('Fans stayed in tents near the stadium.').includes('DISPLACEMENT'));
  assert.ok(!types('Residents stayed in tents at the music festival.').includes('DISPLACEMENT'));
  assert.ok(!types('The team stayed in a hotel near the stadium.').includes('DISPLACEMENT'));
  assert.ok(!types('The players stayed at the training camp for a week.').includes('DISPLACEMENT'));
  assert.ok(!types('The company moved its staff to new offices.').includes('DISPLACEMENT'));
});

test('a visitor site heading the subject of "closed" is a closure', () => {
  assert.ok(types('The hillside resort had already closed and will stay shut until May.').includes('CLOSURE'));
  assert.ok(types('The city museum closed on Monday after the flood.').includes('CLOSURE'));
  assert.ok(types('Both museums were closed for the week.').includes('CLOSURE'));
});

test('a site word that only modifies the subject, a site inside an "of" phrase, or "close to" is no closure', () => {
  assert.ok(!types('The museum director closed the meeting on Monday.').includes('CLOSURE'));
  assert.ok(!types('The park ranger closed the gate.').includes('CLOSURE'));
  assert.ok(!types('The museum, close to the river, drew 10,000 visitors.').includes('CLOSURE'));
  assert.ok(!types('The sale of the park closed on Friday.').includes('CLOSURE'));
});
