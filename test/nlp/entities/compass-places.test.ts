// Issue 3: a capitalised direction word before a KB place names a part of it that is a place of its own ("East
// Austin", "North Jakarta", "Central Sulawesi", "South West Norfolk"), one unlinked place; not a pair the KB names
// itself, not a country's description ("Southwest China"), not inside a longer name. Real KB; sentences written for
// these tests; pinned date.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bySurface, names, run } from './run-entities.js';

describe('entities: a direction word before a place', () => {
  it('makes one unlinked place of a city\'s part ("East Austin", "North Jakarta")', () => {
    const doc = run('Police in East Austin said the man fled. Floods hit North Jakarta on Monday.');
    for (const s of ['East Austin', 'North Jakarta']) {
      const e = bySurface(doc, s);
      assert.equal(e?.type, 'GPE', names(doc));
      assert.equal(e?.name, s, names(doc));
      assert.equal(e?.kb?.wikidata, undefined, names(doc));
    }
    assert.ok(!bySurface(doc, 'Austin') && !bySurface(doc, 'Jakarta'), names(doc));
  });
  it('makes one place of a region\'s part, also after a two-word direction the KB knows ("South West Norfolk")', () => {
    const doc = run('The quake struck Central Sulawesi on Friday. Voters in South West Norfolk backed her.');
    assert.equal(bySurface(doc, 'Central Sulawesi')?.type, 'GPE', names(doc));
    assert.equal(bySurface(doc, 'South West Norfolk')?.type, 'GPE', names(doc));
    assert.ok(!bySurface(doc, 'South West') && !bySurface(doc, 'Norfolk'), names(doc));
  });
  it('leaves a pair the KB names, a longer name and a person\'s surname to their own rules', () => {
    const doc = run('Exports to South Korea and New South Wales rose. Oliver North spoke in Boston on Monday.');
    assert.equal(bySurface(doc, 'South Korea')?.kb?.wikidata, 'Q884', names(doc));
    assert.equal(bySurface(doc, 'New South Wales')?.kb?.wikidata, 'Q3224', names(doc));
    assert.ok(!doc.entities.some((e) => e.mentions.some((m) => m.rule === 'compass-place')), names(doc));
  });
  it('does not join a direction word to a country or to a place inside a longer capitalised name', () => {
    const doc = run('Rain fell in Eastern Syria on Monday. The West Jakarta Fire Brigade said two people died.');
    assert.ok(!doc.entities.some((e) => e.mentions.some((m) => m.rule === 'compass-place')), names(doc));
  });
  it('gives any direction word and any city of a set one place spanning both (property)', () => {
    const dirs = ['North', 'South', 'East', 'West', 'Central', 'Northern', 'Southeast', 'North-West'];
    const cities = ['Jakarta', 'Austin', 'Nairobi', 'Lima', 'Manila'];
    fc.assert(fc.property(fc.constantFrom(...dirs), fc.constantFrom(...cities), (d, c) => {
      const doc = run(`Officials in ${d} ${c} said the roads were closed.`);
      const e = bySurface(doc, `${d} ${c}`);
      return !!e && (e.type === 'GPE' || e.type === 'LOC') && !bySurface(doc, c);
    }), { numRuns: 20 });
  });
});

describe('entities: the geographic poles', () => {
  it('are places, not the demonym "Pole" ("the South Pole", "the North Pole")', () => {
    const doc = run('He flew to the South Pole in 2019. The North Pole is warming fast.');
    assert.equal(bySurface(doc, 'South Pole')?.type, 'LOC', names(doc));
    assert.equal(bySurface(doc, 'North Pole')?.type, 'LOC', names(doc));
    assert.ok(!doc.entities.some((e) => e.name === 'Poland'), names(doc));
  });
  it('leave a Pole a Pole', () => {
    const doc = run('A Pole and a German won the race in Vienna on Sunday.');
    assert.equal(bySurface(doc, 'Pole')?.name, 'Poland', names(doc));
  });
});
