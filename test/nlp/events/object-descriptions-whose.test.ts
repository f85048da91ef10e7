// Issue #6, events: "the company" as the object of a verb right after an organisation is another organisation than that
// subject ("Orvane sued the company"), and "X, whose shares fell" gives the shares' fall X as the possessor would
// ("X's shares fell"). Sentences written for these tests; entities are hand-built.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, argNames, type EntSpec } from './helpers.js';

const O = (name: string): EntSpec => ({ name, type: 'ORG' });

test('"X sued the company": the company is the organisation named before, not the subject', () => {
  const { doc, evs } = eventsOf('Kestrel Foods reported a loss in March. Orvane Capital sued the company on Monday.', [O('Kestrel Foods'), O('Orvane Capital')]);
  const suit = evs.find((e) => e.type === 'LAWSUIT');
  assert.ok(suit);
  const a = argNames(doc, suit);
  assert.deepEqual(a.agent, ['Orvane Capital'], JSON.stringify(a));
  assert.ok(!(a.patient ?? []).includes('Orvane Capital'), JSON.stringify(a));
});

test('negative: "X said the company would" keeps the company as X (a reporting verb opens another clause)', () => {
  const { doc, evs } = eventsOf('Kestrel Foods reported a loss. Orvane Capital said the company would cut 200 jobs.', [O('Kestrel Foods'), O('Orvane Capital')]);
  const cut = evs.find((e) => e.type === 'LAYOFF');
  assert.ok(!cut || (argNames(doc, cut).agent ?? []).includes('Orvane Capital'), JSON.stringify(cut && argNames(doc, cut)));
});

test('"X, whose shares fell 6%": the fall is X\'s', () => {
  const { doc, evs } = eventsOf('Investors sold carmakers such as Brennik Motors, whose shares fell 6% on Monday.', [O('Brennik Motors')]);
  const fall = evs.find((e) => e.trigger.text === 'fell');
  assert.ok(fall);
  assert.ok(Object.values(argNames(doc, fall)).flat().includes('Brennik Motors'), JSON.stringify(argNames(doc, fall)));
});

test('negative: "X, whose lawyer said" is the lawyer\'s saying, and "whose" after a place gives nothing', () => {
  const { doc, evs } = eventsOf('Brennik Motors, whose lawyer said the deal was void, appealed.', [O('Brennik Motors')]);
  const said = evs.find((e) => e.trigger.text === 'said');
  assert.ok(!said || !(argNames(doc, said).agent ?? []).includes('Brennik Motors'), JSON.stringify(said && argNames(doc, said)));
});
