import type { Stage } from '../doc.js';
import { explain } from '../doc.js';
import { readClaims } from './engine.js';

/**
 * Certainty (of the innermost source), polarity, status and hedges of every claim, plus the indexes of
 * the times and quantities inside it. Attribution cues alone do not lower certainty: they add a link.
 */
export const certaintyStage: Stage = {
  name: 'certainty',
  reads: ['sentences', 'tokens', 'claims', 'times'],
  writes: ['claims'],
  run(doc) {
    readClaims(doc);
    // a narrated act ("The council agreed to build a levee", attribution/active.ts) lent its cue to the status; the
    // outlet asserts it, so its link leaves the chain
    for (const c of doc.claims) if (c.attribution.some((l) => l.rule?.startsWith('attr.act'))) c.attribution = c.attribution.filter((l) => !l.rule?.startsWith('attr.act'));
    explain(doc, 'certainty', () => `${doc.claims.filter((c) => c.certainty !== 'CERTAIN').length} hedged claims`);
  },
};
