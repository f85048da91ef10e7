// Shared by the DATE_ARITHMETIC tests: one text through the real segmenter, time and quantity stages and the checks,
// with a pinned publication date; the statuses of the checks one rule made.
import { runChecks } from '../../../src/nlp/checks/index.js';
import { findQuantities } from '../../../src/nlp/quantity/index.js';
import { segment } from '../../../src/nlp/segment/index.js';
import { tagTimes } from '../../../src/nlp/time/index.js';

export function dates(text: string, anchor: string, rule: string): string[] {
  const sentences = segment(text).sentences;
  const { times } = tagTimes(text, { anchorDate: anchor, sentences });
  const quantities = findQuantities({ text, sentences, times });
  return runChecks({ text, sentences, quantities, times, entities: [], anchorDate: anchor })
    .filter((c) => c.kind === 'DATE_ARITHMETIC' && (c as { rule?: string }).rule === `checks:date-arithmetic:${rule}`).map((c) => c.status);
}
