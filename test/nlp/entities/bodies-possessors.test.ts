// Issue 3 (stop 14): a country's possessive before a body it owns is a place mention of its own ("Russia's Foreign
// Ministry"), "and" before such a possessive does not glue two names together, a legislature named alone without a
// country clue is an unlinked organisation rather than nothing, and an acronym the KB holds only in capitals is no match
// for a title-case word. Real KB; sentences written for these tests.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bySurface, names, run } from './run-entities.js';

describe('entities: a country owning a body', () => {
  it('is named as well as the body ("Ukraine\'s Defence Ministry")', () => {
    const doc = run("The strike hit Kharkiv overnight, Ukraine's Defence Ministry said.");
    assert.equal(bySurface(doc, 'Ukraine')?.type, 'GPE', names(doc));
    const body = bySurface(doc, 'Defence Ministry');
    assert.equal(body?.type, 'ORG', names(doc));
    assert.notEqual(body?.kb?.wikidata, 'Q212', 'the ministry is not the country');
  });
  it('does not split names whose possessive is part of the name ("People\'s Republic of China", "St Mary\'s Hospital")', () => {
    const doc = run("The People's Republic of China objected. St Mary's Hospital opened a ward.");
    assert.ok(bySurface(doc, "People's Republic of China"), names(doc));
    assert.ok(bySurface(doc, "St Mary's Hospital"), names(doc));
    assert.ok(!bySurface(doc, 'People'), names(doc));
  });
  it('"and" before a possessive ends the first name ("the Ministry of Defence of Ukraine and Ukraine\'s …")', () => {
    const doc = run("The Ministry of Defence of Ukraine and Ukraine's border guards said the strike hit Kharkiv.");
    assert.ok(!doc.entities.some((e) => / and Ukraine/.test(e.name)), names(doc));
    assert.equal(bySurface(doc, 'Ukraine')?.type, 'GPE', names(doc));
    // a name that holds "and" stays whole
    const d2 = run('The Department of Health and Human Services said so.');
    assert.ok(d2.entities.some((e) => /Health and Human Services/.test(e.name)), names(d2));
  });
});

describe('entities: a legislature named without a country clue', () => {
  it('is an unlinked organisation ("Congress passed the bill")', () => {
    const doc = run('Congress passed the bill on Friday.');
    const c = bySurface(doc, 'Congress');
    assert.equal(c?.type, 'ORG', names(doc));
    assert.equal(c?.name, 'Congress', 'no country clue, no link');
    assert.equal(c?.kb?.name, undefined, 'no country clue, no KB body');
    assert.equal(c?.kb?.wikidata, undefined);
  });
  it('is still linked when the country is named ("President Biden … in Washington")', () => {
    const doc = run('Congress passed the bill on Friday after President Biden urged lawmakers in Washington to act.');
    const c = bySurface(doc, 'Congress');
    // named as the report names it, linked to the US body
    assert.equal(c?.name, 'Congress', names(doc));
    assert.equal(c?.kb?.name, 'United States Congress', names(doc));
  });
  it('is no name in lower case or as a bare head ("a parliament is a body", "The council met")', () => {
    const doc = run('The council met. A parliament is a body, and the ministry agreed.');
    assert.equal(doc.entities.length, 0, names(doc));
  });
});

describe('entities: an acronym held only in capitals', () => {
  it('does not link a title-case word ("Hamad bin Isa" is no ISA)', () => {
    const doc = run('King Hamad bin Isa Al Khalifa spoke on Monday.');
    assert.ok(!doc.entities.some((e) => e.type === 'ORG'), names(doc));
  });
  it('still links the capitals and a title-case alias the KB holds ("ISA", "Nato")', () => {
    const doc = run('Nato and the ISA met.');
    assert.equal(bySurface(doc, 'Nato')?.kb?.wikidata, 'Q7184', names(doc));
    assert.equal(bySurface(doc, 'ISA')?.type, 'ORG', names(doc));
  });
});
