// Issue 3 (stop 23): a state's body written in lower case after its owner ("Russia's defence ministry", "the Indian
// defence ministry", "the Iraqi military", "the Paris fire brigade") is one organisation named with its owner, and the
// owner stays a place mention of its own; a city the report names only in a shorter form than the KB's ("Washington"
// for "Washington, D.C.", "New York" for "New York City") keeps the report's form as its name. Real KB; sentences
// written for these tests; pinned date 2024-03-26.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bySurface, names, run } from './run-entities.js';

describe('entities: a lower-case body after its owner', () => {
  it('takes the possessive owner into its name and keeps the owner a place', () => {
    const doc = run("The strike hit a station, but Russia's defence ministry denied any role.");
    const body = bySurface(doc, "Russia's defence ministry");
    assert.equal(body?.type, 'ORG', names(doc));
    assert.equal(body?.name, "Russia's defence ministry");
    assert.equal(bySurface(doc, 'Russia')?.type, 'GPE', names(doc));
    const d2 = run("Iraq's parliament voted on Sunday to expel foreign troops.");
    assert.equal(bySurface(d2, "Iraq's parliament")?.type, 'ORG', names(d2));
  });
  it('takes a demonym or a place after "the" ("the Indian defence ministry", "the Paris fire brigade")', () => {
    const doc = run('In a statement, the Indian defence ministry said the sites had been hit. The Iraqi military said two people died.');
    assert.equal(bySurface(doc, 'Indian defence ministry')?.name, 'Indian defence ministry', names(doc));
    assert.equal(bySurface(doc, 'Iraqi military')?.type, 'ORG', names(doc));
    const d2 = run('The Paris fire brigade said 400 firefighters were deployed.');
    assert.equal(bySurface(d2, 'Paris fire brigade')?.type, 'ORG', names(d2));
  });
  it('names a ministry compound after a bare "the" ("the finance ministry") in a report about one country', () => {
    const doc = run('Kenya raised taxes on fuel. Officials at the finance ministry declined to comment.');
    assert.equal(bySurface(doc, 'finance ministry')?.type, 'ORG', names(doc));
  });
  it('does not fire on an adjective, a bare noun or a lower-case phrase without an owner', () => {
    const doc = run("Russia's military operations continued on Sunday. The military said nothing. The ministry declined to comment.");
    assert.ok(!doc.entities.some((e) => /military|ministry/i.test(e.name)), names(doc));
    const d2 = run('A defence ministry official said the army was ready.');
    assert.ok(!d2.entities.some((e) => /ministry|army/i.test(e.name)), names(d2));
    const d3 = run("The Iraqi military aid package was approved. Ukraine's army chief spoke.");
    assert.ok(!d3.entities.some((e) => /Iraqi military/i.test(e.name)), names(d3));
  });
});

describe('entities: a city named shorter than the KB name', () => {
  it('keeps the report\'s form ("Washington", "New York") and the KB name in kb.name', () => {
    const doc = run('Officials in Washington said the talks in New York would resume.');
    const w = bySurface(doc, 'Washington');
    assert.equal(w?.name, 'Washington', names(doc));
    assert.equal(w?.kb?.wikidata, 'Q61');
    assert.equal(w?.kb?.name, 'Washington, D.C.');
    assert.equal(bySurface(doc, 'New York')?.name, 'New York', names(doc));
  });
  it('keeps the KB name when the report uses it, and for countries', () => {
    const doc = run('New York City officials met. Later, New York said it would help.');
    assert.equal(bySurface(doc, 'New York City')?.name, 'New York City', names(doc));
    const d2 = run('Korea and Japan signed the deal.');
    assert.ok(!d2.entities.some((e) => e.name === 'Korea' && e.kb?.name === 'South Korea'), names(d2));
  });
});
