// Reactions undergone (issue #6): "Boric drew criticism from Amnesty", "the agency has faced criticism", "Modi received
// praise from Biden" — the subject of the verb governing a reaction noun is what the reaction is aimed at (its patient),
// the party it comes "from" its agent (data/lexicon/events-words.tsv undergo-light, undergo-types). Sentences written for
// these tests; hand-built entities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { argNames, eventsOf, type EntSpec } from './helpers.js';

const person = (name: string): EntSpec => ({ name, type: 'PERSON' });
const org = (name: string): EntSpec => ({ name, type: 'ORG' });
const gpe = (name: string): EntSpec => ({ name, type: 'GPE' });

/** The arguments by role of the events of `type` in `text`. */
function rolesOf(text: string, ents: EntSpec[], type: string): Array<Record<string, string[]>> {
  const { doc, evs } = eventsOf(text, ents);
  return evs.filter((e) => e.type === type).map((e) => argNames(doc, e));
}

test('a reaction drawn, faced or received: the subject is its patient, the party "from" its agent', () => {
  const ents = [person('Aron Malik'), org('Amnesty International')];
  assert.deepEqual(rolesOf('Aron Malik drew criticism from Amnesty International on Monday.', ents, 'CRITICIZE'),
    [{ agent: ['Amnesty International'], patient: ['Aron Malik'] }]);
  assert.deepEqual(rolesOf('Aron Malik has faced sharp criticism from Amnesty International for his remarks.', ents, 'CRITICIZE'),
    [{ agent: ['Amnesty International'], patient: ['Aron Malik'] }]);
  assert.deepEqual(rolesOf('Aron Malik received praise from Amnesty International for the rescue.', ents, 'PRAISE'),
    [{ agent: ['Amnesty International'], patient: ['Aron Malik'] }]);
  assert.deepEqual(rolesOf('Aron Malik won praise from Amnesty International.', ents, 'PRAISE'),
    [{ agent: ['Amnesty International'], patient: ['Aron Malik'] }]);
  assert.deepEqual(rolesOf('Aron Malik drew condemnation from Amnesty International.', ents, 'CRITICIZE'),
    [{ agent: ['Amnesty International'], patient: ['Aron Malik'] }]);
  // a plural after such a verb is its object noun: "faced sanctions"
  assert.deepEqual(rolesOf('Freedonia faced sanctions from Sylvania.', [gpe('Freedonia'), gpe('Sylvania')], 'SANCTION'),
    [{ agent: ['Sylvania'], patient: ['Freedonia'] }]);
  // with no party named after "from", the subject is still only the patient
  assert.deepEqual(rolesOf('The agency faced criticism for lifting its tsunami warning.', [org('The agency')], 'CRITICIZE'),
    [{ patient: ['The agency'] }]);
});

test('not undergone: a reaction given, a plan drawn up, a light verb of another type, a verb of its own', () => {
  const ents = [person('Aron Malik'), org('Amnesty International')];
  // the critic as the subject of the criticising verb stays its agent
  assert.deepEqual(rolesOf('Amnesty International criticised Aron Malik.', ents, 'CRITICIZE'),
    [{ agent: ['Amnesty International'], patient: ['Aron Malik'] }]);
  // a light verb that gives: "issued a condemnation" keeps its subject as the agent
  assert.deepEqual(rolesOf('Amnesty International issued a condemnation of the raid.', ents, 'CRITICIZE').map((r) => r.agent), [['Amnesty International']]);
  // "drew up a plan": drawing up is doing
  const plan = rolesOf('Amnesty International drew up a plan to help the victims.', ents, 'PLAN');
  assert.ok(plan.some((r) => r.agent?.includes('Amnesty International')), JSON.stringify(plan));
  // another type's noun after the same verbs keeps the subject as its agent ("received aid" is not a reaction)
  const met = rolesOf('Aron Malik received a delegation from Amnesty International.', ents, 'MEET');
  assert.ok(!met.some((r) => r.patient?.includes('Aron Malik')), JSON.stringify(met));
  // a "from" of a place after another event noun is still its origin
  const trav = rolesOf('Aron Malik faced a long journey from Freedonia.', [person('Aron Malik'), gpe('Freedonia')], 'TRAVEL');
  assert.ok(!trav.some((r) => r.agent?.includes('Freedonia')), JSON.stringify(trav));
});

test('a long run of undergo verbs and reaction nouns stays fast', () => {
  const text = 'Aron Malik drew criticism from Amnesty International and faced praise from '.repeat(3000) + 'Amnesty International.';
  const t0 = Date.now();
  eventsOf(text, [person('Aron Malik'), org('Amnesty International')]);
  assert.ok(Date.now() - t0 < 20000, `${Date.now() - t0} ms`);
  const t1 = Date.now();
  eventsOf('faced '.repeat(10000) + 'sanctions.', []);
  eventsOf(' '.repeat(1_000_000) + 'drew criticism.', []);
  assert.ok(Date.now() - t1 < 10000, `${Date.now() - t1} ms`);
});
