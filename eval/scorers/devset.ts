// Held-out development set (eval/devset/): 14 reports written for newsgraph, scored with the shared
// scorer exactly like the examples. Measure only: never tune rules against these files.
// Usage: part of `npm run eval`; standalone: node dist/eval/scorers/devset.js
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot, sharedDir } from '../../src/core/shared.js';

export default async function run(shared: string): Promise<void> {
  const scorer = join(shared, 'tools', 'score.mjs');
  const devset = join(projectRoot, 'eval', 'devset');
  if (!existsSync(scorer)) { console.log(`devset: no scorer at ${scorer}`); return; }
  if (!existsSync(devset)) { console.log(`devset: no devset at ${devset}`); return; }
  const argv = [scorer, '--cmd', join(projectRoot, 'bin', 'newsgraph'), ...(process.env.EVAL_VERBOSE ? ['--verbose'] : []), devset];
  try {
    const out = execFileSync(process.execPath, argv, { encoding: 'utf8', maxBuffer: 1 << 26 });
    console.log(out.trimEnd());
  } catch (e) {
    // the scorer exits 1 only when a --min is missed; print whatever it wrote
    const err = e as { stdout?: string; message?: string };
    console.log((err.stdout ?? '').trimEnd() || `devset: scorer failed: ${err.message ?? String(e)}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const shared = sharedDir();
  if (!shared) console.log('devset: ../shared is absent (scorer); nothing to measure');
  else await run(shared);
}
