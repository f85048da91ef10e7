// The ingest job: sources → analysis workers → near-duplicate check → the store, whole documents in
// transactions of up to MAX_BATCH.
// Idempotent (a stored text is skipped before it is analysed) and crash-safe (a document is either
// fully stored or absent), so re-running after a kill completes the job.

import { availableParallelism } from 'node:os';
import type { Sighting, Store } from '../store/store.js';
import { storeDocuments, type ToStore } from './store-document.js';
import { AnalyserPool } from './pool.js';
import { expand, type SourceOptions } from './sources.js';

export interface IngestOptions extends SourceOptions {
  workers?: number;
  /** Called after every document (progress display). */
  onProgress?: (s: IngestSummary) => void;
  /** Called when a document fails. */
  onFail?: (source: string, reason: string) => void;
}

export interface IngestSummary {
  seen: number;
  added: number;
  duplicates: number;
  nearDuplicates: number;
  /** Exact duplicates published by another outlet or at another address, recorded as copies. */
  copies: number;
  failed: { source: string; reason: string }[];
  ms: number;
}

export function defaultWorkers(): number { return Math.max(1, availableParallelism()); }

/** Documents written per transaction at most: one commit (and its WAL or network round trips) serves many. */
export const MAX_BATCH = 32;
/** A batch is written once this many documents wait, or sooner when no analysis is in flight. */
export const BATCH_TARGET = 8;

type WriteOp =
  | { kind: 'doc'; id: string; item: ToStore }
  | { kind: 'sighting'; docId: string; seen: Sighting; source: string };

export async function ingest(store: Store, args: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const t0 = performance.now();
  const s: IngestSummary = { seen: 0, added: 0, duplicates: 0, nearDuplicates: 0, copies: 0, failed: [], ms: 0 };
  const workers = opts.workers ?? defaultWorkers();
  const inFlight = new Set<string>();
  const pool = new AnalyserPool(workers, async (docId) => {
    if (inFlight.has(docId) || (await store.hasDocument(docId))) return false;
    inFlight.add(docId);
    return true;
  });
  let fatal: unknown;
  const fail = (source: string, reason: string) => { s.failed.push({ source, reason }); opts.onFail?.(source, reason); };
  const progress = () => { s.ms = performance.now() - t0; opts.onProgress?.(s); };

  // The writer: one after another, in the order analyses finished (near-duplicate detection must see every
  // earlier document), whole documents grouped into one transaction each (group commit: a crash still leaves
  // only whole documents). A document stays in `inFlight` until committed, so its text is never analysed twice.
  const ops: WriteOp[] = [];
  let writing = false;
  let analysing = 0;
  let waiters: (() => void)[] = [];
  const wake = () => { const w = waiters; waiters = []; for (const f of w) f(); };
  const changed = () => new Promise<void>((r) => waiters.push(r));
  // Analysed documents waiting for the store are bounded, so memory stays flat when the store is the slower side.
  const maxQueued = Math.max(2 * BATCH_TARGET, 4 * Math.max(1, workers));
  const maybeWrite = () => {
    if (writing || !ops.length || (ops.length < BATCH_TARGET && analysing > 0)) return;
    writing = true;
    // after the messages already waiting are handled, so that their documents join the batch
    setImmediate(() => void write());
  };
  const write = async () => {
    while (ops.length && !fatal) {
      const op = ops[0]!;
      if (op.kind === 'sighting') {
        ops.shift();
        try { if (await store.addSighting(op.docId, { ...op.seen, source: op.source })) s.copies++; } catch (e) { fatal = e; }
        continue;
      }
      let n = 0;
      while (n < ops.length && n < MAX_BATCH && ops[n]!.kind === 'doc') n++;
      const batch = ops.splice(0, n) as Extract<WriteOp, { kind: 'doc' }>[];
      try {
        const rs = await storeDocuments(store, batch.map((b) => b.item));
        for (const r of rs) {
          if (r.status === 'duplicate') s.duplicates++;
          else if (r.copyOf) s.nearDuplicates++;
          else s.added++;
          progress();
        }
      } catch (e) {
        fatal = e; // a store failure is not the document's fault: stop the batch
      } finally {
        for (const b of batch) inFlight.delete(b.id);
      }
      wake();
    }
    writing = false;
    wake();
    if (!fatal) maybeWrite();
  };
  const enqueue = (op: WriteOp) => { ops.push(op); maybeWrite(); };

  const pending = new Set<Promise<void>>();
  try {
    for await (const item of expand(args, opts)) {
      if (fatal) break;
      s.seen++;
      if (item.kind === 'fail') { fail(item.source, item.reason); progress(); continue; }
      await pool.ready();
      while (ops.length >= maxQueued && !fatal) await changed();
      analysing++;
      const p = pool.run(item.input, item.meta).then((o) => {
        analysing--;
        if (o.status === 'error') fail(item.source, o.reason);
        else if (o.status === 'skipped') {
          s.duplicates++;
          // the same text from another outlet is a syndicated copy: record where it was seen (in order after
          // earlier writes, since its first sighting may still be waiting to be written)
          if (o.seen.outlet || o.seen.url) enqueue({ kind: 'sighting', docId: o.docId, seen: o.seen, source: item.source });
        } else {
          enqueue({ kind: 'doc', id: o.form.document.id, item: { doc: o.form, fingerprint: o.fingerprint, terms: o.terms, source: item.source } });
        }
        if (o.status !== 'done') progress();
        maybeWrite();
      });
      pending.add(p);
      void p.finally(() => pending.delete(p));
    }
    await Promise.all([...pending]);
    maybeWrite();
    while ((writing || ops.length) && !fatal) await changed();
  } finally {
    await pool.close();
  }
  if (fatal) throw fatal;
  s.ms = performance.now() - t0;
  return s;
}
