// Held-out development sets (eval/devset/, eval/devset-b/): reports written for newsgraph, scored with the
// shared scorer exactly like the examples. Measure only: never tune rules against these files.
// devset-b was written in stop 12 and first scored on that stop's final code (its README keeps that run).
// Usage: part of `npm run eval`; standalone: node dist/eval/scorers/devset.js
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot, sharedDir } from '../../src/core/shared.js';

export default async function run(shared: string): Promise<void> {
  const scorer = join(shared, 'tools', 'score.mjs');
  if (!existsSync(scorer)) { console.log(`devset: no scorer at ${scorer}`); return; }
  for (const name of ['devset', 'devset-b']) {
    const devset = join(projectRoot, 'eval', name);
    if (!existsSync(devset)) { console.log(`${name}: no set at ${devset}`); continue; }
    console.log(`### ${name}`);
    score(scorer, devset, name);
  }
}

function score(scorer: string, devset: string, name: string): void {
  const argv = [scorer, '--cmd', join(projectRoot, 'bin', 'newsgraph'), ...(process.env.EVAL_VERBOSE ? ['--verbose'] : []), devset];
  try {
    const out = execFileSync(process.execPath, argv, { encoding: 'utf8', maxBuffer: 1 << 26 });
    console.log(out.trimEnd());
  } catch (e) {
    // the scorer exits 1 only when a --min is missed; print whatever it wrote
    const err = e as { stdout?: string; message?: string };
    console.log((err.stdout ?? '').trimEnd() || `${name}: scorer failed: ${err.message ?? String(e)}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const shared = sharedDir();
  if (!shared) console.log('devset: ../shared is absent (scorer); nothing to measure');
  else await run(shared);
}
