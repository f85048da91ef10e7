// From selected mention spans to entities: KB disambiguation, typing, in-document coreference (name parts,
// acronyms, role descriptions), metonymy roles, canonical names, geo and ISO codes.
import { join } from 'node:path';
import { projectRoot } from '../../core/shared.js';
import { readDataRows } from '../../core/data-rows.js';
import { readWordSet } from '../../core/word-lists.js';
import type { Entity, EntityType, Mention } from '../../core/types.js';
import type { KbEntry } from '../../kb/types.js';
import { normAlias } from '../../kb/normalize.js';
import { greatCircleKm } from '../checks/geo.js';
import { isCommonEnglishWord, lexicon } from './lexicon.js';
import { type EntityKb, prominence, surfaceCapMask } from './kbview.js';
import { type Cand, spanKey } from './recognize.js';
import { type OwnOutlet, ownOutletMention } from './own-outlet.js';
import { type Tok, tokNorm } from './tokenize.js';
import { WC_GIVEN, WC_LOWER, WC_PERSON, WC_SURNAME, wordClassOf } from './tagger.js';
import { articleBefore, contextCueType, coordinatedWithOrg, coordinatedWithPlace, type CoordSpan, nonPersonCue, placePrepBefore, placePrepListBefore, roleAtBefore } from './cues.js';
import { type ClubCue, clubCue, clubShortNames, clubStrongOnly, namesCompetition } from './clubs.js';
import { type KindEvidence, kindEvidence, mentionEntries } from './kbcontext.js';
import { ownPlaceName, shortPlaceForm, spellingVariant } from './text-form.js';
import { agentNounPlural } from './agent-noun.js';
import { mergePlaceHeadVariants } from './place-head-variant.js';
import { markedFigure, needsMarkedFigure } from '../quantity/lexicon.js';

interface M {
  c: Cand;
  start: number; end: number; text: string;
  type: EntityType;
  entry?: KbEntry;
  key: string; words: string[];
  rule: string;
  role?: 'GOVERNMENT';
  ent?: Ent;
  headline: boolean;
  adj: boolean; // demonym / adjectival mention
  /** KB bodies a generic name ("the Senate") may stand for, decided by genericBodyGate */
  generic?: readonly KbEntry[];
  /** a name two states share ("Congo", "Korean"): what pick was given, for sharedStateNames to choose again */
  shared?: { entries: readonly KbEntry[]; container?: KbEntry; within?: readonly KbEntry[] };
}
interface Ent {
  id: string; type: EntityType; entry?: KbEntry; ms: M[]; rule: string; key: string; words: string[];
  votes: Map<EntityType, number>;
}

const RULE_WEIGHT: Record<string, number> = { model: 1, locative: 0.6, title: 3, appos: 3, given: 2.5, head: 2.5, kb: 3, dem: 3, acronym: 2, part: 1 };
/** Vote of one context cue (cues.ts): above a tagger guess or a locative preposition, level with a title or apposition. */
const CUE_WEIGHT = 3;

const PLACE = new Set<EntityType>(['GPE', 'LOC', 'FAC']);

function compatible(tag: string | undefined, e: KbEntry): number {
  if (!tag) return 0;
  if (tag === 'PER') return e.type === 'PERSON' ? 40 : -40;
  if (tag === 'ORG') return e.type === 'ORG' ? 25 : e.type === 'PERSON' ? -30 : 0;
  if (tag === 'LOC') return PLACE.has(e.type) ? 25 : e.type === 'PERSON' ? -40 : -5;
  return 0;
}

/** Chooses among entries sharing an alias: prominence, agreement with the tagger and rule type, countries in the document. */
function pick(entries: readonly KbEntry[], c: Cand, docCountries: ReadonlyMap<string, number>, container?: KbEntry, within?: readonly KbEntry[]): KbEntry {
  let best = entries[0]!; let bs = -Infinity;
  let top = 0;
  for (const e of entries) top = Math.max(top, prominence(e));
  for (const e of entries) {
    let s = prominence(e) + compatible(c.tagType, e);
    if (c.src !== 'kb' && c.src !== 'dem' && c.type !== 'OTHER') s += e.type === c.type || (PLACE.has(e.type) && PLACE.has(c.type)) ? 20 : -20;
    // "Paris, Texas", "Vienna, Virginia", "Perth, Scotland": the state, province or country after the comma contains
    // this namesake — it is meant, however small, and the document's country evidence counts for it in full
    const named = !!within && within.some((w) => contains(w, e));
    if (named) s += 60;
    // places in a country the document is about ("Georgia" among Atlanta and Savannah is the US state)
    const cc = e.kind === 'COUNTRY' ? undefined : e.country ?? e.iso2;
    // … but not for a small town over a world-known namesake ("Vienna" in a report that names the US is Austria's
    // capital, not Vienna, Virginia; "the Atlantic" is the ocean, not Atlantic, Iowa); a state keeps it ("Georgia")
    if (cc && (named || e.kind !== 'CITY' || prominence(e) + 40 >= top)) s += 20 * Math.min(3, docCountries.get(cc) ?? 0);
    // a short name two states share ("Congo", "Congolese"): the state the document names by an unshared name or by its
    // places ("the Democratic Republic of the Congo … in Congo", "Goma"; "Brazzaville … Congo" stays the Republic — its
    // cities with more than one KB reading counted by sharedStateNames, which calls this again)
    if (e.kind === 'COUNTRY' && e.iso2 && entries.some((x) => x !== e && x.kind === 'COUNTRY')) s += 20 * Math.min(3, docCountries.get(e.iso2) ?? 0);
    // "Atlanta, Georgia": the place after the comma contains the one before it — the country, a region by its
    // admin-1 code in either scheme (GeoNames' "10" for a town, ISO's "QC" for the province), or a city the place
    // lies in ("Brooklyn, New York", "Westminster, London": a district of the city); a city some way off is no
    // container ("Gatineau, Quebec" is the province, not Quebec City)
    if (container) {
      if (e.kind === 'COUNTRY' && e.iso2 && (container.country === e.iso2)) s += 60;
      else if (e.kind === 'CITY' ? cityHolds(e, container) : ((e.admin1 && container.admin1 === e.admin1 && (e.country ?? e.iso2) === container.country) || contains(e, container))) s += 60;
    }
    if (s > bs) { bs = s; best = e; }
  }
  return best;
}

/** How far from a city's point a district named before it may lie ("Brooklyn, New York", "Shibuya, Tokyo"). */
const CITY_DISTRICT_KM = 35;

/** City `city` holds place `e`: the same country, and `e` within CITY_DISTRICT_KM of the city's point. */
function cityHolds(city: KbEntry, e: KbEntry): boolean {
  if ((city.country ?? city.iso2) !== (e.country ?? e.iso2) || city.lat === undefined || city.lon === undefined || e.lat === undefined || e.lon === undefined) return false;
  return greatCircleKm({ lat: city.lat, lon: city.lon }, { lat: e.lat, lon: e.lon }) <= CITY_DISTRICT_KM;
}

/**
 * Whether region or country `w` contains place `e`: same country, and the same admin-1 code for a region — or, where
 * the two codes come from different schemes (GeoNames' numeric "08" for a town, ISO's "ON" for Ontario), the same
 * country alone.
 */
function contains(w: KbEntry, e: KbEntry): boolean {
  if (e.kind === 'COUNTRY' || e.id === w.id) return false;
  const cc = e.country ?? e.iso2;
  if (w.kind === 'COUNTRY' && !w.admin1) return !!w.iso2 && cc === w.iso2;
  if (!w.admin1 || cc !== (w.country ?? w.iso2)) return false;
  if (w.admin1 === e.admin1) return true;
  return !!e.admin1 && /^\d+$/.test(e.admin1) !== /^\d+$/.test(w.admin1);
}

/**
 * The regions and countries a place name right after this one's comma may be ("Paris, Texas", "London, Ontario"), or
 * undefined; not the end of a list ("Washington, Texas and Ohio"), whose names are each other's peers.
 */
function placeAfterComma(toks: readonly Tok[], c: Cand, next: Cand | undefined, kb: EntityKb | null): readonly KbEntry[] | undefined {
  if (!kb || !next || c.cs !== undefined || next.cs !== undefined || toks[c.e]?.text !== ',' || next.s !== c.e + 1) return undefined;
  const after = toks[next.e];
  if (after && (after.lower === 'and' || after.lower === 'or')) return undefined;
  const ws = (next.entries ?? kb.byAlias(spanKey(toks, next.s, next.e))).filter((w) => PLACE.has(w.type) && (w.kind === 'REGION' || w.kind === 'COUNTRY'));
  return ws.length ? ws : undefined;
}

const NAME_SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/;
/** "lloyd austin" for the words of "Lloyd J. Austin III": the first word and the last that is no generational suffix. */
function firstLast(words: readonly string[]): string {
  let e = words.length;
  while (e > 1 && (NAME_SUFFIX.test(words[e - 1]!) || words[e - 1] === ',')) e--;
  return e >= 2 ? `${words[0]} ${words[e - 1]}` : '';
}

export interface ResolveInput {
  text: string; toks: Tok[]; kb: EntityKb | null; year: number; lowerSeen?: ReadonlySet<string>; own?: OwnOutlet;
}

export function resolve(inp: ResolveInput, chosen: Cand[]): Entity[] {
  const { toks, kb, text } = inp;
  const L = lexicon();
  // countries named in the document (for disambiguation)
  const docCountries = new Map<string, number>();
  for (const c of chosen) {
    if (!c.entries || c.entries.length !== 1) continue;
    const cc = docCountryOf(c.entries[0]!);
    if (cc) docCountries.set(cc, (docCountries.get(cc) ?? 0) + 1);
  }

  let docMain: string | undefined; let mainN = 0;
  for (const [cc, n] of docCountries) if (n > mainN) { mainN = n; docMain = cc; }
  if (mainN < 3) docMain = undefined;
  // names an apposition or a context cue types against the KB's first reading ("Patagonia, the outdoor clothing company")
  const kindEv = new Map<string, KindEvidence>();
  for (const c of chosen) {
    if (!c.entries || c.src === 'dem') continue;
    const key = spanKey(toks, c.s, c.e);
    if (kindEv.has(key)) continue;
    const ev = kindEvidence(toks, c, c.entries);
    if (ev) kindEv.set(key, ev);
  }
  // full names of the people the document names, as "given surname" (middle names, initials and "Jr"/"III" left out)
  const personNamed = new Set<string>();
  for (const c of chosen) if (c.type === 'PERSON' && c.e - c.s >= 2 && c.cs === undefined) personNamed.add(firstLast(toks.slice(c.s, c.e).map((t) => t.lower)));
  // ---- mentions ----
  const ms: M[] = [];
  const byStart = new Map<number, Cand>();
  for (const c of chosen) if (!byStart.has(c.s)) byStart.set(c.s, c);
  for (const c of chosen) {
    const start = c.cs ?? toks[c.s]!.start; const end = c.ce ?? toks[c.e - 1]!.end;
    // function words are never names ("It", "No"), whatever an alias table says
    if (c.e - c.s === 1 && c.cs === undefined && c.rule !== 'celestial-body' && L.nonEntities.has(toks[c.s]!.lower) && !(toks[c.s]!.allCaps && !toks[c.s]!.headline)) continue;
    let entries = c.entries;
    if (!entries && kb && c.src !== 'dem') {
      const k = c.cs !== undefined ? undefined : spanKey(toks, c.s, c.e);
      let found = k ? kb.byAlias(k) : [];
      // an alias the KB holds only in capitals is no match for other capitalisation ("Isa" in "Hamad bin Isa Al
      // Khalifa" is no ISA; "Nato" still is NATO, whose alias is held in title case too)
      if (found.length && kb.capMask && (kb.capMask(k!) & ~surfaceCapMask(text.slice(start, end))) !== 0) found = [];
      // "Vladimir V. Putin": try without middle initials
      if (!found.length && k && c.type === 'PERSON' && c.e - c.s >= 3) {
        const kk = toks.slice(c.s, c.e).filter((t) => !/^\p{Lu}\.?$/u.test(t.text)).map((t) => tokNorm(t)).filter(Boolean).join(' ');
        if (kk !== k) found = kb.byAlias(kk);
      }
      const ok = found.filter((e) => (c.type === 'PERSON' ? e.type === 'PERSON' : c.type === 'OTHER' ? true : e.type === c.type || (PLACE.has(e.type) && PLACE.has(c.type)) || (c.type === 'ORG' && e.type === 'FAC')));
      if (ok.length) entries = ok;
      // Arabic article variants: "Bayda" ~ "Al Bayda", "Al-Marj" ~ "Marj", for places in a country the text is about
      if (!entries && k && c.type !== 'PERSON' || (!entries && k && c.e - c.s === 1 && c.src === 'model')) {
        const w = k!.split(' ');
        const variants = w[0] === 'al' || w[0] === 'el' ? [w.slice(1).join(' ')] : w.length <= 2 ? ['al ' + k, 'el ' + k] : [];
        for (const v of variants) {
          const found2 = v ? kb.byAlias(v).filter((e) => PLACE.has(e.type) && (docCountries.get(e.country ?? e.iso2 ?? '') ?? 0) > 0) : [];
          if (found2.length) { entries = found2; break; }
        }
      }
      // "BBC Weather": an unknown name led by a known organisation is an organisation
      if (!entries && c.type === 'OTHER' && c.src === 'model' && c.e - c.s >= 2) {
        const lead = kb.byAlias(spanKey(toks, c.s, c.s + 1));
        if (lead.some((e) => e.type === 'ORG' && prominence(e) >= 40)) c.type = 'ORG';
      }
    }
    // "The Post", "The Star": a weak media alias names whichever outlet the story means — a mention, not a link
    // (unless it is the report's own outlet: "told the Post" in a South China Morning Post report)
    const own = entries && inp.own && c.cs === undefined && kb?.isWeak?.(spanKey(toks, c.s, c.e)) ? ownOutletMention(inp.own, text.slice(start, end)) : undefined;
    if (own) entries = [own];
    else if (entries && kb?.isWeak && c.cs === undefined && entries.every((e) => e.kind === 'MEDIA' && prominence(e) < 30) && kb.isWeak(spanKey(toks, c.s, c.e))) entries = undefined;
    let type = c.type; let entry: KbEntry | undefined;
    let shared: M['shared'];
    // "the Supreme Court", "the Senate": a name every state gives its own body waits for the document's country
    // evidence (genericBodyGate below) instead of linking whichever country's body the KB holds
    if (entries && entries.length && c.cs === undefined && L.genericBodyNames.has(spanKey(toks, c.s, c.e).replace(/^the /, ''))) {
      const t = text.slice(start, end);
      const key = spanKey(toks, c.s, c.e);
      ms.push({ c, start, end, text: t, type: type === 'OTHER' ? 'ORG' : type, key, words: key.split(' '), rule: c.rule, headline: toks[c.s]!.headline, adj: false, generic: entries });
      continue;
    }
    if (!own && entries && entries.length && c.e - c.s === 1 && !toks[c.s]!.allCaps && docMain
      && entries.every((x) => x.kind !== 'COUNTRY' && x.country && x.country !== docMain && !(docCountries.get(x.country)) && (x.type === 'ORG' || prominence(x) < 40))) {
      // "Labor" in a US story is not the Australian Labor Party: a single word naming something foreign to the
      // document's dominant country is not linked (and not kept when only the KB proposed it)
      if (c.src === 'kb' && entries.every((x) => x.type === 'ORG')) continue;
      entries = undefined;
    }
    // "the Defence Ministry", "Foreign Ministry": a name national bodies of several countries share is linked only when
    // the document names one of those countries; otherwise it stays an unlinked organisation (a wrong QID is worse
    // than none)
    if (entries && entries.length >= 2 && sharedNationalName(entries, docCountries)) entries = undefined;
    // "Austin recorded its coldest night": a single word the KB knows as a person's surname and as a place is the
    // place when the report never gives the person's full name (Lloyd Austin) and only the gazetteer proposed it
    // — given as a person mention whose first and last words are the entry's given name and surname ("Lloyd J. Austin
    // III"), not merely somewhere in the text
    if (entries && entries.length >= 2 && c.src === 'kb' && c.e - c.s === 1 && entries.some((x) => x.type !== 'PERSON')) {
      const keep = entries.filter((x) => x.type !== 'PERSON' || personNamed.has(firstLast(x.name.toLowerCase().split(/\s+/))));
      if (keep.length) entries = keep;
    }
    // "Washington state", "the Kursk region", "New York state": a lower-case region noun after the name picks the
    // region among the places of that name (not the US capital, a city of the same name)
    if (entries && entries.length >= 2 && c.cs === undefined) {
      const nx = toks[c.e];
      if (nx && nx.isWord && !nx.cap && L.regionNouns.has(nx.lower)) {
        const reg = entries.filter((x) => x.type === 'GPE' && x.kind === 'REGION');
        if (reg.length) entries = reg;
      }
    }
    // what an apposition or a context cue says the name is ("Patagonia, the outdoor clothing company"), for every
    // mention of it; else the mention's own article and preposition ("Emirates said", "in Wembley"; kbcontext.ts)
    let rule = c.rule;
    if (entries && entries.length && c.cs === undefined) {
      const ev = kindEv.get(spanKey(toks, c.s, c.e));
      if (ev) { entries = ev.entries; type = ev.type; rule = c.rule + '+kind-context'; }
      else entries = mentionEntries(toks, c, text.slice(start, end), entries);
    }
    if (entries && entries.length) {
      const prev = ms[ms.length - 1];
      const container = prev && prev.entry && prev.c.e === c.s - 1 && toks[c.s - 1]?.text === ',' && PLACE.has(prev.entry.type) ? prev.entry : undefined;
      const within = PLACE.has(c.type) || c.type === 'OTHER' ? placeAfterComma(toks, c, byStart.get(c.e + 1), kb) : undefined;
      entry = pick(entries, c, docCountries, container, within);
      if (!PLACE.has(entry.type) && kb) entry = placeBeforeItsRegion(kb, toks, c, entries) ?? entry;
      type = entry.type;
      if (entry.kind === 'COUNTRY' && entries.filter((x) => x.kind === 'COUNTRY').length >= 2) shared = { entries, container, within };
    }
    const t = text.slice(start, end);
    const key = c.cs !== undefined ? t.toLowerCase() : spanKey(toks, c.s, c.e);
    ms.push({ c, start, end, text: t, type, entry, key, words: key.split(' '), rule, headline: toks[c.s]!.headline, adj: c.src === 'dem', shared });
  }

  sharedStateNames(ms, docCountries);
  genericBodyGate(ms, toks, docCountries);

  /** a mention the KB links to a country or a well-known place (prominence 50+): "US", "UK", "LA" */
  const placeShortForm = (m: M): boolean => !!m.entry && PLACE.has(m.entry.type) && (m.entry.kind === 'COUNTRY' || prominence(m.entry) >= 50);
  // ---- acronyms introduced in parentheses: "International Organization for Migration (IOM)" ----
  const acro = new Map<string, M>();
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i]!; const b = ms[i + 1]!;
    if (b.c.e - b.c.s !== 1) continue;
    const bt = toks[b.c.s]!;
    if (!(toks[b.c.s - 1]?.text === '(' && a.c.e === b.c.s - 1)) continue;
    if (!/^\p{Lu}[\p{Lu}\p{N}&.]{1,7}$/u.test(bt.text.replace(/\.$/, ''))) continue;
    // an organisation's acronym in brackets right after its full name names it even when its letters are another
    // language's ("National Disaster Mitigation Agency (BNPB)", "Workers' Party (PT)") — unless the KB knows both
    // as different bodies, or the bracket holds a country's short form
    // — nor when the name looks cut or run together: a comma before it ("Meteorology, Climatology and Geophysics
    // Agency" found from "Climatology" on) or the letters naming only its last words ("SpaceIL and Israel Aerospace
    // Industries (IAI)")
    const orgParen = a.type === 'ORG' && a.c.e - a.c.s >= 2 && !(a.entry && b.entry && a.entry !== b.entry) && !placeShortForm(b)
      && toks[a.c.s - 1]?.text !== ',' && !tailAcronym(bt.text, toks, a.c.s, a.c.e);
    if (orgParen || isAcronymOf(bt.text, toks, a.c.s, a.c.e)) {
      acro.set(bt.lower, a);
      // the bracket's own KB link is kept for an unlinked name only when it names a body too (a place's code is not)
      b.type = a.type; b.entry = a.entry ?? (b.entry?.type === 'ORG' ? b.entry : undefined); b.rule = 'acronym-paren';
      (b as M & { alias?: M }).alias = a;
    }
  }
  // an acronym of an organisation named in full in the document, even without brackets ("Christian News Service … CNS")
  const byInitials = new Map<string, M>();
  for (const m of ms) {
    if (m.type !== 'ORG' || m.c.e - m.c.s < 2) continue;
    const ini = initialsOf(toks, m.c.s, m.c.e);
    if (ini.length >= 2 && !byInitials.has(ini)) byInitials.set(ini, m);
  }
  for (const m of ms) {
    if (m.c.e - m.c.s !== 1 || (m as M & { alias?: M }).alias) continue;
    const t = toks[m.c.s]!;
    if (!t.allCaps) continue;
    const a = byInitials.get(t.text.replace(/\./g, ''));
    if (!a || a === m || (m.entry && a.entry === m.entry)) continue;
    if (m.entry && a.entry && a.entry !== m.entry) continue; // both known and different: trust the KB
    // a country's or well-known place's short form is no unknown body's initials ("The US government" beside the
    // University of Southampton)
    if (placeShortForm(m)) continue;
    acro.set(t.lower, a);
    (m as M & { alias?: M }).alias = a; m.type = a.type; m.entry = a.entry; m.rule = 'acronym';
  }
  // unlinked acronym occurrences elsewhere → same referent; a country's or well-known place's short form only in the
  // sentence that introduced the acronym ("The US government said …" is the country beside "the University of
  // Southampton (US)" two sentences on)
  for (const m of ms) {
    if (m.c.e - m.c.s !== 1) continue;
    const a = acro.get(toks[m.c.s]!.lower);
    if (a && placeShortForm(m) && toks[a.c.s]!.sent !== toks[m.c.s]!.sent) continue;
    if (a && a !== m && !(m as M & { alias?: M }).alias) { (m as M & { alias?: M }).alias = a; m.type = a.type; m.entry = a.entry; m.rule = 'acronym'; }
  }

  // ---- clustering ----
  const ents: Ent[] = [];
  const byKb = new Map<string, Ent>();
  const byKey = new Map<string, Ent>();
  const newEnt = (m: M, key: string): Ent => {
    const e: Ent = { id: '', type: m.type, entry: m.entry, ms: [], rule: m.rule, key, words: m.words, votes: new Map() };
    ents.push(e);
    if (m.entry) byKb.set(m.entry.id, e);
    else byKey.set(key, e);
    return e;
  };
  const attach = (m: M, e: Ent) => {
    m.ent = e; e.ms.push(m);
    const w = (m.rule === 'classifier-noun' ? 2.5 : RULE_WEIGHT[m.c.src] ?? 1) * (m.type === 'OTHER' ? 0.5 : 1);
    e.votes.set(m.type, (e.votes.get(m.type) ?? 0) + w);
    if (!e.entry && m.entry) { e.entry = m.entry; byKb.set(m.entry.id, e); }
    if (m.words.length > e.words.length && !m.adj) { e.words = m.words; }
  };
  // a style before one name word ("Sheikh Harun", "Queen Ormsby"; recognize.ts keeps it in the name): the name word
  // is what a fuller name of the document holds, so the mention waits for pass 2 like a single word
  const styledShort = (m: M): boolean => m.type === 'PERSON' && !m.entry && m.c.cs === undefined && m.c.e - m.c.s === 2
    && toks[m.c.s]!.cap && L.styledTitles.has(toks[m.c.s]!.lower.replace(/\.$/, ''));
  // pass 1: linked mentions and multi-word names
  const later: M[] = [];
  for (const m of ms) {
    const al = (m as M & { alias?: M }).alias;
    if (al || styledShort(m)) { later.push(m); continue; }
    if (m.entry) {
      const e = byKb.get(m.entry.id) ?? newEnt(m, m.key);
      attach(m, e);
      continue;
    }
    if (m.c.e - m.c.s >= 2) {
      const e = byKey.get(m.key) ?? orgVariant(m, ents) ?? newEnt(m, m.key);
      attach(m, e);
      continue;
    }
    later.push(m);
  }
  // multi-word person mentions that are a part of a longer person name ("Jong Un") join it
  // pass 2: single words and aliases
  const index = new PartIndex();
  for (const e of ents) index.add(e);
  for (const m of later) {
    const al = (m as M & { alias?: M }).alias;
    if (al && al.ent) { attach(m, al.ent); continue; }
    // a body every state has ("Parliament") is no part of a longer name that holds the word ("Occupy Parliament",
    // "House of Commons"): it names the legislature itself
    // — unless that name is the body itself: a KB body ending in the word ("European Parliament") or a place or
    // nationality before it ("the Texas Senate"), which a later "Parliament" or "the Senate" names again
    // (a styled short form: its name word names a person of the document named in full — "Sheikh Harun" after
    // "Sheikh Harun bin Tarek Al Varnell" — else it is a name of its own)
    const styled = styledShort(m);
    let target = styled ? namePartOwner({ ...m, words: m.words.slice(1), key: m.words.slice(1).join(' ') }, index) : namePartOwner(m, index);
    if (styled && target?.type !== 'PERSON') target = undefined;
    if (target && L.genericBodyNames.has(m.key) && !bodyItself(target, m, kb)) target = undefined;
    if (target) { m.type = target.type; m.rule = target.type === 'PERSON' ? 'coref-name-part' : 'coref-partial-name'; attach(m, target); continue; }
    const known = byKey.get(m.key);
    const e = known ?? newEnt(m, m.key);
    attach(m, e);
    // (a styled name of its own is a name a later bare "Varnell" may shorten, as a multi-word name of pass 1 is)
    if (styled && !known) index.add(e);
  }
  // "Chelsea Clinton" beside Hillary Clinton: an unlinked two- or three-word name ending in a person's surname
  const surnames = new Set<string>();
  for (const e of ents) if (e.type === 'PERSON' && e.words.length >= 2) surnames.add(e.words[e.words.length - 1]!);
  for (const e of ents) {
    if (e.entry || e.type === 'PERSON' || e.words.length < 2 || e.words.length > 3) continue;
    const first = e.ms[0]!; const t0 = toks[first.c.s]!;
    const L2 = lexicon();
    const w0 = e.words[0]!;
    if (surnames.has(e.words[e.words.length - 1]!) && e.words.length === 2 && t0.cap && !L2.orgHeads.has(w0) && !L2.facHeads.has(w0) && !L2.nonEntities.has(w0) && !L2.roleNouns.has(w0) && e.ms.every((m) => m.c.src === 'model' || m.c.src === 'given')) { e.type = 'PERSON'; e.votes.set('PERSON', 99); }
  }
  // unlinked entities typed only by the tagger or a preposition: words around a mention vote too ("residents of
  // Tolvane", "Varnex's chief executive"; cues.ts). A head word, title or apposition already typed the others.
  const cued = new Set<Ent>();
  const weakOnly = (m: M) => (m.c.src === 'model' || m.c.src === 'locative' || m.c.src === 'part') && m.c.rule !== 'model+head' && m.c.rule !== 'classifier-noun';
  // mentions by first and last token, for "X and <organisation>" (coordinatedWithOrg)
  const coordStart = new Map<number, CoordSpan>(); const coordEnd = new Map<number, CoordSpan>();
  for (const m of ms) {
    if (m.c.cs !== undefined) continue;
    const strongOrg = m.type === 'ORG' && ((m.entry?.type === 'ORG' && m.c.src !== 'model') || m.c.src === 'head' || m.c.src === 'acronym');
    const strongPlace = m.type === 'GPE' && !!m.entry && m.entry.type === 'GPE' && m.entry.kind !== 'COUNTRY' && (m.c.src === 'kb' || m.c.src === 'head');
    const sp: CoordSpan = { s: m.c.s, e: m.c.e, strongOrg, strongPlace };
    coordStart.set(m.c.s, sp); coordEnd.set(m.c.e - 1, sp);
  }
  for (const e of ents) {
    if (e.entry || !e.ms.every(weakOnly)) continue;
    let notPerson = false;
    // a name that reads as a person's (a known given name or surname first) stays one: "Kim Hall and Microsoft"
    const personish = (wordClassOf(e.words[0]!) & (WC_GIVEN | WC_SURNAME)) !== 0;
    for (const m of e.ms) {
      if (m.adj) continue;
      const ty = contextCueType(toks, m.c.s, m.c.e, true, m.c.tagType)
        ?? (!personish && coordinatedWithOrg(toks, m.c.s, m.c.e, (k) => coordStart.get(k), (k) => coordEnd.get(k)) ? 'ORG' : undefined)
        ?? (!personish && m.c.e - m.c.s === 1 && coordinatedWithPlace(toks, m.c.s, m.c.e, (k) => coordStart.get(k), (k) => coordEnd.get(k)) ? 'GPE' : undefined)
        // "sirens in Kahana": the tagger reads an unknown name as a person's; a preposition of place says otherwise
        ?? (!personish && placePrepBefore(toks, m.c.s, m.c.e) ? 'GPE' : undefined)
        // "buildings in Silom and Sathon": the second of a pair after the preposition
        ?? (!personish && placePrepListBefore(toks, m.c.s, m.c.e) ? 'GPE' : undefined)
        // "chief strategist at Monex": where a person works
        ?? (!personish && roleAtBefore(toks, m.c.s, m.c.e) ? 'ORG' : undefined);
      if (ty) { e.votes.set(ty, (e.votes.get(ty) ?? 0) + CUE_WEIGHT); cued.add(e); }
      // "X, which …", "the X said": no person, whichever mention of the name says so
      if (nonPersonCue(toks, m.c.s, m.c.e) || (!personish && articleBefore(toks, m.c.s, m.c.e))) notPerson = true;
    }
    // "Varnex, which makes chips": not a person — the other votes decide, an organisation when there are none
    if (notPerson && (e.type === 'PERSON' || e.votes.has('PERSON'))) {
      e.votes.delete('PERSON');
      if (!e.votes.size) e.votes.set('ORG', CUE_WEIGHT);
      if (e.votes.size === 1) { e.type = [...e.votes.keys()][0]!; e.rule = 'context-cue'; }
      cued.add(e);
    }
  }
  // unlinked entities: type by weighted vote of their mentions ("Bankman-Fried" tagged ORG once, PERSON by a rule)
  for (const e of ents) {
    if (e.entry || e.votes.size < 2) continue;
    let best = e.type; let bv = -1;
    // a tie between the tagger's person default and a context cue goes to the cue ("Maui" tagged a person thrice, but
    // "travel to Maui"): the cue reads the words around the name, the default only its shape
    for (const [t, v] of e.votes) if (v > bv || (v === bv && cued.has(e) && best === 'PERSON')) { bv = v; best = t; }
    if (best !== e.type && cued.has(e)) e.rule = 'context-cue';
    e.type = best;
  }
  // a body every state has, capitalised as a name ("Parliament voted", "the Senate", "Cabinet"), is an organisation
  // whatever the tagger guessed for it (a place: "in Parliament"; a person: "Cabinet approved")
  for (const e of ents) {
    if (e.entry || e.type === 'ORG' || e.type === 'OTHER' || e.type === 'NORP') continue;
    if (L.genericBodyNames.has(e.words.join(' ').replace(/^the /, ''))) { e.type = 'ORG'; e.rule = 'generic-body'; }
  }
  // linked single-token places/orgs that are really a name part of a person in the document ("Vladimir" of "Vladimir Putin")
  for (const e of [...ents]) {
    if (!e.entry || e.entry.kind === 'COUNTRY') continue;
    const single = e.ms.every((m) => m.words.length === 1 && !m.adj);
    if (!single) continue;
    const probe = e.ms[0]!;
    const prev = toks[probe.c.s - 1];
    if (prev && L.locativePreps.has(prev.lower)) continue;
    const owner = namePartOwner({ ...probe, type: 'PERSON' }, index, e);
    if (owner && owner !== e) {
      // the owner is the same person when its first and last names agree with the KB entry: keep the link
      const kw = entryWords(e.entry)[0]!;
      const same = e.entry.type === 'PERSON' && !owner.entry && owner.type === 'PERSON' && kw.length >= 2 && owner.words.length >= 2
        && owner.words[0] === kw[0] && owner.words[owner.words.length - 1] === kw[kw.length - 1];
      if (same) { owner.entry = e.entry; byKb.set(e.entry.id, owner); }
      for (const m of e.ms) { m.type = 'PERSON'; m.entry = same ? e.entry : undefined; m.rule = same ? m.rule : 'coref-name-part'; attach(m, owner); }
      e.ms = [];
    }
  }

  // ---- a place with its administrative head and without it: "Ishikawa Prefecture … in Ishikawa" ----
  mergePlaceHeadVariants(ents, attach);

  // ---- short club names with sports evidence: "Liverpool manager", "beat Arsenal 2-1" (clubs.ts) ----
  if (kb) shortClubNames(inp, ms, ents, byKb, byKey, attach, newEnt);
  // ---- a club named by its city in a sports report: "Porto drew 1-1" (names not in the short-name table) ----
  if (kb) sportsClubs(inp, ms, ents, byKb, attach);

  // ---- role descriptions: "the North Korean leader", "Russia's president" ----
  roleMentions(inp, ms, ents);
  appositionRoleMentions(inp, ms);
  pluralPersonMentions(inp, ms);

  // ---- metonymy: capitals / seats of government acting ----
  for (const m of ms) {
    const e = m.ent; if (!e) continue;
    const stands = e.entry ? e.entry.standsFor || L.governmentBuildingCues.has(e.entry.name.toLowerCase()) || L.governmentBuildingCues.has(m.key) : L.governmentBuildingCues.has(m.key);
    if (!stands) continue;
    const nx = toks[m.c.e]; const nx2 = toks[m.c.e + 1];
    if ((nx && L.govVerbs.has(nx.lower)) || (nx && (nx.lower === 'has' || nx.lower === 'had') && nx2 && L.govVerbs.has(nx2.lower))) m.role = 'GOVERNMENT';
  }

  // a name only the tagger proposed that holds a model code, letters and digits in one word ("Airbus A350", "R21",
  // "Tianwen-1", "T20"), is a product, craft or format: another kind of name, not a person, body or place; a type
  // another rule gave stays ("FlightRadar24" by its brand shape after "figures from")
  for (const e of ents) {
    if (e.entry || e.type === 'OTHER' || e.rule !== 'model:perceptron' || !e.ms.length || !e.ms.every((m) => m.c.src === 'model')) continue;
    // (a body's head noun after it keeps the type the tagger gave: "the M5S party", "the M23 rebels")
    if (e.words.some(codeWord) && !e.ms.some((m) => orgHeadAfter(toks, m.c.e))) { e.type = 'OTHER'; e.rule = 'model+code-shape'; }
  }
  // a word between two numbers is a product's model name ("Boeing 737 Max 9 jets", "65 Max 9 aircraft", "79 Max 9s"),
  // not a person: an unlinked one-word person every mention of which stands so
  const digitTok = (t: Tok | undefined, at: Tok): boolean => !!t && t.sent === at.sent && /^\d/.test(t.text);
  for (const e of ents) {
    if (e.entry || e.type !== 'PERSON' || !e.ms.length) continue;
    if (e.ms.every((m) => m.c.cs === undefined && m.c.e - m.c.s === 1 && digitTok(toks[m.c.s - 1], toks[m.c.s]!) && digitTok(toks[m.c.e], toks[m.c.s]!))) { e.type = 'OTHER'; e.rule = 'model-between-numbers'; }
  }
  // a lone one-word person guess stays a name of another kind (an event's argument: "Topix rose"), not a person
  for (const e of ents) if (lonePersonGuess(e, toks)) { e.type = 'OTHER'; e.rule = 'model+lone-word'; }
  // a storm the document names in full ("Hurricane Ian", "Tropical Storm Taldor") and then by its name alone ("Ian
  // brought storm surge") is the storm each time: an event, not a person, body or place (data: stormPrefixes)
  const stormNames = new Set<string>();
  for (const m of ms) {
    if (m.c.rule !== 'event-prefix' || m.c.cs !== undefined) continue;
    let k = m.c.s;
    while (k < m.c.e - 1 && L.stormPrefixes.has(toks[k]!.lower)) k++;
    if (k > m.c.s) stormNames.add(toks.slice(k, m.c.e).map((t) => t.lower).join(' '));
  }
  // a disease named after a place or river ("Marburg virus", "Lassa fever") names no place, body or person, nor does
  // its name alone later ("an outbreak of Marburg"): an unlinked entity whose every mention is a name the report puts
  // right before a lower-case disease noun (data: diseaseNounsAfter) is another kind of name
  const diseaseNames = new Set<string>();
  for (const m of ms) {
    const nx = toks[m.c.e];
    if (m.c.cs === undefined && nx && nx.isWord && !nx.cap && L.diseaseNounsAfter.has(nx.lower)) diseaseNames.add(m.key);
  }
  if (diseaseNames.size) {
    for (const e of ents) {
      if (e.entry || e.type === 'OTHER' || e.type === 'EVENT' || !e.ms.length) continue;
      if (e.ms.every((m) => diseaseNames.has(m.key))) { e.type = 'OTHER'; e.rule = 'disease-name'; }
    }
  }
  if (stormNames.size) {
    for (const e of ents) {
      if (e.entry || e.type === 'OTHER' || e.type === 'EVENT' || !e.ms.length) continue;
      if (e.ms.every((m) => stormNames.has(m.key))) { e.type = 'EVENT'; e.rule = 'storm-name'; }
    }
  }
  // ---- junk filter ----
  const keep = ents.filter((e) => e.ms.length > 0 && !isJunk(e, toks, inp));
  // ---- output ----
  keep.sort((a, b) => a.ms[0]!.start - b.ms[0]!.start);
  return keep.map((e, i) => toEntity(e, i));
}

/** Country a single-entry mention counts for in the document's country tally (docCountries). */
/** Two different sports cue words in the text, or one and a score ("2-1"): a sports report. */
export function sportsReport(text: string): boolean {
  const L = lexicon();
  if (!L.sportsCues) return false;
  const seen = new Set<string>();
  for (const m of text.matchAll(L.sportsCues)) { seen.add(m[0]); if (seen.size >= 2) return true; }
  return seen.size === 1 && writesScore(text);
}

/** The text writes a score ("ended 2-1", "a 3 – 0 win"). */
export function writesScore(text: string): boolean {
  return /(?:^|[\s(])\d{1,2} ?[-–] ?\d{1,2}(?=[\s,.;)]|$)/.test(text);
}

/**
 * In a sports report, a place (or an unlinked name) written as a club's name without its affix ("Porto" for FC Porto,
 * "Valencia" for Valencia CF) is the club, mention by mention: a mention whose context keeps it the place ("flew home
 * to Nice", "fans in Valencia celebrated", "the Valencia city council"; clubs.ts clubCue) stays in the place entity,
 * the others move to the club. Countries stay countries (national teams are not clubs). Names that are ordinary words
 * or villages ("Nice", "Lens", "Hoffenheim") are in data/lexicon/club-short-names.tsv and judged there.
 */
function sportsClubs(inp: ResolveInput, ms: M[], ents: Ent[], byKb: Map<string, Ent>, attach: (m: M, e: Ent) => void): void {
  const { kb, toks, text } = inp;
  if (!kb || !sportsReport(text)) return;
  const L = lexicon();
  const placeStart = new Set<number>();
  for (const m of ms) if (m.c.cs === undefined && (PLACE.has(m.type) || (!!m.ent && PLACE.has(m.ent.type)))) placeStart.add(m.c.s);
  for (const e of [...ents]) {
    if (e.entry ? !(PLACE.has(e.entry.type) && e.entry.kind !== 'COUNTRY') : e.type === 'NORP') continue;
    const body = e.ms.filter((m) => !m.adj);
    if (!body.length || new Set(body.map((m) => m.key)).size !== 1 || body[0]!.words.length > 2) continue;
    // short names of the table ("Liverpool", "Chelsea", "Nice") were judged mention by mention (shortClubNames)
    if (body[0]!.words.length === 1 && clubShortNames().has(body[0]!.key)) continue;
    const keepsPlace = (m: M): boolean => {
      if (m.c.e - m.c.s !== 1) return L.clubPlaceAfter.has(toks[m.c.s - 1]?.lower ?? '');
      const cue = clubCue(toks, m.c.s, (k) => placeStart.has(k));
      return cue === 'place' || cue === 'person';
    };
    const move = body.filter((m) => !keepsPlace(m));
    if (!move.length) continue;
    const name = body[0]!.text.replace(/[’']s$/, '');
    let club: KbEntry | undefined;
    for (const probe of [...L.clubSuffixes.map((x) => `${name} ${x}`), ...L.clubPrefixes.map((x) => `${x} ${name}`)]) {
      club = kb.byAlias(normAlias(probe)).find((c) => c.kind === 'CLUB');
      if (club) break;
    }
    if (!club) continue;
    if (move.length === body.length) {
      if (e.entry) byKb.delete(e.entry.id);
      e.entry = club; e.type = 'ORG'; e.rule = 'sports-club';
      for (const m of e.ms) { m.entry = club; m.type = 'ORG'; m.rule = 'sports-club'; }
      byKb.set(club.id, e);
      continue;
    }
    // both readings in one report: the place keeps its mentions, the club gets its own entity
    e.ms = e.ms.filter((m) => !move.includes(m));
    let target = byKb.get(club.id);
    if (!target) {
      const m0 = move[0]!;
      target = { id: '', type: 'ORG', entry: club, ms: [], rule: 'sports-club', key: `club:${m0.key}`, words: m0.words, votes: new Map() };
      ents.push(target);
      byKb.set(club.id, target);
    }
    for (const m of move) { m.entry = club; m.type = 'ORG'; m.rule = 'sports-club'; attach(m, target); }
  }
}

/**
 * Short club names that are also places or ordinary words ("Liverpool", "Chelsea", "Arsenal"; clubs.ts). A name is the
 * club in this document when the club is named in full ("Liverpool F.C."), or one occurrence has strong sports context
 * ("Liverpool manager", "Arsenal's goalkeeper", beside a score), or weak context ("beat Chelsea", "signed for Arsenal")
 * in a sports report (two cue words, a competition named, or a strong cue for any club). In a sports report a name
 * another rule found (the KB's city, the tagger's guess) is the club wherever nothing keeps it the place, as before.
 * Then each occurrence that is no place ("in Liverpool", "the Liverpool city council", "Chelsea, London") and no
 * person ("Ms Chelsea", "Chelsea, 24,") becomes the club: moved out of its place entity, or a new mention where nothing
 * found the word ("Arsenal"). A short name of several clubs ("Spurs") is linked only to the one the document names
 * in full, else it stays an unlinked organisation. Words inside a longer name ("Chelsea Flower Show", "Chelsea
 * Clinton") and a person's name part are left alone.
 */
function shortClubNames(inp: ResolveInput, ms: M[], ents: Ent[], byKb: Map<string, Ent>, byKey: Map<string, Ent>,
  attach: (m: M, e: Ent) => void, newEnt: (m: M, key: string) => Ent): void {
  const { kb, toks, text } = inp;
  const names = clubShortNames();
  if (!kb || !names.size) return;
  // most documents name no such club: look before building the token cover below
  if (!toks.some((t) => t.isWord && t.cap && names.has(t.lower))) return;
  const cover = new Map<number, M>();
  for (const m of ms) if (m.c.cs === undefined && m.ent) for (let k = m.c.s; k < m.c.e; k++) cover.set(k, m);
  const placeAt = (k: number): boolean => {
    const m = cover.get(k);
    return !!m && m.c.s === k && (PLACE.has(m.type) || (!!m.ent && PLACE.has(m.ent.type)));
  };
  const occ = new Map<string, { i: number; m?: M; cue: ClubCue }[]>();
  let anyStrong = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.isWord || !t.cap || !names.has(t.lower)) continue;
    const m = cover.get(i);
    if (m && (m.c.e - m.c.s !== 1 || m.adj)) continue;
    const cue = clubCue(toks, i, placeAt);
    // the given name of a person named in full ("Chelsea" of Chelsea Clinton) stays the person, unless strong sports
    // context says otherwise ("Chelsea beat Arsenal 2-1")
    if (m?.ent && m.ent.type === 'PERSON' && m.ent.words.length >= 2 && !(cue === 'strong' && m.rule.startsWith('coref'))) continue;
    if (cue === 'strong') anyStrong = true;
    const l = occ.get(t.lower) ?? [];
    l.push({ i, m, cue });
    occ.set(t.lower, l);
  }
  if (!occ.size) return;
  const report = sportsReport(text);
  const sporty = report || anyStrong || namesCompetition(text);
  for (const [name, list] of occ) {
    const clubs: KbEntry[] = [];
    for (const n of names.get(name)!) {
      const c = kb.byAlias(normAlias(n)).find((x) => x.kind === 'CLUB');
      if (c && !clubs.includes(c)) clubs.push(c);
    }
    if (!clubs.length) continue;
    const named = clubs.filter((c) => (byKb.get(c.id)?.ms.length ?? 0) > 0);
    // a name that is an ordinary word or a village too ("Nice", "Lens", "Hoffenheim") needs the club named in full or
    // a strong cue, and then only occurrences with a cue of their own or found by another rule become the club
    const strongOnly = clubStrongOnly().has(name);
    const evidence = named.length > 0 || list.some((o) => o.cue === 'strong') || (!strongOnly && sporty && list.some((o) => o.cue === 'weak'))
      || (!strongOnly && report && list.some((o) => o.m && o.cue !== 'place' && o.cue !== 'person'));
    if (!evidence) continue;
    const club = named.length === 1 ? named[0] : clubs.length === 1 ? clubs[0] : undefined;
    for (const o of list) {
      if (o.cue === 'place' || o.cue === 'person') continue;
      if (strongOnly && !o.cue && !o.m) continue; // "Nice work", sentence-initial
      const t = toks[o.i]!;
      let m = o.m;
      if (m) {
        const old = m.ent;
        if (old && club && old.entry === club) continue;
        if (old) {
          old.ms = old.ms.filter((x) => x !== m);
          if (!old.ms.length && old.entry && byKb.get(old.entry.id) === old) byKb.delete(old.entry.id);
        }
      } else {
        const key = spanKey(toks, o.i, o.i + 1);
        const c: Cand = { s: o.i, e: o.i + 1, type: 'ORG', src: 'kb', rule: 'club-short-name', score: 0, entries: club ? [club] : undefined };
        m = { c, start: t.start, end: t.end, text: t.text, type: 'ORG', key, words: [key], rule: 'club-short-name', headline: t.headline, adj: false };
        let at = ms.length;
        while (at > 0 && ms[at - 1]!.start > m.start) at--;
        ms.splice(at, 0, m);
      }
      m.entry = club; m.type = 'ORG'; m.rule = 'club-short-name';
      const target = club ? byKb.get(club.id) ?? newEnt(m, m.key) : byKey.get(`club:${name}`) ?? newEnt(m, `club:${name}`);
      if (!club) { target.type = 'ORG'; target.rule = 'club-short-name'; }
      attach(m, target);
    }
  }
}

/**
 * A name two states share ("Congo", "Congolese", "Korean") is chosen again once every mention is linked: a city or
 * region the document names counts for its state ("Officials in Brazzaville said Congo …" is the Republic of the
 * Congo, "Pointe-Noire" too; "Kinshasa", "Goma" the Democratic Republic). docCountries holds only names with a single
 * KB reading, and a capital is also its region's name ("Brazzaville": the city and the department), a city often a
 * namesake's abroad ("Pointe-Noire" in Guadeloupe): those count here as they were resolved.
 */
function sharedStateNames(ms: M[], docCountries: ReadonlyMap<string, number>): void {
  if (!ms.some((m) => m.shared)) return;
  const ev = new Map(docCountries);
  for (const m of ms) {
    const e = m.entry;
    // single-reading names are in docCountries already; a country's own name counts there only when unshared
    if (!e || m.shared || m.c.entries?.length === 1 || e.type !== 'GPE' || e.kind === 'COUNTRY' || !e.country) continue;
    ev.set(e.country, (ev.get(e.country) ?? 0) + 1);
  }
  for (const m of ms) {
    if (!m.shared) continue;
    const e = pick(m.shared.entries, m.c, ev, m.shared.container, m.shared.within);
    if (e.kind === 'COUNTRY') { m.entry = e; m.type = e.type; }
  }
}

function docCountryOf(e: KbEntry): string | undefined {
  return e.kind === 'COUNTRY' ? e.iso2 : e.country ?? e.iso2;
}

/** Country an entry is evidence for: a country itself, the state a body speaks for, the country a place lies in. */
export function evidenceCountry(e: KbEntry): string | undefined {
  if (e.type === 'PERSON') return undefined;
  return e.kind === 'COUNTRY' ? e.iso2 : e.standsFor ?? e.country ?? e.iso2;
}

/**
 * Links each generic body name ("the Supreme Court", "the Senate", "the army") only to the body of the country the
 * document's evidence points to; otherwise it stays an unlinked organisation (issue #3: a wrong QID is worse than
 * none). Evidence: a country word right before the name ("Kenya's Supreme Court") decides alone; else every linked
 * mention counts for its country — countries, demonyms, places as resolved (so an ambiguous "Washington" that
 * resolved to the US capital counts), seats of power ("White House", "Downing Street") — and the body's country must
 * lead strictly.
 */
function genericBodyGate(ms: M[], toks: readonly Tok[], docCountries: ReadonlyMap<string, number>): void {
  const ev = new Map<string, number>(docCountries);
  for (const m of ms) {
    if (m.generic) {
      // the generic name itself is no evidence (docCountries counted it when its alias had one entry)
      const e0 = m.c.entries && m.c.entries.length === 1 ? m.c.entries[0]! : undefined;
      const own = e0 ? docCountryOf(e0) : undefined;
      if (own) ev.set(own, (ev.get(own) ?? 0) - 1);
      continue;
    }
    if (!m.entry) continue;
    // single-entry mentions are already in docCountries; add those an ambiguous alias resolved
    if (m.c.entries && m.c.entries.length === 1) continue;
    const cc = evidenceCountry(m.entry);
    if (cc) ev.set(cc, (ev.get(cc) ?? 0) + 1);
  }
  let lead: string | undefined; let leadN = 0; let tie = false;
  for (const [cc, n] of ev) {
    if (n > leadN) { lead = cc; leadN = n; tie = false; } else if (n === leadN) tie = true;
  }
  if (tie) lead = undefined;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    if (!m.generic) continue;
    let target = lead;
    // "Kenya's Supreme Court", "the Kenyan Senate": the qualifier names the country
    const p = ms[i - 1];
    if (p && p.entry && (p.c.e === m.c.s || (p.c.e === m.c.s - 1 && toks[m.c.s - 1]?.poss))) {
      const cc = evidenceCountry(p.entry);
      if (cc) target = cc;
    }
    const ok = target ? m.generic.filter((e) => e.kind !== 'COUNTRY' && (e.standsFor ?? e.country) === target) : [];
    if (ok.length) { m.entry = ok.reduce((a, b) => (prominence(b) > prominence(a) ? b : a)); m.type = m.entry.type; }
  }
}

/**
 * "Harvard, Massachusetts", "Princeton, New Jersey": a place of the name inside the region (or country) named right
 * after the comma, over an organisation the name usually means (a university, a company).
 */
function placeBeforeItsRegion(kb: EntityKb, toks: readonly Tok[], c: Cand, entries: readonly KbEntry[]): KbEntry | undefined {
  const comma = toks[c.e];
  if (!comma || comma.text !== ',' || c.cs !== undefined) return undefined;
  const places = entries.filter((x) => PLACE.has(x.type));
  if (!places.length) return undefined;
  for (let n = 3; n >= 1; n--) {
    const last = toks[c.e + n];
    if (!last || last.sent !== comma.sent || !toks[c.e + 1]!.cap) continue;
    for (const r of kb.byAlias(spanKey(toks, c.e + 1, c.e + 1 + n))) {
      if (r.type !== 'GPE') continue;
      const hit = r.kind === 'COUNTRY' ? places.find((p) => (p.country ?? p.iso2) === r.iso2)
        : r.admin1 ? places.find((p) => p.admin1 === r.admin1 && p.country === r.country) : undefined;
      if (hit) return hit;
    }
  }
  return undefined;
}

/** Organisations of two or more countries share this alias and the document names none of those countries. */
function sharedNationalName(entries: readonly KbEntry[], docCountries: ReadonlyMap<string, number>): boolean {
  const ccs = new Set<string>();
  for (const e of entries) {
    if (e.type !== 'ORG' || !e.country) return false;
    if ((docCountries.get(e.country) ?? 0) > 0) return false;
    ccs.add(e.country);
  }
  return ccs.size >= 2;
}

/** "Libyan Red Crescent Society" ~ "Libyan Red Crescent": same organisation when the extra words are org heads. */
function orgVariant(m: M, ents: readonly Ent[]): Ent | undefined {
  if (m.type !== 'ORG') return undefined;
  const L = lexicon();
  for (const e of ents) {
    if (e.type !== 'ORG' || e.entry) continue;
    const [a, b] = e.words.length > m.words.length ? [m.words, e.words] : [e.words, m.words];
    if (a.length < 2 || a.length === b.length) continue;
    if (!a.every((w, k) => b[k] === w)) continue;
    if (b.slice(a.length).every((w) => L.orgHeads.has(w) || L.companySuffixes.has(w))) return e;
  }
  return undefined;
}

function initialsOf(toks: readonly Tok[], s: number, e: number): string {
  const L = lexicon();
  let ini = '';
  for (let k = s; k < e; k++) {
    const t = toks[k]!;
    if (!t.isWord || L.nameConnectors.has(t.lower)) continue;
    for (const part of t.text.split(/[-‐‑]/)) if (part) ini += part[0]!.toUpperCase();
  }
  return ini;
}

/** The acronym spells the initials of the name's last words only, not of the whole ("… and Israel Aerospace Industries"). */
function tailAcronym(acr: string, toks: readonly Tok[], s: number, e: number): boolean {
  for (let k = s + 1; k < e - 1; k++) if (isAcronymOf(acr, toks, k, e)) return true;
  return false;
}

function isAcronymOf(acr: string, toks: readonly Tok[], s: number, e: number): boolean {
  const a = acr.replace(/\./g, '').toUpperCase();
  const L = lexicon();
  let initials = '';
  let all = '';
  for (let k = s; k < e; k++) {
    const t = toks[k]!;
    if (!t.isWord) continue;
    for (const part of t.text.split(/[-‐‑]/)) {
      if (!part) continue;
      all += part[0]!.toUpperCase();
      if (!L.nameConnectors.has(part.toLowerCase())) initials += part[0]!.toUpperCase();
    }
  }
  if (initials === a || all === a) return true;
  // subsequence of capital letters of the name (e.g. "OCHA" ← Office for the Coordination of Humanitarian Affairs)
  let j = 0;
  const caps = toks.slice(s, e).map((t) => t.text).join(' ').replace(/[^\p{Lu}]/gu, '');
  for (const ch of caps) if (j < a.length && ch === a[j]) j++;
  return j === a.length && a.length >= 2 && a[0] === caps[0];
}

/** Index of entities by the first and last word of each of their name variants (for name-part look-ups). */
class PartIndex {
  private idx = new Map<string, Set<Ent>>();
  private variants = new Map<Ent, string[][]>();
  add(e: Ent): void {
    const vs = allNameWords(e);
    this.variants.set(e, vs);
    for (const w of vs) {
      if (w.length < 2) continue;
      for (const k of [w[0]!, w[w.length - 1]!]) { let s = this.idx.get(k); if (!s) this.idx.set(k, (s = new Set())); s.add(e); }
    }
  }
  candidates(words: string[]): Iterable<Ent> {
    const a = this.idx.get(words[0]!); const b = this.idx.get(words[words.length - 1]!);
    if (!a) return b ?? [];
    if (!b || a === b) return a;
    return new Set([...a, ...b]);
  }
  variantsOf(e: Ent): string[][] { return this.variants.get(e) ?? [e.words]; }
}

/** An entity whose name contains the mention's words as a leading or trailing part ("Kim", "Putin", "al-Mosmari"). */
/**
 * Whether organisation `e`, whose name ends with the generic body word(s) of `m` ("Parliament", "Senate"), is that
 * body itself: linked to a KB body ("European Parliament"), or its words before the body word are a place or a
 * nationality ("Texas Senate", "Scottish Parliament") — not "Occupy Parliament", "House of Commons".
 */
function bodyItself(e: Ent, m: M, kb: EntityKb | null): boolean {
  if (e.type !== 'ORG') return false;
  const w = e.words[0] === 'the' ? e.words.slice(1) : e.words;
  const body = m.words[0] === 'the' ? m.words.slice(1) : m.words;
  if (w.length <= body.length || !body.every((x, k) => w[w.length - body.length + k] === x)) return false;
  if (e.entry && e.entry.type === 'ORG') return true;
  const before = w.slice(0, w.length - body.length).join(' ');
  return !!kb && (kb.byAlias(before).some((x) => x.type === 'GPE') || (kb.byDemonym?.(before)?.length ?? 0) > 0);
}

function namePartOwner(m: M, index: PartIndex, exclude?: Ent): Ent | undefined {
  const w = m.words;
  if (!w.length || !w[0]) return undefined;
  let best: Ent | undefined; let bestPos = -1;
  // a single word only the tagger took for a person may still be the leading word of an organisation named in full
  // ("Lockheed" after "Lockheed Martin", "Cerberus" after "Cerberus Capital Management"), unless a person of the
  // document bears it (below) or it reads as a given name
  const orgLead = w.length === 1 && !isHeadWord(w[0]!) && (m.type !== 'PERSON' || (m.c.src === 'model' && !(wordClassOf(w[0]!) & WC_GIVEN)));
  let bestPerson: Ent | undefined; let bestPersonPos = -1; let bestViaLead = false;
  for (const e of index.candidates(w)) {
    if (e.ms.length === 0 || e === exclude) continue;
    if (m.type === 'PERSON' && e.type !== 'PERSON' && !(orgLead && e.type === 'ORG')) continue;
    if ((m.type === 'LOC' || m.type === 'FAC') && e.type !== 'PERSON') continue;
    if (m.type === 'GPE' && e.type !== 'PERSON' && !(e.type === 'ORG' && !m.entry)) continue;
    if (e.type !== 'PERSON' && e.type !== 'ORG') continue;
    let hit = false; let viaLead = false;
    for (const words of index.variantsOf(e)) {
      if (words.length <= w.length) continue;
      const pre = w.every((x, k) => words[k] === x);
      const suf = w.every((x, k) => words[words.length - w.length + k] === x);
      // people: given name or surname; organisations: a trailing part ("Red Crescent") or, for a single word,
      // the leading one ("Northrop" for Northrop Grumman)
      if (e.type === 'PERSON' ? pre || suf : m.type === 'PERSON' ? pre && orgLead : suf || (pre && orgLead)) { hit = true; viaLead = m.type === 'PERSON' && e.type !== 'PERSON'; break; }
    }
    if (!hit) continue;
    // the more salient referent (more mentions before m) wins, then the most recent one
    let pos = -2; let cnt = 0;
    for (const x of e.ms) if (x.start < m.start) { cnt++; if (x.start > pos) pos = x.start; }
    const rank = cnt * 1e9 + pos;
    if (e.type === 'PERSON' && (!bestPerson || rank > bestPersonPos)) { bestPerson = e; bestPersonPos = rank; }
    if (!best || rank > bestPos) { best = e; bestPos = rank; bestViaLead = viaLead; }
  }
  return bestViaLead && bestPerson ? bestPerson : best;
}

const entryWordCache = new WeakMap<KbEntry, string[][]>();
function entryWords(entry: KbEntry): string[][] {
  let w = entryWordCache.get(entry);
  if (!w) {
    w = [entry.name, ...entry.aliases.slice(0, 8)].map((a) => a.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[-‐‑–—]/g, ' ').replace(/[^\p{L}\p{N}' &]+/gu, ' ').trim().split(/\s+/));
    entryWordCache.set(entry, w);
  }
  return w;
}

function isHeadWord(w: string): boolean {
  const L = lexicon();
  return L.orgHeads.has(w) || L.facHeads.has(w) || L.locHeads.has(w) || L.gpeHeads.has(w) || L.nameModifiers.has(w) || L.nonEntities.has(w);
}

function allNameWords(e: Ent): string[][] {
  const out: string[][] = [e.words];
  const seen = new Set<string>([e.words.join(' ')]);
  for (const m of e.ms) {
    if (m.words.length > 1 && !m.adj) { const k = m.key; if (!seen.has(k)) { seen.add(k); out.push(m.words); } }
    if (out.length > 12) break;
  }
  if (e.entry) for (const w of entryWords(e.entry)) out.push(w);
  return out;
}

const holderCache = new Map<string, readonly KbEntry[]>();
let holderKb: EntityKb | null = null;
function holdersCached(kb: EntityKb, role: string, of: string, year: number): readonly KbEntry[] {
  if (holderKb !== kb) { holderCache.clear(); holderKb = kb; }
  const k = `${role}|${of}|${year}`;
  let v = holderCache.get(k);
  if (!v) { v = kb.holders(role, of, year); if (holderCache.size > 5000) holderCache.clear(); holderCache.set(k, v); }
  return v;
}

function roleMentions(inp: ResolveInput, ms: M[], ents: Ent[]): void {
  const { toks, kb, year } = inp;
  if (!kb) return;
  const L = lexicon();
  const byId = new Map<string, Ent>();
  for (const e of ents) if (e.entry) byId.set(e.entry.id, e);
  for (const m of ms) {
    const e = m.ent;
    if (!e || !e.entry || e.entry.kind !== 'COUNTRY' || !e.entry.iso2) continue;
    // demonym or possessive country, then a role head
    let k = m.c.e;
    if (toks[k]?.poss) k++;
    let role = '';
    let end = k;
    for (let n = 3; n >= 1; n--) {
      if (k + n > toks.length) continue;
      const phrase = toks.slice(k, k + n).map((t) => t.lower).join(' ');
      if (L.roleDescriptionHeads.has(phrase)) { role = phrase; end = k + n; break; }
    }
    if (!role) continue;
    // "Russia's President, Vladimir Putin": the name follows as an apposition — nothing to resolve
    const after = toks[end];
    if (after && after.text === ',' && toks[end + 1]?.cap) continue;
    if (after && after.cap && after.isWord) continue;
    const roles = [role, ...(L.roleAliases.get(role.replace(/s$/, '')) ?? [])];
    let holder: Ent | undefined;
    for (const r of roles) {
      for (const h of holdersCached(kb, r, e.entry.iso2, year)) { const he = byId.get(h.id); if (he) { holder = he; break; } }
      if (holder) break;
    }
    if (!holder) continue;
    // "the North Korean leader" → mention from "the" to the head
    let s = m.c.s;
    if (toks[s - 1]?.lower === 'the') s--;
    const start = toks[s]!.start; const endOff = toks[end - 1]!.end;
    const rm: M = { c: { ...m.c, s, e: end }, start, end: endOff, text: inp.text.slice(start, endOff), type: 'PERSON', key: '', words: [], rule: 'role-holder', headline: false, adj: true };
    rm.ent = holder; holder.ms.push(rm);
  }
}

/** "Marie el-Drese, the group's secretary general, said …  The secretary general added …": the later description. */
function appositionRoleMentions(inp: ResolveInput, ms: M[]): void {
  const { toks } = inp;
  const owners = new Map<string, { e: Ent; after: number } | null>();
  for (const m of ms) {
    const rh = m.c.roleHead; const e = m.ent;
    if (!rh || !e || e.type !== 'PERSON') continue;
    const k = rh.join(' ');
    const prev = owners.get(k);
    if (prev === undefined) owners.set(k, { e, after: m.c.e });
    else if (prev && prev.e !== e) owners.set(k, null); // two people share the description: ambiguous
  }
  if (!owners.size) return;
  const covered = new Set<number>();
  for (const m of ms) for (let k = m.c.s; k < m.c.e; k++) covered.add(k);
  for (const [key, own] of owners) {
    if (!own) continue;
    const words = key.split(' ');
    for (let i = own.after; i + words.length < toks.length; i++) {
      if (toks[i]!.lower !== 'the' || covered.has(i + 1)) continue;
      let ok = true;
      for (let w = 0; w < words.length; w++) if (toks[i + 1 + w]!.lower !== words[w]) { ok = false; break; }
      if (!ok) continue;
      const endTok = i + words.length;
      const nx = toks[endTok + 1];
      if (nx && (nx.lower === 'of' || nx.cap)) continue; // "the secretary general of the UN", "the spokesman Ahmed …"
      const start = toks[i]!.start, end = toks[endTok]!.end;
      const rm: M = { c: { s: i, e: endTok + 1, type: 'PERSON', src: 'appos', rule: 'coref-role', score: 0 }, start, end, text: inp.text.slice(start, end), type: 'PERSON', key: '', words: [], rule: 'coref-role', headline: false, adj: true, ent: own.e };
      own.e.ms.push(rm);
    }
  }
}

const PLURAL_PERSON_HEADS = new Set(['leaders', 'presidents', 'men', 'women', 'ministers', 'politicians', 'officials', 'heads', 'rivals', 'candidates', 'brothers', 'sisters', 'founders', 'executives', 'envoys', 'diplomats']);

/** "the two leaders", "both men": a mention of each of the two most recently named people. */
function pluralPersonMentions(inp: ResolveInput, ms: M[]): void {
  const { toks } = inp;
  const persons = ms.filter((m) => m.ent && m.ent.type === 'PERSON' && m.rule !== 'role-holder').sort((a, b) => a.start - b.start);
  if (persons.length < 2) return;
  for (let i = 0; i + 2 < toks.length; i++) {
    const t = toks[i]!;
    let head: Tok | undefined; let s = i;
    if (t.lower === 'the' && toks[i + 1]!.lower === 'two') head = toks[i + 2];
    else if (t.lower === 'both' && toks[i + 1]!.isWord) head = toks[i + 1];
    if (!head || !PLURAL_PERSON_HEADS.has(head.lower)) continue;
    // the two most recent distinct people named before, within the last three sentences
    const owners: Ent[] = [];
    for (let k = persons.length - 1; k >= 0 && owners.length < 2; k--) {
      const m = persons[k]!;
      if (m.end > t.start || toks[m.c.s]!.sent < t.sent - 3) continue;
      if (!owners.includes(m.ent!)) owners.push(m.ent!);
    }
    if (owners.length !== 2) continue;
    const endTok = toks.indexOf(head, i);
    const start = toks[s]!.start, end = head.end;
    for (const o of owners) {
      const rm: M = { c: { s, e: endTok + 1, type: 'PERSON', src: 'appos', rule: 'coref-plural', score: 0 }, start, end, text: inp.text.slice(start, end), type: 'PERSON', key: '', words: [], rule: 'coref-plural', headline: false, adj: true, ent: o };
      o.ms.push(rm);
    }
    i = endTok;
  }
}

/**
 * "Parliament is expected to convene", "Cabinet approved the plan": a one-word legislature or cabinet
 * (`genericBodyAtStart`) opening its sentence before a lower-case word is the body's name, unless the report writes the
 * word in lower case elsewhere ("the parliament"), where the capital is only the sentence's.
 */
function bodyOpensSentence(toks: readonly Tok[], s: number, e: number, name: string, lowerSeen: ReadonlySet<string> | undefined): boolean {
  if (e - s !== 1 || !lexicon().genericBodyAtStart.has(name) || lowerSeen?.has(name)) return false;
  const nx = toks[e];
  return !!nx && nx.sent === toks[s]!.sent && nx.isWord && !nx.cap;
}

function isJunk(e: Ent, toks: readonly Tok[], inp: ResolveInput): boolean {
  const L = lexicon();
  if (e.entry && !(e.entry.kind !== 'COUNTRY' && e.ms.every((m) => m.adj))) return false;
  if (e.ms.some((m) => m.rule === 'club-short-name')) return false;
  // a body word before a title ("House Speaker …", body-title.ts) is a name, even opening its sentence
  if (e.ms.some((m) => m.rule === 'body-before-title' && !m.headline)) return false;
  const body = e.ms.filter((m) => !m.headline);
  if (!body.length) return true;
  const name = e.words.join(' ');
  if (!name || (name.length < 2 && !e.ms.some((m) => m.rule === 'platform-x')) || L.nonEntities.has(name)) return true;
  // a disease or a tax ("Ebola", "VAT"), or one named with a place before it ("the Sudan Ebola virus": a strain)
  if (L.nonEntityNames.has(e.words[e.words.length - 1]!)) return true;
  if (/^\d+$/.test(name)) return true;
  // an amount in a currency abbreviation ("Dh375", "RM42mil", "SR35.2", "Rs 10", "Rs"): no name
  if (currencyAmount(e.words) || (e.words.length <= 2 && body.every((m) => currencyAmount(e.words, toks[m.c.e]?.lower, toks[m.c.e + 1]?.lower)))) return true;
  const modelOnly = e.ms.every((m) => m.c.src === 'model' || m.c.src === 'locative' || m.rule === 'doc-consistency');
  // a region known only through an adjective ("North African countries") is not a named mention of it
  if (e.entry && e.entry.kind !== 'COUNTRY' && e.ms.every((m) => m.adj)) return true;
  // a bare head noun ("Council", "Ministry", "Airport") is not a name
  const bare = (w: string) => L.orgHeads.has(w) || L.facHeads.has(w) || L.locHeads.has(w) || L.gpeHeads.has(w) || L.roleNouns.has(w) || L.personNouns.has(w) || L.honorifics.has(w);
  // … but a legislature or other body every state has, capitalised as a name ("Congress passed the bill", "Parliament
  // voted"), is that country's body even when the document does not say which country: an unlinked organisation
  const namedBody = L.genericBodyNames.has(name) && body.every((m) => toks[m.c.s]!.cap && !toks[m.c.s]!.allCaps)
    && body.some((m) => m.generic || !toks[m.c.s]!.sentStart || bodyOpensSentence(toks, m.c.s, m.c.e, name, inp.lowerSeen));
  if (e.words.length === 1 && !namedBody && (bare(name) || bare(name.replace(/s$/, '')))) return true;
  if (e.words.length === 1 && namedBody) return false;
  // a lone sentence-initial word that looks like an ordinary word ("Pricier", "Speaking")
  const lone = body.every((m) => m.c.e - m.c.s === 1 && toks[m.c.s]!.sentStart);
  if (lone && modelOnly) {
    const t = toks[body[0]!.c.s]!;
    const sing = t.lower.replace(/(?:es|s)$/, '');
    if (L.nonEntities.has(t.lower) || /(?:ly|ing|ed|ier|est)$/.test(t.lower) || (wordClassOf(t.lower) & WC_LOWER)) return true;
    // an ordinary English word that is no name word of the KB ("Portrait shot of Dennis Hopper"; not a quoted title:
    // "Hero" was the single's first name)
    const quoted = QUOTES.has(toks[body[0]!.c.s - 1]?.text ?? '');
    if (!quoted && isCommonEnglishWord(t.lower) && !(wordClassOf(t.lower) & (WC_GIVEN | WC_SURNAME | WC_PERSON))) return true;
    if (sing !== t.lower && ((wordClassOf(sing) & WC_LOWER) || inp.lowerSeen?.has(sing) || inp.lowerSeen?.has(t.lower.slice(0, -1)))) return true;
    // a plural agent noun of a listed stem or written in lower case elsewhere ("Forecasters said"): a people noun, no name
    if (agentNounPlural(t.lower, inp.lowerSeen) && !(wordClassOf(t.lower) & (WC_GIVEN | WC_SURNAME | WC_PERSON))) return true;
    // a plural noun opening its sentence before a plural verb ("Retirees are worried", "Handguns are banned"): one
    // person's name takes no "are" (a surname may: "the Joneses" is written with its article)
    const verb = toks[body[0]!.c.e];
    if (sing !== t.lower && verb && verb.sent === t.sent && L.pluralOpenerVerbs.has(verb.lower) && !(wordClassOf(t.lower) & (WC_GIVEN | WC_SURNAME))) return true;
  }
  // an all-capitals token proposed only by the tagger is kept ("certified by the RIAA", "Leung of BPA"): unknown
  // acronyms in news are mostly organisations; the common-noun ones ("ICBM", "GDP", "CEO") are nonEntities above.
  // A company suffix on its own ("Crown Pacific Partners, L.P.") is not a name.
  if (modelOnly && e.ms.length === 1 && e.ms[0]!.c.e - e.ms[0]!.c.s === 1 && toks[e.ms[0]!.c.s]!.allCaps) {
    if (L.companySuffixes.has(toks[e.ms[0]!.c.s]!.lower.replace(/\./g, ''))) return true;
  }
  return false;
}

/** A figure as news copy writes it after or glued to a currency form: "375,000", "35.2", "42mil", "2bn", "10cr". */
const FIGURE = String.raw`\d[\d.,]*(?:mil|mln|m|bn|b|k|tr|trn|mn|cr)?`;
const FIGURE_RE = new RegExp(`^${FIGURE}$`);
const GLUED_RE = new RegExp(`^(\\p{L}+)${FIGURE}$`, 'u');

/**
 * Words of an entity name that are a currency abbreviation with a figure, or a form that stands alone
 * (data/lexicon/currency-prefixes.txt); `next` is the token after the name, for a span that stops before its figure
 * ("The IDR 1 trillion plan", "AED 50").
 */
export function currencyAmount(words: readonly string[], next?: string, next2?: string): boolean {
  const F = lexicon().currencyForms;
  const w0 = (words[0] ?? '').replace(/\.$/, '');
  if (words.length === 1 && F.alone.has(w0)) return true;
  // letters the quantity side reads only before a marked figure ("JD 618", "Ll 2" stay names; "KD 5.5 million" is money)
  const glued = GLUED_RE.exec(w0);
  if (words.length === 1 && glued && F.withFigure.has(glued[1]!)) {
    return !needsMarkedFigure(glued[1]!) || markedFigure(w0.slice(glued[1]!.length), next);
  }
  const figure = words.length === 2 ? words[1]! : words.length === 1 ? next : undefined;
  const after = words.length === 2 ? next : words.length === 1 ? next2 : undefined;
  return !!figure && F.withFigure.has(w0) && !F.gluedOnly.has(w0) && FIGURE_RE.test(figure) && (!needsMarkedFigure(w0) || markedFigure(figure, after));
}

let orgHeads: ReadonlySet<string> | undefined;
/** The token at `at` is a body's head noun ("party", "rebels", "movement"): data/lexicon/entities-org-head-nouns.txt. */
function orgHeadAfter(toks: readonly Tok[], at: number): boolean {
  const nx = toks[at];
  if (!nx) return false;
  orgHeads ??= readWordSet('entities-org-head-nouns.txt');
  return orgHeads.has(nx.lower);
}
const NON_ASCII = /[^\x00-\x7F]/;
/** One word of letters and digits: a model code ("A350", "R21", "Tianwen-1", "P-3K2"). */
const codeWord = (w: string): boolean => /^[\p{L}\d-]+$/u.test(w) && /\p{L}/u.test(w) && /\d/.test(w);
const QUOTES = new Set(['"', '“', '‘', "'", '«']);
/**
 * The fullest form a report gives a KB organisation: its longest capitalised mention in body text (headlines only
 * when the body never names it), without a leading article or possessive. Descriptions ("the ministry"), role
 * holders and adjectives are no names. An acronym yields to any name of more words ("the World Health Organization
 * (WHO)" is the World Health Organization).
 */
function textForm(e: Ent): string | undefined {
  let best: { t: string; n: number; head: boolean; named: boolean } | undefined;
  for (const m of e.ms) {
    if (m.adj || m.rule === 'role-holder' || m.rule.startsWith('coref')) continue;
    const t = m.text.replace(/^(?:the|The|THE)\s+/, '').replace(/[’']s?$/, '').trim();
    if (!/^[\p{Lu}\p{N}]/u.test(t)) continue;
    const words = t.split(/\s+/);
    const n = words.length;
    // a form ending in a lower-case head describes the body ("the UN humanitarian office, known as OCHA"): a name
    // ending on a capital or number is preferred to it
    const named = /^[\p{Lu}\p{N}]/u.test(words[n - 1]!);
    const better = !best || (best.head && !m.headline) || (best.head === m.headline && ((named && !best.named)
      || (named === best.named && (n > best.n || (n === best.n && t.length > best.t.length)))));
    if (better) best = { t, n, head: m.headline, named };
  }
  return best?.t;
}

/** A mention's text without a leading "the" and a trailing clitic ("the Washington's" -> "Washington"). */
function bareMentionText(m: M): string {
  return m.text.replace(/^(the|The)\s+/, '').replace(/[’']s$/, '');
}

/**
 * A city the report never names in the KB's longer form ("Washington" for "Washington, D.C.", "New York" for
 * "New York City", "Puebla" for "Puebla City"): the report's form, when every word of it is a word of the KB name and
 * it keeps the KB name's first word ("D.C." alone is no name for Washington, D.C.). The KB name stays in `kb.name`.
 * Not for countries or regions ("Korea" is not the name of South Korea).
 */
function shortCityForm(e: Ent, entry: KbEntry): string | undefined {
  if (entry.kind !== 'CITY') return undefined;
  const kw = normAlias(entry.name).split(' ');
  let best: M | undefined;
  for (const m of e.ms) {
    if (m.adj || m.entry !== entry || m.rule === 'role-holder') continue;
    const k = normAlias(bareMentionText(m));
    if (k === kw.join(' ')) return undefined; // the report uses the KB name somewhere
    const w = k.split(' ');
    if (w.length < kw.length && w[0] === kw[0] && w.every((x) => kw.includes(x)) && (!best || (best.headline && !m.headline))) best = m;
  }
  return best ? bareMentionText(best) : undefined;
}

function canonical(e: Ent): string {
  if (e.entry) {
    // a KB name in a transliteration with diacritics ("Mişrātah") yields to the document's plain form when that
    // form is itself an alias of the entry
    if (NON_ASCII.test(e.entry.name)) {
      const plain = e.ms.find((m) => !m.adj && m.entry === e.entry && !NON_ASCII.test(m.text) && m.words.length >= 1);
      if (plain) return plain.text;
    }
    // "X Corp." / "Apple Inc.": the document's plain form when it is the KB name without the company suffix
    const L = lexicon();
    const nw = e.entry.name.split(/\s+/);
    if (nw.length >= 2 && L.companySuffixes.has(nw[nw.length - 1]!.toLowerCase().replace(/[.,]/g, ''))) {
      const bare = nw.slice(0, -1).join(' ').replace(/,$/, '');
      if (e.ms.some((m) => m.text === bare)) return bare;
    }
    // an organisation is named as the report names it ("the Defence Department", "NATO", "Libyan Red Crescent"):
    // the KB's canonical name stays in `kb.name` (toEntity), so whose body it is survives the link
    // ("McDonald's" keeps its possessive, which the report's form loses)
    if (e.entry.type === 'ORG') {
      const tf = textForm(e);
      if (tf && /['’]s$/.test(e.entry.name) && normAlias(tf + "'s") === normAlias(e.entry.name)) return e.entry.name;
      return tf ?? e.entry.name;
    }
    const short = shortCityForm(e, e.entry);
    if (short) return short;
    // the report's spelling when it never writes the KB's ("Volodymyr Zelensky", "Marrakech"), a place's shorter
    // form when it never writes the longer ("Anbar", "the Aegean"): text-form.ts
    const forms = e.ms.map((m) => ({ text: m.text, adj: m.adj, rule: m.rule, headline: m.headline, linked: m.entry === e.entry }));
    const spelled = spellingVariant(e.entry.name, forms);
    if (spelled) return spelled;
    if ((e.entry.type === 'GPE' || e.entry.type === 'LOC') && e.entry.kind !== 'COUNTRY') {
      const sp = shortPlaceForm(e.entry.name, forms); if (sp) return sp;
      const own = ownPlaceName(e.entry.name, forms); if (own) return own;
    }
    return e.entry.name;
  }
  let best: M | undefined;
  for (const m of e.ms) {
    if (m.adj || m.rule === 'role-holder') continue;
    if (!best || (m.headline ? 0 : 1) > (best.headline ? 0 : 1) || ((m.headline ? 0 : 1) === (best.headline ? 0 : 1) && (m.words.length > best.words.length || (m.words.length === best.words.length && m.text.length > best.text.length)))) best = m;
  }
  const t = (best ?? e.ms[0]!).text;
  return t.replace(/^(the|The)\s+/, '').replace(/[’']s$/, '');
}

function toEntity(e: Ent, i: number): Entity {
  const mentions: Mention[] = e.ms
    .slice()
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((m) => { const o: Mention = { start: m.start, end: m.end, text: m.text, rule: m.rule }; if (m.role) o.role = m.role; return o; });
  const out: Entity = { id: `e${i + 1}`, name: canonical(e), type: e.entry ? e.entry.type : e.type, mentions, rule: e.entry ? (e.ms.find((m) => m.entry)?.rule ?? e.rule) : e.rule };
  if (e.entry) {
    if (e.entry.qid) out.kb = { wikidata: e.entry.qid };
    // the KB's canonical name where the entity is named otherwise (as the report names it)
    if (out.name !== e.entry.name) out.kb = { ...out.kb, name: e.entry.name };
    if (e.entry.kind) out.kind = e.entry.kind;
    if (typeof e.entry.lat === 'number' && typeof e.entry.lon === 'number' && (PLACE.has(out.type) || e.entry.kind === 'COUNTRY')) {
      out.geo = { lat: e.entry.lat, lon: e.entry.lon };
      const cc = e.entry.iso2 ?? e.entry.country;
      if (cc) out.geo.country = cc;
    }
    if (e.entry.kind === 'COUNTRY' && e.entry.iso2) out.iso = e.entry.iso2;
  }
  return out;
}

export { tokNorm };

/**
 * One capitalised word the tagger alone reads as a person's, written once in the report and nowhere with a first name,
 * title, role or apposition: news introduces a person by full name, so a bare word met once is mostly something else —
 * a product, a vessel, a quarter, a place the KB lacks ("Leqembi", "Tundikhel", "Raptor"): typed OTHER. Not so: a word that is
 * a given name or surname the name lists know ("Kaplan"), one a speech verb follows ("Marsal said"), nor one introduced as
 * a person (introducedPerson: "identified as Kowarskiy, a local guide", "Inspector Kowarskiy").
 */
let subjectNext: ReadonlySet<string> | undefined;
function lonePersonGuess(e: Ent, toks: readonly Tok[]): boolean {
  if (e.entry || e.type !== 'PERSON' || e.ms.length !== 1) return false;
  const m = e.ms[0]!;
  if (m.c.src !== 'model' || m.c.e - m.c.s !== 1 || m.headline) return false;
  const t = toks[m.c.s]!;
  if (wordClassOf(t.lower) & (WC_GIVEN | WC_SURNAME)) return false;
  // a quoted word is a title the report names ("\"Hero\" was …"), a judgement left to the other filters
  if (QUOTES.has(toks[m.c.s - 1]?.text ?? '')) return false;
  const nx = toks[m.c.e];
  subjectNext ??= readWordSet('entities-subject-next.txt');
  if (nx && nx.sent === t.sent && (lexicon().govVerbs.has(nx.text) || subjectNext.has(nx.text))) return false;
  return !introducedPerson(m.c.s, m.c.e, toks);
}

/** The cues of data/lexicon/entities-lone-person-cues.tsv: words naming a person before, apposition heads and stops. */
interface LoneCues { before: string[][]; next: ReadonlySet<string>; heads: ReadonlySet<string>; stops: ReadonlySet<string> }
let loneCues: LoneCues | undefined;
function loneCuesOf(): LoneCues {
  if (loneCues) return loneCues;
  const before: string[][] = [], next = new Set<string>(), heads = new Set<string>(), stops = new Set<string>();
  for (const [kind, words] of readDataRows(join(projectRoot, 'data', 'lexicon', 'entities-lone-person-cues.tsv'))) {
    const w = (words ?? '').toLowerCase().trim();
    if (!w) continue;
    if (kind === 'before') before.push(w.split(/\s+/));
    else if (kind === 'next') next.add(w);
    else if (kind === 'head') heads.add(w);
    else if (kind === 'stop') stops.add(w);
  }
  for (const w of readWordSet('attribution-described-age-persons.txt')) heads.add(w);
  return (loneCues = { before, next, heads, stops });
}

/**
 * Whether the one-word name at toks[s, e) is introduced as a person in its own sentence, as the docstring above
 * allows: after a title or role word ("Inspector Kowarskiy", "Dr. Kowarskiy"), after words that name or identify a
 * person ("identified as Kowarskiy", "named Kowarskiy", "said Kowarskiy"), or with an apposition headed by a person
 * noun (", a local guide", ", the victim"). The apposition's head is the last lower-case word before a stop word,
 * a punctuation mark or the sentence's end, at most five words on.
 */
function introducedPerson(s: number, e: number, toks: readonly Tok[]): boolean {
  const L = lexicon(), cues = loneCuesOf(), sent = toks[s]!.sent;
  const personNoun = (w: string): boolean => L.appositionHeads.get(w) === 'PERSON' || cues.heads.has(w);
  // a title or role word right before ("Inspector", "Dr." with or without its period)
  let p = s - 1;
  if (p >= 0 && toks[p]!.text === '.' && toks[p]!.sent === sent) p--;
  const pv = p >= 0 && toks[p]!.sent === sent ? toks[p]! : undefined;
  if (pv && pv.isWord && (L.honorifics.has(pv.lower) || L.roleNouns.has(pv.lower) || L.personNouns.has(pv.lower))) return true;
  // naming or speech words right before
  for (const ws of cues.before) {
    let ok = s - ws.length >= 0;
    for (let i = 0; ok && i < ws.length; i++) {
      const tk = toks[s - ws.length + i]!;
      ok = tk.sent === sent && tk.lower === ws[i];
    }
    if (ok) return true;
  }
  // a word right after that makes the name a person's ("the Pinault family")
  const nx = toks[e];
  if (nx && nx.sent === sent && cues.next.has(nx.lower)) return true;
  // ", a|an|the <words> <person noun>"
  if (toks[e]?.text !== ',' || toks[e]!.sent !== sent) return false;
  const art = toks[e + 1];
  if (!art || art.sent !== sent || (art.lower !== 'a' && art.lower !== 'an' && art.lower !== 'the')) return false;
  let head: string | undefined;
  for (let k = e + 2; k < toks.length && k < e + 7; k++) {
    const tk = toks[k]!;
    if (tk.sent !== sent || !tk.isWord || tk.cap || cues.stops.has(tk.lower)) break;
    head = tk.lower;
  }
  return !!head && personNoun(head);
}
