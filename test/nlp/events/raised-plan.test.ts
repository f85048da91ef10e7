// A plan told in the passive before its "to" ("is expected to", "is scheduled to") is the plan of the one who is to act:
// the raised subject is the PLAN's agent, not its patient (complement-args.ts raisedSubject). Sentences written for these
// tests; entities hand-built (no time is resolved, so no reference date is needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, type EntSpec } from './helpers.js';

const ACME: EntSpec = { name: 'Acme Air', type: 'ORG' };
const ROE: EntSpec = { name: 'Jane Roe', type: 'PERSON' };
const RUR: EntSpec = { name: 'Ruritania', type: 'GPE' };
const roles = (text: string, type: string, ents: EntSpec[]): Array<Record<string, string[]>> => {
  const { doc, evs } = eventsOf(text, ents);
  const name = (id: string) => doc.entities.find((x) => x.id === id)?.name ?? id;
  return evs.filter((e) => e.type === type).map((e) => Object.fromEntries(Object.entries(e.args).filter(([r]) => r !== 'time')
    .map(([r, ids]) => [r, (ids as string[]).map(name)])));
};

test('the raised subject of "is expected/scheduled to" is the PLAN\'s agent and not its patient', () => {
  for (const text of ['Jane Roe is expected to announce the budget on Monday.', 'Jane Roe is scheduled to visit Ruritania in May.']) {
    const plans = roles(text, 'PLAN', [ROE, RUR]);
    assert.equal(plans.length, 1, text);
    assert.ok(plans[0]!.agent?.includes('Jane Roe'), `${text}: ${JSON.stringify(plans)}`);
    assert.ok(!plans[0]!.patient?.includes('Jane Roe'), `${text}: ${JSON.stringify(plans)}`);
  }
});

test('active plans keep their reading; a passive that is no plan keeps its patient', () => {
  const active = roles('Acme Air plans to open a route to Ruritania.', 'PLAN', [ACME, RUR]);
  assert.deepEqual(active.map((a) => a.agent), [['Acme Air']]);
  // an arrest is no PLAN: its passive subject stays the one arrested
  const arrest = roles('Jane Roe was arrested in Ruritania.', 'ARREST', [ROE, RUR]);
  assert.ok(arrest.length === 1 && arrest[0]!.patient?.includes('Jane Roe') && !arrest[0]!.agent, JSON.stringify(arrest));
});
