// Issue #6, events: a match between two named sides is also the contest each side takes part in (COMPETE), so the
// same fixture is one reading whether a report calls it a match or a contest (data/lexicon/events-types.tsv: MATCH is
// the fixture, COMPETE taking part in any contest). Sentences written for these tests; entities hand-built.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, allNames, type EntSpec } from './helpers.js';

const G = (name: string): EntSpec => ({ name, type: 'GPE' });
const O = (name: string): EntSpec => ({ name, type: 'ORG' });
const F = (name: string): EntSpec => ({ name, type: 'FAC' });
const typed = (text: string, ents: EntSpec[], type: string): string[][] => {
  const { doc, evs } = eventsOf(text, ents);
  return evs.filter((e) => e.type === type).map((e) => allNames(doc, e).sort());
};

test('a match between two named sides is also a COMPETE of both, with the match\'s place', () => {
  const ents = [G('Freedonia'), G('Sylvania'), F('Harbour Stadium')];
  const c = typed('Freedonia face Sylvania in a World Cup qualifier at Harbour Stadium on June 16.', ents, 'COMPETE');
  assert.ok(c.some((n) => n.includes('Freedonia') && n.includes('Sylvania')), JSON.stringify(c));
  const d = typed('Acme United drew 2-2 with Borough Rovers on Monday.', [O('Acme United'), O('Borough Rovers')], 'COMPETE');
  assert.ok(d.some((n) => n.includes('Acme United') && n.includes('Borough Rovers')), JSON.stringify(d));
  // the MATCH stays
  assert.ok(typed('Freedonia face Sylvania in a World Cup qualifier at Harbour Stadium on June 16.', ents, 'MATCH').length > 0);
});

test('negative: a match with one named side, or none, is no COMPETE; nor is a non-sport "face"', () => {
  assert.deepEqual(typed('Acme United play their next match at home on Saturday.', [O('Acme United')], 'COMPETE'), []);
  assert.deepEqual(typed('The match was postponed because of the storm.', [], 'COMPETE'), []);
  assert.deepEqual(typed('Freedonia faces sanctions from Sylvania over the dispute.', [G('Freedonia'), G('Sylvania')], 'COMPETE'), []);
});
