// One report's mentions of a type a story holds one of that point back ("The arrests were carried out …",
// "those arrested") join the report's earlier mention even when they name another party (the court that issued
// the warrants), so the report tells one arrest and meets the other reports' arrest; a report that tells several
// of the type (two officials' apologies) is left as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backReference, oneToldHere, sameReportBack } from '../../src/story/build.js';
import { story } from './helpers.js';

const at = (text: string, w: string) => { const start = text.indexOf(w); return { start, end: start + w.length }; };

test('backReference: a definite or demonstrative determiner before the trigger points back', () => {
  const t1 = 'The arrests were carried out early on Tuesday in Belo Horizonte.';
  assert.equal(backReference(t1, at(t1, 'arrests')), true);
  const t2 = 'Prosecutors said those arrested may have known that the dam was at risk.';
  assert.equal(backReference(t2, at(t2, 'arrested')), true);
  const t3 = 'Police said the two arrests followed a raid.';
  assert.equal(backReference(t3, at(t3, 'arrests')), true);
  // negatives: indefinite, possessive, bare verbs, and a determiner that sets it apart ("another", "the second")
  const n1 = 'Police made an arrest in Sao Paulo.';
  assert.equal(backReference(n1, at(n1, 'arrest')), false);
  const n2 = 'Police arrested five people on Tuesday.';
  assert.equal(backReference(n2, at(n2, 'arrested')), false);
  const n3 = 'The ministry opened its own investigation.';
  assert.equal(backReference(n3, at(n3, 'investigation')), false);
  const n4 = 'Police announced the second arrest on Friday.';
  assert.equal(backReference(n4, at(n4, 'arrest')), false);
  const n5 = 'Police made another arrest on Friday.';
  assert.equal(backReference(n5, at(n5, 'arrest')), false);
  // review finding 10: the conjunction "that" after a saying is no determiner
  const c1 = 'Police said that arrests were made after the riot.';
  assert.equal(backReference(c1, at(c1, 'arrests')), false);
  const c2 = 'Officials said that attacks on aid convoys have risen.';
  assert.equal(backReference(c2, at(c2, 'attacks')), false);
  // the demonstrative "that" still points back: after a preposition, or opening its sentence
  const d1 = 'Five people were hurt. Police made three arrests after that attack on the market.';
  assert.equal(backReference(d1, at(d1, 'attack')), true);
  const d2 = 'Five people were hurt on Monday in the market. That investigation is now closed.';
  assert.equal(backReference(d2, at(d2, 'investigation')), true);
});

test('oneToldHere: mentions that name parties must share one, those pointing back aside', () => {
  const A = { id: 'a' }; const B = { id: 'b' }; const C = { id: 'c' };
  const m = (parts: object[], back = false) => ({ parts: new Set(parts), back }) as unknown as Parameters<typeof oneToldHere>[0][number];
  assert.equal(oneToldHere([m([A, B]), m([C], true), m([])]), true);
  assert.equal(oneToldHere([m([A]), m([A, C])]), true);
  // negative: two apologies by two people in one report
  assert.equal(oneToldHere([m([A]), m([B])]), false);
  assert.equal(oneToldHere([m([A]), m([B]), m([], true)]), false);
});

test('sameReportBack: only within one report, only for a type a story holds one of, only when it tells one', () => {
  const doc = {}; const other = {};
  const it = (d: object, type: string, back: boolean, oneTold = true) => ({ doc: d, ev: { type }, parts: new Set(), back, oneTold }) as unknown as Parameters<typeof sameReportBack>[0];
  assert.equal(sameReportBack(it(doc, 'ARREST', false), it(doc, 'ARREST', true)), true);
  // negatives
  assert.equal(sameReportBack(it(doc, 'ARREST', false), it(other, 'ARREST', true)), false, 'two reports');
  assert.equal(sameReportBack(it(doc, 'ARREST', false), it(doc, 'ARREST', false)), false, 'neither points back');
  assert.equal(sameReportBack(it(doc, 'STATEMENT', false), it(doc, 'STATEMENT', true)), false, 'a type a story holds many of');
  assert.equal(sameReportBack(it(doc, 'ARREST', false, false), it(doc, 'ARREST', true, false)), false, 'the report tells several');
});

test('a report that names the arrested and then the court that issued the warrants tells one arrest', () => {
  const s = story([
    ['Guardian', '2019-01-30', 'Brazilian police have arrested five people, including three employees of the mining company Vale and two engineers from TÜV SÜD.\n\nThe arrests were carried out early on Tuesday in Belo Horizonte on warrants issued by a Minas Gerais court, prosecutors said.'],
  ]);
  const arrests = s.events.filter((e) => e.type === 'ARREST');
  assert.equal(arrests.length, 1, JSON.stringify(arrests.map((e) => [e.participants, e.places, e.triggers])));
});

test('negative: two officials apologising in one report stay two apologies', () => {
  const s = story([
    ['AP', '2022-11-05', 'Prime Minister Han Duck-soo apologized on Wednesday after he was seen joking with reporters.\n\nSeoul mayor Oh Se-hoon apologised to the families on Sunday evening.\n\nThe apology came after days of criticism.'],
  ]);
  const ap = s.events.filter((e) => e.type === 'APOLOGIZE');
  assert.ok(!ap.some((e) => e.participants.length >= 2 && e.participants.some((p) => /Han/.test(p)) && e.participants.some((p) => /Oh|Se-hoon/.test(p))), JSON.stringify(ap.map((e) => e.participants)));
});

test('sameReportBack: the parts must be compatible: two mentions that each name whom it was done to, none shared, are two events', () => {
  const doc = {}; const police = { id: 'police' }; const army = { id: 'army' }; const vale = { id: 'vale' }; const mayor = { id: 'mayor' }; const court = { id: 'court' };
  const it = (back: boolean, agents: object[], undergoers: object[], others: object[] = []) => ({ doc, ev: { type: 'ARREST' }, parts: new Set([...agents, ...undergoers, ...others]), agents: new Set(agents), undergoers: new Set(undergoers), back, oneTold: true }) as unknown as Parameters<typeof sameReportBack>[0];
  assert.equal(sameReportBack(it(false, [police], [vale]), it(true, [], [mayor])), false);
  assert.equal(sameReportBack(it(true, [], [mayor]), it(false, [police], [vale])), false);
  // negatives (still one): the back mention names no one it was done to, or the same one, or another doer only
  assert.equal(sameReportBack(it(false, [police], [vale]), it(true, [court], [], [court])), true);
  assert.equal(sameReportBack(it(false, [police], [vale]), it(true, [], [vale, mayor])), true);
  assert.equal(sameReportBack(it(false, [police], [vale]), it(true, [army], [])), true);
  assert.equal(sameReportBack(it(false, [police], []), it(true, [], [mayor])), true);
});
