// The events stage: finds event triggers (verb and noun lemmas from data/lexicon/events-triggers.tsv),
// fills their arguments from the sentence's shape (subject to the left, objects and prepositional
// phrases to the right, roles from data/lexicon/events-roles.tsv, entity types, light coreference),
// maps types to CAMEO codes, merges simple repeats, and takes certainty/polarity/status from the
// smallest claim that contains the trigger. Every event carries a `rule` naming how it was found.
//
// Steps, per document (all bounded to the sentence, hash lookups per token):
//  1. tokens/sentences (segment layers or a local split) and a mention index with pseudo mentions
//     resolved by light coreference (mentions.ts): pronouns, "the city", "the company", "the two leaders";
//  2. per sentence, triggers: lemma → readings (multiword first, then context-conditioned, then default),
//     part-of-speech guesses from neighbours, nominal context for nouns, no triggers inside names or cues;
//  3. per trigger, arguments: appositive/relative-clause-aware subject (possessor for nouns, "by" agent for
//     passives, the governing light verb's subject for "launched an appeal"), right-hand objects and
//     prepositional roles until the clause or another trigger ends, weapons/vehicles, clause places,
//     sentence or document place fallbacks for located events, the nearest date;
//  4. STATEMENT speakers from inverted order ("said X"), quotations, and the attribution stage;
//  5. merges (same type in one clause; definite repeats of a noun in a paragraph), family inheritance
//     for participant-less events, nesting (`parent`), claims ↔ events.
import type { Claim, EventArgs, NewsEvent, Sentence, Token } from '../../core/types.js';
import { explain, type NlpDoc, type Stage } from '../doc.js';
import { lexicon, type Lexicon, type Reading } from './lexicon.js';
import { lemmaCandidates, lemmatize, type Inflection } from './lemma.js';
import { buildMentions, isCountryEntity, isPlace, type MentionIndex, type MentionRef } from './mentions.js';
import { docTokens } from './tokens.js';

export { buildLexicon, lexicon } from './lexicon.js';

const HARD_PUNCT = new Set([';', ':', '(', ')', '[', ']', '—', '–', '?', '!']);
const HARD_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'while', 'whereas', 'although', 'though',
  'because', 'since', 'after', 'before', 'when', 'if', 'unless', 'but', 'until', 'once', 'as']);
const REPORTING = new Set(['said', 'says', 'say', 'told', 'tells', 'according', 'citing', 'cited', 'reported', 'reports',
  'added', 'announced', 'confirmed', 'stated', 'claimed', 'insisted', 'warned', 'explained', 'noted']);
const DET = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your',
  'another', 'any', 'no', 'every', 'each', 'some', 'first', 'second', 'last', 'latest', 'recent', 'new', "'s", '’s']);
const LIGHT = new Set(['hold', 'held', 'holds', 'holding', 'make', 'made', 'makes', 'open', 'opened', 'opens', 'launch', 'launched',
  'launches', 'conduct', 'conducted', 'carry', 'carried', 'give', 'gave', 'given', 'issue', 'issued', 'provide', 'provided',
  'providing', 'offer', 'offered', 'offering', 'send', 'sent', 'receive', 'received', 'begin', 'began', 'begun', 'start',
  'started', 'order', 'ordered', 'orders', 'announce', 'announced', 'seek', 'sought', 'want', 'wanted', 'plan', 'planned',
  'negotiate', 'negotiating', 'discuss', 'discussed', 'complete', 'completed', 'commence', 'commenced', 'undertake', 'face',
  'faces', 'faced', 'call', 'called', 'demand', 'demanded', 'pay', 'paid', 'set', 'mark', 'marks', 'marked']);
const AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could',
  'may', 'might', 'must', 'should', 'shall', 'do', 'does', 'did', 'not', "n't", 'also', 'reportedly', 'then', 'later',
  'already', 'still', 'now', 'just', 'allegedly', 'apparently', 'officially', 'finally', 'again', 'never', 'recently', 'to']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'got', 'gets', 'getting', "'s", '’s']);
const VERB_CUE = new Set(['to', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'did', 'do',
  'does', 'not', "n't", 'he', 'she', 'they', 'we', 'i', 'it', 'who', 'also', 'reportedly', 'allegedly']);
const NOUN_NEXT = new Set(['of', 'with', 'between', 'in', 'on', 'to', 'for', 'against', 'by', 'from', 'at', 'over', 'near', 'into']);
const GROUP_NOUN = new Set(['team', 'teams', 'worker', 'workers', 'effort', 'efforts', 'operation', 'operations', 'mission',
  'missions', 'crew', 'crews', 'convoy', 'convoys', 'flight', 'flights', 'shipment', 'shipments', 'package', 'hearing',
  'talks', 'toll', 'victims', 'survivors']);
/** Heads that make a preceding trigger noun a mere modifier ("aid organisation", "investigation office"). */
const MODIFIED_HEAD = new Set(['organisation', 'organisations', 'organization', 'organizations', 'group', 'groups', 'agency',
  'agencies', 'office', 'offices', 'official', 'officials', 'minister', 'ministry', 'chief', 'spokesman', 'spokeswoman',
  'spokesperson', 'committee', 'commission', 'department', 'fund', 'budget', 'system', 'station', 'centre', 'center',
  'venue', 'service', 'services', 'company', 'firm', 'industry', 'sector', 'market', 'record', 'season', 'warning',
  'warnings', 'agenda', 'date', 'level', 'levels', 'rate', 'area', 'zone', 'price', 'prices', 'tax', 'value', 'volume',
  'volumes', 'figure', 'figures', 'data']);
/** Heads naming a group's people: a name before them stands for the actor ("Hamas militants attacked"). */
const ACTOR_HEADS = new Set(['fighters', 'troops', 'forces', 'militants', 'soldiers', 'rebels', 'police', 'officers', 'officials',
  'authorities', 'protesters', 'demonstrators', 'supporters', 'lawmakers', 'workers', 'investigators', 'prosecutors', 'diplomats',
  'negotiators', 'militia', 'militias', 'army', 'navy', 'jets', 'warplanes', 'drones', 'gunmen', 'agents', 'rescuers', 'teams', 'leaders',
  'media', 'press', 'newspapers', 'outlets', 'sources', 'intelligence', 'government', 'ministry', 'military', 'envoy', 'diplomat']);
const ORG_HEADS = new Set(['office', 'agency', 'ministry', 'department', 'council', 'committee', 'commission', 'mission',
  'secretariat', 'body', 'arm', 'unit', 'branch', 'division', 'bureau', 'service', 'spokesman', 'spokeswoman', 'spokesperson']);
const COGNITION = new Set(['believed', 'thought', 'expected', 'feared', 'hoped', 'knew', 'learned', 'learnt', 'found', 'showed',
  'decided', 'agreed', 'warned', 'argued', 'suggested', 'estimated', 'predicted', 'insisted', 'indicated', 'revealed']);
/** Verbs whose past tense is their base form. */
const PAST_AS_BASE = new Set(['hit', 'cut', 'put', 'set', 'shut', 'spread', 'burst', 'hurt', 'quit', 'let', 'cost', 'upset', 'broadcast', 'forecast']);
const NUM_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty',
  'dozens', 'hundreds', 'thousands', 'millions', 'scores', 'several', 'many', 'more', 'others']);

/** People who act for someone: their possessor is not the subject ("her rep told People"). */
const ROLE_NOUNS = new Set(['rep', 'representative', 'spokesman', 'spokeswoman', 'spokesperson', 'lawyer', 'lawyers', 'attorney',
  'attorneys', 'agent', 'publicist', 'father', 'mother', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'friend',
  'friends', 'family', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'official', 'officials', 'minister', 'ministers',
  'chief', 'head', 'leader', 'envoy', 'ambassador', 'president', 'ceo', 'chairman', 'director', 'manager', 'coach', 'doctor',
  'doctors', 'staff', 'office', 'ministry', 'partner', 'correspondent', 'reporter', 'editor', 'secretary', 'general', 'commander', 'troops', 'forces', 'army', 'police', 'government']);

/** Statement verbs whose direct object is the addressee ("told Sky News Arabia"). */
const RECIPIENT_VERBS = new Set(['tell', 'inform', 'brief', 'warn', 'notify', 'assure', 'remind', 'urge', 'quote']);
const MEET_LIKE = new Set(['MEET', 'NEGOTIATE', 'MEDIATE', 'AGREEMENT', 'CEASEFIRE', 'BREAKDOWN']);
const WEAPONISH = new Set(['ARMS_TRANSFER', 'DISPLAY', 'WEAPONS_TEST', 'MILITARY_SUPPORT', 'LAUNCH']);
const MOVE = new Set(['TRAVEL', 'ARRIVE', 'DEPART', 'DEPLOY']);
const PLACE_ROLES = new Set(['location', 'origin', 'destination']);
/** Mention types that make good subjects; others (products, works) only when nothing better is near. */
const SUBJECT_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'NORP', 'LOC', 'FAC', 'VEHICLE']);

interface Ctx {
  doc: NlpDoc;
  lex: Lexicon;
  toks: Token[];
  low: string[];
  ments: MentionIndex;
  /** Token index range [s0, s1) for each sentence. */
  sentRange: Array<[number, number]>;
  sentences: Sentence[];
  /** The document's main places, used for located events whose sentence names none. */
  mainPlaces: string[];
  weaponSent: Set<number>;
  cueTokens: Uint8Array;
  /** 1 where a trigger was found (right-hand argument scans stop at another event's trigger). */
  trig: Uint8Array;
  /** 1 where a STATEMENT trigger was found. */
  stmt: Uint8Array;
  /** Candidate lemmas per token, filled on demand by context checks. */
  cands: Array<string[] | undefined>;
}

interface Draft {
  type: string;
  lemma: string;
  t0: number;
  t1: number;
  noun: boolean;
  args: Map<string, string[]>;
  time?: number;
  rule: string[];
  sentence: number;
  paragraph: number;
  definite: boolean;
  /** Token of another trigger inside this event's complement ("discuss … to provide support"). */
  nestedAt?: number;
  /** Arguments are being sought from a light verb governing the trigger ("held talks"). */
  viaLight?: boolean;
  /** A passive verb form ("was announced by Pfizer"). */
  passive?: boolean;
}

const isWordTok = (t: Token | undefined): boolean => !!t && (t.kind === 'WORD');

function hard(ctx: Ctx, k: number): boolean {
  const w = ctx.low[k]!;
  return HARD_PUNCT.has(w) || HARD_WORDS.has(w);
}

/** Does a context word occur within ±8 tokens of [t0, t1] in the sentence? */
function ctxMatch(ctx: Ctx, r: Reading, t0: number, t1: number, s0: number, s1: number, sentence: number): boolean {
  if (r.ctxWeapon && ctx.weaponSent.has(sentence)) return true;
  if (!r.ctx) return false;
  const a = Math.max(s0, t0 - 8), b = Math.min(s1, t1 + 9);
  for (let k = a; k < b; k++) {
    if (k >= t0 && k <= t1) continue;
    const w = ctx.low[k]!;
    if (r.ctx.has(w)) return true;
    if (w.length > 3) {
      let cands = ctx.cands[k];
      if (!cands) { cands = lemmaCandidates(w, ctx.lex.irregular).map((c) => c.lemma); ctx.cands[k] = cands; }
      for (const c of cands) if (r.ctx.has(c)) return true;
    }
  }
  return false;
}

/** Matches the words after the first one of a multiword reading; returns the last token or -1. */
function matchRest(ctx: Ctx, r: Reading, i: number, s1: number): number {
  let k = i;
  for (const word of r.rest) {
    k++;
    // allow one intervening short word for phrasal verbs ("handing them out")? keep strict
    if (k >= s1) return -1;
    const w = ctx.low[k]!;
    if (w !== word && !lemmaCandidates(w, ctx.lex.irregular).some((c) => c.lemma === word)) return -1;
  }
  return k;
}

function guessNoun(ctx: Ctx, i: number, s0: number, infl: Inflection): 'N' | 'V' | '?' {
  if (infl === 'ED' || infl === 'IRREGULAR') return 'V';
  const prev = i > s0 ? ctx.low[i - 1]! : '';
  if (DET.has(prev) || (i > s0 && ctx.ments.at[i - 1]! >= 0 && ctx.ments.list[ctx.ments.at[i - 1]!]!.possessive)) return 'N';
  if (NOUN_NEXT.has(prev) && prev !== 'to') return 'N';
  if (ctx.toks[i - 1]?.kind === 'NUMBER') return 'N';
  if (VERB_CUE.has(prev)) return 'V';
  if (i > s0 && ctx.ments.at[i - 1]! >= 0 && !ctx.ments.list[ctx.ments.at[i - 1]!]!.possessive) return 'V';
  return '?';
}

/** A noun trigger needs some nominal context: a determiner/possessive/number/preposition/light verb before it,
 * a preposition after it, a plural form, or a following group noun ("rescue teams"). */
function nounContextOk(ctx: Ctx, i: number, t1: number, s0: number, s1: number, infl: Inflection): boolean {
  const next = t1 + 1 < s1 ? ctx.low[t1 + 1]! : '';
  if (MODIFIED_HEAD.has(next)) return false;
  if (infl === 'S') return true;
  if (NOUN_NEXT.has(next) || GROUP_NOUN.has(next)) return true;
  if (i === s0) return true;
  for (let k = i - 1; k >= Math.max(s0, i - 3); k--) {
    const w = ctx.low[k]!;
    const t = ctx.toks[k]!;
    if (t.kind === 'PUNCT' || t.kind === 'QUOTE') return k === i - 1 ? true : false;
    if (DET.has(w) || NOUN_NEXT.has(w) || LIGHT.has(w) || t.kind === 'NUMBER') return true;
    const mi = ctx.ments.at[k]!;
    if (mi >= 0) return ctx.ments.list[mi]!.possessive || k === i - 1;
  }
  return false;
}

function addArg(d: Draft, role: string, ids: readonly string[]): void {
  const arr = d.args.get(role) ?? [];
  for (const id of ids) if (!arr.includes(id)) arr.push(id);
  if (arr.length) d.args.set(role, arr);
}

function roleFor(ctx: Ctx, prep: string | undefined, m: MentionRef, type: string, verb: boolean): string | undefined {
  if (!prep) {
    if (MEET_LIKE.has(type) && !isPlace(m.type)) return 'partner';
    if (m.type === 'WEAPON' || m.type === 'VEHICLE') return WEAPONISH.has(type) ? 'theme' : 'instrument';
    if (isPlace(m.type)) {
      // "left Pyongyang" → origin; "reached Bennu", "visited Moscow" → destination; "flooded Benghazi" → location.
      if (type === 'DEPART') return 'origin';
      if (MOVE.has(type) || MEET_LIKE.has(type)) return 'destination';
      if (ctx.lex.types.get(type)?.family === 'disaster') return 'location';
    }
    return 'patient';
  }
  const info = ctx.lex.roles.get(prep);
  if (!info) return undefined;
  if (m.type === 'VEHICLE' && (prep === 'by' || prep === 'aboard' || prep === 'on' || prep === 'in' || prep === 'via')) return 'instrument';
  if (PLACE_ROLES.has(info.role)) return isPlace(m.type) ? info.role : info.nonPlace;
  if (MEET_LIKE.has(type) && (info.role === 'patient') && prep === 'of') return 'agent';
  return info.role;
}

/** A verb form before a name: a found trigger, or an -ed past form. */
function isVerbish(ctx: Ctx, k: number): boolean {
  if (ctx.toks[k]!.kind !== 'WORD' || ctx.ments.at[k]! >= 0) return false;
  const w = ctx.low[k]!;
  if (AUX.has(w) || DET.has(w) || ctx.lex.roles.has(w)) return false;
  // Speech and cognition verbs take clauses: "announced it has lost", "said the company expects".
  if (REPORTING.has(w) || ctx.stmt[k] || COGNITION.has(w)) return false;
  if (ctx.trig[k]) return true;
  return /ed$/.test(w) && w.length > 4;
}

/** Skips left over a comma-delimited relative clause (", who heads X,") ending at comma k. */
function skipRelative(ctx: Ctx, k: number, s0: number): number {
  for (let c = k - 1; c >= Math.max(s0, k - 20); c--) {
    if (ctx.low[c] === ',') {
      const w = ctx.low[c + 1];
      if (w === 'who' || w === 'which' || w === 'whose' || w === 'where') return c - 1;
      return k - 1;
    }
  }
  return k - 1;
}

function isModifier(ctx: Ctx, m: MentionRef, triggerAt: number): boolean {
  const n = m.t1 + 1;
  if (n >= triggerAt) return false;
  const t = ctx.toks[n];
  if (!t || t.kind !== 'WORD') return false;
  const w = ctx.low[n]!;
  if (ACTOR_HEADS.has(w)) return false; // "Wagner fighters seized": the group acts
  // "The UN humanitarian office … launched": the organisation's body acts for it.
  for (let q = n; q <= n + 2 && q < triggerAt; q++) if (ORG_HEADS.has(ctx.low[q]!)) return false;
  if (AUX.has(w) || REPORTING.has(w) || HARD_WORDS.has(w) || w === 'and' || w === 'or') return false;
  if (ctx.lex.roles.has(w)) return false;
  if (ctx.ments.at[n]! >= 0) return false;
  const raw = ctx.doc.text.slice(t.start, t.end);
  if (/^\p{Lu}/u.test(raw)) return true; // "UN Secretary-General"
  // A demonym before a lowercase word is an adjective ("the Libyan authorities", "Russian officials").
  const surface = ctx.doc.text.slice(m.start, m.end);
  if (!m.pseudo && /(?:an|ese|ish|ian|i)$/.test(surface) && ctx.ments.byId.get(m.ids[0]!)?.name !== surface) return true;
  if (/(ed|s)$/.test(w) && lemmatize(w, ctx.lex.irregular, ctx.lex.triggers)) return false; // a verb
  if (/ed$/.test(w)) return false;
  return /^[a-z]/.test(w) && !/ly$/.test(w) && (n + 1 >= triggerAt || !AUX.has(ctx.low[n + 1]!)) ? isNounish(w) : false;
}
const NOT_NOUNS = new Set(['under', 'over', 'after', 'never', 'ever', 'together', 'whether', 'rather', 'other', 'either', 'neither',
  'later', 'further', 'earlier', 'hereafter', 'thereafter', 'former', 'latter', 'per', 'via', 'for', 'or', 'nor', 'her', 'their', 'our', 'your']);
const isNounish = (w: string): boolean => !NOT_NOUNS.has(w) && /(ent|ant|er|or|ist|ian|man|ster|ary|ief|ial|ive|ion|ship)s?$/.test(w) || w === 'chief' || w === 'head' || w === 'president' || w === 'leader';

/** "X, the parent company of Y, has won" / "Osama Hamad, prime minister of …, said": when the verb
 * follows a comma-delimited appositive, the subject is the mention before it (or the appositive itself
 * when it is a name: "Russia's Defence Minister, Sergei Shoigu, attempted"). */
function appositiveSubject(ctx: Ctx, d: Draft, s0: number, passive: boolean): boolean {
  let k = d.t0 - 1;
  while (k >= s0 && (AUX.has(ctx.low[k]!) || /ly$/.test(ctx.low[k]!)) && ctx.ments.at[k]! < 0) k--;
  if (k < s0 || ctx.low[k] !== ',') return false;
  let c2 = k - 1;
  while (c2 >= s0 && c2 > k - 25 && ctx.low[c2] !== ',') {
    if (HARD_PUNCT.has(ctx.low[c2]!) && ctx.low[c2] !== ')' && ctx.low[c2] !== '(') return false;
    c2--;
  }
  if (c2 < s0 || ctx.low[c2] !== ',' || c2 >= k - 1) return false;
  const first = c2 + 1;
  const role = passive ? 'patient' : 'agent';
  const mi = ctx.ments.at[first]!;
  if (mi >= 0) {
    const m = ctx.ments.list[mi]!;
    if (m.t1 === k - 1 && (m.type === 'PERSON' || m.type === 'ORG' || m.type === 'GPE')) { addArg(d, role, m.ids); d.rule.push('appositive-name'); return true; }
  }
  const w = ctx.low[first]!;
  const raw = ctx.doc.text.slice(ctx.toks[first]!.start, ctx.toks[first]!.end);
  const descriptive = DET.has(w) || (/^\p{Ll}/u.test(raw) && !HARD_WORDS.has(w)) || (mi >= 0 && ctx.ments.list[mi]!.possessive);
  if (!descriptive) return false;
  // The mention right before the first comma (skipping a parenthetical acronym).
  let e = c2 - 1;
  if (e >= s0 && (ctx.low[e] === ')' || ctx.low[e] === ']')) {
    while (e >= s0 && e > c2 - 10 && ctx.low[e] !== '(' && ctx.low[e] !== '[') e--;
    e--;
  }
  if (e < s0) return false;
  let mj = ctx.ments.at[e]!;
  if (mj < 0) {
    // "The UN humanitarian office, known as OCHA, launched": a name modifying an organisational head.
    if (!ORG_HEADS.has(ctx.low[e]!) && !ACTOR_HEADS.has(ctx.low[e]!)) return false;
    let q = e - 1;
    while (q >= s0 && q >= e - 3 && ctx.ments.at[q]! < 0 && ctx.toks[q]!.kind === 'WORD' && /^[a-z-]+$/.test(ctx.low[q]!)) q--;
    if (q < s0 || ctx.ments.at[q]! < 0) return false;
    mj = ctx.ments.at[q]!;
  }
  const m = ctx.ments.list[mj]!;
  if (m.possessive || (m.type !== 'PERSON' && m.type !== 'ORG' && m.type !== 'GPE')) return false;
  let p = m.t0 - 1;
  while (p >= s0 && (ctx.low[p] === 'the' || ctx.low[p] === 'a' || ctx.low[p] === 'an')) p--;
  if (p >= s0 && ctx.lex.roles.has(ctx.low[p]!) && ctx.low[p] !== 'for') return false;
  addArg(d, role, m.ids);
  d.rule.push('appositive');
  return true;
}

/** Coordinated subjects: "Kim Jong Un and Vladimir Putin met", "France, Germany and Italy sent aid". */
function coordinated(ctx: Ctx, d: Draft, m: MentionRef, s0: number, role: string): void {
  let cur = m;
  for (let n = 0; n < 6; n++) {
    let c = cur.t0 - 1;
    // "the European Union and the United States": a determiner before the later conjunct.
    if (c > s0 && (ctx.low[c] === 'the' || ctx.low[c] === 'a' || ctx.low[c] === 'an')) c--;
    if (c - 1 < s0) return;
    const w = ctx.low[c]!;
    if (w !== 'and' && w !== '&' && w !== ',' && w !== 'or') return;
    if (w === ',' && n === 0) return; // "…to Ukraine, Antony Blinken said": a list needs its "and" first
    let e = c - 1;
    if (w === 'and' && ctx.low[e] === ',') e--; // Oxford comma
    // An age or number appositive: "Guillermo Hernandez, 20, and Carlos Velasquez, 24, were arrested".
    if (e - 1 >= s0 && ctx.toks[e]!.kind === 'NUMBER' && ctx.low[e - 1] === ',') e -= 2;
    if (e < s0) return;
    const mi = ctx.ments.at[e]!;
    if (mi < 0) return;
    const prev = ctx.ments.list[mi]!;
    if (prev.t1 !== e || prev.possessive || !SUBJECT_TYPES.has(prev.type)) return;
    addArg(d, role, prev.ids);
    cur = prev;
  }
}

/** Subject to the left of the trigger (or of the light verb governing a noun trigger), plus
 * prepositional mentions between it and the trigger. */
function leftArgs(ctx: Ctx, d: Draft, s0: number, passive: boolean): void {
  if (appositiveSubject(ctx, d, s0, passive)) return;
  let k = d.t0 - 1;
  let commas = 0;
  let steps = 0;
  let weak: MentionRef | undefined;
  const statement = d.type === 'STATEMENT';
  // A verb coordinated with an earlier one ("Schultz supported Democrats … and said") shares the
  // clause's first subject, not the nearest name.
  let q0 = d.t0 - 1;
  while (q0 >= s0 && (AUX.has(ctx.low[q0]!) || /ly$/.test(ctx.low[q0]!)) && ctx.ments.at[q0]! < 0) q0--;
  const coordVP = !d.noun && q0 >= s0 && ctx.low[q0] === 'and';
  let leftmost: MentionRef | undefined;
  const done = (): void => {
    if (leftmost) { addArg(d, passive ? 'patient' : 'agent', leftmost.ids); d.rule.push('coordinated-verb'); return; }
    if (weak) addArg(d, passive ? 'patient' : 'agent', weak.ids);
  };
  while (k >= s0 && steps++ < 40) {
    const w = ctx.low[k]!;
    const mi = ctx.ments.at[k]!;
    if (mi >= 0) {
      const m = ctx.ments.list[mi]!;
      k = m.t0 - 1;
      let p = m.t0 - 1;
      while (p >= s0 && (ctx.low[p] === 'the' || ctx.low[p] === 'a' || ctx.low[p] === 'an')) p--;
      const prep = p >= s0 ? ctx.low[p]! : undefined;
      const prepRole = prep && ctx.lex.roles.has(prep) && !(prep === 'for' && ctx.low[m.t1 + 1] === 'to') ? prep : undefined;
      // A possessor right before the trigger ("Kim's first trip") is its agent.
      if (m.possessive) {
        let direct = true;
        for (let q = m.t1 + 1; q < d.t0; q++) {
          const x = ctx.low[q]!;
          if (x === "'s" || x === '’s') continue;
          if (ctx.toks[q]!.kind !== 'WORD' || AUX.has(x) || HARD_WORDS.has(x) || ctx.lex.roles.has(x) || q - m.t1 > 5) { direct = false; break; }
        }
        if (direct) {
          // "Kim's visit", "Kim's train left" — but "her rep told", "Kim's lawyer said" have another subject.
          let roleNoun = false;
          for (let q = m.t1 + 1; q < d.t0; q++) if (ROLE_NOUNS.has(ctx.low[q]!)) roleNoun = true;
          if (roleNoun && !d.noun) return;
          addArg(d, 'agent', m.ids);
          return;
        }
        const before = p >= s0 ? ctx.low[p]! : '';
        const clauseStart = m.t0 === s0 || (ctx.toks[m.t0 - 1]!.kind === 'PUNCT' && ctx.low[m.t0 - 1] !== ',') || (ctx.low[m.t0 - 1] === ',' && before === ',');
        if (clauseStart && !statement) {
          if (coordVP) { if (!leftmost) leftmost = m; continue; }
          addArg(d, passive ? 'patient' : 'agent', m.ids);
          return;
        }
        continue;
      }
      if (prepRole) {
        if (!statement && commas === 0) {
          const role = roleFor(ctx, prepRole, m, d.type, !d.noun);
          if (role && role !== 'agent') addArg(d, role, m.ids);
          else if (role === 'agent' && passive) addArg(d, 'agent', m.ids);
        }
        continue;
      }
      // A name modifying a noun trigger is its agent: "Israeli air strikes", "Russian attack", "US sanctions".
      if (d.noun && !d.viaLight && m.t1 + 3 >= d.t0 && !m.possessive) {
        let adj = true;
        for (let q = m.t1 + 1; q < d.t0; q++) if (ctx.toks[q]!.kind !== 'WORD' || !/^[a-z-]+$/.test(ctx.low[q]!) || ctx.lex.roles.has(ctx.low[q]!) || AUX.has(ctx.low[q]!)) adj = false;
        if (adj) { addArg(d, passive ? 'patient' : 'agent', m.ids); coordinated(ctx, d, m, s0, passive ? 'patient' : 'agent'); d.rule.push('modifier-agent'); return; }
      }
      if (isModifier(ctx, m, d.t0)) continue;
      // The object of a verb is no subject ("left Pyongyang … for a meeting"), unless it controls the
      // trigger ("warned North Korea against supplying", "urged Iran to release").
      if (p >= s0 && m.t1 + 1 < d.t0 && isVerbish(ctx, p)) {
        let control = true;
        for (let q = m.t1 + 1; q < d.t0; q++) if (!['to', 'against', 'from', 'into', 'for'].includes(ctx.low[q]!) && !/ly$/.test(ctx.low[q]!)) control = false;
        if (!control) continue;
      }
      if (!SUBJECT_TYPES.has(m.type)) { if (!weak) weak = m; continue; }
      // An appositive description ("Tripoli, the capital, ...") is not a new subject.
      if (m.pseudo === 'DEFINITE' && m.t0 - 2 >= s0 && ctx.low[m.t0 - 1] === ',' && ctx.ments.at[m.t0 - 2]! >= 0) continue;
      if (coordVP) { leftmost = m; continue; }
      addArg(d, passive ? 'patient' : 'agent', m.ids);
      coordinated(ctx, d, m, s0, passive ? 'patient' : 'agent');
      return;
    }
    if (w === ',') {
      // "… in Poland and the Czech Republic, officials said": the speaker is the unnamed phrase after the comma.
      if (statement && !d.noun && commas === 0 && k < d.t0 - 1) {
        let plain = false;
        for (let q = k + 1; q < d.t0; q++) if (ctx.toks[q]!.kind === 'WORD' && !AUX.has(ctx.low[q]!) && !DET.has(ctx.low[q]!) && !/ly$/.test(ctx.low[q]!)) plain = true;
        if (plain) { done(); return; }
      }
      commas++; k = skipRelative(ctx, k, s0); continue;
    }
    if (w === ')' || w === ']') {
      // Skip a parenthetical ("on Monday (September 25) ordered").
      let q = k - 1;
      while (q >= s0 && q > k - 25 && ctx.low[q] !== '(' && ctx.low[q] !== '[') q--;
      if (q >= s0 && (ctx.low[q] === '(' || ctx.low[q] === '[')) { k = q - 1; continue; }
      done();
      return;
    }
    if (HARD_PUNCT.has(w) || HARD_WORDS.has(w)) { done(); return; }
    if (REPORTING.has(w) && !statement && k < d.t0 - 1) { done(); return; }
    k--;
  }
  done();
}

/** Objects and prepositional phrases to the right of the trigger, within its clause. */
function rightArgs(ctx: Ctx, d: Draft, s1: number): boolean {
  let prep: string | undefined;
  let found = false;
  let lastMentionEnd = -10;
  let k = d.t1 + 1;
  const limit = d.t1 + 20;
  const statement = d.type === 'STATEMENT';
  while (k < s1 && k <= limit) {
    const w = ctx.low[k]!;
    const mi = ctx.ments.at[k]!;
    if (mi >= 0) {
      const m = ctx.ments.list[mi]!;
      // A possessive pronoun is a determiner here ("aboard his train", "for its war"), not an argument.
      if (m.pseudo === 'PRONOUN' && m.possessive) { k = m.t1 + 1; continue; }
      // A passive statement names its speaker after "by" ("was announced by Pfizer").
      const role = statement ? (prep === 'by' && d.passive ? 'agent' : prep || !RECIPIENT_VERBS.has(d.lemma) ? undefined : 'patient') : roleFor(ctx, prep, m, d.type, !d.noun);
      if (role) { addArg(d, role, m.ids); found = true; }
      lastMentionEnd = m.t1;
      k = m.t1 + 1;
      if (statement) return found;
      continue;
    }
    if (w === ',') {
      const n = ctx.low[k + 1];
      const nextMention = k + 1 < s1 && ctx.ments.at[k + 1]! >= 0;
      const prevMention = ctx.ments.at[k - 1]! >= 0 || (found && lastMentionEnd >= k - 3);
      let speakerNext = false;
      if (nextMention) {
        const nm = ctx.ments.list[ctx.ments.at[k + 1]!]!;
        for (let q = nm.t1 + 1; q <= nm.t1 + 3 && q < s1; q++) if (REPORTING.has(ctx.low[q]!)) speakerNext = true;
      }
      // A list of amounts by place: "4,300 jobs in France, 3,700 in Germany and 400 in Spain".
      const amountList = found && k + 2 < s1 && ctx.toks[k + 1]!.kind === 'NUMBER' && !!prep && ctx.low[k + 2] === prep;
      if (!speakerNext && ((prevMention && nextMention) || amountList || (n && ctx.lex.roles.has(n) && n !== 'as' && n !== 'with'))) { k++; continue; }
      return found;
    }
    if (HARD_PUNCT.has(w) || (HARD_WORDS.has(w) && w !== 'as') || REPORTING.has(w) || w === '.') return found;
    if (w === 'as' && ctx.low[k + 1] !== 'well') return found;
    if (ctx.trig[k] && k > d.t1 + 1 && !statement) { d.nestedAt = k; return found; }
    if (ctx.lex.roles.has(w)) prep = w;
    else if ((w === 'and' || w === 'or') && !found && !prep && k + 1 < s1 && ctx.ments.at[k + 1]! >= 0) return found; // "the arrests and Bratton declined": a new clause
    else if (w === 'and' || w === 'or' || w === "'s" || w === '’s') { /* coordination keeps the role */ }
    else if (statement) { if (!DET.has(w)) return found; }
    k++;
  }
  return found;
}

function nearestTime(ctx: Ctx, d: Draft, s0: number, s1: number): number | undefined {
  let best: number | undefined;
  let bestDist = 1e9;
  const times = ctx.doc.times;
  const a = ctx.toks[s0]!.start, b = ctx.toks[s1 - 1]!.end;
  for (let i = 0; i < times.length; i++) {
    const t = times[i]!;
    if (t.start < a || t.end > b) continue;
    if (t.type === 'DURATION' || t.type === 'SET') continue; // "for four years", "every week": not when it happened
    const trig = ctx.toks[d.t0]!;
    const dist = t.start >= trig.end ? t.start - trig.end : trig.start - t.end;
    if (dist < bestDist && dist < 120) { best = i; bestDist = dist; }
  }
  return best;
}

function nearestPlace(ctx: Ctx, d: Draft, s0: number, s1: number): MentionRef | undefined {
  let best: MentionRef | undefined;
  let bestDist = 1e9;
  for (let k = s0; k < s1; k++) {
    const mi = ctx.ments.at[k]!;
    if (mi < 0) continue;
    const m = ctx.ments.list[mi]!;
    if (m.t0 !== k) continue;
    if (!isPlace(m.type)) continue;
    const dist = Math.abs(k - d.t0);
    if (dist < bestDist) { best = m; bestDist = dist; }
  }
  return best;
}

/** "…, said Osama Ali, who …" / "said the chairman of Chrysler, Jim Press": the speaker after the verb. */
function invertedSpeaker(ctx: Ctx, d: Draft, s0: number, s1: number): void {
  const prev = d.t0 > s0 ? ctx.toks[d.t0 - 1]! : undefined;
  if (prev && !(prev.kind === 'QUOTE' || prev.kind === 'PUNCT' || /^["“”'’]$/.test(ctx.low[d.t0 - 1]!))) return;
  let person: MentionRef | undefined, other: MentionRef | undefined;
  for (let k = d.t1 + 1; k < s1 && k <= d.t1 + 12; k++) {
    const w = ctx.low[k]!;
    const mi = ctx.ments.at[k]!;
    if (mi >= 0) {
      const m = ctx.ments.list[mi]!;
      if (m.type === 'PERSON' && !person) person = m;
      else if (!other && (m.type === 'ORG' || m.type === 'GPE')) other = m;
      k = m.t1;
      continue;
    }
    if (w === '.' || HARD_PUNCT.has(w) || HARD_WORDS.has(w) || (w === ',' && (person || other))) break;
  }
  const m = person ?? other;
  if (m) { addArg(d, 'agent', m.ids); d.rule.push('inverted'); }
}

/** For events that happen somewhere (disasters, attacks, deaths): every place named in the trigger's
 * clause ("Flash floods in eastern Libya have killed 2,300 people in Derna"). */
function clausePlaces(ctx: Ctx, d: Draft, s0: number, s1: number): void {
  const stop = (k: number): boolean => {
    const w = ctx.low[k]!;
    return HARD_PUNCT.has(w) || HARD_WORDS.has(w) || REPORTING.has(w);
  };
  for (let k = d.t0 - 1; k >= s0 && k >= d.t0 - 25 && !stop(k); k--) {
    const mi = ctx.ments.at[k]!;
    if (mi < 0) continue;
    const m = ctx.ments.list[mi]!;
    if (isPlace(m.type) && !(m.pseudo === 'PRONOUN')) addArg(d, 'location', m.ids.slice(0, 1));
    k = m.t0;
  }
  for (let k = d.t1 + 1; k < s1 && k <= d.t1 + 25 && !stop(k); k++) {
    const mi = ctx.ments.at[k]!;
    if (mi < 0) continue;
    const m = ctx.ments.list[mi]!;
    if (isPlace(m.type) && !(m.pseudo === 'PRONOUN')) addArg(d, 'location', m.ids.slice(0, 1));
    k = m.t1;
  }
}

function detect(ctx: Ctx): Draft[] {
  const drafts: Draft[] = [];
  const { lex, toks, low, doc } = ctx;
  for (let s = 0; s < ctx.sentRange.length; s++) {
    const [s0, s1] = ctx.sentRange[s]!;
    const paragraph = ctx.sentences[s]?.paragraph ?? s;
    const pending: Array<{ d: Draft; infl: Inflection; needObj: boolean }> = [];
    for (let i = s0; i < s1; i++) {
      const tok = toks[i]!;
      if (!isWordTok(tok)) continue;
      // No triggers inside names, except named events ("Typhoon Haikui", "Storm Daniel").
      if (ctx.ments.at[i]! >= 0) {
        const m = ctx.ments.list[ctx.ments.at[i]!]!;
        if (!m.pseudo && m.type !== 'EVENT') continue;
      }
      const hit = lemmatize(low[i]!, lex.irregular, lex.triggers, true);
      if (!hit) continue;
      const raw = doc.text.slice(tok.start, tok.end);
      if (/^\p{Lu}/u.test(raw) && i !== s0 && !(toks[i - 1]!.kind === 'QUOTE' || ctx.low[i - 1] === ':')) {
        // Capitalised mid-sentence: part of a name ("Storm Daniel"), unless the whole sentence is upper-case.
        if (raw !== raw.toUpperCase() || raw.length < 3) continue;
      }
      // Sentence-initial capitalised word followed by another capitalised word: a name ("Storm Daniel").
      if (i === s0 && i + 1 < s1 && /^\p{Lu}/u.test(raw) && ctx.ments.at[i + 1]! < 0 && /^\p{Lu}\p{Ll}/u.test(doc.text.slice(toks[i + 1]!.start, toks[i + 1]!.end))) continue;
      // A noun-like form before a head noun is a modifier ("aid organisation"); verb forms are not ("reported record revenue").
      if ((hit.infl === 'BASE' || hit.infl === 'S') && i + 1 < s1 && MODIFIED_HEAD.has(low[i + 1]!)) continue;
      const readings = lex.triggers.get(hit.lemma)!;
      let chosen: Reading | undefined;
      let t1 = i;
      let nounGuess: 'N' | 'V' | '?' = '?';
      for (const r of readings) {
        let end = i;
        if (r.rest.length) { end = matchRest(ctx, r, i, s1); if (end < 0) continue; }
        if (r.ctx || r.ctxWeapon) { if (!ctxMatch(ctx, r, i, end, s0, s1, s)) continue; }
        if (r.vform && hit.infl !== 'ED' && hit.infl !== 'ING' && hit.infl !== 'IRREGULAR') continue;
        const g = guessNoun(ctx, i, s0, hit.infl);
        // After a number a verb-only reading stays a verb ("Three die in bank", "26 killed").
        const afterNumber = i > s0 && (toks[i - 1]!.kind === 'NUMBER' || NUM_WORDS.has(ctx.low[i - 1]!));
        if (r.pos === 'V' && !afterNumber && (g === 'N' || (hit.infl === 'S' && (i === s0 || DET.has(ctx.low[i - 1] ?? ''))))) continue;
        // A bare base form is a verb only after "to", a modal, a pronoun, a number or a coordinator.
        // Verbs whose past is their base ("a rocket hit", "the bank cut") after a plain noun are verbs too.
        const pastAsBase = PAST_AS_BASE.has(low[i]!) && i > s0 && toks[i - 1]!.kind === 'WORD' && !DET.has(ctx.low[i - 1]!) && !lex.roles.has(ctx.low[i - 1]!) && !AUX.has(ctx.low[i - 1]!);
        if (r.pos === 'V' && hit.infl === 'BASE' && g !== 'V' && !afterNumber && !pastAsBase && !['and', 'or'].includes(ctx.low[i - 1] ?? '') && i !== s0) continue;
        // "-ing" right after a determiner and an adjective is a noun ("the burning building").
        if (r.pos === 'V' && hit.infl === 'ING' && i - 2 >= s0 && DET.has(ctx.low[i - 2]!) && toks[i - 1]!.kind === 'WORD' && ctx.ments.at[i - 1]! < 0) continue;
        if (r.pos === 'N' && (g === 'V' || hit.infl === 'ED' || hit.infl === 'ING' && !readings.some((x) => x.lemma === low[i]))) continue;
        if (r.pos === 'N' && !nounContextOk(ctx, i, end, s0, s1, hit.infl)) continue;
        chosen = r; t1 = end; nounGuess = r.pos === 'N' ? 'N' : r.pos === 'V' ? 'V' : g;
        break;
      }
      if (!chosen || chosen.type === '-') continue;
      // Attribution cues are statements, except a contextual reading of another kind ("recalled its ambassador").
      if (ctx.cueTokens[i] && chosen.type !== 'STATEMENT' && !(chosen.ctx && !REPORTING.has(low[i]!))) continue;
      const d: Draft = {
        type: chosen.type, lemma: chosen.lemma, t0: i, t1, noun: nounGuess === 'N', args: new Map(), rule: [`lex:${chosen.lemma}/${chosen.pos}${chosen.ctx || chosen.ctxWeapon ? '+ctx' : ''}`],
        sentence: s, paragraph, definite: DET.has(ctx.low[i - 1] ?? '') && ['the', 'this', 'that'].includes(ctx.low[i - 1]!),
      };
      pending.push({ d, infl: hit.infl, needObj: chosen.needObj });
      for (let k = i; k <= t1; k++) { ctx.trig[k] = 1; if (chosen.type === 'STATEMENT') ctx.stmt[k] = 1; }
    }
    for (const { d, infl, needObj } of pending) {
      const i = d.t0;
      // Passive: a form of "be"/"get" shortly before a participle; "placed X under (house) arrest".
      let passive = d.noun && (low[i - 1] === 'under' || (low[i - 2] === 'under' && toks[i - 1]!.kind === 'WORD'));
      if (!d.noun && (infl === 'ED' || infl === 'IRREGULAR')) {
        for (let k = i - 1; k >= Math.max(s0, i - 3); k--) {
          if (BE.has(low[k]!)) { passive = low[k] !== "'s" && low[k] !== '’s'; break; }
          if (!AUX.has(low[k]!) && !/ly$/.test(low[k]!)) break;
        }
        // A reduced passive clause: "…, charged with killing X".
        if (!passive && d.type !== 'STATEMENT' && low[i - 1] === ',' && ['with', 'by', 'for', 'over', 'after', 'in'].includes(low[i + 1] ?? '')) passive = true;
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
          if (LIGHT.has(w)) { anchor = k; break; }
          if (toks[k]!.kind !== 'WORD' && toks[k]!.kind !== 'NUMBER' && toks[k]!.kind !== 'SYMBOL') break;
          if (ctx.ments.at[k]! >= 0 || HARD_WORDS.has(w)) break;
        }
      }
      const probe: Draft = { ...d, t0: anchor, viaLight: anchor !== i };
      probe.args = d.args;
      // '"…," said Mr. McGinley': after a closing quotation the speaker follows the verb.
      const afterQuote = d.type === 'STATEMENT' && i - 1 >= s0 && (toks[i - 1]!.kind === 'QUOTE' || (low[i - 1] === ',' && i - 2 >= s0 && toks[i - 2]!.kind === 'QUOTE'));
      if (afterQuote) invertedSpeaker(ctx, d, s0, s1);
      if (!afterQuote || !d.args.has('agent')) leftArgs(ctx, probe, s0, passive);
      if (d.type === 'STATEMENT' && !d.args.has('agent') && d.lemma !== 'tell') invertedSpeaker(ctx, d, s0, s1);
      if (passive) { d.rule.push('passive'); d.passive = true; }
      if (anchor !== i) d.rule.push('light-verb');
      const right = rightArgs(ctx, d, s1);
      if (needObj && !right) continue;
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
      const info = lex.types.get(d.type);
      if (info?.clause) clausePlaces(ctx, d, s0, s1);
      if (info?.place && !d.args.has('location') && !d.args.has('destination') && !d.args.has('origin')) {
        const p = nearestPlace(ctx, d, s0, s1);
        if (p) { addArg(d, 'location', p.ids.slice(0, 1)); d.rule.push('place:sentence'); }
        else if (info.docPlace && ctx.mainPlaces.length) { addArg(d, 'location', ctx.mainPlaces); d.rule.push('place:document'); }
      }
      const time = nearestTime(ctx, d, s0, s1);
      if (time !== undefined) d.time = time;
      drafts.push(d);
      explain(doc, 'events', () => `${d.type} "${doc.text.slice(toks[d.t0]!.start, toks[d.t1]!.end)}" (${d.rule.join(',')})`);
    }
  }
  return drafts;
}

const PARTICIPANT_ROLES = ['agent', 'patient', 'partner', 'origin', 'destination', 'location', 'theme', 'instrument'];
const hasParticipants = (d: Draft): boolean => PARTICIPANT_ROLES.some((r) => (d.args.get(r)?.length ?? 0) > 0);

function mergeInto(a: Draft, b: Draft, why: string): void {
  for (const [role, ids] of b.args) addArg(a, role, ids);
  if (a.time === undefined && b.time !== undefined) a.time = b.time;
  if (!a.rule.includes(why)) a.rule.push(why);
}

/** Merges same-type triggers in one clause ("delivered ... aid") and definite repeats of the same noun
 * in a paragraph ("the summit ... the summit"). */
function merge(ctx: Ctx, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
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
function inherit(ctx: Ctx, drafts: Draft[]): void {
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

function buildCtx(doc: NlpDoc, lex: Lexicon): Ctx {
  const { sentences, tokens } = docTokens(doc);
  const low = tokens.map((t) => {
    const w = doc.text.slice(t.start, t.end).toLowerCase();
    return w.includes('’') ? w.replace(/’/g, "'") : w;
  });
  const sentRange: Array<[number, number]> = sentences.map(() => [0, 0]);
  let cur = -1;
  for (let i = 0; i < tokens.length; i++) {
    const s = tokens[i]!.sentence;
    if (s < 0 || s >= sentRange.length) continue;
    if (s !== cur) { sentRange[s]![0] = i; cur = s; }
    sentRange[s]![1] = i + 1;
  }
  const ments = buildMentions(doc.text, tokens, low, doc.entities ?? []);
  const weaponSent = new Set<number>();
  for (const m of ments.list) if (m.type === 'WEAPON') weaponSent.add(tokens[m.t0]!.sentence);
  const cueTokens = new Uint8Array(tokens.length);
  for (const c of doc.claims ?? []) {
    for (const l of c.attribution ?? []) {
      if (!l.cueSpan) continue;
      for (let k = Math.max(0, tokensStartAt(tokens, l.cueSpan.start)); k < tokens.length && tokens[k]!.start < l.cueSpan.end; k++) cueTokens[k] = 1;
    }
  }
  // The document's main place: its most mentioned country (true of any place inside it), else its most
  // mentioned place.
  const counts = new Map<string, number>();
  for (const m of ments.list) if (!m.pseudo && (m.type === 'GPE' || m.type === 'LOC')) counts.set(m.ids[0]!, (counts.get(m.ids[0]!) ?? 0) + 1);
  let mainPlace: string | undefined, best = 0, mainCountry: string | undefined, bestCountry = 0;
  for (const [id, n] of counts) {
    if (n > best) { best = n; mainPlace = id; }
    const e = ments.byId.get(id);
    if (e && isCountryEntity(e) && n > bestCountry) { bestCountry = n; mainCountry = id; }
  }
  // Fallback places: the main country and the main place; without country information, the two most
  // mentioned places (the second only when named at least twice).
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const mainPlaces: string[] = [];
  if (mainCountry) mainPlaces.push(mainCountry);
  if (mainPlace && !mainPlaces.includes(mainPlace)) mainPlaces.push(mainPlace);
  if (!mainCountry && ranked[1] && ranked[1][1] >= 2) mainPlaces.push(ranked[1][0]);
  return { doc, lex, toks: tokens as Token[], low, ments, sentRange, sentences: sentences as Sentence[], mainPlaces, weaponSent, cueTokens, trig: new Uint8Array(tokens.length), stmt: new Uint8Array(tokens.length), cands: new Array<string[] | undefined>(tokens.length) };
}

function tokensStartAt(tokens: readonly Token[], offset: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (tokens[mid]!.end <= offset) lo = mid + 1; else hi = mid; }
  return lo;
}

/** STATEMENT speakers from attribution links whose cue is the trigger (the attribution stage knows them best). */
function speakerFromClaims(ctx: Ctx, d: Draft): void {
  // Only when the sentence's shape gave no speaker: where both exist and differ, the local subject is
  // right more often (PolNeAR dev: 22 of 26).
  if (d.type !== 'STATEMENT' || d.args.get('agent')?.length) return;
  const a = ctx.toks[d.t0]!.start, b = ctx.toks[d.t1]!.end;
  for (const c of ctx.doc.claims ?? []) {
    for (const l of c.attribution ?? []) {
      if (!l.cueSpan || !l.entity || l.cueSpan.start >= b || l.cueSpan.end <= a) continue;
      if (ctx.ments.byId.has(l.entity)) { addArg(d, 'agent', [l.entity]); if (!d.rule.includes('claim-source')) d.rule.push('claim-source'); }
    }
  }
}

/** Attribution cues without a statement verb ("according to the Red Crescent", "citing Interfax"): a
 * STATEMENT for each named source the attribution stage linked to an entity. */
function statementsFromAttribution(ctx: Ctx, drafts: Draft[]): Draft[] {
  const extra: Draft[] = [];
  for (const c of ctx.doc.claims ?? []) {
    for (const l of c.attribution ?? []) {
      if (!l.cueSpan || !l.entity || !ctx.ments.byId.has(l.entity)) continue;
      const t0 = tokensStartAt(ctx.toks, l.cueSpan.start);
      if (t0 >= ctx.toks.length || ctx.toks[t0]!.start >= l.cueSpan.end) continue;
      let t1 = t0;
      while (t1 + 1 < ctx.toks.length && ctx.toks[t1 + 1]!.end <= l.cueSpan.end) t1++;
      const covered = (d: Draft): boolean => d.type === 'STATEMENT' && d.t0 <= t1 && d.t1 >= t0;
      const have = drafts.find(covered) ?? extra.find(covered);
      if (have) { if (!have.args.get('agent')?.length) addArg(have, 'agent', [l.entity]); continue; }
      const sentence = ctx.toks[t0]!.sentence;
      const d: Draft = {
        type: 'STATEMENT', lemma: ctx.low.slice(t0, t1 + 1).join(' '), t0, t1, noun: false, args: new Map([['agent', [l.entity]]]),
        rule: ['attribution-cue'], sentence, paragraph: ctx.sentences[sentence]?.paragraph ?? sentence, definite: false,
      };
      extra.push(d);
    }
  }
  if (!extra.length) return drafts;
  return [...drafts, ...extra].sort((a, b) => a.t0 - b.t0);
}

/** An event with the extra `parent` field: the id of the event whose complement holds it
 * ("discuss [the potential for North Korea to provide military support]"). */
export type NestedEvent = NewsEvent & { parent?: string };

/** Runs detection and returns the events (without touching doc); exported for tests and tools. */
export function extractEvents(doc: NlpDoc, lex: Lexicon = lexicon()): NewsEvent[] {
  if (!doc.text) return [];
  const ctx = buildCtx(doc, lex);
  let drafts = detect(ctx);
  for (const d of drafts) speakerFromClaims(ctx, d);
  drafts = statementsFromAttribution(ctx, drafts);
  drafts = merge(ctx, drafts);
  inherit(ctx, drafts);
  // Claims by start, to find those holding a trigger without scanning them all for every event.
  const byStart = [...(doc.claims ?? [])].sort((x, y) => x.start - y.start || y.end - x.end);
  const holdingOf = (a: number, b: number): Claim[] => {
    let lo = 0, hi = byStart.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (byStart[mid]!.start <= a) lo = mid + 1; else hi = mid; }
    const out: Claim[] = [];
    // Claims holding a trigger start before it; nested claims sit close by, so a bounded look-back suffices.
    for (let k = lo - 1; k >= 0 && k >= lo - 64; k--) { const c = byStart[k]!; if (c.end >= b) out.push(c); }
    return out.sort((x, y) => (x.end - x.start) - (y.end - y.start));
  };
  // Nesting: the event whose trigger starts at a parent's nestedAt token gets `parent`.
  const idAtToken = new Map<number, string>();
  drafts.forEach((d, n) => idAtToken.set(d.t0, `ev${n + 1}`));
  const parentOf = new Map<string, string>();
  drafts.forEach((d, n) => {
    if (d.nestedAt === undefined) return;
    const child = idAtToken.get(d.nestedAt);
    if (child && child !== `ev${n + 1}`) parentOf.set(child, `ev${n + 1}`);
  });
  return drafts.map((d, n): NewsEvent => {
    const trig = { start: ctx.toks[d.t0]!.start, end: ctx.toks[d.t1]!.end, text: '' };
    trig.text = doc.text.slice(trig.start, trig.end);
    const args: EventArgs = {};
    for (const role of PARTICIPANT_ROLES) { const ids = d.args.get(role); if (ids?.length) args[role] = [...ids]; }
    for (const [role, ids] of d.args) if (!(role in args) && ids.length) args[role] = [...ids];
    if (d.time !== undefined) args.time = [d.time];
    const holding: Claim[] = holdingOf(trig.start, trig.end);
    const c0 = holding[0];
    const info = lex.types.get(d.type);
    const ev: NewsEvent = {
      id: `ev${n + 1}`,
      type: d.type,
      trigger: trig,
      args,
      certainty: c0?.certainty ?? 'CERTAIN',
      polarity: c0?.polarity ?? 'POSITIVE',
      status: c0?.status ?? 'PAST',
      claims: holding.map((c) => c.id),
      rule: d.rule.join('+'),
    };
    if (info?.cameo) ev.cameo = info.cameo;
    const parent = parentOf.get(ev.id);
    if (parent) (ev as NestedEvent).parent = parent;
    return ev;
  });
}

export const eventsStage: Stage = {
  name: 'events',
  reads: ['sentences', 'tokens', 'entities', 'times', 'claims'],
  writes: ['events', 'claims'],
  run(doc) {
    const events = extractEvents(doc);
    doc.events = events;
    // Each claim lists the events whose trigger lies inside it (events are in text order).
    const starts = events.map((e) => e.trigger.start);
    for (const c of doc.claims ?? []) {
      let lo = 0, hi = starts.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (starts[mid]! < c.start) lo = mid + 1; else hi = mid; }
      const ids: string[] = [];
      for (let k = lo; k < events.length && events[k]!.trigger.start < c.end; k++) if (events[k]!.trigger.end <= c.end) ids.push(events[k]!.id);
      c.events = ids;
    }
  },
};
