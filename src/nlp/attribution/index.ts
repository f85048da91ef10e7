import type { Stage } from '../doc.js';
import { explain } from '../doc.js';
import { buildClaims } from './engine.js';

/**
 * Splits the report into claims (one per asserted proposition) and gives each its attribution chain,
 * outermost source first, `[]` when the outlet itself asserts it. Certainty, polarity, status and hedges
 * are filled by the certainty stage that runs next.
 */
export const attributionStage: Stage = {
  name: 'attribution',
  reads: ['sentences', 'tokens', 'entities'],
  writes: ['claims'],
  run(doc) {
    doc.claims = buildClaims(doc);
    explain(doc, 'attribution', () => `${doc.claims.length} claims, ${doc.claims.filter((c) => c.attribution.length).length} attributed`);
  },
};
