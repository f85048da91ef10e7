// A passive gerund with no subject of its own ("before being suspended", "after being arrested") is undergone by the
// main clause's subject: "Khan was freed on Friday after being arrested in Islamabad" (Khan was arrested), "Shares in
// Evergrande plunged 21% before being suspended" (Evergrande's shares were).
import { type Ctx, type Draft, addArg } from './context.js';
import { ING_OPENERS_BEING } from './words.js';

/** Gives each passive gerund of one sentence's drafts (in text order) the main clause's subject as its patient: the
 * nearest earlier verb event's patient when that verb is passive, its agent when active, else the name opening the
 * sentence as its subject (`opening`). */
export function passiveGerunds(ctx: Ctx, drafts: Draft[], opening: (ctx: Ctx, d: Draft) => string[] | undefined): void {
  for (let n = 0; n < drafts.length; n++) {
    const d = drafts[n]!;
    if (d.noun || !d.passive || d.args.get('patient')?.length || d.args.get('agent')?.length) continue;
    if (ctx.low[d.t0 - 1] !== 'being' || !ING_OPENERS_BEING.has(ctx.low[d.t0 - 2] ?? '')) continue;
    let subj: string[] | undefined;
    for (let j = n - 1; j >= 0 && !subj; j--) {
      const p = drafts[j]!;
      if (p.noun || p.type === 'STATEMENT' || p.t0 >= d.t0) continue;
      subj = p.passive ? p.args.get('patient') : p.args.get('agent');
      break;
    }
    if (!subj?.length) subj = opening(ctx, d);
    if (subj?.length) { addArg(d, 'patient', subj); d.rule.push('passive-gerund'); }
  }
}
