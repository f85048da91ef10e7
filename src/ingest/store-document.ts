import type { Analysis } from '../core/types.js';
import type { AddResult, Store } from '../store/store.js';
import { terms, termsJson } from '../story/group.js';
import { fingerprint, nearestCopy, type Fingerprint } from './dedupe.js';

/**
 * Stores one analysed document: a near-duplicate of a stored report (a syndicated copy) is recorded as its
 * copy, and the grouping profile goes with it so story building never reloads the analysis. Used by
 * `ingest` (which computes fingerprint and terms on its worker threads) and by the API.
 */
export async function storeDocument(store: Store, a: Analysis, meta: { source?: string; fingerprint?: Fingerprint; terms?: string } = {}): Promise<AddResult & { copyOf?: string }> {
  const f = meta.fingerprint ?? fingerprint(a.document.text);
  const copy = nearestCopy(f, await store.fingerprintCandidates(f.hex));
  const r = await store.addDocument(a, {
    fingerprint: f.hex, ...(copy ? { copyOf: copy.of } : {}), source: meta.source, terms: meta.terms ?? termsJson(terms(a)),
  });
  return copy ? { ...r, copyOf: copy.of } : r;
}
