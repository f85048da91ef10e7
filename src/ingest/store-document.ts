import type { Analysis } from '../core/types.js';
import type { StoredForm } from '../store/rows.js';
import type { AddResult, FindCopy, NewDocument, Store } from '../store/store.js';
import { terms, termsJson } from '../story/group.js';
import { fingerprint, nearestCopy, type Fingerprint } from './dedupe.js';

/** What `storeDocuments` needs of each document; fingerprint and terms are computed when absent. */
export interface ToStore { doc: Analysis | StoredForm; source?: string; fingerprint?: Fingerprint; terms?: string }

/**
 * Stores analysed documents, in order, in one transaction: a near-duplicate of a stored report (a syndicated
 * copy) — or of one stored earlier in the same batch — is recorded as its copy, and the grouping profile goes
 * with it so story building never reloads the analysis. Used by `ingest` (which computes fingerprint, terms
 * and the stored form on its worker threads) and by the API.
 */
export async function storeDocuments(store: Store, docs: ToStore[]): Promise<(AddResult & { copyOf?: string })[]> {
  const prints: Fingerprint[] = [];
  const items: NewDocument[] = docs.map((x) => {
    if (x.terms === undefined && 'analysisJson' in x.doc) throw new Error('storeDocuments: a stored form needs its terms');
    const f = x.fingerprint ?? fingerprint(x.doc.document.text);
    prints.push(f);
    return { doc: x.doc, meta: { fingerprint: f.hex, source: x.source, terms: x.terms ?? termsJson(terms(x.doc as Analysis)) } };
  });
  const findCopy: FindCopy = (i, candidates) => nearestCopy(prints[i]!, candidates)?.of;
  return store.addDocuments(items, findCopy);
}

/**
 * Stores one analysed document (the API's path): as `storeDocuments` for a batch of one, except that an exact
 * duplicate also reports the report it copies.
 */
export async function storeDocument(store: Store, a: Analysis, meta: { source?: string; fingerprint?: Fingerprint; terms?: string } = {}): Promise<AddResult & { copyOf?: string }> {
  const f = meta.fingerprint ?? fingerprint(a.document.text);
  const copy = nearestCopy(f, await store.fingerprintCandidates(f.hex));
  const r = await store.addDocument(a, {
    fingerprint: f.hex, ...(copy ? { copyOf: copy.of } : {}), source: meta.source, terms: meta.terms ?? termsJson(terms(a)),
  });
  return copy ? { ...r, copyOf: copy.of } : r;
}
