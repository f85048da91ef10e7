// npm run eval: accuracy runs. First the shared scorer on ../shared/examples, then every scorer in
// eval/scorers/ (corpus metrics: TimeML, NER, geocoding, PolNeAR, factuality, events, stories, ECB+).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedDir } from '../src/core/shared.js';
import { runSharedScorer } from './shared-scorer.js';

const shared = sharedDir();
if (!shared) { console.log('eval: ../shared is absent (examples, corpora, scorer); nothing to measure'); process.exit(0); }
const only = process.argv.slice(2);

if (!only.length || only.includes('examples')) {
  console.log('## examples (../shared/tools/score.mjs)');
  runSharedScorer(shared, join(shared, 'examples'), 'examples');
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
