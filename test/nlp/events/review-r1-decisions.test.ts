// Review r1 findings on the stop-31 speech-act and decision rows: a participle used as an adjective ("designated safe
// zones", "critically acclaimed film"), admiring a view, waiving a right, a moratorium called for, a shutdown announced by
// a company, disappointment with a defeat and jobs a project will create are no decision, praise, criticism or plan.
// Sentences written for these tests; entities hand-built.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { argNames, eventsOf, type EntSpec } from './helpers.js';

const O = (name: string): EntSpec => ({ name, type: 'ORG' });
const G = (name: string): EntSpec => ({ name, type: 'GPE' });
const P = (name: string): EntSpec => ({ name, type: 'PERSON' });
const F = (name: string): EntSpec => ({ name, type: 'FAC' });
const typed = (type: string, text: string, ents: EntSpec[] = []) => {
  const { doc, evs } = eventsOf(text, ents);
  return { doc, evs, hits: evs.filter((e) => e.type === type) };
};
const n = (type: string, text: string, ents: EntSpec[] = []) => typed(type, text, ents).hits.length;

test('POLICY_DECISION: designating, waiving fees, a moratorium imposed or in force', () => {
  assert.equal(n('POLICY_DECISION', 'The government designated the area a disaster zone.'), 1);
  assert.equal(n('POLICY_DECISION', 'The city waived fees for residents.'), 1);
  assert.equal(n('POLICY_DECISION', 'A moratorium on drilling took effect.'), 1);
  assert.equal(n('POLICY_DECISION', 'The government announced new restrictions.'), 1);
});

test('no POLICY_DECISION: a designated zone, a right waived, a moratorium called for, a company shutdown', () => {
  assert.equal(n('POLICY_DECISION', 'Israel told civilians to move to designated safe zones in southern Gaza.', [G('Israel'), G('Gaza')]), 0);
  assert.equal(n('POLICY_DECISION', 'He waived his right to a jury trial.'), 0);
  assert.equal(n('POLICY_DECISION', 'Activists called for a moratorium on deep-sea mining.'), 0);
  assert.equal(n('DEMAND', 'Activists called for a moratorium on deep-sea mining.'), 1);
  assert.equal(n('POLICY_DECISION', 'Lawmakers urged a decree on fuel prices.'), 0);
  const f = typed('POLICY_DECISION', 'Ford announced the shutdown of its Cologne plant.', [O('Ford'), G('Cologne')]);
  assert.equal(f.hits.length, 0);
  assert.ok(f.evs.some((e) => e.type === 'CLOSURE'));
});

test('PRAISE: admiring a person or their courage, acclaiming people; none for a view or an acclaimed film', () => {
  const a = typed('PRAISE', 'He admired John Doe for years.', [P('John Doe')]);
  assert.equal(a.hits.length, 1);
  assert.deepEqual(argNames(a.doc, a.hits[0]!).patient, ['John Doe']);
  assert.equal(n('PRAISE', 'She admired the courage of the rescuers.'), 1);
  assert.equal(n('PRAISE', 'Crowds acclaimed the rescuers.'), 1);
  assert.equal(n('PRAISE', 'Tourists admired the view from the Eiffel Tower.', [F('Eiffel Tower')]), 0);
  assert.equal(n('PRAISE', 'The critically acclaimed film opened in London on Friday.', [G('London')]), 0);
  assert.equal(n('PRAISE', 'The film was widely acclaimed.'), 0);
});

test('CRITICIZE: disappointed with a decision; none with a defeat', () => {
  assert.equal(n('CRITICIZE', 'Unions were disappointed with the decision.'), 1);
  assert.equal(n('CRITICIZE', 'Fans were disappointed by the ruling.'), 1);
  assert.equal(n('CRITICIZE', 'Fans were disappointed with the 2-0 defeat.'), 0);
});

test('PLAN: a body a future modal will create; none for jobs', () => {
  assert.equal(n('PLAN', 'The government will create a new agency.'), 1);
  assert.equal(n('PLAN', 'The project will create 5,000 jobs.'), 0);
});
