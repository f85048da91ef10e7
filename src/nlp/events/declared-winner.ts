// An active declaration of a winner ("The IEBC had declared Uhuru Kenyatta the winner", "INEC declares Tinubu winner of
// presidential election"; the "declare … winner" reading of data/lexicon/events-triggers.tsv): the declared name won,
// as in the passive "Tinubu was declared the winner", and the declaring body won nothing, so it leaves the WIN and the
// declared name (the verb's object, standing between the verb and "winner") becomes its agent. A passive the attachment
// did not see ("Akufo-Addo was yesterday declared the winner of the election") names no one between the two and is left
// as it is.
import { type Ctx, type Draft } from './context.js';
import { eventWords } from './lexicon.js';

const WINNER = eventWords('winner-nouns');

/** Makes the object of an active "declared X the winner" the WIN's agent and drops the declarer. */
export function declaredWinner(ctx: Ctx, d: Draft): void {
  if (d.type !== 'WIN' || d.lemma !== 'declare' || d.passive || d.noun) return;
  let w = d.t1 + 1;
  while (w < ctx.low.length && w <= d.t1 + 8 && !WINNER.has(ctx.low[w]!)) w++;
  if (!WINNER.has(ctx.low[w] ?? '')) return;
  const between = new Set<string>();
  for (const m of ctx.ments.list) if (m.t0 > d.t1 && m.t1 < w && !m.pseudo) for (const id of m.ids) between.add(id);
  const won = (d.args.get('patient') ?? []).filter((id) => between.has(id));
  if (!won.length) return;
  d.args.delete('patient');
  d.args.set('agent', won);
  d.rule.push('declared-winner');
}
