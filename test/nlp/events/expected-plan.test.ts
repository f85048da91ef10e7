// A named party expected, set, due or likely to act is a PLAN of that party (events-triggers.tsv rows with the
// "actorsubj" flag, triggers.ts actorBeforeBe): "Acme Air is expected to add flights", "Ruritania was likely to apply
// for doses" — an act of events-words.tsv plan-act-verbs after "to". Not a forecast of what befalls it, of how it fares
// or of a figure: "prices are expected to rise", "Acme Corp is expected to post a loss", "is likely to face sanctions",
// "Jane Roe is likely to miss the match". And backing a decision is a
// PRAISE ("backed the move", "supported the decision"; not "backed by Russia", "supported the family"). Sentences
// written for these tests; entities hand-built (no time is resolved, so no reference date is needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allNames, eventsOf, type EntSpec } from './helpers.js';

const ACME: EntSpec = { name: 'Acme Air', type: 'ORG' };
const RUR: EntSpec = { name: 'Ruritania', type: 'GPE' };
const of = (text: string, type: string, ents: EntSpec[]) => {
  const { doc, evs } = eventsOf(text, ents);
  return { doc, evs, hits: evs.filter((e) => e.type === type) };
};

test('a named party expected, set or likely to act: a PLAN holding that party', () => {
  for (const text of ['Acme Air is expected to add extra flights to Doha.', 'An official said Ruritania was likely to apply for vaccine doses.',
    'Ruritania is set to host the summit in May.', 'Acme Air is due to open a new route next month.']) {
    const r = of(text, 'PLAN', [ACME, RUR]);
    assert.equal(r.hits.length, 1, `${text}: ${JSON.stringify(r.evs.map((e) => [e.type, e.rule]))}`);
    assert.ok(allNames(r.doc, r.hits[0]!).some((n) => n === 'Acme Air' || n === 'Ruritania'), text);
  }
});

test('no PLAN: a figure or an unnamed subject, a forecast of what befalls a party, a possessive subject', () => {
  for (const text of ['The death toll is expected to rise.', 'Prices are expected to climb sharply.', 'Acme Air is expected to post a loss.',
    'Ruritania is likely to face sanctions.', "Acme Air's shares are expected to jump.", 'Acme Air expected the strike to end.',
    'Jane Roe is expected to make a full recovery.', 'Jane Roe is likely to miss the match.', 'Ruritania is likely to experience blackouts.']) {
    assert.equal(of(text, 'PLAN', [ACME, RUR, { name: 'Jane Roe', type: 'PERSON' }]).hits.length, 0, text);
  }
});

test('a named person expected to act: a PLAN', () => {
  for (const text of ['Jane Roe is expected to resign on Friday.', 'Jane Roe is likely to visit Ruritania next week.']) {
    assert.equal(of(text, 'PLAN', [RUR, { name: 'Jane Roe', type: 'PERSON' }]).hits.length, 1, text);
  }
});

test('a named group is a named party as critics\' patient and as one expected to act (one definition, events-words named-party-types)', () => {
  const nor: EntSpec = { name: 'Ruritanians', type: 'NORP' };
  assert.equal(of('Ruritanians are expected to vote on Sunday.', 'PLAN', [nor]).hits.length, 1);
  const c = of('Critics say Ruritanians ignored the warning.', 'CRITICIZE', [nor]);
  assert.deepEqual(allNames(c.doc, c.hits[0]!), ['Ruritanians']);
});

test('backing a decision is a PRAISE by the backer; backing by a state and supporting a family are not', () => {
  const j: EntSpec = { name: 'Jane Roe', type: 'PERSON' };
  const a = of('Jane Roe backed the move on Tuesday.', 'PRAISE', [j]);
  assert.equal(a.hits.length, 1);
  assert.deepEqual(allNames(a.doc, a.hits[0]!), ['Jane Roe']);
  assert.equal(of('Jane Roe supported the decision to close the bridge.', 'PRAISE', [j]).hits.length, 1);
  assert.equal(of('The rebels, backed by Ruritania, seized the town.', 'PRAISE', [j, RUR]).hits.length, 0);
  assert.equal(of('Jane Roe supported the family for years.', 'PRAISE', [j]).hits.length, 0);
});
