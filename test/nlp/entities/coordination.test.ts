// Issue 3: an unknown name coordinated with an organisation the KB or a head word typed ("Ofcom and the Competition
// and Markets Authority", "Brennick and Microsoft", "Ofcom, Tarvel and Microsoft") is an organisation, not the
// tagger's default person; names that read as persons, appositions and person lists stay persons.
// Real KB for the stage runs; invented names and sentences written for these tests.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bySurface, names, run } from './run-entities.js';
import { coordinatedWithOrg, type CoordSpan } from '../../../src/nlp/entities/cues.js';
import { tokenize } from '../../../src/nlp/entities/tokenize.js';

describe('entities: names coordinated with an organisation', () => {
  it('types an unknown name joined to a known or headed organisation as an organisation', () => {
    for (const [text, name] of [
      ['The deal was reviewed by Ofcom and the Competition and Markets Authority.', 'Ofcom'],
      ['Brennick and Microsoft signed the deal on Monday.', 'Brennick'],
      ['The contract went to Siemens and Brennick last year.', 'Brennick'],
    ] as const) {
      const doc = run(text);
      assert.equal(bySurface(doc, name)?.type, 'ORG', `${text} -> ${names(doc)}`);
    }
  });
  it('leaves persons alone: a known given name, an apposition, persons joined to persons', () => {
    for (const [text, name] of [
      ['Kim Hall and Microsoft signed the deal on Monday.', 'Kim Hall'],
      ["Smith, Microsoft's president, said the deal was done.", 'Smith'],
      ['Talvorn said he would meet Putin and Xi.', 'Talvorn'],
    ] as const) {
      const doc = run(text);
      assert.equal(bySurface(doc, name)?.type, 'PERSON', `${text} -> ${names(doc)}`);
    }
  });
  it('needs "and" / "or", or a comma inside a list that goes on', () => {
    const toks = tokenize('They met Tarvel, Ovrix and Benco. They met Tarvel, Benco said.');
    const idx = (w: string, from = 0) => toks.findIndex((t, i) => i >= from && t.text === w);
    const org = (k: number): CoordSpan => ({ s: k, e: k + 1, strongOrg: true });
    const second = idx('They', 1);
    const spans = new Map<number, CoordSpan>([[idx('Ovrix'), org(idx('Ovrix'))], [idx('Benco'), org(idx('Benco'))], [idx('Benco', second), org(idx('Benco', second))]]);
    const at = (k: number) => spans.get(k);
    const endAt = (k: number) => spans.get(k);
    const o = idx('Ovrix');
    assert.equal(coordinatedWithOrg(toks, idx('Benco'), idx('Benco') + 1, () => undefined, (k) => (k === o ? org(o) : undefined)), true, 'Ovrix and Benco, from the left');
    const t1 = idx('Tarvel');
    assert.equal(coordinatedWithOrg(toks, t1, t1 + 1, at, endAt), true, 'Tarvel, Ovrix and Benco');
    const t2 = idx('Tarvel', second);
    assert.equal(coordinatedWithOrg(toks, t2, t2 + 1, at, endAt), false, 'Tarvel, Benco said');
    const weak = (k: number): CoordSpan | undefined => { const s = spans.get(k); return s && { ...s, strongOrg: false }; };
    assert.equal(coordinatedWithOrg(toks, t1, t1 + 1, weak, weak), false, 'a neighbour only the tagger typed does not count');
  });
});
