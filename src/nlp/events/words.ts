// Closed word classes the events stage reads sentence shape with (kept together so every step agrees).
import { eventWords } from './lexicon.js';

export const HARD_PUNCT = new Set([';', ':', '(', ')', '[', ']', '—', '–', '?', '!']);
export const HARD_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'while', 'whereas', 'although', 'though',
  'because', 'since', 'after', 'before', 'when', 'if', 'unless', 'but', 'until', 'once', 'as']);
export const REPORTING = new Set(['said', 'says', 'say', 'told', 'tells', 'according', 'citing', 'cited', 'reported', 'reports',
  'added', 'announced', 'confirmed', 'stated', 'claimed', 'insisted', 'warned', 'explained', 'noted']);
export const DET = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your',
  'another', 'any', 'no', 'every', 'each', 'some', 'first', 'second', 'last', 'latest', 'recent', 'new', "'s", '’s']);
/** Light verbs that lend their subject to the event noun they govern (data/lexicon/events-words.tsv). */
export const LIGHT = eventWords('light');
/** Entity types of a named party (events-words.tsv "named-party-types"): critics' statements, "actorsubj", "actorobj". */
export const NAMED_PARTY = new Set([...eventWords('named-party-types')].map((t) => t.toUpperCase()));
export const AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could',
  'may', 'might', 'must', 'should', 'shall', 'do', 'does', 'did', 'not', "n't", 'also', 'reportedly', 'then', 'later',
  'already', 'still', 'now', 'just', 'allegedly', 'apparently', 'officially', 'finally', 'again', 'never', 'recently', 'to']);
/** Subordinators before an -ing clause with no subject of its own, whose subject is then the main clause's ("after
 * arriving", "before being suspended", "without waiting"). One list for the three readers of such clauses, each adding
 * the words only it reads: fronted-ing.ts (`ING_OPENERS_FRONTED`), passive-gerund.ts (`ING_OPENERS_BEING`), index.ts
 * (`ING_OPENERS_CONTROLLED`). */
const ING_OPENERS = ['after', 'before', 'while', 'since'];
/** A sentence-opening -ing clause: "After arriving in Sochi, Erdogan met Putin", "Upon landing, …", "Despite losing, …". */
export const ING_OPENERS_FRONTED = new Set([...ING_OPENERS, 'upon', 'on', 'despite', 'when']);
/** Before "being" + participle: "after being arrested", "without being charged". */
export const ING_OPENERS_BEING = new Set([...ING_OPENERS, 'upon', 'on', 'despite', 'without']);
/** Before an -ing verb whose agent is the sentence's opening subject: "by cutting", "without waiting". */
export const ING_OPENERS_CONTROLLED = new Set([...ING_OPENERS, 'without', 'by']);
export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'got', 'gets', 'getting', "'s", '’s']);
/** The forms of "be" as a copula: BE without its get-forms ("shares were down"; not "got down to work"). */
export const COPULA = new Set([...BE].filter((w) => !/^g[eo]t/.test(w)));
/** Words in -ly that are no adverbs ("a family", "in July", "the rally"). */
const LY_NOT_ADVERB = new Set(['family', 'july', 'italy', 'rally', 'ally', 'supply', 'apply', 'reply', 'assembly', 'fly', 'belly',
  'bully', 'jelly', 'monopoly', 'anomaly', 'folly', 'holly', 'lily', 'sally', 'tally', 'wholly']);
/** Adverbs that stand between an auxiliary or a copula and what it governs, besides those in -ly. */
const GAP_ADVERBS = new Set(['still', 'already', 'now', 'also', 'later', 'then', 'since', 'again', 'reportedly', 'allegedly']);
/** Is this an adverb that may stand between an auxiliary or a copula and its predicate ("were sharply down", "were only
 * up", "had already closed")? Negations are none, so a caller still sees them ("would not help"). */
export function gapAdverb(w: string): boolean {
  return GAP_ADVERBS.has(w) || (/^[a-z]+ly$/.test(w) && !LY_NOT_ADVERB.has(w));
}
/** The first token before k, going back to s0 at the least, that is no gap adverb (k - 1 when none is skipped). */
export function adverbsBack(low: readonly string[], k: number, s0: number): number {
  let b = k - 1;
  while (b > s0 && gapAdverb(low[b]!)) b--;
  return b;
}
/** The first token from k on, before s1, that is no gap adverb. */
export function adverbsOn(low: readonly string[], k: number, s1: number): number {
  let j = k;
  while (j < s1 - 1 && gapAdverb(low[j]!)) j++;
  return j;
}
export const VERB_CUE = new Set(['to', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'did', 'do',
  'does', 'not', "n't", 'he', 'she', 'they', 'we', 'i', 'it', 'who', 'also', 'reportedly', 'allegedly',
  // adverbs between an auxiliary and its verb ("will then fly to Serbia", "would soon meet")
  'then', 'soon', 'again', 'never', 'already', 'still', 'formally', 'officially', 'personally', 'jointly', 'subsequently',
  'eventually', 'finally', 'immediately']);
export const NOUN_NEXT = new Set(['of', 'with', 'between', 'in', 'on', 'to', 'for', 'against', 'by', 'from', 'at', 'over', 'near', 'into']);
export const GROUP_NOUN = new Set(['team', 'teams', 'worker', 'workers', 'effort', 'efforts', 'operation', 'operations', 'mission',
  'missions', 'crew', 'crews', 'convoy', 'convoys', 'flight', 'flights', 'shipment', 'shipments', 'package', 'hearing',
  'talks', 'toll', 'victims', 'survivors']);
/** Heads that make a preceding trigger noun a mere modifier ("aid organisation", "investigation office"). */
export const MODIFIED_HEAD = new Set(['organisation', 'organisations', 'organization', 'organizations', 'group', 'groups', 'agency',
  'agencies', 'office', 'offices', 'official', 'officials', 'minister', 'ministry', 'chief', 'spokesman', 'spokeswoman',
  'spokesperson', 'committee', 'commission', 'department', 'fund', 'budget', 'system', 'station', 'centre', 'center',
  'venue', 'service', 'services', 'company', 'firm', 'industry', 'sector', 'market', 'record', 'season', 'warning',
  'warnings', 'agenda', 'date', 'level', 'levels', 'rate', 'area', 'zone', 'price', 'prices', 'tax', 'value', 'volume',
  'volumes', 'figure', 'figures', 'data', 'row', 'penalty', 'penalties', 'threat', 'threats', 'certificate', 'certificates',
  'squad', 'squads', 'crew', 'crews', 'brigade', 'brigades', 'engine', 'engines', 'alarm', 'alarms', 'hydrant', 'marshal',
  'exit', 'exits', 'escape', 'insurance', 'risk', 'risks', 'hazard', 'hazards', 'code', 'codes', 'drill', 'drills', 'safety',
  'site', 'sites', 'pad', 'pads', 'window', 'complex',
  // political and animal compounds: "attack ads", "attack dogs"
  'ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertisements', 'commercial', 'commercials', 'dog', 'dogs']);
/** Heads naming a group's people: a name before them stands for the actor ("Hamas militants attacked"). */
export const ACTOR_HEADS = new Set(['fighters', 'troops', 'forces', 'militants', 'soldiers', 'rebels', 'police', 'officers', 'officials',
  'authorities', 'protesters', 'demonstrators', 'supporters', 'lawmakers', 'workers', 'investigators', 'prosecutors', 'diplomats',
  'negotiators', 'militia', 'militias', 'army', 'navy', 'jets', 'warplanes', 'drones', 'gunmen', 'agents', 'rescuers', 'teams', 'leaders',
  'media', 'press', 'newspapers', 'outlets', 'sources', 'intelligence', 'government', 'ministry', 'military', 'envoy', 'diplomat']);
export const ORG_HEADS = new Set(['office', 'agency', 'ministry', 'department', 'council', 'committee', 'commission', 'mission',
  'secretariat', 'body', 'arm', 'unit', 'branch', 'division', 'bureau', 'service', 'spokesman', 'spokeswoman', 'spokesperson']);
export const COGNITION = new Set(['believed', 'thought', 'expected', 'feared', 'hoped', 'knew', 'learned', 'learnt', 'found', 'showed',
  'decided', 'agreed', 'warned', 'argued', 'suggested', 'estimated', 'predicted', 'insisted', 'indicated', 'revealed']);
/** Verbs whose past tense is their base form. */
export const PAST_AS_BASE = new Set(['hit', 'cut', 'put', 'set', 'shut', 'spread', 'burst', 'hurt', 'quit', 'let', 'cost', 'upset', 'broadcast', 'forecast']);
export const NUM_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty',
  'dozens', 'hundreds', 'thousands', 'millions', 'scores', 'several', 'many', 'more', 'others']);

/** People who act for someone: their possessor is not the subject ("her rep told People"). */
export const ROLE_NOUNS = new Set(['rep', 'representative', 'spokesman', 'spokeswoman', 'spokesperson', 'lawyer', 'lawyers', 'attorney',
  'attorneys', 'agent', 'publicist', 'father', 'mother', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'friend',
  'friends', 'family', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'official', 'officials', 'minister', 'ministers',
  'chief', 'head', 'leader', 'envoy', 'ambassador', 'president', 'ceo', 'chairman', 'director', 'manager', 'coach', 'doctor',
  'doctors', 'staff', 'office', 'ministry', 'partner', 'counterpart', 'counterparts', 'correspondent', 'reporter', 'editor', 'secretary', 'general', 'commander', 'troops', 'forces', 'army', 'police', 'government']);

/** Role nouns that name a state's or an organisation's own body rather than a person acting for it: its owner acts
 * through it ("Sudan's army shelled", "its forces captured", "Kenya's government announced"), where "Kim's lawyer
 * said" is not Kim speaking. */
export const INSTITUTION_HEADS = new Set(['army', 'forces', 'troops', 'police', 'government', 'ministry', 'office', 'military', 'navy',
  'authorities', 'cabinet', 'parliament', 'embassy', 'administration', 'regime', 'junta', 'militia', 'judiciary']);

/** Statement verbs whose direct object is the addressee ("told Sky News Arabia"). */
export const RECIPIENT_VERBS = new Set(['tell', 'inform', 'brief', 'warn', 'notify', 'assure', 'remind', 'urge', 'quote']);
export const MEET_LIKE = new Set(['MEET', 'NEGOTIATE', 'MEDIATE', 'AGREEMENT', 'CEASEFIRE', 'BREAKDOWN']);
export const WEAPONISH = new Set(['ARMS_TRANSFER', 'DISPLAY', 'WEAPONS_TEST', 'MILITARY_SUPPORT', 'LAUNCH']);
export const MOVE = new Set(['TRAVEL', 'ARRIVE', 'DEPART', 'DEPLOY']);
export const PLACE_ROLES = new Set(['location', 'origin', 'destination']);
/** Mention types that make good subjects; others (products, works) only when nothing better is near. */
export const SUBJECT_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'NORP', 'LOC', 'FAC', 'VEHICLE']);

/** Nouns that modify an event noun in a compound ("air strikes", "missile attack", "drone strikes"): the word after them is a noun. */
export const COMPOUND_MODIFIERS = new Set(['air', 'missile', 'rocket', 'drone', 'artillery', 'mortar', 'suicide', 'terror', 'terrorist',
  'knife', 'gun', 'bomb', 'cyber', 'ground', 'naval', 'chemical', 'nuclear', 'grenade', 'ransomware', 'arson', 'sniper', 'tank',
  'border', 'retaliatory', 'pre-emptive', 'preemptive', 'precision', 'ballistic', 'cruise']);

/** Participles that make the "by" phrase after a group its leader: "a delegation led by X". */
export const LED_BY = new Set(['led', 'headed', 'co-led', 'spearheaded']);

/** Verbs that govern an event noun and lend it their subject, besides the light verbs: whoever leads, stages, mounts,
 * wages or posts it is its actor ("X, who led the negotiations", "staged a walkout", "posted a record loss"). Only the
 * argument step reads these (LIGHT also guides part-of-speech guesses, which these forms must not change). */
export const GOVERNING = new Set(['lead', 'leads', 'led', 'leading', 'stage', 'stages', 'staged', 'staging', 'mount', 'mounts', 'mounted',
  'mounting', 'wage', 'wages', 'waged', 'waging', 'organise', 'organised', 'organises', 'organising', 'organize', 'organized',
  'organizes', 'organizing', 'post', 'posted', 'posts', 'spearheaded', 'spearheading', 'headed', 'oversaw', 'oversees', 'overseeing']);

/** Verbs whose subject undergoes the reaction noun they govern ("drew criticism from Amnesty", "faced criticism", "won
 * praise from Greenpeace"), and the noun types that applies to (data/lexicon/events-words.tsv undergo-light, undergo-types). */
export const UNDERGO = eventWords('undergo-light');
export const UNDERGO_TYPES = new Set([...eventWords('undergo-types')].map((t) => t.toUpperCase()));

/** Words of a person's title written before the name ("Chinese leader Xi Jinping", "Prime Minister Narendra Modi",
 * "his Australian counterpart Anthony Albanese", "Secretary of State Antony Blinken"). */
export const PRE_TITLE = new Set(['president', 'vice', 'leader', 'chancellor', 'prime', 'minister', 'premier', 'foreign', 'defence',
  'defense', 'interior', 'finance', 'secretary', 'state', 'general', 'counterpart', 'king', 'queen', 'prince', 'crown', 'emir',
  'sheikh', 'envoy', 'ambassador', 'chief', 'head', 'senator', 'governor', 'mayor', 'speaker', 'opposition', 'former', 'then',
  'supreme', 'top', 'diplomat', 'general', 'commander', 'spokesman', 'spokeswoman', 'pope', 'ceo', 'chairman', 'rep.', 'sen.',
  'gov.', 'gen.', 'pres.', 'of', 'the', 'his', 'her', 'their', 'its', 'new', 'incoming', 'outgoing', 'acting', 'interim', 'dr.', 'mr.', 'mrs.', 'ms.']);

/** Verbs that talk about an event without taking part in it: "met … to discuss the coup" does not make the
 * discussers the coup's actors. */
export const TOPIC_LEMMAS = new Set(['discuss', 'discussion', 'debate']);
export const TOPIC_FORMS = new Set(['discuss', 'discussed', 'discusses', 'discussing', 'debate', 'debated', 'debating']);
/** Verb forms that blame someone for an event: "accused Iran of supplying drones", "blamed Ukraine for the attack";
 * the one blamed is the agent of the event after "of"/"for". */
export const BLAME_FORMS = new Set(['accuse', 'accused', 'accuses', 'accusing', 'blame', 'blamed', 'blames', 'blaming', 'suspect',
  'suspected', 'suspects', 'suspecting']);

/** Participles that predicate an adjective of their subject ("was found guilty", "was declared dead"). */
export const PREDICATIVE = eventWords('predicative');
/** Places named bare after "to" that are no verb ("checked in to rehab", data/lexicon/events-words.tsv). */
export const BARE_PLACES = eventWords('bare-places');
