// Stop 28, argument attachment: a description set off by commas beside a name stands for that name ("the market
// regulator, the Securities and Exchange Board of India, may examine"), and a relative clause after an appositive is
// skipped on the way to the subject ("X, chief executive of Y, whose unit …, told"). Sentences written for these
// tests; hand-built entities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, argNames, type EntSpec } from './helpers.js';

const org = (name: string): EntSpec => ({ name, type: 'ORG' });
const person = (name: string): EntSpec => ({ name, type: 'PERSON' });
const args = (text: string, ents: EntSpec[], type: string): Record<string, string[]> => {
  const t = eventsOf(text, ents);
  const ev = t.evs.find((e) => e.type === type);
  assert.ok(ev, `${type} expected: ${text} -> ${t.evs.map((e) => e.type).join(',')}`);
  return argNames(t.doc, ev!);
};

test('"the market regulator, the Securities Board, may examine": the description is the name beside it', () => {
  const a = args('Shares of Lumen Holdings fell. Analysts said the market regulator, the Securities Board, may examine the claims.',
    [org('Lumen Holdings'), org('Securities Board')], 'INVESTIGATE');
  assert.deepEqual(a.agent, ['Securities Board'], JSON.stringify(a));
  const b = args('Lumen Holdings shares fell. The regulator, Securities Board, will investigate the trades.',
    [org('Lumen Holdings'), org('Securities Board')], 'INVESTIGATE');
  assert.deepEqual(b.agent, ['Securities Board'], JSON.stringify(b));
});

test('negative: a description before a list, or with no name beside it, is no apposition', () => {
  // a list after the comma: not one name
  const a = eventsOf('Lumen Holdings shares fell. The regulator, Securities Board, and Orion Bank will investigate the trades.',
    [org('Lumen Holdings'), org('Securities Board'), org('Orion Bank')]);
  for (const e of a.evs.filter((x) => x.type === 'INVESTIGATE')) assert.notDeepEqual(argNames(a.doc, e).agent, ['Securities Board'], JSON.stringify(argNames(a.doc, e)));
  // a name that goes on into the clause is no apposition: "the company, Orion Bank said, …"
  const b = eventsOf('Lumen Holdings shares fell. The company, Orion Bank said on Monday, will investigate the trades.',
    [org('Lumen Holdings'), org('Orion Bank')]);
  for (const e of b.evs.filter((x) => x.type === 'INVESTIGATE')) assert.ok(!(argNames(b.doc, e).agent ?? []).includes('Orion Bank'), JSON.stringify(argNames(b.doc, e)));
});

test('"X, chief executive of Y, whose subsidiary … has been hired, told": the relative clause is skipped to the appositive', () => {
  const a = args('Peter Berg, chief executive of the Dutch company Boskalis, whose subsidiary Smit Salvage has been hired to help, told the television program Nieuwsuur that the work could take weeks.',
    [person('Peter Berg'), org('Boskalis'), org('Smit Salvage'), org('Nieuwsuur'), { name: 'Netherlands', type: 'GPE', kind: 'COUNTRY', aliases: ['Dutch'] }], 'STATEMENT');
  assert.deepEqual(a.agent, ['Peter Berg'], JSON.stringify(a));
});

test('negative: a lone relative clause after a name keeps the name as subject', () => {
  const a = args('Peter Berg, whose company Boskalis was hired, told reporters that the work could take weeks.',
    [person('Peter Berg'), org('Boskalis')], 'STATEMENT');
  assert.deepEqual(a.agent, ['Peter Berg'], JSON.stringify(a));
});

test('"He rejected Najib\'s claim": a sentence-opening subject pronoun is none of the people named later in its sentence', () => {
  const a = args('Judge Mohd Nazlan read the verdict for two hours. Najib sat in the dock. He rejected Najib\'s claim that he had been misled.',
    [person('Mohd Nazlan'), person('Najib')], 'REJECT');
  assert.deepEqual(a.agent, ['Mohd Nazlan'], JSON.stringify(a));
});

test('negative: a subject pronoun with no later name in its sentence keeps its salient antecedent', () => {
  const a = args('Judge Mohd Nazlan read the verdict. Najib sat in the dock. He rejected the claim that the fund had misled him.',
    [person('Mohd Nazlan'), person('Najib')], 'REJECT');
  assert.deepEqual(a.agent, ['Najib'], JSON.stringify(a));
});

test('"arrested X, the opposition leader, and his deputy Y": the conjunct after an apposition keeps the object\'s role', () => {
  const a = args('Police arrested Ousmane Sonko, the opposition leader, and his deputy Birame Diop on Monday.',
    [person('Ousmane Sonko'), person('Birame Diop')], 'ARREST');
  assert.deepEqual([...(a.patient ?? [])].sort(), ['Birame Diop', 'Ousmane Sonko'], JSON.stringify(a));
  const b = args('The strike killed Ismail Haniyeh, the Hamas leader, and his bodyguard Wasim Shaaban in Tehran.',
    [person('Ismail Haniyeh'), org('Hamas'), person('Wasim Shaaban'), { name: 'Tehran', type: 'GPE', kind: 'CITY' }], 'DEATHS');
  assert.deepEqual([...(b.patient ?? [])].sort(), ['Ismail Haniyeh', 'Wasim Shaaban'], JSON.stringify(b));
  assert.ok(!Object.values(b).flat().includes('Hamas'), JSON.stringify(b));
});

test('negative: a comma clause that is no description, or a description with a person in it, ends the object', () => {
  // a new clause after the comma ("and Diop said"): Diop is no second object
  const a = args('Police arrested Ousmane Sonko, the opposition leader, and Birame Diop said the arrest was illegal.',
    [person('Ousmane Sonko'), person('Birame Diop')], 'ARREST');
  assert.ok(!(a.patient ?? []).includes('Birame Diop'), JSON.stringify(a));
  // a description naming another person ("the lawyer of Mary Jones") is not skipped
  const b = args('Police arrested John Smith, the driver for Mary Jones, and Ann Lee on Monday.',
    [person('John Smith'), person('Mary Jones'), person('Ann Lee')], 'ARREST');
  assert.ok(!(b.patient ?? []).includes('Ann Lee'), JSON.stringify(b));
});

test('"held in the Azerbaijani town of Yevlakh": the named town, not the nationality\'s country, is the nearest place', () => {
  const ents: EntSpec[] = [{ name: 'Azerbaijan', type: 'GPE', kind: 'COUNTRY', aliases: ['Azerbaijani'] }, { name: 'Yevlakh', type: 'GPE', kind: 'CITY' }];
  const a = args('Talks on the "reintegration" of the region\'s roughly 120,000 Armenians are to be held on Thursday in the Azerbaijani town of Yevlakh.', ents, 'MEET');
  assert.ok((a.location ?? []).includes('Yevlakh'), JSON.stringify(a));
});

test('negative: a nationality before a place noun with no name after "of" stays a place', () => {
  const ents: EntSpec[] = [{ name: 'Azerbaijan', type: 'GPE', kind: 'COUNTRY', aliases: ['Azerbaijani'] }];
  const a = args('Talks on the future of the region\'s roughly 120,000 residents and their property are to be held on Thursday in an Azerbaijani town near the border.', ents, 'MEET');
  assert.deepEqual(a.location, ['Azerbaijan'], JSON.stringify(a));
});
