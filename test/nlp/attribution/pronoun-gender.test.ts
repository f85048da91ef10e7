import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { claimIn } from '../certainty/helpers.js';
import { newDoc } from '../../../src/nlp/doc.js';
import { runPipeline } from '../../../src/nlp/pipeline.js';
import { entityGenders, phraseGender, pronounGender } from '../../../src/nlp/attribution/gender.js';

// Sentences written for these tests (not taken from any corpus): a pronoun speaker goes to a person of its gender.
const speaker = (text: string, anchor: string): string => claimIn(text, anchor).attribution.map((l) => l.source).join(' > ');

describe('pronoun speakers and the gender the report shows', () => {
  it('"she said" after a man spoke goes to the woman named since', () => {
    const text = 'Prime Minister John Carter said the economy was recovering. His deputy, Sarah Miles, met union leaders in Leeds on Tuesday. She said the talks were productive.';
    assert.match(speaker(text, 'the talks were productive'), /Miles/);
    // negative: "he said" stays with the man who spoke
    const same = 'Prime Minister John Carter said the economy was recovering. His deputy, Sarah Miles, met union leaders in Leeds on Tuesday. He said the talks were productive.';
    assert.match(speaker(same, 'the talks were productive'), /Carter/);
  });
  it('titles and role nouns tell the gender of a surname', () => {
    const text = 'Ms Okafor leads the agency. Mr Bello, the minister, visited the camp on Monday. She said conditions were dire.';
    assert.match(speaker(text, 'conditions were dire'), /Okafor/);
    const he = 'Ms Okafor leads the agency. Mr Bello, the minister, visited the camp on Monday. He said conditions were dire.';
    assert.match(speaker(he, 'conditions were dire'), /Bello/);
  });
  it('without any sign of gender the last speaker is kept', () => {
    const text = 'Analyst Robin Vale said prices would rise. Officials in Tarsk met on Tuesday. She said demand was weak.';
    assert.match(speaker(text, 'demand was weak'), /Vale/);
  });
});

describe('gender helpers', () => {
  it('pronouns, titles, role nouns and given names', () => {
    assert.equal(pronounGender('He'), 'm');
    assert.equal(pronounGender('her'), 'f');
    assert.equal(pronounGender('they'), undefined);
    assert.equal(phraseGender('Mr Bello'), 'm');
    assert.equal(phraseGender('the ministry spokeswoman'), 'f');
    assert.equal(phraseGender('Angela Merkel'), 'f');
    assert.equal(phraseGender('Officials'), undefined);
    // "Kim Jong Un": a family name written first is no given name
    assert.equal(phraseGender('Kim Jong Un'), undefined);
  });
  it('a title outweighs the given name; a role noun in apposition counts', () => {
    const doc = runPipeline(newDoc({ id: 't', text: 'Jane Porter, a spokeswoman for the council, spoke on Monday. Mr Hale arrived later.', language: 'en', publishedAt: '2024-03-06' }));
    const g = entityGenders(doc);
    const id = (name: string): string | undefined => doc.entities.find((e) => e.name.includes(name))?.id;
    assert.equal(g.get(id('Porter') ?? ''), 'f');
    assert.equal(g.get(id('Hale') ?? ''), 'm');
  });
});
