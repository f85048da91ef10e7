// Event types a story merges as one: outlets type the same real event by the verb each chose ("arrived in Jianli" an
// ARRIVE, "travelled to Jianli" a TRAVEL), so mentions of two compatible types may be one event, as mentions of one
// type may. The pairs are data (data/lexicon/story-compatible-types.tsv); a type is compatible with itself, and the
// classes are the pairs' connected sets, each named by its first type in alphabetical order.

import { join } from 'node:path';
import { readDataRows } from '../core/data-rows.js';
import { projectRoot } from '../core/shared.js';

let classOf: Map<string, string> | undefined;

/** The class of every listed type (its name: the class's first type in alphabetical order), read on first use. */
function classes(): Map<string, string> {
  if (classOf) return classOf;
  const rows = readDataRows(join(projectRoot, 'data', 'lexicon', 'story-compatible-types.tsv'));
  const bad = rows.find((r) => r.length < 2 || !r[0] || !r[1] || !/^[A-Z_]+$/.test(r[0]) || !/^[A-Z_]+$/.test(r[1]));
  if (bad) throw new Error(`data/lexicon/story-compatible-types.tsv: row "${bad.join('\t')}" is not two event types`);
  // connected sets of the pairs (a few rows: merged by relabelling)
  const out = new Map<string, string>();
  for (const [a, b] of rows) {
    const ca = out.get(a!) ?? a!; const cb = out.get(b!) ?? b!;
    const name = ca < cb ? ca : cb;
    for (const [t, c] of out) if (c === ca || c === cb) out.set(t, name);
    out.set(a!, name); out.set(b!, name);
  }
  return (classOf = out);
}

/** The name of the class a type belongs to: the type itself when no row lists it. */
export function typeClass(type: string): string {
  return classes().get(type) ?? type;
}

/** Whether mentions of two event types may tell one event: the same type, or two of one class. */
export function compatibleTypes(a: string, b: string): boolean {
  return a === b || typeClass(a) === typeClass(b);
}

/** The types of the table, each with its class (for tests and checks of the data). */
export function compatibleTypeClasses(): ReadonlyMap<string, string> {
  return classes();
}

/**
 * The type of an event merged from mentions of compatible types: the one most of its mentions give, ties to the
 * type of its first mention. `types` in mention order.
 */
export function mergedType(types: readonly string[]): string {
  const n = new Map<string, number>();
  for (const t of types) n.set(t, (n.get(t) ?? 0) + 1);
  let best = types[0]!;
  for (const t of types) if (n.get(t)! > n.get(best)!) best = t;
  return best;
}
