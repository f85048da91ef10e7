import type { TimeExpr } from '../../../src/core/types.js';
import { newDoc } from '../../../src/nlp/doc.js';
import { timeStage } from '../../../src/nlp/time/index.js';

/** Runs the time stage alone on `text` with a pinned publication date (or none). */
export function times(text: string, publishedAt?: string): TimeExpr[] {
  const doc = newDoc({ id: 'test', text, language: 'en', publishedAt });
  timeStage.run(doc);
  return doc.times;
}

/** The single time whose text contains `needle`, or undefined. */
export function timeAt(text: string, needle: string, publishedAt?: string): TimeExpr | undefined {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`test bug: "${needle}" not in text`);
  return times(text, publishedAt).find((t) => t.start < i + needle.length && i < t.end);
}
