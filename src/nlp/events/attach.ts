// Argument attachment for one trigger: passive detection, the light verb governing a noun trigger,
// subject and objects, weapons and vehicles of the sentence, located events' places, the nearest date.
import { explain } from '../doc.js';
import { HARD_PUNCT, HARD_WORDS, LIGHT, GOVERNING, AUX, BE, WEAPONISH, MOVE, TOPIC_FORMS, DET, PRE_TITLE, UNDERGO, UNDERGO_TYPES } from './words.js';
import { type Ctx, type Draft, addArg } from './context.js';
import { type Pending } from './triggers.js';
import { leftArgs } from './subject.js';
import { rightArgs } from './objects.js';
import { nearestTime, nearestPlace, clausePlaces, leadTown, wherePlace } from './places.js';
import { invertedSpeaker, statementPlaces, statementPlatform } from './statements.js';
import { retypeVisit } from './retype.js';
import { type MentionRef, isCountryEntity } from './mentions.js';
import { foreignSpeaker, reportedBy } from './foreign.js';

/** Scale and currency words that end a sum ("$2 billion in aid", "500 million euros in loans"). */
const SUM_WORDS = new Set(['million', 'billion', 'trillion', 'thousand', 'hundred', 'millions', 'billions', 'euros', 'dollars', 'pounds',
  'yuan', 'yen', 'rupees', 'francs', 'roubles', 'rubles', 'bn', 'm']);

/** Whether the comma at `c` closes a relative clause opened by an earlier comma within 20 tokens (", who …,"), or an
 * apposition to the name that opens the sentence ("Yolande Makolo, a spokesperson for the government, took issue with":
 * the verb after it is the main clause's, not a reduced passive). No apposition is exempt when "by" follows the verb
 * (`byAfter`): "Alexei Navalny, a Kremlin critic, jailed by Russia", "Sam Altman, OpenAI chief executive, fired by the
 * board" are reduced passives. */
function closesRelative(ctx: Ctx, c: number, s0: number, byAfter: boolean): boolean {
  const low = ctx.low;
  for (let k = c - 1; k >= Math.max(s0, c - 20); k--) {
    if (low[k] === ',') {
      const w = low[k + 1];
      if (w === 'who' || w === 'which' || w === 'whose') return true;
      if (byAfter) return false;
      const mi = k - 1 >= s0 ? ctx.ments.at[k - 1]! : -1;
      const m = mi >= 0 ? ctx.ments.list[mi]! : undefined;
      if (!m || m.t1 !== k - 1 || m.possessive || (m.type !== 'PERSON' && m.type !== 'ORG') || !(DET.has(w!) || /^\p{Ll}/u.test(w ?? ''))) return false;
      let b = m.t0 - 1;
      while (b >= s0 && b >= m.t0 - 3 && ctx.ments.at[b]! < 0 && (low[b] === 'the' || PRE_TITLE.has(low[b]!))) b--;
      return b < s0;
    }
  }
  return false;
}

/** Prepositions that open a noun trigger's own phrase ("the attack on Kharkiv", "the fighting in Gaza"). */
const OWN_PHRASE = new Set(['on', 'in', 'of', 'against', 'at']);

/** Fills the arguments of a found trigger; returns undefined when a reading that needs an object has none. */
export function attachArgs(ctx: Ctx, found: Pending, s0: number, s1: number): Draft | undefined {
  const { lex, toks, low, doc } = ctx;
  const { d, infl, needObj } = found;
  const i = d.t0;
  // Passive: a form of "be"/"get" shortly before a participle; "placed X under (house) arrest".
  let passive = d.noun && (low[i - 1] === 'under' || (low[i - 2] === 'under' && toks[i - 1]!.kind === 'WORD'));
  if (!d.noun && (infl === 'ED' || infl === 'IRREGULAR')) {
    for (let k = i - 1; k >= Math.max(s0, i - 3); k--) {
      if (BE.has(low[k]!)) { passive = low[k] !== "'s" && low[k] !== '’s'; break; }
      if (!AUX.has(low[k]!) && !/ly$/.test(low[k]!)) break;
    }
    // A reduced passive clause: "…, charged with killing X".
    // Not when the comma closes a relative clause ("Pope Francis, who turned 87, called for peace": the verb is the
    // main clause's), and the preposition is the one after the whole trigger ("called for" is the trigger itself).
    if (!passive && d.type !== 'STATEMENT' && d.type !== 'ARRIVE' && d.type !== 'DEPART' && low[i - 1] === ',' && ['with', 'by', 'for', 'over', 'after', 'in'].includes(low[d.t1 + 1] ?? '')
      && !closesRelative(ctx, i - 1, s0, low[d.t1 + 1] === 'by')) passive = true;
    // "was arrested … and charged with": a participle coordinated with a passive one.
    if (!passive && low[i - 1] === 'and') {
      for (let k = i - 2; k >= Math.max(s0, i - 14); k--) {
        if (HARD_PUNCT.has(low[k]!) || HARD_WORDS.has(low[k]!)) break;
        if (BE.has(low[k]!) && low[k] !== "'s" && low[k] !== '’s' && /ed$/.test(low[k + 1] ?? '')) { passive = true; break; }
      }
    }
  }
  // A noun governed by a light verb takes its subject from the verb ("OCHA launched an appeal").
  let anchor = i;
  if (d.noun) {
    for (let k = i - 1; k >= Math.max(s0, i - 6); k--) {
      const w = low[k]!;
      // "met … to discuss the coup": a verb that only talks about the event lends it no subject
      if (TOPIC_FORMS.has(w)) break;
      if (LIGHT.has(w) || GOVERNING.has(w) || (UNDERGO.has(w) && UNDERGO_TYPES.has(d.type))) { anchor = k; break; }
      // "announced $2 billion in aid": a sum before "in" measures the noun the light verb governs
      if (w === 'in' && k - 1 >= s0 && (toks[k - 1]!.kind === 'NUMBER' || SUM_WORDS.has(low[k - 1]!))) continue;
      // "launched an investigation into the shooting": the light verb governs the first noun, not one in its complement
      if (ctx.trig[k] || (w !== 'of' && lex.roles.has(w))) break;
      if (toks[k]!.kind !== 'WORD' && toks[k]!.kind !== 'NUMBER' && toks[k]!.kind !== 'SYMBOL') break;
      if (ctx.ments.at[k]! >= 0 || HARD_WORDS.has(w)) break;
    }
  }
  // "Boric drew criticism from Amnesty", "the agency has faced criticism", "came under criticism from": the subject
  // undergoes a reaction noun (its patient) and the party it comes "from" is its agent (not "drew up a plan")
  const undergo = d.noun && UNDERGO_TYPES.has(d.type) && ((anchor !== i && UNDERGO.has(low[anchor]!) && low[anchor + 1] !== 'up') || passive);
  // '"…," said Mr. McGinley': after a closing quotation the speaker follows the verb.
  const afterQuote = d.type === 'STATEMENT' && i - 1 >= s0 && (toks[i - 1]!.kind === 'QUOTE' || (low[i - 1] === ',' && i - 2 >= s0 && toks[i - 2]!.kind === 'QUOTE'));
  if (afterQuote) invertedSpeaker(ctx, d, s0, s1);
  if (!afterQuote || !d.args.has('agent')) {
    // The subject is sought from the light verb (the anchor): the draft is read there for the call, then put back
    // (a copy of the draft per trigger cost more than the search; leftArgs writes only through args and rule).
    const t0 = d.t0, via = d.viaLight;
    d.t0 = anchor; d.viaLight = anchor !== i;
    try { leftArgs(ctx, d, s0, passive || undergo); } finally { d.t0 = t0; d.viaLight = via; }
  }
  if (d.type === 'STATEMENT' && !d.args.has('agent') && d.lemma !== 'tell') invertedSpeaker(ctx, d, s0, s1);
  if (passive) { d.rule.push('passive'); d.passive = true; }
  if (anchor !== i) d.rule.push('light-verb');
  const right = rightArgs(ctx, d, s1);
  if (needObj && !right) return undefined;
  if (undergo) fromAgent(d);
  statementPlaces(ctx, d, s0, s1);
  statementPlatform(ctx, d, s1);
  // Weapons and vehicles anywhere in the sentence for weapon-centred events; vehicles for movement.
  if (WEAPONISH.has(d.type) || MOVE.has(d.type) || d.type === 'ATTACK') {
    for (let k = s0; k < s1; k++) {
      const mi = ctx.ments.at[k]!;
      if (mi < 0) continue;
      const m = ctx.ments.list[mi]!;
      if (m.t0 !== k) continue;
      if (m.type === 'WEAPON' && WEAPONISH.has(d.type)) addArg(d, 'theme', m.ids);
      else if ((m.type === 'VEHICLE' && MOVE.has(d.type)) || (m.type === 'WEAPON' && d.type === 'ATTACK')) addArg(d, 'instrument', m.ids);
    }
  }
  retypeVisit(ctx, d);
  const info = lex.types.get(d.type);
  const placeless = (): boolean => !d.args.has('location') && !d.args.has('destination') && !d.args.has('origin');
  // "in Taipei, where metro services were suspended": the place a relative "where" stands for is where its events
  // happened, for an event with no place of its own; not a noun with an object or a phrase of its own ("Delegates gathered in Geneva, where envoys discussed the attack on Kharkiv": the attack was not in Geneva)
  if (d.type !== 'STATEMENT' && placeless() && !(d.noun && (d.args.has('patient') || d.args.has('theme') || OWN_PHRASE.has(low[d.t1 + 1] ?? '')))) {
    const wp = wherePlace(ctx, d, s0);
    if (wp) { addArg(d, 'location', wp.ids.slice(0, 1)); d.rule.push('place:where'); }
  }
  if (info?.clause) clausePlaces(ctx, d, s0, s1);
  if (info?.place && placeless()) {
    const p = nearestPlace(ctx, d, s0, s1);
    if (p) { addArg(d, 'location', p.ids.slice(0, 1)); d.rule.push('place:sentence'); }
    else {
      // the report's main place is no fallback for an event whose actor it is ("the US-China talks" are not "in" the US)
      const actors = [...(d.args.get('agent') ?? []), ...(d.args.get('partner') ?? [])];
      // in the lead, the dateline's town in the main country is where a located event happened ("KYIV, Ukraine (AP) —
      // Zelenskyy and Duda signed an agreement on Tuesday"), first for those that also take the report's main places
      const town = leadTown(ctx, d);
      const abroad = !!town && saidAbroad(ctx, d, town);
      if (town && !actors.includes(town) && !abroad) { addArg(d, 'location', [town]); d.rule.push('place:dateline'); }
      // (nor is the dateline's town, as the report's most named place, where a foreign speaker's words place it, nor its
      // country: "KYIV, Ukraine (AP) — The Kremlin said talks with the United States would begin")
      const townIso = abroad ? ctx.ments.byId.get(town!)?.geo?.country : undefined;
      const homeCountry = (id: string): boolean => { const e = ctx.ments.byId.get(id); return !!townIso && !!e && isCountryEntity(e) && (e.iso ?? e.geo?.country) === townIso; };
      const places = info.docPlace ? ctx.mainPlaces.filter((id) => !actors.includes(id) && !(abroad && (id === town || homeCountry(id)))) : [];
      if (places.length) { addArg(d, 'location', places); d.rule.push('place:document'); }
    }
  }
  // a statement in the lead with no place of its own was made in the dateline's town ("WASHINGTON (AP) — President Joe
  // Biden said on Tuesday …"), when that town lies in the report's main country
  if (d.type === 'STATEMENT' && !d.noun && !d.args.has('location')) {
    const town = leadTown(ctx, d);
    if (town && !(d.args.get('agent') ?? []).includes(town) && !saidAbroad(ctx, d, town)) { addArg(d, 'location', [town]); d.rule.push('said-at-dateline'); }
  }
  if (info?.place) cityCountry(ctx, d);
  aidRecipient(ctx, d);
  const time = nearestTime(ctx, d, s0, s1);
  if (time !== undefined) d.time = time;
  explain(doc, 'events', () => `${d.type} "${doc.text.slice(toks[d.t0]!.start, toks[d.t1]!.end)}" (${d.rule.join(',')})`);
  return d;
}

/** The parties a reaction noun comes "from" (its origin) are its agents: "drew criticism from Amnesty". */
function fromAgent(d: Draft): void {
  const from = d.args.get('origin');
  if (!from?.length) return;
  d.args.delete('origin');
  addArg(d, 'agent', from);
  d.rule.push('undergo-from');
}

/** Whether a draft is a statement by a speaker of another country than the dateline's town, or lies in the words of
 * one ("KYIV, Ukraine (AP) — The Kremlin said talks with the United States would begin": neither the saying nor the
 * talks are in Kyiv). */
function saidAbroad(ctx: Ctx, d: Draft, town: string): boolean {
  const iso = ctx.ments.byId.get(town)?.geo?.country;
  if (!iso) return false;
  // a visitor speaks where they are ("KYIV, Ukraine (AP) — Visiting U.S. Secretary of State Antony Blinken announced")
  const speakers = d.type === 'STATEMENT' ? [...(d.args.get('agent') ?? []), ...reportedBy(ctx, d)] : reportedBy(ctx, d);
  if (speakers.some((id) => visiting(ctx, id, town, iso))) return false;
  if (d.type === 'STATEMENT' && foreignSpeaker(ctx, d.args.get('agent') ?? [], iso, d.sentence)) return true;
  return foreignSpeaker(ctx, reportedBy(ctx, d), iso, d.sentence);
}

/** Words that put a person on a journey to a place ("visiting", "arrived in Kyiv", "on a trip to Ukraine"). */
const VISIT_WORDS = new Set(['visiting', 'visit', 'visits', 'visited', 'arrived', 'arrives', 'arriving', 'trip', 'travelled', 'traveled',
  'landed', 'tour', 'touring']);

/** Whether the report has a speaker travelling to the dateline's town or country: "visiting" within seven words before
 * one of their mentions, or a sentence naming them, a word of a visit and the town or a place of its country. */
function visiting(ctx: Ctx, id: string, town: string, iso: string): boolean {
  const here = (m: MentionRef): boolean => m.ids.some((x) => { const e = ctx.ments.byId.get(x); return x === town || (!!e && isCountryEntity(e) && (e.iso ?? e.geo?.country) === iso); });
  const bySent = new Map<number, { speaker: boolean; place: boolean; visit: boolean }>();
  for (let k = 0; k < ctx.toks.length; k++) {
    const s = ctx.toks[k]!.sentence;
    const row = bySent.get(s) ?? { speaker: false, place: false, visit: false };
    bySent.set(s, row);
    if (VISIT_WORDS.has(ctx.low[k]!)) row.visit = true;
    const mi = ctx.ments.at[k]!;
    if (mi < 0) continue;
    const m = ctx.ments.list[mi]!;
    if (m.ids.includes(id)) {
      row.speaker = true;
      for (let q = m.t0 - 1; q >= 0 && q >= m.t0 - 7 && ctx.toks[q]!.sentence === s; q--) if (ctx.low[q] === 'visiting') return true;
    }
    if (here(m)) row.place = true;
    k = Math.max(k, m.t1);
  }
  for (const row of bySent.values()) if (row.speaker && row.place && row.visit) return true;
  return false;
}

/** Aid types whose recipient a report about one country often leaves unsaid ("The United States said it would send
 * emergency aid" in a report on floods in Libya). */
const AID_TYPES = new Set(['PROVIDE_AID']);
/** Aid that names no recipient, no place and no patient goes to the report's main country, unless that country gives it. */
function aidRecipient(ctx: Ctx, d: Draft): void {
  if (!AID_TYPES.has(d.type) || d.args.get('destination')?.length || d.args.get('patient')?.length || d.args.get('location')?.length) return;
  const main = ctx.mainPlaces[0];
  if (!main || !ctx.doc.entities.some((e) => e.id === main && isCountryEntity(e))) return;
  const actors = [...(d.args.get('agent') ?? []), ...(d.args.get('partner') ?? [])];
  if (actors.includes(main)) return;
  addArg(d, 'destination', [main]);
  d.rule.push('aid-to:document');
}

/** A located event placed in a town is in that town's country too, when the report names the country ("killed hundreds
 * in Derna" in a report that names Libya): the country is added to the location after the town. Only the location role
 * (not a destination or an origin), only towns the knowledge base places in a country, and only a country the report
 * itself names. */
function cityCountry(ctx: Ctx, d: Draft): void {
  const loc = d.args.get('location');
  if (!loc?.length) return;
  const byId = (id: string) => ctx.doc.entities.find((e) => e.id === id);
  const add: string[] = [];
  for (const id of loc) {
    const e = byId(id);
    const iso = e?.geo?.country;
    if (!e || e.type !== 'GPE' || isCountryEntity(e) || !iso) continue;
    const c = ctx.doc.entities.find((x) => x.type === 'GPE' && isCountryEntity(x) && x.iso === iso);
    if (c && !loc.includes(c.id) && !add.includes(c.id)) add.push(c.id);
  }
  if (!add.length) return;
  addArg(d, 'location', add);
  d.rule.push('place:country-of-town');
}
