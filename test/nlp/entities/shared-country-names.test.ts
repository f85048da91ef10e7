// Issue #3 (entities, stop 38): a short name two states share. "Congo" was an alias of the Republic of the Congo
// alone, so a report about the Democratic Republic of the Congo ("… spread from the Democratic Republic of the Congo …
// 537 deaths have been reported in Congo") linked its second mention to Brazzaville's state, a second entity. "Congo"
// is now an alias of both (news mostly means the larger state), and among countries sharing a name the one the
// document names unambiguously, or by its places, is chosen. Real KB; sentences written for these tests.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { names, run } from './run-entities.js';

const congo = (text: string) => {
  const doc = run(text);
  const es = doc.entities.filter((e) => e.mentions.some((m) => doc.text.slice(m.start, m.end) === 'Congo'));
  return { doc, es };
};

describe('entities: a country name two states share', () => {
  it('is the state the report names in full or by its places', () => {
    const a = congo('The new strain spread from the Democratic Republic of the Congo to its neighbours. More than 15,600 cases have been reported in Congo so far this year.');
    assert.equal(a.es.length, 1, names(a.doc));
    assert.equal(a.es[0]!.kb?.wikidata, 'Q974', names(a.doc));
    assert.equal(a.doc.entities.filter((e) => e.type === 'GPE').length, 1, names(a.doc));
    const b = congo('Fighting near Goma has displaced thousands of people. Congo accused Rwanda of backing the rebels.');
    assert.equal(b.es[0]?.kb?.wikidata, 'Q974', names(b.doc));
  });
  it('stays the Republic of the Congo where the report is about it', () => {
    const a = congo('Officials in Brazzaville said the Republic of Congo had closed its border. Congo has about six million people.');
    assert.equal(a.es.length, 1, names(a.doc));
    assert.equal(a.es[0]!.kb?.wikidata, 'Q971', names(a.doc));
  });
  it('leaves other shared names as they were ("Georgia" after Tbilisi, "Korea")', () => {
    const g = run('Protesters gathered in Tbilisi. Georgia applied to join the EU.');
    assert.equal(g.entities.find((e) => e.name === 'Georgia')?.kb?.wikidata, 'Q230', names(g));
    const k = run('Seoul said Korea would respond.');
    assert.equal(k.entities.find((e) => e.mentions.some((m) => k.text.slice(m.start, m.end) === 'Korea'))?.kb?.wikidata, 'Q884', names(k));
  });
});
