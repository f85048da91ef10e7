// A statement made at a seat named for its occupant ("told reporters at the White House") is placed there; a deal, a
// bill or talks that are "dead" are no deaths (issue #6). Sentences written for these tests; hand-built entities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, argNames, type EntSpec } from './helpers.js';

const org = (name: string): EntSpec => ({ name, type: 'ORG' });
const person = (name: string): EntSpec => ({ name, type: 'PERSON' });

test('a statement at a seat typed as an organisation takes it as its location; one spoken to stays the addressee', () => {
  const { doc, evs } = eventsOf('Jane Roe told reporters at the White House that the plan would go ahead.', [person('Jane Roe'), org('White House')]);
  const st = evs.find((e) => e.type === 'STATEMENT');
  assert.deepEqual(st && argNames(doc, st).location, ['White House']);
  const cnn = eventsOf('Jane Roe told CNN that the plan would go ahead.', [person('Jane Roe'), org('CNN')]);
  const st2 = cnn.evs.find((e) => e.type === 'STATEMENT');
  assert.ok(st2 && !argNames(cnn.doc, st2).location, JSON.stringify(st2 && argNames(cnn.doc, st2)));
});

test('"the deal was dead" is no death; people found dead are', () => {
  const types = (t: string) => eventsOf(t).evs.map((e) => e.type);
  assert.ok(!types('The minister said the deal was dead.').includes('DEATHS'));
  assert.ok(!types('By Friday the bill was effectively dead.').includes('DEATHS'));
  assert.ok(types('Three people were found dead near the plant.').includes('DEATHS'));
});

test('the people who act for a body make it the subject: "Leaders of the G7 agreed", "ministers of the G20 met"', () => {
  const g7 = eventsOf('Leaders of the G7 agreed to tighten sanctions on Russia.', [org('G7'), { name: 'Russia', type: 'GPE' }]);
  const ag = g7.evs.find((e) => e.type === 'AGREEMENT');
  assert.deepEqual(ag && argNames(g7.doc, ag).agent, ['G7']);
  const g20 = eventsOf('Finance ministers of the G20 met in Rio de Janeiro on Thursday.', [org('G20'), { name: 'Rio de Janeiro', type: 'GPE' }]);
  const meet = g20.evs.find((e) => e.type === 'MEET');
  assert.deepEqual(meet && argNames(g20.doc, meet).agent, ['G20']);
  // a statement keeps its own speaker rules; a body after a comma is no subject
  const st = eventsOf('Jane Roe, an adviser to leaders of the G7, resigned.', [person('Jane Roe'), org('G7')]);
  const rs = st.evs.find((e) => e.type === 'RESIGN');
  assert.ok(rs && !argNames(st.doc, rs).agent?.includes('G7'), JSON.stringify(rs && argNames(st.doc, rs)));
});
