// train-ner refuses bad arguments with one line and exit 2, before it writes anything (it rewrites the word
// classes and clusters in data/models on a real run).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { projectRoot } from '../../src/core/shared.js';

const SCRIPT = fileURLToPath(new URL('../../scripts/train-ner.js', import.meta.url));
const MODELS = ['ner-wordclass.json', 'ner-clusters.json'].map((f) => join(projectRoot, 'data', 'models', f));

const cases: [string, string[], Record<string, string>, RegExp][] = [
  ['epochs that are not a number', ['/nonexistent-shared', 'abc'], {}, /epochs must be a whole number/],
  ['zero epochs', ['/nonexistent-shared', '0'], {}, /epochs must be a whole number/],
  ['an unknown decoder', ['/nonexistent-shared', '3'], { NER_DECODE: 'beam' }, /NER_DECODE must be greedy or viterbi/],
  ['a folder without corpora', ['/nonexistent-shared', 'auto'], {}, /no corpora directory under \/nonexistent-shared/],
];

for (const [what, args, env, msg] of cases) {
  test(`train-ner: ${what} is one line and exit 2, nothing written`, () => {
    const before = MODELS.map((f) => readFileSync(f, 'utf8'));
    const r = spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 30_000 });
    assert.equal(r.status, 2, r.stderr + r.stdout);
    assert.match(r.stderr, msg);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.deepEqual(MODELS.map((f) => readFileSync(f, 'utf8')), before);
  });
}
