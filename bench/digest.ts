// Output digest: SHA-256 of the JSON analyses of the shared examples and of the first N te3-silver
// documents (default 200), one line per document with --per-doc, and a total. Speed work must leave it unchanged: record it before a change, compare after.
//   node dist/bench/digest.js [N] [--per-doc]
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import { sharedDir } from '../src/core/shared.js';
import { te3Silver } from './te3.js';

const args = process.argv.slice(2);
const bad = args.find((a) => a !== '--per-doc' && !/^\d+$/.test(a));
if (bad !== undefined) { console.error(`digest: unknown argument "${bad}" (usage: node dist/bench/digest.js [N] [--per-doc])`); process.exit(2); }
const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 200);
const perDoc = args.includes('--per-doc');
const shared = sharedDir();
if (!shared) { console.log('digest: ../shared is absent'); process.exit(0); }
const total = createHash('sha256');
const docs: { id: string; text: string; publishedAt?: string; title?: string; outlet?: string }[] = [];
const ex = join(shared, 'examples');
for (const dir of existsSync(ex) ? readdirSync(ex).sort() : []) {
  if (!existsSync(join(ex, dir)) || dir.includes('.')) continue;
  for (const f of readdirSync(join(ex, dir)).sort()) {
    if (!f.endsWith('.gold.json') && f !== 'gold.json') continue;
    const g = JSON.parse(readFileSync(join(ex, dir, f), 'utf8')) as { file?: string; publishedAt?: string; title?: string; outlet?: string };
    const txt = join(ex, dir, g.file ?? f.replace(/\.gold\.json$/, '.txt').replace(/^gold\.json$/, 'article.txt'));
    if (existsSync(txt)) docs.push({ id: `${dir}/${f}`, text: readFileSync(txt, 'utf8'), publishedAt: g.publishedAt, title: g.title, outlet: g.outlet });
  }
}
docs.push(...te3Silver(shared, n));
for (const d of docs) {
  const json = JSON.stringify(analyze(d.text, { publishedAt: d.publishedAt, title: d.title, outlet: d.outlet }));
  total.update(json);
  if (perDoc) console.log(`${d.id} ${createHash('sha256').update(json).digest('hex').slice(0, 16)}`);
}
console.log(`digest ${docs.length} docs (examples + ${n} te3-silver): ${total.digest('hex')}`);
