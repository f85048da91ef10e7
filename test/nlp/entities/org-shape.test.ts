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

test('an organisation the document names only by its acronym is named so; a body named by words keeps the KB name', () => {
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
