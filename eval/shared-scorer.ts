// Runs ../shared/tools/score.mjs on a folder of reports with gold files through bin/newsgraph and prints
// what it wrote: the shared examples (eval/run.ts) and the held-out devsets (scorers/devset.ts) alike.
// EVAL_VERBOSE=1 passes --verbose (every miss is listed); EVAL_MISS_KINDS=1 prints only counts of the misses by
// kind, with no text (for held-out sets, whose misses nobody may read).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../src/core/shared.js';
import { countMissKinds } from './miss-kinds.js';

export function runSharedScorer(shared: string, dir: string, name: string): void {
  const kinds = Boolean(process.env.EVAL_MISS_KINDS);
  const argv = [join(shared, 'tools', 'score.mjs'), '--cmd', join(projectRoot, 'bin', 'newsgraph'), ...(process.env.EVAL_VERBOSE || kinds ? ['--verbose'] : []), dir];
  let out: string;
  try {
    out = execFileSync(process.execPath, argv, { encoding: 'utf8', maxBuffer: 1 << 26 }).trimEnd();
  } catch (e) {
    // the scorer exits 1 only when a --min is missed; print whatever it wrote
    const err = e as { stdout?: string; message?: string };
    out = (err.stdout ?? '').trimEnd() || `${name}: scorer failed: ${err.message ?? String(e)}`;
  }
  if (!kinds) { console.log(out); return; }
  // only the score line and the counts: per-document lines and miss texts stay unprinted
  const score = out.split('\n').filter((l) => /score:/.test(l));
  console.log([...score, ...countMissKinds(out).map(([k, c]) => `  ${String(c).padStart(4)}  ${k}`)].join('\n'));
}
