// Crash safety: kill -9 an ingest at random moments, at least 20 times; after every kill the SQLite file
// passes integrity checks and holds only whole documents; a final run converges on the full corpus.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { sha256 } from '../../src/ingest/normalize.js';
import { jsonl } from './corpus.js';

const MAIN = new URL('../../src/cli/main.js', import.meta.url).href;
const N = 1500;
const KILLS = 22;
const MID_WRITE_KILLS = 5;

function runIngest(args: string[], killAfterMs?: number): Promise<{ code: number | null; signal: string | null; killed: boolean; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', `import(${JSON.stringify(MAIN)}).then((m) => m.main(process.argv.slice(1))).then((c) => { process.exitCode = c; });`, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let killed = false;
    let stderr = ''; let stdout = '';
    child.stderr.on('data', (c: Buffer) => { stderr += c.toString(); });
    child.stdout.on('data', (c: Buffer) => { stdout += c.toString(); });
    const t = killAfterMs !== undefined ? setTimeout(() => { killed = child.kill('SIGKILL'); }, killAfterMs) : undefined;
    child.on('close', (code, signal) => { if (t) clearTimeout(t); resolve({ code, signal, killed: killed && signal === 'SIGKILL', stderr, stdout }); });
  });
}

function check(db: string): number {
  const d = new Database(db);
  try {
    assert.equal((d.pragma('integrity_check') as { integrity_check: string }[])[0].integrity_check, 'ok');
    assert.deepEqual(d.pragma('foreign_key_check'), []);
    // the full-text index agrees with its content table (throws when not)
    d.prepare("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')").run();
    const n = (d.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    assert.equal((d.prepare('SELECT count(*) AS n FROM doc_bands').get() as { n: number }).n, 16 * n, 'every document has all its LSH bands');
    const rows = d.prepare('SELECT id, text, analysis FROM documents').all() as { id: string; text: string; analysis: string }[];
    const evCount = new Map((d.prepare('SELECT doc_id, count(*) AS n FROM events GROUP BY doc_id').all() as { doc_id: string; n: number }[]).map((r) => [r.doc_id, r.n]));
    const clCount = new Map((d.prepare('SELECT doc_id, count(*) AS n FROM claims GROUP BY doc_id').all() as { doc_id: string; n: number }[]).map((r) => [r.doc_id, r.n]));
    for (const r of rows) {
      assert.equal(sha256(r.text), r.id, 'whole text');
      const a = JSON.parse(r.analysis) as { events: unknown[]; claims: unknown[] };
      assert.equal(evCount.get(r.id) ?? 0, new Set((a.events as { id: string }[]).map((e) => e.id)).size, 'all events of the document');
      assert.equal(clCount.get(r.id) ?? 0, new Set((a.claims as { id: string }[]).map((e) => e.id)).size, 'all claims of the document');
    }
    assert.equal((d.prepare('SELECT count(*) AS n FROM events WHERE doc_id NOT IN (SELECT id FROM documents)').get() as { n: number }).n, 0);
    return n;
  } finally { d.close(); }
}

test('kill -9 at random moments during an ingest: consistent after each kill, re-run converges', { timeout: 600_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-kill-'));
  try {
    const src = join(dir, 'corpus.jsonl');
    writeFileSync(src, jsonl(N));
    const db = join(dir, 'k.db');
    // A run over three documents measures start-up (module load, KB, workers), so kills land mid-ingest.
    const tiny = join(dir, 'tiny.jsonl');
    writeFileSync(tiny, jsonl(3, N));
    const t0 = Date.now();
    await runIngest(['ingest', tiny, '--db', join(dir, 'scratch.db'), '--workers', '2', '--no-stories']);
    const startMs = Date.now() - t0;
    let kills = 0;
    let midIngest = 0;
    let before = 0;
    let runs = 0;
    let seed = 12345;
    const rand = () => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed / 2 ** 32; };
    // Kill delays start from the measured start-up; a run that finishes before its kill lands shows the
    // window was too wide, so later delays stay inside that run's length. Once the file holds the whole
    // corpus, re-runs only find duplicates and end quickly: the file starts over so kills keep landing
    // while documents are written. A cap on runs turns a machine too slow or too fast into a clear failure.
    let base = startMs * 0.7;
    let spread = startMs + 1000;
    // Under load, start-up time varies and more kills land before the first write: the loop goes on (within the
    // same cap on runs) until enough kills have also interrupted writing, rather than stopping at KILLS.
    while ((kills < KILLS || midIngest < MID_WRITE_KILLS) && runs < 6 * KILLS) {
      runs++;
      const delay = Math.floor(base + rand() * spread);
      const t = Date.now();
      // every other run also groups stories, so some kills land in story placement and building
      const r = await runIngest(['ingest', src, '--db', db, '--workers', '2', ...(kills % 2 ? [] : ['--no-stories'])], delay);
      const took = Date.now() - t;
      let after = check(db);
      if (r.killed) { kills++; if (after > before && after < N) midIngest++; }
      else { base = Math.min(base, took * 0.5); spread = Math.max(50, Math.min(spread, took - base)); }
      if (after >= N) {
        for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
        after = 0;
      }
      before = after;
    }
    assert.ok(kills >= 20, `only ${kills} of ${runs} runs were killed before they finished`);
    const fin = await runIngest(['ingest', src, '--db', db, '--workers', '2']);
    assert.equal(fin.code, 0, fin.stderr + fin.stdout);
    assert.equal(check(db), N, 'the re-run completes the job');
    const d = new Database(db, { readonly: true });
    try {
      assert.equal((d.prepare('SELECT count(*) AS n FROM documents WHERE story_id IS NULL').get() as { n: number }).n, 0, 'every document placed in a story');
      assert.equal((d.prepare('SELECT count(*) AS n FROM stories').get() as { n: number }).n, (d.prepare('SELECT count(DISTINCT story_id) AS n FROM documents').get() as { n: number }).n);
    } finally { d.close(); }
    const again = await runIngest(['ingest', src, '--db', db, '--workers', '2']);
    assert.equal(again.code, 0, again.stderr + again.stdout);
    assert.equal(check(db), N, 'idempotent');
    console.log(`# ${kills} kills in ${runs} runs, ${midIngest} of them while documents were being written`);
    assert.ok(midIngest >= MID_WRITE_KILLS, `only ${midIngest} kills interrupted writing`);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});
