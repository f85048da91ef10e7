// The checks stage on plain text through the real segmenter, time and quantity stages, as the check tests run it:
// one helper instead of the same four lines in each test file.
import { runChecks } from '../../../src/nlp/checks/index.js';
import { findQuantities } from '../../../src/nlp/quantity/index.js';
import { segment } from '../../../src/nlp/segment/index.js';
import { tagTimes } from '../../../src/nlp/time/index.js';

/** Every check of `text` with the publication date `anchor` (no entities). */
export function checksOf(text: string, anchor: string): ReturnType<typeof runChecks> {
  const sentences = segment(text).sentences;
  const { times } = tagTimes(text, { anchorDate: anchor, sentences });
  const quantities = findQuantities({ text, sentences, times });
  return runChecks({ text, sentences, quantities, times, entities: [], anchorDate: anchor });
}
