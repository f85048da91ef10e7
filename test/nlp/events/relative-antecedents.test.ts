// Antecedents across a relative clause: "it" after a body's reporting verb ("Microsoft, which owns LinkedIn, said it
// would cut jobs"), a state as the antecedent of "which" ("Russia, which invaded Ukraine"), and an attack "claimed by"
// a group. Sentences written for these tests; hand-built entities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, argNames, type EntSpec } from './helpers.js';

const org = (name: string): EntSpec => ({ name, type: 'ORG' });
const country = (name: string): EntSpec => ({ name, type: 'GPE', kind: 'COUNTRY' });
const city = (name: string): EntSpec => ({ name, type: 'GPE', kind: 'CITY' });
const agentOf = (text: string, ents: EntSpec[], type: string): string[] => {
  const t = eventsOf(text, ents);
  const ev = t.evs.find((e) => e.type === type);
  assert.ok(ev, `${type} expected: ${text} -> ${t.evs.map((e) => e.type).join(',')}`);
  return argNames(t.doc, ev!).agent ?? [];
};

test('"it" right after a body\'s reporting verb is that body, past a relative clause naming another', () => {
  assert.deepEqual(agentOf('Microsoft, which owns LinkedIn, said it would cut 10,000 jobs.', [org('Microsoft'), org('LinkedIn')], 'LAYOFF'), ['Microsoft']);
  assert.deepEqual(agentOf('Microsoft said it would cut 10,000 jobs.', [org('Microsoft')], 'LAYOFF'), ['Microsoft']);
});

test('negative: "it" elsewhere still takes the most recent body', () => {
  const t = eventsOf('Microsoft bought LinkedIn. Later it cut 10,000 jobs.', [org('Microsoft'), org('LinkedIn')]);
  const ev = t.evs.find((e) => e.type === 'LAYOFF');
  assert.ok(!ev || !(argNames(t.doc, ev).agent ?? []).includes('Microsoft'), JSON.stringify(ev && argNames(t.doc, ev)));
});

test('a state is the antecedent of "which": "Russia, which invaded Ukraine"', () => {
  assert.deepEqual(agentOf('Russia, which invaded Ukraine in 2022, said it would withdraw troops.', [country('Russia'), country('Ukraine')], 'ATTACK'), ['Russia']);
});

test('negative: a town before "which" is no actor', () => {
  const t = eventsOf('Kharkiv, which attacked nobody, was shelled.', [city('Kharkiv')]);
  for (const ev of t.evs) assert.ok(!(argNames(t.doc, ev).agent ?? []).includes('Kharkiv'), JSON.stringify(argNames(t.doc, ev)));
});

test('an attack "claimed by" a group is that group\'s; one condemned by a state is not the state\'s', () => {
  assert.deepEqual(agentOf('The attack, which was claimed by Hamas, killed 12 people.', [org('Hamas')], 'ATTACK'), ['Hamas']);
  const t = eventsOf('The attack, which was condemned by France, killed 12 people.', [country('France')]);
  const atk = t.evs.find((e) => e.type === 'ATTACK');
  assert.ok(atk && !(argNames(t.doc, atk).agent ?? []).includes('France'), JSON.stringify(atk && argNames(t.doc, atk)));
});
