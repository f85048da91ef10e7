// An -ing clause that opens its sentence after a subordinator ("After arriving in Sochi, Erdogan met Putin", "After
// being arrested in Lahore, Khan was taken to court") has the main clause's subject: the name right after the comma
// that closes the clause, before its finite verb.
import { AUX, BE, DET, ING_OPENERS_FRONTED } from './words.js';
import { eventWords } from './lexicon.js';

/** Prepositions that may open a bare participle clause's phrase ("Speaking after", "Writing on"), beside the roles'. */
const PARTICIPLE_PREPS = eventWords('occasion-preps');
import { type Ctx, type Draft, addArg } from './context.js';

/** The named person, organisation or state right after the comma that closes the fronted clause holding token t (the
 * comma within 15 tokens, the name at most one determiner after it, then a finite verb or an auxiliary). */
export function subjectAfterComma(ctx: Ctx, t: number, s1: number, bare = false): string[] | undefined {
  for (let c = t + 1; c < s1 && c <= t + 15; c++) {
    if (ctx.low[c] !== ',') continue;
    let k = c + 1;
    if (ctx.low[k] === 'the') k++;
    const mi = ctx.ments.at[k] ?? -1;
    if (mi < 0) return undefined;
    const m = ctx.ments.list[mi]!;
    if (m.t0 !== k || m.possessive || !(m.type === 'PERSON' || m.type === 'ORG' || m.type === 'GPE')) return undefined;
    const v = m.t1 + 1;
    if (v >= s1 || ctx.toks[v]!.kind !== 'WORD' || (ctx.ments.at[v] ?? -1) >= 0) return undefined;
    const w = ctx.low[v]!;
    // a bare -ing subject with a speaker inserted in commas ("Defeating Hamas, Netanyahu said, will take months"): the
    // name's verb closes with a comma, so the name is no subject of the -ing verb
    if (bare && ctx.low[v + 1] === ',') return undefined;
    return AUX.has(w) || BE.has(w) || /[a-z]{2,}ed$/.test(w) || ctx.lex.irregular.has(w) || (ctx.trig[v] && /[a-z]s$/.test(w)) ? m.ids : undefined;
  }
  return undefined;
}

/** Gives a verb of a fronted -ing clause with no subject the main clause's: as agent ("After arriving in Sochi"), or
 * as patient when passive ("After being arrested"). */
export function frontedIng(ctx: Ctx, drafts: Draft[], s0: number, s1: number): void {
  for (const d of drafts) {
    if (bareParticiple(ctx, d, s0, s1)) {
      const subj = d.args.get('agent')?.length ? undefined : subjectAfterComma(ctx, d.t1, s1, true);
      if (subj) { addArg(d, 'agent', subj); d.rule.push('fronted-participle'); }
      continue;
    }
    if (d.noun || d.type === 'STATEMENT') continue;
    const passive = !!d.passive && ctx.low[d.t0 - 1] === 'being';
    const opener = passive ? d.t0 - 2 : d.t0 - 1;
    if (opener !== s0 || !ING_OPENERS_FRONTED.has(ctx.low[opener] ?? '')) continue;
    if (!passive && !ctx.low[d.t0]!.endsWith('ing')) continue;
    const role = passive ? 'patient' : 'agent';
    if (d.args.get(role)?.length) continue;
    const subj = subjectAfterComma(ctx, d.t1, s1);
    if (subj) { addArg(d, role, subj); d.rule.push('fronted-ing'); }
  }
}

/** A sentence that opens with a bare participle clause ("Speaking after a cabinet meeting in Ankara, Erdogan said",
 * "Visiting Kyiv on Monday, Scholz pledged"): the -ing verb (a saying too) is the first token, not a noun, and what
 * follows it opens an object or a phrase (a determiner, a preposition, a name) with no finite verb before the comma, so
 * a gerund subject ("Shelling continued overnight, officials said") is not read as one. */
function bareParticiple(ctx: Ctx, d: Draft, s0: number, s1: number): boolean {
  if (d.noun || d.t0 !== s0 || d.t0 !== d.t1 || !/^[a-z]{3,}ing$/.test(ctx.low[d.t0]!)) return false;
  const next = d.t1 + 1;
  if (next >= s1 || !(DET.has(ctx.low[next]!) || ctx.lex.roles.has(ctx.low[next]!) || PARTICIPLE_PREPS.has(ctx.low[next]!) || (ctx.ments.at[next] ?? -1) >= 0)) return false;
  for (let k = next; k < s1 && k <= d.t1 + 15; k++) {
    const w = ctx.low[k]!;
    if (w === ',') return true;
    if ((AUX.has(w) && w !== 'to' && w !== 'not') || BE.has(w)) return false;
  }
  return false;
}
