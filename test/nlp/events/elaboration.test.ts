// A definite event noun that names a party of its own and repeats an event told a few sentences before is that event
// told again (merge.ts elaboration): the union of both tellings' parties and places. Sentences written for these tests;
// entities hand-built, no time resolved.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { argNames, allNames, eventsOf, type EntSpec } from './helpers.js';

const P = (name: string): EntSpec => ({ name, type: 'PERSON' });
const O = (name: string): EntSpec => ({ name, type: 'ORG' });
const G = (name: string): EntSpec => ({ name, type: 'GPE' });

const ofType = (text: string, ents: EntSpec[], type: string) => {
  const { doc, evs } = eventsOf(text, ents);
  return evs.filter((e) => e.type === type).map((e) => ({ names: allNames(doc, e), args: argNames(doc, e), rule: e.rule }));
};

test('"Moldova and Romania met … \\n\\n Foreign Minister Ana Popa chaired the meeting in Chisinau": the meeting is the one met', () => {
  const got = ofType('Officials from Moldova and Romania met on Tuesday to discuss energy supplies.\n\nForeign Minister Ana Popa chaired the meeting in Chisinau, according to her office.',
    [G('Moldova'), G('Romania'), P('Ana Popa'), G('Chisinau')], 'MEET');
  assert.ok(got.some((g) => ['Moldova', 'Romania', 'Ana Popa', 'Chisinau'].every((n) => g.names.includes(n))), JSON.stringify(got));
});

test('two attacks by two groups in one report do not merge: "Group A attacked … The attack by Group B"', () => {
  const got = ofType('Militants of the Northern Front attacked a police station in Kano on Monday.\n\nThe attack by the Southern Brigade on an army base in Jos killed four soldiers.',
    [O('Northern Front'), O('Southern Brigade'), G('Kano'), G('Jos')], 'ATTACK');
  assert.ok(!got.some((g) => g.names.includes('Northern Front') && g.names.includes('Southern Brigade')), JSON.stringify(got));
  assert.ok(!got.some((g) => g.names.includes('Kano') && g.names.includes('Jos')), JSON.stringify(got));
});

test('two meetings of other leaders do not merge: "Biden met Xi … Scholz chaired the meeting"', () => {
  const got = ofType('Joe Biden met Xi Jinping in Bali on Monday.\n\nOlaf Scholz chaired the meeting of European leaders in Berlin.',
    [P('Joe Biden'), P('Xi Jinping'), P('Olaf Scholz'), G('Bali'), G('Berlin')], 'MEET');
  assert.ok(!got.some((g) => g.names.includes('Joe Biden') && g.names.includes('Olaf Scholz')), JSON.stringify(got));
  assert.ok(!got.some((g) => g.names.includes('Bali') && g.names.includes('Berlin')), JSON.stringify(got));
});

test('an indefinite noun is a new event and takes nothing: "… Ana Popa chaired a meeting in Chisinau"', () => {
  const got = ofType('Officials from Moldova and Romania met on Tuesday to discuss energy supplies.\n\nForeign Minister Ana Popa chaired a meeting in Chisinau, according to her office.',
    [G('Moldova'), G('Romania'), P('Ana Popa'), G('Chisinau')], 'MEET');
  assert.ok(!got.some((g) => g.names.includes('Ana Popa') && g.names.includes('Moldova')), JSON.stringify(got));
});

test('too far back: an antecedent more than eight sentences before is not sought', () => {
  const filler = ' Prices rose. Markets fell. Trains ran late. Rain fell. Roads closed. Schools shut. Shops opened. Fans cheered. Ships waited.';
  const got = ofType('Officials from Moldova and Romania met on Tuesday to discuss energy supplies.' + filler + '\n\nForeign Minister Ana Popa chaired the meeting in Chisinau.',
    [G('Moldova'), G('Romania'), P('Ana Popa'), G('Chisinau')], 'MEET');
  assert.ok(!got.some((g) => g.names.includes('Ana Popa') && g.names.includes('Moldova')), JSON.stringify(got));
});
