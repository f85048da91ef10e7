// Issue 3 ("found as OTHER, span longer"): an event's name swallowed the body or place at its front. "the FIFA World
// Cup" names FIFA and "the 1960 Rome Olympics" Rome as well; the event keeps its whole name. Continents, regions,
// demonyms and words of the event's own name are no owner. Real KB; sentences written for these tests.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bySurface, names, run } from './run-entities.js';

describe('entities: the owner at the front of an event\'s name', () => {
  it('is a mention of its own beside the event', () => {
    let doc = run('Morocco became the first African nation to reach the semi-finals of the FIFA World Cup.');
    assert.equal(bySurface(doc, 'FIFA')?.type, 'ORG', names(doc));
    assert.equal(bySurface(doc, 'FIFA World Cup')?.type, 'OTHER', names(doc));
    doc = run('Milkha Singh finished fourth in the 400m at the 1960 Rome Olympics and died in June.');
    assert.equal(bySurface(doc, 'Rome')?.type, 'GPE', names(doc));
  });
  it('negative: a continent, a demonym or the event\'s own words are no owner', () => {
    const doc = run('Fans gathered before the Asian Games, the Commonwealth Games and the World Cup.');
    assert.ok(!doc.entities.some((e) => ['PERSON', 'ORG', 'GPE', 'LOC'].includes(e.type)), names(doc));
  });
});
