// Shared by the DATE_ARITHMETIC tests: one text through the real segmenter, time and quantity stages and the checks,
// with a pinned publication date; the statuses of the checks one rule made.
import { checksOf } from './pipeline.js';

export function dates(text: string, anchor: string, rule: string): string[] {
  return checksOf(text, anchor)
    .filter((c) => c.kind === 'DATE_ARITHMETIC' && (c as { rule?: string }).rule === `checks:date-arithmetic:${rule}`).map((c) => c.status);
}
