// Types the devsets' aggregated misses name as absent, written with verbs the lexicon lacked: troops moved, points
// docked, players banned for matches, incumbents challenged, roads blocked by protesters, money raised from investors,
// bills called dangerous; and a campaign rally that is no protest. Each with cases that must not fire. Sentences written
// for these tests; hand-built entities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, argNames, type EntSpec } from './helpers.js';

const types = (text: string, ents: EntSpec[] = []) => eventsOf(text, ents).evs.map((e) => e.type);
const country = (name: string): EntSpec => ({ name, type: 'GPE', kind: 'COUNTRY' });
const city = (name: string): EntSpec => ({ name, type: 'GPE', kind: 'CITY' });

test('troops moved somewhere are a DEPLOY; troops that move are not', () => {
  const r = eventsOf('Russia moved troops to the border with Finland.', [country('Russia'), country('Finland')]);
  const d = r.evs.find((e) => e.type === 'DEPLOY');
  assert.ok(d, r.evs.map((e) => e.type).join(','));
  assert.deepEqual(argNames(r.doc, d!).agent, ['Russia']);
  assert.ok(!types('The troops moved into the town at dawn.').includes('DEPLOY'));
  assert.ok(!types('The family moved to Spain in 2010.', [country('Spain')]).includes('DEPLOY'));
});

test('points docked and players banned for matches are a PENALTY; a ship docking and a product banned are not', () => {
  assert.ok(types('The club was docked 10 points.').includes('PENALTY'));
  assert.ok(types('The striker was banned for three matches.').includes('PENALTY'));
  const ship = types('The cruise ship docked in Venice.', [city('Venice')]);
  assert.ok(!ship.includes('PENALTY') && ship.includes('ARRIVE'), ship.join(','));
  const abaya = types('France banned the abaya in schools.', [country('France')]);
  assert.ok(!abaya.includes('PENALTY') && abaya.includes('POLICY_DECISION'), abaya.join(','));
});

test('challenging an incumbent in a race is a COMPETE; a law challenged in court stays a LAWSUIT', () => {
  assert.ok(types('He is challenging the incumbent in the mayoral race.').includes('COMPETE'));
  const l = types('The group challenged the law in court.');
  assert.ok(!l.includes('COMPETE') && l.includes('LAWSUIT'), l.join(','));
});

test('protesters blocking roads PROTEST; a senator blocking a bill is a REJECT', () => {
  assert.ok(types('Protesters blocked roads in Nairobi.', [city('Nairobi')]).includes('PROTEST'));
  const b = types('The senator blocked the bill.');
  assert.ok(!b.includes('PROTEST') && b.includes('REJECT'), b.join(','));
  assert.ok(!types('Snow blocked roads in Nairobi.', [city('Nairobi')]).includes('PROTEST'));
});

test('a campaign rally is no PROTEST; a rally against the government is one', () => {
  assert.ok(!types('The prime minister told a rally in Delhi that prices would fall.', [city('Delhi')]).includes('PROTEST'));
  assert.ok(!types('Thousands attended an election rally in Delhi.', [city('Delhi')]).includes('PROTEST'));
  assert.ok(types('Thousands attended a rally against the government in Budapest.', [city('Budapest')]).includes('PROTEST'));
});

test('money raised from investors is an INVESTMENT; money raised for charity is not', () => {
  assert.ok(types('The startup raised $2 billion from investors.').includes('INVESTMENT'));
  assert.ok(!types('The charity raised $2 million for flood victims.').includes('INVESTMENT'));
});

test('a bill called dangerous or illegal is CRITICIZE; calling a meeting is not', () => {
  assert.ok(types('The governor called the bill "dangerous".').includes('CRITICIZE'));
  assert.ok(types('The ministry called the strikes illegal.').includes('CRITICIZE'));
  assert.ok(!types('The governor called a meeting for Monday.').includes('CRITICIZE'));
});
