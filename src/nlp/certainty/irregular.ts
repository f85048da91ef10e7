// Simple past forms of irregular verbs beyond the built-in list (data/lexicon/irregular-past.txt): without an
// "-ed" nothing else marks "slid", "overran", "leapt" as past.
import { join } from 'node:path';
import { projectRoot } from '../../core/shared.js';
import { readDataRows } from '../../core/data-rows.js';
import * as L from '../claims/lexicon.js';

/** Every irregular simple past form the status reader knows (lower case). */
export function irregularPast(): string[] {
  const extra = readDataRows(join(projectRoot, 'data', 'lexicon', 'irregular-past.txt')).map((r) => r[0]!.toLowerCase());
  return [...L.IRREGULAR_PAST, ...extra];
}
