// Event merging across reports: the dates of merged sets (not only of two mentions), mentions of no
// particular occurrence, places compared role by role, and stray later dates on a one-off event.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventMod, genericMention, spanOf, spansAgree } from '../../src/story/build.js';
import { DAY_MS } from '../../src/nlp/time/date-math.js';
import { story } from './helpers.js';
import type { Story } from '../../src/story/types.js';

const docsOf = (s: Story, type: string) => s.events.filter((e) => e.type === type).map((e) => e.documents.length).sort();
const at = (text: string, w: string) => { const start = text.indexOf(w); return { start, end: start + w.length }; };

test('spansAgree: every dated mention of one set within a day of every one of the other', () => {
  const d = (iso: string) => ({ lo: Date.parse(iso), hi: Date.parse(iso) + DAY_MS });
  assert.equal(spansAgree(spanOf([d('2023-07-30')]), spanOf([d('2023-07-31')])), true);
  assert.equal(spansAgree(spanOf([d('2023-07-30')]), undefined), true, 'an undated set agrees with anything');
  // negative: one close date does not excuse a far one in the same set
  assert.equal(spansAgree(spanOf([d('2023-07-30'), d('2023-08-10')]), spanOf([d('2023-07-30')])), false);
  assert.equal(spansAgree(spanOf([d('2023-07-30')]), spanOf([d('2023-08-10')])), false);
});

test('an undated mention cannot chain two summits held on different days into one', () => {
  const s = story([
    ['AAA', '2023-07-30', 'West African leaders held a summit in Abuja on Sunday, July 30.'],
    ['BBB', '2023-07-31', 'Bola Tinubu told the summit in Abuja that the time for signals was over.'],
    ['CCC', '2023-08-11', 'ECOWAS leaders held another summit in Abuja on Thursday, August 10.'],
  ]);
  const meets = s.events.filter((e) => e.type === 'MEET');
  const docOf = (outletDay: string) => s.documents.find((d) => d.publishedAt === outletDay)!.id;
  assert.ok(!meets.some((e) => e.documents.includes(docOf('2023-07-30')) && e.documents.includes(docOf('2023-08-11'))), JSON.stringify(meets.map((e) => e.documents.length)));
  // the undated mention still joins one of them
  assert.ok(meets.some((e) => e.documents.length === 2), JSON.stringify(meets.map((e) => [e.date, e.documents.length])));
  // negative: two dated mentions of one summit, a day apart, are still one
  const one = story([
    ['AAA', '2023-07-30', 'West African leaders held a summit in Abuja on Sunday, July 30.'],
    ['BBB', '2023-07-31', 'Bola Tinubu told the summit in Abuja on Sunday that the time for signals was over.'],
  ]);
  assert.deepEqual(docsOf(one, 'MEET'), [2]);
});

test('a mention of no particular occurrence ("any attack") merges with nothing', () => {
  const text = 'France said it would respond to any attack on its embassy in Niamey.';
  assert.equal(genericMention(text, at(text, 'attack')), true);
  const t2 = 'They discussed a possible military intervention in Niger.';
  assert.equal(genericMention(t2, at(t2, 'intervention')), true);
  // negatives: a definite or dated mention is an occurrence
  const t3 = 'France condemned the attack on its embassy in Niamey.';
  assert.equal(genericMention(t3, at(t3, 'attack')), false);
  const t4 = 'Protesters launched an attack on the embassy on Sunday.';
  assert.equal(genericMention(t4, at(t4, 'attack')), false);
  const s = story([
    ['AAA', '2023-07-28', 'France said it would respond to any attack on its embassy in Niamey.'],
    ['BBB', '2023-07-31', 'Protesters attacked the French embassy in Niamey on Sunday.'],
  ]);
  const attacks = s.events.filter((e) => e.type === 'ATTACK');
  assert.ok(attacks.length >= 1);
  assert.ok(attacks.every((e) => e.documents.length === 1), JSON.stringify(attacks.map((e) => e.documents.length)));
});

test('places are compared role by role: where people came from does not veto where it happened', () => {
  const s = story([
    ['AAA', '2019-01-29', 'Police arrested five engineers in Belo Horizonte on Tuesday.'],
    ['BBB', '2019-01-30', 'Police have arrested five engineers from Germany, prosecutors said.'],
  ]);
  assert.deepEqual(docsOf(s, 'ARREST'), [2], JSON.stringify(s.events.filter((e) => e.type === 'ARREST')));
  // negative: two places of the same role far apart are two arrests
  const two = story([
    ['AAA', '2019-01-29', 'Police arrested five engineers in Belo Horizonte on Tuesday.'],
    ['BBB', '2019-01-30', 'Police arrested five engineers in Munich on Tuesday.'],
  ]);
  assert.deepEqual(docsOf(two, 'ARREST'), [1, 1]);
});

test('a one-off event: a date two days after its first report belongs to something else the sentence tells', () => {
  const s = story([
    ['AAA', '2024-03-27', 'Six workers died when the bridge collapsed in Baltimore on Tuesday.'],
    // (a second, older toll in the report: neither report tells only one death toll)
    ['BBB', '2024-04-06', 'Joe Biden met the families of the six workers who died in Baltimore on Friday. In 2015, 19 people were killed in Mariana.'],
  ]);
  assert.deepEqual(docsOf(s, 'DEATHS'), [1, 2], JSON.stringify(s.events.filter((e) => e.type === 'DEATHS').map((e) => [e.date, e.documents.length])));
  // negative: a type a story holds many of keeps its later date (Biden's visit is another meeting)
  const m = story([
    ['AAA', '2024-03-27', 'Wes Moore met the families of the missing workers in Baltimore on Tuesday.'],
    ['BBB', '2024-04-06', 'Wes Moore met the families of the six workers in Baltimore on Friday.'],
  ]);
  assert.deepEqual(docsOf(m, 'MEET'), [1, 1], JSON.stringify(m.events.filter((e) => e.type === 'MEET').map((e) => [e.date, e.documents.length])));
});

test('a genitive time dates its noun exactly: "after Sunday\'s attack" is an attack on Sunday', () => {
  const t = "France organised the evacuation after Sunday's attack on its embassy.";
  const i = t.indexOf('Sunday');
  assert.equal(eventMod(t, { end: i + 6, mod: 'AFTER' }), undefined);
  // negative: a bound on a plain time stays ("after Sunday, the embassy was attacked")
  const u = 'After Sunday, protesters attacked the embassy again.';
  assert.equal(eventMod(u, { end: u.indexOf('Sunday') + 6, mod: 'AFTER' }), 'AFTER');
  const s = story([
    ['AAA', '2023-08-05', 'Relations with Paris have soured since supporters of the junta attacked the French embassy in Niamey on July 29.'],
    ['BBB', '2023-08-02', "France decided to organise the evacuation after Sunday's attack on its embassy in Niamey."],
  ]);
  const attacks = s.events.filter((e) => e.type === 'ATTACK');
  assert.deepEqual(attacks.map((e) => e.documents.length), [2], JSON.stringify(attacks.map((e) => [e.date, e.documents.length])));
  const time = s.facts.find((f) => f.subject === attacks[0].id && f.attribute === 'time')!;
  assert.equal(time.consistent, false, 'July 29 and Sunday, July 30 cannot both be the day of one attack');
});

test('the one arrest each report tells is one event even when only one report names who was arrested', () => {
  const s = story([
    ['AAA', '2031-01-29', 'Police arrested three engineers of the mining company Valdor on Tuesday.'],
    ['BBB', '2031-01-30', 'Relatives of the victims welcomed the arrests, which came four days after the dam collapsed.'],
  ]);
  assert.deepEqual(docsOf(s, 'ARREST'), [2], JSON.stringify(s.events.map((e) => [e.type, e.participants])));
  // negative: a type a story holds many of (statements, meetings) is not tied by a report that names nobody
  const m = story([
    ['AAA', '2031-01-29', 'Valdor executives met the mayor of Serra Alta on Tuesday.'],
    ['BBB', '2031-01-30', 'Relatives of the victims met on Wednesday to plan a protest.'],
  ]);
  const meets = m.events.filter((e) => e.type === 'MEET');
  assert.ok(meets.length >= 1 && meets.every((e) => e.documents.length === 1), JSON.stringify(meets.map((e) => [e.participants, e.documents.length])));
});

test('a short organisation name stands for the longer one most reports name, not for one a report or two name', async () => {
  const { story } = await import('./helpers.js');
  const us = (d: string, t: string): [string, string, string] => [`O${d}`, `2023-06-${d}`, t];
  const s = story([
    us('19', 'The US Coast Guard launched a search for the Titan off Cape Cod on Monday.'),
    us('20', 'The US Coast Guard said on Tuesday the search for the Titan would go on.'),
    us('21', 'The US Coast Guard and the Canadian Coast Guard searched for the Titan on Wednesday.'),
    us('22', 'The Coast Guard said on Thursday that debris of the Titan was found.'),
    us('23', 'The Coast Guard said on Friday that the Titan had imploded.'),
  ]);
  const names = s.entities.map((e) => e.name);
  assert.ok(!names.includes('Coast Guard'), JSON.stringify(names));
  // negative: with the two longer names as common, the short one stays itself
  const t = story([
    us('19', 'The US Coast Guard launched a search for the Titan off Cape Cod on Monday.'),
    us('20', 'The Canadian Coast Guard said on Tuesday the search for the Titan would go on.'),
    us('21', 'The Coast Guard said on Wednesday that debris of the Titan was found.'),
    us('22', 'The Coast Guard searched for the Titan on Thursday.'),
  ]);
  assert.ok(t.entities.some((e) => e.name === 'Coast Guard'), JSON.stringify(t.entities.map((e) => e.name)));
});

test('"since 2019" and "since 2021" in two reports disagree on when the closure began (a "since" start is a point)', () => {
  const t = 'The mine has been closed since 2019.';
  assert.equal(eventMod(t, { start: t.indexOf('2019'), end: t.indexOf('2019') + 4, mod: 'ON_OR_AFTER' }), undefined);
  // negative: another ON_OR_AFTER bound stays open ("closed until at least 2025")
  const u = 'The mine stays closed until at least 2025.';
  assert.equal(eventMod(u, { start: u.indexOf('2025'), end: u.indexOf('2025') + 4, mod: 'ON_OR_AFTER' }), 'ON_OR_AFTER');
  const timeOf = (a: string, b: string) => {
    const s = story([
      ['AAA', '2024-03-01', `The Acme copper mine near Freetown has been closed ${a}, officials said.`],
      ['BBB', '2024-03-02', `The Acme copper mine near Freetown has been closed ${b}, local officials told reporters.`],
    ]);
    const closure = s.events.find((e) => e.type === 'CLOSURE' && e.documents.length === 2)!;
    return s.facts.find((f) => f.subject === closure.id && f.attribute === 'time')!;
  };
  assert.equal(timeOf('since 2019', 'since 2021').consistent, false);
  // negative: the same start agrees
  assert.equal(timeOf('since 2019', 'since 2019').consistent, true);
});
