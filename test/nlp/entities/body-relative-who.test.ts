// Issue #3 (entities, stop 38): "X of Y, who/whose …" — the relative-who rule proposes the capitalised words before
// ", who" as a person, and a body's name ending on those words gave way to that person, keeping a bare head: "the
// University of Glasgow, whose group helped" became ORG "University" (typed a place, a KB town of that name) and a
// person or place "Glasgow". A person that would start right after the body's own "of" / "for" no longer cuts it.
// Real KB; sentences written for these tests.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bySurface, names, run } from './run-entities.js';

describe('entities: a body named "X of Y" before ", who" / ", whose"', () => {
  it('stays whole ("the University of Glasgow, whose group", "the Institute for Fiscal Studies, who")', () => {
    const d1 = run('Sheila Rowan, director of the Institute for Gravitational Research at the University of Glasgow, whose group helped build the mirrors, said it was a new field.');
    assert.equal(bySurface(d1, 'University of Glasgow')?.type, 'ORG', names(d1));
    assert.ok(!d1.entities.some((e) => e.name === 'University' || e.name === 'Glasgow'), names(d1));
    assert.equal(bySurface(d1, 'Sheila Rowan')?.type, 'PERSON', names(d1));
    const d2 = run('Researchers at the Institute for Fiscal Studies, who track public spending, said the cuts were deep.');
    assert.equal(bySurface(d2, 'Institute for Fiscal Studies')?.type, 'ORG', names(d2));
    assert.ok(!d2.entities.some((e) => e.type === 'PERSON'), names(d2));
    // without the guard: 'University' and 'Edinburgh', both GPE
    const d5 = run('Researchers at the University of Edinburgh, whose team built the sensor, said the results were clear.');
    assert.equal(bySurface(d5, 'University of Edinburgh')?.type, 'ORG', names(d5));
    assert.ok(!d5.entities.some((e) => e.name === 'University' || e.name === 'Edinburgh'), names(d5));
  });
  it('still gives a title span\'s end to the person after it, and keeps "X, who" people', () => {
    const d1 = run('The Ambassador to the United States Hamdullah Mohib, who spoke on Monday, said the talks would go on.');
    assert.ok(d1.entities.some((e) => e.type === 'PERSON' && /Hamdullah Mohib$/.test(e.name)), names(d1));
    const d2 = run('The report was written by Maria Okafor, who leads the team at the university.');
    assert.equal(bySurface(d2, 'Maria Okafor')?.type, 'PERSON', names(d2));
    const d4 = run('The Governor of the Central Bank of Nigeria Godwin Emefiele, who spoke on Monday, said rates would rise.');
    assert.equal(bySurface(d4, 'Godwin Emefiele')?.type, 'PERSON', names(d4));
    assert.equal(bySurface(d4, 'Central Bank of Nigeria')?.type, 'ORG', names(d4));
    const d3 = run('He spoke to Tom Hanley of Halden, who runs the shop, on Friday.');
    assert.ok(!d3.entities.some((e) => e.type === 'ORG'), names(d3));
  });
});
