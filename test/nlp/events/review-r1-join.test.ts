// Review r1 findings on JOIN readings: "accede to" needs a body or a treaty after it, "accession to the throne" is no
// joining, a name modifying people joined ("joined Greenpeace activists") and "the ranks of" are no body joined.
// Sentences written for these tests; entities hand-built.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allNames, eventsOf, type EntSpec } from './helpers.js';

const O = (name: string): EntSpec => ({ name, type: 'ORG' });
const G = (name: string): EntSpec => ({ name, type: 'GPE' });
const P = (name: string): EntSpec => ({ name, type: 'PERSON' });
const joins = (text: string, ents: EntSpec[]) => {
  const { doc, evs } = eventsOf(text, ents);
  return { doc, evs, hits: evs.filter((e) => e.type === 'JOIN') };
};

test('JOIN: acceding to a named body or a treaty, an accession to a body', () => {
  const a = joins('Freedonia acceded to NATO in March.', [G('Freedonia'), O('NATO')]);
  assert.equal(a.hits.length, 1);
  assert.ok(allNames(a.doc, a.hits[0]!).includes('NATO'));
  assert.equal(joins('Freedonia acceded to the convention in 2020.', [G('Freedonia')]).hits.length, 1);
  assert.equal(joins("Freedonia's accession to NATO was blocked.", [G('Freedonia'), O('NATO')]).hits.length, 1);
});

test('no JOIN: acceding to demands, an accession to the throne or to power', () => {
  assert.equal(joins("The government refused to accede to the protesters' demands on Monday.", []).hits.length, 0);
  assert.equal(joins("Crowds gathered after King Charles's accession to the throne.", [P('King Charles')]).hits.length, 0);
  assert.equal(joins("John Doe's accession to power was swift.", [P('John Doe')]).hits.length, 0);
});

test('JOIN: a named body with an adverb or "as" after it; no JOIN: a name before people joined, the ranks of', () => {
  assert.equal(joins('Freedonia joined NATO this week.', [G('Freedonia'), O('NATO')]).hits.length, 1);
  assert.equal(joins('Freedonia joined NATO as its 32nd member.', [G('Freedonia'), O('NATO')]).hits.length, 1);
  assert.equal(joins('Protesters joined Greenpeace activists outside parliament.', [O('Greenpeace')]).hits.length, 0);
  assert.equal(joins('Hundreds joined Oxfam volunteers at the camp.', [O('Oxfam')]).hits.length, 0);
  assert.equal(joins('Rescuers joined the ranks of volunteers.', []).hits.length, 0);
  assert.equal(joins('The striker joined the club in May.', []).hits.length, 1);
});
