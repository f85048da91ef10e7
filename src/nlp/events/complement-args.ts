// A plan, a promise, a threat or a refusal is about the act its "to" clause names, and that act's parties are its own:
// "Ruritania plans to join NATO" is a PLAN about NATO, "the company pledged to repay customers in Ohio" a PROMISE
// located in Ohio, "Acme hopes to release an image of Sagittarius A*" a PLAN about Sagittarius A*. The governing event
// (a verb of the types in data/lexicon/events-words.tsv "complement-arg-types") takes the arguments of the event
// triggered right after its "to" (an adverb may stand before "to"), role for role, the time left out; and the
// complement's agent when it has none of its own. Not an event further on ("plans to speak before the summit with
// Xi": only the verb after "to" is the complement), nor a noun ("the plan to join NATO" is left as it is).
import { type Ctx, type Draft, addArg } from './context.js';
import { eventWords } from './lexicon.js';
import { DET, PRE_TITLE, gapAdverb } from './words.js';

/** Copies the arguments of each governing event's "to" complement into it. */
export function complementArgs(ctx: Ctx, drafts: readonly Draft[]): void {
  const types = eventWords('complement-arg-types');
  const byStart = new Map<number, Draft[]>();
  for (const x of drafts) { const l = byStart.get(x.t0) ?? []; l.push(x); byStart.set(x.t0, l); }
  for (const d of drafts) {
    if (!types.has(d.type.toLowerCase()) || d.noun) continue;
    let k = d.t1 + 1;
    if (gapAdverb(ctx.low[k] ?? '')) k++;
    if (ctx.low[k] !== 'to') continue;
    raisedSubject(d);
    const comp = (byStart.get(k + 1) ?? []).filter((x) => x !== d && x.sentence === d.sentence && !x.noun);
    if (!comp.length) continue;
    let added = false;
    for (const x of comp) {
      for (const [role, ids] of x.args) {
        if (role === 'time' || !ids.length) continue;
        if (role === 'agent' && d.args.get('agent')?.length) continue;
        const before = d.args.get(role)?.length ?? 0;
        addArg(d, role, ids);
        if ((d.args.get(role)?.length ?? 0) > before) added = true;
      }
    }
    if (added) d.rule.push('complement-args');
  }
}

/** "Sunak is expected to announce the plan", "the bank is set to raise rates": a plan told in the passive before its "to"
 * is the plan of the one who is to act — the subject the passive reading took as its patient is its agent. Only for a
 * PLAN without an agent of its own ("Acme was asked by Ruritania to leave" is no PLAN; a passive PROMISE or threat —
 * "was ordered to", "was forced to" — keeps its reading). */
function raisedSubject(d: Draft): void {
  if (d.type !== 'PLAN' || !d.passive || d.args.get('agent')?.length) return;
  const pat = d.args.get('patient');
  if (!pat?.length) return;
  d.args.delete('patient');
  addArg(d, 'agent', pat);
  d.rule.push('raised-subject');
}

/** Entity types that may be what a promise, a threat or a demand is about. */
const ABOUT_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'NORP', 'FAC', 'LOC']);

/**
 * A promise, a threat or a demand told with a "that" clause is about the clause's subject: "Macron promised that
 * Notre-Dame would be rebuilt" (Notre-Dame), "he warned that the U.S. and Britain would pay a heavy price" (both),
 * "demanded that Israel withdraw its troops". The name in the clause's subject (within a few words of "that", before any
 * auxiliary, punctuation or other trigger) and the names coordinated after it become the event's patient; for verbs of
 * the types in data/lexicon/events-words.tsv "that-complement-types". Not a pronoun or a definite description ("vowed that
 * he would return" is about the speaker), nor a name deeper in the clause ("promised that the government would help
 * Ohio"), nor a noun trigger.
 */
export function thatComplementArgs(ctx: Ctx, drafts: readonly Draft[]): void {
  const types = eventWords('that-complement-types');
  for (const d of drafts) {
    if (!types.has(d.type.toLowerCase()) || d.noun) continue;
    const s1 = ctx.sentRange[d.sentence]?.[1] ?? ctx.low.length;
    let k = d.t1 + 1;
    if (gapAdverb(ctx.low[k] ?? '')) k++;
    if (ctx.low[k] !== 'that') continue;
    for (let q = k + 1; q < s1 && q <= k + 5; q++) {
      const mi = ctx.ments.at[q]!;
      if (mi >= 0) {
        let m = ctx.ments.list[mi]!;
        if (m.pseudo || !ABOUT_TYPES.has(m.type)) break;
        addArg(d, 'patient', m.ids);
        // "the U.S. and Britain", "France, Germany and Italy"
        for (let n = 0; n < 6; n++) {
          let c = m.t1 + 1;
          if (ctx.low[c] !== 'and' && ctx.low[c] !== ',') break;
          c++;
          if (ctx.low[c] === 'and') c++;
          if (ctx.low[c] === 'the') c++;
          const ni = c < s1 ? ctx.ments.at[c]! : -1;
          if (ni < 0) break;
          const next = ctx.ments.list[ni]!;
          if (next.t0 !== c || next.pseudo || !ABOUT_TYPES.has(next.type)) break;
          addArg(d, 'patient', next.ids);
          m = next;
        }
        d.rule.push('that-complement');
        break;
      }
      // the name must open the clause's subject, after a determiner or a title only: a subordinator ("threatened that
      // unless Syldavia paid, he would resign"), a preposition or a noun ("promised that evening in Ruritania to
      // resign", where "that" is a determiner) puts any later name outside the subject
      const w = ctx.low[q]!;
      if (ctx.toks[q]!.kind !== 'WORD' || ctx.trig[q] || w === 'that' || !(DET.has(w) || PRE_TITLE.has(w))) break;
    }
  }
}
