// Issue 3: an unknown one-word company defaults to a person. Words only an organisation takes type it: the words
// right after the name ("Halvorsen employees", "Ostrander shares fell", "filed for bankruptcy", ", which makes"),
// "its" after its speech verb ("said on Tuesday that its profit rose"), and "a spokesman for X", "analysts at X".
// Real KB; invented names and sentences written for these tests.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bySurface, names, run } from './run-entities.js';

const lead = 'Markets fell sharply on Monday. ';

describe('entities: an unknown name typed as an organisation by the words after it', () => {
  it('"X employees", "X shares fell", "X filed for bankruptcy", "X, which makes" even opening the sentence', () => {
    for (const [text, name] of [
      ['Halvorsen employees staged a walkout.', 'Halvorsen'],
      ['Ostrander shares fell 4 percent.', 'Ostrander'],
      ['Ostrander filed for bankruptcy.', 'Ostrander'],
      ['Kessvik, which makes auto parts, said it would close two plants.', 'Kessvik'],
      ['A Brandvoll spokesman said the plant would reopen.', 'Brandvoll'],
    ] as const) {
      const doc = run(lead + text);
      assert.equal(bySurface(doc, name)?.type, 'ORG', `${text} -> ${names(doc)}`);
    }
  });
  it('"X said on Tuesday that its profit rose", "a spokesperson for X", "X reported a loss"', () => {
    for (const [text, name] of [
      ['Tarnell said on Tuesday that its profit rose.', 'Tarnell'],
      ['A spokesperson for Halvorsen declined to comment.', 'Halvorsen'],
      ['Dravo reported a loss of $2 billion.', 'Dravo'],
    ] as const) {
      const doc = run(lead + text);
      assert.equal(bySurface(doc, name)?.type, 'ORG', `${text} -> ${names(doc)}`);
    }
  });
  it('leaves people, ordinary words and other verbs alone', () => {
    // a person named in full, then by surname before "shares" as a verb and "said it"
    let doc = run('Marla Jensen chaired the panel. Jensen shares the view that rates will fall. Jensen said it would take years.');
    assert.equal(bySurface(doc, 'Jensen')?.type, 'PERSON', names(doc));
    // "its" beyond another noun phrase belongs to that noun
    doc = run('Tobias Brenner spoke on Monday. Brenner said the company had cut its costs.');
    assert.equal(bySurface(doc, 'Brenner')?.type, 'PERSON', names(doc));
    // an ordinary capitalised word before "employees" is no name
    doc = run(lead + 'Government employees staged a walkout.');
    assert.ok(!bySurface(doc, 'Government'), names(doc));
    // a known place keeps its type
    doc = run(lead + 'Paris employees staged a walkout.');
    assert.notEqual(bySurface(doc, 'Paris')?.type, 'ORG', names(doc));
  });
});
