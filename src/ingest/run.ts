// The ingest job: sources → analysis workers → near-duplicate check → one transaction per document.
// Idempotent (a stored text is skipped before it is analysed) and crash-safe (a document is either
// fully stored or absent), so re-running after a kill completes the job.

import { availableParallelism } from 'node:os';
import type { Store } from '../store/store.js';
import { storeDocument } from './store-document.js';
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

export async function ingest(store: Store, args: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const t0 = performance.now();
  const s: IngestSummary = { seen: 0, added: 0, duplicates: 0, nearDuplicates: 0, copies: 0, failed: [], ms: 0 };
  const inFlight = new Set<string>();
  const pool = new AnalyserPool(opts.workers ?? defaultWorkers(), async (docId) => {
    if (inFlight.has(docId) || (await store.hasDocument(docId))) return false;
    inFlight.add(docId);
    return true;
  });
  // Writes go one after another: near-duplicate detection must see every earlier document.
  let writes: Promise<void> = Promise.resolve();
  // Analysed documents waiting for the store are bounded too, so memory stays flat when the store is
  // the slower side (a remote PostgreSQL).
  let queued = 0;
  const maxQueued = Math.max(4, 4 * Math.max(1, opts.workers ?? defaultWorkers()));
  const pending = new Set<Promise<void>>();
  let fatal: unknown;
  const fail = (source: string, reason: string) => { s.failed.push({ source, reason }); opts.onFail?.(source, reason); };
  const progress = () => { s.ms = performance.now() - t0; opts.onProgress?.(s); };
  try {
    for await (const item of expand(args, opts)) {
      if (fatal) break;
      s.seen++;
      if (item.kind === 'fail') { fail(item.source, item.reason); progress(); continue; }
      await pool.ready();
      while (queued >= maxQueued) await writes;
      const p = pool.run(item.input, item.meta).then((o) => {
        if (o.status === 'error') { fail(item.source, o.reason); progress(); return; }
        if (o.status === 'skipped') {
          s.duplicates++;
          // the same text from another outlet is a syndicated copy: record where it was seen
          // (after earlier writes, since its first sighting may still be in flight)
          if (o.seen.outlet || o.seen.url) {
            queued++;
            writes = writes.then(async () => {
              queued--;
              if (fatal) return;
              try { if (await store.addSighting(o.docId, { ...o.seen, source: item.source })) s.copies++; } catch (e) { fatal = e; }
            });
          }
          progress();
          return writes;
        }
        queued++;
        writes = writes.then(async () => {
          queued--;
          if (fatal) return;
          try {
            const r = await storeDocument(store, o.analysis, { fingerprint: o.fingerprint, terms: o.terms, source: item.source });
            if (r.status === 'duplicate') s.duplicates++;
            else if (r.copyOf) s.nearDuplicates++;
            else s.added++;
          } catch (e) {
            fatal = e; // a store failure is not the document's fault: stop the batch
          } finally {
            inFlight.delete(o.analysis.document.id);
          }
          progress();
        });
        return writes;
      });
      pending.add(p);
      void p.finally(() => pending.delete(p));
    }
    await Promise.all([...pending]);
    await writes;
  } finally {
    await pool.close();
  }
  if (fatal) throw fatal;
  s.ms = performance.now() - t0;
  return s;
}
