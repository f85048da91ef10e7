import { join } from 'node:path';
import { projectRoot } from '../../core/shared.js';
import { readDataRows } from '../../core/data-rows.js';
import { alternation, phrasePattern } from '../../core/regex.js';

// The modifiers written before a length of time and the way each bounds it (data/lexicon/checks-span-mods.tsv): read
// once here for the checks that measure lengths (report spans, year facts, clock gaps) instead of a copy each.

export type SpanModKind = 'MORE' | 'LESS' | 'APPROX' | 'LIMIT' | 'EXACT';
const ROWS = readDataRows(join(projectRoot, 'data', 'lexicon', 'checks-span-mods.tsv'));
/** word (lower case, single spaces) → kind. */
export const SPAN_MODS: ReadonlyMap<string, SpanModKind> = new Map(ROWS.map((r) => [r[0]!.toLowerCase(), r[1] as SpanModKind]));
/** The kind of a written modifier ("more  than" → MORE), any white space. */
export const spanModKind = (w: string): SpanModKind | undefined => SPAN_MODS.get(w.toLowerCase().replace(/\s+/g, ' '));
/** An alternation of the modifiers of `kinds` (all by default), longest first. */
export function spanModSrc(kinds: readonly SpanModKind[] = ['MORE', 'LESS', 'APPROX', 'LIMIT', 'EXACT']): string {
  return alternation([...SPAN_MODS].filter(([, k]) => kinds.includes(k)).map(([w]) => w), phrasePattern);
}
