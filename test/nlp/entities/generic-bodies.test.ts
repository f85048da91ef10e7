// Issue #3: "the Supreme Court", "the Senate" name every state's own body. The KB holds the US ones under those bare
// names, so they link only when the document's country evidence points to the US; elsewhere they stay unlinked
// organisations (a wrong QID is worse than none).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newDoc } from '../../../src/nlp/doc.js';
import { entitiesStage } from '../../../src/nlp/entities/index.js';

const ents = (text: string) => {
  const doc = newDoc({ id: 'x', text, language: 'en', publishedAt: '2024-03-26' });
  entitiesStage.run(doc);
  return doc.entities;
};
// which body a name is linked to: the KB's name (an entity is named as the report names it, the KB name kept in kb.name)
const kbName = (e: { name: string; kb?: { name?: string } }) => e.kb?.name ?? e.name;
const names = (text: string) => ents(text).map((e) => `${kbName(e)}:${e.type}`);
const US_COURT = 'Supreme Court of the United States:ORG';
const US_SENATE = 'United States Senate:ORG';

describe('a generic body name links only to the country the story is about', () => {
  it('stays unlinked in a Nairobi story', () => {
    const es = ents('NAIROBI, Kenya — The Supreme Court ruled on Monday that the election was valid. The Senate voted to accept it.');
    const ns = es.map((e) => `${kbName(e)}:${e.type}`);
    assert.ok(!ns.includes(US_COURT), ns.join(', '));
    assert.ok(!ns.includes(US_SENATE), ns.join(', '));
    // still an organisation, just without a KB link
    const court = es.find((e) => /Supreme Court/.test(e.name));
    assert.ok(court, ns.join(', '));
    assert.equal(court!.type, 'ORG');
    assert.ok(!court!.kb?.wikidata && kbName(court!) !== 'Supreme Court of the United States', JSON.stringify(court));
  });
  it('links in a story set in Washington (an ambiguous place name that resolves to the US capital)', () => {
    const ns = names('In Washington, the Supreme Court ruled on Monday that the law stands. The Senate will vote next week.');
    assert.ok(ns.includes(US_COURT), ns.join(', '));
    assert.ok(ns.includes(US_SENATE), ns.join(', '));
  });
  it('links in a story naming the U.S.', () => {
    const ns = names('The Supreme Court ruled that U.S. states may not remove the candidate from the ballot.');
    assert.ok(ns.includes(US_COURT), ns.join(', '));
  });
  it('links with a seat of power as the only evidence', () => {
    const ns = names('The White House welcomed the decision after the Senate passed the bill.');
    assert.ok(ns.includes(US_SENATE), ns.join(', '));
  });
  it("is not the US court when the story says Kenya's Supreme Court, even if it also names the US", () => {
    const ns = names("Kenya's Supreme Court ruled on Monday, a decision the United States welcomed, as did American diplomats.");
    assert.ok(!ns.includes(US_COURT), ns.join(', '));
  });
  it('stays unlinked when the story names no country', () => {
    const ns = names('The Supreme Court ruled on Monday that the election was valid.');
    assert.ok(!ns.includes(US_COURT), ns.join(', '));
  });
  it('stays unlinked when the evidence points elsewhere even though the US is named once', () => {
    const ns = names('Kenyan lawyers in Nairobi said the Supreme Court ruling, criticised by the United States, would stand in Kenya.');
    assert.ok(!ns.includes(US_COURT), ns.join(', '));
  });
  it('proper unique names keep linking without country evidence', () => {
    const ns = names('The Knesset voted on Monday. Lawmakers in the Bundestag followed.');
    assert.ok(ns.includes('Knesset:ORG'), ns.join(', '));
    assert.ok(ns.includes('Bundestag:ORG'), ns.join(', '));
  });
  it('a country-worded name links whatever the story is about', () => {
    const ns = names('NAIROBI, Kenya — Kenyan officials said the U.S. Supreme Court ruling would not apply.');
    assert.ok(ns.includes(US_COURT), ns.join(', '));
  });
});
