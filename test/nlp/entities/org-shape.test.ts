import { test } from 'node:test';
import assert from 'node:assert/strict';
import { camelBrand } from '../../../src/nlp/entities/recognize.js';
import { run, names, bySurface } from './run-entities.js';

test('camelBrand: a capital inside one word marks a brand, a surname prefix does not', () => {
  for (const w of ['CrowdStrike', 'PayPal', 'YouTube', 'SolarWinds']) assert.equal(camelBrand(w), true, w);
  for (const w of ['McCarthy', 'DeSantis', 'MacArthur', 'LeBron', 'DiCaprio', "O'Brien", 'Smith', 'NATO', 'Al-Sisi']) assert.equal(camelBrand(w), false, w);
});

test('a one-word camel-case name that speaks is an organisation; a surname with a prefix stays a person', () => {
  const d = run('CrowdStrike said a faulty update crashed the machines. Ron DeSantis and Kevin McCarthy met. DeSantis said it would work.');
  assert.equal(bySurface(d, 'CrowdStrike')?.type, 'ORG', names(d));
  assert.equal(bySurface(d, 'DeSantis')?.type, 'PERSON', names(d));
  assert.equal(bySurface(d, 'Kevin McCarthy')?.type, 'PERSON', names(d));
});

test('a name right before a lower-case organisation noun is that organisation, not a person', () => {
  const d = run('The Sri Lanka Podujana Peramuna party will meet on Friday.');
  assert.equal(bySurface(d, 'Sri Lanka Podujana Peramuna')?.type, 'ORG', names(d));
  // a person named before a verb stays a person
  const p = run('Mahinda Rajapaksa will meet party leaders on Friday.');
  assert.equal(bySurface(p, 'Mahinda Rajapaksa')?.type, 'PERSON', names(p));
});

test('recurring companies, clubs and sports bodies link to their Wikidata items', () => {
  const d = run('Microsoft, Boeing and Real Madrid were fined by the International Olympic Committee and FIFA.');
  const qid = (s: string) => bySurface(d, s)?.kb?.wikidata;
  assert.equal(qid('Microsoft'), 'Q2283', names(d));
  assert.equal(qid('Boeing'), 'Q66', names(d));
  assert.equal(qid('Real Madrid'), 'Q8682', names(d));
  assert.equal(qid('International Olympic Committee'), 'Q40970', names(d));
  assert.equal(qid('FIFA'), 'Q253414', names(d));
  // the city is not the club
  const m = run('Talks were held in Madrid on Monday.');
  assert.equal(bySurface(m, 'Madrid')?.kb?.wikidata === 'Q8682', false, names(m));
});

test('an organisation the document names only by its acronym is named so', () => {
  const d = run('NATO said the alliance would meet. NATO officials agreed.');
  const nato = bySurface(d, 'NATO');
  assert.equal(nato?.name, 'NATO', names(d));
  assert.equal(nato?.kb?.wikidata, 'Q7184', names(d));
  // the KB name written out in the text stays the name
  const full = run('The North Atlantic Treaty Organization met. NATO officials agreed.');
  assert.equal(bySurface(full, 'NATO')?.name, 'North Atlantic Treaty Organization', names(full));
  // people keep the KB name however the text shortens it
  const p = run('Putin said on Monday that talks would go on.');
  assert.equal(bySurface(p, 'Putin')?.name, 'Vladimir Putin', names(p));
});

test('a KB organisation is named as the report names it; the KB name stays in kb.name', () => {
  // a body named by words: the report's form, linked to the body whose KB name says whose it is
  const d = run('The Defense Department said on Monday that the Pentagon would respond. U.S. officials agreed.');
  const dod = bySurface(d, 'Defense Department');
  assert.equal(dod?.name, 'Defense Department', names(d));
  assert.equal(dod?.kb?.wikidata, 'Q11209', names(d));
  assert.equal(dod?.kb?.name, 'United States Department of Defense', names(d));
  // the fullest form wins over an acronym and over a shorter form ("the World Health Organization (WHO)")
  const w = run('The World Health Organization (WHO) said on Monday that WHO teams had arrived.');
  const who = bySurface(w, 'WHO');
  assert.equal(who?.name, 'World Health Organization', names(w));
  assert.equal(who?.kb?.name, undefined, 'the KB name itself: nothing to keep aside');
  // a lower-case description of it is no name ("the ministry"), a possessive and the article are dropped
  const f = run("The Federal Reserve's chairman spoke. The Fed said rates would hold.");
  assert.equal(bySurface(f, 'Fed')?.name, 'Federal Reserve', names(f));
});

test('a headline form names an organisation only when the body never names it', () => {
  const doc = run('World Health Organization Warns Of Outbreak\n\nWHO said on Monday that cases rose. WHO officials agreed.');
  const who = doc.entities.find((e) => e.kb?.wikidata === 'Q7817');
  assert.equal(who?.name, 'WHO', names(doc));
  // negative: the body's own words win over the headline's
  const d2 = run('WHO Chief Warns Of Outbreak\n\nThe World Health Organization said on Monday that cases rose.');
  assert.equal(d2.entities.find((e) => e.kb?.wikidata === 'Q7817')?.name, 'World Health Organization', names(d2));
});

test('people and places keep the KB name however the text writes them', () => {
  const p = run('Putin met officials on Monday.');
  assert.equal(bySurface(p, 'Putin')?.name, 'Vladimir Putin', names(p));
  assert.equal(bySurface(p, 'Putin')?.kb?.name, undefined, names(p));
});
