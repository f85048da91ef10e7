// Issue #3: a firm or club named after a place ("Alaska Airlines", "Birmingham City", "Real Madrid") is often named
// again by the place word alone ("Alaska had grounded its fleet", "Birmingham retired his shirt"). Once the document
// has named the organisation in full, a bare place word with nothing that keeps it the place ("in Alaska", "the Alaska
// city council", "Alaska-based") is the organisation. Not a capital that stands for its government ("Washington
// said" beside the Washington Post), not a country, not when two organisations share the word, not before the full
// name. Real KB; invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names, bySurface } from './run-entities.js';

/** The entity holding the n-th (0-based) occurrence of `word` in the text, if a mention covers exactly it. */
function at(doc: ReturnType<typeof run>, word: string, n = 0) {
  let from = -1;
  for (let k = 0; k <= n; k++) { from = doc.text.indexOf(word, from + 1); if (from < 0) return undefined; }
  return doc.entities.find((e) => e.mentions.some((m) => m.start === from && m.end === from + word.length));
}

test('the place word after the organisation named in full is the organisation', () => {
  const d = run('A panel blew out of an Alaska Airlines jet on Friday. Alaska grounded its fleet of 65 aircraft the next day.');
  const full = bySurface(d, 'Alaska Airlines');
  assert.equal(full?.type, 'ORG', names(d));
  assert.equal(at(d, 'Alaska', 1), full, names(d));
  const c = run('He joined Dortmund from Birmingham City in July 2020. Birmingham retired his shirt number after the move.');
  assert.equal(at(c, 'Birmingham', 1)?.type, 'ORG', names(c));
  assert.equal(at(c, 'Birmingham', 1), bySurface(c, 'Birmingham City'), names(c));
});

test('a place word with a place cue stays the place, and so do its other mentions', () => {
  const d = run('A panel blew out of an Alaska Airlines jet on Friday. Snow fell across Alaska, and Alaska officials met.');
  assert.notEqual(at(d, 'Alaska', 1)?.type, 'ORG', names(d));
  assert.notEqual(at(d, 'Alaska', 2)?.type, 'ORG', names(d));
  const b = run('Shares of Alaska Airlines fell on Friday. Alaska-based pilots said the storm had passed.');
  assert.notEqual(at(b, 'Alaska', 1)?.type, 'ORG', names(b));
});

test('the place word before the full name, a capital, a country or a word two organisations share stays the place', () => {
  const before = run('Alaska was hit by a storm on Friday. Alaska Airlines cancelled 40 flights.');
  assert.notEqual(at(before, 'Alaska', 0)?.type, 'ORG', names(before));
  const cap = run('The Washington Post reported the talks on Friday. Washington said the sanctions would stay.');
  assert.notEqual(at(cap, 'Washington', 1)?.type, 'ORG', names(cap));
  const country = run('Air India bought 470 jets from Airbus and Boeing. India welcomed the deal on Tuesday.');
  assert.equal(at(country, 'India', 1)?.type, 'GPE', names(country));
  const two = run('Birmingham City drew with Birmingham Phoenix Academy on Friday. Birmingham voted on the budget.');
  assert.notEqual(at(two, 'Birmingham', 2)?.type, 'ORG', names(two));
});

test('a preposition of place before a possessive is no place reading', () => {
  const d = run('Real Madrid agreed a deal for the midfielder. He becomes the most expensive signing in Madrid\'s history, Madrid said.');
  assert.equal(at(d, 'Madrid', 1)?.type, 'ORG', names(d));
  assert.equal(at(d, 'Madrid', 2), bySurface(d, 'Real Madrid'), names(d));
});

test('a state acting as a polity, or a place after a comma, stays the place', () => {
  const s = run('Tickets are sold by the Connecticut Lottery. Since Connecticut is a member of the association, the draw goes on.');
  assert.notEqual(at(s, 'Connecticut', 1)?.type, 'ORG', names(s));
  const c = run('Caroline Ellison ran Alameda Research for two years. Storms hit Oakland, Alameda and Berkeley on Monday.');
  assert.notEqual(at(c, 'Alameda', 1)?.type, 'ORG', names(c));
  const r = run('Caroline Ellison ran Alameda Research for two years. Storms hit Alameda, Oakland and Berkeley on Monday.');
  assert.notEqual(at(r, 'Alameda', 1)?.type, 'ORG', names(r));
});
