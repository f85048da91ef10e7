// What an analysis worker does with each document. Two steps so that nobody analyses a text the store already
// holds: prepare (extract, normalise, hash) → ask the main thread → analyse or skip. Runs in a worker thread
// (worker.ts) or in-process (--workers 0, tests); only this module and the worker load the pipeline.

import { prepareDocument, analyzeDoc, toAnalysis } from '../analyze.js';
import type { DocumentInfo, DocumentMeta } from '../core/types.js';
import { storedForm, type StoredForm } from '../store/rows.js';
import type { Sighting } from '../store/store.js';
import { terms, termsJson } from '../story/group.js';
import { fingerprint, type Fingerprint } from './dedupe.js';
import type { RawInput } from './sources.js';

export type ToWorker =
  | { t: 'task'; id: number; input: RawInput; meta: DocumentMeta }
  | { t: 'go'; id: number; go: boolean };
export type FromWorker =
  | { t: 'prepared'; id: number; docId: string }
  | { t: 'done'; id: number; form: StoredForm; fingerprint: Fingerprint; terms: string }
  | { t: 'skipped'; id: number; docId: string; seen: Sighting }
  | { t: 'error'; id: number; reason: string };

const why = (e: unknown) => (e instanceof Error ? `${e.message}${(e as { code?: string }).code ? ` [${(e as { code?: string }).code}]` : ''}` : String(e));

/** The same protocol in-process (for --workers 0 and tests). */
export class Analyser {
  private pending = new Map<number, DocumentInfo>();
  constructor(private post: (m: FromWorker) => void) {}
  handle(m: ToWorker): void {
    if (m.t === 'task') {
      try {
        const info = prepareDocument(m.input, m.meta);
        this.pending.set(m.id, info);
        this.post({ t: 'prepared', id: m.id, docId: info.id });
      } catch (e) { this.post({ t: 'error', id: m.id, reason: why(e) }); }
      return;
    }
    const info = this.pending.get(m.id);
    this.pending.delete(m.id);
    if (!info) return;
    if (!m.go) {
      const seen: Sighting = {};
      if (info.outlet) seen.outlet = info.outlet;
      if (info.title) seen.title = info.title;
      if (info.url) seen.url = info.url;
      if (info.publishedAt) seen.publishedAt = info.publishedAt;
      this.post({ t: 'skipped', id: m.id, docId: info.id, seen });
      return;
    }
    try {
      const analysis = toAnalysis(analyzeDoc(info));
      // serialised here, so the thread that writes the store receives strings and flat rows, not the object graph
      this.post({ t: 'done', id: m.id, form: storedForm(analysis), fingerprint: fingerprint(info.text), terms: termsJson(terms(analysis)) });
    } catch (e) { this.post({ t: 'error', id: m.id, reason: why(e) }); }
  }
}
