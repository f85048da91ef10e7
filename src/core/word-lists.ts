// Named word lists kept as data: a JSON file of { "key": { "words": [...] } } under data/lexicon, read once.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './shared.js';
import { readDataRows } from './data-rows.js';

/** A reader of the lists in data/lexicon/`file`: `lists(key)` is that list lower-cased; an unknown key throws. */
export function namedWordLists(file: string): (key: string) => Set<string> {
  let cached: Record<string, Set<string>> | undefined;
  return (key: string) => {
    if (!cached) {
      const raw = JSON.parse(readFileSync(join(projectRoot, 'data', 'lexicon', file), 'utf8')) as Record<string, { words?: string[] }>;
      cached = {};
      for (const [k, v] of Object.entries(raw)) if (v && typeof v === 'object' && Array.isArray(v.words)) cached[k] = new Set(v.words.map((w) => w.toLowerCase()));
    }
    const s = cached[key];
    if (!s) throw new Error(`${file}: no list ${key}`);
    return s;
  };
}

/**
 * The words of a one-word-a-line list under data/lexicon/ (first cell of each row), lower-cased. An absent file
 * throws (a mistyped name would switch a rule off unseen), unless the list is marked optional.
 */
export function readWordSet(file: string, opts: { optional?: boolean } = {}): ReadonlySet<string> {
  const path = join(projectRoot, 'data', 'lexicon', file);
  if (!opts.optional && !existsSync(path)) throw new Error(`data/lexicon/${file}: no such word list`);
  return new Set(readDataRows(path).map((r) => r[0]!.toLowerCase()).filter(Boolean));
}
