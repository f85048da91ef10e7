// Merging repeats of one event and family inheritance of participants.
import { PLACE_ROLES } from './words.js';
import { type Ctx, type Draft, hard, addArg } from './context.js';

export const PARTICIPANT_ROLES = ['agent', 'patient', 'partner', 'origin', 'destination', 'location', 'theme', 'instrument'];
export const hasParticipants = (d: Draft): boolean => PARTICIPANT_ROLES.some((r) => (d.args.get(r)?.length ?? 0) > 0);

export function mergeInto(a: Draft, b: Draft, why: string): void {
  for (const [role, ids] of b.args) addArg(a, role, ids);
  if (a.time === undefined && b.time !== undefined) a.time = b.time;
  if (!a.rule.includes(why)) a.rule.push(why);
}

/** Merges same-type triggers in one clause ("delivered ... aid") and definite repeats of the same noun
 * in a paragraph ("the summit ... the summit"). */
export function merge(ctx: Ctx, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  // "In a statement, Boeing said …": the statement noun is the saying of its sentence's statement verb
  const inStatement = new Set<Draft>();
  for (const d of drafts) {
    if (d.type !== 'STATEMENT' || !d.noun) continue;
    const a = ctx.low[d.t0 - 1], b = ctx.low[d.t0 - 2];
    if (!(a === 'in' || ((a === 'a' || a === 'an' || a === 'its' || a === 'their' || a === 'his' || a === 'her' || a === 'the') && b === 'in'))) continue;
    const verb = drafts.find((x) => x !== d && x.type === 'STATEMENT' && !x.noun && x.sentence === d.sentence);
    if (verb) { mergeInto(verb, d, 'merged'); inStatement.add(d); }
  }
  for (const d of drafts) {
    if (inStatement.has(d)) continue;
    let target: Draft | undefined;
    for (let j = out.length - 1; j >= 0 && j >= out.length - 40; j--) {
      const p = out[j]!;
      if (p.paragraph !== d.paragraph) break;
      if (p.type !== d.type) continue;
      if (p.sentence === d.sentence && d.t0 - p.t1 <= 8 && d.type !== 'STATEMENT') {
        let clean = true;
        for (let k = p.t1 + 1; k < d.t0; k++) if (hard(ctx, k)) { clean = false; break; }
        if (clean) { target = p; break; }
      }
      if (d.noun && d.definite && p.lemma === d.lemma) { target = p; break; }
    }
    if (target) mergeInto(target, d, 'merged');
    else out.push(d);
  }
  return out;
}

/** Events with no participants inherit them from the last event of the same family ("the sentencing
 * hearing" after "convicted Bankman-Fried"; a death toll after "floods in Derna"). */
export function inherit(ctx: Ctx, drafts: Draft[]): void {
  const last = new Map<string, Draft>();
  for (const d of drafts) {
    const fam = ctx.lex.types.get(d.type)?.family;
    if (!fam) continue;
    if (!hasParticipants(d)) {
      const src = last.get(fam + ':patient') ?? last.get(fam);
      if (src && d.sentence - src.sentence <= (fam === 'court' ? 10 : 4)) {
        for (const [role, ids] of src.args) {
          if (fam === 'disaster' && !PLACE_ROLES.has(role)) continue;
          addArg(d, role, ids);
        }
        d.rule.push('inherit:' + src.type);
      }
    } else {
      last.set(fam, d);
      if (d.args.get('patient')?.length) last.set(fam + ':patient', d);
    }
  }
}
