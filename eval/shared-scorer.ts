// Runs ../shared/tools/score.mjs on a folder of reports with gold files through bin/newsgraph and prints
// what it wrote: the shared examples (eval/run.ts) and the held-out devsets (scorers/devset.ts) alike.
// EVAL_VERBOSE=1 passes --verbose (every miss is listed).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../src/core/shared.js';

export function runSharedScorer(shared: string, dir: string, name: string): void {
  const argv = [join(shared, 'tools', 'score.mjs'), '--cmd', join(projectRoot, 'bin', 'newsgraph'), ...(process.env.EVAL_VERBOSE ? ['--verbose'] : []), dir];
  try {
    console.log(execFileSync(process.execPath, argv, { encoding: 'utf8', maxBuffer: 1 << 26 }).trimEnd());
  } catch (e) {
    // the scorer exits 1 only when a --min is missed; print whatever it wrote
    const err = e as { stdout?: string; message?: string };
    console.log((err.stdout ?? '').trimEnd() || `${name}: scorer failed: ${err.message ?? String(e)}`);
  }
}
