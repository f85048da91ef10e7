// An -ing clause that closes its sentence after a comma ("Hamas attacked southern Israel on October 7, killing 1,200
// people", "Modi met Biden in Washington, praising the partnership", "The Supreme Court annulled the re-election of
// President Uhuru Kenyatta, ruling that the vote was flawed") has the main clause's subject as its own: the name that
// opens the sentence, not the nearest name to its left, which is the main verb's object or a name in its phrases.
// Only when the main clause is active (a passive's subject undergoes it: "Abe was shot in Nara, prompting outrage"),
// holds no other comma, subordinate clause or "but", and its subject is a named person, organisation or state (no
// possessor, no "of", "and" or comma after it).
import { AUX, BE, PRE_TITLE } from './words.js';
import { eventWords } from './lexicon.js';
import { type Ctx, type Draft, addArg } from './context.js';
import type { MentionRef } from './mentions.js';
import { readWordSet } from '../../core/word-lists.js';

const SUBJECT_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);
/** Words that open a clause of its own between the subject and the comma: the -ing clause may then belong to it
 * (data/lexicon/events-trailing-clause-words.txt). */
const CLAUSE_WORDS = readWordSet('events-trailing-clause-words.txt');
/** Prepositions that may open a sentence with a fronted phrase closed by a comma ("On Friday, the court ruled")
 * (data/lexicon/events-trailing-front-preps.txt). */
const FRONT_PREPS = readWordSet('events-trailing-front-preps.txt');

/** The named subject that opens the sentence [s0, end): past a fronted phrase closed by a comma and titles before it. */
export function openingName(ctx: Ctx, s0: number, end: number): MentionRef | undefined {
  let k = s0;
  if (FRONT_PREPS.has(ctx.low[k]!)) {
    let c = k;
    while (c < end && c <= s0 + 8 && ctx.low[c] !== ',') c++;
    if (ctx.low[c] !== ',') return undefined;
    k = c + 1;
  }
  for (let n = 0; n < 4 && k < end && (ctx.ments.at[k] ?? -1) < 0 && (ctx.low[k] === 'the' || PRE_TITLE.has(ctx.low[k]!)); n++) k++;
  const mi = ctx.ments.at[k] ?? -1;
  if (mi < 0) return undefined;
  const m = ctx.ments.list[mi]!;
  if (m.t0 !== k || m.possessive || m.pseudo || !SUBJECT_TYPES.has(m.type)) return undefined;
  const next = ctx.low[m.t1 + 1] ?? '';
  if (next === ',' || next === 'of' || next === 'and' || next === "'s" || next === '’s') return undefined;
  return m;
}

/** Gives a trailing -ing verb after a comma the main clause's subject as its agent, in place of a name of the main
 * clause's predicate. */
export function trailingIng(ctx: Ctx, drafts: Draft[], s0: number): void {
  const saying = eventWords('content-saying');
  const depictiveVerbs = eventWords('object-depictive-verbs');
  for (const d of drafts) {
    if (d.passive || d.t0 !== d.t1 || !/^[a-z]{3,}ing$/.test(ctx.low[d.t0]!)) continue;
    const comma = d.t0 - 1;
    if (comma <= s0 || ctx.low[comma] !== ',' || ctx.low[d.t1 + 1] === 'of') continue;
    const m = openingName(ctx, s0, comma);
    if (!m || m.t1 + 1 >= comma) continue;
    let ok = true;
    // no clause of its own between: a subordinator, a comma, a passive's "be", a saying or a cue ("Biden said Putin invaded
    // Ukraine, killing thousands": the killing is Putin's), nor a name followed by its own verb ("X warned Y would strike")
    for (let k = m.t1 + 1; k < comma && ok; k++) {
      if (CLAUSE_WORDS.has(ctx.low[k]!) || ctx.low[k] === ',' || BE.has(ctx.low[k]!) || ctx.stmt[k] || ctx.cueTokens[k] || saying.has(ctx.low[k]!)) ok = false;
      const mi = ctx.ments.at[k] ?? -1;
      if (mi >= 0 && k > m.t1 + 1) {
        const n = ctx.ments.list[mi]!;
        const v = ctx.low[n.t1 + 1] ?? '';
        if (n.t1 + 1 < comma && (ctx.ments.at[n.t1 + 1] ?? -1) < 0 && (AUX.has(v) || ctx.trig[n.t1 + 1] || /[a-z]{2,}ed$/.test(v) || ctx.lex.irregular.has(v))) ok = false;
        k = Math.max(k, n.t1);
      }
    }
    if (!ok) continue;
    const agent = d.args.get('agent') ?? [];
    // a main verb of seeing, finding or catching: the -ing clause depicts its object ("Ukraine caught General Petrov in
    // Kursk, retreating with his troops"), whose agent stays
    if (agent.length) {
      let depictive = false;
      for (let k = m.t1 + 1; k < comma && (ctx.ments.at[k] ?? -1) < 0; k++) if (depictiveVerbs.has(ctx.low[k]!)) { depictive = true; break; }
      if (depictive) continue;
    }
    if (agent.some((id) => m.ids.includes(id))) continue;
    // the agent in place must be a name of the main clause's predicate (between the subject and the comma)
    const inPredicate = new Set<string>();
    for (let k = m.t1 + 1; k < comma; k++) {
      const mi = ctx.ments.at[k] ?? -1;
      if (mi >= 0) for (const id of ctx.ments.list[mi]!.ids) inPredicate.add(id);
    }
    if (agent.length && !agent.every((id) => inPredicate.has(id))) continue;
    d.args.delete('agent');
    addArg(d, 'agent', m.ids);
    // the name it displaces stands in the main clause's predicate, which the -ing clause comments on: the patient of the
    // -ing verb when it has none ("annulled the re-election of Kenyatta, ruling that": the ruling concerns Kenyatta)
    if (agent.length && !d.args.get('patient')?.length) addArg(d, 'patient', agent);
    d.rule.push('trailing-participle');
  }
}
