// Mention index for the events stage: every entity mention mapped to token ranges, plus "pseudo"
// mentions resolved by light coreference — pronouns ("he", "its"), definite descriptions ("the city",
// "the North African country", "his country") and groups ("the two leaders", "both sides").
import type { Entity, EntityType, Token } from '../../core/types.js';
import { PRE_TITLE, AUX, HARD_WORDS, REPORTING } from './words.js';
import { eventWords } from './lexicon.js';
import { entityCountry } from './country.js';
import { lowerBound } from '../../core/lower-bound.js';

export interface MentionRef {
  /** Entity ids this mention stands for (two for "the two leaders"). */
  ids: string[];
  type: EntityType;
  start: number;
  end: number;
  /** First and last token index. */
  t0: number;
  t1: number;
  /** Followed by "'s" (a possessor). */
  possessive: boolean;
  /** Resolved by coreference rather than named. */
  pseudo?: 'PRONOUN' | 'DEFINITE' | 'GROUP';
}

const PLACE: ReadonlySet<EntityType> = new Set(['GPE', 'LOC', 'FAC']);
export const isPlace = (t: EntityType): boolean => PLACE.has(t);

export function isCountryEntity(e: Entity): boolean { return isCountry(e); }

function isCountry(e: Entity): boolean {
  if (e.type !== 'GPE') return false;
  if (e.kind && /country|state|nation/i.test(e.kind)) return !/city|town|region|province/i.test(e.kind);
  if (e.kind && /city|town|region|province|capital/i.test(e.kind)) return false;
  if (e.iso && /^[A-Z]{2,3}$/.test(e.iso)) return true;
  return false;
}
function isCity(e: Entity): boolean {
  if (e.type !== 'GPE') return false;
  if (e.kind) return /city|town|capital|village|port|municipality/i.test(e.kind) || (!isCountry(e) && !/region|province|state/i.test(e.kind));
  return !isCountry(e);
}

const POSS_RE = /^[’']s?\b/;

/** First token index whose end is > offset (tokens sorted by start). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  return lowerBound(tokens.length, (m) => tokens[m]!.end <= offset);
}

export interface MentionIndex {
  list: MentionRef[];
  /** For each token, the mention covering it (index into list) or -1. */
  at: Int32Array;
  byId: Map<string, Entity>;
}

/**
 * The token a phrase ends at when read back from token q across a bracketed short form of it: "the monetary policy
 * committee (MPC), which began", "The World Food Programme (WFP) said it", "Tigray People's Liberation Front (TPLF),
 * which signed". When q closes a bracket whose "(" (the nearest one, the bracket q closes) opens one to three tokens
 * before it, not before s0 (the first token of the clause read), and one mention fills the bracket exactly: the token
 * before the "(" when a mention covers it and it is not before s0 (the name the short form abbreviates), else the
 * short form's own last token (no name stands before it in the clause). q itself otherwise: no bracket, a bracket
 * holding anything but one name ("(in Geneva)"), a bracket opened before s0.
 */
export function beforeShortForm(low: readonly string[], ments: Pick<MentionIndex, 'at' | 'list'>, q: number, s0: number): number {
  if (q < s0 || low[q] !== ')') return q;
  let o = -1;
  for (let r = q - 2; r >= s0 && r >= q - 4; r--) if (low[r] === '(') { o = r; break; }
  if (o < 0) return q;
  const im = ments.list[ments.at[q - 1] ?? -1];
  if (!im || im.t0 !== o + 1 || im.t1 !== q - 1) return q;
  return o - 1 >= s0 && (ments.at[o - 1] ?? -1) >= 0 ? o - 1 : q - 1;
}

/** Plural person nouns after "the two"/"the three"/"both" that stand for that many recent people (data/lexicon/events-words.tsv). */
const PERSON_GROUP = eventWords('person-groups');
const VERB_GAP = eventWords('reporting-verb-gap');
const GPE_GROUP = new Set(['countries', 'nations', 'governments', 'states', 'neighbours', 'neighbors']);
const ANY_GROUP = new Set(['sides', 'parties']);
const ORG_GROUP = new Set(['agencies', 'companies', 'firms', 'organisations', 'organizations', 'groups', 'banks', 'airlines', 'carmakers',
  'automakers', 'clubs', 'teams', 'networks', 'unions', 'ministries', 'regulators', 'lenders', 'giants', 'rivals']);
/** Words after "the 52-year-old" that are no noun of the description ("the 52-year-old said", "the 52-year-old was"). */
const AGE_NOT_NOUN = new Set(['said', 'says', 'told', 'is', 'was', 'has', 'had', 'will', 'would', 'who', 'and', 'also', 'added', 'says',
  'can', 'could', 'may', 'might', 'must', 'should', 'did', 'does', 'remains', 'insisted', 'denied', 'admitted', 'wrote', 'faces', 'now', 'then']);
/** How many sentences back "the cave", "the dam" finds the named site whose name ends in the word. */
const SITE_SENTENCES = 6;
/** Words that tie a partner's verb to an object pronoun's ("spoke with Boric and congratulated him", "called X to …"),
 * and relative words that put a person inside another clause ("Leaders who had backed Malik … congratulated him"). */
const PARTNER_LINKS = eventWords('object-partner-links');
/** Verbs whose object is the subject of the infinitive after it (events-words.tsv "object-control-verbs"). */
const OBJECT_CONTROL_VERBS = eventWords('object-control-verbs');
const PARTNER_RELATIVES = eventWords('object-partner-relatives');
// the most tokens between a partner and its object pronoun ("spoke with Boric by phone late on Sunday and congratulated him")
const PARTNER_GAP = 8;
/** Words between a subject and an object pronoun that open another clause: the pronoun may then be the subject's. */
const BINDING_BREAKS = new Set([...REPORTING, ...HARD_WORDS, ...eventWords('binding-breaks')]);
/** Words after "her" that make it an object before a clause or a phrase ("praised her for", "told her that"). */
const CLAUSE_AFTER_OBJECT = eventWords('clause-after-object');
/** Words in -ly after "her" that are no adverb, so "her" is their determiner ("her family", "her only son"). */
const LY_NOT_ADVERB = eventWords('ly-not-adverbs');
/** Bodies written as their holder's possessed noun ("Ann Lee's campaign said it"): "it" after their reporting verb is the holder. */
const POSSESSED_BODIES = eventWords('possessed-bodies');
/** "the pair", "the couple", "the duo": the two people last named. */
const PAIR_WORDS = new Set(['pair', 'couple', 'duo']);
/** Nouns that describe one person by age or trade and name no office ("the teenager", "the striker"): the person is
 * whoever was last most salient, as with "the 52-year-old" (data/lexicon/events-words.tsv). Titles of office are TITLE_WORDS. */
const PERSON_NOUNS = eventWords('person-descriptions');
/** Counts of a definite group larger than two ("the three leaders"). */
const MANY = new Map([['three', 3], ['four', 4]]);
/** A group phrase naming two people: "the two leaders", "both presidents". */
const GROUP_SPAN = /^(?:the\s+two|both(?:\s+the)?)\s+(?:leaders|presidents|men|women|ministers|heads|officials|sides)$/i;
/** Reporting verbs whose group subject a following "they" stands for. */
const THEY_REPORTING = new Set(['said', 'say', 'says', 'claimed', 'claim', 'claims', 'announced', 'announce', 'announces', 'added', 'insisted',
  'warned', 'stated', 'confirmed', 'admitted', 'denied', 'vowed', 'threatened']);
/** Prepositions before a place named in passing ("killed in North Darfur"), no actor of the clause. */
const PLACE_PREPS = new Set(['in', 'at', 'from', 'to', 'near', 'across', 'into', 'outside', 'inside', 'on']);
/** Determiners before a place's name that modifies a noun ("its Hong Kong offering", "the Tokyo exchange"). */
const MODIFIER_DETS = new Set(['its', 'the', 'a', 'an', 'their']);
const CITY_WORDS = new Set(['city', 'town', 'capital', 'port', 'village']);
const ORG_WORDS = new Set(['company', 'firm', 'group', 'carmaker', 'automaker', 'manufacturer', 'airline', 'bank', 'agency',
  'organisation', 'organization', 'ministry', 'department', 'party', 'union', 'court', 'retailer', 'corporation',
  'lender', 'insurer', 'broadcaster', 'network', 'newspaper', 'channel', 'club', 'team', 'charity', 'regulator', 'council', 'exchange',
  'chipmaker', 'drugmaker', 'miner', 'conglomerate', 'startup', 'giant', 'operator', 'developer', 'publisher', 'platform', 'bloc', 'alliance',
  'commission', 'committee', 'authority', 'board', 'tribunal', 'federation', 'association', 'institute', 'fund', 'coalition',
  'movement', 'watchdog', 'utility', 'carrier', 'broker', 'automaker', 'supermarket', 'refiner', 'shipper', 'producer',
  // "the iPhone maker", "the German steelmaker", "the fast-food chain": heads of a description of a business
  'maker', 'steelmaker', 'planemaker', 'shipbuilder', 'supplier', 'provider', 'chain', 'exporter', 'importer', 'distributor']);
/** How many sentences back "the court", "the commission" finds the one organisation whose name holds the word, and the
 * words that look so far: bodies a report names once and then calls by their head ("The Supreme Court … the court"),
 * not the words of everyday nouns ("the union", "the party", "the group"). */
const NAMED_BODY_SENTENCES = 8;
const FAR_BODY_WORDS = new Set(['court', 'commission', 'tribunal']);
/** Words that stand for an organisation only when its name holds them ("the commission" for the Drug Enforcement
 * Commission, "the ministry" for the Foreign Ministry): a description of a kind of body, not of a business. */
const NAME_ONLY_WORDS = new Set(['ministry', 'department', 'commission', 'committee', 'authority', 'board', 'tribunal', 'federation',
  'association', 'institute', 'fund', 'coalition', 'movement']);
/** "the aircraft", "the ship": the vehicle most recently named. */
const VEHICLE_WORDS = new Set(['aircraft', 'plane', 'airliner', 'jet', 'ship', 'vessel', 'train', 'car', 'spacecraft', 'capsule',
  'probe', 'rocket', 'helicopter', 'submarine', 'warship', 'ferry', 'truck', 'vehicle', 'craft', 'satellite']);
/** "the government", "the administration": the state most recently named. */
const GOV_WORDS = new Set(['government', 'administration', 'army', 'military', 'authorities', 'regime', 'kingdom', 'republic']);
const COUNTRY_WORDS = new Set(['country', 'nation']);
/** Heads of a definite description of a state or a region (data/lexicon/events-words.tsv): "said he would travel to
 * the state once conditions allowed" is a region (Florida), else a country (state-words); "the province declared its own
 * emergency" only a region (region-words); "the island defaulted" a region or a country alike (island-words). */
const STATE_WORDS = eventWords('state-words');
const REGION_WORDS = eventWords('region-words');
const ISLAND_WORDS = eventWords('island-words');
/** "the county", "the district": a place below a state, named with that word ("Lee County"), never the state around it. */
const SUBREGION_WORDS = eventWords('subregion-words');
/** Countries (ISO codes, upper-cased) and regions (names) that are islands: what "the island" may stand for. */
const ISLAND_COUNTRIES = new Set([...eventWords('island-countries')].map((c) => c.toUpperCase()));
const ISLAND_REGIONS = eventWords('island-regions');
/** Whether a named place is an island: KB kind ISLAND, a name with "island"/"isle", or a listed island country or region. */
function isIsland(e: Entity): boolean {
  if (/island/i.test(e.kind ?? '') || /\b(islands?|isles?)\b/i.test(e.name)) return true;
  if (e.iso && ISLAND_COUNTRIES.has(e.iso.toUpperCase())) return true;
  return ISLAND_REGIONS.has(e.name.toLowerCase()) || (!!e.kb?.name && ISLAND_REGIONS.has(e.kb.name.toLowerCase()));
}
/** Whether a named place was written or is known with the word `w` ("Lee County", "Afrin District", "Fukushima Prefecture"). */
function namedWith(e: Entity, w: string): boolean {
  const re = new RegExp(`\\b${w}\\b`, 'i');
  return re.test(e.name) || (!!e.kb?.name && re.test(e.kb.name)) || e.mentions.some((m) => re.test(m.text));
}
/** What may follow such a head for it to be the whole description, the clause going on ("the state would", "to the
 * state once", "the province's"), not a modifier of a longer noun ("the state news agency", "the district
 * administration", "the state of emergency"): data/lexicon/events-words.tsv place-word-followers. */
const PLACE_WORD_FOLLOWERS = eventWords('place-word-followers');
/** How many sentences back a state or region is still "the state". */
const REGION_SENTENCES = 6;
const BOTH_NEXT = new Set(['said', 'say', 'says', 'agreed', 'met', 'signed', 'discussed', 'expressed', 'called', 'stressed', 'have',
  'had', 'are', 'were', 'will', 'would', 'also', 'welcomed', 'pledged', 'promised', 'denied', 'condemned']);
const DEF_DET = new Set(['the', 'this', 'that', 'his', 'her', 'its', 'their']);
/** Titles a definite description can stand for a named person with ("the president" after "President Emmanuel Macron"). */
const TITLE_WORDS = new Set(['president', 'minister', 'premier', 'chancellor', 'king', 'queen', 'pope', 'senator', 'governor', 'mayor',
  'secretary', 'commander', 'ceo', 'chairman', 'chairwoman', 'ambassador', 'envoy', 'emir', 'prince', 'princess', 'general', 'leader']);
/** Heads of a description of a person by the body they serve ("the Fed chief", "the Boeing boss", "the bank chief",
 * "the company spokesman"): written beside a name ("Boeing chief executive Dave Calhoun", "Jerome Powell, the Fed
 * chair,") they let the description stand for that person. */
const BODY_HEADS = new Set(['chief', 'boss', 'head', 'ceo', 'executive', 'chair', 'chairman', 'chairwoman', 'spokesman', 'spokeswoman',
  'spokesperson', 'founder', 'governor', 'director']);
/** Heads that name one role, so that "the Fed chief" stands for someone written as "Fed Chair Jerome Powell" (only
 * when the two name the same body: "the JPMorgan boss" is not "Goldman Sachs CEO David Solomon"). */
const LEADS = new Set(['chief', 'boss', 'head', 'ceo', 'executive', 'chair', 'chairman', 'chairwoman', 'governor', 'director']);
const sameRole = (a: string, b: string): boolean => a === b || (LEADS.has(a) && LEADS.has(b));
const TITLE_SKIP = new Set(['the', 'a', 'an', 'of', 'for', "'s", '’s', 'former', 'then', 'new', 'deputy', 'vice', 'acting', 'interim']);
/** Titles of public office: "the chancellor" may stand for the one recent office holder even when the title was not
 * written beside the name. */
const OFFICE_TITLES = new Set(['president', 'minister', 'premier', 'chancellor', 'king', 'queen', 'pope', 'senator', 'governor', 'mayor',
  'secretary', 'ambassador', 'envoy', 'emir', 'prince', 'princess', 'leader']);
/** Descriptions of a business ("the company", "the chipmaker") and of a public body ("the ministry", "the regulator"). */
const BUSINESS_WORDS = new Set(['company', 'firm', 'carmaker', 'automaker', 'manufacturer', 'airline', 'retailer', 'lender', 'insurer',
  'chipmaker', 'drugmaker', 'miner', 'conglomerate', 'startup', 'giant', 'operator', 'developer', 'publisher', 'platform',
  'maker', 'steelmaker', 'planemaker', 'shipbuilder', 'supplier', 'provider', 'chain', 'exporter', 'importer', 'distributor']);
const PUBLIC_WORDS = new Set(['ministry', 'department', 'regulator', 'council', 'court', 'body']);
/** Modifiers that make "body" an organisation ("the poll body", "the world body", "the governing body"); a bare "the
 * body" is mostly a dead person's (data/lexicon/events-words.tsv "body-modifiers"). */
const BODY_MODIFIERS = eventWords('body-modifiers');
const PUBLIC_KINDS = new Set(['GOVERNMENT', 'IGO', 'ARMED_GROUP', 'PARTY', 'FORUM', 'NGO']);
/** Kinds no "body" description stands for, and those "the world/global/international body" may. */
const BODY_NOT_KINDS = new Set(['ARMED_GROUP', 'PARTY']);
const IGO_BODY_KINDS = new Set(['IGO', 'NGO', 'FORUM']);
/** Whether an organisation of the knowledge base's kind can be "the <word>" (unknown kinds fit any word). */
function orgFits(word: string, e: Entity | undefined, modifier = ''): boolean {
  const kind = e?.kind;
  if (!kind) return true;
  if (BUSINESS_WORDS.has(word)) return !PUBLIC_KINDS.has(kind);
  // "the world body", "the global body" is an international one (the UN, the WHO, FIFA: IGO_BODY_KINDS), and no
  // "body" is an armed group or a party ("Hamas fighters attacked … The world body condemned the attack")
  if (word === 'body' && (BODY_NOT_KINDS.has(kind) || (/^(world|global|international)$/.test(modifier) && !IGO_BODY_KINDS.has(kind)))) return false;
  if (PUBLIC_WORDS.has(word)) return kind !== 'COMPANY' && kind !== 'MEDIA' && kind !== 'AGENCY' && kind !== 'CLUB';
  return true;
}

/** Whether a name holds a description's head word, singular or plural ("China Eastern Airlines" holds "airline"). */
function nameHolds(name: string | undefined, word: string): boolean {
  if (!name) return false;
  return name.toLowerCase().split(/[\s-]+/).some((w) => w === word || w === word + 's' || w === word + 'es');
}

/** Whether a verb opens token `k` (an auxiliary, a reporting verb or a past in -ed): a clause, not a description's name. */
function verbAfter(low: readonly string[], k: number): boolean {
  const w = low[k] ?? '';
  return (AUX.has(w) && w !== 'to' && w !== 'not') || REPORTING.has(w) || /^[a-z]{2,}ed$/.test(w);
}

/** A name's head word, singular ("Supreme Court" and "Supreme Court of India" → "court", "European Union" → "union"). */
function nameHead(name: string | undefined): string | undefined {
  const words = (name ?? '').toLowerCase().split(/\s+of\s+/)[0]!.split(/[\s-]+/).filter(Boolean);
  return words.at(-1)?.replace(/s$/, '');
}

/** Whether an indefinite "a/an/another (up to two words) <word>" stands between tokens `from` and `to`, or for "court"
 * an indefinite judge ("a district judge", "a federal judge"): a new body of that kind was brought in. */
function indefiniteSince(low: readonly string[], from: number, to: number, word: string): boolean {
  for (let q = from; q < to; q++) {
    if (low[q] !== 'a' && low[q] !== 'an' && low[q] !== 'another') continue;
    for (let r = q + 1; r <= q + 3 && r < to; r++) if (low[r] === word || (word === 'court' && low[r] === 'judge')) return true;
  }
  return false;
}

/** The title words written around a person's mention: inside it, up to three words before it ("French President
 * Emmanuel Macron"), or in an appositive after it ("Macron, the French president,"). */
function titlesAround(low: readonly string[], m: MentionRef, n: number): string[] {
  const out: string[] = [];
  const title = (w: string): boolean => TITLE_WORDS.has(w) || BODY_HEADS.has(w);
  for (let q = m.t0; q <= m.t1; q++) if (title(low[q]!)) out.push(low[q]!);
  for (let q = m.t0 - 1; q >= 0 && q >= m.t0 - 3; q--) { if (title(low[q]!)) out.push(low[q]!); if (low[q] === ',' || low[q] === '.') break; }
  if (low[m.t1 + 1] === ',') for (let q = m.t1 + 2; q < n && q <= m.t1 + 6; q++) { if (title(low[q]!)) out.push(low[q]!); if (low[q] === ',' || low[q] === '.') break; }
  return out;
}
/** The bodies written with a person's title, in the same windows as titlesAround: an entity named there ("e:<id>":
 * "Goldman Sachs CEO David Solomon", ", the head of NATO,") or a plain word ("w:<word>": "Police Chief Maria Lopez",
 * "bank chief Ben Bernanke"). */
function bodiesAround(low: readonly string[], at: ArrayLike<number>, list: readonly MentionRef[], m: MentionRef, n: number): string[] {
  const out: string[] = [];
  const take = (q: number): void => {
    const w = low[q]!;
    const mi = at[q] ?? -1;
    if (mi !== -1) { const o = list[mi]!; if (o.type !== 'PERSON') for (const id of o.ids) out.push('e:' + id); return; }
    if (TITLE_WORDS.has(w) || BODY_HEADS.has(w) || TITLE_SKIP.has(w) || !/^[a-z]/.test(w)) return;
    out.push('w:' + w);
  };
  for (let q = m.t0 - 1; q >= 0 && q >= m.t0 - 4; q--) { if (low[q] === ',' || low[q] === '.') break; take(q); }
  if (low[m.t1 + 1] === ',') for (let q = m.t1 + 2; q < n && q <= m.t1 + 7; q++) { if (low[q] === ',' || low[q] === '.') break; take(q); }
  return out;
}
/** A nationality mention: a NORP, or a place named by its demonym (the entities stage's `kb-demonym` rule: "Italian"
 * for Italy) — not the place's own name or an alias ("Italy", "US"). */
function demonymMention(m: MentionRef, byId: ReadonlyMap<string, Entity>): boolean {
  if (m.type === 'NORP') return true;
  const e = byId.get(m.ids[0]!);
  return !!e?.mentions?.some((x) => x.start === m.start && x.end === m.end && /demonym/.test(x.rule ?? ''));
}
/** A one-token nationality or country name used as an adjective ("Brazilian", "US") at token k. */
const adjectiveName = (m: MentionRef, k: number): boolean => m.t0 === k && m.t1 === k && !m.possessive && (m.type === 'NORP' || m.type === 'GPE');

/** A hyphenated pair of names: "Putin-Kim", "US-China", "Israel–Hamas" (one or two capitalised words a side). */
const PAIR_RE = /^(\p{Lu}[\p{L}.']*(?: \p{Lu}[\p{L}.']*)?)[-–](\p{Lu}[\p{L}.']*(?: \p{Lu}[\p{L}.']*)?)$/u;

/** "The Putin-Kim summit", "US-China talks": a hyphenated pair the entities stage kept as one unlinked name stands for
 * the two entities the report names elsewhere, each side matched by an entity's name, one of its written mentions, its
 * ISO code or a person's first or last name. Both sides must be found, each as exactly one other entity; a linked name
 * ("Guinea-Bissau") or a side the report never names alone ("Rolls-Royce") keeps its own entity. */
function pairMentions(text: string, named: MentionRef[], entities: readonly Entity[]): void {
  let keys: Map<string, Set<string>> | undefined;
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const m of named) {
    const e = byId.get(m.ids[0]!);
    if (!e || m.ids.length !== 1 || e.kb?.wikidata || e.type === 'PERSON') continue;
    const parts = PAIR_RE.exec(text.slice(m.start, m.end));
    if (!parts) continue;
    if (!keys) {
      keys = new Map();
      const add = (k: string, id: string): void => { const key = k.toLowerCase(); const set = keys!.get(key); if (set) set.add(id); else keys!.set(key, new Set([id])); };
      for (const x of entities) {
        if (PAIR_RE.test(x.name)) continue;
        add(x.name, x.id);
        for (const mm of x.mentions ?? []) if (!PAIR_RE.test(mm.text)) add(mm.text.replace(/[’']s$/, ''), x.id);
        if (x.iso && x.type === 'GPE') add(x.iso, x.id);
        // "Biden-Xi", "Putin-Kim": a person by surname, or by the family name written first
        if (x.type === 'PERSON') { const w = x.name.split(' '); if (w.length > 1) { add(w[w.length - 1]!, x.id); add(w[0]!, x.id); } }
      }
    }
    const side = (w: string): string | undefined => {
      const set = keys!.get(w.toLowerCase());
      return set && set.size === 1 && !set.has(e.id) ? [...set][0] : undefined;
    };
    const a = side(parts[1]!), b = side(parts[2]!);
    if (!a || !b || a === b) continue;
    const ta = byId.get(a)!.type, tb = byId.get(b)!.type;
    m.ids = [a, b];
    m.type = ta === tb && ta !== 'GPE' ? ta : 'ORG';
  }
}

/** Builds the mention index; `low` holds each token's lowercase text. */
export function buildMentions(text: string, tokens: readonly Token[], low: readonly string[], entities: readonly Entity[],
  genders?: ReadonlyMap<string, 'm' | 'f'>): MentionIndex {
  const byId = new Map<string, Entity>();
  const named: MentionRef[] = [];
  for (const e of entities) {
    byId.set(e.id, e);
    for (const m of e.mentions ?? []) {
      if (!(m.end > m.start) || m.start < 0 || m.end > text.length) continue;
      const t0 = tokenAt(tokens, m.start);
      let t1 = tokenAt(tokens, m.end - 1);
      if (t0 >= tokens.length) continue;
      if (t1 >= tokens.length) t1 = tokens.length - 1;
      // A trailing possessive token inside the mention ("Kim’s") is not part of the name.
      let possessive = POSS_RE.test(text.slice(m.end, m.end + 2));
      if (t1 > t0 && /^[’']s$/.test(low[t1] ?? '')) { t1--; possessive = true; }
      if (/[’']s$/.test(m.text)) possessive = true;
      named.push({ ids: [e.id], type: e.type, start: m.start, end: m.end, t0, t1, possessive });
    }
  }
  pairMentions(text, named, entities);
  named.sort((a, b) => a.start - b.start || b.end - a.end);
  // One span that the entities stage gave to several entities ("The two leaders" → Xi and Putin) is one group mention.
  for (let n = named.length - 1; n > 0; n--) {
    const a = named[n - 1]!, b = named[n]!;
    if (a.start !== b.start || a.end !== b.end) continue;
    for (const id of b.ids) if (!a.ids.includes(id)) a.ids.push(id);
    a.possessive ||= b.possessive;
    named.splice(n, 1);
  }
  const at = new Int32Array(tokens.length).fill(-1);
  const list: MentionRef[] = [];
  const demonyms = new Set<MentionRef>();
  const place = (m: MentionRef): void => {
    for (let k = m.t0; k <= m.t1; k++) if (at[k] !== -1) return; // overlapping: keep the first/longest
    const idx = list.length;
    list.push(m);
    for (let k = m.t0; k <= m.t1; k++) at[k] = idx;
  };
  for (const m of named) place(m);
  // Every named mention (nested ones too: "US" inside "the US president") feeds recency.
  const endsAt = new Map<number, MentionRef[]>();
  for (const m of named) { const a = endsAt.get(m.t1); if (a) a.push(m); else endsAt.set(m.t1, [m]); }

  // Walk tokens in order, tracking recent entities by kind, to resolve pseudo mentions.
  const recent = { PERSON: [] as string[], ORG: [] as string[], GPE: [] as string[], COUNTRY: [] as string[], CITY: [] as string[], VEHICLE: [] as string[] };
  /** Every named site or area so far, with its name's head (not capped like `recent`: a third dam named earlier still
   * makes "the dam" ambiguous). */
  const siteHeads = new Map<string, string | undefined>();
  const lastSent: Record<string, number> = {};
  const push = (arr: string[], id: string): void => {
    const i = arr.indexOf(id);
    if (i >= 0) arr.splice(i, 1);
    arr.unshift(id);
    if (arr.length > 4) arr.pop();
  };
  const pseudo: MentionRef[] = [];
  let sent = 0;
  const near = (kind: string, within: number): boolean => lastSent[kind] !== undefined && sent - lastSent[kind]! <= within;
  const mk = (ids: string[], type: EntityType, t0: number, t1: number, kind: MentionRef['pseudo']): MentionRef => ({
    ids, type, start: tokens[t0]!.start, end: tokens[t1]!.end, t0, t1,
    possessive: POSS_RE.test(text.slice(tokens[t1]!.end, tokens[t1]!.end + 2)), pseudo: kind,
  });
  // Salience: mentions seen so far; a pronoun prefers the most mentioned of the recent people,
  // the most recent one winning ties (and getting a small bonus).
  const seen = new Map<string, number>();
  const titles = new Map<string, Set<string>>();
  const bodies = new Map<string, Set<string>>();
  const lastSeen = new Map<string, number>();
  const lastTok = new Map<string, number>();
  let curSent = 0;
  // The sentence in which each person was last named as the subject ("Blinken met Wang Yi in Beijing. He later
  // travelled to Seoul": "he" is Blinken, the subject, not the more recent object).
  const subjectIn = new Map<string, number>();
  const closingQuote = (j: number): boolean => {
    const ch = text.slice(tokens[j]!.start, tokens[j]!.end);
    return ch !== '“' && ch !== '‘' && (ch === '”' || ch === '’' || tokens[j]!.start === tokens[j - 1]!.end);
  };
  const isSubject = (m: MentionRef): boolean => {
    const s = tokens[m.t0]!.sentence;
    for (let j = m.t0 - 1; j >= 0 && tokens[j]!.sentence === s; j--) {
      const w = low[j]!;
      if (w === ',') return true; // "On Monday, Blinken met …"
      // "\"This is a historic victory,\" Moriyasu told reporters": the speaker after a closing quotation is the subject
      // (a closing quotation mark only: '”', or one set right after the comma; 'replied, "Maya Yoshida will start' opens one)
      if (tokens[j]!.kind === 'QUOTE' && j === m.t0 - 1 && (low[j - 1] === ',' || low[j - 1] === '?' || low[j - 1] === '!') && closingQuote(j)) return true;
      const mj = at[j]!;
      if (mj >= 0) { if (list[mj]!.type === 'PERSON') return false; continue; }
      if (w === "'s" || w === '’s' || PRE_TITLE.has(w) || /^\p{Lu}/u.test(text.slice(tokens[j]!.start, tokens[j]!.end))) continue;
      return false;
    }
    return true;
  };
  const salient = (arr: string[]): string => {
    let best = arr[0]!, bestScore = -1;
    arr.forEach((id, n) => {
      const gap = curSent - (lastSeen.get(id) ?? -99);
      let bonus = n === 0 ? (gap === 0 ? 3 : gap === 1 ? 2 : 0.5) : 0;
      // (an organisation's, smaller: it breaks a near tie for the more often named one, "Aramco was worth more than Apple
      // and Microsoft. The company …", but two named once each stay with the more recent)
      if (gap >= 1 && gap <= 2 && subjectIn.get(id) === lastSeen.get(id)) bonus += byId.get(id)?.type === 'ORG' ? 1.5 : 2.5;
      const score = (seen.get(id) ?? 0) + bonus;
      if (score > bestScore) { best = id; bestScore = score; }
    });
    return best;
  };
  // "The two leaders" after a spokesman was quoted: the two most mentioned of the recent people (the most recent first on ties)
  const mostSeenN = (arr: string[], n: number): string[] => arr.map((id, j) => ({ id, j, c: seen.get(id) ?? 0 })).sort((a, b) => b.c - a.c || a.j - b.j).slice(0, n).map((x) => x.id);
  const mostSeen = (arr: string[]): string[] => mostSeenN(arr, 2);
  /** The person a fronted possessive at token k points forward to: the phrase opens its sentence (at most three words
   * before the pronoun, no name among them), ends at a comma within ten tokens, and a named person follows that comma
   * (after at most three capitalised title words). */
  const cataphor = (k: number): string | undefined => {
    const s = tokens[k]!.sentence;
    let start = k;
    while (start > 0 && tokens[start - 1]!.sentence === s) start--;
    if (k - start > 3) return undefined;
    for (let q = start; q < k; q++) if (at[q] !== -1 || tokens[q]!.kind !== 'WORD') return undefined;
    let comma = -1;
    for (let q = k + 1; q < tokens.length && q <= k + 10 && tokens[q]!.sentence === s; q++) {
      if (low[q] === ',') { comma = q; break; }
      if (at[q] !== -1 && list[at[q]!]!.type === 'PERSON') return undefined;
    }
    if (comma < 0) return undefined;
    for (let q = comma + 1; q < tokens.length && q <= comma + 4 && tokens[q]!.sentence === s; q++) {
      const mi = at[q]!;
      if (mi !== -1) { const m = list[mi]!; return m.type === 'PERSON' && m.t0 === q && !m.possessive ? m.ids[0] : undefined; }
      if (!/^\p{Lu}/u.test(text.slice(tokens[q]!.start, tokens[q]!.end))) return undefined;
    }
    return undefined;
  };
  /** The reporting verb right before the subject pronoun at token k, past an optional "that" ("X said [that] he …"),
   * in k's sentence; -1 when there is none. */
  const reportingVerbBefore = (k: number): number => {
    let v = k - 1;
    if (low[v] === 'that') v--;
    return v < 0 || !THEY_REPORTING.has(low[v]!) || tokens[v]!.sentence !== tokens[k]!.sentence ? -1 : v;
  };
  /** From token q back over what may stand between a named speaker and the reporting verb: adverbs in -ly and the
   * words of data/lexicon/events-words.tsv reporting-verb-gap ("also", "have", "had"); the first token before them. */
  const backOverVerbGap = (q: number): number => {
    while (q >= 0 && (VERB_GAP.has(low[q]!) || /^[a-z]+ly$/.test(low[q]!))) q--;
    return q;
  };
  /** The first token of token k's sentence. */
  const sentStart = (k: number): number => {
    let s = k;
    while (s > 0 && tokens[s - 1]!.sentence === tokens[k]!.sentence) s--;
    return s;
  };
  /** The last token of the subject of the reporting verb right before the subject pronoun at token k ("X said [that]
   * he …"): the verb, an optional "that", the verb-gap words, and a relative clause set off by commas ("Microsoft, which
   * owns LinkedIn, said it …") skipped; -1 when no reporting verb of k's sentence stands there. */
  const reportingSubjectEnd = (k: number): number => {
    const v = reportingVerbBefore(k);
    if (v < 0) return -1;
    let q = backOverVerbGap(v - 1);
    if (low[q] === ',') {
      for (let r = q - 1; r >= 0 && r >= q - 15 && tokens[r]!.sentence === tokens[k]!.sentence; r--) {
        if (low[r] === ',') { if ((low[r + 1] === 'which' || low[r + 1] === 'who') && r > 0) q = r - 1; break; }
      }
    }
    return beforeShortForm(low, { at, list }, q, sentStart(k));
  };
  /** The organisation, group or state named as the subject of the reporting verb right before token k ("The Houthis said
   * [that] they …"): the verb, an optional "that", and before the verb only auxiliaries or adverbs back to the name. */
  const reportingGroup = (k: number): MentionRef | undefined => {
    const q = reportingSubjectEnd(k);
    if (q < 0) return undefined;
    // "Ann Lee's campaign said it would appeal", "Kenya's government said it": a body written as its holder's possessed
    // noun stands for that holder
    if (q >= 2 && at[q] === -1 && POSSESSED_BODIES.has(low[q]!) && (low[q - 1] === "'s" || low[q - 1] === '’s') && at[q - 2]! >= 0) {
      const h = list[at[q - 2]!]!;
      return h.t1 === q - 2 && !h.pseudo && (h.type === 'PERSON' || h.type === 'ORG' || h.type === 'GPE') ? h : undefined;
    }
    const mi = q >= 0 ? at[q]! : -1;
    const m = mi >= 0 ? list[mi]! : undefined;
    return m && m.t1 === q && !m.possessive && !m.pseudo && (m.type === 'ORG' || m.type === 'NORP' || m.type === 'GPE') ? m : undefined;
  };
  /** The person named as the subject of the reporting verb right before the subject pronoun at k ("Attorney General
   * Bill Schuette said he would appeal", "Lee announced that she would resign"): the verb, an optional "that", before
   * the verb only auxiliaries or adverbs (or a relative clause set off by commas) back to a named person who opens the
   * clause (isSubject). Not when the person's gender is known and is not the pronoun's ("Mary Lee said he would").
   * The speaker's own "he" is the speaker far more often than the most mentioned person of the report. */
  const reportingPerson = (k: number): MentionRef | undefined => {
    const q = reportingSubjectEnd(k);
    if (q < 0) return undefined;
    const mi = q >= 0 ? at[q]! : -1;
    const m = mi >= 0 ? list[mi]! : undefined;
    if (!m || m.t1 !== q || m.possessive || m.pseudo || m.type !== 'PERSON' || m.ids.length !== 1 || !isSubject(m)) return undefined;
    const g = genders?.get(m.ids[0]!);
    const want = low[k] === 'he' ? 'm' : 'f';
    return g && g !== want ? undefined : m;
  };
  /** The people named as a list right before the reporting verb before token k ("A, B and C said they", "A and B
   * announced that they"): two or more named persons joined by commas and one "and", nothing else between them and
   * the verb but auxiliaries or adverbs (and a comma after the list, closing its apposition). */
  const reportingPeople = (k: number): string[] | undefined => {
    const v = reportingVerbBefore(k);
    if (v < 0) return undefined;
    let q = backOverVerbGap(v - 1);
    if (low[q] === ',') q--;
    const ids: string[] = [];
    let and = false;
    while (q >= 0 && tokens[q]!.sentence === tokens[k]!.sentence) {
      const mi = at[q]!;
      const m = mi >= 0 ? list[mi]! : undefined;
      if (!m || m.t1 !== q || m.type !== 'PERSON' || m.possessive || m.pseudo) return undefined;
      ids.unshift(...m.ids);
      q = m.t0 - 1;
      if (low[q] === 'and' && !and) { and = true; q--; continue; }
      if (low[q] === ',' && at[q - 1] !== undefined && at[q - 1]! >= 0 && list[at[q - 1]!]!.type === 'PERSON') { q--; continue; }
      break;
    }
    // the list is the whole subject: it opens the sentence or follows a comma or a colon
    const open = q < 0 || tokens[q]!.sentence !== tokens[k]!.sentence || low[q] === ',' || low[q] === ':';
    return and && ids.length >= 2 && open ? [...new Set(ids)] : undefined;
  };
  /** The organisation that reports the words holding the pronoun at k: an organisation's reporting verb earlier in the
   * sentence (reportingGroup), with no other organisation, state or person named between that verb and k except places
   * after a preposition ("killed in North Darfur"). */
  const reporterBefore = (k: number): MentionRef | undefined => {
    const s = tokens[k]!.sentence;
    for (let v = k - 1; v >= 0 && v >= k - 40 && tokens[v]!.sentence === s; v--) {
      const mv = at[v]!;
      if (mv >= 0) {
        const m = list[mv]!;
        const place = m.type === 'GPE' || m.type === 'LOC' || m.type === 'FAC';
        // a place modifying a noun is no actor either ("its Hong Kong offering")
        const modifier = /^\p{Ll}/u.test(text.slice(tokens[m.t1 + 1]?.start ?? 0, tokens[m.t1 + 1]?.end ?? 0)) && MODIFIER_DETS.has(low[m.t0 - 1] ?? '');
        if (!place || !(PLACE_PREPS.has(low[m.t0 - 1] ?? '') || modifier)) return undefined;
        v = m.t0;
        continue;
      }
      if (THEY_REPORTING.has(low[v]!)) {
        const g = reportingGroup(low[v + 1] === 'that' ? v + 2 : v + 1);
        return g && g.type === 'ORG' ? g : undefined;
      }
    }
    return undefined;
  };
  /** Whether "her" at k is a determiner ("her speech", "her family"): a plain lower-case word follows in the sentence
   * that is no adverb in -ly ("praised her warmly") and does not open a clause or a phrase ("praised her for"). */
  const herIsDeterminer = (k: number): boolean => tokens[k + 1]?.sentence === tokens[k]!.sentence && tokens[k + 1]!.kind === 'WORD'
    && at[k + 1] === -1 && /^[a-z-]+$/.test(low[k + 1]!) && (!/ly$/.test(low[k + 1]!) || LY_NOT_ADVERB.has(low[k + 1]!))
    && !CLAUSE_AFTER_OBJECT.has(low[k + 1]!);
  /** The person named as the subject right before the verb whose object is the pronoun at k ("X praised him", "X has
   * thanked him", "X personally thanked him"): a named person that opens its clause (isSubject), then one to three plain
   * lower-case words with no comma, "to", "that" or name between, of which only one is neither an auxiliary nor an adverb
   * (the verb). So "X asked Congress to give him", "X said they told him" and "X thinks critics praised him" (a second
   * subject: the pronoun may be X) are not bound. With `org`, an organisation right before that verb, for the object
   * description at k ("Microsoft sued the company"), whether or not it opens its clause. */
  /** The people named after a subject pronoun at k that opens its sentence (only quotation marks before it), to the
   * sentence's end: the pronoun, above them in the clause, cannot be any of them ("He rejected Najib's claim", "He
   * will not resign, Najib's lawyer said" — not "When he arrived, Najib said", where the pronoun opens no main clause). */
  const laterPeople = (k: number): Set<string> => {
    const out = new Set<string>();
    const s = tokens[k]!.sentence;
    for (let q = k - 1; q >= 0 && tokens[q]!.sentence === s; q--) if (tokens[q]!.kind !== 'QUOTE') return out;
    for (let q = k + 1; q < tokens.length && tokens[q]!.sentence === s; q++) {
      const mi = at[q]!;
      if (mi >= 0 && list[mi]!.type === 'PERSON') for (const id of list[mi]!.ids) out.add(id);
    }
    return out;
  };
  /** The name a description is set off beside by commas: "the market regulator, the Securities and Exchange Board of
   * India, may examine", "the president, Joe Biden, said" — `q` is the token after the description; a comma, an article
   * at most, then a named mention of the type that closes at a comma, a bracket or the sentence's end (not a list:
   * "the company, Apple, and Google"). */
  const appositionName = (q: number, type: EntityType): MentionRef | undefined => {
    if (low[q] !== ',') return undefined;
    let r = q + 1;
    if (low[r] === 'the') r++;
    const mi = at[r] ?? -1;
    const m = mi >= 0 ? list[mi]! : undefined;
    if (!m || m.t0 !== r || m.type !== type || m.possessive || tokens[m.t1]!.sentence !== tokens[q]!.sentence) return undefined;
    const after = low[m.t1 + 1];
    if (after !== undefined && tokens[m.t1 + 1]!.sentence === tokens[q]!.sentence && after !== ',' && after !== ')' && after !== '(') return undefined;
    if (after === ',' && (low[m.t1 + 2] === 'and' || low[m.t1 + 2] === 'or')) return undefined;
    return m;
  };
  // the person a subject pronoun at q was resolved to ("He congratulated him": "he" is no referent of "him")
  const subjectPronoun = (q: number): string[] | undefined => {
    if (low[q] !== 'he' && low[q] !== 'she') return undefined;
    for (let j = pseudo.length - 1, n = 0; j >= 0 && n < 4; j--, n++) {
      const p = pseudo[j]!;
      if (p.t0 < q) return undefined;
      if (p.t0 === q && p.type === 'PERSON' && p.pseudo === 'PRONOUN') return p.ids;
    }
    return undefined;
  };
  // "Lind asked Novak to thank him": the person an object-control verb takes as object is the subject of the infinitive
  // whose object pronoun is at k (one verb, an adverb at most, then "to" before it), so the pronoun is someone else
  const controlledSubject = (k: number): string[] | undefined => {
    let q = k - 2;
    if (q >= 0 && /ly$/.test(low[q]!)) q--;
    if (q < 1 || low[q] !== 'to') return undefined;
    const m = list[at[q - 1] ?? -1];
    if (!m || m.t1 !== q - 1 || m.type !== 'PERSON' || m.possessive || tokens[m.t0]!.sentence !== tokens[k]!.sentence) return undefined;
    return OBJECT_CONTROL_VERBS.has(low[m.t0 - 1] ?? '') ? m.ids : undefined;
  };
  // the token where the mention of `id` last ended before k (lastTok is kept as mentions end)
  const lastTokOf = (id: string, k: number): number => { const t = lastTok.get(id); return t !== undefined && t < k ? t : -1; };
  const clauseSubject = (k: number, org = false, loose = false): string[] | undefined => {
    let q = k - 1;
    for (let n = 0; n < 3 && q >= 0 && at[q] === -1 && tokens[q]!.sentence === tokens[k]!.sentence && /^[a-z-]+$/.test(low[q]!)
      && !BINDING_BREAKS.has(low[q]!) && !subjectPronoun(q); n++) q--;
    const pron = q !== k - 1 && q >= 0 && !org && tokens[q]!.sentence === tokens[k]!.sentence ? subjectPronoun(q) : undefined;
    if (q === k - 1 || q < 0 || (at[q] === -1 && !pron)) return undefined;
    let verbs = 0;
    for (let g = q + 1; g < k; g++) if (!AUX.has(low[g]!) && !/ly$/.test(low[g]!)) verbs++;
    if (verbs > 1) return undefined;
    if (pron) return pron;
    const m = list[at[q]!]!;
    if (m.t1 !== q || m.possessive || tokens[q]!.sentence !== tokens[k]!.sentence) return undefined;
    if (org) return m.type === 'ORG' ? m.ids : undefined;
    return m.type === 'PERSON' && (loose || isSubject(m)) ? m.ids : undefined;
  };
  // the person whose mention ends at t is the object or partner of a verb whose clause goes on, through "and" or "to",
  // to the object pronoun at k ("spoke with Boric by phone and congratulated him", "called Scholz to congratulate
  // him"), and not a person inside a relative clause ("Leaders who had backed Malik in the race congratulated him")
  const isPartner = (t: number, k: number): boolean => {
    const m = list[at[t] ?? -1];
    if (!m || k - t > PARTNER_GAP) return false;
    let linked = false;
    for (let g = t + 1; g < k; g++) if (PARTNER_LINKS.has(low[g]!)) linked = true;
    if (!linked) return false;
    for (let g = m.t0 - 1; g >= 0 && g >= m.t0 - PARTNER_GAP && tokens[g]!.sentence === tokens[k]!.sentence; g--) {
      if (low[g] === ',') break; // a relative clause closed before it ("Biden, who arrived Sunday, spoke with Boric")
      if (PARTNER_RELATIVES.has(low[g]!)) return false;
    }
    return true;
  };
  for (let k = 0; k < tokens.length; k++) {
    const mi = at[k]!;
    // A group span the entities stage gave to two people ("The two leaders") is re-resolved by salience here
    if (mi >= 0) {
      const g = list[mi]!;
      if (g.t0 === k && g.ids.length === 2 && g.type === 'PERSON' && GROUP_SPAN.test(text.slice(g.start, g.end)) && recent.PERSON.length >= 2) {
        const ids = mostSeen(recent.PERSON);
        if (ids.every((id) => byId.get(id)?.type === 'PERSON')) g.ids = ids;
      }
    }
    const ending = endsAt.get(k);
    if (ending) for (const m of ending) {
      {
        const e = byId.get(m.ids[0]!);
        if (e) { seen.set(e.id, (seen.get(e.id) ?? 0) + 1); lastSeen.set(e.id, tokens[k]!.sentence); lastTok.set(e.id, k); }
        // (an organisation too: "At that level, Aramco was worth more than Apple and Microsoft. The company raised …" is
        // Aramco, the subject, not the more recent Microsoft of the comparison)
        if (e?.type === 'PERSON' || e?.type === 'ORG') { if (isSubject(m)) subjectIn.set(e.id, tokens[k]!.sentence); }
        if (e?.type === 'PERSON') for (const t of titlesAround(low, m, tokens.length)) { const set = titles.get(e.id); if (set) set.add(t); else titles.set(e.id, new Set([t])); }
        if (e?.type === 'PERSON') for (const b of bodiesAround(low, at, list, m, tokens.length)) { const set = bodies.get(e.id); if (set) set.add(b); else bodies.set(e.id, new Set([b])); }
        if (e) {
          const sent = tokens[k]!.sentence;
          if (e.type === 'PERSON') { push(recent.PERSON, e.id); lastSent.PERSON = sent; }
          else if (e.type === 'ORG') { push(recent.ORG, e.id); lastSent.ORG = sent; }
          else if (e.type === 'VEHICLE') { push(recent.VEHICLE, e.id); lastSent.VEHICLE = sent; }
          else if (e.type === 'FAC' || e.type === 'LOC') { if (!siteHeads.has(e.id)) siteHeads.set(e.id, nameHead(e.name)); }
          else if (e.type === 'GPE') {
            push(recent.GPE, e.id); lastSent.GPE = sent;
            if (isCountry(e)) { push(recent.COUNTRY, e.id); lastSent.COUNTRY = sent; }
            if (isCity(e)) { push(recent.CITY, e.id); lastSent.CITY = sent; }
          }
        }
      }
    }
    if (mi >= 0) continue;
    const w = low[k]!;
    const tok = tokens[k]!;
    sent = tok.sentence;
    curSent = sent;
    if (w === 'he' || w === 'him' || w === 'his' || w === 'she' || w === 'her') {
      // "During his trip, Scholz met …", "In her speech, Ann Lee said …": a possessive in a fronted phrase stands for
      // the person named as the main clause's subject right after the comma
      const ahead = (w === 'his' || w === 'her') ? cataphor(k) : undefined;
      if (ahead) { pseudo.push({ ...mk([ahead], 'PERSON', k, k, 'PRONOUN'), possessive: true }); continue; }
      // "Bill Schuette said he would appeal": the subject pronoun of a person's reported words is that person
      const speaker = w === 'he' || w === 'she' ? reportingPerson(k) : undefined;
      if (speaker) { pseudo.push(mk([speaker.ids[0]!], 'PERSON', k, k, 'PRONOUN')); continue; }
      if (recent.PERSON.length && near('PERSON', 3)) {
        // "Prayut Chan-o-cha praised him": an object pronoun is not the subject of its own clause (that would be "himself")
        const isObj = w === 'him' || (w === 'her' && !herIsDeterminer(k));
        const own = isObj ? clauseSubject(k) ?? controlledSubject(k) : undefined;
        // the person right before its verb, whatever the role of that mention
        const inner = isObj ? clauseSubject(k, false, true) : undefined;
        let pool = own ? recent.PERSON.filter((id) => !own.includes(id)) : recent.PERSON;
        // ... nor the subject of reported words holding it ("Lee said Park had praised him", "… said that Park thanked him")
        if (!own && inner) {
          const m0 = list[at[lastTokOf(inner[0]!, k)] ?? -1];
          if (m0 && m0.t0 > 0 && (REPORTING.has(low[m0.t0 - 1]!) || low[m0.t0 - 1] === 'that')) pool = pool.filter((id) => !inner.includes(id));
        }
        // "He rejected Najib's claim": a subject pronoun that opens its sentence is none of the people named later in it
        if (w === 'he' || w === 'she') { const later = laterPeople(k); if (later.size) pool = pool.filter((id) => !later.has(id)); }
        if (!pool.length) continue;
        // "Biden spoke with Boric and congratulated him", "Macron called Scholz to congratulate him": an object pronoun
        // is the last person named before it in its sentence who is not that sentence's subject, when there is one
        let pick: string | undefined;
        if (isObj) {
          // (nor the person right before its verb: "Lee said Park had praised him" is not Park)
          let best = -1;
          for (const id of pool) {
            if (inner?.includes(id)) continue;
            const t = lastTok.get(id) ?? -1;
            if (lastSeen.get(id) === curSent && subjectIn.get(id) !== curSent && t < k && t > best && isPartner(t, k)) { best = t; pick = id; }
          }
        }
        const m = mk([pick ?? salient(pool)], 'PERSON', k, k, 'PRONOUN');
        if (w === 'his' || w === 'her') m.possessive = true;
        // "his country": the country (most recent) and the person.
        const n1 = low[k + 1];
        const countries = recent.COUNTRY.length ? recent.COUNTRY : recent.GPE;
        if ((w === 'his' || w === 'her') && n1 && COUNTRY_WORDS.has(n1) && countries.length) {
          pseudo.push({ ...mk([countries[0]!, m.ids[0]!], 'GPE', k, k + 1, 'DEFINITE'), possessive: false });
          k++;
          continue;
        }
        pseudo.push(m);
      }
      continue;
    }
    // "The Houthis said they had attacked", "Hamas says they will free": "they" right after a group's or a state's
    // reporting verb stands for that group (a person's "they" and "they" elsewhere stay unresolved)
    if (w === 'they') {
      const g = reportingGroup(k);
      if (g) { pseudo.push(mk(g.ids, g.type, k, k, 'PRONOUN')); continue; }
      // "Joshua Wong, Nathan Law and Agnes Chow said they were quitting": the people listed as the reporting verb's subject
      const people = reportingPeople(k);
      if (people) pseudo.push(mk(people, 'PERSON', k, k, 'GROUP'));
      continue;
    }
    if (w === 'it' || w === 'its') {
      // "Microsoft, which owns LinkedIn, said it would cut jobs": "it" right after a body's reporting verb is that body
      const g = w === 'it' ? reportingGroup(k) : undefined;
      if (g && g.type !== 'NORP') { pseudo.push(mk(g.ids, g.type, k, k, 'PRONOUN')); continue; }
      // "The WFP said three of its staff had been killed in North Darfur and it was halting operations", "Ant said its
      // offering had been suspended": further on in the words an organisation reports, "it"/"its" is still that
      // organisation, not a place named in between
      const r = reporterBefore(k);
      if (r) { const m = mk(r.ids, r.type, k, k, 'PRONOUN'); if (w === 'its') m.possessive = true; pseudo.push(m); continue; }
      // The more recently named of the last organisation and the last state ("supplying weapons to Russia
      // for its war" → Russia; "the ICRC said it had given" → the ICRC).
      const org = recent.ORG.length && near('ORG', 2) ? { id: recent.ORG[0]!, t: 'ORG' as EntityType, at: lastTok.get(recent.ORG[0]!) ?? -1 } : undefined;
      const gpe = recent.GPE.length && near('GPE', 1) ? { id: recent.GPE[0]!, t: 'GPE' as EntityType, at: lastTok.get(recent.GPE[0]!) ?? -1 } : undefined;
      const pick = org && gpe ? (gpe.at > org.at ? gpe : org) : org ?? gpe;
      if (pick) {
        const m = mk([pick.id], pick.t, k, k, 'PRONOUN');
        if (w === 'its') m.possessive = true;
        pseudo.push(m);
      }
      continue;
    }
    // "the 52-year-old", "the 52-year-old doctor": an age stands for a person, the most salient one named in this or the
    // last two sentences (a noun after the age joins the mention unless it is a verb or an auxiliary)
    if (w === 'the' && /^\d{1,3}-year-old$/.test(low[k + 1] ?? '') && at[k + 1] === -1 && recent.PERSON.length && near('PERSON', 2)) {
      // a lower-case noun at token j of this sentence, outside any name, that the description may end on
      const ageNoun = (j: number): boolean => at[j] === -1 && tokens[j]?.kind === 'WORD' && tokens[j]!.sentence === tok.sentence
        && /^[a-z]+$/.test(low[j]!) && !AGE_NOT_NOUN.has(low[j]!) && !/(?:ed|ly)$/.test(low[j]!);
      let t0 = k, t1 = k + 1;
      // "the 64-year-old Italian", "the 31-year-old Briton": a nationality after the age is the person's, not the country
      // (the description, with a noun it modifies — "the 64-year-old Italian coach" — is the person). Only a real
      // demonym (a NORP, or a mention the entities stage read as a demonym): a country's own name ("the 64-year-old
      // Italy coach", "the 30-year-old US soldier") or any other name stays a mention of its own
      const nat = at[k + 2] !== undefined && at[k + 2] !== -1 ? list[at[k + 2]!]! : undefined;
      if (nat && adjectiveName(nat, k + 2) && demonymMention(nat, byId) && tokens[k + 2]!.sentence === tok.sentence) {
        demonyms.add(nat);
        at[k + 2] = -1;
        t1 = ageNoun(k + 3) ? k + 3 : k + 2;
      } else if (nat && !nat.possessive && nat.type !== 'PERSON' && nat.t0 === k + 2 && tokens[nat.t1]!.sentence === tok.sentence && ageNoun(nat.t1 + 1)) {
        // "the 64-year-old New York native", "the 25-year-old Chelsea striker", "the 64-year-old Italy coach": a name
        // between the age and a noun keeps its own mention; the noun, heading the description, is the person
        t0 = t1 = nat.t1 + 1;
      } else if (ageNoun(k + 2)) t1 = k + 2;
      pseudo.push(mk([salient(recent.PERSON)], 'PERSON', t0, t1, 'DEFINITE'));
      // (past the description, or past the age only when a name stands between, for the walk to note that name)
      k = t0 === k ? t1 : k + 1;
      continue;
    }
    // "the teenager", "the striker", "the player": a word that only describes a person stands, like an age, for the most
    // salient person named in this or the last two sentences (not "the player of the season", "the striker Harry Kane")
    if (w === 'the' && PERSON_NOUNS.has(low[k + 1] ?? '') && at[k + 1] === -1 && low[k + 2] !== 'of' && (at[k + 2] ?? -1) === -1
      && tokens[k + 1]!.sentence === tok.sentence && recent.PERSON.length && near('PERSON', 2)) {
      pseudo.push(mk([salient(recent.PERSON)], 'PERSON', k, k + 1, 'DEFINITE'));
      k++;
      continue;
    }
    // "the pair", "the couple": the two people last named (within three sentences)
    if (w === 'the' && PAIR_WORDS.has(low[k + 1] ?? '') && at[k + 1] === -1 && low[k + 2] !== 'of' && recent.PERSON.length >= 2 && near('PERSON', 3)) {
      pseudo.push(mk(recent.PERSON.slice(0, 2), 'PERSON', k, k + 1, 'GROUP'));
      k++;
      continue;
    }
    // "the three leaders", "the four countries": that many of the recent people (most mentioned first) or places
    const many = w === 'the' ? MANY.get(low[k + 1] ?? '') : undefined;
    if (many && at[k + 2] === -1) {
      const noun = low[k + 2] ?? '';
      let ids: string[] | undefined;
      let type: EntityType = 'PERSON';
      if (PERSON_GROUP.has(noun) && recent.PERSON.length >= many && near('PERSON', 3)) ids = mostSeenN(recent.PERSON, many);
      else if (GPE_GROUP.has(noun) && recent.GPE.length >= many && near('GPE', 3)) { ids = recent.GPE.slice(0, many); type = 'GPE'; }
      if (ids) { pseudo.push(mk(ids, type, k, k + 2, 'GROUP')); k += 2; continue; }
    }
    // Groups: "the two leaders", "both sides", "both countries".
    if ((w === 'the' && low[k + 1] === 'two') || w === 'both') {
      let nounAt = w === 'both' ? k + 1 : k + 2;
      // "the two Japanese automakers", "both Gulf states": a nationality before the group noun (which alone is then the
      // mention, the nationality keeping its own)
      let from = k;
      let nationality: string | undefined;
      if (at[nounAt] !== undefined && at[nounAt] !== -1 && adjectiveName(list[at[nounAt]!]!, nounAt) && at[nounAt + 1] === -1
        && (ORG_GROUP.has(low[nounAt + 1] ?? '') || GPE_GROUP.has(low[nounAt + 1] ?? '') || PERSON_GROUP.has(low[nounAt + 1] ?? ''))) {
        const ne = byId.get(list[at[nounAt]!]!.ids[0]!);
        nationality = ne ? ne.geo?.country ?? ne.iso ?? '' : '';
        nounAt++; from = nounAt;
      }
      const noun = low[nounAt];
      if (noun && at[nounAt] === -1) {
        let ids: string[] | undefined;
        let type: EntityType = 'PERSON';
        if (PERSON_GROUP.has(noun) && recent.PERSON.length >= 2) ids = mostSeen(recent.PERSON);
        // "Honda, Nissan and Renault … The two Japanese automakers": with a nationality, the two recent organisations of
        // that country, when exactly two are (not the two last named, nor one of another country)
        else if (ORG_GROUP.has(noun) && nationality !== undefined) {
          const own = recent.ORG.filter((id) => { const e = byId.get(id); return !!nationality && !!e && entityCountry(e) === nationality; });
          if (own.length === 2 && near('ORG', 3)) { ids = own; type = 'ORG'; }
        } else if (ORG_GROUP.has(noun) && recent.ORG.length >= 2 && near('ORG', 3)) { ids = recent.ORG.slice(0, 2); type = 'ORG'; }
        else if (GPE_GROUP.has(noun) && recent.GPE.length >= 2) { ids = recent.GPE.slice(0, 2); type = 'GPE'; }
        else if (ANY_GROUP.has(noun)) {
          if (recent.GPE.length >= 2) { ids = recent.GPE.slice(0, 2); type = 'GPE'; } else if (recent.PERSON.length >= 2) ids = mostSeen(recent.PERSON);
        }
        if (ids) { pseudo.push(mk(ids, type, from, nounAt, 'GROUP')); k = nounAt; }
        // "Both said …", "both agreed": the two people last named.
        else if (w === 'both' && recent.PERSON.length >= 2) {
          let q = k + 1;
          while (q < k + 3 && low[q] && (low[q] === 'later' || low[q] === 'then' || low[q] === 'also' || /ly$/.test(low[q]!))) q++;
          if (BOTH_NEXT.has(low[q] ?? '') || /ed$/.test(low[q] ?? '')) pseudo.push(mk(recent.PERSON.slice(0, 2), 'PERSON', k, k, 'GROUP'));
        }
      }
      continue;
    }
    // "the Fed chief", "the Boeing boss", "the bank chief", "the company's spokesman": the one recent person (three
    // sentences) written with a title of that role; the description's head alone is the mention (a named body in it keeps
    // its own), and "the chief of …" is a description of its own
    // ("Boeing's boss", "Apple's chief executive": a named body's possessive opens the description)
    const ownerBefore = k >= 1 && (low[k] === "'s" || low[k] === '’s') && at[k - 1] !== -1 && list[at[k - 1]!]!.type === 'ORG' && (k < 2 || low[list[at[k - 1]!]!.t0 - 1] !== 'the');
    if (w === 'the' || ownerBefore) {
      let q = k + 1;
      const mq = at[q] ?? -1;
      // the body the description names: a named organisation ("the JPMorgan boss", "Boeing's boss") or a word ("the bank chief")
      let body: string[] = ownerBefore ? list[at[k - 1]!]!.ids.map((id) => 'e:' + id) : [];
      if (mq !== -1 && list[mq]!.type === 'ORG' && list[mq]!.t0 === q) { body = list[mq]!.ids.map((id) => 'e:' + id); q = list[mq]!.t1 + 1; }
      else if (mq === -1 && ORG_WORDS.has(low[q] ?? '') && !BODY_HEADS.has(low[q] ?? '')) { body = ['w:' + low[q]]; q++; }
      if ((q > k + 1 || ownerBefore) && (low[q] === "'s" || low[q] === '’s')) q++;
      if (BODY_HEADS.has(low[q + 1] ?? '') && at[q + 1] === -1 && (low[q] === 'chief' || low[q] === 'executive')) q++;
      const head = low[q] ?? '';
      if ((q > k + 1 || ownerBefore) && at[q] === -1 && BODY_HEADS.has(head) && low[q + 1] !== 'of' && tokens[q]!.sentence === tok.sentence) {
        // a description naming a body stands for a person titled with that same body ("the JPMorgan boss" is not
        // "Goldman Sachs CEO David Solomon", "the Fed chief" not "Police Chief Maria Lopez"); one naming none, for a
        // person written with the very same head word
        const fits = (id: string): boolean => body.length
          ? body.some((b) => bodies.get(id)?.has(b)) && [...(titles.get(id) ?? [])].some((t) => sameRole(t, head))
          : !!titles.get(id)?.has(head);
        const cands = recent.PERSON.filter((id) => fits(id) && sent - (lastSeen.get(id) ?? -99) <= 3);
        // (not an apposition to that very name: "Tim Cook, Apple's chief executive, said" describes Cook where he is named)
        const start = ownerBefore ? list[at[k - 1]!]!.t0 : k;
        const appos = low[start - 1] === ',' && start >= 2 && at[start - 2] !== -1 && list[at[start - 2]!]!.ids.some((id) => cands.includes(id));
        if (cands.length === 1 && !appos) { pseudo.push(mk(cands, 'PERSON', mq === -1 && !ownerBefore ? k : q, q, 'DEFINITE')); k = q; continue; }
        // no such person: the named body acts through its unnamed head ("Later, the JPMorgan boss warned" → JPMorgan)
        if (!cands.length && !ownerBefore && mq !== -1 && body.length && LEADS.has(head)) { pseudo.push(mk(list[mq]!.ids, 'ORG', q, q, 'DEFINITE')); k = q; continue; }
      }
    }
    // "the Tham Luang cave … Musk visited the cave", "the Kakhovka dam … the dam": a named site or area of the last
    // SITE_SENTENCES sentences whose name ends in the word (the one such among all named so far; not "the dam's
    // operator", "the cave of …"). "the city", "the country" with a town or a state in reach are left to the definite
    // descriptions below ("the Old City of Lindhaven … the city" is Lindhaven)
    if (w === 'the' && at[k + 1] === -1 && tokens[k + 1]?.kind === 'WORD' && tokens[k + 1]!.sentence === tok.sentence && siteHeads.size) {
      const n = low[k + 1]!;
      const after = low[k + 2] ?? '';
      const placeWord = (CITY_WORDS.has(n) || COUNTRY_WORDS.has(n)) && recent.GPE.length > 0 && sent - (lastSent.GPE ?? -99) <= 6;
      if (/^[a-z]{3,}$/.test(n) && !placeWord && after !== 'of' && after !== "'s" && after !== '’s' && (at[k + 2] ?? -1) === -1) {
        const head = n.replace(/s$/, '');
        const sites = [...siteHeads].filter(([id, h]) => h === head && sent - (lastSeen.get(id) ?? -99) <= SITE_SENTENCES).map(([id]) => id);
        if (sites.length === 1) { pseudo.push(mk(sites, byId.get(sites[0]!)!.type, k, k + 1, 'DEFINITE')); k++; continue; }
      }
    }
    // Definite descriptions: "the city", "the North African country", "the coastal city".
    if (DEF_DET.has(w)) {
      // "the Brazilian firm", "the US carmaker": a nationality inside the description; the head alone is the mention
      let from = k;
      for (let d = 1; d <= 3; d++) {
        const n = low[k + d];
        if (n !== undefined && at[k + d] !== -1 && adjectiveName(list[at[k + d]!]!, k + d)) { from = k + d + 1; continue; }
        if (n === undefined || at[k + d] !== -1 || tokens[k + d]!.kind !== 'WORD') break;
        // "the poll body", "the world body": "body" after one of its modifiers is an organisation's description
        const orgWord = ORG_WORDS.has(n) || (n === 'body' && d >= 2 && BODY_MODIFIERS.has(low[k + d - 1] ?? ''));
        // "the government of Sri Lanka", "the central bank of Turkey": the name after "of" is the body's own, not a recent one
        if ((orgWord || GOV_WORDS.has(n)) && low[k + d + 1] === 'of' && at[k + d + 2] !== -1) break;
        // "the public broadcaster RÚV", "the airline Ryanair": a description with the name right after it is that name's
        // (a person there only when no verb follows the name: "told the newspaper Biden had been briefed" is the newspaper
        // told, Biden the subject of what it was told)
        const named = orgWord && at[k + d + 1] !== undefined && at[k + d + 1] !== -1 ? list[at[k + d + 1]!]! : undefined;
        if (named && !named.possessive && (named.type === 'ORG' || (named.type === 'PERSON' && !verbAfter(low, named.t1 + 1)))
          && named.t0 === k + d + 1) break;
        if (orgWord && (w === 'the' || w === 'its' || w === 'this')) {
          // "the company" is a business, "the ministry" a public body: organisations of the other kind are skipped
          // "Hindenburg accused the conglomerate", "Microsoft sued the company": a description that is the object of a verb
          // right after an organisation is another organisation than that subject
          const ap = appositionName(k + d + 1, 'ORG');
          if (ap) { pseudo.push(mk([...ap.ids], 'ORG', from === k ? k : k + d, k + d, 'DEFINITE')); k += d; break; }
          const own = from === k ? clauseSubject(k, true) : undefined;
          let pool = recent.ORG.filter((id) => orgFits(n, byId.get(id), low[k + d - 1]) && !own?.includes(id));
          // "China Eastern Airlines … The airline signed", "Deutsche Bank … the bank": a recent organisation whose own
          // name holds the word is the one meant
          const named = pool.filter((id) => nameHolds(byId.get(id)?.name, n));
          if (named.length || NAME_ONLY_WORDS.has(n)) pool = named;
          if (pool.length && sent - (lastSent.ORG ?? -99) <= 3) { pseudo.push(mk([salient(pool)], 'ORG', from === k ? k : k + d, k + d, 'DEFINITE')); k += d; }
          // "The Supreme Court struck down the scheme … [five sentences on] The court ordered": the one organisation of the
          // last eight sentences whose name's head is the word, when no organisation was named in the last three; only
          // for a court, commission or tribunal, and not when another one was brought in since ("A district judge in
          // Texas had blocked it. The court said" is the judge's court, not the Supreme Court named before)
          else if (w === 'the' && FAR_BODY_WORDS.has(n)) {
            const far = [...lastSeen.entries()].filter(([id, s]) => sent - s <= NAMED_BODY_SENTENCES && byId.get(id)?.type === 'ORG'
              && nameHead(byId.get(id)?.name) === n && orgFits(n, byId.get(id), low[k + d - 1]) && !indefiniteSince(low, (lastTok.get(id) ?? k) + 1, k, n)).map(([id]) => id);
            if (far.length === 1) { pseudo.push(mk(far, 'ORG', from === k ? k : k + d, k + d, 'DEFINITE')); k += d; }
          }
          break;
        }
        // "the president", "the French president": the one recent person (three sentences) written with that title;
        // not "the president of …" or "the president Emmanuel Macron" (a description or a name of its own)
        if (TITLE_WORDS.has(n) && w === 'the' && low[k + d + 1] !== 'of' && at[k + d + 1] === -1 && low[k + d + 1] !== "'s" && low[k + d + 1] !== '’s') {
          const ap = appositionName(k + d + 1, 'PERSON');
          if (ap) { pseudo.push(mk([...ap.ids], 'PERSON', k, k + d, 'DEFINITE')); k += d; break; }
          let cands = recent.PERSON.filter((id) => titles.get(id)?.has(n) && sent - (lastSeen.get(id) ?? -99) <= 3);
          // "Olaf Scholz arrived in Kyiv. The chancellor said …": no one was written with the title, so it stands for the
          // one office holder (kind OFFICIAL in the knowledge base) named in this or the last two sentences, when no other
          // person was named there and that holder was written with no other title
          if (!cands.length && OFFICE_TITLES.has(n)) {
            const near2 = recent.PERSON.filter((id) => sent - (lastSeen.get(id) ?? -99) <= 2);
            if (near2.length === 1 && byId.get(near2[0]!)?.kind === 'OFFICIAL' && !(titles.get(near2[0]!)?.size)) cands = near2;
          }
          if (cands.length === 1) { pseudo.push(mk(cands, 'PERSON', k, k + d, 'DEFINITE')); k += d; }
          break;
        }
        if (from !== k) break;
        if (VEHICLE_WORDS.has(n) && (w === 'the' || w === 'this' || w === 'its')) {
          if (recent.VEHICLE.length && sent - (lastSent.VEHICLE ?? -99) <= 4) { pseudo.push(mk([recent.VEHICLE[0]!], 'VEHICLE', k, k + d, 'DEFINITE')); k += d; }
          break;
        }
        if (GOV_WORDS.has(n) && (w === 'the' || w === 'its')) {
          const pool = recent.COUNTRY.length ? recent.COUNTRY : recent.GPE;
          if (pool.length && sent - (lastSent.GPE ?? -99) <= 3) { pseudo.push(mk([pool[0]!], 'GPE', k, k + d, 'DEFINITE')); k += d; }
          break;
        }
        // "the flood-hit city of Derna", "the country of Chad": the name after "of" is the place, not a recent one
        if ((CITY_WORDS.has(n) || COUNTRY_WORDS.has(n)) && low[k + d + 1] === 'of' && at[k + d + 2] !== -1) break;
        // "Ian hit Florida … Biden said he would travel to the state": the one state or region named in the last
        // REGION_SENTENCES sentences (for state-words, when none, the one country; for island-words, the one state,
        // region or country), when the word ends the description (a follower word, a possessive, punctuation, or a past
        // form: "the state declared"). Two in reach is no reading ("the premiers of Alberta and Manitoba … The province
        // declared" names neither)
        if ((STATE_WORDS.has(n) || REGION_WORDS.has(n) || SUBREGION_WORDS.has(n) || ISLAND_WORDS.has(n)) && (w === 'the' || w === 'this')) {
          const next = low[k + d + 1] ?? '.';
          const ends = next === "'s" || next === '’s' || PLACE_WORD_FOLLOWERS.has(next) || /^[a-z]{3,}ed$/.test(next)
            || (tokens[k + d + 1]?.kind === 'PUNCT' && next !== '-');
          const inReach = recent.GPE.filter((id) => sent - (lastSeen.get(id) ?? -99) <= REGION_SENTENCES);
          const regions = inReach.filter((id) => { const e = byId.get(id); return !!e && !isCity(e) && /region|province|state/i.test(e.kind ?? ''); });
          const countries = inReach.filter((id) => { const e = byId.get(id); return !!e && isCountry(e); });
          const pool = ISLAND_WORDS.has(n) ? [...regions, ...countries].filter((id) => isIsland(byId.get(id)!))
            : SUBREGION_WORDS.has(n) ? inReach.filter((id) => { const e = byId.get(id); return !!e && !isCity(e) && namedWith(e, n); })
            : STATE_WORDS.has(n) && !regions.length ? countries : regions;
          if (ends && pool.length === 1) { pseudo.push(mk(pool, 'GPE', k, k + d, 'DEFINITE')); k += d; }
          break;
        }
        if (CITY_WORDS.has(n) || COUNTRY_WORDS.has(n)) {
          const arr = CITY_WORDS.has(n) ? recent.CITY : recent.COUNTRY;
          const pool = arr.length ? arr : recent.GPE;
          if (pool.length && sent - (lastSent.GPE ?? -99) <= 6) {
            pseudo.push(mk([pool[0]!], 'GPE', k, k + d, 'DEFINITE'));
            k += d;
          }
          break;
        }
      }
    }
  }
  for (const m of pseudo) place(m);
  // nationalities taken into an age description ("the 64-year-old Italian") are no mention of their own
  if (demonyms.size) { let w = 0; for (const m of list) if (!demonyms.has(m)) list[w++] = m; list.length = w; }
  list.sort((a, b) => a.t0 - b.t0);
  at.fill(-1);
  list.forEach((m, idx) => { for (let k = m.t0; k <= m.t1; k++) at[k] = idx; });
  return { list, at, byId };
}
