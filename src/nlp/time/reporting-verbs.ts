// The time stage's reporting verbs, one data list (data/lexicon/time-reporting-verbs.tsv) with the use each reader
// makes of a verb, instead of a list inline in each of index.ts, context.ts, saying-day.ts and present-tense.ts.
import { join } from 'node:path';
import { readDataRows } from '../../core/data-rows.js';
import { projectRoot } from '../../core/shared.js';
import { alternation } from '../../core/regex.js';

export type ReportingUse = 'deixis' | 'tail' | 'ahead' | 'tell' | 'near' | 'clause';
const ROWS = readDataRows(join(projectRoot, 'data', 'lexicon', 'time-reporting-verbs.tsv'));

/** The reporting verbs of one use. */
export function reportingVerbs(use: ReportingUse): string[] {
  return ROWS.filter((r) => (r[1] ?? '').split(',').map((u) => u.trim()).includes(use)).map((r) => r[0]!.trim());
}
/** The verbs of one use as a regular-expression alternation (longest first). */
export function reportingAlternation(use: ReportingUse): string {
  return alternation(reportingVerbs(use));
}
