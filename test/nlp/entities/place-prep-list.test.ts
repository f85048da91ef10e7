// Issue 3 (places typed PERSON without a cue): "buildings in Silom and Sathon" — the tagger reads the second unknown
// name of a pair after a preposition of place as a person's; the preposition types both. A name that speaks after
// the pair ("in Bangsar and Kovac said") or reads as a person's stays a person. Real KB; sentences written here.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bySurface, names, run } from './run-entities.js';

describe('entities: the second name of a pair after a preposition of place', () => {
  it('is a place', () => {
    const doc = run('Office workers rushed out of buildings in Silom and Sathon as strong shaking lasted for a minute.');
    assert.equal(bySurface(doc, 'Sathon')?.type, 'GPE', names(doc));
  });
  it('negative: a speaker after the pair stays a person', () => {
    const doc = run('Officials in Bangsar and Kovac said the deal was close.');
    assert.equal(bySurface(doc, 'Kovac')?.type, 'PERSON', names(doc));
  });
});
