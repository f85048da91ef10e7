// Issue 3: one capitalised word the tagger alone reads as a person's, written once and never with a first name, title or
// role, is typed OTHER (kept as an event argument, not scored as a person). Was:
// role, is dropped: news introduces a person by full name, so such a word is mostly a product, a place or a craft the
// KB lacks ("Leqembi", "Raptor"). On the measure-only sets m–z this was the commonest false positive of the tagger.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../src/analyze.js';
import { names, run } from './run-entities.js';

const hasPerson = (text: string, name: string): boolean => run(text).entities.some((e) => e.name === name && e.type === 'PERSON');

describe('entities: a lone one-word person guess', () => {
  it('an unknown word met once, guessed a person by the tagger alone, is no person (another kind of name)', () => {
    for (const [t, n] of [['The regulator approved Leqembi last year.', 'Leqembi'], ['The new Raptor engine was tested on Monday.', 'Raptor'], ['Officials blamed Marsal for the delay.', 'Marsal']] as const) {
      const doc = run(t);
      assert.equal(doc.entities.find((e) => e.name === n)?.type, 'OTHER', `${t} → ${names(doc)}`);
    }
  });
  it('the word typed OTHER stays the argument of its event ("blamed Marsal", "approved Leqembi")', () => {
    for (const [t, n] of [['Officials blamed Marsal for the delay.', 'Marsal'], ['The regulator approved Leqembi last year.', 'Leqembi']] as const) {
      const a = analyze({ text: t }, { publishedAt: '2024-04-03' });
      const e = a.entities.find((x) => x.name === n);
      assert.equal(e?.type, 'OTHER', t);
      assert.ok(a.events.some((v) => Object.entries(v.args).some(([r, ids]) => r !== 'time' && ids.some((i) => String(i) === String(e!.id)))), `${t}: no event names ${n}`);
    }
  });
  it('negative: written twice, after a title, with a first name, or a listed surname — still a person', () => {
    assert.ok(hasPerson('Officials blamed Marsal for the delay. Marsal denied it.', 'Marsal'));
    assert.ok(hasPerson('Dr. Zorvath said the plan would fail.', 'Zorvath'));
    assert.ok(hasPerson('Officials blamed Tomas Marsal for the delay.', 'Tomas Marsal'));
    assert.ok(hasPerson('Officials blamed Gonzalez for the delay.', 'Gonzalez'));
    assert.ok(hasPerson('Officials blamed Nguyen for the delay.', 'Nguyen'));
  });
  it('introduced as a person in its sentence — an apposition with a person noun, a naming or speech word, a title — still a person', () => {
    // review 2026-12-01: the docstring kept such a name but the code looked only at the next word
    for (const t of ['The ministry confirmed the death of a tourist. The victim was identified as Kowarskiy, a local guide.',
      'The ministry confirmed the death of a tourist. The victim was identified as Kowarskiy.',
      'Police named Kowarskiy as the driver of the car.',
      '"We heard a loud bang," said Kowarskiy, who lives nearby.',
      'Rescuers found Kowarskiy, a retired teacher, under the rubble.',
      'The report was written by Inspector Kowarskiy on Monday.'] as const) {
      assert.ok(hasPerson(t, 'Kowarskiy'), `${t} → ${names(run(t))}`);
    }
  });
  it('negative: an apposition naming no person, "known as", a capitalised word after the article — still dropped', () => {
    for (const [t, n] of [['The regulator approved Leqembi, a drug for early Alzheimer\'s disease.', 'Leqembi'],
      ['The company tested Raptor, a new engine, on Monday.', 'Raptor'],
      ['The engine, known as Raptor, was tested on Monday.', 'Raptor'],
      ['Officials blamed Marsal, the ministry, for the delay.', 'Marsal']] as const) {
      const doc = run(t);
      assert.ok(!doc.entities.some((e) => e.name === n && e.type === 'PERSON'), `${t} → ${names(doc)}`);
    }
  });
  it('2,000 appositions finish fast', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `Officials blamed Zorb${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26) % 26)}ak, a very old local fishing guide from the hills.`).join(' ');
    const t0 = Date.now(); run(text); assert.ok(Date.now() - t0 < 10000);
  });
  it('a family named for the name makes it a person\'s ("The Pinault family, owners of …")', () => {
    assert.ok(hasPerson('The Pinault family, owners of the luxury group Kering, pledged 100 million euros.', 'Pinault'));
  });
  it('negative: a family word further on does not make the name a person\'s', () => {
    const doc = run('The regulator approved Leqembi, and the family of drugs grew.');
    assert.ok(!doc.entities.some((e) => e.name === 'Leqembi' && e.type === 'PERSON'), names(doc));
  });
  it('negative: a one-word place guess is kept ("at Tundikhel")', () => {
    const doc = run('The rally at Tundikhel drew thousands.');
    assert.ok(doc.entities.some((e) => e.name === 'Tundikhel'), names(doc));
  });
  it('2,000 distinct one-word guesses finish fast', () => {
    const words = Array.from({ length: 2000 }, (_, i) => `Zorb${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26) % 26)}ak`);
    const text = words.map((w) => `Officials blamed ${w} for the delay.`).join(' ');
    const t0 = Date.now(); run(text); assert.ok(Date.now() - t0 < 10000);
  });
});
