// Named word lists kept as data: a JSON file of { "key": { "words": [...] } } under data/lexicon, read once.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './shared.js';
import { readDataRows } from './data-rows.js';

/**
 * The lists of a parsed named-lists file, each lower-cased. A word written twice in one list (case aside) throws,
 * naming the file, the list and the word: the second copy does nothing, and an edit of one copy leaves the other.
 */
export function wordListsOf(file: string, raw: Record<string, { words?: string[] }>): Record<string, Set<string>> {
  const out: Record<string, Set<string>> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (!v || typeof v !== 'object' || !Array.isArray(v.words)) continue;
    const set = new Set<string>();
    for (const w of v.words) {
      const l = w.toLowerCase();
      if (set.has(l)) throw new Error(`${file}: list ${k} holds "${l}" twice`);
      set.add(l);
    }
    out[k] = set;
  }
  return out;
}

/**
 * A reader of the lists in data/lexicon/`file`: `lists(key)` is that list lower-cased; an unknown key throws. The list is
 * shared by every caller, so it is handed out read-only: a caller that changed it would change every later analysis.
 */
export function namedWordLists(file: string): (key: string) => ReadonlySet<string> {
  let cached: Record<string, Set<string>> | undefined;
  return (key: string) => {
    if (!cached) {
      const raw = JSON.parse(readFileSync(join(projectRoot, 'data', 'lexicon', file), 'utf8')) as Record<string, { words?: string[] }>;
      cached = wordListsOf(file, raw);
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
