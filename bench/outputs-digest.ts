// Output invariant for speed work: analyse every report the evaluation analyses — the shared examples, every
// eval/devset*/ folder and every eval/stories/*/ story — with the metadata its gold file gives (publishedAt, outlet,
// title, as the scorer passes them), in one process, and print one SHA-256 over the JSON analyses exactly as
// `newsgraph analyze --json` prints them. A change meant only to make analyze faster must leave the digest unchanged.
//   node dist/bench/outputs-digest.js [--per-doc FILE]
// --per-doc FILE writes one "path digest" line per report (to find which report changed). Only digests are printed:
// the texts and analyses of measure-only sets are never shown.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { analyze } from '../src/analyze.js';
import { projectRoot, sharedDir } from '../src/core/shared.js';
import { decodeUtf8 } from '../src/ingest/normalize.js';
import { goldFiles } from '../eval/gold-files.js';

const args = process.argv.slice(2);
let perDocFile: string | undefined;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--per-doc' && args[i + 1]) perDocFile = args[++i];
  else { console.error(`outputs-digest: unknown argument "${args[i]}" (usage: node dist/bench/outputs-digest.js [--per-doc FILE])`); process.exit(2); }
}

const roots: string[] = [];
const shared = sharedDir();
if (shared && existsSync(join(shared, 'examples'))) roots.push(join(shared, 'examples'));
const evalDir = join(projectRoot, 'eval');
for (const d of readdirSync(evalDir).sort()) {
  const p = join(evalDir, d);
  if (d.startsWith('devset') && statSync(p).isDirectory()) roots.push(p);
}
const stories = join(evalDir, 'stories');
for (const d of existsSync(stories) ? readdirSync(stories).sort() : []) {
  if (statSync(join(stories, d)).isDirectory()) roots.push(join(stories, d));
}

const total = createHash('sha256');
const lines: string[] = [];
let docs = 0;
const t0 = performance.now();
for (const root of roots) {
  for (const gp of goldFiles(root)) {
    let gold: { story?: unknown; file?: string; publishedAt?: string; outlet?: string; title?: string };
    try { gold = JSON.parse(readFileSync(gp, 'utf8')); } catch { continue; }
    if (gold.story || !gold.file) continue;
    const file = resolve(dirname(gp), gold.file);
    if (!file.endsWith('.txt') || !existsSync(file)) continue;
    const meta: { publishedAt?: string; outlet?: string; title?: string } = {};
    if (gold.publishedAt) meta.publishedAt = gold.publishedAt;
    if (gold.outlet) meta.outlet = gold.outlet;
    if (gold.title) meta.title = gold.title;
    let json: string;
    try { json = JSON.stringify(analyze({ text: decodeUtf8(readFileSync(file), file) }, meta)); }
    catch (e) { json = `error: ${(e as Error).message}`; }
    const name = shared && file.startsWith(shared) ? `shared/${relative(shared, file)}` : relative(projectRoot, file);
    total.update(name + '\n' + json + '\n');
    lines.push(`${name} ${createHash('sha256').update(json).digest('hex').slice(0, 16)}`);
    docs++;
  }
}
if (perDocFile) writeFileSync(perDocFile, lines.join('\n') + '\n');
console.log(`outputs-digest ${docs} reports: ${total.digest('hex')} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
