// The entity stage's view of the knowledge base: the `Kb` interface plus optional extras that the loaded KB
// offers (demonyms, weak aliases, capitalisation masks, prefix early-exit). Tests inject a small fake.
import type { KbEntry } from '../../kb/types.js';
import { getKb } from '../../kb/load.js';
import { capMask } from '../../kb/compile.js';

/** Structural subset of `Kb` the stage relies on; the extras are optional so that a minimal fake works. */
export interface EntityKb {
  byAlias(alias: string): readonly KbEntry[];
  get(id: string): KbEntry | undefined;
  readonly maxAliasWords: number;
  holders(role: string, of: string, year: number): readonly KbEntry[];
  byDemonym?(demonym: string): readonly KbEntry[];
  isWeak?(alias: string): boolean;
  capMask?(alias: string, demonym?: boolean): number;
  hasPrefix?(key: string): boolean;
}

let injected: EntityKb | null | undefined;

/** Replace the KB the stage uses (tests); pass undefined to go back to the default, null for none. */
export function setEntityKb(kb: EntityKb | null | undefined): void { injected = kb; }

export function currentKb(): EntityKb | null {
  if (injected !== undefined) return injected;
  try { return getKb(); } catch { return null; }
}

export function prominence(e: KbEntry): number {
  const p = (e as KbEntry & { prominence?: number }).prominence;
  if (typeof p === 'number') return p;
  if (e.kind === 'COUNTRY') return 90;
  if (e.population) return Math.min(80, 20 + 10 * Math.log10(Math.max(1, e.population)));
  return e.qid ? 40 : 20;
}

/**
 * Capitalisation mask of a surface string, computed by the KB build's own function so that the two always agree
 * (bits 0–14: word starts upper-case; bits 15–29: word is all capitals).
 */
export function surfaceCapMask(surface: string): number { return capMask(surface); }
