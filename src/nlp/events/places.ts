// Where and when: the nearest date, the nearest place, and every place of a located event's clause.
import { isCountryEntity, isPlace, type MentionRef } from './mentions.js';
import { ACTOR_HEADS, COMPOUND_MODIFIERS, DET, HARD_PUNCT, ORG_HEADS, HARD_WORDS, REPORTING, ROLE_NOUNS } from './words.js';
import { type Ctx, type Draft, addArg } from './context.js';
import { eventWords } from './lexicon.js';

/** Prepositions that make an event noun a backdrop to the clause ("after the collapse", "the toll from the quake"). */
const BACKDROP_PREPS = new Set(['after', 'since', 'following', 'before', 'amid', 'from', 'of', 'over', 'despite', 'until', 'by']);
/** Subordinators that put a verb in a clause whose time is not the main clause's ("a month after the building came down"). */
const TEMPORAL_SUBORDINATORS = new Set(['after', 'since', 'before', 'until', 'once']);

/** Where the times an event may take lie, in characters: a backgrounded noun takes only a date right next to
 * it ("Thursday's collapse", "the collapse on Thursday"); a verb in an "after …" clause none before it. */
function timeWindow(ctx: Ctx, d: Draft, s0: number): { from: number; near?: boolean } {
  let k = d.t0 - 1;
  let det = false;
  for (let words = 0; k >= s0 && words < 6; words++) {
    const mi = ctx.ments.at[k]!;
    if (mi >= 0) { k = ctx.ments.list[mi]!.t0 - 1; continue; }
    const w = ctx.low[k]!;
    if (ctx.toks[k]!.kind !== 'WORD' || ctx.lex.roles.has(w) || TEMPORAL_SUBORDINATORS.has(w)) break;
    if (DET.has(w)) det = true;
    k--;
  }
  const verbForm = /(?:ed|ing)$/.test(ctx.low[d.t0]!) || ctx.lex.irregular.has(ctx.low[d.t0]!);
  if ((d.noun || (det && !verbForm)) && k >= s0 && k < d.t0 - 1 && BACKDROP_PREPS.has(ctx.low[k]!)) return { from: 0, near: true };
  if (!d.noun) {
    for (let q = d.t0 - 1; q >= s0 && q >= d.t0 - 12; q--) {
      const w = ctx.low[q]!;
      if (TEMPORAL_SUBORDINATORS.has(w)) return { from: ctx.toks[q]!.start };
      if (HARD_PUNCT.has(w) || w === ',' || (HARD_WORDS.has(w) && w !== 'as')) break;
    }
  }
  return { from: 0 };
}

export function nearestTime(ctx: Ctx, d: Draft, s0: number, s1: number): number | undefined {
  let best: number | undefined;
  let bestDist = 1e9;
  const times = ctx.doc.times;
  const a = ctx.toks[s0]!.start, b = ctx.toks[s1 - 1]!.end;
  const win = timeWindow(ctx, d, s0);
  for (let i = 0; i < times.length; i++) {
    const t = times[i]!;
    if (t.start < a || t.end > b) continue;
    if (t.type === 'DURATION' || t.type === 'SET') continue; // "for four years", "every week": not when it happened
    const trig = ctx.toks[d.t0]!;
    const dist = t.start >= trig.end ? t.start - trig.end : trig.start - t.end;
    if (t.start < win.from) continue;
    if (win.near && (t.start >= trig.end ? dist > 16 : dist > 3)) continue;
    if (dist < bestDist && dist < 120) { best = i; bestDist = dist; }
  }
  return best;
}

/** A nationality qualifying a person ("German Chancellor Olaf Scholz", "Ukrainian officials", "Russian forces")
 * says whose they are, not where the event happened. */
/** A plural demonym names people, not their country: "killed three Palestinians", "250,000 Libyans". */
export function peopleOfPlace(ctx: Ctx, m: MentionRef): boolean {
  if (m.pseudo || m.t0 !== m.t1 || m.type !== 'GPE') return false;
  const surface = ctx.doc.text.slice(m.start, m.end);
  return /^\p{Lu}\p{Ll}+s$/u.test(surface) && ctx.ments.byId.get(m.ids[0]!)?.name !== surface;
}

/** The token after a mention's compound modifiers ("Israeli [air] strike", "a Russian [drone] attack"): the mention's
 * next token when none follow it, at most two of them. */
export function afterCompound(ctx: Ctx, k: number): number {
  let q = k;
  while (q < k + 2 && COMPOUND_MODIFIERS.has(ctx.low[q] ?? '') && ctx.ments.at[q]! < 0 && ctx.toks[q]?.kind === 'WORD' && !ctx.trig[q]) q++;
  return q;
}

/** "Russian strikes", "Israeli raids", "an Israeli air strike": a nationality adjective right before an event noun (or
 * its compound modifiers) says who acted, not where. */
export function qualifiesEvent(ctx: Ctx, m: MentionRef): boolean {
  return nationalityAdjective(ctx, m) && !!ctx.trig[afterCompound(ctx, m.t1 + 1)];
}

/** A one-word mention written as a nationality adjective ("Russian", "Chinese", "Israeli"): an adjective ending and a
 * surface other than its entity's name. */
function nationalityAdjective(ctx: Ctx, m: MentionRef): boolean {
  if (m.pseudo || m.possessive || m.t0 !== m.t1 || m.type === 'PERSON') return false; // a person's short name ("Modi") is none
  const surface = ctx.doc.text.slice(m.start, m.end);
  return /(?:an|ese|ish|ian|i|ch)$/.test(surface) && ctx.ments.byId.get(m.ids[0]!)?.name !== surface;
}

/** "Russia's attack on Odesa", "Israel's air strikes": the possessor of an event noun is who acted, not where. */
export function possessesEvent(ctx: Ctx, m: MentionRef): boolean {
  if (!m.possessive || m.pseudo) return false;
  let q = m.t1 + 1;
  if (ctx.low[q] === "'s" || ctx.low[q] === '’s' || ctx.low[q] === "'") q++;
  return !!ctx.trig[afterCompound(ctx, q)];
}

export function qualifiesPerson(ctx: Ctx, m: MentionRef): boolean {
  if (qualifiesEvent(ctx, m)) return true;
  if (!nationalityAdjective(ctx, m)) return false;
  const n = m.t1 + 1;
  const t = ctx.toks[n];
  if (!t || t.kind !== 'WORD') return false;
  const w = ctx.low[n]!;
  if (ROLE_NOUNS.has(w) || ACTOR_HEADS.has(w) || (/^\p{Lu}/u.test(ctx.doc.text.slice(t.start, t.end)) && ctx.ments.at[n]! < 0 && /^[a-z-]+$/.test(w) && w.length > 3)) return true;
  // "the Palestinian health ministry", "the Ukrainian air force": an institution's head a word or two later
  for (let q = n + 1; q <= n + 2; q++) {
    const tq = ctx.toks[q];
    if (!tq || tq.kind !== 'WORD' || ctx.ments.at[q]! >= 0) return false;
    if (ORG_HEADS.has(ctx.low[q]!) || ACTOR_HEADS.has(ctx.low[q]!)) return /^[a-z-]+$/.test(ctx.low[q - 1]!);
  }
  return false;
}

/** A town, region or site after "from" ("Residents from Gaza City said", "a statement from Gaza City", "Speaking from
 * Kyiv") is where the words came from, not who said them; a country there may still stand for its people or its
 * government ("delegates from Iran said"). */
export function originPlace(ctx: Ctx, m: MentionRef): boolean {
  if (m.pseudo || !isPlace(m.type)) return false;
  let b = m.t0 - 1;
  if (ctx.low[b] === 'the') b--;
  if (ctx.low[b] !== 'from') return false;
  const e = ctx.ments.byId.get(m.ids[0]!);
  return !e || !isCountryEntity(e);
}

/** A mention already standing for who acts or who is met ("Russia launched …"): not also the place. */
function isActor(d: Draft, m: MentionRef): boolean {
  const actors = [...(d.args.get('agent') ?? []), ...(d.args.get('partner') ?? [])];
  return m.ids.every((id) => actors.includes(id));
}

/** "South Korea's military said", "Russia's defence ministry": the state whose body acts, not a place. */
function possessorOfActor(ctx: Ctx, m: MentionRef): boolean {
  if (!m.possessive) return false;
  for (let q = m.t1 + 1; q <= m.t1 + 3; q++) {
    const w = ctx.low[q];
    if (w === undefined || ctx.toks[q]!.kind !== 'WORD' || ctx.ments.at[q]! >= 0) return false;
    if (ACTOR_HEADS.has(w) || ORG_HEADS.has(w) || ROLE_NOUNS.has(w)) return true;
  }
  return false;
}

/** Kinds of place a nationality may describe before "of" and the place's name (data/lexicon/events-words.tsv). */
const NAMED_PLACE_KINDS = eventWords('named-place-kinds');
/** "in the Azerbaijani town of Yevlakh", "near the Mozambican port city of Beira": a nationality adjective (a surface
 * other than its country's name) describing a kind of place that "of" then names; the named place, not the nationality's
 * country, is the nearest place. Not "the Azerbaijani town" with no name after it, nor a country's own name ("Chad's
 * capital of N'Djamena" keeps its possessor's reading elsewhere). */
export function describesNamedPlace(ctx: Ctx, m: MentionRef): boolean {
  if (!nationalityAdjective(ctx, m)) return false;
  let q = m.t1 + 1, kind = false;
  for (let n = 0; n < 3 && q < ctx.low.length; n++, q++) {
    const w = ctx.low[q]!;
    if (w === 'of' || ctx.ments.at[q]! >= 0 || ctx.toks[q]!.kind !== 'WORD' || !/^[a-z-]+$/.test(w)) break;
    if (NAMED_PLACE_KINDS.has(w)) kind = true;
  }
  if (!kind || ctx.low[q] !== 'of') return false;
  const mi = ctx.ments.at[q + 1] ?? -1;
  return mi >= 0 && isPlace(ctx.ments.list[mi]!.type) && ctx.ments.list[mi]!.t0 === q + 1;
}

export function nearestPlace(ctx: Ctx, d: Draft, s0: number, s1: number): MentionRef | undefined {
  let best: MentionRef | undefined;
  let bestDist = 1e9;
  for (let k = s0; k < s1; k++) {
    const mi = ctx.ments.at[k]!;
    if (mi < 0) continue;
    const m = ctx.ments.list[mi]!;
    if (m.t0 !== k) continue;
    if (!isPlace(m.type) || qualifiesPerson(ctx, m) || peopleOfPlace(ctx, m) || isActor(d, m) || possessorOfActor(ctx, m) || possessesEvent(ctx, m)) continue;
    if (describesNamedPlace(ctx, m)) continue;
    const dist = Math.abs(k - d.t0);
    if (dist < bestDist) { best = m; bestDist = dist; }
  }
  return best;
}


/** Nouns of a place's description before "where" ("Mubende, the district where …"). */
const WHERE_HEADS = new Set(['district', 'city', 'town', 'village', 'region', 'province', 'area', 'state', 'country', 'capital',
  'port', 'county', 'island', 'neighbourhood', 'neighborhood', 'suburb', 'camp', 'site', 'valley', 'territory', 'enclave']);
/** Distance units of an apposition after a place ("Taipei, 150km from the epicentre, where …"). */
const DISTANCE_UNITS = eventWords('distance-units');

/** The place a relative "where" (or "in which") opening the trigger's clause stands for: "Strong shaking was felt in Taipei,
 * where metro services were suspended", "access to Tigray, where 5.2 million people need food aid", "Mubende, the
 * district where the first case was confirmed". The clause runs from "where" to the trigger with no comma, quotation or
 * clause word between; the antecedent is the place right before the comma (or before a short description ending in a
 * place noun). Not "where" after a person or an organisation ("the minister, where …" is no place), nor a place further
 * back ("in Taipei on Monday, where"). */
export function wherePlace(ctx: Ctx, d: Draft, s0: number): MentionRef | undefined {
  let k = d.t0 - 1;
  for (; k >= s0 && k >= d.t0 - 20; k--) {
    const w = ctx.low[k]!;
    if (w === 'where' || (w === 'which' && ctx.low[k - 1] === 'in')) break;
    if (HARD_PUNCT.has(w) || w === ',' || HARD_WORDS.has(w) || REPORTING.has(w) || ctx.toks[k]!.kind === 'QUOTE') return undefined;
  }
  if (k < s0 || k < d.t0 - 20) return undefined;
  let q = ctx.low[k] === 'which' ? k - 2 : k - 1;
  if (q >= s0 && WHERE_HEADS.has(ctx.low[q]!) && ctx.ments.at[q]! < 0) {
    let r = q - 1;
    while (r >= s0 && r >= q - 4 && ctx.ments.at[r]! < 0 && ctx.low[r] !== ',' && /^[a-z-]+$/.test(ctx.low[r]!)) r--;
    if (r < s0 || ctx.low[r] !== ',' || ctx.low[r + 1] !== 'the') return undefined;
    q = r;
  }
  if (q < s0 || ctx.low[q] !== ',') return undefined;
  // "Taipei, about 150km (93 miles) from the epicentre, where": a distance set off by commas after the place
  if (q - 1 >= s0 && ctx.ments.at[q - 1]! < 0) {
    let r = q - 1, unit = false;
    for (; r >= s0 && r >= q - 14 && ctx.low[r] !== ','; r--) if (DISTANCE_UNITS.has(ctx.low[r]!) || /^\d[\d.,]*(?:km|mi)$/.test(ctx.low[r]!)) unit = true;
    if (unit && r > s0 && ctx.low[r] === ',') q = r;
  }
  const mi = q - 1 >= s0 ? ctx.ments.at[q - 1]! : -1;
  const m = mi >= 0 ? ctx.ments.list[mi]! : undefined;
  if (!m || m.t1 !== q - 1 || !isPlace(m.type) || m.pseudo === 'PRONOUN' || m.possessive || qualifiesPerson(ctx, m) || peopleOfPlace(ctx, m) || isActor(d, m)) return undefined;
  return m;
}

/** For events that happen somewhere (disasters, attacks, deaths): every place named in the trigger's
 * clause ("Flash floods in eastern Libya have killed 2,300 people in Derna"). */
export function clausePlaces(ctx: Ctx, d: Draft, s0: number, s1: number): void {
  const stop = (k: number): boolean => {
    const w = ctx.low[k]!;
    return HARD_PUNCT.has(w) || HARD_WORDS.has(w) || REPORTING.has(w);
  };
  for (let k = d.t0 - 1; k >= s0 && k >= d.t0 - 25 && !stop(k); k--) {
    const mi = ctx.ments.at[k]!;
    if (mi < 0) continue;
    const m = ctx.ments.list[mi]!;
    if (isPlace(m.type) && !(m.pseudo === 'PRONOUN') && !qualifiesPerson(ctx, m) && !peopleOfPlace(ctx, m) && !isActor(d, m) && !possessesEvent(ctx, m)) addArg(d, 'location', m.ids.slice(0, 1));
    k = m.t0;
  }
  for (let k = d.t1 + 1; k < s1 && k <= d.t1 + 25 && !stop(k); k++) {
    const mi = ctx.ments.at[k]!;
    if (mi < 0) continue;
    const m = ctx.ments.list[mi]!;
    if (isPlace(m.type) && !(m.pseudo === 'PRONOUN') && !qualifiesPerson(ctx, m) && !peopleOfPlace(ctx, m) && !isActor(d, m) && !possessesEvent(ctx, m)) addArg(d, 'location', m.ids.slice(0, 1));
    k = m.t1;
  }
}

/** How many sentences after the dateline its place still frames: the lead, where the dateline's city is where the
 * reported event happened ("KYIV, Ukraine (AP) — Zelenskyy met Duda on Tuesday"). */
const DATELINE_LEAD = 2;

/** The dateline's town when it lies in the report's main country ("KYIV, Ukraine (AP) —" in a report on Ukraine), else
 * undefined: a dateline abroad ("GENEVA (Reuters) - A cholera outbreak in Mozambique") is where the reporter is, not
 * where it happened. The first place named in a DATELINE sentence among the first three; a country there is no town. */
export function datelineTown(ctx: Ctx): { id: string; sentence: number } | undefined {
  const main = ctx.mainPlaces.map((id) => ctx.ments.byId.get(id)).find((e) => e && isCountryEntity(e));
  for (let s = 0; s < Math.min(3, ctx.sentences.length); s++) {
    if (ctx.sentences[s]?.kind !== 'DATELINE') continue;
    const [s0, s1] = ctx.sentRange[s]!;
    for (let k = s0; k < s1; k++) {
      const mi = ctx.ments.at[k]!;
      if (mi < 0) continue;
      const m = ctx.ments.list[mi]!;
      if (m.pseudo || m.type !== 'GPE') continue;
      const e = ctx.ments.byId.get(m.ids[0]!);
      if (!e || isCountryEntity(e)) return undefined;
      const iso = e.geo?.country;
      if (!main || !iso || main.iso !== iso) return undefined;
      return { id: e.id, sentence: s };
    }
    return undefined;
  }
  return undefined;
}

/** The dateline's town for an event in the lead (see datelineTown), or undefined. */
export function leadTown(ctx: Ctx, d: Draft): string | undefined {
  if (ctx.dateline === undefined) ctx.dateline = datelineTown(ctx) ?? null;
  const t = ctx.dateline;
  if (!t || d.sentence <= t.sentence || d.sentence - t.sentence > DATELINE_LEAD) return undefined;
  return t.id;
}
