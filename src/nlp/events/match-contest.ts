// A match between two named sides is also the contest each of them takes part in: "England face Malta in a qualifier",
// "Tottenham drew 2-2 at Chelsea" are a MATCH (the fixture) and a COMPETE (taking part in a contest, as a runner in a
// race or a candidate in an election does). Reports call the same fixture either; data/lexicon/events-types.tsv says
// which is which, and a fixture is read as both so that its reading does not hang on the outlet's word.
// Only with at least two named sides (organisations, countries, people) among the match's agent, partner and patient:
// "their next match" or "the match was postponed" name no contest between sides.
import { type Ctx, type Draft } from './context.js';

const SIDE_ROLES = ['agent', 'partner', 'patient'];
const SIDE_TYPES = new Set(['ORG', 'GPE', 'PERSON']);

/** The COMPETE copies of the sentence's matches between two or more named sides, with the same arguments. The copy has
 * no nested event, so nesting still finds the match at its token. */
export function matchContests(ctx: Ctx, here: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of here) {
    if (d.type !== 'MATCH') continue;
    const sides = new Set(SIDE_ROLES.flatMap((r) => d.args.get(r) ?? []).filter((id) => SIDE_TYPES.has(ctx.ments.byId.get(id)?.type ?? '')));
    if (sides.size < 2) continue;
    const args = new Map<string, string[]>();
    for (const [role, ids] of d.args) args.set(role, [...ids]);
    out.push({ ...d, type: 'COMPETE', args, rule: [...d.rule, 'contest-of:MATCH'], nestedAt: undefined });
  }
  return out;
}
