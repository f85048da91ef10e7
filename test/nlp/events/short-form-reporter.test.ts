// "The World Food Programme (WFP) said … it was halting": a pronoun in what a body reports is that body even when its
// short form stands in brackets between its name and the reporting verb. Sentences written for these tests; entities
// hand-built (no time is resolved here, so no reference date is needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEvents } from '../../../src/nlp/events/index.js';
import { argNames, makeDoc, type EntSpec } from './helpers.js';

const WFP: EntSpec = { name: 'World Food Programme', type: 'ORG', kind: 'IGO', aliases: ['WFP'] };
const DARFUR: EntSpec = { name: 'North Darfur', type: 'GPE', kind: 'REGION' };
const SUDAN: EntSpec = { name: 'Sudan', type: 'GPE', kind: 'COUNTRY' };

function agentOf(text: string, ents: EntSpec[], type: string): string[] | undefined {
  const doc = makeDoc(text, ents);
  const ev = extractEvents(doc).find((e) => e.type === type);
  assert.ok(ev, `${type} in ${JSON.stringify(extractEvents(doc).map((e) => e.type))}`);
  return argNames(doc, ev).agent;
}

test('"X (ABBR) said … it was halting": "it" is the body, not the place named in passing', () => {
  const t = 'The World Food Programme (WFP) said three of its employees had been killed in North Darfur and it was halting all operations in Sudan.';
  assert.deepEqual(agentOf(t, [WFP, DARFUR, SUDAN], 'SUSPEND'), ['World Food Programme']);
  // a possessor before the name changes nothing ("The UN's World Food Programme (WFP) said")
  const t2 = "The UN's World Food Programme (WFP) said three of its staff had been killed in North Darfur and it was halting all operations in Sudan.";
  assert.deepEqual(agentOf(t2, [WFP, { name: 'UN', type: 'ORG', kind: 'IGO' }, DARFUR, SUDAN], 'SUSPEND'), ['World Food Programme']);
  // "they" after a group's reporting verb, past its short form
  const t3 = 'The Rapid Support Forces (RSF) said they had seized the airport in Khartoum.';
  const doc = makeDoc(t3, [{ name: 'Rapid Support Forces', type: 'ORG', kind: 'ARMED_GROUP', aliases: ['RSF'] }, { name: 'Khartoum', type: 'GPE', kind: 'CITY' }]);
  const names = extractEvents(doc).filter((e) => e.type !== 'STATEMENT').flatMap((e) => argNames(doc, e).agent ?? []);
  assert.ok(names.includes('Rapid Support Forces'), JSON.stringify(extractEvents(doc).map((e) => [e.type, argNames(doc, e)])));
});

test('a bracket that holds no short form of a name is no skip: "it" keeps its plain reading', () => {
  // "(in Geneva)" is no short form: nothing is skipped past it, so the pronoun is not bound to the body by its report
  // (it falls back to the most recent name, as without a reporting verb)
  const t = 'The World Food Programme (in Geneva) said three of its staff had been killed in North Darfur and it was halting all operations in Sudan.';
  const doc = makeDoc(t, [WFP, { name: 'Geneva', type: 'GPE', kind: 'CITY' }, DARFUR, SUDAN]);
  const ev = extractEvents(doc).find((e) => e.type === 'SUSPEND');
  assert.ok(ev);
  assert.ok(!(argNames(doc, ev).agent ?? []).includes('World Food Programme'), JSON.stringify(argNames(doc, ev)));
  // a person's short form is no reporting body: "Lee (PM) said it" does not bind "it" to the person
  const t2 = 'Ann Lee (AL) said three people had been killed in North Darfur and it was halting all operations in Sudan.';
  const d2 = makeDoc(t2, [{ name: 'Ann Lee', type: 'PERSON', aliases: ['AL'] }, DARFUR, SUDAN]);
  const e2 = extractEvents(d2).find((e) => e.type === 'SUSPEND');
  assert.ok(e2);
  assert.ok(!(argNames(d2, e2).agent ?? []).includes('Ann Lee'), JSON.stringify(argNames(d2, e2)));
});
