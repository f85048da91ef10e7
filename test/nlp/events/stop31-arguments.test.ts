// Stop 31, event arguments: coordinated subjects across a counted later conjunct ("X and the 28 EU leaders"), a
// relative clause's antecedent across a bracketed short form ("the monetary policy committee (MPC), which began a
// meeting"), and an occasion after a fronted participle ("Speaking after a cabinet meeting in Ankara, X said").
// Sentences written for these tests; entities are hand-built.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, argNames, allNames, type EntSpec } from './helpers.js';

const P = (name: string): EntSpec => ({ name, type: 'PERSON' });
const ORG = (name: string, aliases?: string[]): EntSpec => (aliases ? { name, type: 'ORG', aliases } : { name, type: 'ORG' });
const CITY = (name: string): EntSpec => ({ name, type: 'GPE', kind: 'CITY' });

test('"X and the 28 EU leaders sealed the agreement": a counted later conjunct keeps the earlier one', () => {
  const ents = [P('Tomas Berg'), ORG('EU'), CITY('Lusaka')];
  const { doc, evs } = eventsOf('Prime Minister Tomas Berg and the 28 EU leaders sealed the agreement at a summit in Lusaka.', ents);
  const deal = evs.find((e) => e.type === 'AGREEMENT');
  assert.ok(deal);
  const names = allNames(doc, deal);
  assert.ok(names.includes('Tomas Berg') && names.includes('EU'), JSON.stringify(argNames(doc, deal)));
  const b = eventsOf('Tomas Berg and two EU envoys met in Lusaka.', ents);
  const meet = b.evs.find((e) => e.type === 'MEET');
  assert.ok(meet && allNames(b.doc, meet).includes('Tomas Berg') && allNames(b.doc, meet).includes('EU'), JSON.stringify(meet && argNames(b.doc, meet)));
});

test('negative: a number that is a verb\'s object before "and" opens no coordination', () => {
  const ents = [P('Tomas Berg'), ORG('EU')];
  const { doc, evs } = eventsOf('Police arrested Tomas Berg and the 28 EU observers condemned the arrest.', ents);
  const arrest = evs.find((e) => e.type === 'ARREST' && e.trigger.text === 'arrested');
  assert.ok(arrest);
  assert.ok(!(argNames(doc, arrest).agent ?? []).includes('EU'), JSON.stringify(argNames(doc, arrest)));
  const crit = evs.find((e) => e.type !== 'ARREST' && (argNames(doc, e).agent ?? []).includes('EU'));
  assert.ok(!crit || !(argNames(doc, crit).agent ?? []).includes('Tomas Berg'), JSON.stringify(crit && argNames(doc, crit)));
});

test('"the committee (MPC), which began a meeting": the antecedent is read across a bracketed short form', () => {
  const ents = [ORG('monetary policy committee', ['MPC']), P('Shaktikanta Das')];
  const { doc, evs } = eventsOf('The six-member monetary policy committee (MPC), which began an off-cycle meeting on Monday, voted unanimously for the hike.', ents);
  const meet = evs.find((e) => e.type === 'MEET');
  assert.ok(meet);
  assert.deepEqual(argNames(doc, meet).agent, ['monetary policy committee'], JSON.stringify(argNames(doc, meet)));
  // only the short form named: the antecedent is the name in the bracket
  const b = eventsOf('The new panel (Fincom), which began talks on Monday, voted for the hike.', [ORG('Fincom')]);
  const talks = b.evs.find((e) => e.type === 'MEET');
  assert.ok(talks && (argNames(b.doc, talks).agent ?? []).includes('Fincom'), JSON.stringify(talks && argNames(b.doc, talks)));
});

test('negative: a bracket that is no short form of a name, or a place before "which", gives no antecedent', () => {
  const a = eventsOf('The plan (approved on Monday by Lusaka), which began talks, was dropped.', [CITY('Lusaka')]);
  const talks = a.evs.find((e) => e.type === 'MEET');
  assert.ok(talks, 'the event itself must still be found, or this negative tests nothing');
  assert.ok(!(argNames(a.doc, talks).agent ?? []).includes('Lusaka'), JSON.stringify(argNames(a.doc, talks)));
  const b = eventsOf('Floods hit the region (Lusaka), which began talks.', [CITY('Lusaka')]);
  const t2 = b.evs.find((e) => e.type === 'MEET');
  assert.ok(t2, 'the event itself must still be found, or this negative tests nothing');
  assert.ok(!(argNames(b.doc, t2).agent ?? []).includes('Lusaka'), JSON.stringify(argNames(b.doc, t2)));
});

test('a bare fronted participle clause has the main clause\'s subject, and so has an occasion inside it', () => {
  const ents = [P('Tomas Berg'), P('Ingrid Holm'), CITY('Ankara')];
  const { doc, evs } = eventsOf('Speaking after a cabinet meeting in Ankara on Monday evening, Tomas Berg said the country would win.', ents);
  const meet = evs.find((e) => e.type === 'MEET');
  assert.ok(meet);
  assert.deepEqual(argNames(doc, meet).agent, ['Tomas Berg'], JSON.stringify(argNames(doc, meet)));
  const speaking = evs.find((e) => e.trigger.text === 'Speaking');
  assert.ok(speaking && (argNames(doc, speaking).agent ?? []).includes('Tomas Berg'), JSON.stringify(speaking && argNames(doc, speaking)));
});

test('negative: a gerund subject with its own verb, or a participle not opening the sentence, takes no subject after the comma', () => {
  const ents = [P('Tomas Berg'), CITY('Ankara')];
  const a = eventsOf('Shelling in Ankara continued overnight, Tomas Berg said.', ents);
  const shell = a.evs.find((e) => e.trigger.text === 'Shelling');
  assert.ok(shell, 'the event itself must still be found, or this negative tests nothing');
  assert.ok(!(argNames(a.doc, shell).agent ?? []).includes('Tomas Berg'), JSON.stringify(argNames(a.doc, shell)));
  const b = eventsOf('Speaking of the meeting was forbidden, Tomas Berg said.', ents);
  const meet = b.evs.find((e) => e.type === 'MEET');
  assert.ok(meet, 'the event itself must still be found, or this negative tests nothing');
  assert.ok(!(argNames(b.doc, meet).agent ?? []).includes('Tomas Berg'), JSON.stringify(argNames(b.doc, meet)));
});
