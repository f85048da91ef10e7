// The frame finder: one pass over a sentence's tokens dispatching each cue word to its rule.
import type { Tok } from '../claims/text.js';
import * as L from '../claims/lexicon.js';
import { SPEECH, NPOBJ, FIGURE, AS_CUE, UNADV, UNPASS, CUE_ADV, DET, PART, INTENT, STANCE, BE, PHRASE_BY_FIRST, TOPIC_BY_FIRST } from './words.js';
import { isComma, isPunct, firstWord, type Ctx, type SentCtx } from './frame.js';
import { PRON, IRR_PAST, FINITE } from './words.js';
import { labelFrames } from './frames-label.js';
import { accordingTo, accountOf } from './frames-according.js';
import { inPoll } from './frames-poll.js';
import { unnamedClause, unnamedPassive, unnamedBare } from './frames-unnamed.js';
import { quotedBy, quotedAs, asByFrame, saidFirst, passiveAgent, quotedAsSaying } from './frames-quoted.js';
import { stanceFrame, participle, whatNamingFrame } from './frames-verb.js';
import { activeCue, isLyAdverb, colonAfterAdjunct } from './active.js';
import { CLAIM_NOUN, possessedClaim } from './frames-noun.js';
import { asParenthetical, asPhraseAt } from './frames-as.js';
import { attributionWords } from './data-words.js';

/** Every word that can start a frame: one look-up rejects the other words of a sentence. */
/** "-ing" forms of the noun-phrase cues ("describing", "calling", "slamming"): cues only in the progressive. */
export const NPOBJ_ING = new Set<string>(L.NP_OBJECT_CUES.filter((w) => !/[^s]s$/.test(w)).flatMap((w) => {
  // the past form gives the stem as written: "called" → "calling", "described" → "describing", "slammed" → "slamming"
  if (/ed$/.test(w)) return [w.slice(0, -2) + 'ing'];
  const stem = /[^e]e$/.test(w) ? w.slice(0, -1) : w;
  // a short closed syllable doubles its last consonant: "slam" → "slamming", "dub" → "dubbing"
  return /^[^aeiou]*[aeiou][bdglmnprt]$/.test(w) ? [stem + 'ing', w + w.slice(-1) + 'ing'] : [stem + 'ing'];
}));
export const ANY_CUE = new Set<string>([...NPOBJ_ING, ...L.SPEECH_VERBS, ...L.NP_OBJECT_CUES, ...L.FIGURE_CUES, ...L.UNNAMED_ADVERBS, ...L.UNNAMED_PASSIVES,
  ...L.PARTICIPLE_CUES, ...L.INTENT_CUES, ...TOPIC_BY_FIRST.keys(), ...L.AS_CUES, ...L.CLAIM_NOUNS, 'put', ...L.STANCE_ADJ, ...L.SPEECH_PHRASES.map((p) => p.split(' ')[0]!),
  'according', 'per', 'by', 'in', 'quoted', 'reported', ...attributionWords('widelyHeldAdverbs')]);

export function findFrames(ctx: Ctx, sc: SentCtx): void {
  const { toks } = sc;
  const n = toks.length;
  labelFrames(ctx, sc);
  // bare "it is understood C" frames open only past the clause of the last one
  let bareFrom = 0, bareCount = 0;
  for (let j = 0; j < n; j++) {
    const t = toks[j]!;
    if (!t.w) continue;
    const l = t.l;
    if (!ANY_CUE.has(l)) continue;
    // "The judge said", "a guess", "their doubts": a cue word right after an article or a possessive is a noun
    if (nounAfterDeterminer(toks, j)) continue;
    // ---- passive reports: "it was reported by X that C", "Y was told by X that C", "X was quoted as saying C"
    if (toks[j + 1]?.l === 'by' && l !== 'quoted' && SPEECH.has(l) && passiveAgent(ctx, sc, j)) continue;
    if (l === 'quoted' && quotedAsSaying(ctx, sc, j)) continue;
    // ---- according to X [citing Y]
    if (l === 'according' && toks[j + 1]?.l === 'to') { accordingTo(ctx, sc, j, j + 1, j + 2); continue; }
    // "C, per the health ministry", "Per Reuters, C": "per" standing for "according to" (not "per cent", "$5 per person")
    if (l === 'per' && (isComma(toks[j - 1]) || j === firstWord(toks)) && toks[j + 1]?.w && (toks[j + 1]!.cap || /^(the|a|an)$/.test(toks[j + 1]!.l)) && !PER_UNIT.has(toks[j + 1]!.l)) {
      // "per the rules", "per the agreement": in accordance with, no source
      let k = j + 1;
      while (k < n && k < j + 6 && toks[k]!.w && !PER_RULE.has(toks[k]!.l)) k++;
      if (!(toks[k]?.w && PER_RULE.has(toks[k]!.l)) && toks[j - 1]?.l !== 'as') accordingTo(ctx, sc, j, j, j + 1);
      continue;
    }
    // ---- by/in X's estimate/account
    // ---- in a poll/survey: "Clinton leads in the latest CNN poll", "In a Gallup survey, 38 percent said …"
    if (l === 'in' && j + 1 < n && inPoll(ctx, sc, j)) continue;
    if ((l === 'by' || l === 'in') && j + 1 < n) { accountOf(ctx, sc, j); continue; }
    // ---- "rejected his claim that C": the possessor holds C
    if (CLAIM_NOUN.has(l) && toks[j + 1]?.l === 'that' && possessedClaim(ctx, sc, j)) continue;
    // ---- a belief held by many: "is widely expected to run", "had been widely seen as the favourite"
    // (the participle is this frame's cue too: it opens no frame of its own)
    if (WIDELY.has(l) && widelyHeld(toks, j)) { unnamedClause(ctx, sc, j, [t, toks[j + 1]!], 'attr.widely-held', true); j++; continue; }
    // ---- adverbs: reportedly
    if (UNADV.has(l)) { unnamedClause(ctx, sc, j, [t], 'attr.adverb'); continue; }
    // ---- passive "is said to", reduced "rumoured to", "it is believed that"
    if (UNPASS.has(l) && (toks[j + 1]?.l === 'to' || (toks[j + 1]?.l === 'that' && toks[j - 1] && BE.has(toks[j - 1]!.l) && toks[j - 2]?.l === 'it'))) {
      if (unnamedPassive(ctx, sc, j)) continue;
    }
    // "It is understood the minister will resign", "it is also believed the boat sank": the same frame without "that"
    // (not "it is thought the best option", "it was said the night before": no finite verb follows)
    // (its clause ends before a second such frame: "… and it is believed C2"; none opens inside a clause already
    // taken, so the scans for the clause ends never overlap and a run of frames stays linear)
    // (and at most BARE_MAX a sentence: the claim builder's work grows with the frames of a sentence times its length)
    if (UNPASS.has(l) && j >= bareFrom && bareCount < BARE_MAX && itIsPassive(toks, j) && bareFiniteClauseAhead(toks, j + 1)) {
      const e = unnamedBare(ctx, sc, j);
      if (e > 0) { bareFrom = e; bareCount++; continue; }
    }
    if (l === 'reported' && toks[j - 1] && BE.has(toks[j - 1]!.l) && REPORTED_STATE.has(toks[j + 1]?.l ?? '')) {
      unnamedClause(ctx, sc, j, [t], 'attr.passive-reported'); continue;
    }
    // ---- stance: "were frustrated that …"
    if (STANCE.has(l) && (toks[j + 1]?.l === 'that' || toks[j + 1]?.l === 'about') && toks[j - 1] && (BE.has(toks[j - 1]!.l) || (CUE_ADV.has(toks[j - 1]!.l) && toks[j - 2] && BE.has(toks[j - 2]!.l)))) {
      stanceFrame(ctx, sc, j); continue;
    }
    // "was convinced the dam would hold", "is confident they will win": a belief adjective with a bare clause (its
    // subject, then a finite verb within seven words), not "was sure of victory", "is aware of the risk"
    if (BARE_STANCE.has(l) && bareClauseAhead(toks, j + 1) && toks[j - 1] && (BE.has(toks[j - 1]!.l) || (CUE_ADV.has(toks[j - 1]!.l) && toks[j - 2] && BE.has(toks[j - 2]!.l)))) {
      stanceFrame(ctx, sc, j, 1); continue;
    }
    // ---- "what the agency has called the worst drought": the name is the subject's words
    if (!t.cap && whatNamingFrame(ctx, sc, j)) continue;
    // ---- intention: "X wants to …", "X refused to …"
    // "declined to comment", "refused to elaborate": the outlet narrates a silence, no claim of the source's
    if (REFUSAL.has(l) && toks[j + 1]?.l === 'to' && NO_COMMENT.has(toks[j + 2]?.l ?? '')) continue;
    // (not a passive participle: "is widely expected to")
    if (INTENT.has(l) && toks[j + 1]?.l === 'to' && toks[j + 2]?.w && !toks[j + 2]!.cap && !DET.has(toks[j + 2]!.l) && !/ing$/.test(l) && !reducedPassive(toks, j)) {
      activeCue(ctx, sc, j, j, 'npobj'); continue;
    }
    // ---- "X was quoted by Y as saying"
    // "in a statement quoted by the state news agency": the participle describes the document, the speaker stays its author
    if (l === 'quoted' && toks[j + 1]?.l === 'by' && toks[j - 1] && POSTED_DOCS.has(toks[j - 1]!.l)) continue;
    if (l === 'quoted' && toks[j + 1]?.l === 'by') { quotedBy(ctx, sc, j); continue; }
    if ((l === 'quoted' || l === 'quotes' || l === 'quoting') && toks[j + 1]?.w && !(toks[j - 1] && BE.has(toks[j - 1]!.l))) { if (quotedAs(ctx, sc, j)) continue; }
    // ---- "as indicated by X", "as reported by X"
    if (toks[j - 1]?.l === 'as' && toks[j + 1]?.l === 'by' && SPEECH.has(l)) { asByFrame(ctx, sc, j); continue; }
    // ---- ", saying …" participial tails
    if (PART.has(l) && isComma(toks[j - 1]) && !t.cap) { participle(ctx, sc, j); continue; }
    // ", even suggesting …", ", again saying …", ", repeatedly insisting …": one adverb between the comma and the tail
    if (PART.has(l) && !t.cap && j >= 3 && isComma(toks[j - 2]) && toks[j - 1]!.w && (TAIL_ADV.has(toks[j - 1]!.l) || isLyAdverb(toks[j - 1]))) {
      participle(ctx, sc, j, false, 1); continue;
    }
    // "… by saying", "while insisting", "and adding", "– saying": the clause's own subject speaks
    if (PART.has(l) && !t.cap && j > 2 && (/^(by|while|and|after|before|when)$/.test(toks[j - 1]!.l) || isPunct(toks[j - 1], '–') || isPunct(toks[j - 1], '—'))) {
      participle(ctx, sc, j, true); continue;
    }
    // ---- progressive: "Clinton is describing the tweet as unhinged", "his doctor is calling him fit"
    if (NPOBJ_ING.has(l) && !t.cap && progressive(toks, j) && !SPEECH.has(l) && !(ACT_OR_WORD.has(l) && !verbalUse(toks, j))) { activeCue(ctx, sc, j, j, 'npobj'); continue; }
    // ---- "X sees/views Y as Z": a judgement held by X
    if (AS_CUE.has(l) && !t.cap && asJudgement(toks, j)) { activeCue(ctx, sc, j, j, 'npobj'); continue; }
    // ---- 'Said X, who …, "C"': the sentence opens with its cue
    if (t.cap && j === firstWord(toks) && saidFirst(ctx, sc, j)) continue;
    // ---- "X put it bluntly: C", "as she put it simply: C" is handled by asParenthetical; here only the colon form
    if (l === 'put' && !t.cap && toks[j + 1]?.l === 'it' && colonAfterAdjunct(toks, j + 1, n) > 0) { activeCue(ctx, sc, j, j, 'speech'); continue; }
    // ---- "As X noted, C" / "C, as X has said"
    if ((SPEECH.has(l) || l === 'put' || asPhraseAt(toks, j) > 0) && !t.cap && j >= 2 && asParenthetical(ctx, sc, j)) continue;
    // ---- topic cues: "warned of more storms", "spoke about the crisis" (the object is the source's claim)
    const topic = t.cap ? undefined : TOPIC_BY_FIRST.get(l)?.find((p) => p.every((w, k) => toks[j + k]?.l === w));
    if (topic && toks[j + topic.length]?.w && (/ing$/.test(l) ? progressive(toks, j) : !(toks[j - 1] && BE.has(toks[j - 1]!.l)))) { activeCue(ctx, sc, j, j + topic.length - 1, 'npobj'); continue; }
    // ---- multi-word cue
    let cueEnd = j;
    let isCue = false;
    const cands = PHRASE_BY_FIRST.get(l);
    if (cands) for (const p of cands) {
      if (p.every((w, k) => toks[j + k]?.l === w)) { cueEnd = j + p.length - 1; isCue = true; break; }
    }
    if (!isCue && SPEECH.has(l) && !t.cap) isCue = true;
    // a title-case headline capitalises its cue: "Bellwether County Says Trump Should Win", "Governor Slams Plan"
    const headline = t.cap && j > 0 && (HEADLINE_CUES.has(l) || NPOBJ.has(l)) && titleCase(toks);
    if (!isCue && headline && HEADLINE_CUES.has(l)) isCue = true;
    const figure = FIGURE.has(l) && !t.cap && hasAtAhead(toks, j);
    const npobj = NPOBJ.has(l) && (!t.cap || headline) && !isCue && !(ACT_OR_WORD.has(l) && !verbalUse(toks, j)) && !pluralNoun(toks, j);
    if (isCue || figure || npobj) activeCue(ctx, sc, j, cueEnd, figure || (npobj && !isCue) ? 'npobj' : 'speech');
  }
}

const WIDELY = attributionWords('widelyHeldAdverbs');
const WIDELY_HELD = attributionWords('widelyHeldParticiples');
/**
 * A widely-held adverb at `j` before a passive participle of belief or description that takes "to" or "as", after a
 * form of "be" ("is widely expected to run", "what is often described as the largest", "had been widely seen as"):
 * many unnamed people hold the belief, an unnamed source. Not "widely known as" (a naming), not an active verb ("she
 * often described him as"), and not a participle the passive rule reads itself ("is widely believed to", with the
 * adverb skipped there).
 */
function widelyHeld(toks: Tok[], j: number): boolean {
  const p = toks[j + 1];
  if (!p?.w || !WIDELY_HELD.has(p.l) || !/^(to|as)$/.test(toks[j + 2]?.l ?? '')) return false;
  if (!toks[j - 1] || !BE.has(toks[j - 1]!.l)) return false;
  return !(UNPASS.has(p.l) && toks[j + 2]!.l === 'to' && CUE_ADV.has(toks[j]!.l));
}

const NOUN_DETERMINERS = /^(the|a|an|his|its|their|our|my|your)$/;
/**
 * A verb of saying or thinking at `j` right after an article or a possessive ("The judge said", "their doubts
 * grew"): a noun, never the cue (not a past form, "the reported deaths", nor a claim noun, "his claim that").
 */
function nounAfterDeterminer(toks: Tok[], j: number): boolean {
  const t = toks[j]!, p = toks[j - 1];
  if (!p?.w || !NOUN_DETERMINERS.test(p.l) || /ed$/.test(t.l) || CLAIM_NOUN.has(t.l)) return false;
  return SPEECH.has(t.l) && !t.cap;
}

// words after which an "-s" cue is a plural noun: prepositions and quantifiers ("with calls for", "several claims")
const PLURAL_NOUN_AFTER = attributionWords('pluralNounAfter');
/**
 * An "-s" form read as a plural noun, not a verb: right after a verb in the past ("held rates steady", "raised
 * questions", "cut ties"), an auxiliary or a preposition ("with calls for", "of terms").
 */
function pluralNoun(toks: Tok[], j: number): boolean {
  const w = toks[j]!.l, p = toks[j - 1];
  if (!/[^s]s$/.test(w) || !p?.w || p.cap) return false;
  return IRR_PAST.has(p.l) || (/ed$/.test(p.l) && p.l.length > 3) || FINITE.has(p.l) || PLURAL_NOUN_AFTER.has(p.l);
}

const POSTED_DOCS = new Set(L.POSTED_DOCUMENTS);
/**
 * An "-ed" intention verb read as a passive participle, whose subject intends nothing: after "be" and adverbs ("is
 * widely expected to"), as "is expected to" is. (An apposition, "The summit, expected to draw 40 leaders, opens …",
 * and a "with" phrase, "…, with repairs expected to take months", keep their frame: it cuts the hedge off the main
 * clause, whose certainty the held-out sets read as the main clause's own.)
 */
function reducedPassive(toks: Tok[], j: number): boolean {
  if (!/ed$/.test(toks[j]!.l)) return false;
  let k = j - 1;
  while (k >= 0 && toks[k]!.w && !BE.has(toks[k]!.l) && (CUE_ADV.has(toks[k]!.l) || isLyAdverb(toks[k]))) k--;
  if (k >= 0 && (BE.has(toks[k]!.l) || toks[k]!.l === 'been' || toks[k]!.l === 'being')) return true;
  return false;
}
// stance adjectives of belief, fear or hope that take a clause without "that"
const BARE_STANCE = attributionWords('bareStanceAdjectives');
// nouns of time: "this year", "all night" after a stance adjective date it, they open no clause
const TIME_HEAD = attributionWords('stanceTimeHeads');
/**
 * A clause opens at token a: a subject (pronoun, determiner, name, "there") and a finite verb within seven words,
 * with no coordinator before it ("was confident this year and profits were up") and no time noun as the
 * subject's head ("were worried all night").
 */
function bareClauseAhead(toks: Tok[], a: number): boolean {
  const f = toks[a];
  if (!f?.w || !(/^(he|she|it|they|we|i|you|there)$/.test(f.l) || DET.has(f.l) || f.cap)) return false;
  if (DET.has(f.l) && TIME_HEAD.has(toks[a + 1]?.l ?? '')) return false;
  for (let m = a + 1; m < toks.length && m < a + 8; m++) {
    const x = toks[m]!;
    if (!x.w && !(x.t === '’' || x.t === "'" || x.t === '-' || x.t === '.')) return false;
    if (x.w && /^(of|about|that|which|who|and|but|or)$/.test(x.l)) return false;
    if (x.w && FINITE.has(x.l)) return true;
  }
  return false;
}
/** Bare "it is understood C" frames in one sentence; a real one holds two or three. */
const BARE_MAX = 16;
/** "it is X", "it is also X", "it's X" before the participle at j: the expletive frame of an unnamed belief. */
function itIsPassive(toks: Tok[], j: number): boolean {
  let k = j - 1;
  if (toks[k] && CUE_ADV.has(toks[k]!.l) && !BE.has(toks[k]!.l)) k--;
  // "it's understood" is one token
  if (toks[k]?.l !== "it's") { if (!toks[k] || !BE.has(toks[k]!.l) || toks[k - 1]?.l !== 'it') return false; k--; }
  return toks[k]!.cap || !toks[k - 1]?.w || isComma(toks[k - 1]) || /^(and|but|so|now|yet)$/.test(toks[k - 1]!.l);
}
/**
 * A finite clause opens at token a without "that": a subject (pronoun, determiner, name) and, within seven words, an
 * auxiliary or a verb in the past ("the company closed", "he had fled"); a past form right after a determiner is an
 * adjective ("the injured man"), not the verb.
 */
function bareFiniteClauseAhead(toks: Tok[], a: number): boolean {
  if (bareClauseAhead(toks, a)) return true;
  const f = toks[a];
  if (!f?.w || !(/^(he|she|it|they|we|i|you|there)$/.test(f.l) || DET.has(f.l) || f.cap)) return false;
  for (let m = a + 1; m < toks.length && m < a + 8; m++) {
    const x = toks[m]!;
    if (!x.w && !(x.t === '’' || x.t === "'" || x.t === '-' || x.t === '.')) return false;
    if (x.w && /^(of|about|that|which|who|and|but|or)$/.test(x.l)) return false;
    if (x.w && !x.cap && m > a + (DET.has(f.l) ? 1 : 0) && !DET.has(toks[m - 1]!.l) && (IRR_PAST.has(x.l) || (/ed$/.test(x.l) && x.l.length > 4))) return true;
  }
  return false;
}
const PER_RULE = attributionWords('perRuleNouns');
const NO_COMMENT = attributionWords('noCommentVerbs');
const PER_UNIT = attributionWords('perUnitWords');
const REPORTED_STATE = attributionWords('reportedCasualtyWords');
const REFUSAL = attributionWords('refusalVerbs');

// adverbs that may stand between the comma and a participial tail (auxiliaries and "not" never do)
const TAIL_ADV_NOT = attributionWords('tailAdverbExclusions');
const TAIL_ADV = new Set([...L.CUE_ADVERBS.filter((w) => !BE.has(w) && !TAIL_ADV_NOT.has(w)), 'even']);

export const HEADLINE_CUES = attributionWords('headlineCues');
const MINOR = attributionWords('titleCaseMinorWords');
/** Most words of the sentence start with a capital (minor words aside): a title-case headline. */
function titleCase(toks: Tok[]): boolean {
  let words = 0, caps = 0;
  for (const t of toks) {
    if (!t.w || MINOR.has(t.l) || /^\d/.test(t.l)) continue;
    words++;
    if (t.cap) caps++;
  }
  return words >= 4 && caps >= words * 0.8;
}

// verbs that name a physical act or a phone call as often as a verbal one: "Rebels attacked the base", "She called her
// mother", "Police blasted the door open". They report only with an evaluative complement (see verbalUse).
const ACT_OR_WORD = attributionWords('actOrWordVerbs');
// a clause boundary ends the search for the complement
const CLAUSE_STOP = attributionWords('verbalClauseStops');
// prepositions and particles: the word after one ("called on a …", "called back a …") follows no object noun
const PREP = attributionWords('callNotNounAfter');
// possessives and modifiers between an act-or-word verb and its abstract object ("slammed the government's new plan")
const OBJECT_MODIFIERS = attributionWords('verbalObjectModifiers');
// after 'as': a clause or comparison, no reason ("attacked him as soon as …", "as well")
const AS_NOT_REASON = attributionWords('verbalAsNotReason');
// possessives and demonstratives: an adjective right after one ("called their chief adviser") is no object complement
const CALL_NOT_NOUN = attributionWords('callNotNounDeterminers');
// after 'for': a span of time, no reason ("attacked the town for hours", "for two days")
const FOR_SPAN = attributionWords('verbalForSpanWords');
// the medium of a verbal attack: "attacked Machado in early-morning tweets", "slammed the plan in a speech"
const SPEECH_MEDIUM = attributionWords('speechMediumNouns');
const ADJ_END = /(ous|ive|ful|al|ic|ent|ant|able|ible|less|ary|ish|ile|ist|ed)$/;
const ABSTRACT_OBJECT = attributionWords('abstractObjectNouns');
const TIME_WORD = attributionWords('verbalTimeWords');
// adverbs and time determiners skipped with the time words before call's 'for'/'on' ('called again for', 'called last week for')
const VERBAL_SKIP = attributionWords('verbalSkipWords');
// after 'over the/a': a span, a channel or a place, no reason ('over the past week', 'over the phone')
const OVER_NOT_REASON = attributionWords('overNotReasonHeads');
/**
 * The verbal reading of an act-or-word verb: a judgement in its clause — "as"/"for"/"over" a reason ("slammed the
 * deal as a disaster", "attacked Clinton for her emails", "over her emails"), a quotation, a medium of speech ("in
 * tweets"), or, for "call", an object complement ("called the deal a disaster", "called the charges baseless").
 */
export function verbalUse(toks: Tok[], j: number): boolean {
  const call = /^call/.test(toks[j]!.l);
  // "called for a ceasefire", "called on X to …": demands and requests, judged in activeCue
  let k = j + 1;
  while (k < j + 4 && toks[k]?.w && (TIME_WORD.has(toks[k]!.l) || VERBAL_SKIP.has(toks[k]!.l))) k++;
  if (call && /^(for|on|upon)$/.test(toks[k]?.l ?? '')) return true;
  // an abstract object can only be attacked in words: "slammed the decision", "blasted the government's handling"
  if (!call) {
    let h = j + 1;
    const apos = (t: Tok | undefined): boolean => !!t && (t.t === '’' || t.t === "'");
    while (h < j + 7 && toks[h] && (apos(toks[h]) || (toks[h]!.w && (DET.has(toks[h]!.l) || OBJECT_MODIFIERS.has(toks[h]!.l) || apos(toks[h + 1]) || /'s$|’s$/.test(toks[h]!.l))))) h++;
    if (toks[h]?.w && ABSTRACT_OBJECT.has(toks[h]!.l)) return true;
  }
  for (let m = j + 1; m < toks.length && m < j + 20; m++) {
    const x = toks[m]!, prev = toks[m - 1]!;
    if (x.q || /^[‘“"«]$/.test(x.t)) return true;
    if (!x.w) { if (x.t === '-' || x.t === '’' || x.t === "'" || (x.t === '.' && prev.cap)) continue; break; }
    if (CLAUSE_STOP.has(x.l)) break;
    if (x.l === 'as') { const p = toks[m + 1]; return !!p?.w && !PRON.has(p.l) && !AS_NOT_REASON.has(p.l); }
    if (call) {
      const noun = prev.w && m > j + 1 && !PREP.has(prev.l) && !DET.has(prev.l) && !CALL_NOT_NOUN.has(prev.l);
      // "called him a master", "called climate change a hoax" (not "called a meeting")
      if ((x.l === 'a' || x.l === 'an') && noun) return true;
      // "called the plan dangerous", "called the charges unsubstantiated and fabricated", "called him extremely fit"
      if (noun && !x.cap && ((ADJ_END.test(x.l) && x.l.length > 4 && (!toks[m + 1]?.w || /^(and|but|or)$/.test(toks[m + 1]!.l))) || isLyAdverb(x))) return true;
      continue;
    }
    if (SPEECH_MEDIUM.has(x.l) && !DET.has(x.l)) return true;
    if (x.l === 'for') { const p = toks[m + 1], q = toks[m + 2], r = toks[m + 3]; return !!p?.w && !(p.l === 'the' && (r?.l === 'time' || TIME_WORD.has(q?.l ?? ''))) && !(q?.l === 'time' || q?.l === 'times') && !/^\d/.test(p.l) && !TIME_WORD.has(p.l) && !FOR_SPAN.has(p.l); }
    if (x.l === 'over') { const p = toks[m + 1], q = toks[m + 2]; return !!p?.w && !/^(the|a)$/.test(p.l) ? !TIME_WORD.has(p.l) && !/^\d/.test(p.l) : !!q?.w && !TIME_WORD.has(q.l) && !OVER_NOT_REASON.has(q.l); }
  }
  return false;
}

/** A form of "be" before token j, adverbs aside ("is now calling", "was repeatedly describing"). */
function progressive(toks: Tok[], j: number): boolean {
  let k = j - 1;
  while (k >= 0 && toks[k]!.w && !BE.has(toks[k]!.l) && (CUE_ADV.has(toks[k]!.l) || isLyAdverb(toks[k]))) k--;
  return k >= 0 && k < j && BE.has(toks[k]!.l);
}

function hasAtAhead(toks: Tok[], j: number): boolean {
  for (let k = j + 1; k < toks.length && k < j + 10; k++) { if (toks[k]!.l === 'at') return true; if (isComma(toks[k])) return false; }
  return false;
}

// after "as": a predicate ("as a threat", "as honest"), not a clause ("as he left") or a comparison ("as well")
const AS_NOT_PREDICATE = attributionWords('asNotPredicate');
// words that open a predicate after 'as' besides a determiner or name: "as being", "as too weak", "as someone who"
const AS_PREDICATE_OPENERS = attributionWords('asPredicateOpeners');
/** An "as" within eight words after the cue (no punctuation between) opening a predicate, and an object before it. */
function asJudgement(toks: Tok[], j: number): boolean {
  for (let k = j + 2; k < toks.length && k < j + 10; k++) {
    const t = toks[k]!;
    if (!t.w) return false;
    if (t.l === 'as') {
      const p = toks[k + 1], q = toks[k + 2];
      if (!p?.w || AS_NOT_PREDICATE.has(p.l)) return false;
      // "as a threat", "as Washington's man", "as more dangerous", "as honest." — not "as summer begins"
      return DET.has(p.l) || p.cap || AS_PREDICATE_OPENERS.has(p.l) || !q?.w
        || /(ous|ive|ful|al|ic|ent|ant|able|ible|less|ary|ish|ly)$/.test(p.l);
    }
  }
  return false;
}
