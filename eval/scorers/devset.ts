// Held-out development sets (eval/devset/, eval/devset-b/): reports written for newsgraph, scored with the
// shared scorer exactly like the examples. Measure only: never tune rules against these files.
// devset-b was written in stop 12 and first scored on commit 508a42d (its README keeps that run).
// Usage: part of `npm run eval`; standalone: node dist/eval/scorers/devset.js
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot, sharedDir } from '../../src/core/shared.js';
import { runSharedScorer } from '../shared-scorer.js';

export default async function run(shared: string): Promise<void> {
  if (!existsSync(join(shared, 'tools', 'score.mjs'))) { console.log(`devset: no scorer in ${shared}/tools`); return; }
  for (const name of ['devset', 'devset-b']) {
    const dir = join(projectRoot, 'eval', name);
    if (!existsSync(dir)) { console.log(`${name}: no set at ${dir}`); continue; }
    console.log(`### ${name}`);
    runSharedScorer(shared, dir, name);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const shared = sharedDir();
  if (!shared) console.log('devset: ../shared is absent (scorer); nothing to measure');
  else await run(shared);
}
