// Issue #3 (entities, stop 38): the tagger sometimes runs a verb into a person's name ("Bill Gates commended Buhari" as one
// PERSON), so the praise had no one to praise and no event at all. A lower-case word of four letters or more that is no name
// particle (data/lexicon/entities.json personParticles) cuts a person span; each side is a person of its own.
// Real KB and tagger; sentences written for these tests.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bySurface, names, run } from './run-entities.js';

describe('entities: a lower-case word inside a tagged person', () => {
  it('cuts the span: "Bill Gates commended Buhari" is two people', () => {
    const d = run('Bill Gates commended Buhari and Ehanire for their efforts on Tuesday.');
    assert.equal(bySurface(d, 'Bill Gates')?.type, 'PERSON', names(d));
    assert.equal(bySurface(d, 'Buhari')?.type, 'PERSON', names(d));
    assert.ok(!d.entities.some((e) => /commended/.test(e.name)), names(d));
  });
  it('keeps name particles and hyphenated prefixes inside a name', () => {
    const d = run('Mohammed bin Salman met Abu Mohammed al-Julani and Maria de la Cruz in Riyadh.');
    assert.equal(bySurface(d, 'Mohammed bin Salman')?.type, 'PERSON', names(d));
    assert.equal(bySurface(d, 'Abu Mohammed al-Julani')?.type, 'PERSON', names(d));
    assert.equal(bySurface(d, 'Maria de la Cruz')?.type, 'PERSON', names(d));
  });
  it('stays linear on a long run of names and lower-case words', () => {
    const text = 'Bill Gates commended Buhari Okafor '.repeat(4000) + '.';
    const t0 = Date.now();
    run(text);
    assert.ok(Date.now() - t0 < 20000, `took ${Date.now() - t0} ms`);
  });
});
