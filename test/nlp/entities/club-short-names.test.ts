// Issue #3: a club's short name that is also a place or an ordinary word ("Liverpool", "Chelsea", "Arsenal";
// data/lexicon/club-short-names.tsv) is the club only with sports evidence in the document — its full name, or sports
// context around a mention — and stays a place, a person or nothing otherwise. Real KB; invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NlpDoc } from '../../../src/nlp/doc.js';
import { clubShortNames } from '../../../src/nlp/entities/clubs.js';
import { getKb } from '../../../src/kb/load.js';
import { normAlias } from '../../../src/kb/normalize.js';
import { run, names } from './run-entities.js';

/** The entity holding the n-th (0-based) occurrence of `word` in the text, if any mention covers exactly it. */
function at(doc: NlpDoc, word: string, n = 0) {
  let from = -1;
  for (let k = 0; k <= n; k++) { from = doc.text.indexOf(word, from + 1); if (from < 0) return undefined; }
  return doc.entities.find((e) => e.mentions.some((m) => m.start === from && m.end === from + word.length));
}
const clubName = (doc: NlpDoc, word: string, n = 0) => { const e = at(doc, word, n); return e?.type === 'ORG' ? e.kb?.name ?? e.name : undefined; };

test('every short name in the table names clubs the KB holds', () => {
  const kb = getKb();
  assert.ok(clubShortNames().size >= 10);
  for (const [short, clubs] of clubShortNames()) {
    for (const c of clubs) assert.ok(kb.byAlias(normAlias(c)).some((x) => x.kind === 'CLUB'), `${short} → ${c}`);
    // the short name itself is no KB alias of the club (that is what the table is for)
    assert.ok(!kb.byAlias(normAlias(short)).some((x) => x.kind === 'CLUB' && clubs.includes(x.name)), short);
  }
});

test('strong context: a score beside the name, a club role noun after it or its possessive', () => {
  const d = run('Arsenal beat Chelsea 2-1 on Saturday.');
  assert.equal(clubName(d, 'Arsenal'), 'Arsenal F.C.', names(d));
  assert.equal(clubName(d, 'Chelsea'), 'Chelsea F.C.', names(d));
  const m = run('Liverpool manager Arne Slot said the team played well.');
  assert.equal(clubName(m, 'Liverpool'), 'Liverpool F.C.', names(m));
  const g = run("Arsenal's goalkeeper saved a penalty on Sunday.");
  assert.equal(clubName(g, 'Arsenal'), 'Arsenal F.C.', names(g));
  const f = run('Hundreds of Everton fans marched to the ground.');
  assert.equal(clubName(f, 'Everton'), 'Everton F.C.', names(f));
});

test('weak context counts in a sports report only', () => {
  const d = run('The Premier League leaders drew with Liverpool on Sunday, and Chelsea signed a new winger.');
  assert.equal(clubName(d, 'Liverpool'), 'Liverpool F.C.', names(d));
  assert.equal(clubName(d, 'Chelsea'), 'Chelsea F.C.', names(d));
  // the same verbs in a text about anything else
  const n = run('The council drew up plans with Liverpool, and Chelsea signed a new lease on the library.');
  assert.notEqual(at(n, 'Liverpool')?.type, 'ORG', names(n));
  assert.notEqual(at(n, 'Chelsea')?.type, 'ORG', names(n));
});

test("the club's full name in the document makes its bare name the club, in the same entity", () => {
  const d = run('Chelsea F.C. confirmed the sale on Monday. Chelsea said the deal would close in May.');
  const full = at(d, 'Chelsea F.C.');
  assert.equal(full?.type, 'ORG', names(d));
  assert.equal(at(d, 'Chelsea', 1), full, names(d));
  // without the full name and without sports context the same sentence names no club
  const n = run('Officials confirmed the sale on Monday. Chelsea said the deal would close in May.');
  assert.notEqual(clubName(n, 'Chelsea'), 'Chelsea F.C.', names(n));
});

test('within a document about the club, mentions that name the place stay the place', () => {
  const d = run('Liverpool striker Mo Salah scored twice. Flooding in Liverpool closed roads, and the Liverpool city council met.');
  assert.equal(clubName(d, 'Liverpool', 0), 'Liverpool F.C.', names(d));
  assert.equal(at(d, 'Liverpool', 1)?.type, 'GPE', names(d));
  assert.notEqual(clubName(d, 'Liverpool', 2), 'Liverpool F.C.', names(d));
});

test('a short name of several clubs is linked only to the one named in full', () => {
  const d = run('Spurs beat Rangers 3-0 on Thursday.');
  for (const w of ['Spurs', 'Rangers']) {
    const e = at(d, w);
    assert.equal(e?.type, 'ORG', `${w}: ${names(d)}`);
    assert.equal(e?.kb, undefined, `${w} left unlinked: ${names(d)}`);
  }
  const t = run('Tottenham Hotspur won 2-0. Spurs have now won five in a row, the coach said.');
  assert.equal(at(t, 'Spurs'), at(t, 'Tottenham Hotspur'), names(t));
});

test('negatives: places, ordinary words and people outside sports stay what they are', () => {
  const l = run('Flooding in Liverpool closed roads on Monday. The Liverpool city council met on Tuesday.');
  assert.equal(at(l, 'Liverpool')?.type, 'GPE', names(l));
  assert.ok(!l.entities.some((e) => e.type === 'ORG' && /Liverpool/.test(e.kb?.name ?? e.name)), names(l));
  const c = run('The Chelsea Flower Show opened in Chelsea, London, on Monday.');
  assert.ok(!c.entities.some((e) => e.kb?.name === 'Chelsea F.C.'), names(c));
  assert.equal(at(c, 'Chelsea', 1)?.type, 'GPE', names(c));
  const a = run('Rebels have an arsenal of weapons. Arsenal of that size worries the army.');
  assert.ok(!a.entities.some((e) => /arsenal/i.test(e.name)), names(a));
  const p = run('Chelsea Clinton spoke in New York. Chelsea said she was happy.');
  assert.equal(at(p, 'Chelsea Clinton')?.type, 'PERSON', names(p));
  assert.ok(!p.entities.some((e) => e.kb?.name === 'Chelsea F.C.'), names(p));
  // a person of that name inside a sports report is not the club (the tagger types her; this rule leaves her alone)
  const s = run('Chelsea beat Arsenal 2-1. Chelsea Clinton watched from the stands.');
  assert.equal(clubName(s, 'Chelsea'), 'Chelsea F.C.', names(s));
  assert.notEqual(at(s, 'Chelsea Clinton'), at(s, 'Chelsea'), names(s));
  assert.ok(at(s, 'Chelsea Clinton') && at(s, 'Chelsea Clinton')?.kb?.name !== 'Chelsea F.C.', names(s));
});
