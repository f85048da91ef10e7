// Rules of Nov 2026: a vessel noun names a craft (VEHICLE), a place-led title phrase names the place, a list line in
// the body is tagged (not taken for a headline) and split from the sentence the segmenter glued it to, and a capitalised
// name after a comma is a second name, not a description of the first.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { KbEntry } from '../../../src/kb/types.js';
import { newDoc, type NlpDoc } from '../../../src/nlp/doc.js';
import { entitiesStage, setEntityKb } from '../../../src/nlp/entities/index.js';
import { titleLeadPlace } from '../../../src/nlp/entities/recognize.js';
import { tokenize } from '../../../src/nlp/entities/tokenize.js';
import { ENTRIES, fakeKb } from './fakekb.js';

const MORE: KbEntry[] = [
  { id: 'Q1', name: 'Dali', type: 'GPE', kind: 'CITY', aliases: [], country: 'CN', lat: 25.6, lon: 100.27, population: 650000, prominence: 26 } as KbEntry, // as the compiled KB ranks it
  { id: 'Q2', name: 'Kelby', type: 'GPE', kind: 'CITY', aliases: [], country: 'GB', lat: 53.0, lon: -0.5, population: 9000 },
  { id: 'Q3', name: 'Harris County', type: 'GPE', kind: 'REGION', aliases: [], country: 'US', lat: 29.86, lon: -95.39 },
];
const kb = () => fakeKb([...ENTRIES, ...MORE]);

function run(text: string): NlpDoc {
  const doc = newDoc({ id: 'x', text, language: 'en', publishedAt: '2024-03-26' });
  entitiesStage.run(doc);
  return doc;
}
const names = (doc: NlpDoc) => doc.entities.map((e) => `${e.name}:${e.type}`).sort().join(', ');

describe('entities: a vessel noun before a name names a craft', () => {
  before(() => setEntityKb(kb()));
  after(() => setEntityKb(undefined));
  it('types the name VEHICLE over the KB place of the same name, with its later mentions ("the container ship Dali")', () => {
    const doc = run('The container ship Dali struck the bridge on Tuesday. The Dali had lost power minutes before.');
    const dali = doc.entities.find((e) => e.name === 'Dali');
    assert.equal(dali?.type, 'VEHICLE', names(doc));
    assert.equal(dali?.mentions.length, 2, names(doc));
    assert.ok(!dali?.geo, 'a ship has no place coordinates');
  });
  it('types an unknown name after a vessel noun ("the tanker Sounion")', () => {
    const doc = run('The tanker Sounion was attacked on Friday.');
    assert.equal(doc.entities.find((e) => e.name === 'Sounion')?.type, 'VEHICLE', names(doc));
  });
  it('leaves a country after a vessel noun alone ("the tanker Russia seized") and finds no craft in "the ship\'s captain"', () => {
    const doc = run('The tanker Russia seized last year was released on Monday.');
    assert.equal(doc.entities.find((e) => e.name === 'Russia')?.type, 'GPE', names(doc));
    const doc2 = run('The ship’s captain said the crew was safe.');
    assert.ok(!doc2.entities.some((e) => e.type === 'VEHICLE'), names(doc2));
  });
});

describe('entities: a place-led title phrase names the place', () => {
  const at = (text: string, from: string, to: string) => {
    const toks = tokenize(text);
    const s = toks.findIndex((t) => t.text === from); const e = toks.findIndex((t) => t.text === to);
    return titleLeadPlace({ toks, kb: kb() }, s, e);
  };
  it('finds the place before jurisdiction words and a title ("Kelby District | Attorney"), or a demonym ("Russian Economy | Minister")', () => {
    assert.deepEqual(at('The Kelby District Attorney charged him.', 'Kelby', 'Attorney'), { end: 2, demonym: false });
    assert.deepEqual(at('He met Russian Economy Minister Ivan Sorel.', 'Russian', 'Minister'), { end: 3, demonym: true });
  });
  it('keeps an organisation head ("Kelby Police | Inspector"), a name the KB knows whole ("Harris County | Attorney") and a phrase with no title after it', () => {
    assert.equal(at('The Kelby Police Inspector said so.', 'Kelby', 'Inspector'), null);
    assert.equal(at('The Harris County Attorney said so.', 'Harris', 'Attorney'), null);
    assert.equal(at('The Kelby District Council met.', 'Kelby', 'Council'), null);
  });
});

describe('entities: list lines', () => {
  const sentOf = (text: string, sentences: { start: number; end: number; kind?: string }[], word: string) => tokenize(text, sentences).find((t) => t.text === word)!;
  it('splits a name-list line from the sentence the segmenter glued it to, and does not take it for a headline', () => {
    const text = 'Leaders met on Monday.\nKim Jong Un, Marla Voss, Tobias Brenner\nThey talked for two hours.';
    const sents = [{ start: 0, end: 22 }, { start: 23, end: text.length }];
    const voss = sentOf(text, sents, 'Voss'); const they = sentOf(text, sents, 'They');
    assert.notEqual(voss.sent, they.sent);
    assert.equal(voss.headline, false);
    assert.equal(they.sentStart, true);
  });
  it('keeps wrapped prose whole and a title-case first line a headline, commas or not', () => {
    const prose = 'The minister said on Monday that the\ntalks would continue next week.';
    const t = tokenize(prose, [{ start: 0, end: prose.length }]);
    assert.equal(new Set(t.map((x) => x.sent)).size, 1);
    const hl = 'Russia, Ukraine Trade Blame Over Dam Collapse\nThe dam broke on Tuesday.';
    assert.equal(sentOf(hl, [{ start: 0, end: 45 }, { start: 46, end: hl.length }], 'Trade').headline, true);
    const later = 'The storm hit on Monday.\nStorm Batters Coast As Thousands Flee';
    assert.equal(sentOf(later, [{ start: 0, end: 24 }, { start: 25, end: later.length }], 'Batters').headline, true);
  });
  it('finds the names on the list line in a document', () => {
    setEntityKb(kb());
    try {
      const doc = newDoc({ id: 'x', text: 'Leaders met on Monday.\nKim Jong Un, Marla Voss, Tobias Brenner\nThey talked for two hours.', language: 'en' });
      doc.sentences = [{ start: 0, end: 22 }, { start: 23, end: doc.text.length }] as typeof doc.sentences;
      entitiesStage.run(doc);
      assert.ok(doc.entities.some((e) => e.name === 'Kim Jong Un'), names(doc));
      assert.ok(!doc.entities.some((e) => e.mentions.some((m) => doc.text.slice(m.start, m.end).includes('\n'))), 'no mention crosses a line break');
    } finally { setEntityKb(undefined); }
  });
});

describe('entities: a capitalised name after a comma is a second name', () => {
  before(() => setEntityKb(kb()));
  after(() => setEntityKb(undefined));
  it('does not type "Tobias Brenner" as the organisation after the comma ("Tobias Brenner, Kelby Institute")', () => {
    const doc = run('The report was written by Tobias Brenner, Kelby Institute, and published on Monday.');
    assert.notEqual(doc.entities.find((e) => e.name === 'Tobias Brenner')?.type, 'ORG', names(doc));
    assert.equal(doc.entities.find((e) => e.name === 'Kelby Institute')?.type, 'ORG', names(doc));
  });
  it('still reads a described name ("Al Bilad, the second dam")', () => {
    const doc = run('Water poured from Al Bilad, the second dam, on Monday.');
    assert.equal(doc.entities.find((e) => e.name === 'Al Bilad')?.type, 'FAC', names(doc));
  });
});

describe('entities: an organisation classifier noun before an untagged name', () => {
  before(() => setEntityKb(kb()));
  after(() => setEntityKb(undefined));
  it('types the name an organisation ("the retailer Brannix cut 200 jobs")', () => {
    const doc = run('The retailer Brannix cut 200 jobs on Monday.');
    assert.equal(doc.entities.find((e) => e.name === 'Brannix')?.type, 'ORG', names(doc));
  });
  it('leaves a person\'s name after the noun a person ("the firm John Hall founded")', () => {
    const doc = run('The firm John Hall founded in 1990 was sold on Monday.');
    assert.notEqual(doc.entities.find((e) => e.name === 'John Hall')?.type, 'ORG', names(doc));
  });
});
