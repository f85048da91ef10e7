// Sequence of tenses in reported speech: under a past reporting verb ("officials said the road was impassable",
// "he said the company employed 300 people", "she said they had no water") English shifts a present state into the
// past. What was a state when it was said still holds at publication (ONGOING) unless a completed event is its
// subject ("the attack was horrific") or a word dates it ("was calm after the blast"); dates are read later
// (status-times.ts). Word lists: data/lexicon/status-backshift.json; event nouns: the events trigger lexicon.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../core/shared.js';
import type { Tok } from '../claims/text.js';
import { lexicon as eventLexicon } from '../events/lexicon.js';

interface Lists {
  stateVerbs: Set<string>; predicates: Set<string>; endings: RegExp; dating: Set<string>; pastMoment: Set<string>;
  durative: Set<string>; holdable: Set<string>; outcomes: Set<string>; judgements: Set<string>;
  inferenceVerbs: Set<string>; emotions: Set<string>;
}
let cached: Lists | undefined;

function lists(): Lists {
  if (cached) return cached;
  const raw = JSON.parse(readFileSync(join(projectRoot, 'data', 'lexicon', 'status-backshift.json'), 'utf8')) as Record<string, { words?: string[] }>;
  const words = (k: string): string[] => (raw[k]?.words ?? []).map((w) => w.toLowerCase());
  const endings = words('adjectiveEndings').filter((e) => /^[a-z]+$/.test(e));
  cached = {
    stateVerbs: new Set(words('stateVerbsPast')),
    predicates: new Set(words('statePredicatesAfterBe')),
    endings: new RegExp(`(?:${endings.join('|')})$`),
    dating: new Set(words('datingWords')),
    pastMoment: new Set(words('pastMomentWords')),
    durative: new Set(words('durativeEventNouns')),
    holdable: new Set(words('holdableObjects')),
    outcomes: new Set(words('eventOutcomeNouns')),
    judgements: new Set(words('eventJudgementNouns')),
    inferenceVerbs: new Set(words('inferenceStateVerbs')),
    emotions: new Set(words('emotionParticiples')),
  };
  return cached;
}

let nouns: Set<string> | undefined;
/** Lemmas that the events lexicon reads as an event noun ("attack", "crash", "meeting"). */
function eventNouns(): Set<string> {
  if (nouns) return nouns;
  nouns = new Set();
  for (const [key, readings] of eventLexicon().triggers) {
    if (readings.some((r) => (r.pos === 'N' || r.pos === 'VN') && r.type !== '-' && !r.rest.length)) nouns.add(key);
  }
  return nouns;
}

/** The word (or its singular) names an event: "attack", "attacks", "crashes", "casualties". */
export function isEventNoun(w: string): boolean {
  const n = eventNouns();
  if (n.has(w)) return true;
  if (/ies$/.test(w) && n.has(w.slice(0, -3) + 'y')) return true;
  if (/(ches|shes|sses|xes)$/.test(w) && n.has(w.slice(0, -2))) return true;
  return /s$/.test(w) && n.has(w.slice(0, -1));
}

/** A noun of a lasting condition ("fighting", "drought", "outbreak"): ranked or judged, it runs on. */
export function isDurativeEventNoun(w: string): boolean {
  return lists().durative.has(w);
}

/** An adjective or participle of state listed to follow "be" ("exhausted", "concerned", "trapped"). */
export function isStatePredicate(w: string): boolean {
  return lists().predicates.has(w);
}

/** A state verb after an inferential "must" ("must know", "must feel", "must remain"). */
export function isInferenceStateVerb(w: string): boolean {
  return lists().inferenceVerbs.has(w);
}

/** A participle of feeling ("terrified", "devastated"): "must be terrified" is a state inferred now. */
export function isEmotionParticiple(w: string): boolean {
  return lists().emotions.has(w);
}

/** A past form of a stative or continuing verb ("continued", "lacked", "employed", "stood"). */
export function isStateVerbPast(w: string): boolean {
  return lists().stateVerbs.has(w);
}

/**
 * A past form at `i` that is stative in its phrase: "suffered from" a condition ("said the man suffered from
 * depression"; not "suffered injuries"), "held" with a possessed object ("said it held a 20 percent stake", "said
 * the group held 30 hostages"; not "held talks", "held a rally").
 */
export function stativeInContext(toks: Tok[], i: number): boolean {
  const w = toks[i]?.l;
  const nx = toks[i + 1];
  if (!nx?.w) return false;
  if (w === 'suffered') return nx.l === 'from';
  // "said it agreed with the decision": an agreement held, not one reached ("agreed to", "agreed a deal")
  if (w === 'agreed') return nx.l === 'with';
  // "enjoyed" is a state only with a standing for its object ("said the group enjoyed broad support", "… a lead");
  // "said fans enjoyed the concert" is a finished event
  if (w === 'enjoyed') {
    for (let m = i + 1; m < toks.length && m < i + 5; m++) {
      const x = toks[m]!;
      if (!x.w || PREP.test(x.l)) break;
      if (ENJOYED_STATES.test(x.l)) return true;
    }
    return false;
  }
  if (w !== 'held') return false;
  const L = lists();
  // ("held hostages for six hours": a stretch of time bounds it, a finished event)
  for (let m = i + 1; m < toks.length && m < i + 14; m++) {
    if (!toks[m]!.w && /^[,;]$/.test(toks[m]!.t)) break;
    if (toks[m]!.l === 'for' && /^(a|an|the|\d.*|two|three|four|five|six|several|many|hours|days|weeks|months|years|nearly|almost|about|more|over)$/.test(toks[m + 1]?.l ?? '')) return false;
  }
  for (let m = i + 1; m < toks.length && m < i + 6; m++) {
    const x = toks[m]!;
    if (!x.w && x.t !== '%') break;
    if (L.holdable.has(x.l) || x.t === '%') return true;
    if (m > i + 1 && PREP.test(x.l)) break;
  }
  return false;
}

/**
 * A past of a stative verb at `i` read in its event sense: an appearance ("appeared in court", "appeared at a
 * rally"; not "appeared to be", "appeared stalled"), a perception ("felt a tremor"; not "felt betrayed"), a plan
 * carried out ("planned the attack"; not "planned to").
 */
export function eventSenseOfStative(toks: Tok[], i: number): boolean {
  const w = toks[i]?.l;
  const nx = toks[i + 1];
  if (!nx?.w) return false;
  if (w === 'appeared') return /^(in|at|before|on|outside|alongside)$/.test(nx.l);
  if (w === 'felt') return nx.l === 'a' || nx.l === 'an';
  if (w === 'planned') return /^(a|an|the|their|his|her|its|our)$/.test(nx.l);
  return false;
}

const DET_LIKE = /^(the|a|an|this|that|these|those|its|his|her|their|our|my|your|some|any|no|each|every|all|both)$/;
const ENJOYED_STATES = /^(support|backing|lead|majority|advantage|edge|popularity|status|immunity|access|monopoly|ties|relations|reputation|protection|confidence|trust|autonomy|dominance|privileges|rights|freedom|influence|prestige|sovereignty)$/;
const PREP = /^(of|on|in|at|for|from|by|with|near|over|against|into|after|during|to|about|under|between|among)$/;

/** The head of the subject before position `i`: the last word before the first preposition after `from`. */
export function subjectHead(toks: Tok[], from: number, i: number): Tok | undefined {
  let head: Tok | undefined;
  for (let m = from; m < i; m++) {
    const x = toks[m]!;
    if (!x.w) { if (x.t === ',') head = undefined; continue; }
    if (m > from && PREP.test(x.l) && head) break;
    if (x.l === 'that' && m === from) continue;
    head = x;
  }
  return head;
}

/**
 * A backshifted "was"/"were" at `i` with its predicate at `k` names a state still holding: an adjective of state
 * (by its ending or listed), not a participle of an event, not a noun phrase; the subject is no event noun; no word
 * right after the predicate dates it.
 */
const DEGREE = /^(very|so|too|quite|rather|fairly|pretty|extremely|increasingly|relatively|largely|mostly|entirely|completely|totally|particularly|especially|deeply|highly|seriously|critically|badly|severely|generally|all|less|more|most|even|already|still|now|currently|reportedly|also)$/;
const LY_ADJECTIVE = /^(likely|unlikely|early|friendly|costly|elderly|lonely|ugly|holy|deadly|orderly|unruly|jolly|silly|hilly|chilly|bodily|timely|lively|lovely|only)$/;
/** The predicate after a "was"/"were" whose next word is at `k0`: past degree and manner adverbs ("was extremely tense"). */
export function predicateAt(toks: Tok[], k0: number): number {
  let k = k0;
  while (toks[k]?.w && (DEGREE.test(toks[k]!.l) || (/ly$/.test(toks[k]!.l) && toks[k]!.l.length > 4 && !LY_ADJECTIVE.test(toks[k]!.l))) && k - k0 < 3) k++;
  return k;
}

export function backshiftedBeState(toks: Tok[], from: number, i: number, k0: number, known?: (w: string) => boolean): boolean {
  // degree and manner adverbs before the predicate ("was extremely tense", "were increasingly desperate")
  const k = predicateAt(toks, k0);
  const nx = toks[k];
  if (!nx || !nx.w || nx.cap || /^\d/.test(nx.l) || DET_LIKE.test(nx.l) || nx.l === 'to' || nx.l === 'not') return false;
  const L = lists();
  // (a participle of feeling is a state too: "said he was saddened", "said they were shocked")
  const adjective = L.predicates.has(nx.l) || L.emotions.has(nx.l) || !!known?.(nx.l) || (nx.l.length > 4 && (L.endings.test(nx.l) || (/[^l]y$/.test(nx.l))) && !/(ed|ing)$/.test(nx.l));
  if (!adjective) return false;
  // a dating word right after the predicate ends the state ("was calm after the blast", "was open briefly")
  const next = toks[k + 1];
  if (next?.w && (L.dating.has(next.l) || L.dating.has(`${next.l} ${toks[k + 2]?.l ?? ''}`))) return false;
  // a place told of a past moment later in the clause ("was in the town last night") no longer holds
  if (PREP.test(nx.l) && pastMomentLater(toks, k + 1)) return false;
  // (an event noun as subject is a finished occurrence judged, unless it names a lasting condition: "the fighting
  // was fierce", "the drought was severe")
  const head = subjectHead(toks, from, i);
  if (head && isEventNoun(head.l) && !lists().durative.has(head.l)) return false;
  return true;
}

/** A dating word or phrase at `k` ("after", "before", "that night"): the predicate before it no longer holds. */
export function datingAt(toks: Tok[], k: number): boolean {
  const x = toks[k];
  if (!x?.w || untilFurtherNotice(toks, k)) return false;
  const L = lists();
  return L.dating.has(x.l) || L.dating.has(`${x.l} ${toks[k + 1]?.l ?? ''}`);
}

/**
 * A word naming a past moment from `k` to the end of the clause ("was in the town last night", "were at the scene
 * yesterday", "was in the building two hours earlier"): a place or standing told of that moment.
 */
export function pastMomentLater(toks: Tok[], k: number): boolean {
  const L = lists();
  for (let m = k; m < toks.length; m++) {
    const x = toks[m]!;
    if (!x.w) { if (/^[,;:]$/.test(x.t)) break; continue; }
    const two = `${x.l} ${toks[m + 1]?.l ?? ''}`, three = `${two} ${toks[m + 2]?.l ?? ''}`;
    if (L.pastMoment.has(x.l) || L.pastMoment.has(two) || L.pastMoment.has(three)) return true;
  }
  return false;
}

/** "until further notice" at k leaves a state open ("was closed until further notice"); "until now" ends it. */
export function untilFurtherNotice(toks: Tok[], k: number): boolean {
  return toks[k]?.l === 'until' && toks[k + 1]?.l === 'further' && toks[k + 2]?.l === 'notice';
}

const POSSESSION_OBJ = /^(no|enough|nothing|little|plenty|sufficient|limited|insufficient|few|many|more|less|some|any|only|access|about|around|nearly|almost|over|more|fewer|\d[\d,.]*)$/;
/**
 * A backshifted main-verb "had" of possession at `i` ("said they had no water", "said it had enough fuel", "said the
 * hospital had 300 beds"): a state still holding. Not "had to" (an obligation met), nor an event as object ("had
 * talks", "had a meeting", "had a heart attack").
 */
export function backshiftedHave(toks: Tok[], i: number): boolean {
  const nx = toks[i + 1];
  if (!nx || !nx.w || !POSSESSION_OBJ.test(nx.l)) return false;
  for (let m = i + 1; m < toks.length && m < i + 6; m++) {
    const x = toks[m]!;
    if (!x.w) break;
    if (isEventNoun(x.l)) return false;
    if (PREP.test(x.l) && m > i + 1) break;
  }
  return true;
}

const LATER_AUX = /^(had|has|have|'d|'ve|could|would|might|may|must|should|will|shall|did)$/;
/**
 * A completed event told after the state in the same claim ("said the town was quiet but had been shelled", "said
 * it had no power after the storm hit", "said the road was unsafe and could collapse"): a perfect, a modal or a past
 * form later in the claim dates the whole report, so the backshifted state is not read as still holding.
 */
export function laterEventVerb(toks: Tok[], k: number, isPast: (w: string) => boolean): boolean {
  for (let m = k + 1; m < toks.length; m++) {
    const x = toks[m]!;
    if (!x.w || x.cap) continue;
    if (LATER_AUX.test(x.l)) return true;
    if (isPast(x.l) && !DET_LIKE.test(toks[m - 1]?.l ?? '')) return true;
  }
  return false;
}

/**
 * The noun phrase starting at `k` (up to a preposition, a clause word or punctuation) names a finished occurrence:
 * its head (last word) an event noun that is no lasting condition ("an explosion", "clashes"; not "fighting"), or
 * what an event left ("no damage", "no deaths").
 */
function eventPhrase(toks: Tok[], k: number, extra?: Set<string>): boolean {
  const L = lists();
  let head = '';
  for (let m = k; m < toks.length && m < k + 6; m++) {
    const x = toks[m]!;
    if (!x.w || (m > k && (PREP.test(x.l) || /^(that|which|who|and|or|but|as|when|while)$/.test(x.l)))) break;
    head = x.l;
  }
  // the head itself, not a modifier of it: "a night watchman", "a protest leader" name people
  return !!head && (L.outcomes.has(head) || extra?.has(head) === true || (isEventNoun(head) && !L.durative.has(head)));
}

/**
 * A backshifted existential at `i` ("said there was no evidence", "said there were 300 troops in the area"), its
 * noun phrase at `k`: a state still holding, unless the phrase names an occurrence ("said there was an explosion",
 * "there were no casualties") or a dating word follows it.
 */
export function backshiftedExistential(toks: Tok[], i: number, k: number): boolean {
  if (toks[i - 1]?.l !== 'there' || !toks[k]?.w || toks[k]!.l === 'to') return false;
  if (eventPhrase(toks, k)) return false;
  for (let m = k; m < toks.length && m < k + 8; m++) {
    if (!toks[m]!.w) break;
    if (datingAt(toks, m)) return false;
  }
  return true;
}

/**
 * A backshifted "was/were" at `i` before a predicate noun phrase at `k` ("said the man was a suspect", "said the
 * firm was the largest employer in the region"): a standing that still holds. Not with a pronoun, a demonstrative or
 * an event as subject ("said it was a mistake", "said the attack was an act of terror"), nor a predicate judging an
 * act or naming an occurrence ("was a victory", "was the first", "was an accident").
 */
export function backshiftedNominal(toks: Tok[], from: number, i: number, k: number): boolean {
  const a = toks[k];
  if (!a?.w || !/^(a|an|the|one)$/.test(a.l)) return false;
  const head = subjectHead(toks, from, i);
  if (!head || /^(it|this|that|these|those|which|what|there)$/.test(head.l) || isEventNoun(head.l) || lists().judgements.has(head.l)) return false;
  if (eventPhrase(toks, k + 1, lists().judgements)) return false;
  for (let m = k + 1; m < toks.length && m < k + 8; m++) {
    if (!toks[m]!.w) break;
    if (datingAt(toks, m)) return false;
  }
  return true;
}

/**
 * A backshifted "was"/"were" at `i` whose predicate at `k` opens a quotation of the speaker's own words ("said the
 * plan was \"working\"", "said it was \"irreversible\"", "said the company was \"focused on the families\""): the
 * speaker's present, still holding. Not with an event or a judged act as subject ("said the strike was \"a slap in
 * the face\"", "the verdict was \"political\""), nor a predicate that is a noun phrase naming an event.
 */
export function backshiftedQuotedPredicate(toks: Tok[], from: number, i: number, k: number): boolean {
  if (!toks.slice(i + 1, k + 1).some((x) => x.q) || !toks[k]?.w) return false;
  const head = subjectHead(toks, from, i);
  if (!head || isEventNoun(head.l) || lists().judgements.has(head.l) || lists().outcomes.has(head.l)) return false;
  if (/^(a|an|the)$/.test(toks[k]!.l) && eventPhrase(toks, k + 1, lists().judgements)) return false;
  return true;
}
