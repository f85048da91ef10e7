// Small word lists of the attribution stage, kept as data: data/lexicon/attribution-words.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../core/shared.js';

let cached: Record<string, Set<string>> | undefined;
/** The list `key` of data/lexicon/attribution-words.json, lower-cased. */
export function attributionWords(key: string): Set<string> {
  if (!cached) {
    const raw = JSON.parse(readFileSync(join(projectRoot, 'data', 'lexicon', 'attribution-words.json'), 'utf8')) as Record<string, { words?: string[] }>;
    cached = {};
    for (const [k, v] of Object.entries(raw)) if (v && typeof v === 'object' && Array.isArray(v.words)) cached[k] = new Set(v.words.map((w) => w.toLowerCase()));
  }
  const s = cached[key];
  if (!s) throw new Error(`attribution-words.json: no list ${key}`);
  return s;
}
