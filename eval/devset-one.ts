// One held-out or development set through the shared scorer (as eval/scorers/devset.ts runs them all), so a single set
// can be measured cheaply: `EVAL_MISS_KINDS=1 node dist/eval/devset-one.js eval/devset-k` (counts of misses by kind).
// Usage: node dist/eval/devset-one.js FOLDER
// No folder, or one that is not a folder: one line on stderr and exit code 2 (a user's error, as src/core/errors.ts has it).
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedDir } from '../src/core/shared.js';
import { runSharedScorer } from './shared-scorer.js';
import { folderArgError } from './folder-arg.js';

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2];
  const err = folderArgError('devset-one: usage: node dist/eval/devset-one.js FOLDER', dir);
  const shared = sharedDir();
  if (err) { console.error(err); process.exitCode = 2; }
  else if (!shared) console.log('devset-one: ../shared is absent (scorer); nothing to measure');
  else runSharedScorer(shared, resolve(dir!), basename(resolve(dir!)));
}
