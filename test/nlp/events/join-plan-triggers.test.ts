// Triggers of joining a body (JOIN) and of a future set-up or a hope (PLAN): a named organisation or a body noun as the
// object of "join", "become a member", "accession"; a future modal before "set up", "establish", "create", "double
// capacity"; "hope to" and a verb. Sentences written for these tests; entities hand-built, no time resolved.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allNames, eventsOf, type EntSpec } from './helpers.js';

const O = (name: string): EntSpec => ({ name, type: 'ORG' });
const G = (name: string): EntSpec => ({ name, type: 'GPE' });
const P = (name: string): EntSpec => ({ name, type: 'PERSON' });
const typed = (type: string, text: string, ents: EntSpec[]) => {
  const { doc, evs } = eventsOf(text, ents);
  return { doc, evs, hits: evs.filter((e) => e.type === type) };
};

test('JOIN: a named organisation as the object of "join", modifiers before it', () => {
  const a = typed('JOIN', 'Coach John Doe, who leaves to join Irish province Leinster, is expected to hand over.', [P('John Doe'), O('Leinster')]);
  assert.equal(a.hits.length, 1, JSON.stringify(a.evs.map((e) => e.type)));
  assert.ok(allNames(a.doc, a.hits[0]!).includes('Leinster'));
  assert.equal(typed('JOIN', 'Freedonia joined NATO in March.', [G('Freedonia'), O('NATO')]).hits.length, 1);
});

test('JOIN: a body noun heading the object, becoming a member, an accession', () => {
  assert.equal(typed('JOIN', 'More events will follow once a third detector, Virgo, joins the network.', [O('Virgo')]).hits.length, 1);
  assert.equal(typed('JOIN', 'Freedonia became a member of NATO in April.', [G('Freedonia'), O('NATO')]).hits.length, 1);
  assert.equal(typed('JOIN', "Freedonia's accession was blocked for a year.", [G('Freedonia')]).hits.length, 1);
});

test('no JOIN: an organisation joined in an act, a person, a protest, an accession chapter', () => {
  assert.equal(typed('JOIN', 'Freedonia joined Amnesty International in calling for a ceasefire.', [G('Freedonia'), O('Amnesty International')]).hits.length, 0);
  assert.equal(typed('JOIN', 'Freedonia joined the UN in urging restraint.', [G('Freedonia'), O('UN')]).hits.length, 0);
  assert.equal(typed('JOIN', 'He joined John Doe at the podium.', [P('John Doe')]).hits.length, 0);
  assert.equal(typed('JOIN', 'She joined the protest with her party leader.', []).hits.length, 0);
  assert.equal(typed('JOIN', 'The bloc opened a new accession chapter.', []).hits.length, 0);
});

test('PLAN: a future modal before a set-up or a doubling of capacity; "hope to" and a verb', () => {
  const a = typed('PLAN', 'A Joint Coordination Centre staffed by officials from all four parties will be set up in Istanbul.', [O('Joint Coordination Centre'), G('Istanbul')]);
  assert.equal(a.hits.length, 1, JSON.stringify(a.evs.map((e) => e.type)));
  assert.equal(a.hits[0]!.trigger.text, 'set up');
  assert.equal(typed('PLAN', 'The Acme Institute will double capacity within two years.', [O('Acme Institute')]).hits.length, 1);
  assert.equal(typed('PLAN', 'The agency will establish a task force.', []).hits.length, 1);
  assert.equal(typed('PLAN', 'John Doe hopes to land on the moon within two years.', [P('John Doe')]).hits.length, 1);
});

test('no PLAN: a set-up done, a hope for something, prices that will double', () => {
  assert.equal(typed('PLAN', 'The firm set up a centre in Istanbul last year.', [G('Istanbul')]).hits.length, 0);
  assert.equal(typed('PLAN', 'The agency established a task force in May.', []).hits.length, 0);
  assert.equal(typed('PLAN', 'John Doe hopes for rain.', [P('John Doe')]).hits.length, 0);
  assert.equal(typed('PLAN', 'Prices will double within a year.', []).hits.length, 0);
});
