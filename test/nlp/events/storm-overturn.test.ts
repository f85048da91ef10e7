// Issue #6, events lexicon: 'stormed' is an attack when a crowd or a building is near ("his supporters stormed
// Congress"), and 'overturn' is a court's RULING only with a court or a legal object near ("a coup to overturn his
// election defeat" is none). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEvents } from '../../../src/nlp/events/index.js';
import { makeDoc, type EntSpec } from './helpers.js';

const O = (name: string): EntSpec => ({ name, type: 'ORG' });
const typesOf = (text: string, ents: EntSpec[] = []) => extractEvents(makeDoc(text, ents)).map((e) => `${e.type}:${e.trigger.text}`);

test('"supporters stormed Congress" is an ATTACK; "an appeals court overturned his conviction" a RULING', () => {
  assert.ok(typesOf('Thousands of his supporters stormed Congress in January.', [O('Congress')]).includes('ATTACK:stormed'));
  assert.ok(typesOf('The Supreme Court overturned the ban in 2022.', [O('Supreme Court')]).includes('RULING:overturned'));
  // an administration overturning a rule decides a policy
  assert.ok(typesOf('The administration overturned the rule on Tuesday.').includes('POLICY_DECISION:overturned'));
});

test('negative: overturning a defeat or a record is no ruling; a storm that hits is weather', () => {
  const a = typesOf('He plotted to overturn his election defeat.');
  assert.ok(!a.some((t) => t.startsWith('RULING') || t.startsWith('POLICY')), JSON.stringify(a));
  const b = typesOf('The storm hit the coast on Monday.');
  assert.ok(!b.some((t) => t.startsWith('ATTACK')), JSON.stringify(b));
});

test('"the ruling coalition" / "the ruling party" is no court ruling; "the court\'s ruling" is', () => {
  const a = typesOf('Faye defeated the ruling coalition\'s candidate Amadou Ba.', [{ name: 'Faye', type: 'PERSON' }, { name: 'Amadou Ba', type: 'PERSON' }]);
  assert.ok(!a.some((t) => t.startsWith('RULING')), JSON.stringify(a));
  assert.ok(!typesOf('The ruling party lost its majority.').some((t) => t.startsWith('RULING')));
  assert.ok(typesOf("The court's ruling on Monday barred him from the ballot.").includes('RULING:ruling'));
});

test('"the release of the hostages by Hamas" is a RELEASE (the noun, with captives near), with its agent', () => {
  const a = typesOf('The release of the hostages by Hamas began on Friday.', [O('Hamas')]);
  assert.ok(a.includes('RELEASE:release'), JSON.stringify(a));
});

test('negative: the release of a product or a report is no RELEASE of people', () => {
  const a = typesOf('The release of the new phone is planned for September.');
  assert.ok(!a.some((t) => t.startsWith('RELEASE')), JSON.stringify(a));
  const b = typesOf('The release of the report was delayed.');
  assert.ok(!b.some((t) => t.startsWith('RELEASE')), JSON.stringify(b));
});
