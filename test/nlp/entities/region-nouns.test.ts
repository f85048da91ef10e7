// Issue 3: a lower-case region noun after a place name ("Washington state", "New York state", "Kursk region") picks
// the KB's region of that name, not the capital or city sharing it; without the noun, or with another lower-case word,
// the usual choice stands. Real KB; sentences written for these tests.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bySurface, names, run } from './run-entities.js';

describe('entities: "X state", "the X region"', () => {
  it('links the region', () => {
    for (const [text, surface] of [
      ['The fire spread across Washington state overnight.', 'Washington'],
      ['Officials in New York state said schools would close.', 'New York'],
    ] as const) {
      const doc = run(text);
      const e = bySurface(doc, surface);
      assert.equal(e?.kind, 'REGION', `${text} -> ${names(doc)} ${e?.kb?.wikidata}`);
    }
    const wa = bySurface(run('The fire spread across Washington state overnight.'), 'Washington');
    assert.equal(wa?.kb?.wikidata, 'Q1223');
  });
  it('keeps the usual choice without a region noun', () => {
    for (const [text, surface] of [
      ['Officials in Washington said the talks would resume.', 'Washington'],
      ['Officials in New York said schools would close.', 'New York'],
      ['Washington officials said the talks would resume.', 'Washington'],
    ] as const) {
      const doc = run(text);
      assert.notEqual(bySurface(doc, surface)?.kind, 'REGION', `${text} -> ${names(doc)}`);
    }
  });
});
