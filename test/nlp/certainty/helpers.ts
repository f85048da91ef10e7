import assert from 'node:assert/strict';
import type { Claim } from '../../../src/core/types.js';
import { newDoc } from '../../../src/nlp/doc.js';
import { runPipeline } from '../../../src/nlp/pipeline.js';
import { claimAt } from '../claims/helpers.js';

/**
 * The smallest claim holding `anchor`, read through the whole pipeline (the times stage included, since status
 * depends on resolved dates). Publication pinned to Wednesday 6 March 2024 unless given.
 */
export function claimIn(text: string, anchor: string, publishedAt = '2024-03-06'): Claim {
  const doc = runPipeline(newDoc({ id: 'certainty-test', text, language: 'en', publishedAt }));
  const c = claimAt(text, doc.claims, anchor);
  assert.ok(c, `no claim holds "${anchor}" in: ${text}`);
  return c;
}
export const statusOf = (text: string, anchor: string, publishedAt?: string): string => claimIn(text, anchor, publishedAt).status;
