// A passive's "by" agent given as a described group and then named member by member after a colon: "was cleared by a
// panel of ministers: A, B and C", "approved by the two regulators: Ofgem and Ofcom". The colon ends the clause for the
// rightward scan (objects.ts), so without this the names after it were lost and the event had no agent.
import { DET } from './words.js';
import type { Ctx } from './context.js';

/** Entity types that can be the members of an agent group. */
const MEMBER_TYPES = new Set(['PERSON', 'ORG', 'GPE']);

/** Whether the colon at token `colon` closes a described group opened by the "by" at `byAt` and opens a list of names
 * only, up to the sentence's end (s1) or a full stop: between "by" and the colon a determiner and one to six lower-case
 * words (no name: "by Congress: A and B" keeps Congress alone); after it, named persons, organisations or states joined
 * by commas and "and" — a clause after the colon ("by the committee: Ann Lee voted against it") is no list. */
export function colonListAfterBy(ctx: Ctx, byAt: number, colon: number, s1: number): boolean {
  if (ctx.low[colon] !== ':' || byAt < 0 || colon - byAt < 3 || colon - byAt > 8 || !DET.has(ctx.low[byAt + 1]!)) return false;
  for (let q = byAt + 2; q < colon; q++) {
    if (ctx.ments.at[q]! >= 0 || ctx.trig[q] || (ctx.toks[q]!.kind !== 'WORD' && ctx.toks[q]!.kind !== 'NUMBER')) return false;
    if (!/^[a-z0-9-]+$/.test(ctx.doc.text.slice(ctx.toks[q]!.start, ctx.toks[q]!.end))) return false;
  }
  let names = 0;
  let q = colon + 1;
  while (q < s1) {
    const w = ctx.low[q]!;
    const mi = ctx.ments.at[q]!;
    if (mi >= 0) {
      const m = ctx.ments.list[mi]!;
      if (m.pseudo || m.possessive || !MEMBER_TYPES.has(m.type)) return false;
      names++;
      q = m.t1 + 1;
      continue;
    }
    if (w === '.' || w === ';') break;
    if (w !== ',' && w !== 'and') return false;
    q++;
  }
  return names > 0;
}
