// An -ing clause that opens its sentence after a subordinator ("After arriving in Sochi, Erdogan met Putin", "After
// being arrested in Lahore, Khan was taken to court") has the main clause's subject: the name right after the comma
// that closes the clause, before its finite verb.
import { AUX, BE, ING_OPENERS_FRONTED } from './words.js';
import { type Ctx, type Draft, addArg } from './context.js';

/** The named person, organisation or state right after the comma that closes the fronted clause holding token t (the
 * comma within 15 tokens, the name at most one determiner after it, then a finite verb or an auxiliary). */
function subjectAfterComma(ctx: Ctx, t: number, s1: number): string[] | undefined {
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
    return AUX.has(w) || BE.has(w) || /[a-z]{2,}ed$/.test(w) || ctx.lex.irregular.has(w) ? m.ids : undefined;
  }
  return undefined;
}

/** Gives a verb of a fronted -ing clause with no subject the main clause's: as agent ("After arriving in Sochi"), or
 * as patient when passive ("After being arrested"). */
export function frontedIng(ctx: Ctx, drafts: Draft[], s0: number, s1: number): void {
  for (const d of drafts) {
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
