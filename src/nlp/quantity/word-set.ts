import { join } from 'node:path';
import { readDataRows } from '../../core/data-rows.js';
import { projectRoot } from '../../core/shared.js';

/** The words of a one-word-a-line list under data/lexicon/ (first cell of each row), lower-cased. */
export function readWordSet(file: string): ReadonlySet<string> {
  return new Set(readDataRows(join(projectRoot, 'data', 'lexicon', file)).map((r) => r[0]!.toLowerCase()).filter(Boolean));
}
