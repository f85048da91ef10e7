import type { Stage } from '../doc.js';
import { explain } from '../doc.js';
import { readClaims } from './engine.js';
import { BACKGROUND_CLAUSES } from '../attribution/engine.js';

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
    // a background relative clause cut out for its tense takes the certainty of the smallest claim around it
    for (const c of doc.claims) {
      if (!BACKGROUND_CLAUSES.has(c)) continue;
      let outer: typeof c | undefined;
      for (const o of doc.claims) if (o !== c && o.start <= c.start && o.end >= c.end && (o.end - o.start) > (c.end - c.start) && (!outer || o.end - o.start < outer.end - outer.start)) outer = o;
      if (outer) c.certainty = outer.certainty;
    }
    // a narrated act ("The council agreed to build a levee", attribution/active.ts) lent its cue to the status; the
    // outlet asserts it, so its link leaves the chain
    for (const c of doc.claims) if (c.attribution.some((l) => l.rule?.startsWith('attr.act'))) c.attribution = c.attribution.filter((l) => !l.rule?.startsWith('attr.act'));
    explain(doc, 'certainty', () => `${doc.claims.filter((c) => c.certainty !== 'CERTAIN').length} hedged claims`);
  },
};
