// A plan, a promise, a threat or a refusal takes the parties of the act its "to" clause names (complement-args.ts,
// events-words.tsv "complement-arg-types"): "Ruritania plans to join NATO" is a PLAN about NATO. Not an event further
// on in the sentence, not a noun's "to" clause, not a type outside the list ("agreed to join NATO" keeps its own
// arguments). Sentences written for these tests; entities hand-built (no time is resolved, so no reference date).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allNames, eventsOf, type EntSpec } from './helpers.js';

const RUR: EntSpec = { name: 'Ruritania', type: 'GPE' };
const NATO: EntSpec = { name: 'NATO', type: 'ORG' };
const OHIO: EntSpec = { name: 'Ohio', type: 'GPE' };
const ACME: EntSpec = { name: 'Acme Corp', type: 'ORG' };
const names = (text: string, type: string, ents: EntSpec[]) => {
  const { doc, evs } = eventsOf(text, ents);
  const e = evs.find((x) => x.type === type);
  assert.ok(e, `${text}: ${JSON.stringify(evs.map((x) => [x.type, x.rule]))}`);
  return allNames(doc, e).sort();
};

test('the act after "to" lends its parties to the plan, the promise, the threat', () => {
  assert.deepEqual(names('Ruritania plans to join NATO.', 'PLAN', [RUR, NATO]), ['NATO', 'Ruritania']);
  assert.deepEqual(names('Ruritania intends to join NATO by 2030.', 'PLAN', [RUR, NATO]), ['NATO', 'Ruritania']);
  assert.deepEqual(names('Acme Corp pledged to build a plant in Ohio.', 'PROMISE', [ACME, OHIO]), ['Acme Corp', 'Ohio']);
});

test('no borrowed parties: an event further on, a noun\'s "to" clause, a type outside the list', () => {
  assert.deepEqual(names('Ruritania plans to speak at length before it joins NATO.', 'PLAN', [RUR, NATO]), ['Ruritania']);
  const { doc, evs } = eventsOf('The plan to join NATO divided Ruritania.', [RUR, NATO]);
  for (const e of evs.filter((x) => x.type === 'PLAN')) assert.ok(!allNames(doc, e).includes('NATO'));
  const ag = eventsOf('Ruritania agreed to join NATO.', [RUR, NATO]);
  const a = ag.evs.find((x) => x.type === 'AGREEMENT');
  assert.ok(a, JSON.stringify(ag.evs.map((e) => [e.type, e.rule])));
  assert.ok(!/complement-args/.test(a.rule ?? ''));
});
