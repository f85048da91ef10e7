import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Status } from '../../../src/core/types.js';
import { decide, loadStatusModel, setStatusCapture, setStatusModel, statusModel, type StatusModelFile } from '../../../src/nlp/certainty/status-model.js';
import { captured, cliStatuses } from './status-model-helpers.js';

// Sentences written for these tests. Publication pinned: Wednesday 6 March 2024 (PUB).
const ENV = process.env.NEWSGRAPH_STATUS_MODEL;
after(() => {
  if (ENV === undefined) delete process.env.NEWSGRAPH_STATUS_MODEL; else process.env.NEWSGRAPH_STATUS_MODEL = ENV;
  setStatusModel(undefined); setStatusCapture(undefined);
});

function run(text: string, anchor: string): { status: Status; verb: boolean } {
  const { status, capture } = captured(text, anchor);
  return { status, verb: capture?.verb ?? false };
}

describe('status model switch (on by default since the README\'s stop 35)', () => {
  it('unset or "on" loads the committed weights; "off" leaves the rules alone', () => {
    delete process.env.NEWSGRAPH_STATUS_MODEL;
    setStatusModel(undefined);
    assert.ok(statusModel(), 'unset: on');
    process.env.NEWSGRAPH_STATUS_MODEL = '';
    setStatusModel(undefined);
    assert.ok(statusModel(), 'empty: on');
    process.env.NEWSGRAPH_STATUS_MODEL = 'on';
    setStatusModel(undefined);
    assert.ok(statusModel(), 'on');
    process.env.NEWSGRAPH_STATUS_MODEL = 'off';
    setStatusModel(undefined);
    assert.equal(statusModel(), null);
    // a missing weights file: the rules alone, no throw
    process.env.NEWSGRAPH_STATUS_MODEL = '/nonexistent/status-model.json';
    setStatusModel(undefined);
    assert.equal(statusModel(), null);
    if (ENV === undefined) delete process.env.NEWSGRAPH_STATUS_MODEL; else process.env.NEWSGRAPH_STATUS_MODEL = ENV;
    setStatusModel(undefined);
  });
  it('the committed policy leaves verb readings and date-moved answers to the rules', () => {
    const m = loadStatusModel();
    assert.equal(m.policy.mode, 'noverb');
    assert.equal(m.policy.keepTimes, true);
  });
});

describe('status model: the policy guards', () => {
  const w = { big: [0, 10, 0] as [number, number, number] };
  const pol = (p: StatusModelFile['policy']): StatusModelFile => ({ kind: 'status-perceptron', policy: p, provenance: {}, weights: w });
  it('noverb: a verb reading stands whatever the margin; a default reading is overridden past the margin', () => {
    assert.equal(decide(pol({ mode: 'noverb', margin: 3 }), ['big'], 'PAST', true), 'PAST');
    assert.equal(decide(pol({ mode: 'noverb', margin: 3 }), ['big'], 'PAST', false), 'ONGOING');
    // negative: under the margin the rules stand
    assert.equal(decide(pol({ mode: 'noverb', margin: 12 }), ['big'], 'PAST', false), 'PAST');
  });
  it('keepTimes: an answer the claim\'s dates moved (gram>rule) stands; without the flag it may be overridden', () => {
    const feats = ['big', 'gram>rule=PAST>FUTURE'];
    assert.equal(decide(pol({ mode: 'noverb', margin: 3, keepTimes: true }), feats, 'FUTURE', false), 'FUTURE');
    assert.equal(decide(pol({ mode: 'noverb', margin: 3 }), feats, 'FUTURE', false), 'ONGOING');
    // negative: no date moved it, the guard does not apply
    assert.equal(decide(pol({ mode: 'noverb', margin: 3, keepTimes: true }), ['big'], 'FUTURE', false), 'ONGOING');
  });
});

describe('status model on: the constructions it used to override', () => {
  it('a sure present after a participial aside counts as a verb reading and stays ONGOING', () => {
    setStatusModel(loadStatusModel());
    const a = run('The petition, made at 4 pm in the district court, lists debts of more than $2 billion.', 'lists debts');
    assert.equal(a.verb, true);
    assert.equal(a.status, 'ONGOING');
    assert.equal(run('The new variant, first detected in a border town last autumn, appears to spread more easily.', 'appears to spread').status, 'ONGOING');
    // negative: a claim with no verb form is still a default reading
    assert.equal(run('He promised a new stadium by 2030.', 'new stadium').verb, false);
  });
  it('a date after publication keeps a claim FUTURE; a backshifted "had been" + -ing stays ONGOING', () => {
    setStatusModel(loadStatusModel());
    assert.equal(run('He promised a new stadium by 2030.', 'new stadium').status, 'FUTURE');
    assert.equal(run('The army said its troops had been travelling through the area.', 'travelling through the area').status, 'ONGOING');
    // negative: a plain past and a future modal as ever
    assert.equal(run('The bridge collapsed on Monday.', 'bridge collapsed').status, 'PAST');
    assert.equal(run('The council will vote on the plan next week.', 'vote on the plan').status, 'FUTURE');
  });
});

describe('status model on: end to end through bin/newsgraph', () => {
  it('on, off and default agree on the formerly overridden constructions', () => {
    const text = 'The petition, made at 4 pm in the district court, lists debts of more than $2 billion. He promised a new stadium by 2030. The bridge collapsed on Monday.';
    const get = (env: Record<string, string>) => cliStatuses(text, ['lists debts', 'new stadium', 'bridge collapsed'], env);
    assert.deepEqual(get({ NEWSGRAPH_STATUS_MODEL: 'on' }), ['ONGOING', 'FUTURE', 'PAST']);
    assert.deepEqual(get({ NEWSGRAPH_STATUS_MODEL: 'off' }), ['ONGOING', 'FUTURE', 'PAST']);
    assert.deepEqual(get({ NEWSGRAPH_STATUS_MODEL: '' }), ['ONGOING', 'FUTURE', 'PAST']);
  });
});
