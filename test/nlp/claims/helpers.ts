import assert from 'node:assert/strict';
import type { Claim } from '../../../src/core/types.js';
import { newDoc, type NlpDoc } from '../../../src/nlp/doc.js';
import { attributionStage } from '../../../src/nlp/attribution/index.js';
import { certaintyStage } from '../../../src/nlp/certainty/index.js';

/** Runs only our two stages (the local sentence splitter stands in for the segment stage). */
export function claimsOf(text: string, publishedAt = '2024-03-01'): { doc: NlpDoc; claims: Claim[] } {
  const doc = newDoc({ id: 'test', text, language: 'en', publishedAt });
  attributionStage.run(doc);
  certaintyStage.run(doc);
  return { doc, claims: doc.claims };
}

/** The smallest claim whose span holds `anchor` (the scorer's rule). */
export function claimAt(text: string, claims: Claim[], anchor: string): Claim | undefined {
  const at = text.indexOf(anchor);
  if (at < 0) throw new Error(`anchor not in text: ${anchor}`);
  return claims.filter((c) => c.start <= at && c.end >= at + anchor.length).sort((a, b) => (a.end - a.start) - (b.end - b.start))[0];
}

export const chainOf = (c: Claim | undefined): string[] => (c?.attribution ?? []).map((l) => (l.kind === 'UNNAMED' ? 'UNNAMED' : l.source));

const norm = (s: string): string[] => s.toLowerCase().replace(/['’]s\b/g, '').replace(/[^\p{L}\p{N} ]+/gu, ' ').split(/\s+/)
  .filter((w) => w && !['a', 'an', 'the', 'of'].includes(w));
/** The scorer's name test: one name's words all occur in the other. */
export function sameName(a: string, b: string): boolean {
  const x = norm(a), y = norm(b);
  return (y.length > 0 && y.every((w) => x.includes(w))) || (x.length > 0 && x.every((w) => y.includes(w)));
}
export function sameChain(got: string[], want: string[]): boolean {
  return got.length === want.length && want.every((w, i) => (w === 'UNNAMED' ? got[i] === 'UNNAMED' : sameName(got[i]!, w)));
}

/** The chain (outermost first) of the claim holding `anchor`; fails the test when no claim holds it. */
export function chainAt(text: string, anchor: string): string[] {
  const { claims } = claimsOf(text);
  const c = claimAt(text, claims, anchor);
  assert.ok(c, `no claim holds "${anchor}" in: ${text}`);
  return chainOf(c);
}

/** Asserts the chain of the claim holding `anchor` (names compared loosely, as `sameChain` does). */
export function checkChain(text: string, anchor: string, want: string[]): void {
  const got = chainAt(text, anchor);
  assert.ok(sameChain(got, want), `chain for "${anchor}": want ${JSON.stringify(want)} got ${JSON.stringify(got)}`);
}
