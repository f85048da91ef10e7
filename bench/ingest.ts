// Ingest throughput: te3-silver newswire documents as JSONL → `ingest` with 2 worker threads → a fresh
// SQLite file, each run in its own process (peak RSS is the whole process, workers included). Runs at
// 100, 300 and 600 documents show whether memory stays flat as the corpus grows. A report, never a test.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { analyze } from '../src/analyze.js';
import type { Analysis } from '../src/core/types.js';
import { fingerprint, nearestCopy } from '../src/ingest/dedupe.js';
import { openSqlite } from '../src/store/sqlite/index.js';
import { terms, termsJson } from '../src/story/group.js';
import { te3Silver } from './te3.js';

interface Fig { docs: number; added: number; failed: number; ingestMs: number; cpuMs: number; load: number; firstMs: number; storiesMs: number; ingestRssMb: number; maxRssMb: number; bytes: number; dbMb: number }

const CHILD = `
const [runUrl, storeUrl, storyUrl, jsonl, db, workers] = process.argv.slice(1);
const { ingest } = await import(runUrl);
const { openSqlite } = await import(storeUrl);
const { updateStories } = await import(storyUrl);
const { statSync } = await import('node:fs');
const store = await openSqlite(db);
const c0 = process.cpuUsage();
const t0 = performance.now();
let firstMs = 0;
const s = await ingest(store, [jsonl], { workers: Number(workers), onProgress: (p) => { if (!firstMs && p.added > 0) firstMs = performance.now() - t0; } });
const t1 = performance.now();
const c1 = process.cpuUsage(c0);
const ingestRssMb = process.resourceUsage().maxRSS / 1024;
await updateStories(store);
const t2 = performance.now();
await store.close();
process.stdout.write(JSON.stringify({ docs: s.seen, added: s.added + s.nearDuplicates, failed: s.failed.length, ingestMs: t1 - t0, cpuMs: (c1.user + c1.system) / 1000, load: (await import('node:os')).loadavg()[0], firstMs, storiesMs: t2 - t1, ingestRssMb,
  maxRssMb: process.resourceUsage().maxRSS / 1024, bytes: statSync(jsonl).size, dbMb: statSync(db).size / 1048576 }));
`;

function runChild(jsonl: string, db: string, workers: number): Fig {
  const u = (p: string) => new URL(p, import.meta.url).href;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', CHILD, u('../src/ingest/run.js'), u('../src/store/sqlite/index.js'), u('../src/story/index.js'), jsonl, db, String(workers)],
    { encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(out) as Fig;
}

export default async function run(shared: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ng-bench-ingest-'));
  try {
    const sizes = (process.env.BENCH_INGEST_SIZES ?? '100,300,600').split(',').map(Number);
    const docs = te3Silver(shared, Math.max(...sizes));
    const rows: [number, number, Fig][] = [];
    for (const n of sizes) {
      const jsonl = join(dir, `te3-${n}.jsonl`);
      writeFileSync(jsonl, docs.slice(0, n).map((d) => JSON.stringify({ text: d.text, publishedAt: d.publishedAt, title: d.title })).join('\n') + '\n');
      for (const w of n === 300 ? [2, 1] : [2]) rows.push([n, w, runChild(jsonl, join(dir, `b-${n}-${w}.db`), w)]);
    }
    console.log('ingest bench — te3-silver newswire as JSONL into a fresh SQLite file, one process per run (start-up, KB and worker start included).');
    console.log('CPU s is the whole process (main thread, workers, V8 compiler and GC threads): steadier than docs/s when the machine is shared.');
    console.log('');
    console.log('| documents | workers | docs/s (ingest, start-up included) | CPU s | CPU ms/doc | load avg (1 min) | docs/s after the first document | start-up to first stored document s | MB/s | stories step s | peak RSS MB, ingest | peak RSS MB, with stories | DB MB | failed |');
    console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const [n, w, f] of rows) {
      console.log(`| ${n} | ${w} | ${(f.added / (f.ingestMs / 1000)).toFixed(1)} | ${(f.cpuMs / 1000).toFixed(2)} | ${(f.cpuMs / Math.max(1, f.added)).toFixed(1)} | ${f.load.toFixed(1)} | ${((f.added - 1) / ((f.ingestMs - f.firstMs) / 1000)).toFixed(1)} | ${(f.firstMs / 1000).toFixed(2)} | ${(f.bytes / 1048576 / (f.ingestMs / 1000)).toFixed(2)} | ${(f.storiesMs / 1000).toFixed(2)} | ${f.ingestRssMb.toFixed(0)} | ${f.maxRssMb.toFixed(0)} | ${f.dbMb.toFixed(1)} | ${f.failed} |`);
    }
    // baseline in the same run: the analysis alone, one thread, no store (what ingest can at best reach per worker)
    analyze(docs[0].text, { publishedAt: docs[0].publishedAt });
    const a0 = performance.now();
    const base = docs.slice(0, 300);
    const analyses: Analysis[] = [];
    for (const d of base) analyses.push(analyze(d.text, { publishedAt: d.publishedAt }));
    const analyseDps = base.length / ((performance.now() - a0) / 1000);
    // the store side alone over the same analyses: fingerprint, term profile, near-duplicate lookup, one transaction each
    const store = await openSqlite(join(dir, 'store-only.db'));
    const s0 = performance.now();
    for (const a of analyses) {
      const f = fingerprint(a.document.text);
      const copy = nearestCopy(f, await store.fingerprintCandidates(f.hex));
      await store.addDocument(a, { fingerprint: f.hex, terms: termsJson(terms(a)), ...(copy ? { copyOf: copy.of } : {}) });
    }
    const storeDps = analyses.length / ((performance.now() - s0) / 1000);
    await store.close();
    console.log(`store side alone (same run, one thread): ${storeDps.toFixed(0)} docs/s (${(1000 / storeDps).toFixed(2)} ms/doc)`);
    console.log(`\nbaseline, same run: analyze() alone in one thread ${analyseDps.toFixed(1)} docs/s (${(1000 / analyseDps).toFixed(1)} ms/doc); load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${(await import('node:os')).availableParallelism()} cores`);
    const two = rows.find(([n, w]) => n === 300 && w === 2)?.[2];
    const one = rows.find(([n, w]) => n === 300 && w === 1)?.[2];
    if (two && one) console.log(`300 documents, 2 workers: ${(two.added / (two.ingestMs / 1000)).toFixed(1)} docs/s (target ≥ 300); speed-up over 1 worker ${(one.ingestMs / two.ingestMs).toFixed(2)}×; ingest with 2 workers / analysis alone = ${((two.added / (two.ingestMs / 1000)) / analyseDps).toFixed(2)}× (2.0× would be perfect scaling with no store cost)`);
    const rss = rows.filter(([, w]) => w === 2).map(([n, , f]) => `${n}: ${f.ingestRssMb.toFixed(0)} MB (${f.maxRssMb.toFixed(0)} with stories)`);
    console.log(`peak RSS by corpus size (2 workers): ${rss.join(', ')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
