// "The 64-year-old Italian, appointed last July after being sacked as Greece manager": a nationality after an age is the
// person the age stands for (the most salient one recently named), not the nationality's country (mentions.ts, the age
// description). A country's own name there ("the 64-year-old Italy coach") stays a mention of the country. Sentences
// written for these tests; entities hand-built (no time is resolved, so no reference date is needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, makeDoc, type EntSpec } from './helpers.js';
import { buildMentions } from '../../../src/nlp/events/mentions.js';
import { splitLocal } from '../../../src/nlp/events/tokens.js';

const RANIERI: EntSpec = { name: 'Claudio Ranieri', type: 'PERSON' };
const ITALY: EntSpec = { name: 'Italy', type: 'GPE', demonyms: ['Italian'] };
const GREECE: EntSpec = { name: 'Greece', type: 'GPE' };
const roleNames = (text: string, type: string, ents: EntSpec[]): string[][] => {
  const { doc, evs } = eventsOf(text, ents);
  return evs.filter((e) => e.type === type).map((e) => Object.entries(e.args).filter(([r]) => r !== 'time' && r !== 'location')
    .flatMap(([, ids]) => ids as string[]).map((id) => doc.entities.find((x) => x.id === id)?.name ?? id).sort());
};

test('"the 64-year-old Italian" is the person recently named, not Italy', () => {
  const text = 'Claudio Ranieri led the club to the title. The 64-year-old Italian was sacked as Greece manager in 2014.';
  const got = roleNames(text, 'DISMISS', [RANIERI, ITALY, GREECE]);
  assert.equal(got.length, 1, JSON.stringify(got));
  assert.ok(got[0]!.includes('Claudio Ranieri') && !got[0]!.includes('Italy'), JSON.stringify(got));
  const coach = roleNames('Claudio Ranieri led the club to the title. The 64-year-old Italian coach was arrested in Athens.', 'ARREST', [RANIERI, ITALY]);
  assert.deepEqual(coach, [['Claudio Ranieri']]);
});

test('no person for a country named as itself, and none without a person named before', () => {
  const own = roleNames('Claudio Ranieri led the club to the title. The 64-year-old Italy coach was sacked by Italy in 2014.', 'DISMISS', [RANIERI, ITALY]);
  assert.ok(own.length === 1 && own[0]!.includes('Italy'), JSON.stringify(own));
  const none = roleNames('The 64-year-old Italian was arrested in Athens.', 'ARREST', [ITALY]);
  assert.ok(!none.some((n) => n.includes('Claudio Ranieri')), JSON.stringify(none));
});

test('only a real demonym joins the description: a name that merely differs from the KB name stays its own mention', () => {
  // review 2026-12-01: the rule took any one-word place whose text differed from the KB name for a demonym
  const text = 'Claudio Ranieri led the club to the title. The 30-year-old US soldier was arrested.';
  const doc = makeDoc(text, [RANIERI, { name: 'United States', type: 'GPE', aliases: ['US'] }]);
  const { tokens } = splitLocal(text);
  const low = tokens.map((t) => text.slice(t.start, t.end).toLowerCase());
  const ments = buildMentions(text, tokens, low, doc.entities);
  assert.ok(ments.list.some((m) => m.ids[0] === 'e2' && !m.pseudo), 'the US alias keeps its mention');
  assert.ok(ments.list.some((m) => m.ids[0] === 'e1' && m.pseudo === 'DEFINITE' && text.slice(m.start, m.end) === 'soldier'), 'the soldier is the person');
  // a NORP needs no demonym mark
  const norp = roleNames('Claudio Ranieri led the club to the title. The 64-year-old Italian was arrested in Athens.', 'ARREST', [RANIERI, { name: 'Italian', type: 'NORP' }]);
  assert.deepEqual(norp, [['Claudio Ranieri']]);
});

test('a name between the age and a noun stays its own; the noun heading the description is the person', () => {
  const ROSSI: EntSpec = { name: 'Marco Rossi', type: 'PERSON' };
  const NY: EntSpec = { name: 'New York', type: 'GPE' }, BOSTON: EntSpec = { name: 'Boston', type: 'GPE' }, MILAN: EntSpec = { name: 'Milan', type: 'GPE' };
  const flown = roleNames('Marco Rossi was arrested on Monday in Milan. Police said the 64-year-old New York native had flown in from Boston.', 'TRAVEL', [ROSSI, MILAN, NY, BOSTON]);
  assert.ok(flown.length === 1 && flown[0]!.includes('Marco Rossi') && !flown[0]!.includes('New York'), JSON.stringify(flown));
  const charged = roleNames('Marco Rossi was arrested on Monday in Milan. The 25-year-old Chelsea striker was charged with assault.', 'CHARGE', [ROSSI, MILAN, { name: 'Chelsea', type: 'ORG' }]);
  assert.deepEqual(charged, [['Marco Rossi']]);
  // negative: no person named before
  const none = roleNames('The 25-year-old Chelsea striker was charged with assault.', 'CHARGE', [{ name: 'Chelsea', type: 'ORG' }]);
  assert.ok(!none.some((n) => n.includes('Marco Rossi')), JSON.stringify(none));
});

test('many age descriptions stay linear', () => {
  const text = 'Claudio Ranieri led the club. ' + 'The 64-year-old Italian was arrested in Athens. '.repeat(2000);
  const t0 = Date.now();
  eventsOf(text, [RANIERI, ITALY]);
  assert.ok(Date.now() - t0 < 6000, `took ${Date.now() - t0} ms`);
});
