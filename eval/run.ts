// npm run eval: accuracy runs. First the shared scorer on ../shared/examples, then every scorer in
// eval/scorers/ (corpus metrics: TimeML, NER, geocoding, PolNeAR, factuality, events, stories, ECB+).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot, sharedDir } from '../src/core/shared.js';

const shared = sharedDir();
if (!shared) { console.log('eval: ../shared is absent (examples, corpora, scorer); nothing to measure'); process.exit(0); }
const only = process.argv.slice(2);

if (!only.length || only.includes('examples')) {
  console.log('## examples (../shared/tools/score.mjs)');
  try {
    const out = execFileSync(process.execPath, [join(shared, 'tools', 'score.mjs'), '--cmd', join(projectRoot, 'bin', 'newsgraph'),
      ...(process.env.EVAL_VERBOSE ? ['--verbose'] : []), join(shared, 'examples')], { encoding: 'utf8', maxBuffer: 1 << 26 });
    console.log(out);
  } catch (e) { console.log((e as { stdout?: string }).stdout ?? String(e)); }
}

const dir = fileURLToPath(new URL('./scorers/', import.meta.url));
if (existsSync(dir)) {
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.js')).sort()) {
    const name = f.replace(/\.js$/, '');
    if (only.length && !only.includes(name)) continue;
    console.log(`\n## ${name}`);
    const t0 = performance.now();
    try {
      const mod = (await import(join(dir, f))) as { default: (shared: string) => Promise<void> };
      await mod.default(shared);
    } catch (e) {
      console.log(`scorer ${name} failed: ${(e as Error).stack ?? e}`);
      process.exitCode = 1;
    }
    console.log(`(${name}: ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  }
}
