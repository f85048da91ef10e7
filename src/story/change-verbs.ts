// The words of change a story reads before a figure or a deadline (data/lexicon/story-change-verbs.tsv): one list,
// read once, for the level a count reached (build.ts), a change added "by" (build.ts), a prior figure changed "from"
// (values.ts) and a moved deadline (revisions.ts).
import { join } from 'node:path';
import { projectRoot } from '../core/shared.js';
import { readDataRows } from '../core/data-rows.js';
import { alternation, phrasePattern } from '../core/regex.js';

export type ChangeUse = 'level' | 'by' | 'from' | 'moved' | 'moved-pp';

let table: Map<ChangeUse, string[]> | undefined;
/** The words of one use, as written in the data file. */
export function changeWords(use: ChangeUse): string[] {
  if (!table) {
    table = new Map();
    for (const [word, uses] of readDataRows(join(projectRoot, 'data', 'lexicon', 'story-change-verbs.tsv'))) {
      for (const u of (uses ?? '').split(',').map((x) => x.trim()).filter(Boolean) as ChangeUse[]) {
        if (!table.has(u)) table.set(u, []);
        table.get(u)!.push(word!.toLowerCase());
      }
    }
  }
  return table.get(use) ?? [];
}
/** The words of one use as a regex alternation (longest first, spaces matching any white space). */
export function changeAlternation(use: ChangeUse): string {
  return alternation(changeWords(use), phrasePattern);
}
