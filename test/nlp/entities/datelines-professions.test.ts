// Datelines that open a text ("KIGALI, Rwanda (AP) —") name a place although the line has no lower-case word, and a
// capitalised profession before a name at a sentence start ("Seismologist Ana Ruiz said") is no part of the name.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../src/analyze.js';

const ents = (text: string) => analyze(text, { publishedAt: '2024-05-02' }).entities.map((e) => `${e.name}:${e.type}`).sort();

describe('a dateline on the first line of a text', () => {
  it('keeps its all-caps place (city then country)', () => {
    const got = ents('MOMBASA, Kenya (AP) — Port workers walked out on Tuesday over unpaid wages.\n\nThe union said talks would resume.');
    assert.ok(got.includes('Mombasa:GPE'), got.join(', '));
    assert.ok(got.includes('Kenya:GPE'), got.join(', '));
  });
  it('keeps its all-caps place before a date and an agency', () => {
    const got = ents('GENEVA, May 2 (Reuters) - The talks ended without a deal, officials said.\n\nThey will meet again in June.');
    assert.ok(got.includes('Geneva:GPE'), got.join(', '));
  });
  it('does not make an all-caps headline word a place', () => {
    const got = ents('BREAKING NEWS UPDATE\n\nThe talks ended without a deal, officials said on Thursday.');
    assert.deepEqual(got.filter((x) => /BREAKING|NEWS|UPDATE/i.test(x)), []);
  });
});

describe('a capitalised profession before a name', () => {
  it('is cut from the person ("Seismologist", "Fly-half")', () => {
    const got = ents('Seismologist Odalys Quintanilla told reporters the tremors had eased. Fly-half Tevita Lomu kicked two penalties.');
    assert.ok(got.includes('Odalys Quintanilla:PERSON'), got.join(', '));
    assert.ok(got.includes('Tevita Lomu:PERSON'), got.join(', '));
    assert.ok(!got.some((x) => x.startsWith('Seismologist')), got.join(', '));
  });
  it('keeps the name after a title the lexicon already had ("Coach")', () => {
    const got = ents('Coach Marek Winger said the squad was tired.');
    assert.ok(got.includes('Marek Winger:PERSON'), got.join(', '));
  });
});
