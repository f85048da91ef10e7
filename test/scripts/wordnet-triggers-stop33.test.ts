// The generator of data/lexicon/events-triggers-wordnet.tsv (scripts/lexicon/wordnet.ts, wordnet-file.ts): its output is
// the committed file (header date aside), it is stable run to run, and its sense filter, hyponym depth, derivations
// and exclusions do what the anchors file says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/core/shared.js';
import { dominantSense, loadWordNet, parseAnchors, parseWordNet, wordnetEntries } from '../../scripts/lexicon/wordnet.js';
import { wordnetTriggerFile } from '../../scripts/lexicon/wordnet-file.js';

const body = (t: string): string => t.split('\n').filter((l) => !l.startsWith('#')).join('\n');
const wn = loadWordNet(projectRoot);
const off = (w: string, pos: 'n' | 'v', sense: number): string => wn.index[pos].get(w)![sense - 1]!;

test('generator: the committed WordNet trigger file is what the generator writes, and the same twice', () => {
  const committed = readFileSync(join(projectRoot, 'data', 'lexicon', 'events-triggers-wordnet.tsv'), 'utf8');
  const a = wordnetTriggerFile(projectRoot, '2026-12-01');
  assert.equal(body(a), body(committed), 'rerun node dist/scripts/lexicon/make-wordnet-triggers.js');
  assert.equal(a, wordnetTriggerFile(projectRoot, '2026-12-01'));
  assert.match(a, /Princeton University/);
  assert.match(a, /Generated 2026-12-01 from \d+ anchor senses/);
});

test('generator: only a word\'s first or dominant sense counts', () => {
  assert.equal(dominantSense(wn, 'shut_down', 'v', off('close', 'v', 3)), true);
  assert.equal(dominantSense(wn, 'close', 'v', off('close', 'v', 3)), false, 'close: first sense is shutting a door');
  assert.equal(dominantSense(wn, 'rule', 'v', off('rule', 'v', 2)), false, 'rule: first sense is governing');
  assert.equal(dominantSense(wn, 'furlough', 'v', off('lay_off', 'v', 2)), true);
  assert.equal(dominantSense(wn, 'nosuchword', 'v', off('lay_off', 'v', 2)), false);
});

test('generator: depth, derivations, the hand lexicon, conflicts and exclusions', () => {
  const { anchors } = parseAnchors('PRAISE\tpraise.v.1\t0\tderive\n');
  const d0 = wordnetEntries(wn, anchors, new Set()).map((e) => e.lemma);
  assert.ok(d0.includes('praise'));
  assert.ok(!d0.includes('eulogize'), 'a hyponym needs depth 1');
  const d1 = wordnetEntries(wn, parseAnchors('PRAISE\tpraise.v.1\t1\tderive\n').anchors, new Set()).map((e) => e.lemma);
  assert.ok(d1.includes('eulogize') && d1.includes('eulogy'), d1.join(','));
  // the hand lexicon's words are left out
  assert.ok(!wordnetEntries(wn, anchors, new Set(['praise'])).some((e) => e.lemma === 'praise'));
  // derived person nouns (noun.person) and gerunds are no events
  const acc = wordnetEntries(wn, parseAnchors('ACCUSE\taccuse.v.1\t0\tderive\n').anchors, new Set()).map((e) => e.lemma);
  assert.ok(acc.includes('accusation') && !acc.includes('accuser'), acc.join(','));
  // a word two types claim is out
  const both = wordnetEntries(wn, parseAnchors('RESIGN\tresign.v.1\t0\t-\nDISMISS\tresign.v.1\t0\t-\n').anchors, new Set());
  assert.deepEqual(both, []);
  // a word reviewed out
  const { anchors: a2, excluded } = parseAnchors('ACCUSE\taccuse.v.1\t0\tderive\n-\taccusation\n');
  assert.ok(!wordnetEntries(wn, a2, new Set(), excluded).some((e) => e.lemma === 'accusation'));
  assert.throws(() => parseAnchors('ACCUSE\taccuse\t0\t-\n'), /bad row/);
});

test('generator: parses a hand-made WordNet, multiword verbs only with a particle', () => {
  const data = (lines: string[]) => lines.join('\n') + '\n';
  const w = parseWordNet((name) => ({
    'index.verb': data(['quit v 1 0 1 1 00000001', 'step_down v 1 0 1 1 00000001', 'try_for v 1 0 1 1 00000001']),
    'index.noun': data([]),
    'data.verb': data(['00000001 41 v 03 quit 0 step_down 0 try_for 0 000 | leave']),
    'data.noun': data([]),
    'index.sense': data([]),
  })[name]!);
  const e = wordnetEntries(w, parseAnchors('RESIGN\tquit.v.1\t0\t-\n').anchors, new Set());
  assert.deepEqual(e.map((x) => x.lemma), ['quit', 'step down']);
});
