// An attack claimed outright is the claimant's ("the Islamic State group claimed the bombing in Kabul"), a claim about an
// attack is not ("Moscow claimed the strike hit a military target"); a region's head noun after its name is no trigger
// ("in Borno state") (issue #6). Sentences written for these tests; hand-built entities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, argNames, type EntSpec } from './helpers.js';

const org = (name: string): EntSpec => ({ name, type: 'ORG' });
const place = (name: string): EntSpec => ({ name, type: 'GPE' });

test('an attack claimed outright takes the claimant as agent', () => {
  const is = eventsOf('The Islamic State group claimed the bombing in Kabul.', [org('Islamic State'), place('Kabul')]);
  const a = is.evs.find((e) => e.type === 'ATTACK');
  assert.deepEqual(a && argNames(is.doc, a).agent, ['Islamic State']);
  const sh = eventsOf('Al-Shabaab claimed the attack, which killed 12 people.', [org('Al-Shabaab')]);
  const b = sh.evs.find((e) => e.type === 'ATTACK');
  assert.deepEqual(b && argNames(sh.doc, b).agent, ['Al-Shabaab']);
});

test('a claim about an attack gives it no agent', () => {
  const m = eventsOf('Moscow claimed the strike hit a military target.', [place('Moscow')]);
  const a = m.evs.find((e) => e.type === 'ATTACK');
  assert.ok(a && !argNames(m.doc, a).agent, JSON.stringify(a && argNames(m.doc, a)));
});

test('"Borno state" is a place, not a statement', () => {
  const { evs } = eventsOf('Boko Haram fighters killed 20 villagers in Borno state.', [org('Boko Haram'), place('Borno')]);
  assert.ok(!evs.some((e) => e.type === 'STATEMENT'), evs.map((e) => e.type).join(','));
  assert.ok(eventsOf('Nigeria stated that it would act.', [place('Nigeria')]).evs.some((e) => e.type === 'STATEMENT'));
});
