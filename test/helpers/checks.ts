// Shared by the checks tests: a document built through the real segmenter, time and quantity stages (no entities),
// pinned to one reference date, and the statuses of the COUNT checks one rule produced on it.
import { runChecks } from '../../src/nlp/checks/index.js';
import { findQuantities } from '../../src/nlp/quantity/index.js';
import { segment } from '../../src/nlp/segment/index.js';
import { tagTimes } from '../../src/nlp/time/index.js';
import { travelTimeChecks } from '../../src/nlp/checks/travelTime.js';
import { sentenceSpans } from '../../src/nlp/quantity/tokens.js';

export const CHECKS_TEST_ANCHOR = '2025-03-14';

export function analyseForChecks(text: string, anchor = CHECKS_TEST_ANCHOR) {
  const sentences = segment(text).sentences;
  const { times } = tagTimes(text, { anchorDate: anchor, sentences });
  const quantities = findQuantities({ text, sentences, times });
  return { text, sentences, quantities, times, entities: [], anchorDate: anchor };
}

/** Statuses of the COUNT checks made by rule `checks:count:<rule>`. */
export function countStatuses(text: string, rule: string): string[] {
  return runChecks(analyseForChecks(text)).filter((c) => c.kind === 'COUNT' && (c as { rule?: string }).rule === `checks:count:${rule}`).map((c) => c.status);
}

/** The reference date the travel-time tests pin their documents to. */
export const TRAVEL_TEST_ANCHOR = '2024-03-01';

/**
 * Statuses of the travel-time checks of `text`, built through the real segmenter, time and quantity stages (no entities,
 * so no places), pinned to `anchor`: the boilerplate the travel-*.test.ts files shared.
 */
export function travelStatuses(text: string, anchor = TRAVEL_TEST_ANCHOR): string[] {
  const doc = analyseForChecks(text, anchor);
  return travelTimeChecks(text, doc.quantities, doc.times, [], sentenceSpans(text, doc.sentences)).map((c) => c.status);
}
