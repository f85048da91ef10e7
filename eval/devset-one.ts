// One held-out or development set through the shared scorer (as eval/scorers/devset.ts runs them all), so a single set
// can be measured cheaply: `EVAL_MISS_KINDS=1 node dist/eval/devset-one.js eval/devset-k` (counts of misses by kind).
// Usage: node dist/eval/devset-one.js FOLDER
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedDir } from '../src/core/shared.js';
import { runSharedScorer } from './shared-scorer.js';

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const shared = sharedDir();
  const dir = process.argv[2];
  if (!dir) console.log('usage: node dist/eval/devset-one.js FOLDER');
  else if (!shared) console.log('devset-one: ../shared is absent (scorer); nothing to measure');
  else runSharedScorer(shared, resolve(dir), basename(resolve(dir)));
}
