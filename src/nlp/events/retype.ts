// Event types that depend on the arguments found, and triggers that only support another one.
//  - A visit to a town, a site or a building is travel ("Biden visited Surfside"); a visit to a country or
//    to a person stays a meeting between parties ("Kim's visit to Russia", "visited Putin").
//  - A fire that is no wildfire (a building's, a town's, one of no named kind) is a FIRE; what that fire does in the
//    same sentence ("damaged", "destroyed", "caught fire") is the same fire, unless a natural hazard of the sentence
//    is a DISASTER of its own ("the storm and a house fire destroyed …"); in a document with no natural hazard,
//    every mention of its fire is that fire. In a document about a wildfire, "the fire" is the wildfire (DISASTER).
//  - A support verb whose object is itself an event noun adds no event of its own: "launched a missile
//    attack" is one attack, "conducted an investigation" one investigation (the noun takes the verb's subject).
import type { Entity } from '../../core/types.js';
import { currentKb } from '../entities/kbview.js';
import { isCountryEntity } from './mentions.js';
import { type Ctx, type Draft } from './context.js';
import { type Pending } from './triggers.js';

/** Verbs whose object noun names the event: they do not add an event of their own. */
export const SUPPORT_VERBS = new Set(['launch', 'conduct', 'mount', 'stage', 'wage', 'undertake', 'perform', 'carry out']);
/** Lemmas typed MEET that become TRAVEL when their only destination is a place below the country level. */
const VISIT_LEMMAS = new Set(['visit']);

/** Lemmas that say what a fire or a hazard did; they take the type of the sentence's building fire. */
const FIRE_EFFECTS = new Set(['damage', 'destroy', 'burn', 'gut', 'engulf', 'ravage', 'catch fire', 'fire', 'blaze']);
const FIRE_NOUNS = new Set(['fire', 'blaze', 'burn', 'inferno']);

/** Wildfires: the lemmas that name one, and the fire nouns the lexicon types DISASTER by the vegetation near them. */
const WILDFIRE_LEMMAS = new Set(['wildfire', 'bushfire', 'forest fire']);

/** In a sentence whose fire is a FIRE (not a wildfire), its effects are that fire too. */
export function retypeFireEffects(drafts: Draft[]): void {
  const fire = drafts.some((d) => d.type === 'FIRE' && FIRE_NOUNS.has(d.lemma));
  if (!fire) return;
  // another hazard typed DISASTER by its own word (a storm, a flood) keeps the sentence's damage
  if (drafts.some((d) => d.type === 'DISASTER' && !FIRE_EFFECTS.has(d.lemma))) return;
  for (const d of drafts) if (d.type === 'DISASTER' && FIRE_EFFECTS.has(d.lemma)) { d.type = 'FIRE'; d.rule.push('building-fire'); }
}

/** A document whose fires are FIREs and that names no natural hazard: its other mentions of the fire ("the cause of
 * the blaze") are that fire too. A document that names a wildfire: its FIRE mentions are that wildfire. */
export function retypeDocumentFire(drafts: Draft[]): void {
  if (!drafts.some((d) => d.type === 'FIRE' && FIRE_NOUNS.has(d.lemma))) return;
  if (drafts.some((d) => d.type === 'DISASTER' && (WILDFIRE_LEMMAS.has(d.lemma) || FIRE_NOUNS.has(d.lemma)))) {
    for (const d of drafts) if (d.type === 'FIRE') { d.type = 'DISASTER'; d.rule.push('wildfire:document'); }
    return;
  }
  if (drafts.some((d) => d.type === 'DISASTER' && !FIRE_EFFECTS.has(d.lemma))) return;
  for (const d of drafts) if (d.type === 'DISASTER' && FIRE_EFFECTS.has(d.lemma)) { d.type = 'FIRE'; d.rule.push('building-fire:document'); }
}

/** A wildfire is a fire too: each DISASTER mention named by a wildfire word or a fire noun ("the wildfire", "a forest
 * fire", "the fire" near vegetation words, or in a wildfire document) gets a FIRE copy with the same arguments, placed
 * before it so that nesting still finds the original at its token. Run after retypeDocumentFire. */
export function wildfireAsFire(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    if (d.type === 'DISASTER' && (WILDFIRE_LEMMAS.has(d.lemma) || FIRE_NOUNS.has(d.lemma))) {
      const args = new Map<string, string[]>();
      for (const [role, ids] of d.args) args.set(role, [...ids]);
      out.push({ ...d, type: 'FIRE', args, rule: [...d.rule, 'wildfire-is-fire'], nestedAt: undefined });
    }
    out.push(d);
  }
  return out;
}

/** Drops a support verb when a noun trigger heads its object within a few words ("launched a missile attack"). */
export function dropSupportVerbs(ctx: Ctx, pending: Pending[]): Pending[] {
  if (pending.length < 2) return pending;
  const drop = new Set<Pending>();
  for (const p of pending) {
    if (p.d.noun || !SUPPORT_VERBS.has(p.d.lemma)) continue;
    const n = pending.find((q) => q !== p && (q.d.noun || q.infl === 'BASE' || q.infl === 'S') && q.d.t0 > p.d.t1 && q.d.t0 - p.d.t1 <= 5);
    if (!n) continue;
    let plain = true;
    for (let k = p.d.t1 + 1; k < n.d.t0; k++) {
      const t = ctx.toks[k]!;
      if ((t.kind !== 'WORD' && t.kind !== 'NUMBER') || ctx.lex.roles.has(ctx.low[k]!)) { plain = false; break; }
    }
    if (plain) { drop.add(p); n.d.rule.push('support-verb:' + p.d.lemma); }
  }
  return drop.size ? pending.filter((p) => !drop.has(p)) : pending;
}

/** A place known to be below the country level and not a capital (which stands for its government:
 * "Modi's visit to Washington" is a visit between parties): a facility, a natural place, a town. */
function isLocalPlace(e: Entity | undefined): boolean {
  if (!e) return false;
  if (e.type === 'FAC' || e.type === 'LOC') return true;
  if (e.type !== 'GPE' || !e.kind || isCountryEntity(e) || /country|state|nation/i.test(e.kind)) return false;
  const qid = e.kb?.wikidata;
  return !(qid && currentKb()?.get(qid)?.standsFor);
}

/** The visit's object, within a few words and before any name or preposition, is a local place noun of the
 * lexicon: "visited the site", "visited the collapsed tunnel", "a visit to the disaster area". */
function visitsUnnamedSite(ctx: Ctx, d: Draft): boolean {
  let k = d.t1 + 1;
  if (d.noun && ctx.low[k] === 'to') k++;
  for (let n = 0; n < 4 && k < ctx.toks.length; n++, k++) {
    const w = ctx.low[k]!;
    if (ctx.toks[k]!.kind !== 'WORD' || ctx.ments.at[k]! >= 0 || ctx.lex.roles.has(w) || w === 'and' || w === 'or') return false;
    if (ctx.lex.sites.has(w)) return true;
  }
  return false;
}

/** A visit whose destination is a town, site or building and that names no partner is travel. */
export function retypeVisit(ctx: Ctx, d: Draft): void {
  if (d.type !== 'MEET' || !VISIT_LEMMAS.has(d.lemma) || d.args.get('partner')?.length) return;
  const dest = d.args.get('destination') ?? [];
  if (dest.length ? !dest.every((id) => isLocalPlace(ctx.ments.byId.get(id))) : !visitsUnnamedSite(ctx, d)) return;
  d.type = 'TRAVEL';
  d.rule.push('visit-to-place');
}
