// One name spelt with and without letters Unicode does not decompose ("Taner Yıldız" / "Taner Yildiz", "Wałęsa" /
// "Walesa") is one story entity, so the minister's statements in reports of both spellings are one story event.
// Hand-built analyses; reference date 2014-05-14.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fx } from '../store/fixtures.js';
import { buildStory, foldLetters, type StoryDoc } from '../../src/story/build.js';
import { normName } from '../../src/store/rows.js';
import type { Analysis } from '../../src/core/types.js';

const sd = (a: Analysis): StoryDoc => ({ a, row: { id: a.document.id, outlet: a.document.outlet, title: a.document.title, publishedAt: a.document.publishedAt } });
const said = (outlet: string, name: string, qid?: string) => fx({ text: `${name} said on Wednesday that 787 workers were underground in Soma.`, publishedAt: '2014-05-14', outlet,
  entities: [{ name, type: 'PERSON', ...(qid ? { qid } : {}) }, { name: 'Soma', type: 'GPE' }],
  times: [{ text: 'Wednesday', value: '2014-05-14' }],
  events: [{ type: 'STATEMENT', trigger: 'said', args: { agent: ['e1'], location: ['e2'], time: [0] } }] });

test('foldLetters folds the letters that do not decompose, and nothing else', () => {
  assert.equal(foldLetters(normName('Taner Yıldız')), 'taner yildiz');
  assert.equal(foldLetters(normName('Lech Wałęsa')), 'lech walesa');
  assert.equal(foldLetters(normName('Søren Kierkegaard')), 'soren kierkegaard');
  assert.equal(foldLetters('straße'), 'strasse');
  // plain letters and other scripts are left as they are
  fc.assert(fc.property(fc.stringMatching(/^[a-z ]{0,20}$/), (s) => foldLetters(s) === s));
  assert.equal(foldLetters('москва'), 'москва');
  // characters of a regular expression's class syntax are plain characters here: nothing is folded but the listed letters
  for (const x of ['a-z', ']', '^x', '\\d', 'a.b'])
    assert.equal(foldLetters(x), x, x);
});

test('the statements of one minister spelt two ways are one story event; another name or another Wikidata item is not', () => {
  const s = buildStory('s', [sd(said('AP', 'Taner Yıldız')), sd(said('Reuters', 'Taner Yildiz'))]);
  const st = s.events.filter((e) => e.type === 'STATEMENT');
  assert.equal(st.length, 1, JSON.stringify(st));
  assert.equal(st[0]!.documents.length, 2);
  // a different name stays apart
  const s2 = buildStory('s', [sd(said('AP', 'Taner Yıldız')), sd(said('Reuters', 'Taner Yilmaz'))]);
  assert.equal(s2.events.filter((e) => e.type === 'STATEMENT').length, 2);
  // two Wikidata items of the same folded name are two people
  const s3 = buildStory('s', [sd(said('AP', 'Taner Yıldız', 'Q111')), sd(said('Reuters', 'Taner Yildiz', 'Q222'))]);
  assert.equal(s3.events.filter((e) => e.type === 'STATEMENT').length, 2);
});

test('two unlinked names kept apart by their KB names stay two entities; folding joins only a changed spelling', () => {
  const at = (outlet: string, kbName: string) => {
    const a = said(outlet, 'Taner Yildiz');
    const paris = a.entities!.find((e) => e.name === 'Soma')!;
    paris.name = 'Paris'; paris.kb = { name: kbName };
    return a;
  };
  const s = buildStory('s', [sd(at('AP', 'Paris')), sd(at('Reuters', 'Paris, Texas'))]);
  const places = s.entities.filter((e) => e.name === 'Paris');
  assert.equal(places.length, 2, JSON.stringify(s.entities));
  // the same KB name is one entity
  const s2 = buildStory('s', [sd(at('AP', 'Paris')), sd(at('Reuters', 'Paris'))]);
  assert.equal(s2.entities.filter((e) => e.name === 'Paris').length, 1, JSON.stringify(s2.entities));
});

test('a chain of joins never puts two Wikidata items in one entity', () => {
  // "Taner Yıldız" (Q111) and the unlinked "Taner Yildiz" are one by spelling; the short "Yildiz" of another item
  // (Q222) would join the unlinked one by name coreference, and so the first item: it stays apart
  const s = buildStory('s', [sd(said('AP', 'Taner Yıldız', 'Q111')), sd(said('Reuters', 'Taner Yildiz')), sd(said('AFP', 'Yildiz', 'Q222'))]);
  const first = s.entities.find((e) => e.kb?.wikidata === 'Q111');
  assert.equal(first?.documents, 2, JSON.stringify(s.entities));
  assert.ok(!s.entities.some((e) => e.kb?.wikidata === 'Q111' && e.documents === 3));
  // without the second item the three are one person, named in all three reports
  const s2 = buildStory('s', [sd(said('AP', 'Taner Yıldız', 'Q111')), sd(said('Reuters', 'Taner Yildiz')), sd(said('AFP', 'Yildiz'))]);
  assert.equal(s2.entities.find((e) => e.kb?.wikidata === 'Q111')?.documents, 3, JSON.stringify(s2.entities));
});
