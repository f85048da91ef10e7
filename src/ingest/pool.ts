// A pool of analysis worker threads (or none: in-process). Each worker holds up to two documents so it
// never idles while the main thread decides whether a prepared document is new.

import { Worker } from 'node:worker_threads';
import type { DocumentMeta } from '../core/types.js';
import type { StoredForm } from '../store/rows.js';
import type { Sighting } from '../store/store.js';
import type { Fingerprint } from './dedupe.js';
import type { RawInput } from './sources.js';
import type { Analyser, FromWorker, ToWorker } from './analyser.js';
import { tuneJitForBatch } from './jit.js';

export type Outcome =
  | { status: 'done'; form: StoredForm; fingerprint: Fingerprint; terms: string }
  | { status: 'skipped'; docId: string; seen: Sighting }
  | { status: 'error'; reason: string };

interface Slot { send: (m: ToWorker) => void; busy: number; stop: () => Promise<void>; w?: Worker }
interface Task { resolve: (o: Outcome) => void; slot: Slot }

export class AnalyserPool {
  private slots: Slot[] = [];
  private tasks = new Map<number, Task>();
  private nextId = 1;
  private waiters: (() => void)[] = [];
  readonly perWorker = 2;
  private closing = false;

  /** `isNew(docId)` says whether a prepared document should be analysed (false: already stored or in flight). */
  constructor(readonly size: number, private isNew: (docId: string) => boolean | Promise<boolean>) {
    tuneJitForBatch(); // before the workers start: the pipeline runs for the whole batch (see jit.ts)
    if (size <= 0) {
      // In-process: the pipeline is imported only here, so the ingest main thread (which only stores) does not
      // load it when workers do the analysis. Messages stay in order: they wait on one promise.
      let slot!: Slot;
      const a: Promise<Analyser> = import('./analyser.js').then(({ Analyser: A }) => new A((m) => queueMicrotask(() => this.onMessage(slot, m))));
      slot = { send: (m) => { void a.then((an) => setImmediate(() => an.handle(m))); }, busy: 0, stop: async () => undefined };
      this.slots.push(slot);
    } else {
      for (let i = 0; i < size; i++) this.slots.push(this.spawn());
    }
  }

  private spawn(): Slot {
    const w = startWorker(new URL('./worker.js', import.meta.url));
    const slot: Slot = { send: (m) => w.postMessage(m), busy: 0, stop: async () => { await w.terminate(); }, w };
    w.on('message', (m: FromWorker) => this.onMessage(slot, m));
    w.on('error', (e) => this.onCrash(slot, e));
    // A worker that exits without an error event (killed, process.exit in a stage) must not strand its tasks.
    w.on('exit', (code) => { if (!this.closing) this.onCrash(slot, new Error(`exited with code ${code}`)); });
    return slot;
  }

  private onCrash(slot: Slot, e: Error): void {
    if (!this.slots.includes(slot)) return; // already replaced (error, then exit)
    for (const [id, t] of this.tasks) {
      if (t.slot !== slot) continue;
      this.tasks.delete(id);
      t.resolve({ status: 'error', reason: `analysis worker crashed: ${e.message}` });
    }
    slot.busy = 0;
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots[i] = this.spawn();
    this.wake();
  }

  private onMessage(slot: Slot, m: FromWorker): void {
    const t = this.tasks.get(m.id);
    if (!t) return;
    if (m.t === 'prepared') {
      Promise.resolve(this.isNew(m.docId)).then((go) => slot.send({ t: 'go', id: m.id, go }), () => slot.send({ t: 'go', id: m.id, go: false }));
      return;
    }
    this.tasks.delete(m.id);
    slot.busy--;
    if (m.t === 'done') t.resolve({ status: 'done', form: m.form, fingerprint: m.fingerprint, terms: m.terms });
    else if (m.t === 'skipped') t.resolve({ status: 'skipped', docId: m.docId, seen: m.seen });
    else t.resolve({ status: 'error', reason: m.reason });
    this.wake();
  }

  private wake(): void { const w = this.waiters.shift(); w?.(); }

  /** Resolves when a worker has room: the caller's backpressure. */
  async ready(): Promise<void> {
    while (!this.slots.some((s) => s.busy < this.perWorker)) await new Promise<void>((r) => this.waiters.push(r));
  }

  run(input: RawInput, meta: DocumentMeta): Promise<Outcome> {
    const slot = this.slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    slot.busy++;
    const id = this.nextId++;
    return new Promise<Outcome>((resolve) => {
      this.tasks.set(id, { resolve, slot });
      slot.send({ t: 'task', id, input, meta });
    });
  }

  async close(): Promise<void> { this.closing = true; await Promise.all(this.slots.map((s) => s.stop())); }
}

/**
 * A worker with the parent's Node options (--cpu-prof, --enable-source-maps, …). --input-type and --eval belong
 * to the parent's entry point, and per-process V8 flags (--interrupt-budget, --stack-size, …) are refused by
 * Worker (they already apply to every thread): both are left out.
 */
function startWorker(url: URL): Worker {
  const execArgv = process.execArgv.filter((a) => !/^--(input-type|eval|print)\b|^-[ep]$/.test(a));
  try {
    return new Worker(url, { execArgv });
  } catch (e) {
    if ((e as { code?: string }).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw e;
    const refused = String((e as Error).message);
    return new Worker(url, { execArgv: execArgv.filter((a) => !refused.includes(a)) });
  }
}
