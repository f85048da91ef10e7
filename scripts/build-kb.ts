// Compiles data/kb/** into dist/kb/kb.jsonl (format: serializeKb in src/kb/compile.ts). Run by `npm run build`.
// Usage: node dist/scripts/build-kb.js [--out path]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileKb, serializeKb } from '../src/kb/compile.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..'); // dist/scripts → repo
const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? process.argv[outArg + 1]! : join(root, 'dist', 'kb', 'kb.jsonl');
const t0 = Date.now();
const kb = compileKb({ root, log: (m) => console.log(m) });
mkdirSync(dirname(out), { recursive: true });
const text = serializeKb(kb);
writeFileSync(out, text, 'latin1');
console.log(`kb: wrote ${out} (${(text.length / 1e6).toFixed(1)} MB) in ${Date.now() - t0} ms`);
console.log(`kb: ${Object.entries(kb.stats).map(([k, v]) => `${k}=${v}`).join(' ')}`);
