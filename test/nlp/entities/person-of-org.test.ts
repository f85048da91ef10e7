// "PERSON found as ORG, span longer": "Entomologist Kabirul Bashar of Jahangirnagar University said" was one
// organisation. A person the tagger reads as one, then "of" and a headed name, is the person and their affiliation.
// Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bySurface, names, run } from './run-entities.js';
import { newDoc } from '../../../src/nlp/doc.js';
import { docTokens } from '../../../src/nlp/entities/tokenize.js';
import { currentKb } from '../../../src/nlp/entities/kbview.js';
import { collectCandidates, sentenceRanges, tagDocument } from '../../../src/nlp/entities/recognize.js';
import { defaultTagger } from '../../../src/nlp/entities/tagger.js';

test('a tagged person before "of" and a headed name is split from the organisation', () => {
  for (const [text, person, org] of [
    ['Entomologist Kabirul Bashar of Jahangirnagar University said the mosquito was now common.', 'Kabirul Bashar', 'Jahangirnagar University'],
    ['Professor Mark Tarrow of Halden University said so.', 'Mark Tarrow', 'Halden University'],
  ] as const) {
    const d = run(text);
    assert.equal(bySurface(d, person)?.type, 'PERSON', `${text} -> ${names(d)}`);
    assert.equal(bySurface(d, org)?.type, 'ORG', `${text} -> ${names(d)}`);
  }
});

test('negative: a head word before "of" keeps the name whole', () => {
  for (const [text, org] of [
    ['The University of Halden said so.', 'University of Halden'],
    ['The Bank of Halden said so.', 'Bank of Halden'],
  ] as const) {
    const d = run(text);
    assert.equal(bySurface(d, org)?.type, 'ORG', `${text} -> ${names(d)}`);
  }
});

test('bound: the person-of-org check scans only its own run (candidate collection grows linearly with the text)', () => {
  // each capitalised run used to scan the document from its start for its "of": quadratic, 12,000 runs took about 6 s.
  // Wall-clock limits fail on a busy machine, so the test times the rule's own stage, candidate collection, on n and
  // 4n sentences (best of five runs each): linear growth is about 4x, quadratic about 16x; it must stay well below 9x.
  const sentence = 'Mark Tarrow of Halden University met Ann Lee Park on Monday.';
  const input = (n: number) => {
    const doc = newDoc({ id: 'x', text: Array.from({ length: n }, () => sentence).join(' '), language: 'en', publishedAt: '2024-03-26' });
    const toks = docTokens(doc);
    const kb = currentKb();
    const sents = sentenceRanges(toks);
    const lowerSeen = new Set<string>();
    for (const t of toks) if (t.isWord && !t.cap && !t.headline) lowerSeen.add(t.lower);
    return { text: doc.text, toks, sents, kb, labels: tagDocument(defaultTagger(), toks, sents, lowerSeen, kb), lowerSeen };
  };
  const time = (inp: ReturnType<typeof input>) => { const t0 = performance.now(); collectCandidates(inp); return performance.now() - t0; };
  const small = input(1000), large = input(4000);
  // warm-up of both (compiled code, lazily built lexicons), then the best of five runs each, interleaved so that a
  // burst of load on a shared machine hits both sizes alike
  time(small); time(large);
  let ts = Infinity, tl = Infinity;
  for (let r = 0; r < 5; r++) { ts = Math.min(ts, time(small)); tl = Math.min(tl, time(large)); }
  const ratio = tl / Math.max(ts, 1);
  assert.ok(ratio < 9, `4x the text took ${ratio.toFixed(1)}x the time`);
  // and the rule still splits the person from the organisation
  const d = run(Array.from({ length: 50 }, () => sentence).join(' '));
  assert.equal(bySurface(d, 'Mark Tarrow')?.type, 'PERSON');
});
