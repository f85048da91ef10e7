// Argument coverage (issue #6): a passive's "by" agent that is a described group, followed by a colon and the list of
// its members' names ("cleared by a panel of ministers: A, B and C"), gives the event those names as agents. Sentences
// written for these tests, with cases that must not fire (a colon opening a clause, a named agent before the colon);
// hand-built entities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { argNames, eventsOf, type EntSpec } from './helpers.js';

const person = (name: string): EntSpec => ({ name, type: 'PERSON' });
const agentsOf = (text: string, ents: EntSpec[], type: string): string[] => {
  const { doc, evs } = eventsOf(text, ents);
  const ev = evs.find((e) => e.type === type);
  assert.ok(ev, `no ${type} in: ${evs.map((e) => e.type).join(',')}`);
  return argNames(doc, ev).agent ?? [];
};

test('a passive agent group named in a list after a colon: every name is an agent', () => {
  const a = agentsOf('The plan was approved on Monday by a committee of lawmakers: Ann Lee, John Doe and Mary Smith.',
    [person('Ann Lee'), person('John Doe'), person('Mary Smith')], 'POLICY_DECISION');
  assert.deepEqual([...a].sort(), ['Ann Lee', 'John Doe', 'Mary Smith']);
  const b = agentsOf('The merger was approved by the two regulators: Ofgem and Ofcom.',
    [{ name: 'Ofgem', type: 'ORG' }, { name: 'Ofcom', type: 'ORG' }], 'POLICY_DECISION');
  assert.deepEqual([...b].sort(), ['Ofcom', 'Ofgem']);
});

test('a colon opening a clause, or not after a passive agent group: no agent from after the colon', () => {
  // a clause after the colon: Ann Lee is the voter, not the approver
  assert.deepEqual(agentsOf('The plan was approved by the committee: Ann Lee voted against it.', [person('Ann Lee')], 'POLICY_DECISION'), []);
  // a named agent before the colon keeps its own name only
  const c = agentsOf('The plan was approved by Congress: Ann Lee and John Doe.',
    [{ name: 'Congress', type: 'ORG' }, person('Ann Lee'), person('John Doe')], 'POLICY_DECISION');
  assert.deepEqual(c, ['Congress']);
  // no "by": the names after the colon are no agents
  assert.deepEqual(agentsOf('The plan was approved on Monday: Ann Lee and John Doe.', [person('Ann Lee'), person('John Doe')], 'POLICY_DECISION'), []);
});
