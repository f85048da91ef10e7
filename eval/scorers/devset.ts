// Held-out development sets (every eval/devset*/ folder: devset, devset-b, …): reports written for newsgraph,
// scored with the shared scorer exactly like the examples. Measure only: never tune rules against these files.
// Each set's README says when it was written and on which commit it was first scored.
// Usage: part of `npm run eval`; standalone: node dist/eval/scorers/devset.js
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot, sharedDir } from '../../src/core/shared.js';
import { runSharedScorer } from '../shared-scorer.js';

export default async function run(shared: string): Promise<void> {
  if (!existsSync(join(shared, 'tools', 'score.mjs'))) { console.log(`devset: no scorer in ${shared}/tools`); return; }
  const names = readdirSync(join(projectRoot, 'eval')).filter((n) => /^devset(-[a-z0-9]+)?$/.test(n)).sort();
  if (!names.length) { console.log('devset: no eval/devset* folder'); return; }
  for (const name of names) {
    const dir = join(projectRoot, 'eval', name);
    console.log(`### ${name}`);
    runSharedScorer(shared, dir, name);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const shared = sharedDir();
  if (!shared) console.log('devset: ../shared is absent (scorer); nothing to measure');
  else await run(shared);
}
