// Certainty, polarity, status and hedges of each claim, read from the claim's own words (nested claims and
// the attribution frame's source words excluded) plus the innermost link's cue.
import type { Certainty, Claim, Polarity, Status } from '../../core/types.js';
import type { NlpDoc } from '../doc.js';
import * as L from '../claims/lexicon.js';
import { tokensIn, type Tok } from '../claims/text.js';
import * as C from './lexicon.js';
import { cueAdverbial, ONGOING_MARK, statusFromTimes } from './status-times.js';
import { recordRank } from './record-rank.js';
import { statusWords } from './status-words.js';
import { modelStatus } from './status-model.js';
import { irregularPast } from './irregular.js';
import { modalOutOfScope } from './modal-scope.js';
import { insideQuotation } from '../time/text-util.js';
import { backshiftedBeState, predicateAt, backshiftedExistential, backshiftedHave, backshiftedNominal, backshiftedQuotedPredicate, datingAt, eventSenseOfStative, isEmotionParticiple, isInferenceStateVerb, isStatePredicate, isStateVerbPast, laterEventVerb, pastMomentLater, stativeInContext, untilFurtherNotice } from './backshift.js';
import { lowerBound } from '../../core/lower-bound.js';
import { couldSeeAhead } from '../time/context.js';

const S = (a: readonly string[]): Set<string> => new Set(a);
const phrases = (a: readonly string[]): string[][] => a.map((p) => p.split(' '));
type PhraseIx = Map<string, string[][]>;
const index = (list: string[][]): PhraseIx => {
  const m: PhraseIx = new Map();
  for (const p of list) { const a = m.get(p[0]!) ?? []; a.push(p); m.set(p[0]!, a); }
  for (const a of m.values()) a.sort((x, y) => y.length - x.length);
  return m;
};
/** Words that occur anywhere in a phrase of the list, for the exception test. */
const wordsOf = (list: string[][]): Set<string> => new Set(list.flat());
const PROB = phrases([...L.HEDGE_PROBABLE, ...C.PROBABLE_EXTRA]);
const POSS = phrases(L.HEDGE_POSSIBLE);
const UNK = phrases([...L.HEDGE_UNKNOWN, ...C.UNKNOWN_EXTRA]);
const EXC = phrases(L.HEDGE_EXCEPTIONS);
const NEG = S(L.NEGATORS);
const EXC_W = wordsOf(EXC);
const HEDGE_IX: Array<[PhraseIx, Certainty]> = [[index(UNK), 'UNKNOWN'], [index(POSS), 'POSSIBLE'], [index(PROB), 'PROBABLE']];
/** First words of every hedge phrase: one set probe per token instead of one map probe per index. */
const HEDGE_FIRST = new Set(HEDGE_IX.flatMap(([ix]) => [...ix.keys()]));
const NEGEXC = phrases([...L.NEGATION_EXCEPTIONS, ...C.NEGATION_EXCEPTIONS_EXTRA]);
const NEGEXC_W = wordsOf(NEGEXC);
const NEGCUE_IX = index(phrases(L.NEGATING_CUES));
const PROB_CUE = S(L.PROBABLE_CUES);
const POSS_CUE = S(L.POSSIBLE_CUES);
const NEG_CUE_WORDS = statusWords('negCues');
const FUT_MODAL = S(L.FUTURE_MODALS);
const NEG_HEDGE = statusWords('negHedges');
const WEAK = S(L.WEAK_MODALS);
const BEP = S(L.BE_PRESENT);
const BEPAST = S(L.BE_PAST);
const HAVEP = S(L.HAVE_PRESENT);
const FUT_BE = S(L.FUTURE_AFTER_BE);
const FUT_VERB = S(L.FUTURE_VERBS);
const STATIVE = S(L.STATIVE_PAST);
const PRESENT = S(L.PRESENT_VERBS);
const IRR = S(irregularPast());
const PRENOMINAL = S(L.PRENOMINAL_ADJECTIVES);
const STATES = S(L.ONGOING_STATES);
const ESTIMATE = S(L.ESTIMATE_SOURCES);
const EXPECT = S(L.EXPECTATION_CUES);
const SKIP = S(L.AUX_SKIP);
const DET = S(L.DETERMINERS);
const NOMINAL_NEXT = S(C.NOMINAL_HEDGE_NEXT);
const IDENTITY_HEDGE = S(C.NOMINAL_IDENTITY_HEDGES);
const BE_OR_GET = S([...L.BE_PRESENT, ...L.BE_PAST, 'be', 'been', 'being', 'remain', 'remains', 'remained', 'is', 'was']);
const NOMINAL_HEDGE = statusWords('nominalHedges');
const SUBORDINATORS = statusWords('subordinators');
const PREP = statusWords('prepositions');
const PREDICATE_HEDGE = statusWords('predicateHedges');
const ATTRIBUTIVE_HEDGE = S(C.ATTRIBUTIVE_HEDGES);
const PASSIVE_HEDGE = statusWords('passiveHedges');
const PAST_CUES = statusWords('pastCues');

const STATE_PREP = statusWords('statePreps');
const FUT_PROG = S(C.FUTURE_PROGRESSIVE);
const INQUIRY = S(C.INQUIRY_VERBS);
const STATIVE_BASE = S(C.STATIVE_BASE_VERBS);
const OPEN_Q = S(C.OPEN_QUESTION_PREDICATES);
const WH = S(L.WH_CLAUSE_OPENERS);
const DESIRE = S(C.DESIRE_AFTER_WOULD);
const POSSIBLE_STATE = S(C.POSSIBLE_STATE_AFTER_BE);
const AHEAD_PRED = S(C.AHEAD_PREDICATES);
const PLAN_NOUN_VERB = S(C.PLAN_VERBS_WITH_OBJECT);
const PLAN_OBJ = S(C.PLAN_OBJECT_START);
const FRONT_CLAUSE = S(C.FRONTED_CLAUSE_OPENERS);
const DUE_NEXT = S(C.DUE_SCHEDULE_NEXT);
const EMBED = S(C.EMBEDDED_CLAUSE_OPENERS);
const STATE_BOUND = S(C.STATE_BOUND_PREPS);
const CONTENT_NOUN = S(C.CONTENT_NOUNS);
const PROPOSITION_SUBJECT = S(C.PROPOSITION_SUBJECTS);
const CIRCUMSTANCE = S(C.CIRCUMSTANCE_PREPS);
const BE_ANY = S([...L.BE_PRESENT, ...L.BE_PAST]);
const COMMIT = S(C.COMMITMENT_CUES);
const NOUN_MAKER = S(C.NOUN_MAKERS);
const PRONOUN_PAST = S(C.SIMPLE_PAST_ONLY);
const RELATIVE = S(C.RELATIVE_OPENERS);
const NUMBER_WORD = S(C.NUMBER_WORDS);
const SAY = S(C.SAYING_VERBS);
const MODAL_WILL = statusWords('willModals');
const READY = S(C.READINESS_AFTER_BE);
const AMBIG_PAST = S(C.AMBIGUOUS_PAST);
const PAST_ONLY = S(C.PAST_ONLY_FORMS);
const RR_PREP = S(C.REDUCED_RELATIVE_PREPS);
const BREAK = S(C.CLAUSE_BREAKERS);
const HL_ONGOING = S(C.HEADLINE_ONGOING_VERBS);
const ON_COURSE = S(C.ON_COURSE_NOUNS);
const CLAUSE_PAST = S(C.CLAUSE_TAKING_PAST);
const RESULT_STATE = S([...C.RESULT_STATE_PARTICIPLES, ...C.PARTICLE_STATE_PARTICIPLES]);
const PARTICLE_STATE = S(C.PARTICLE_STATE_PARTICIPLES);
const PARTICLES = statusWords('particles');
const BACKSHIFT_STATE = S(C.BACKSHIFTED_STATE_PREDICATES);
/** A word at `k` opening a phrase that dates what comes before; "until further notice" leaves it open. */
const datingNext = (toks: Tok[], k: number): boolean => DATING_NEXT.has(toks[k]?.l ?? '') && !untilFurtherNotice(toks, k);
/** An "until"/"till" (not "until further notice") later in the clause from k: the state it bounds has ended. */
function untilLater(toks: Tok[], k: number): boolean {
  for (let m = k; m < toks.length && m < k + 8; m++) {
    const x = toks[m]!;
    if (!x.w && x.t !== '-') return false;
    if ((x.l === 'until' || x.l === 'till') && !untilFurtherNotice(toks, m)) return true;
  }
  return false;
}
/**
 * A length of time after the state at `k` closes it, as "until" does: "was not identified for three weeks", "was not
 * confirmed after several days", "in two hours" ("for", "in", "after", "within" and a count or "a", "several", "a
 * few", "many" or nothing, then a period of data/lexicon/status-words.json periods, plural or not).
 */
function durationLater(toks: Tok[], k: number): boolean {
  for (let m = k; m < toks.length && m < k + 8; m++) {
    const x = toks[m]!;
    if (!x.w && x.t !== '-') return false;
    if (!/^(for|in|after|within)$/.test(x.l)) continue;
    let n = m + 1;
    while (n < toks.length && n <= m + 3 && toks[n]!.w && (/^\d/.test(toks[n]!.t) || /^(a|an|several|few|many|more|nearly|almost|about|over|some)$/.test(toks[n]!.l) || statusWords('countWords').has(toks[n]!.l))) n++;
    const p = toks[n];
    if (p?.w && statusWords('periods').has(p.l.replace(/s$/, ''))) return true;
  }
  return false;
}
/** Words that open a phrase dating what comes before them ("after a few months", "on Monday", "last week"). */
const DATING_NEXT = statusWords('datingNext');
const FINITE = S([...L.BE_PRESENT, ...L.BE_PAST, ...L.HAVE_PRESENT, 'had', ...L.FUTURE_MODALS, ...L.WEAK_MODALS]);
const verbLike = (t: Tok): boolean => t.w && !t.cap && (FINITE.has(t.l) || IRR.has(t.l) || PRESENT.has(t.l) || (/ed$/.test(t.l) && t.l.length > 3));

/**
 * "Two developers who paid the bribes are awaiting trial": the subject's restrictive relative clause (no verb before
 * it, no comma) runs to the next finite auxiliary after its own verb, where the main clause starts; else `from`.
 */
function afterSubjectRelative(toks: Tok[], from: number): number {
  let r = -1;
  for (let j = from + 1; j < toks.length && j <= from + 6; j++) {
    const x = toks[j]!;
    if (!x.w) return from;
    if (x.l === 'who' || x.l === 'which') { r = j; break; }
    // "the money that was raised would go to the victims": "that" after the subject's noun (not a content noun's "that")
    if (x.l === 'that' && j > from + 1 && toks[j - 1]!.w && !toks[j - 1]!.cap && !CONTENT_NOUN.has(toks[j - 1]!.l) && !/^(so|such|now)$/.test(toks[j - 1]!.l)) { r = j; break; }
    if (verbLike(x)) return from;
  }
  if (r < 0) return from;
  let seenVerb = false;
  for (let j = r + 1; j < toks.length && j < r + 14; j++) {
    const x = toks[j]!;
    if (!x.w) return from;
    if (!seenVerb) { if (verbLike(x)) seenVerb = true; continue; }
    // ("who were warned and could leave": a verb coordinated inside the relative clause is still the clause's)
    const prev = toks[j - 1]!.l;
    if (prev === 'and' || prev === 'but' || prev === 'or') continue;
    if (FINITE.has(x.l) && !FINITE.has(prev)) return j;
    // ("Residents who could leave fled the town": a simple past after the clause's verb phrase is the main verb)
    if (IRR.has(x.l) && !x.cap && !FINITE.has(prev) && prev !== 'to' && !BE_ANY.has(prev) && !/^(be|been|being|not|n't)$/.test(prev)) return j;
  }
  return from;
}

/**
 * A past form at `i` opening the clause, then one or two lower-case nouns and a finite auxiliary or modal ("Enhanced
 * surveillance would continue", "Armed police were deployed"): an adjective of the subject, not the main verb.
 */
function participleAdjective(toks: Tok[], i: number): boolean {
  for (let j = i + 1; j < toks.length && j <= i + 3; j++) {
    const x = toks[j]!;
    if (!x.w || x.cap || /^\d/.test(x.l) || DET.has(x.l) || PREP.has(x.l) || x.l === 'to' || x.l === 'that' || lyAdverb(x)) return false;
    if (FINITE.has(x.l)) return j > i + 1;
  }
  return false;
}

/** "at 3 am": the clock's "am" after a number, not the verb. */
const clockAm = (toks: Tok[], j: number): boolean => toks[j]?.l === 'am' && j > 0 && /^\d/.test(toks[j - 1]!.t);

/**
 * "People displaced by the fighting are living in camps", "a man arrested on Monday is being held": a past
 * participle right after the subject's noun, followed by a preposition or a time word, modifies the subject when a
 * finite verb of the same clause comes later (no comma, conjunction or new clause between). Reporting verbs and
 * forms that are only simple pasts ("rose", "went") are main verbs.
 */
function reducedRelative(toks: Tok[], i: number, from: number): boolean {
  const t = toks[i]!, prev = toks[i - 1], next = toks[i + 1];
  if (i <= from || !prev || !prev.w || PAST_ONLY.has(t.l) || PAST_CUES.has(t.l) || L.PRONOUNS.includes(prev.l)) return false;
  if (!next || !next.w || !RR_PREP.has(next.l)) return false;
  // a verb that takes a bare clause is a participle only before its agent ("the truce agreed by both sides is …")
  if (CLAUSE_PAST.has(t.l) && next.l !== 'by') return false;
  for (let j = i + 2; j < toks.length && j < i + 14; j++) {
    const x = toks[j]!;
    if (!x.w) { if (x.t === "'" || x.t === '’' || x.t === '-') continue; return false; }
    if (BREAK.has(x.l)) return false;
    if (x.cap) continue;
    // (an infinitive's "to continue" is not the main verb: "called on Israel to continue talks")
    if (clockAm(toks, j)) continue;
    if (FINITE.has(x.l) || /^(remain|remains|continue|continues|stay|stays)$/.test(x.l)) return j > i + 2 && toks[j - 1]!.l !== 'to';
  }
  return false;
}

/**
 * "What caused the crash is still unclear", "How many people died is not known": a clause-opening wh-clause is the
 * subject; the main verb is the first "be"/"remain" after the wh-clause's own verb. Not in a question.
 */
function afterWhSubject(toks: Tok[], from: number): number {
  const w = toks[from];
  if (!w?.w || !/^(what|how|why|whether|who)$/.test(w.l) || toks[toks.length - 1]?.t === '?') return from;
  let k = from + 1;
  while (k < toks.length && !(toks[k]!.w && verbLike(toks[k]!))) { if (!toks[k]!.w && toks[k]!.t !== '-') return from; k++; }
  for (let j = k + 1; j < toks.length && j < k + 12; j++) {
    const x = toks[j]!;
    if (!x.w) return from;
    if (BE_ANY.has(x.l) || /^(remain|remains|remained)$/.test(x.l)) return j;
  }
  return from;
}

/**
 * "a plan that may save $1 billion", "a law that could reshape the industry": "that" right after a lower-case noun
 * (not a verb, a content noun or a cue) and right before a modal or a verb is a relative pronoun; the clause it opens
 * is the noun's. "warned that prices may rise", "told reporters that it could" keep their complement.
 */
function relativeThat(toks: Tok[], i: number): boolean {
  const t = toks[i]!, prev = toks[i - 1], next = toks[i + 1];
  if (t.l !== 'that' || i < 2 || !prev?.w || prev.cap || !next?.w || next.cap) return false;
  if (CONTENT_NOUN.has(prev.l) || PAST_CUES.has(prev.l) || SAY.has(prev.l) || /ing$/.test(prev.l) || /^(so|such|now|given|except|reporters|journalists|him|her|them|us|me)$/.test(prev.l)) return false;
  // the noun has a determiner ("a plan", a verb form after one is a noun) or an adjective before it ("the new law")
  const before = toks[i - 2]!;
  if (!before.w) return false;
  if (!DET.has(before.l) && (verbLike(prev) || before.cap || verbLike(before) || PREP.has(before.l) || !(i > 2 && DET.has(toks[i - 3]!.l)))) return false;
  return FUT_MODAL.has(next.l) || WEAK.has(next.l) || BE_ANY.has(next.l) || HAVEP.has(next.l) || next.l === 'had';
}

/**
 * The claim is a noun phrase and the relative clause at `i` alone ("a step that could ease the crisis", nested in its
 * sentence by the claims stage): no verb before "that", and no finite verb after the clause's modal, so no main verb
 * the clause could be background to ("A plan that may save $1 billion was approved" has one).
 */
function relativeIsClaim(toks: Tok[], i: number): boolean {
  // (a present-looking noun, "a plan that may …", is no verb here: only finite forms and pasts count)
  return !toks.slice(0, i).some((x) => x.w && !x.cap && (FINITE.has(x.l) || IRR.has(x.l) || (/ed$/.test(x.l) && x.l.length > 4)))
    && !toks.slice(i + 2).some((x) => x.w && FINITE.has(x.l));
}

/** "the widely expected rate cut", "the long-expected report": the hedge word modifies the noun after it. */
function attributive(toks: Tok[], i: number): boolean {
  const prev = toks[i - 1], next = toks[i + 1];
  if (!prev || !next?.w || next.cap || next.l === 'to' || next.l === 'that' || next.l === 'by' || PREP.has(next.l) || verbLike(next)) return false;
  // "the expected announcement will come on Friday": what is awaited is still ahead, so still a judgement
  if (toks.some((x) => MODAL_WILL.has(x.l) || x.l === 'would')) return false;
  if (DET.has(prev.l) || /'s$/.test(prev.l)) return true;
  return (lyAdverb(prev) || /^(long|much|eagerly|keenly)$/.test(prev.l)) && i > 1 && (DET.has(toks[i - 2]!.l) || /'s$/.test(toks[i - 2]!.l));
}

/** "as had been expected", "earlier than many had expected": "as"/"than" a few words before, no comma between. */
function comparison(toks: Tok[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const x = toks[k]!;
    if (!x.w) return false;
    if (x.l === 'as' || x.l === 'than') return k === i - 1 || toks.slice(k + 1, i).every((y) => y.w && (BE_OR_GET.has(y.l) || HAVEP.has(y.l) || y.l === 'had' || y.l === 'been' || y.l === 'widely' || y.l === 'many' || y.l === 'some' || y.l === 'most' || y.l === 'analysts' || y.l === 'originally' || y.l === 'initially' || y.l === 'previously' || y.l === 'generally' || y.l === 'first' || y.l === 'earlier' || L.PRONOUNS.includes(y.l)));
  }
  return false;
}

/** "worries that …", "the fact that …": a content noun (after a determiner, preposition, "be" or modifier) and its "that". */
function contentThat(toks: Tok[], i: number): boolean {
  if (toks[i]?.l !== 'that' || i < 2) return false;
  const n = toks[i - 1]!, before = toks[i - 2]!;
  if (!n.w || !CONTENT_NOUN.has(n.l)) return false;
  return DET.has(before.l) || PREP.has(before.l) || BE_ANY.has(before.l) || CIRCUMSTANCE.has(before.l) || /'s?$/.test(before.l)
    || (before.w && /(ing|ed|ive|al|ic|ous|ful)$/.test(before.l) && !before.cap);
}
const RANK: Record<Certainty, number> = { CERTAIN: 0, PROBABLE: 1, POSSIBLE: 2, UNKNOWN: 3 };

function matchAt(toks: Tok[], i: number, p: string[]): boolean {
  for (let k = 0; k < p.length; k++) if (toks[i + k]?.l !== p[k]) return false;
  return true;
}
function covered(toks: Tok[], i: number, list: string[][], words?: Set<string>): boolean {
  if (words && !words.has(toks[i]!.l)) return false;
  for (const p of list) {
    for (let off = 0; off < p.length; off++) {
      if (i - off >= 0 && matchAt(toks, i - off, p) && toks[i]!.l === p[off]) return true;
    }
  }
  return false;
}

/** Words of a quantified relative's head: "any one of which", "some of whom", "most of them". */
const QUANT_OF = /^(any|one|some|many|most|all|each|none|both|either|neither|several|few|half|two|three|four|five|of)$/;

/**
 * Where the clause holding a relative pronoun at `i` starts, if its subject's noun phrase opens it: the claim's start
 * or the word after its last "that" or comma before `i`; -1 when a verb stands between (the relative is then an
 * object's, "officials found bodies which …").
 */
function clauseStart(toks: Tok[], i: number): number {
  let from = 0;
  for (let k = i - 1; k >= 0; k--) if (toks[k]!.l === 'that' || !toks[k]!.w) { from = k + 1; break; }
  if (from >= i) return -1;
  return toks.slice(from, i).some((x) => verbLike(x)) ? -1 : from;
}

function hasConditionalModal(toks: Tok[]): boolean {
  for (const t of toks) if (t.l === 'would' || t.l === 'could' || t.l === 'might') return true;
  return false;
}

/**
 * "two suspects fled", "the suspected gunman was shot", "a man suspected of arson was arrested": the suspicion is
 * about who someone is, not about the claim. "Police suspect arson", "he is suspected of arson" stay hedges.
 */
function identityHedge(toks: Tok[], i: number): boolean {
  const t = toks[i]!, prev = i > 0 ? toks[i - 1]! : undefined, next = toks[i + 1];
  if (t.l === 'suspects' || t.l === 'suspect') {
    // a noun after a determiner, a number or an adjective, or before a verb in the past ("the suspects fled")
    if (!prev || DET.has(prev.l) || /^\d/.test(prev.t) || NUMBER_WORD.has(prev.l) || PREP.has(prev.l)) return !(next?.l === 'that');
    return false;
  }
  // "suspected": after "be" it is the passive hedge ("is suspected of"), after a noun or a determiner a modifier
  if (prev && BE_OR_GET.has(prev.l)) return false;
  if (prev && (SKIP.has(prev.l)) && i > 1 && BE_OR_GET.has(toks[i - 2]!.l)) return false;
  if (prev && DET.has(prev.l) && next?.w && !next.cap) return true;
  return !!prev && prev.w && !prev.cap && next?.l === 'of' && !PAST_CUES.has(prev.l) && !/ed$/.test(prev.l);
}

export interface Reading { certainty: Certainty; polarity: Polarity; status: Status; hedges: string[] }

/**
 * A verb of appearance at `i` ("appeared", "looks") before a predicate of state, a word of
 * data/lexicon/status-words.json appearPredicateWords ("set", "unharmed"), or a degree adverb of appearDegreeWords
 * ("too", "very") before an adjective or participle ("appeared too small"); not before a preposition, "to" (a hedge
 * phrase of its own), a participle of emotion ("appeared stunned"), a name or a clause boundary, nor a degree adverb
 * before "than", another adverb or a preposition ("appeared more than 20 times", "looked more closely at").
 */
function appearanceHedge(toks: Tok[], i: number): boolean {
  const t = toks[i]!;
  if (t.cap || !statusWords('appearVerbs').has(t.l)) return false;
  const nx = toks[i + 1];
  if (!nx?.w || nx.cap) return false;
  // (an emotion seen on a face, "appeared stunned", is the reporter's observation and stays certain: only the listed words)
  if (statusWords('appearPredicateWords').has(nx.l)) return true;
  if (!statusWords('appearDegreeWords').has(nx.l)) return false;
  return degreePredicate(toks[i + 2]);
}

/** The word after a degree adverb opens a predicate: a lower-case word, no adverb in -ly, preposition or listed non-adjective. */
function degreePredicate(w: Tok | undefined): boolean {
  if (!w?.w || w.cap || /^\d/.test(w.t)) return false;
  if (statusWords('appearPredicateWords').has(w.l)) return true;
  return !/ly$/.test(w.l) && !PREP.has(w.l) && !statusWords('appearDegreeNotNext').has(w.l) && !statusWords('appearDegreeWords').has(w.l);
}

/**
 * An inquiry verb takes the "whether" at `i` as its object: right before it ("will decide whether"), across a
 * preposition ("will look at whether", "ruled on whether") or a short adjunct of words ("is expected to decide in
 * the coming days whether"). The look-back stops at punctuation, a form of "be", an open-question word ("it is
 * unclear whether" stays open), a modal, a negation and a verb that takes the clause itself ("Tests could not show
 * whether", "Experts looking at the wreck cannot say whether" stay open), within six words. A listed word after a
 * determiner or opening the clause is a noun or the subject ("the test", "Tests could …"), not the verb.
 */
function inquiryBefore(toks: Tok[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const x = toks[k]!;
    if (!x.w || BE_ANY.has(x.l) || UNK_STOP.has(x.l) || WH_VERB_STOP.has(x.l) || NEG.has(x.l) || FUT_MODAL.has(x.l) || WEAK.has(x.l)) return false;
    if (INQUIRY.has(x.l)) {
      const pv = toks[k - 1];
      if (pv && pv.w && DET.has(pv.l)) return false;
      if ((!pv || !pv.w) && !/ing$/.test(x.l)) return false;
      return true;
    }
  }
  return false;
}
const UNK_STOP = statusWords('whetherLookBackStops');
const WH_VERB_STOP = statusWords('whetherLookBackVerbs');

/** "an estimated" at `i` ("estimated") before a figure: "an estimated 200 buildings", "an estimated $50 million". */
function estimatedFigure(toks: Tok[], i: number): boolean {
  if (toks[i]!.l !== 'estimated' || i === 0 || !statusWords('estimatedNumberNext').has(toks[i - 1]!.l)) return false;
  const nx = toks[i + 1];
  return !!nx && (/^\d/.test(nx.t) || /^[$€£¥]$/.test(nx.t) || statusWords('countWords').has(nx.l));
}

/** Reads certainty, polarity, status and hedges from tokens. `reported` marks backshifted speech. */
export function readTokens(toks: Tok[], opts: { reported: boolean; cue?: string; source?: string; anchorYear?: number; noStatus?: boolean; cueAt?: number; speaker?: boolean } = { reported: false }): Reading {
  let certainty: Certainty = 'CERTAIN';
  const hedges: string[] = [];
  const bump = (c: Certainty, words: string): void => { if (RANK[c] > RANK[certainty]) certainty = c; hedges.push(words); };
  let negative = false;
  let cueNegated = false;
  // hedges and negators inside a subordinate clause ("…, which may …", "than analysts had forecast") do not
  // scope over the claim: skip from a subordinator to the next comma
  let sub = false;
  // "did not say if X", "asked if X": an embedded yes/no question leaves X open
  const ci = opts.cueAt !== undefined ? toks.findIndex((t) => t.s === opts.cueAt) : -1;
  if (ci >= 0 && toks[ci + 1]?.l === 'if') bump('UNKNOWN', toks[ci + 1]!.t);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.w) {
      if (t.t === '?' && i === toks.length - 1) bump('UNKNOWN', '?');
      if (t.t === ',' || t.t === ';' || t.t === '—') sub = false;
      continue;
    }
    // "said after flying over the area that the toll could rise": the cue's "that" ends an adjunct clause set between
    // the cue and its complement; what follows is the claim's own content again
    if (sub && t.l === 'that' && ci >= 0 && i > ci && !toks.slice(ci + 1, i).some((x) => x.l === 'that' || x.t === ',')) { sub = false; continue; }
    // "any one of which could cripple the mission", "some of whom may be trapped": a claim opening with a quantified
    // relative is that clause; its modal is the claim's
    if (i > 0 && (t.l === 'which' || t.l === 'whom') && toks.slice(0, i).every((x) => x.w && QUANT_OF.test(x.l)) && toks[i - 1]!.l === 'of') continue;
    // "workers who did not report for duty could be dismissed": a relative clause on the subject ends where the main
    // clause's finite verb starts (afterSubjectRelative); when that verb is a modal of possibility, reading resumes
    // there, not at the next comma (other main verbs keep the old reading: measured, a wider reach lost as much as it won)
    if (i > 0 && (t.l === 'who' || t.l === 'which')) {
      const from = clauseStart(toks, i);
      const j = from >= 0 ? afterSubjectRelative(toks, from) : from;
      if (j > i && WEAK.has(toks[j]!.l)) { i = j - 1; continue; }
    }
    if (i > 0 && SUBORDINATORS.has(t.l)) { sub = true; continue; }
    // "approved a plan that may save $1 billion": a relative "that" right after a noun, before its verb
    // (not inside a hypothetical: "would be a setback that could destroy the economy" stays possible)
    // (nor when the claim is the noun phrase and its clause alone, "a step that could ease the crisis" nested after
    // "…signed the deal,": no verb before "that" and none finite after the clause's own, so the clause is the claim)
    if (relativeThat(toks, i) && !toks.slice(0, i).some((x) => x.l === 'would') && !relativeIsClaim(toks, i)) { sub = true; continue; }
    // "…, killing one and leaving dozens feared trapped": a participial clause after the main clause is its own
    if (i > 2 && toks[i - 1]!.t === ',' && isIng(t) && !t.cap) { sub = true; continue; }
    // "on worries that the steps might not work", "amid fears it may spread": the noun's content, not the claim's
    if (contentThat(toks, i) || (i > 0 && CIRCUMSTANCE.has(t.l))) { sub = true; continue; }
    if (i > 0 && (t.l === 'if' || t.l === 'unless') && hasConditionalModal(toks)) { bump('POSSIBLE', t.t); sub = true; continue; }
    // "will decide whether the law is valid": the question is the decision's object, the claim is not open
    if (i > 0 && t.l === 'whether' && inquiryBefore(toks, i)) { sub = true; continue; }
    if (sub) continue;
    // "parts of the state could see another round of snow", "markets could see further swings": a forecast, not the
    // past ability to see that makes "could see" an exception (the time stage's reading, time/context.ts)
    if (t.l === 'could' && toks[i + 1]?.l === 'see' && couldSeeAhead(' ' + toks.slice(i + 1, i + 14).map((x) => x.t).join(' '))) { bump('POSSIBLE', t.t); continue; }
    if (covered(toks, i, EXC, EXC_W)) continue;
    // "appeared caught off guard", "appeared too small to …": an impression of a state, PROBABLE (not an appearance:
    // "appeared in court"); "killed an estimated 619,000 people": a figure given as an estimate, PROBABLE
    if (appearanceHedge(toks, i) || estimatedFigure(toks, i)) { bump('PROBABLE', t.t); continue; }
    // "Should the talks fail, …": an inverted conditional, as "If the talks fail, …"
    if (i === 0 && t.l === 'should' && toks[1]?.w && (DET.has(toks[1].l) || L.PRONOUNS.includes(toks[1].l) || toks[1].cap)) { bump('POSSIBLE', t.t); continue; }
    let hit = false;
    if (HEDGE_FIRST.has(t.l)) for (const [ix, c] of HEDGE_IX) {
      const list = ix.get(t.l);
      if (!list) continue;
      for (const p of list) {
        if (matchAt(toks, i, p)) {
          // "can" and "should" only as modals before a verb-like word
          if ((p[0] === 'can' || p[0] === 'should' || p[0] === 'may') && p.length === 1 && !(toks[i + 1]?.w && !toks[i + 1]!.cap)) continue;
          if (p[0] === 'may' && t.cap && i > 0) continue; // the month
          // a source's "should" is an obligation it states ("the minister said the government should resign",
          // "critics argued the law should be scrapped"), not a judgement of likelihood; the outlet's own "should"
          // is its forecast ("the company should report earnings next week")
          if (((p[0] === 'should' && p.length === 1) || p[0] === 'ought') && opts.speaker) continue;
          if (/^\d/.test(toks[i + 1]?.t ?? '') && p.length === 1) continue; // "May 5", "could 2
          // "could not reach the village": a past inability, not a possibility
          if (p[0] === 'could' && p.length === 1 && (toks[i + 1]?.l === 'not' || toks[i + 1]?.l === "n't")) continue;
          // nominal uses are not hedges: "fears of a recession", "the hopes", "on estimates"
          // (but after "be" and a determiner the hedge is the predicate's: "a gas leak was the likely cause")
          if (p.length === 1 && NOMINAL_HEDGE.has(p[0]!) && ((i > 0 && (DET.has(toks[i - 1]!.l) || PREP.has(toks[i - 1]!.l) || /'s$/.test(toks[i - 1]!.l))) || NOMINAL_NEXT.has(toks[i + 1]?.l ?? ''))
            && !(PREDICATE_HEDGE.has(p[0]!) && i > 1 && DET.has(toks[i - 1]!.l) && BE_OR_GET.has(toks[i - 2]!.l))) continue;
          // "the widely expected rate cut came", "the long-expected report": a modifier of a noun, not a hedge
          if (p.length === 1 && ATTRIBUTIVE_HEDGE.has(p[0]!) && attributive(toks, i)) continue;
          // "the bank, as had been expected, cut rates", "earlier than many had expected": a comparison, not a hedge
          if (p.length === 1 && ATTRIBUTIVE_HEDGE.has(p[0]!) && comparison(toks, i)) continue;
          if (p.length === 1 && IDENTITY_HEDGE.has(p[0]!) && identityHedge(toks, i)) continue;
          bump(c, toks.slice(i, i + p.length).map((x) => x.t).join(' '));
          // "unlikely to reopen": probable, and of the negated proposition
          if (p.length === 1 && NEG_HEDGE.has(p[0]!)) negative = true;
          i += p.length - 1;
          hit = true;
          break;
        }
      }
      if (hit) break;
    }
    if (hit) continue;
    if ((t.l === 'if' || t.l === 'unless') && (i === 0 || hasConditionalModal(toks))) bump('POSSIBLE', t.t);
    // "No. 1", "No 10 Downing Street": a number sign; "without" negates its object, not the claim
    if (t.l === 'no' && (toks[i + 1]?.t === '.' || /^\d/.test(toks[i + 1]?.t ?? ''))) continue;
    if (t.l === 'without') continue;
    // "did not rule out a deal", "refused to rule out strikes", "cannot rule out": leaving a possibility open
    // asserts it possible, not its negation
    if (NEG.has(t.l) || NEGCUE_IX.has(t.l)) {
      const ro = ruleOutAfter(toks, i);
      if (ro > 0) { bump('POSSIBLE', toks.slice(i, ro + 1).map((x) => x.t).join(' ')); i = ro; continue; }
    }
    if (NEG.has(t.l) && !covered(toks, i, NEGEXC, NEGEXC_W)) {
      // "did not say whether X", "never claimed that X": the negator scopes over the reporting cue, not over X
      if (opts.cueAt !== undefined) {
        let k = i + 1;
        while (k < toks.length && toks[k]!.w && SKIP.has(toks[k]!.l) && k - i < 4) k++;
        if (toks[k] && toks[k]!.s === opts.cueAt) { hedges.push(t.t); cueNegated = true; continue; }
      }
      // coordinated negators ("no power and no water", "did not stop and did not call") do not cancel out
      negative = true; hedges.push(t.t); continue;
    }
    const nc = NEGCUE_IX.get(t.l);
    // "the charges could be dismissed", "the appeal was rejected": a passive participle tells the act done to the subject,
    // not a speaker's negation of a complement
    // ("Claims that troops had crossed the border were denied": after a proposition noun and "that", the passive cue denies the clause)
    if (nc && passiveAfterBe(toks, i) && !propositionSubjectBefore(toks, i)) continue;
    if (nc) for (const p of nc) if (matchAt(toks, i, p)) { negative = !negative; hedges.push(toks.slice(i, i + p.length).map((x) => x.t).join(' ')); break; }
  }
  if (opts.cue) {
    const cw = opts.cue.toLowerCase().split(/\s+/);
    if (cw.some((w) => POSS_CUE.has(w))) { if (RANK.POSSIBLE > RANK[certainty]) certainty = 'POSSIBLE'; }
    else if (cw.some((w) => PROB_CUE.has(w) && !/^estimat/.test(w))) { if (RANK.PROBABLE > RANK[certainty]) certainty = 'PROBABLE'; }
    if (cw.some((w) => NEG_CUE_WORDS.has(w)) && !cueNegated && !hedges.some((h) => NEG_CUE_WORDS.has(h.toLowerCase().split(' ')[0]!))) negative = !negative;
  }
  if (opts.source) {
    const sw = opts.source.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
    if (sw.length && ESTIMATE.has(sw[sw.length - 1]!) && RANK.PROBABLE > RANK[certainty]) certainty = 'PROBABLE';
  }
  return { certainty, polarity: negative ? 'NEGATIVE' : 'POSITIVE', status: opts.noStatus ? 'PAST' : readStatus(toks, opts), hedges };
}

/** A comparative at `k`, after degree words ("much higher", "several times higher", "far greater"), closing its phrase. */
function comparativeAt(toks: Tok[], k: number): boolean {
  let m = k;
  while (m < toks.length && m < k + 3 && toks[m]!.w && /^(much|far|even|considerably|significantly|substantially|several|many|two|three|times|a|lot|bit|little|\d.*)$/.test(toks[m]!.l)) m++;
  const c = toks[m];
  if (!c?.w || !statusWords('comparatives').has(c.l)) return false;
  // "more people", "more than 40": a counted noun phrase, not a predicate
  const n = toks[m + 1];
  return !n || !n.w || /^(than|because|since|as|in|at|for|given)$/.test(n.l) && !(n.l === 'than' && /^\d/.test(toks[m + 2]?.l ?? ''));
}

/**
 * After a verb of expectation at `i`, an object of up to four words with no verb among them, then "to" + a verb:
 * "expected aftershocks to continue", "wanted the talks to resume" (not "to have" + participle, a past inferred).
 */
function objectThenTo(toks: Tok[], i: number): boolean {
  for (let m = i + 1; m < toks.length && m <= i + 5; m++) {
    const x = toks[m]!;
    if (!x.w) return false;
    if (x.l === 'to') {
      const v = toks[m + 1];
      return m > i + 1 && !!v?.w && !v.cap && !DET.has(v.l) && v.l !== 'have' && !/^\d/.test(v.l);
    }
    if (FINITE_LIKE.has(x.l) || (m > i + 1 && /ed$/.test(x.l) && !x.cap) || x.l === 'that') return false;
  }
  return false;
}
/** The finite auxiliaries without their clitics ("'s" may be a possessive), and do-support. */
const FINITE_LIKE = S([...FINITE].filter((w) => !w.startsWith("'")).concat(['did', 'does', 'do']));

/** A lower-case "-ly" adverb of five letters or more, not an "-ly" noun or adjective ("family", "assembly", "daily"). */
const lyAdverb = (t: Tok): boolean => t.w && !t.cap && t.l.length > 4 && /ly$/.test(t.l) && !/^(family|ally|rally|supply|assembly|early|only|reply|july|italy|likely|unlikely|daily|weekly|monthly|holy)$/.test(t.l);
/**
 * The index of the word before `i` once the adverbs standing right before it are passed: the auxiliary skip words
 * ("also", "reportedly"; L.AUX_SKIP) and any `lyAdverb` ("sharply"), so a subject "Italy" or "the assembly" is not
 * passed. Goes back no further than `floor`.
 */
function adverbsBack(toks: Tok[], i: number, floor = -1): number {
  let b = i - 1;
  while (b >= 0 && b > floor && toks[b]!.w && (SKIP.has(toks[b]!.l) || lyAdverb(toks[b]!))) b--;
  return b;
}

/**
 * The subject before the verb at `i` measures something to come: a word such as "next", "upcoming", "final" in it,
 * or a head counting a coming event ("turnout", "attendance"); data/lexicon/status-words.json.
 */
function comingSubject(toks: Tok[], i: number): boolean {
  const M = statusWords('comingMarkers'), N = statusWords('comingCounts');
  const b = adverbsBack(toks, i);
  if (b >= 0 && toks[b]!.w && N.has(toks[b]!.l)) return true;
  for (let m = b; m >= 0 && m > b - 6; m--) {
    const x = toks[m]!;
    if (!x.w || FINITE.has(x.l)) return false;
    if (M.has(x.l)) return true;
  }
  return false;
}

/** A marker of a repeated or present state in the clause after `i`: "each week", "every year", "these days". */
function habitualAfter(toks: Tok[], i: number): boolean {
  const H = statusWords('habitualMarkers');
  for (let m = i + 1; m < toks.length && m < i + 10; m++) {
    const x = toks[m]!;
    if (!x.w) return false;
    if (H.has(x.l) || (toks[m + 1]?.w && H.has(`${x.l} ${toks[m + 1]!.l}`))) return true;
  }
  return false;
}

const OBJECT_PRONOUN = statusWords('objectStarts');
const MORE_PREP = statusWords('morePreps');
const SUBJECT_PRONOUN = statusWords('subjectPronouns');
/**
 * A finite present verb read from its form and its neighbours rather than from a word list: "The currency inflates
 * the value", "Marburg, a relative of Ebola, spreads through contact", "the parties hold 106 seats". The word at `i`
 * ends in "-s" (or is a present form of PRESENT_VERBS), stands after its subject (a pronoun, a name, a lower-case
 * noun, or the comma closing an aside; adverbs passed) and before its object (a determiner, a figure, an object
 * pronoun) or, after a pronoun or an aside, a preposition. Not a plural noun before a dating phrase ("officials this
 * week said") or an object relative without "that" ("residents the BBC spoke to"); not a headline.
 */
function finitePresentS(toks: Tok[], i: number, from: number): boolean {
  const t = toks[i]!;
  if (!t.w || t.cap || t.l.length < 4 || FINITE.has(t.l) || IRR.has(t.l) || statusWords('notPresentS').has(t.l)) return false;
  const listed = PRESENT.has(t.l);
  if (!listed && (!/[^s'u]s$/.test(t.l) || /(ics|ness|ous|ss)$/.test(t.l))) return false;
  const b = adverbsBack(toks, i, from - 1);
  if (b < from) return false;
  // (a relative clause opened inside the claim before it: "Mitsubishi, in which Nissan holds a stake, withdrew")
  for (let m = from + 1; m <= b; m++) if (/^(which|who|whom|whose|where)$/.test(toks[m]!.l)) return false;
  const p = toks[b]!;
  let strong = false;
  if (p.w) {
    if (DET.has(p.l) || PREP.has(p.l) || p.l === 'to' || NUMBER_WORD.has(p.l) || /^\d/.test(p.l) || FINITE.has(p.l) || SUBORDINATORS.has(p.l) && !SUBJECT_PRONOUN.has(p.l)) return false;
    if (/^(and|or|but|not|n't|never)$/.test(p.l) || isIng(p) || /ed$/.test(p.l)) return false;
    strong = SUBJECT_PRONOUN.has(p.l);
    // a base form needs a plural subject ("the parties hold"), not "the party hold"
    if (!/s$/.test(t.l) && !/^(they|we|i|you)$/.test(p.l) && !(/s$/.test(p.l) && !p.cap) && !statusWords('irregularPlurals').has(p.l)) return false;
    // (a third-person "-s" after "they/we/i/you" is a plural noun: "they rules" is no English)
    if (/s$/.test(t.l) && /^(they|we|i|you)$/.test(p.l)) return false;
  } else {
    if (p.t !== ',' || !closesAside(toks, from, b)) return false;
    strong = true;
  }
  const n = toks[i + 1];
  // (not before "that": "estimates that sales will fall" takes a clause, whose own tense decides)
  if (!n?.w || n.l === 'that') return false;
  if (DET.has(n.l) || OBJECT_PRONOUN.has(n.l) || /^\d/.test(n.l) || NUMBER_WORD.has(n.l) && !/^(at|over|about|around|record)$/.test(n.l)) {
    // "officials this week said": a dating phrase after a plural noun
    if (PERIOD.has(toks[i + 2]?.l ?? '') || /^(morning|afternoon|evening|weekend|time)$/.test(toks[i + 2]?.l ?? '')) return false;
    // "residents the BBC spoke to": a past verb right after the object's first words is an omitted "that"; "the
    // indices each fell": a floating quantifier before the past verb
    // (not after a pronoun subject: "it supplies the parts used in the engines")
    for (let m = i + 2; !strong && m < toks.length && m <= i + 4; m++) {
      const x = toks[m]!;
      if (!x.w) break;
      if (!x.cap && (IRR.has(x.l) || /[^e]ed$/.test(x.l)) && x.l.length > 3 && (m > i + 2 || /^(each|all|both)$/.test(n.l))) return false;
    }
    return true;
  }
  // (not the infinitive's "to": "we need to bear in mind that …" leaves the tense to what follows)
  return strong && n.l !== 'to' && (PREP.has(n.l) || MORE_PREP.has(n.l));
}

const PLURAL_PRONOUN = statusWords('pluralPronouns');
/**
 * The word before `i` (past adverbs: "reportedly", "also", "-ly") is a singular subject: "he", "she", "it", "this",
 * or a noun or name not ending in "s" ("the mission", "Aramco"); not a plural, a determiner, a modal or "to".
 */
function singularSubjectBefore(toks: Tok[], i: number): boolean {
  const b = adverbsBack(toks, i, i - 4);
  let p = toks[b];
  if (!p || !p.w || b < 0) return false;
  // "Tariffs on steel cost", "The delays at the port cost": the subject's head stands before its prepositional phrase
  for (let q = b - 1; q >= 0 && q >= b - 4; q--) {
    const x = toks[q]!;
    if (!x.w) break;
    if (PREP.has(x.l) && x.l !== 'to' && x.l !== 'than' && x.l !== 'as' && toks[q - 1]?.w && !DET.has(toks[q - 1]!.l) && !PREP.has(toks[q - 1]!.l)) { p = toks[q - 1]!; break; }
    if (FINITE.has(x.l) || SKIP.has(x.l)) break;
  }
  if (statusWords('irregularPlurals').has(p.l)) return false;
  if (/^(he|she|it|this)$/.test(p.l)) return true;
  if (PLURAL_PRONOUN.has(p.l) || DET.has(p.l) || /^\d/.test(p.l) || NUMBER_WORD.has(p.l)) return false;
  if (FUT_MODAL.has(p.l) || WEAK.has(p.l) || /^(to|do|does|did|not|n't|and|or)$/.test(p.l)) return false;
  return !/s$/.test(p.l) || /(ss|us|is)$/.test(p.l);
}

/**
 * The index of "out" when a negator or a refusal at `i` governs "rule out" ("did not rule out", "can't rule out",
 * "refused to rule out", "has not ruled out", "is not ruling out"); else -1. Auxiliaries and adverbs may stand between.
 */
function ruleOutAfter(toks: Tok[], i: number): number {
  let k = i + 1;
  if (toks[k]?.l === 'to') k++;
  while (k < toks.length && k - i < 5 && toks[k]!.w && (SKIP.has(toks[k]!.l) || toks[k]!.l === 'be' || toks[k]!.l === 'to' || toks[k]!.l === 'yet' || toks[k]!.l === 'entirely' || toks[k]!.l === 'completely')) k++;
  const r = toks[k], o = toks[k + 1];
  return r && o && /^rul(e|es|ed|ing)$/.test(r.l) && o.l === 'out' ? k + 1 : -1;
}

function nextWord(toks: Tok[], i: number): number {
  let k = i + 1;
  while (k < toks.length && (!toks[k]!.w || SKIP.has(toks[k]!.l)) && k - i < 6) {
    if (toks[k]!.w && toks[k]!.l === 'been') break;
    k++;
  }
  return k;
}
const isParticiple = (t: Tok | undefined): boolean => !!t && t.w && !t.cap && (/(ed|en|wn|un|ne|lt|pt)$/.test(t.l) || IRR.has(t.l));
const isIng = (t: Tok | undefined): boolean => !!t && t.w && /ing$/.test(t.l) && t.l.length > 4;

/** After "it is unclear/not known", the index where the embedded wh-clause's subject starts; 0 when there is none. */
function openQuestionClause(toks: Tok[]): number {
  const w = toks.filter((t) => t.w);
  // ("it remains unclear whether …", "it seemed unclear if …": a linking verb as "is")
  if (w.length < 5 || w[0]!.l !== 'it' || !(BE_ANY.has(w[1]!.l) || /^(remains|remained|seems|seemed)$/.test(w[1]!.l))) return 0;
  let j = 2;
  if (w[j]!.l === 'not' || w[j]!.l === "n't" || w[j]!.l === 'still') j++;
  // "it is not yet known how many", "it was not immediately clear what"
  if (w[j] && /^(yet|immediately|entirely|exactly|still)$/.test(w[j]!.l)) j++;
  if (!OPEN_Q.has(w[j]!.l) || !WH.has(w[j + 1]?.l ?? '')) return 0;
  let k = j + 2;
  if (w[k] && /^(many|much|long|far|soon|often)$/.test(w[k]!.l)) k++;
  return w[k] ? toks.indexOf(w[k]!) : 0;
}

/** Words after "due to" that name a cause, not an event to come ("due to bad weather", "due to a strike"). */
const CAUSE_START = statusWords('causeStarts');
/** "due" as a schedule ("due to arrive", "due in April", "due.") rather than a cause ("due to bad weather"). */
function dueSchedule(toks: Tok[], k: number): boolean {
  const n = toks[k + 1];
  if (!n || !n.w) return true;
  if (n.l !== 'to') return DUE_NEXT.has(n.l);
  const v = toks[k + 2];
  return headlineVerb(v) && !isIng(v) && !CAUSE_START.has(v!.l) && !/'s$/.test(v!.l) && !/(s|ly)$/.test(v!.l);
}

/** The word after a headline's "to" reads as a verb: lower-case, not a determiner, number or abstract-noun form. */
function headlineVerb(t: Tok | undefined): boolean {
  return !!t && t.w && !t.cap && !DET.has(t.l) && !/^\d/.test(t.l) && !NUMBER_WORD.has(t.l) && !/(ion|ment|ness|ity|ery|ance|ence|ship|dom|ism)$/.test(t.l);
}

/** The span opened at `j` ("before the ceasefire began last year") is closed by a past form or a past date in its clause. */
function pastSpanAfter(toks: Tok[], j: number): boolean {
  if (pastDated(toks, j)) return true;
  for (let m = j + 1; m < toks.length; m++) {
    const x = toks[m]!;
    if (!x.w) { if (x.t === ',' || x.t === ';') break; continue; }
    if (!x.cap && (IRR.has(x.l) || /[^e]ed$/.test(x.l) || /^(last|ago|yesterday|earlier)$/.test(x.l))) return true;
  }
  return false;
}

/**
 * The content of a past pledge is a thing given, not an act to come: the cue's last word is a past form of pledging
 * (data/lexicon/status-words.json givenPledges: "pledged", "promised") and the content `toks` is a noun phrase, with no
 * "to" + verb, "that", modal or other finite verb in it ("pledged €100 million", "pledged help through its embassy").
 */
function givenPledge(cw: string[], toks: Tok[]): boolean {
  const first = toks.find((t) => t.w);
  if (!statusWords('givenPledges').has(cw[cw.length - 1] ?? '') || !first || first.l === 'that') return false;
  if (toks.some((t, j) => t.w && (FINITE_LIKE.has(t.l) || (t.l === 'to' && headlineVerb(toks[j + 1]) && !/^\d/.test(toks[j + 1]!.t))))) return false;
  // (only a thing that can be handed over, an amount or an aid noun: "promised a referendum", "pledged a full
  // investigation" are events still to come)
  return toks.some((t) => /^[\d$€£¥]/.test(t.t) || (t.w && (NUMBER_WORD.has(t.l) || statusWords('givenPledgeObjects').has(t.l))));
}

/**
 * The prospective predicate at `j` ("set", "poised", "likely", "expected": data/lexicon/status-words.json
 * prospectivePredicates) heads a verb group looking ahead: "to" and a verb follow it, straight away or after a short
 * dating phrase with no comma ("appeared set on Thursday to become"). "due" only as a schedule ("due to arrive", not
 * "due to bad weather"), "about" only right before "to".
 */
function prospectiveAt(toks: Tok[], j: number): boolean {
  const p = toks[j];
  if (!p?.w || p.cap || !statusWords('prospectivePredicates').has(p.l)) return false;
  if (p.l === 'due' && !dueSchedule(toks, j)) return false;
  for (let k = j + 1; k < toks.length && k <= j + (p.l === 'about' ? 1 : 4); k++) {
    const x = toks[k]!;
    if (!x.w) return false;
    if (x.l === 'to') { const v = toks[k + 1]; return headlineVerb(v) && v!.l !== 'have' && v!.l !== 'be' ? true : !!v && v.l === 'be' && !!toks[k + 2]?.w; }
    if (FINITE.has(x.l) || x.l === 'that' || x.l === 'and' || x.l === 'but') return false;
  }
  return false;
}

/**
 * The clause's verb group at `i` looks ahead through a prospective predicate ("set to", "likely to", prospectiveAt)
 * that no "be" carries: after a verb of seeming ("Prabowo appeared set to become president", "seemed likely to
 * resign": data/lexicon/status-words.json seemVerbs), or with no finite verb before it in the clause, as in an absolute
 * phrase or a headline-like clause ("with the first expected to enter service in the 2040s", "Reeves reportedly set to
 * become chancellor"). Not after a determiner, "to" or a pronoun subject ("he set to work", "they expected to win" are
 * past acts of their own), nor in a clause with a finite verb of its own.
 */
function prospectiveGroup(toks: Tok[], i: number, from: number): boolean {
  const t = toks[i]!;
  if (!t.w || t.cap) return false;
  if (statusWords('seemVerbs').has(t.l)) {
    let j = i + 1;
    while (j < toks.length && j - i < 3 && toks[j]!.w && SKIP.has(toks[j]!.l) && !statusWords('prospectivePredicates').has(toks[j]!.l)) j++;
    if (!prospectiveAt(toks, j)) return false;
    // (not a past seeming that a past date, a past clause or a later past event closes: "seemed set to win the title
    // last season", "appeared certain to win but lost the vote")
    // (from the infinitive on: "appeared set on Thursday to become" dates the seeming; nor "after"/"before" a noun, a
    // span that may lie ahead: "set to become president after the vote")
    let v = j + 1;
    while (v < toks.length && toks[v]!.l !== 'to') v++;
    if (/ed$/.test(t.l) && (pastWordAfter(toks, v) || datedByPastClause(toks, v) || laterEventVerb(toks, v, eventPast))) return false;
    return true;
  }
  if (i <= from || !prospectiveAt(toks, i)) return false;
  const prev = toks[i - 1]!;
  if (!prev.w || DET.has(prev.l) || prev.l === 'to' || statusWords('subjectPronouns').has(prev.l)) return false;
  // (nor a reduced relative before the clause's own finite verb: "the plant expected to close next year is …")
  for (let m = from; m < toks.length; m++) if (m !== i && toks[m]!.w && FINITE_LIKE.has(toks[m]!.l)) return false;
  return true;
}

/** A past dating word in the clause after `v`: "last season", "two years ago", "yesterday", "earlier this year". */
function pastWordAfter(toks: Tok[], v: number): boolean {
  for (let m = v + 1; m < toks.length && m < v + 16; m++) {
    const x = toks[m]!;
    if (!x.w) { if (x.t === ',' || x.t === ';') break; continue; }
    if (/^(last|ago|yesterday|earlier|previous)$/.test(x.l)) return true;
  }
  return false;
}

/** Where the claim's own clause ends: the start of a relative or participial clause opened after its main verb. */
export interface StatusInfo {
  embeddedAt?: number;
  /** the status came from a verb form, not a default */
  fromVerb?: boolean;
  /** the status came from a finite present the rules are sure of (the main verb after an aside, a present in -s) */
  presentVerb?: boolean;
  /** the past form the status was read from, when it was one */
  pastWord?: string;
  /** offset of the "to" of an infinitive complement of that past form ("agreed on Tuesday to buy", "ordered her to report") */
  pastInfinitiveAt?: number;
  /** offset of the "too" of a backshifted "was too early to say" read as knowledge still lacking (ONGOING) */
  tooEarlyAt?: number;
}

// past forms the "-ed" rule misses: a stem in "-ee" ("agreed", "freed") and verbs in "un-" ("unveiled", "uncovered")
const EED_PAST = /^(agreed|disagreed|freed|decreed|guaranteed|refereed|emceed)$/;
const UN_VERB_PAST = /^un(veiled|covered|leashed|locked|loaded|folded|earthed|sealed|wrapped|plugged|packed|dermined|derscored|derlined|derpinned|dercut|derperformed|derestimated|dervalued|dertook|derwent|derstood|derwrote)$/;
/** A past form of an event verb (an irregular past or "-ed"), not a stative one, for the backshift guard. */
const eventPast = (w: string): boolean => (IRR.has(w) || (/[^e]ed$/.test(w) && w.length > 4)) && !STATIVE.has(w) && !isStateVerbPast(w) && !BACKSHIFT_STATE.has(w);
/** A participle opening an aside after a noun: "cut off", "backed by", "hit hardest", "known as". */
function asideParticiple(l: string): boolean {
  return (l.length > 4 && l.endsWith('ed')) || IRR.has(l);
}

/**
 * A participial aside opens at `i` (after a comma): a participle ("made at 4 pm", "cut off"), one after an adverb
 * ("first detected in May", "newly elected") or "to be" + participle ("to be sold as …").
 */
function asideOpener(toks: Tok[], i: number): boolean {
  const t = toks[i]!;
  if (asideParticiple(t.l)) return true;
  const n = toks[i + 1];
  if (!n?.w || n.cap) return false;
  if (t.l === 'to' && n.l === 'be') return isParticiple(toks[i + 2]) && !isIng(toks[i + 2]);
  return (statusWords('asideAdverbs').has(t.l) || lyAdverb(t)) && asideParticiple(n.l);
}

/** The word at `k` after an aside's closing comma is the clause's verb: a present in -s read by finitePresentS. */
function verbAfterAside(toks: Tok[], k: number, from: number): boolean {
  if (finitePresentS(toks, k, from)) return true;
  const t = toks[k]!, n = toks[k + 1];
  // (a subject, verb and aside are read: the word after the aside is no noun when a finite verb does not follow it)
  if (!t.w || t.cap || t.l.length < 4 || FINITE.has(t.l) || statusWords('notPresentS').has(t.l) || DET.has(t.l) || PREP.has(t.l)) return false;
  if (n?.w && (FINITE.has(n.l) || PRESENT.has(n.l))) return false;
  return PRESENT.has(t.l) || (/[^s'u]s$/.test(t.l) && !/(ics|ness|ous|ss)$/.test(t.l));
}

/** The comma at index c closes an aside opened by a comma after position `from` with no verb read between. */
function closesAside(toks: Tok[], from: number, c: number): boolean {
  let commas = 0;
  for (let m = from; m < c; m++) if (!toks[m]!.w && toks[m]!.t === ',') commas++;
  return commas % 2 === 1;
}

/**
 * "was moving at 8 knots when it struck the pier", "were on patrol as the bomb went off": a "when"/"as" clause with a
 * past verb, or "at the time", after the predicate at `k` dates a backshifted state or activity to a past moment.
 */
function datedByPastClause(toks: Tok[], k: number): boolean {
  for (let m = k + 1; m < toks.length && m < k + 16; m++) {
    const l = toks[m]!.l;
    if (l === 'at' && toks[m + 1]?.l === 'the' && toks[m + 2]?.l === 'time') return true;
    if (l !== 'when' && l !== 'as') continue;
    for (let q = m + 1; q < m + 5 && q < toks.length; q++) if (toks[q]!.w && !toks[q]!.cap && (IRR.has(toks[q]!.l) || /[^e]ed$/.test(toks[q]!.l))) return true;
  }
  return false;
}

const PERIOD = statusWords('periods');
const FREQ_ADV = statusWords('habitAdverbs');
/**
 * "said the plant produced 10,000 cars a year", "said the clinic treated 200 patients every day": a backshifted past
 * with a rate ("a/per/each/every" + period) or an adverb of habit in its clause tells a habit that still holds.
 */
const HABIT_DATED = statusWords('habitDated');
const WEEKDAY_OR_MONTH = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d+)$/;
/**
 * A phrase in the clause after the past form at `i` dates it to a past period or moment ("a day last week", "during
 * the siege", "in 2019", "on Monday"): the backshifted state or habit no longer holds.
 */
function pastDated(toks: Tok[], i: number): boolean {
  for (let m = i + 1; m < toks.length && m < i + 16; m++) {
    const x = toks[m]!;
    if (!x.w) { if (x.t === ',' || x.t === ';') break; continue; }
    const n1 = toks[m + 1]?.l ?? '', n2 = toks[m + 2]?.l ?? '';
    if (x.l === 'on' && WEEKDAY_OR_MONTH.test(n1)) return true;
    if (HABIT_DATED.has(x.l) && (x.l !== 'in' || /^\d{4}$/.test(n1) || WEEKDAY_OR_MONTH.test(n1) && !/^\d/.test(n1) || /^(the|that|those)$/.test(n1) && /^(past|first|early|late|years|months|weeks|days|war|siege)$/.test(n2))) return true;
  }
  return false;
}

/**
 * After "must", a state inferred or required now rather than an obligation to be carried out: a state verb ("must
 * know the risks", "must feel abandoned", "must remain closed": data/lexicon/status-backshift.json
 * inferenceStateVerbs), or "be" + anything but a passive participle of an act ("must be in shock", "must be
 * exhausted", "must be terrified"; not "must be approved").
 */
function inferredState(nx: Tok, after: Tok | undefined): boolean {
  if (isInferenceStateVerb(nx.l)) return true;
  if (nx.l !== 'be') return false;
  if (!isParticiple(after)) return true;
  const w = after!.l;
  return STATES.has(w) || BACKSHIFT_STATE.has(w) || isStatePredicate(w) || isEmotionParticiple(w);
}

/** After "by", a time to come: a season or other time word, or a weekday, month or number (WEEKDAY_OR_MONTH). */
const LATER_TIME_AFTER_BY = /^(summer|spring|autumn|fall|winter|then|tomorrow|tonight|next|the|year|month|week)$/;
const laterAfterBy = (w: string): boolean => LATER_TIME_AFTER_BY.test(w) || WEEKDAY_OR_MONTH.test(w);
/** A time to come in the clause after `k`: "soon", "tomorrow", "next week", "later this year", "by summer", "by 2030". */
function laterTimeAfter(toks: Tok[], k: number): boolean {
  for (let m = k + 1; m < toks.length && m < k + 12; m++) {
    const x = toks[m]!;
    if (!x.w) { if (x.t === ',' || x.t === ';') break; continue; }
    if (/^(soon|tomorrow|shortly|later)$/.test(x.l)) return true;
    if (x.l === 'next' && /^(week|month|year|day|season|spring|summer|autumn|fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(toks[m + 1]?.l ?? '')) return true;
    if (x.l === 'by' && laterAfterBy(toks[m + 1]?.l ?? '') && (toks[m + 1]!.l !== 'the' || /^(end|time|weekend)$/.test(toks[m + 2]?.l ?? ''))) return true;
  }
  return false;
}

/** A "since" or "for" + period within the clause after `k` ("been closed since January", "been missing for a week"). */
function durationAfter(toks: Tok[], k: number): boolean {
  for (let m = k + 1; m < Math.min(toks.length, k + 10); m++) {
    const x = toks[m]!;
    if (!x.w && x.t !== '-') break;
    if (x.l === 'since' || (x.l === 'for' && /^(the|a|an|\d+|two|three|four|five|six|several|many|more|nearly|almost|over|about|weeks|months|years|days|decades|hours)$/.test(toks[m + 1]?.l ?? '') && stretchAfterFor(toks, m))) return true;
  }
  return false;
}

const ORDINAL_OCCASION = /^(first|second|third|fourth|fifth|last|final|next)$/;
/** "for the first time", "for the third time" at `k`. */
const occasionAt = (toks: Tok[], k: number): boolean => toks[k]?.l === 'for' && toks[k + 1]?.l === 'the' && ORDINAL_OCCASION.test(toks[k + 2]?.l ?? '') && toks[k + 3]?.l === 'time';
/**
 * A noun phrase may open at `j` (a prenominal adjective): the clause starts there, or a determiner ("a new cut"), "no",
 * a preposition ("for further spread"), a possessive, a number or another prenominal adjective comes right before.
 */
function nounPhraseOpens(toks: Tok[], j: number, from: number): boolean {
  if (j === from) return true;
  const p = toks[j - 1];
  if (!p) return true;
  return DET.has(p.l) || PREP.has(p.l) || p.l === 'no' || p.t === "'s" || p.t === '’s' || /^\d/.test(p.t) || PRENOMINAL.has(p.l);
}

/** "for the past week", "for more than two years": a unit of time closes the phrase after "for" at `m`; not a count of
 * occasions ("for the first time", "for a third term", "for the second year running" is a count too). */
function stretchAfterFor(toks: Tok[], m: number): boolean {
  for (let q = m + 1; q < toks.length && q <= m + 5; q++) {
    const y = toks[q]!;
    if (!y.w) return false;
    if (SPAN_UNIT.test(y.l)) return !ORDINAL_OCCASION.test(toks[q - 1]!.l);
  }
  return false;
}

function habitual(toks: Tok[], i: number): boolean {
  let rate = false;
  // (not one a phrase dates to a past period: "killed 20 people a day last week", "a day during the siege")
  if (pastDated(toks, i)) return false;
  for (let m = i + 1; m < toks.length && m < i + 12 && !rate; m++) {
    const x = toks[m]!;
    if (!x.w) { if (x.t === ',' || x.t === ';') return false; continue; }
    if (SUBORDINATORS.has(x.l) && x.l !== 'than') return false;
    if (FREQ_ADV.has(x.l)) rate = true;
    if (/^(a|an|per|each|every)$/.test(x.l) && PERIOD.has(toks[m + 1]?.l ?? '')) rate = true;
  }
  return rate;
}

/**
 * Whether the sentence before `upTo` (the "too" of "was too early to say") places the saying at a past moment: a
 * resolved time in an earlier month or year than the publication ("In March 2020, …", "Speaking after the 2019 crash,
 * …"; not a recent day, "said on Monday", whose knowledge is still the report's), or a frame of a past moment
 * (data/lexicon/status-words.json pastMomentFrames: "at the time", "back then").
 */
function pastKnowledgeFrame(doc: NlpDoc, text: string, at: number, upTo: number, anchor: string | undefined): boolean {
  const sent = doc.sentences.find((x) => x.start <= at && x.end >= at);
  const from = sent ? sent.start : at;
  if (anchor && doc.times.some((t) => t.start >= from && t.end <= upTo && /^\d{4}/.test(t.value) && t.value.slice(0, 7) < anchor.slice(0, 7) && (t.value.length >= 7 || t.value.slice(0, 4) < anchor.slice(0, 4)))) return true;
  const words = text.slice(from, upTo).toLowerCase().split(/[^\p{L}]+/u).filter(Boolean).join(' ');
  for (const f of statusWords('pastMomentFrames')) if ((' ' + words + ' ').includes(' ' + f + ' ')) return true;
  return false;
}

export function readStatus(toks: Tok[], opts: { reported: boolean; cue?: string; anchorYear?: number; pastCue?: boolean; headline?: boolean }, info?: StatusInfo): Status {
  const cw = (opts.cue ?? '').toLowerCase().split(/\s+/);
  // ("The family pledged €100 million", "the United States pledged help": a pledge of a thing, with no verb of what is
  // to be done, is the act of giving it, told as done; "pledged to rebuild", "promised that it would" look ahead)
  if (cw.some((w) => EXPECT.has(w)) && !givenPledge(cw, toks)) return 'FUTURE';
  // "agreed to resume talks", "intends to hold two referendums": the infinitive after a cue of intention is to come
  if (COMMIT.has(cw[cw.length - 1]!) && toks[0]?.l === 'to' && toks[1]?.w && !toks[1].cap && toks[1].l !== 'have' && !DET.has(toks[1].l)) {
    // ("agreed to resume talks next month": the agreement told as done is past; the dates after "to" are of what was agreed)
    if (!statusWords('doneCommitments').has(cw[cw.length - 1]!)) return 'FUTURE';
    if (info) { info.fromVerb = true; info.pastWord = cw[cw.length - 1]; info.pastInfinitiveAt = toks[0].s; }
    return 'PAST';
  }
  let st: Status | undefined;
  let hasState = false;
  let stateBefore = false;
  let negated = false;
  let pastPerfect = false;
  // the offset of a participle told as an event in a present perfect passive ("have been hospitalised"), not a state
  let perfectEvent = -1;
  let presentCand = false;
  let hlOngoing = false;
  // the status was read from a present form by finitePresentS (not a verb form the cue's modal defers to)
  let presentSure = false;
  // ", launched by a US company, failed last month": after a participial phrase set off by commas, the next
  // comma-led past form is the main verb
  let afterParticiple = false;
  // a clause opened after the main verb was read ("…, fearing that …", "…, which …") is embedded: its "will"
  // does not make the claim future
  let embedded = false;
  // the index of the word after a participial aside skipped before the main verb
  let mainAt = -1;
  // "If elected, she would …", "When the talks end, …": a fronted clause up to its comma does not give the tense
  let from = 0;
  // (also after the complementizer of reported speech: "said that if the talks failed, the army would attack")
  const lead = toks[0]?.l === 'that' && toks[1]?.w ? 1 : 0;
  if (toks[lead]?.w && FRONT_CLAUSE.has(toks[lead]!.l)) {
    const comma = toks.findIndex((x, j) => j > lead && !x.w && x.t === ',');
    if (comma > 0 && comma < toks.length - 2) from = comma + 1;
  }
  // "it is unclear how many people were inside": the open question's own clause gives the tense
  from = Math.max(from, openQuestionClause(toks));
  from = afterSubjectRelative(toks, from);
  from = afterWhSubject(toks, from);
  for (let i = from; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.w) continue;
    // "The number of missing people rose to 159": a state word in the subject does not make the claim a state
    if (STATES.has(t.l) && t.s !== perfectEvent) { if (st || presentCand) { if (!embedded) hasState = true; } else stateBefore = true; }
    if (t.l === 'not' || t.l === "n't" || t.l === 'never') negated = true;
    // ("raised rates, a move that will hurt borrowers": a relative "that" after a noun, as readTokens reads it for hedges)
    if ((st || presentCand) && i > 0 && (EMBED.has(t.l) || contentThat(toks, i) || relativeThat(toks, i)
      // "…, meaning that the layoffs will …": a participial clause after the main verb
      || (isIng(t) && toks[i - 1]!.t === ',' && !t.cap)
      // "…, expected to rise to 57 % by the end of the year": a participle clause after the main verb
      || (st && toks[i - 1]!.t === ',' && !t.cap && /ed$/.test(t.l) && t.l.length > 4 && toks[i + 1]?.l === 'to'))) {
      embedded = true;
      if (info && info.embeddedAt === undefined && (RELATIVE.has(t.l) || isIng(t) || /ed$/.test(t.l))) info.embeddedAt = t.s;
      // the main verb was a present form ("Features include a camera, which will …"): the rest is the clause's
      if (!st && presentCand) break;
    }
    // a non-restrictive relative clause before the main verb ("The ship, which sank in 1912, is now …") is skipped
    if (!st && i > 1 && (t.l === 'which' || t.l === 'who') && toks[i - 1]!.t === ',') {
      const close = toks.findIndex((x, j) => j > i && !x.w && x.t === ',');
      if (close > 0 && toks.slice(close + 1).some((x) => x.w)) { i = close; continue; }
    }
    // so is an apposition after a name ("Chopra, a junior commissioned officer in the army, is expected to …")
    // (or "the": "Vichai, the Thai businessman who bought the club in 2010, is expected to fly in"; and a participle
    // aside: "Electricity and banking, cut off for over a year, are to be restored")
    // (the aside's participle may follow an adverb or "to be": "The strain, first detected in May, appears to …", "The
    // drug, to be sold as Leqembi, is …"; and the clause's verb after it may be a present in -s: "The filing, made at
    // 4 pm in Detroit, lists debts")
    if (!st && !presentCand && i > 1 && toks[i - 1]!.t === ',' && toks[i - 2]!.w && t.w && !t.cap
      && (((t.l === 'a' || t.l === 'an' || t.l === 'the') && toks[i - 2]!.cap) || asideOpener(toks, i))) {
      const close = toks.findIndex((x, j) => j > i && !x.w && x.t === ',');
      const art = t.l === 'a' || t.l === 'an' || t.l === 'the';
      // (adverbs may stand before that verb: "…, still stands")
      let v = close + 1;
      while (!art && v < toks.length && v - close < 3 && toks[v]!.w && SKIP.has(toks[v]!.l) && !FINITE.has(toks[v]!.l)) v++;
      if (close > 0 && close - i <= (art ? 12 : 16) && toks[v]?.w && (FINITE.has(toks[v]!.l) || (!art && verbAfterAside(toks, v, from)))) { mainAt = v; i = close; continue; }
    }
    if ((t.l === 'will' || t.l === "'ll" || t.l === 'shall' || t.l === 'wo') && !embedded) {
      const k = nextWord(toks, i);
      if (toks[k]?.l !== 'have' || toks[k + 1]?.l === 'to') return 'FUTURE';
    }
    if (st) continue;
    const l = t.l;
    // the present in -s right after a skipped aside is the clause's verb ("The strain, first detected in May, appears to
    // spread"): what its infinitive holds does not give the tense
    if (i === mainAt && !FINITE.has(l) && !IRR.has(l) && !FUT_VERB.has(l) && verbAfterAside(toks, i, from)) { st = 'ONGOING'; presentSure = true; continue; }
    // "appeared set to become", "with the first expected to enter service": a prospective predicate heads the verb group
    if (prospectiveGroup(toks, i, from)) { st = 'FUTURE'; continue; }
    if (FUT_MODAL.has(l) || WEAK.has(l)) {
      if (WEAK.has(l) && /^(can|must)$/.test(l) && i === 0) continue;
      if (modalOutOfScope(toks, i, (x) => IRR.has(x.l))) continue;
      const k = nextWord(toks, i);
      const nx = toks[k];
      if (!nx || !nx.w || nx.cap) continue;
      // "would have reached" is a past counterfactual; "would have about 30,000 employees" is "have" as the main verb
      if (nx.l === 'have') {
        const v = toks[k + 1];
        st = v && (v.l === 'been' || isParticiple(v) || IRR.has(v.l)) ? 'PAST' : (l === 'must' || l === 'can' ? 'ONGOING' : 'FUTURE');
        continue;
      }
      // "He would later become president", "went on to": the narrated future of a past, already reached
      if (l === 'would' && !opts.reported && toks.slice(i + 1, k + 1).some((x) => x.l === 'later') ) { st = 'PAST'; continue; }
      if (l === 'would' && !opts.reported && nx.l === 'go' && toks[k + 1]?.l === 'on' && toks[k + 2]?.l === 'to') { st = 'PAST'; continue; }
      // "would not say/confirm": a refusal that has happened, not a future
      if (l === 'would' && SAY.has(nx.l) && toks.slice(i + 1, k).some((x) => x.l === 'not' || x.l === "n't")) { st = 'PAST'; continue; }
      // "would like to", "would rather": a present wish
      if (l === 'would' && DESIRE.has(nx.l)) { st = 'ONGOING'; continue; }
      // "may be in hiding", "could be trapped": a possible present state
      // ("may be currently at sea": adverbs after "be" are skipped)
      let kb = k + 1;
      while (nx.l === 'be' && toks[kb]?.w && SKIP.has(toks[kb]!.l) && kb - k < 3) kb++;
      if (WEAK.has(l) && nx.l === 'be' && toks[kb]?.w && (STATE_PREP.has(toks[kb]!.l) || STATES.has(toks[kb]!.l) || POSSIBLE_STATE.has(toks[kb]!.l))) { st = 'ONGOING'; continue; }
      // "may be hiding", "might be planning an attack": a possible activity in progress now
      // (not with a time to come after it: "prices might be rising again soon", "may be visiting the island by summer";
      // "could be facing fines" stays FUTURE: "could" is also the past of "can" and a conditional, so its progressive
      // reads as what would follow, not as a guess about now)
      if ((l === 'may' || l === 'might') && nx.l === 'be' && isIng(toks[kb]) && !toks[kb]!.cap && !laterTimeAfter(toks, kb)) { st = 'ONGOING'; continue; }
      // "the situation there may be worse than in Palu": a guess about how things stand now (data/lexicon/status-words.json
      // epistemicModals; not "could", not negated, not with a time to come after it)
      if (statusWords('epistemicModals').has(l) && nx.l === 'be' && k === i + 1 && comparativeAt(toks, kb) && !laterTimeAfter(toks, kb)) { st = 'ONGOING'; continue; }
      if (nx.l === 'be' && (toks[k + 1]?.l === 'seen' || toks[k + 1]?.l === 'heard')) { st = 'PAST'; continue; }
      if (l === 'could' && (nx.l === 'see' || nx.l === 'hear' || nx.l === 'feel')) { st = 'PAST'; continue; }
      // "rescuers could not reach the village": a past inability
      if (l === 'could' && /^(not|n't)$/.test(toks[i + 1]?.l ?? '')) { st = 'PAST'; continue; }
      // "must leave within 30 days", "must be approved by parliament": an obligation whose fulfilment is to come ("must
      // be exhausted", "must be terrified", "must know the risks", "must remain closed": a state inferred or required
      // now, see inferredState) holds
      if (l === 'must' && !inferredState(nx, toks[kb])) { st = 'FUTURE'; continue; }
      if (l === 'can' || l === 'must') { st = 'ONGOING'; continue; }
      st = 'FUTURE';
      continue;
    }
    if ((BEP.has(l) || BEPAST.has(l)) && !clockAm(toks, i)) {
      // (a manner adverb sits inside the verb group before its participle: "was temporarily halting", "were badly
      // damaged", as "have unexpectedly defeated" in the perfect; only those of data/lexicon/status-words.json
      // mannerLyAdverbs, not an adverb of degree before an adjective in -ing or -ed, "was deeply shocking", nor one
      // saying the state ended, "was briefly closed")
      let k = nextWord(toks, i);
      while (k < toks.length && k - i < 6 && toks[k]!.w && !toks[k]!.cap && statusWords('mannerLyAdverbs').has(toks[k]!.l) && (isIng(toks[k + 1]) || isParticiple(toks[k + 1]))) k++;
      const nx = toks[k];
      const present = BEP.has(l);
      // "the real toll is likely to be much higher", "said the number was likely to be several times higher": an
      // estimate of a quantity as it stands, not an event to come (not with a time to come after it)
      // (not the measure of something to come: "Turnout is likely to be higher than in 2019", "The next bill is likely
      // to be higher")
      if (nx?.l === 'to' && toks[k + 1]?.l === 'be' && toks.slice(i + 1, k).some((x) => x.l === 'likely') && comparativeAt(toks, k + 2) && !laterTimeAfter(toks, k + 2) && !comingSubject(toks, i)) { st = 'ONGOING'; continue; }
      // "is yet to be determined": still open, as "has yet to"
      if (nx?.l === 'to' && toks.slice(i + 1, k).some((x) => x.l === 'yet')) { st = 'ONGOING'; continue; }
      // "Canberra was ready to send help", "We are ready to talk": readiness is a state holding now, in reported speech too
      // (data/lexicon/status-words.json readinessStates; not with a time to come after it: "ready to sign next week"; nor a
      // past readiness a past day dates: "were ready to leave on Monday")
      if (nx && nx.w && statusWords('readinessStates').has(nx.l) && toks[k + 1]?.l === 'to' && !laterTimeAfter(toks, k + 1) && (present || !pastDated(toks, k + 1))) { st = 'ONGOING'; continue; }
      // "police said it was too early to say what caused the fire": a state of knowledge when the report was written,
      // as the present "it is too early to say" (data/lexicon/status-words.json tooEarlyAdjectives, tooEarlyVerbs; in
      // reported speech only, and not one a past day dates: "was too early to say on Monday")
      if ((present || opts.reported) && nx?.l === 'too' && statusWords('tooEarlyAdjectives').has(toks[k + 1]?.l ?? '') && toks[k + 2]?.l === 'to'
        && statusWords('tooEarlyVerbs').has(toks[k + 3]?.l ?? '') && (present || !pastDated(toks, k + 3))) { if (!present && info) info.tooEarlyAt = nx.s; st = 'ONGOING'; continue; }
      // "is planning to sell", "are preparing to leave"
      if (nx && nx.w && FUT_PROG.has(nx.l) && toks[k + 1]?.l === 'to' && headlineVerb(toks[k + 2])) { st = 'FUTURE'; continue; }
      // "the economy is on track to grow 3%", "is on course to win": heading for what is to come
      if (nx && nx.l === 'on' && ON_COURSE.has(toks[k + 1]?.l ?? '') && toks[k + 2]?.l === 'to' && headlineVerb(toks[k + 3])) { st = 'FUTURE'; continue; }
      // "was prepared to raise rates": readiness for what is to come
      if (nx && nx.w && READY.has(nx.l) && toks[k + 1]?.l === 'to' && headlineVerb(toks[k + 2])) { st = 'FUTURE'; continue; }
      if (nx && nx.w && FUT_BE.has(nx.l) && (nx.l !== 'due' || dueSchedule(toks, k))) {
        if (nx.l === 'to') {
          const v = toks[k + 1];
          if (v && v.w && !v.cap && !DET.has(v.l) && !/^\d/.test(v.l) && v.l !== 'have') { st = 'FUTURE'; continue; }
        } else if (toks[k + 1]?.l === 'to' && toks[k + 2]?.l === 'have') { st = 'PAST'; continue; }
        else if (toks[k + 1]?.l === 'to' || nx.l === 'expected' || nx.l === 'anticipated' || nx.l === 'scheduled' || nx.l === 'due' || nx.l === 'slated' || nx.l === 'forecast') { st = 'FUTURE'; continue; }
      }
      if (nx && isParticiple(nx) && toks[k + 1]?.l === 'to' && toks[k + 2]?.l === 'have') { st = 'PAST'; continue; }
      if (nx && isParticiple(nx) && toks[k + 1]?.l === 'to' && toks[k + 2]?.l === 'be') { st = present ? 'ONGOING' : (opts.reported ? 'ONGOING' : 'PAST'); continue; }
      // "More increases are likely.", "Further strikes are planned.": a predicate of what may come, closing its clause
      // (backshifted in reported speech too: "the agency said aftershocks were likely", "said a deal was imminent")
      const ahead = present || opts.reported;
      if (ahead && nx && nx.w && AHEAD_PRED.has(nx.l) && (!toks[k + 1] || !toks[k + 1]!.w)) { st = 'FUTURE'; continue; }
      // (or followed by a span still to come: "an eruption is possible within hours", "an escalation was unlikely before the
      // inauguration": data/lexicon/status-words.json aheadTimeStarts)
      // (not a span a past event or date closes: "was possible before the ceasefire began last year")
      if (ahead && nx && nx.w && AHEAD_PRED.has(nx.l) && toks[k + 1]?.w && (statusWords('aheadTimeStarts').has(toks[k + 1]!.l) || laterTimeAfter(toks, k)) && !pastSpanAfter(toks, k + 1)) { st = 'FUTURE'; continue; }
      // ("likely" is skipped as an adverb when reading the auxiliary chain: "are likely." ends it)
      if (ahead && (!nx || !nx.w) && k === i + 2 && AHEAD_PRED.has(toks[i + 1]!.l)) { st = 'FUTURE'; continue; }
      // "It is the worst storm to hit the country since 1990": a present rank counted against history is of a past event
      if (present && nx?.w && recordRank(toks, k)) { st = 'PAST'; continue; }
      if (present) { st = 'ONGOING'; continue; }
      // "rescuers were still digging" holds as "were still missing" does
      if (isIng(nx)) {
        // "said the ship was moving at 8 knots when it struck the pier": dated by a past clause, not backshifted
        const whenPast = datedByPastClause(toks, k);
        st = (opts.reported && !whenPast) || toks.slice(i + 1, k).some((x) => x.l === 'still') ? 'ONGOING' : 'PAST';
        continue;
      }
      // "The identities of the victims were not immediately known", "said the figure was not confirmed": a fact not yet
      // known or disclosed when the report was written stays so up to it (data/lexicon/status-words.json unknownStates;
      // not one a date, a length of time or a later event closes: "was not known until March", "was not confirmed on
      // Monday", "was not identified for three weeks")
      if (nx && statusWords('unknownStates').has(nx.l) && toks.slice(i + 1, k).some((x) => /^(not|n't|never)$/.test(x.l))
        && !pastDated(toks, k) && !untilLater(toks, k + 1) && !durationLater(toks, k + 1) && !datedByPastClause(toks, k) && !laterEventVerb(toks, k, eventPast)) { st = 'ONGOING'; continue; }
      if (opts.reported && nx && (PASSIVE_HEDGE.has(nx.l))) { st = 'ONGOING'; continue; }
      // backshifted passives that still hold: one in progress ("the ministry said 200 people were being treated") and a
      // resulting state ("police said the road was closed", "the town was cut off"), as in the present perfect passive
      // (none of them when a clause after it dates it: "said the soldiers were on patrol when the bomb exploded")
      const dated = opts.reported && datedByPastClause(toks, k);
      if (opts.reported && !dated && nx && isParticiple(nx) && !nx.cap && toks.slice(i + 1, k).some((x) => x.l === 'being')) { st = 'ONGOING'; continue; }
      // (not one dated by a phrase after it: "said the work was halted after a few months", "was closed on Monday")
      if (opts.reported && !dated && nx && RESULT_STATE.has(nx.l) && (!PARTICLE_STATE.has(nx.l) || PARTICLES.has(toks[k + 1]?.l ?? ''))
        // ("was wanted for murder", "wanted in connection with": the reason, not a date)
        && (nx.l === 'wanted' ? !datingAt(toks, k + 1) : !datingNext(toks, PARTICLE_STATE.has(nx.l) ? k + 2 : k + 1))
        // ("was closed to the public until now": an "until" later in the clause ends the state too)
        && !untilLater(toks, k + 1)) { st = 'ONGOING'; continue; }
      // backshifted state in reported speech: "police said the suspect was in custody" still holds
      if (opts.reported && !dated && nx && nx.w && !isParticiple(nx) && !IRR.has(nx.l) && !isIng(nx) && nx.l !== 'to' && nx.l !== 'not'
        // ("police said nobody was in the town last night": a place told of a past moment no longer holds)
        && !(PREP.has(nx.l) && pastMomentLater(toks, k + 1))
        && (STATE_PREP.has(nx.l) || (!nx.cap && !DET.has(nx.l) && !/^\d/.test(nx.l) && BACKSHIFT_STATE.has(nx.l) && !datingAt(toks, k + 1)))) { st = 'ONGOING'; continue; }
      // sequence of tenses: any adjective of state after a backshifted "was"/"were" whose subject is no event
      // ("officials said the mood was tense", "he said he was concerned"; not "said the attack was horrific")
      if (opts.reported && !dated && !present && backshiftedBeState(toks, from, i, k, (w) => BACKSHIFT_STATE.has(w) || STATES.has(w)) && !laterEventVerb(toks, predicateAt(toks, k), eventPast)) { st = 'ONGOING'; continue; }
      // a backshifted existential or predicate noun phrase of standing ("said there was no evidence", "said the man
      // was a suspect"): a state still holding, unless an occurrence, a dating phrase or a later event dates it
      if (opts.reported && !dated && nx && (backshiftedExistential(toks, i, k) || backshiftedNominal(toks, from, i, k))
        && !pastDated(toks, i) && !laterEventVerb(toks, k, eventPast)) { st = 'ONGOING'; continue; }
      // a predicate quoting the speaker's own words ("insisted the plan was \"working\"") is the speaker's present
      if (opts.reported && !dated && nx && backshiftedQuotedPredicate(toks, from, i, k) && !pastDated(toks, i) && !laterEventVerb(toks, k, eventPast)) { st = 'ONGOING'; continue; }
      let adv = false;
      for (let m = i + 1; m < k; m++) if (/^(now|still|currently)$/.test(toks[m]!.l)) adv = true;
      st = adv ? 'ONGOING' : 'PAST';
      continue;
    }
    if (HAVEP.has(l) || l === 'had') {
      let k = i + 1;
      let neg = false;
      let soFar = false;
      // ("have unexpectedly defeated": a manner adverb in "-ly" sits inside the perfect too)
      // ("have for the first time detected": a count of occasions sits inside the perfect too)
      let occasion = 0;
      while (k < toks.length && (!toks[k]!.w || SKIP.has(toks[k]!.l) || lyAdverb(toks[k]!) || /^(both|all|each)$/.test(toks[k]!.l) || occasionAt(toks, k)) && k - i < 6 + occasion) {
        if (occasionAt(toks, k)) { k += 4; occasion += 4; continue; }
        if (/^(not|n't|never)$/.test(toks[k]!.l)) neg = true;
        if (/^(yet|far)$/.test(toks[k]!.l)) soFar = true;
        k++;
      }
      for (let m = k; m < Math.min(toks.length, k + 8); m++) if (toks[m]!.l === 'yet' || (toks[m]!.l === 'far' && toks[m - 1]?.l === 'so')) soFar = true;
      const nx = toks[k];
      // ("has been fighting" runs up to now; "had been fighting" ended before a past point)
      if (l !== 'had' && toks[i + 1]?.l === 'been' && isIng(toks[i + 2])) { st = 'ONGOING'; continue; }
      // in reported speech "had been -ing" is the backshifted "has been -ing" ("police said the man had been living in
      // the area since 2019", "the company said it had been cooperating with investigators"): it runs up to the
      // report, unless a phrase or a later event dates it ("said the driver had been drinking before the crash")
      if (l === 'had' && opts.reported && toks[i + 1]?.l === 'been' && isIng(toks[i + 2]) && !datedByPastClause(toks, i + 2)
        && (durationAfter(toks, i + 2) || (!pastDated(toks, i + 2) && !laterEventVerb(toks, i + 2, eventPast)))) { st = 'ONGOING'; continue; }
      const perfect = !!nx && (nx.l === 'been' || isParticiple(nx) || IRR.has(nx.l));
      const passive = perfect && toks.slice(i + 1, k + 1).some((x) => x.l === 'been');
      // "At least 97 civilians have been killed since the clashes began", "four people have died since Sunday", "61,000
      // patients have been hospitalised since January": a tally of events up to now, told as past (not a state that
      // holds: "ten miners have been trapped since Monday", "has lived in exile since 2019")
      if (perfect && l !== 'had' && !neg && nx && countedSubject(toks, from, i) && !perfectState(nx.l, passive) && (durationAfter(toks, k) || perfectUpToNow(toks, k))) { st = 'PAST'; perfectEvent = nx.s; continue; }
      // "five people have been hospitalised", "a man has been arrested": the admission or arrest is the event told
      if (passive && l !== 'had' && !neg && nx && statusWords('perfectEventParticiples').has(nx.l)) { st = 'PAST'; perfectEvent = nx.s; continue; }
      // "has been closed since January", "have been missing for a week": a state that still holds
      if (passive && l !== 'had' && !neg) {
        if (durationAfter(toks, k) && toks[k + 1]?.l !== 'by') { st = 'ONGOING'; continue; }
        // "production has been suspended", "the town has been cut off": a resulting state that still holds
        if (nx && RESULT_STATE.has(nx.l) && (!PARTICLE_STATE.has(nx.l) || PARTICLES.has(toks[k + 1]?.l ?? ''))) { st = 'ONGOING'; continue; }
      }
      // a backshifted "had" of possession in reported speech still holds ("said they had no water")
      if (!perfect) { st = l === 'had' && !(opts.reported && backshiftedHave(toks, i) && !laterEventVerb(toks, i + 1, eventPast)) ? 'PAST' : 'ONGOING'; continue; }
      // "has not commented", "have not confirmed the figure": an act that has not happened is told as a past fact;
      // a negated resulting state ("have not been recovered") or one looked at up to now ("yet", "so far") holds
      if (neg && l !== 'had' && !soFar && nx && !toks.slice(i + 1, k + 1).some((x) => x.l === 'been') && !perfectUpToNow(toks, k) && !durationAfter(toks, k)) { st = 'PAST'; continue; }
      if (neg && (l !== 'had' || soFar)) { st = 'ONGOING'; continue; }
      // "has struggled with corruption for decades", "has lived in exile since 2019": a perfect stretching up to now
      if (l !== 'had' && !neg && nx && nx.l !== 'been' && perfectUpToNow(toks, k)) { st = 'ONGOING'; continue; }
      if (l === 'had') pastPerfect = true;
      st = 'PAST';
      continue;
    }
    // "plans to sell" (not the noun: "the plan to build", "no current plans to expand"; not an agreement or decision
    // told as done: "agreed to buy" is the past act)
    if (FUT_VERB.has(l) && toks[i + 1]?.l === 'to' && !t.cap && !statusWords('doneCommitments').has(l)
      && !(i > 0 && (DET.has(toks[i - 1]!.l) || NOUN_MAKER.has(toks[i - 1]!.l) || /'s?$/.test(toks[i - 1]!.l)))) { st = 'FUTURE'; continue; }
    // "the ministry plans a new round of talks", headline "Apple plans new event": a verb (not after a determiner) with an object
    if (PLAN_NOUN_VERB.has(l) && !t.cap && i > 0 && toks[i - 1]!.w && !DET.has(toks[i - 1]!.l) && !PREP.has(toks[i - 1]!.l) && !/'s?$/.test(toks[i - 1]!.l)
      && toks[i + 1]?.w && (DET.has(toks[i + 1]!.l) || PLAN_OBJ.has(toks[i + 1]!.l) || /^\d/.test(toks[i + 1]!.l))) { st = 'FUTURE'; continue; }
    // headline infinitive: "Airbus to cut 10,000 jobs", "Airline to be compensated for delays"
    // ("Committee to announce decision": any head noun when "to" follows the headline's first word or two)
    // "Rescuers race to find survivors": "to" after a verb of continuing activity is its infinitive, not a plan
    if (opts.headline && !t.cap && i > 0 && HL_ONGOING.has(l) && !DET.has(toks[i - 1]!.l) && !PREP.has(toks[i - 1]!.l)) hlOngoing = true;
    if (opts.headline && l === 'to' && i > 0 && toks[i - 1]!.w && !HL_ONGOING.has(toks[i - 1]!.l) && (toks[i - 1]!.cap || /s$/.test(toks[i - 1]!.l) || (i <= 2 && !DET.has(toks[i - 1]!.l) && !PREP.has(toks[i - 1]!.l)))
      && headlineVerb(toks[i + 1]) && !/(est|ing)$/.test(toks[i + 1]!.l)) { st = 'FUTURE'; continue; }
    // do-support with a base verb of intention heads a verb group looking ahead: "does not intend to appeal", "said it
    // did not plan to cut jobs" (data/lexicon/status-words.json intentionBases; not a desire, "did not want to"; nor a
    // past "did" under a past verb of arguing a case, intentionArguedCues: "his lawyer argued that he did not plan to
    // kill her" is a past state of mind about an act told as done)
    if ((l === 'does' || l === 'do' || (l === 'did' && !cw.some((w) => statusWords('intentionArguedCues').has(w)))) && !t.cap && (i === 0 || toks[i - 1]!.l !== 'to')) {
      let k = i + 1;
      while (k < toks.length && /^(not|n't|never|also|still|really|yet)$/.test(toks[k]!.l)) k++;
      if (toks[k]?.w && statusWords('intentionBases').has(toks[k]!.l) && toks[k + 1]?.l === 'to' && headlineVerb(toks[k + 2]) && !isIng(toks[k + 2])) { st = 'FUTURE'; continue; }
    }
    // do-support: "does not trust" is present; a backshifted "did not know" in reported speech is a state that holds
    if ((l === 'does' || l === 'do') && i > 0 && toks[i - 1]!.l !== 'to' && !t.cap) { st = 'ONGOING'; continue; }
    if (l === 'did' && opts.reported) {
      let k = i + 1;
      while (k < toks.length && /^(not|n't|never|also|still)$/.test(toks[k]!.l)) k++;
      if (toks[k] && STATIVE_BASE.has(toks[k]!.l)) { st = 'ONGOING'; continue; }
    }
    // "remains in custody", "continues to fight": an ongoing state even in reported speech
    if ((l === 'remains' || l === 'remain' || l === 'continues' || l === 'continue' || l === 'stays') && !t.cap && (i === 0 || !DET.has(toks[i - 1]!.l))) { st = 'ONGOING'; continue; }
    // "She becomes Peru's sixth president since 2016": a rank counted against history, as after "is"
    if ((l === 'becomes' || l === 'become') && !t.cap && i > 0 && !DET.has(toks[i - 1]!.l) && toks[i - 1]!.l !== 'to' && recordRank(toks, nextWord(toks, i))) { st = 'PAST'; continue; }
    // "The mission cost about $46 million": a form both present and past ("cost") after a singular subject is the
    // past, since the present would be "costs"
    // a present form whose subject and object stand around it is the main verb: a later participle ("the 76 needed",
    // "in designated areas") or a relative clause's verb does not override it
    if (!opts.headline && finitePresentS(toks, i, from)) { presentCand = true; st = 'ONGOING'; presentSure = true; continue; }
    if (PRESENT.has(l) && !(IRR.has(l) && singularSubjectBefore(toks, i) && !habitualAfter(toks, i)) && i > 0 && !DET.has(toks[i - 1]!.l) && toks[i - 1]!.l !== 'to' && !t.cap) { presentCand = true; continue; }
    // "This became the reason …": a clause-opening demonstrative is the subject pronoun
    const pronounSubject = i === 1 && PRONOUN_PAST.has(l) && (toks[0]!.l === 'this' || toks[0]!.l === 'that');
    const pastForm = (IRR.has(l) || EED_PAST.test(l) || UN_VERB_PAST.test(l) || ((/[^e]ed$/.test(l) || /[^aeiou]ed$/.test(l)) && l.length > 3 && !/^un/.test(l))) && !t.cap;
    // a past form right after an opening comma is a participle ("X, launched by Y, failed"); after the comma that
    // closes an aside ("The FTSE, however, gained", "Its chief, Ana Lee, justified …") it is the main verb
    const commaParticiple = pastForm && i > 0 && toks[i - 1]!.t === ',' && !IRR.has(l) && !afterParticiple && !closesAside(toks, from, i - 1);
    if (commaParticiple) afterParticiple = true;
    // "the three indices each fell": a floating quantifier, not a determiner, before the verb
    const floating = i > 1 && /^(each|all|both)$/.test(toks[i - 1]!.l) && toks[i - 2]!.w && !DET.has(toks[i - 2]!.l);
    if (pastForm && reducedRelative(toks, i, from)) continue;
    // "The potential for further spread … is worrying", "a new cut in rates": a past spelt as its noun after a
    // prenominal adjective that opens a noun phrase is the noun (data/lexicon/status-words.json baseFormPasts); not
    // after a subject, where the word is an adverb ("The central bank further cut its key rate")
    if (pastForm && i > 0 && statusWords('baseFormPasts').has(l) && PRENOMINAL.has(toks[i - 1]!.l) && nounPhraseOpens(toks, i - 1, from)) continue;
    // "Enhanced surveillance would continue", "Detailed reasons would be given": a participle opening the clause
    // before its noun and the clause's own auxiliary is an adjective of the subject
    if (pastForm && i === from && participleAdjective(toks, i)) continue;
    // "the strategically placed island", "a newly elected mayor": a participle after a determiner and an adverb in -ly
    // is an adjective of the noun phrase, as right after the determiner
    if (pastForm && i > 1 && lyAdverb(toks[i - 1]!) && DET.has(toks[i - 2]!.l)) continue;
    if (pastForm && (i > 0 ? (!DET.has(toks[i - 1]!.l) || pronounSubject || floating) && !commaParticiple : toks.length > 1)) {
      // (a stative verb too, unless read as an event or dated: "appeared in court", "contained 40 migrants when it capsized";
      // a date after a complement "to"/"that" belongs to the complement: "wanted to vote before the end of the year")
      const complement = /^(to|that)$/.test(toks[i + 1]?.l ?? '');
      const stative = STATIVE.has(l) && !eventSenseOfStative(toks, i) && (complement || (!pastDated(toks, i) && !datedByPastClause(toks, i)));
      // "said he hoped the law would act as a deterrent", "said he expected aftershocks to continue for days": a
      // thought about what is to come, not a backshifted state
      // (only a reported thought, not the outlet's narration of a past wish: "Police wanted the man to surrender
      // before the raid"; and not one a past date in its complement places: "hoped the rain would stop before the
      // wedding last June")
      if (opts.reported && !pastDated(toks, i) && ((CLAUSE_PAST.has(l) && wouldComplement(toks, i)) || (statusWords('expectObject').has(l) && objectThenTo(toks, i)))) { st = 'FUTURE'; continue; }
      if (opts.reported && (stative || (((isStateVerbPast(l) || stativeInContext(toks, i)) && !pastDated(toks, i) || habitual(toks, i)) && !laterEventVerb(toks, i, eventPast))) && l !== 'was' && l !== 'were') { st = 'ONGOING'; continue; }
      // "the board decided it would close the plant", "he signalled that he would veto the bill": a verb taking a
      // clause whose content is the future of that past ("would"), as after a reporting verb
      if (CLAUSE_PAST.has(l) && wouldComplement(toks, i)) { st = 'FUTURE'; continue; }
      st = 'PAST';
      if (info) { info.pastWord = l; info.pastInfinitiveAt = infinitiveAfter(toks, i); }
      continue;
    }
  }
  if (info) { info.fromVerb = st !== undefined && !presentSure; info.presentVerb = st !== undefined && presentSure; }
  // no verb at all ("10,000 missing after floods"): a state word anywhere counts
  if (st === undefined && !presentCand && stateBefore) hasState = true;
  // a headline's present simple reports a past event ("Earthquake kills 2,000 in Morocco")
  // "Clean-up under way after storm", "Fighting rages in Khartoum": a headline's continuing activity still holds
  if (!st && opts.headline && (hlOngoing || toks.some((x, j) => x.l === 'underway' || (x.l === 'under' && toks[j + 1]?.l === 'way')))) st = 'ONGOING';
  if (!st && presentCand) st = opts.headline ? 'PAST' : 'ONGOING';
  if (!st) st = opts.reported || opts.pastCue || (opts.headline && !toks.some((t) => ONGOING_MARK.has(t.l))) ? 'PAST' : 'ONGOING';
  if (st === 'PAST' && hasState && !pastPerfect) st = 'ONGOING';
  if (st === 'PAST' && hasState && negated) st = 'ONGOING';
  return st;
}

/**
 * The "to" of an infinitive complement of the verb at `i`, a few words on in its clause ("agreed on Wednesday to cut",
 * "ordered her to report"): its offset, or undefined. Not "to" before a noun phrase or a figure ("rose to 5%", "sent
 * to the hospital"), nor past a clause boundary.
 */
function infinitiveAfter(toks: Tok[], i: number): number | undefined {
  // (not a participle of plan or forecast, "a number expected to double by 2050", "the next scheduled meeting is due to")
  if (FUT_BE.has(toks[i]!.l) || EXPECT.has(toks[i]!.l)) return undefined;
  for (let k = i + 1; k < toks.length && k <= i + 8; k++) {
    const x = toks[k]!;
    if (!x.w) { if (x.t !== ',' || k === i + 1) return undefined; continue; }
    if (x.l !== 'to') {
      if (x.l === 'that' || SUBORDINATORS.has(x.l) || BE_ANY.has(x.l) || FUT_BE.has(x.l) || FINITE.has(x.l)) return undefined;
      continue;
    }
    const v = toks[k + 1];
    return v && v.w && !v.cap && !DET.has(v.l) && !/^\d/.test(v.l) && !isIng(v) ? x.s : undefined;
  }
  return undefined;
}

const SPAN_UNIT = /^(years?|decades?|months?|weeks?|days?|hours?|centuries|century|generations?)$/;
// a counted stretch runs up to now only when it says so: "for the past ten years", "for more than a decade", "for six
// straight months"; a bare count is a term ("has jailed him for 10 years", "has signed for two years")
const SPAN_RUNNING = /^(past|last|straight|consecutive|running|successive)$/;
// a count of visits or times adds up finished events: "has visited Kyiv twice since the invasion"
const COUNT_ADV = /^(once|twice|thrice|again|repeatedly|times)$/;
/**
 * A present perfect whose participle is at `k` runs up to publication: in its clause "for" a stretch of time ("for
 * decades", "for six straight months") or "since" a point. Not with a count as object: "has killed 20 people since
 * Monday", "has cut 500 jobs since January" add up finished events; nor a counted term ("for 10 years"), a count of
 * times ("twice since") or a causal "since" + clause ("since it lost money").
 */
/**
 * The subject before the verb at `i` counts people or things ("At least 97 civilians", "another 143,000", "Hundreds
 * more"): a figure or a number word in it, with no finite verb between.
 */
function countedSubject(toks: Tok[], from: number, i: number): boolean {
  let counted = false;
  for (let m = from; m < i; m++) {
    const x = toks[m]!;
    if (!x.w) { if (x.t === ',' || x.t === ';' || x.t === ':') counted = false; continue; }
    if (FINITE.has(x.l)) return false;
    if ((/^\d/.test(x.l) && !/^\d{4}$/.test(x.l)) || statusWords('countWords').has(x.l)) counted = true;
  }
  return counted;
}

/** A participle or past that names a state holding up to now ("trapped", "closed", "lived", "remained"), not an event. */
function perfectState(w: string, passive: boolean): boolean {
  if (isStateVerbPast(w) || isStatePredicate(w) || BACKSHIFT_STATE.has(w) || statusWords('perfectStates').has(w)) return true;
  return passive && (RESULT_STATE.has(w) || (STATES.has(w) && !statusWords('perfectEventParticiples').has(w)));
}

function perfectUpToNow(toks: Tok[], k: number): boolean {
  for (let m = k + 1; m < toks.length && m < k + 12; m++) {
    const x = toks[m]!;
    if (!x.w) { if (x.t === '-' || x.t === '%') continue; return false; }
    if (/^\d/.test(x.l) || NUMBER_WORD.has(x.l) || COUNT_ADV.test(x.l) || SUBORDINATORS.has(x.l) && x.l !== 'since' || x.l === 'and' || x.l === 'but') return false;
    if (x.l === 'since') return toks[m + 1]?.w === true && !sinceClause(toks, m + 1);
    if (x.l === 'for') {
      let counted = false, running = false;
      for (let q = m + 1; q < toks.length && q <= m + 4; q++) {
        const y = toks[q]!;
        if (!y.w) break;
        if (SPAN_RUNNING.test(y.l) || (y.l === 'than' && toks[q - 1]?.l === 'more')) running = true;
        if (/^\d/.test(y.l) || NUMBER_WORD.has(y.l)) counted = true;
        if (SPAN_UNIT.test(y.l)) return !/^(first|second|third|last)$/.test(toks[q - 1]!.l) && (!counted || running);
      }
    }
  }
  return false;
}

/** "since" + a clause at `a` (a pronoun subject, or a subject of up to three words before a finite or past verb). */
function sinceClause(toks: Tok[], a: number): boolean {
  if (/^(it|he|she|they|we|i|you)$/.test(toks[a]!.l)) return true;
  for (let m = a + 1; m < toks.length && m <= a + 3; m++) {
    const x = toks[m]!;
    if (!x.w || x.cap) return false;
    if (/^(is|are|was|were|has|have|had|did|does|lost|began|took|came|became|went|fell|won|left)$/.test(x.l) || (/[^e]ed$/.test(x.l) && x.l.length > 4)) return true;
  }
  return false;
}

/**
 * After a clause-taking past verb at `i`, its complement's subject (an optional "that", then up to four words with no
 * verb among them) is followed by "would" and a verb: "decided it would close", "signalled that the bank would cut".
 * Not "would have" + participle (a past counterfactual), nor "would like" (a present wish).
 */
function wouldComplement(toks: Tok[], i: number): boolean {
  let j = i + 1;
  if (toks[j]?.l === 'that') j++;
  for (let m = j; m < toks.length && m < j + 5; m++) {
    const x = toks[m]!;
    if (!x.w) return false;
    if (x.l === 'would' || x.l === "'d") {
      if (m === j) return false;
      const k = nextWord(toks, m);
      const v = toks[k];
      if (!v?.w || v.cap || DESIRE.has(v.l)) return false;
      if (v.l === 'have' && toks[k + 1]?.l !== 'to') return false;
      return true;
    }
    if (m > j && (verbLike(x) || SUBORDINATORS.has(x.l) || PREP.has(x.l))) return false;
  }
  return false;
}

/**
 * A link whose cue frames the claim's content: a named source's, or an unnamed one written out as a source phrase
 * ("a report said", "reports say"). A bare unnamed cue ("reportedly", "is said to") sits inside the content.
 */
const framed = (l: Claim['attribution'][number]): boolean => l.kind !== 'UNNAMED' || !!l.span;

/** Applies the readings to every claim of the document; fills times/quantities indexes. */
export function readClaims(doc: NlpDoc): void {
  const text = doc.text;
  const claims = doc.claims;
  const anchor = doc.anchorDate;
  const anchorYear = anchor ? Number(anchor.slice(0, 4)) : undefined;
  // nested claims: sorted by start; a claim's own words exclude claims strictly inside it
  const sorted = [...claims].sort((a, b) => a.start - b.start || b.end - a.end);
  const firstAtOrAfter = <T extends { start: number }>(arr: T[], off: number): number => lowerBound(arr.length, (m) => arr[m]!.start < off);
  const timeIx = doc.times.map((t, i) => ({ start: t.start, end: t.end, i })).sort((a, b) => a.start - b.start);
  const qtyIx = doc.quantities.map((q, i) => ({ start: q.start, end: q.end, i })).sort((a, b) => a.start - b.start);
  const inside = (ix: Array<{ start: number; end: number; i: number }>, c: Claim): number[] => {
    const out: number[] = [];
    for (let k = firstAtOrAfter(ix, c.start); k < ix.length && ix[k]!.start < c.end; k++) if (ix[k]!.end <= c.end) out.push(ix[k]!.i);
    return out.sort((a, b) => a - b);
  };
  for (const c of claims) {
    const inner: Array<[number, number]> = [];
    for (let k = firstAtOrAfter(sorted, c.start); k < sorted.length; k++) {
      const d = sorted[k]!;
      if (d.start > c.end) break;
      if (d !== c && d.start >= c.start && d.end <= c.end && (d.end - d.start) < (c.end - c.start)) inner.push([d.start, d.end]);
    }
    const innermost = c.attribution[c.attribution.length - 1];
    // frame words (sources, cues) inside the span are not the claim's own words
    const frame: Array<[number, number]> = [];
    const sourceOnly: Array<[number, number]> = [];
    for (const l of c.attribution) {
      if (l.span && l.span.start >= c.start && l.span.end <= c.end) { frame.push([l.span.start, l.span.end]); sourceOnly.push([l.span.start, l.span.end]); }
      if (l.cueSpan && l.cueSpan.start >= c.start && l.cueSpan.end <= c.end && framed(l)) frame.push([l.cueSpan.start, l.cueSpan.end]);
    }
    const all = tokensIn(doc, text, c.start, c.end);
    let own = inner.length ? all.filter((t) => !inner.some(([a, b]) => t.s >= a && t.e <= b)) : all;
    // the content starts after the innermost named cue when the claim holds its own frame ("AAA said …")
    const contentOwn = frame.length ? own.filter((t) => !frame.some(([a, b]) => t.s >= a && t.e <= b)) : own;
    const cueEnd = innermost?.cueSpan && framed(innermost) && innermost.cueSpan.start >= c.start && innermost.cueSpan.end <= c.end ? innermost.cueSpan.end : -1;
    // (a frame set between the subject and its predicate, "The talks, he said, were constructive": the subject is the
    // content's too, read without the commas around the frame)
    const frameStart = frame.length ? Math.min(...frame.map(([a]) => a)) : -1;
    // (set off by a comma: "the news agency Interfax reported" is the frame's own phrase, not a subject)
    const beforeFrame = contentOwn.filter((t) => t.s < frameStart && !/^["“”'‘’]$/.test(t.t));
    const subjectFirst = cueEnd > 0 && beforeFrame.some((t) => t.w) && beforeFrame[beforeFrame.length - 1]!.t === ',';
    const statusToks = subjectFirst ? contentOwn.filter((t) => t.w || !frame.some(([a, b]) => (t.e <= a && a - t.e <= 2) || (t.s >= b && t.s - b <= 2)))
      : cueEnd > 0 ? contentOwn.filter((t) => t.s >= cueEnd) : contentOwn;
    const ownAll = own;
    own = contentOwn;
    // (a speaker's link that reads an inner evidence cue, "Egypt said … a video appeared to show C", keeps the speaker's
    // own verb between the name and the claim: "said" makes the report past as the cue did before it was folded in)
    const spoken = (l: Claim['attribution'][number]): string[] => l.span && l.cueSpan && l.kind !== 'UNNAMED' && l.span.end <= c.start && l.cueSpan.start >= c.start
      ? text.slice(l.span.end, c.start).toLowerCase().split(/[^\p{L}]+/u).filter(Boolean).slice(0, 4) : [];
    const reported = c.attribution.some((l) => framed(l) && [...l.cue.toLowerCase().split(/\s+/), ...spoken(l)].some((w) => PAST_CUES.has(w)));
    // hedges are read with the cue words in place ("refused to confirm"), without the source's words
    const hedgeToks = sourceOnly.length ? ownAll.filter((t) => !sourceOnly.some(([a, b]) => t.s >= a && t.e <= b)) : own;
    const cueAt = innermost?.cueSpan && innermost.kind !== 'UNNAMED' && innermost.cueSpan.start >= c.start && innermost.cueSpan.end <= c.end ? innermost.cueSpan.start : undefined;
    // (a named speaker, or a quotation of an unnamed one)
    const speaker = !!innermost && (innermost.kind !== 'UNNAMED' || insideQuotation(text, c.start) || /^["“]/.test(c.text));
    const r = readTokens(sourceOnly.length ? hedgeToks : ownAll, { reported, cue: innermost?.cue, source: innermost?.source, anchorYear, noStatus: true, cueAt, speaker });
    // a direct question (the sentence ends in "?" right after the claim) asserts nothing: UNKNOWN
    {
      // (from the last word: a whole quotation's claim holds its closing mark and the "?" inside it)
      let q = c.end;
      while (q > c.start && /["”’')]/.test(text[q - 1]!)) q--;
      if (text[q - 1] === '?') q--;
      while (q < text.length && q < c.end + 3 && /["”’'\s)]/.test(text[q]!)) q++;
      if (text[q] === '?' && RANK.UNKNOWN > RANK[r.certainty]) { r.certainty = 'UNKNOWN'; r.hedges.push('?'); }
    }
    const pastCue = c.attribution.some((l) => framed(l) && [...l.cue.toLowerCase().split(/\s+/), ...spoken(l).filter((w) => PAST_CUES.has(w))].some((w) => IRR.has(w) || /ed$/.test(w)));
    const nl = text.indexOf('\n');
    // (a live blog's time-stamped entry reads like a headline: "11.30am: President-elect visits command centre",
    // "21:05 Bangkok toll rises to 10"; not an entry telling what reports show, which holds: "10:20 pm – Residents
    // report mud rain", "6.40pm – Early counts show the MFP leading")
    const headline = !c.attribution.length && ((nl > 0 && c.end <= nl && !/[.!?"”]\s*$/.test(text.slice(0, nl)))
      || (stampedEntry(text, c.start) && !c.text.toLowerCase().split(/[^\p{L}]+/u).some((w) => statusWords('stampHoldingVerbs').has(w))));
    let sToks = statusToks.length ? statusToks : own;
    // "… and insisted the plan was \"working\"", "said its jets were targeting …" under the source's cue: a
    // coordinated verb of saying opening the claim frames it; the tense is read after it (and its "that")
    // (the lead verb's own past form makes the content reported, under another cue too: "urged calm and said the
    // province would help"; so does "expressed hope that …")
    let leadReported = false;
    if (sToks.length > 2 && sToks[0]!.w && !sToks[0]!.cap && innermost?.cueSpan?.start !== sToks[0]!.s) {
      const l0 = sToks[0]!.l;
      const hope = statusWords('leadHopeVerbs').has(l0) && statusWords('leadHopeNouns').has(sToks[1]!.l) && sToks[2]!.l === 'that';
      if (hope && sToks[3]?.w) { sToks = sToks.slice(3); leadReported = true; }
      else if (statusWords('leadCues').has(l0) && (reported || PAST_CUES.has(l0))) {
        const skip = sToks[1]!.l === 'that' ? 2 : 1;
        if (sToks[skip]?.w) { sToks = sToks.slice(skip); leadReported = PAST_CUES.has(l0); }
      }
    }
    // a direct quote keeps the speaker's own tenses: no backshift to undo ("'It was terrifying,' a witness said")
    // (also a later sentence of the quotation: '"We lost everything. The water was already in the kitchen."')
    // (a claim that is a whole quotation starts with its own mark)
    const quoted = openingQuoteBefore(text, c.start) || /^["“«]/.test(c.text) || insideQuotation(text, c.start);
    const info: StatusInfo = {};
    // (a quotation keeps the speaker's tenses: with no verb form read, the cue's past tense does not date it)
    let status = readStatus(sToks, { reported: (reported || leadReported) && !quoted, cue: innermost?.cue, anchorYear, pastCue: (pastCue || leadReported) && !quoted, headline }, info);
    // ("In March 2020, officials said it was too early to say …", "At the time, police said it was too soon to tell …":
    // a backshifted "was too early to say" that a fronted past date or a frame of a past moment places in the sentence
    // is the knowledge of then, not of now; see pastKnowledgeFrame)
    if (status === 'ONGOING' && info.tooEarlyAt !== undefined && pastKnowledgeFrame(doc, text, c.start, info.tooEarlyAt, anchor)) status = 'PAST';
    const grammar = status;
    // "it will oppose the request", "the state would support an inquiry": a noun-phrase content takes the cue's modal
    if ((!info.fromVerb || DET.has(sToks[0]?.l ?? '')) && cueAt !== undefined && status !== 'FUTURE') {
      const ci = ownAll.findIndex((t) => t.s === cueAt);
      let b = ci - 1;
      while (b >= 0 && ownAll[b]!.w && SKIP.has(ownAll[b]!.l)) b--;
      const m = b >= 0 ? ownAll[b]!.l : '';
      const cueWord = (innermost?.cue ?? '').toLowerCase().split(/\s+/)[0] ?? '';
      if (ci > 0 && (MODAL_WILL.has(m) || (m === 'would' && !SAY.has(cueWord)))) status = 'FUTURE';
    }
    c.certainty = r.certainty;
    c.polarity = r.polarity;
    c.hedges = [...new Set([...c.attribution.map((l) => l.cue).filter(Boolean), ...r.hedges])];
    // times and quantities inside the span
    c.times = inside(timeIx, c);
    c.quantities = inside(qtyIx, c);
    // a plan, promise or forecast made in the past ("planned to build", "said it would reopen"): its dates decide
    // whether it is still to come; a past perfect one ("had planned to march") has been overtaken
    let pastPlan = false, pastPlanCue = false;
    if (status === 'FUTURE') {
      const cw = (innermost?.cue ?? '').toLowerCase().split(/\s+/);
      const last = cw[cw.length - 1] ?? '';
      const planCue = innermost?.kind !== 'UNNAMED' && (EXPECT.has(last) || COMMIT.has(last)) && /ed$/.test(last);
      if (planCue && innermost?.cueSpan && PLUPERFECT_BEFORE.test(text.slice(Math.max(0, innermost.cueSpan.start - 30), innermost.cueSpan.start))) status = 'PAST';
      // (a past thought framing it too: "She hoped the rain would stop before the wedding last June")
      else if (planCue || ((reported || leadReported || (CLAUSE_PAST.has(last) && innermost?.kind !== 'UNNAMED')) && !quoted && wouldFuture(sToks))) { pastPlan = true; pastPlanCue = planCue; }
    }
    // the claim's own resolved times (not those of claims nested in it) move its status
    // (nor those of a relative clause opened after its main verb: "an order for jets which it will fly in 2009")
    const clauseEnd = info.embeddedAt ?? c.end;
    // (nor the date of the saying: "announced on 1 March that prices would rise", "said last month it would close")
    const ownTimes = c.times.map((i) => doc.times[i]!).filter((t) => !inner.some(([a, b]) => t.start >= a && t.end <= b) && t.start < clauseEnd && !cueAdverbial(text, t, cueEnd));
    // ("In 2019, the firm planned to build a plant": a fronted year of the sentence dates the past plan too)
    const sent = pastPlan ? doc.sentences.find((x) => x.start <= c.start && x.end >= c.start) : undefined;
    const fronted = sent && anchorYear ? doc.times.filter((t) => t.start >= sent.start && t.end <= c.start && /^\d{4}/.test(t.value) && Number(t.value.slice(0, 4)) < anchorYear) : [];
    const discounted: typeof ownTimes = [];
    status = statusFromTimes(status, ownTimes, { text, anchor, words: sToks.filter((_, j) => !clockAm(sToks, j)).map((t) => t.l), pastPerfect: /\bhad\b/i.test(c.text), pastVerb: info.fromVerb && status === 'PAST' && !AMBIG_PAST.has(info.pastWord ?? ''), pastInfinitiveAt: info.fromVerb && status === 'PAST' ? info.pastInfinitiveAt : undefined, pastPlan, pastPlanCue, frontedTimes: fronted, discounted });
    // no time found at all: a bare year after publication still points ahead
    if (status !== 'FUTURE' && !doc.times.length && anchorYear && !/\bhad\b/i.test(c.text)) {
      for (const t of statusToks) if (/^\d{4}$/.test(t.l) && Number(t.l) > anchorYear && Number(t.l) < anchorYear + 50) status = 'FUTURE';
    }
    // the trained check (status-model.ts): with no model file, the rules' answer stands
    c.status = modelStatus(c, { toks: sToks, grammar, rule: status, fromVerb: info.fromVerb, presentVerb: info.presentVerb, pastWord: info.pastWord, reported: (reported || leadReported) && !quoted, quoted, headline, pastPlan, cue: innermost?.cue, times: ownTimes.filter((t) => !discounted.includes(t)), discounted: discounted.length > 0, anchor });
    void text;
  }
}

// a clock time (hour 0-23) with ":" or am/pm ("10.30am", "21:05", "6:10 pm IST"), a zone, a dash or colon, then the entry
const STAMP = /^\s*([01]?\d|2[0-3])([:.])[0-5]\d\s*([ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\b)?\s*[:\-–—]?\s+/;
const stampAt = (line: string): RegExpExecArray | null => {
  const m = STAMP.exec(line);
  // ("10.50 pounds buys", "1.25 million children": a figure, not a time)
  if (!m || (m[2] !== ':' && !m[3])) return null;
  const next = /^[^\s]+/.exec(line.slice(m[0].length))?.[0].toLowerCase().replace(/[^\p{L}%]+$/u, '') ?? '';
  return statusWords('stampUnits').has(next) ? null : m;
};
let stampCount: [string, number] | undefined;
/** How many lines of `text` open with a clock-time stamp. */
function stampedLines(text: string): number {
  if (stampCount?.[0] === text) return stampCount[1];
  let n = 0;
  for (const line of text.split('\n')) if (stampAt(line.slice(0, 40))) n++;
  stampCount = [text, n];
  return n;
}
/**
 * The claim at `start` opens a live blog's time-stamped entry: its line starts with a clock time and the claim right
 * after it, in a document with at least two such lines (one stamped line in a plain report is no live blog).
 */
function stampedEntry(text: string, start: number): boolean {
  const ls = text.lastIndexOf('\n', start - 1) + 1;
  const m = stampAt(text.slice(ls, Math.min(text.length, ls + 40)));
  return !!m && start >= ls && start <= ls + m[0].length && stampedLines(text) >= 2;
}

/**
 * A quotation mark opens right before `start` (a space may stand between): the claim is quoted speech. Not the mark
 * that closes the quotation of the sentence before ('…called the fire "a tragedy." Police said …'): a mark set after
 * a word or a full stop and followed by a space ends a quotation, and what follows is outside it.
 */
function openingQuoteBefore(text: string, start: number): boolean {
  // (spaces only: a mark closing the paragraph before does not open this one)
  const m = /(^|[^])(["“”‘'«])([ \t\u00a0]?)$/.exec(text.slice(Math.max(0, start - 3), start));
  if (!m) return false;
  if (!m[3] || m[2] === '“' || m[2] === '‘' || m[2] === '«') return true;
  return start - m[0].length <= 0 || /[\s(\[:—–-]/.test(m[1]!);
}

/** The participle at `i` follows a form of "be" (adverbs between): a passive ("could be dismissed", "was not rejected"). */
function passiveAfterBe(toks: Tok[], i: number): boolean {
  if (!/ed$/.test(toks[i]!.l) || toks[i + 1]?.l === 'to' || toks[i + 1]?.l === 'that') return false;
  let k = i - 1;
  while (k >= 0 && toks[k]!.w && SKIP.has(toks[k]!.l) && i - k < 4 && toks[k]!.l !== 'been' && toks[k]!.l !== 'being') k--;
  const b = toks[k]?.l ?? '';
  return b === 'be' || b === 'been' || b === 'being' || BEP.has(b) || BEPAST.has(b);
}

/** A proposition noun followed by "that" before `i` ("claims that …", "reports that …"): the passive subject is a clause. */
function propositionSubjectBefore(toks: Tok[], i: number): boolean {
  for (let k = 0; k < i - 1; k++) if (PROPOSITION_SUBJECT.has(toks[k]!.l) && toks[k + 1]!.l === 'that') return true;
  return false;
}

/** "had planned", "had long promised": a past perfect right before an intention cue. */
const PLUPERFECT_BEFORE = /\bhad\s+(?:(?:also|earlier|originally|initially|previously|already|long|once|first)\s+)?$/i;

/** The content's future comes from "would" (the future of a past report: "said it would reopen"), not "will". */
function wouldFuture(toks: Tok[]): boolean {
  for (const t of toks) {
    if (MODAL_WILL.has(t.l) || t.l === 'going') return false;
    if (t.l === 'would') return true;
  }
  return false;
}

