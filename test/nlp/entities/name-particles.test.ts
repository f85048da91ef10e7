// Person names with a lower-case particle ("Dorothea von Schlegel") that the tagger split in two are joined; plural
// day names are no entities.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { joinNameParticles } from '../../../src/nlp/entities/recognize.js';
import { tokenize } from '../../../src/nlp/entities/tokenize.js';
import { newDoc } from '../../../src/nlp/doc.js';
import { entitiesStage } from '../../../src/nlp/entities/index.js';

/** Spans given as [first word, last word, type] over the tokens of `text`. */
function join(text: string, spans: [string, string, string][]): string[] {
  const toks = tokenize(text);
  const at = (w: string) => toks.findIndex((t) => t.text === w);
  const sp = spans.map(([a, b, type]) => ({ s: at(a), e: at(b) + 1, type }));
  return joinNameParticles(toks, sp).map((x) => `${toks.slice(x.s, x.e).map((t) => t.text).join(' ')}:${x.type}`);
}

describe('joinNameParticles', () => {
  it('joins a person span, a particle and the surname the tagger typed apart', () => {
    assert.deepEqual(join('Her friend Dorothea von Schlegel wrote.', [['Dorothea', 'Dorothea', 'PER'], ['Schlegel', 'Schlegel', 'PER']]), ['Dorothea von Schlegel:PER']);
    assert.deepEqual(join('Students included Marcus du Sautoy and others.', [['Marcus', 'Marcus', 'PER'], ['Sautoy', 'Sautoy', 'MISC']]), ['Marcus du Sautoy:PER']);
    assert.deepEqual(join('He met Diego Silang y Andaya there.', [['Diego', 'Silang', 'PER'], ['Andaya', 'Andaya', 'LOC']]), ['Diego Silang y Andaya:PER']);
  });
  it('leaves spans apart across other words, after a non-person, before a long name, or "y" after one word', () => {
    assert.deepEqual(join('Smith of Paris spoke.', [['Smith', 'Smith', 'PER'], ['Paris', 'Paris', 'LOC']]), ['Smith:PER', 'Paris:LOC']);
    assert.deepEqual(join('Madrid de Real Club spoke.', [['Madrid', 'Madrid', 'LOC'], ['Real', 'Club', 'ORG']]), ['Madrid:LOC', 'Real Club:ORG']);
    assert.deepEqual(join('Pedro y Pablo came.', [['Pedro', 'Pedro', 'PER'], ['Pablo', 'Pablo', 'PER']]), ['Pedro:PER', 'Pablo:PER']);
    assert.deepEqual(join('Jean de Paris Charles de Gaulle Airport.', [['Jean', 'Jean', 'PER'], ['Paris', 'Airport', 'LOC']]).length, 2);
    assert.deepEqual(join('Anna de. Vries left.', [['Anna', 'Anna', 'PER'], ['Vries', 'Vries', 'PER']]), ['Anna:PER', 'Vries:PER']);
  });
});

describe('plural day names', () => {
  it('"on Tuesdays and Fridays" names nothing', () => {
    const doc = newDoc({ id: 'x', text: 'The market opens on Tuesdays and Fridays, the council said.', language: 'en', publishedAt: '2024-03-26' });
    entitiesStage.run(doc);
    assert.deepEqual(doc.entities.map((e) => e.name), []);
  });
});

describe('document propagation at a line end', () => {
  it('a name known from the body is found in a caption line followed by another capitalised line', () => {
    const text = 'Alvin Yeung from the Civic Party was elected, and Regina Ip kept her seat.\nAlvin Yeung of Civic Party\nRegina Ip of New People Party\nThe count ended at dawn.';
    const doc = newDoc({ id: 'x', text, language: 'en', publishedAt: '2024-03-26' });
    doc.sentences = [];
    let at = 0;
    for (const line of text.split('\n')) { doc.sentences.push({ start: at, end: at + line.length }); at += line.length + 1; }
    entitiesStage.run(doc);
    const caption = text.indexOf('Alvin Yeung of');
    const party = doc.entities.find((e) => e.name === 'Civic Party');
    assert.ok(party?.mentions.some((m) => m.start === caption + 'Alvin Yeung of '.length), JSON.stringify(doc.entities.map((e) => e.name)));
  });
  it('still does not take a name that runs on into a longer one in the same sentence', () => {
    const doc = newDoc({ id: 'x', text: 'Officials at Civic Party headquarters spoke. The Civic Party Youth League did not.', language: 'en', publishedAt: '2024-03-26' });
    entitiesStage.run(doc);
    const yl = text2(doc, 'Civic Party Youth');
    assert.ok(!doc.entities.some((e) => e.name === 'Civic Party' && e.mentions.some((m) => m.start === yl && m.end === yl + 'Civic Party'.length)));
  });
});
const text2 = (doc: { text: string }, s: string) => doc.text.indexOf(s);

describe('capitalised ordinary words are no names', () => {
  const ents = (text: string) => {
    const doc = newDoc({ id: 'x', text, language: 'en', publishedAt: '2024-03-26' });
    entitiesStage.run(doc);
    return doc.entities.map((e) => `${e.name}:${e.type}`);
  };
  it('"The Chief Executive resigned": no newspaper "The Chief" at the start of a title', () => {
    assert.deepEqual(ents('The Chief Executive resigned in June.'), []);
    assert.deepEqual(ents('Analysts said the Chief Financial Officer left the firm.'), []);
  });
  it('"the Suspect fled": one ordinary word after an article is no person', () => {
    assert.deepEqual(ents('Police said the Suspect fled on foot.'), []);
  });
  it('still finds names after an article and known outlets', () => {
    assert.ok(ents('The Chief Executive of Orvane Capital, Tobias Brenner, resigned.').includes('Tobias Brenner:PERSON'));
    assert.ok(ents('Reuters reported that the Pentagon had agreed.').includes('Reuters:ORG'));
  });
});
