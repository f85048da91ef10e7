// Active reporting cues: "X said (that) C", "C, X said", "…, said X", "X told Y C" and their variants.
import type { AttributionLink } from '../../core/types.js';
import type { Tok } from '../claims/text.js';
import { S, IRR_PAST, INTRO_PREP, PARTICLE, INNER, DOC_HEADS, SHOW_CUES, SPEECH, NEEDS_THAT, NPOBJ, CUE_ADV, DET, PRON, SPEAKING, INTENT, TO_VERBS, QUESTION_CUES, BARE_OK, FINITE, RAISING, BE, MONTHS_DAYS, COLLECTIVE, OFFICIAL_ROLE, RIGHT_STOP, TITLE_ABBR, WH_CLAUSE, finitePastForm } from './words.js';
import { isPunct, isComma, isHard, isCloseQuote, isOpenQuote, spanText, insideQuote, firstWord, quoteEndingBefore, pushFrame, type Ctx, type SentCtx } from './frame.js';
import { leftNP, srcOk, trimToName, trimContactRelative, rightNP, isNameChunk, introChunk, isPercent, interviewRelative } from './np.js';
import { entityAt } from '../claims/sources.js';
import { attributionWords } from './data-words.js';
import { namedLink, mediumAfter, mediumSpan, citedReason } from './source-link.js';
import { commaIndices, commentCommaIndices, firstFrom, speakingIndices, citingAtOrBefore } from './tok-index.js';
import { trailingOnly, leftChunks, clauseStart, clauseEnd, skipAfterCue, postContent, tailAfter, firstVerbish } from './clause.js';
import { passiveBy } from './frames-verb.js';
import * as L from '../claims/lexicon.js';

// words of a document's date phrase: "released Sunday", "published last month", "conducted on May 3"
const DOC_DATE = new Set([...MONTHS_DAYS, 'released', 'published', 'conducted', 'issued', 'taken', 'out', 'on', 'in', 'last', 'this', 'earlier', 'late', 'early', 'the', 'past']);
// verbs addressing someone before the clause: "assured him the road was safe"
const ADDRESS_VERBS = S(['assure', 'assures', 'assured', 'reassure', 'reassures', 'reassured', 'remind', 'reminds', 'reminded', 'inform',
  'informs', 'informed', 'notify', 'notified', 'convince', 'convinced', 'persuade', 'persuaded', 'warn', 'warns', 'warned', 'promise',
  'promises', 'promised', 'advise', 'advises', 'advised', 'caution', 'cautioned']);
// a subordinate clause opening the sentence: its frame's content ends before the main clause
const SUBORDINATOR = S(['although', 'though', 'while', 'whereas', 'because', 'since', 'if', 'unless', 'when', 'after', 'before', 'once', 'even']);
// nouns and names ending in "-ly" that are no adverbs
const LY_NOUNS = S(['family', 'ally', 'assembly', 'rally', 'supply', 'monopoly', 'daily', 'weekly', 'monthly', 'quarterly', 'bully',
  'anomaly', 'homily', 'folly', 'reply', 'italy', 'july', 'only', 'early', 'elderly', 'likely', 'unlikely', 'holy', 'lily', 'poly']);
/** A lower-case adverb in "-ly" ("sincerely", "warily"), not a noun such as "family". */
export function isLyAdverb(t: Tok | undefined): boolean { return !!t && t.w && !t.cap && t.l.length > 4 && /ly$/.test(t.l) && !LY_NOUNS.has(t.l); }
// nouns an outlet's comment on a reported claim opens with: "…, a claim that could not be verified"
const COMMENT_NOUNS = S(['claim', 'claims', 'assertion', 'allegation', 'allegations', 'charge', 'figure', 'figures', 'number', 'account',
  'accusation', 'statement', 'report', 'estimate', 'version', 'contention']);
// quantifiers that stand alone as subjects: "Several said", "Both say" ("the said" is no cue)
const QUANT_SUBJ = S(['some', 'many', 'most', 'several', 'few', 'one', 'two', 'three', 'both', 'all', 'others', 'each']);
// verbs of belief whose bare complement may open on a bare noun: "believe bigotry is acceptable"
const MENTAL = S(['believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'feel', 'feels', 'felt', 'fear', 'fears', 'feared',
  'hope', 'hopes', 'hoped', 'suspect', 'suspects', 'suspected', 'worry', 'worries', 'worried', 'assume', 'assumed', 'reckon', 'reckons', 'guess']);
// cues whose content may be an indirect question
const WH_CUES = S(['explain', 'explains', 'explained', 'describe', 'describes', 'described', 'detail', 'details', 'detailed', 'recall',
  'recalls', 'recalled', 'reveal', 'reveals', 'revealed', 'recount', 'recounts', 'recounted', 'wonder', 'wonders', 'wondered']);
// prepositions that open an adjunct after a cue ("said of the plan", "wrote about the crash")
const ADJUNCT_PREP = S(['of', 'about', 'for', 'against', 'toward', 'towards', 'into', 'upon', 'regarding', 'like', 'among', 'between', 'under', 'through', 'despite', 'without']);
const ASK_STOP = new Set([...RIGHT_STOP, ...WH_CLAUSE]);
const POSTED_DOCS = S(L.POSTED_DOCUMENTS);
// cues that with a plain object narrate an act ("announced a takeover", "proposed new sanctions")
const ACT_CUES = S(L.ACT_WITH_OBJECT_CUES);
// positions and commitments told as acts ("rejected the plan", "agreed to build"): the outlet's narration
const NARRATED_ACTS = S(L.NARRATED_ACT_CUES);
const COMMIT_ACTS = S(L.COMMITMENT_ACT_CUES);
const CLAIM_NOUN_WORDS = S(L.CLAIM_NOUNS);
const REJECTION = S(L.REJECTION_CUES);
/**
 * An npobj frame of a narrated act: its cue one of NARRATED_ACT_CUES and its object (to the clause's end) holding
 * no "that" clause, claim noun, "as" judgement, quotation or figure.
 */
function narratedAct(toks: Tok[], j: number, c0: number, ce: number): boolean {
  // a commitment with its infinitive: only a quotation in it keeps the source
  // (so does a verb of saying with a "that" clause as the infinitive: "refused to confirm that the ship had sunk" is
  // about someone's claim; "declined to disclose the price" is not)
  // ("sought to deny the plant had closed", "sought to tell reporters that …", "sought to argue in court that …": the
  // "that" or the finite verb of the clause may stand a few words on, after the person addressed or an adjunct)
  if (COMMIT_ACTS.has(toks[j]!.l) && toks[j + 1]?.l === 'to') return !toks.slice(c0, ce).some((x) => x.q) && !sayingInfinitive(toks, j + 2, ce);
  if (!NARRATED_ACTS.has(toks[j]!.l)) return false;
  // (a figure keeps the source, but not as the object of a rejection: "rejected the result of the vote" is an act, as
  // "rejected the allegations" is)
  return !claimInObject(toks, j, c0, ce) && !(figureObject(toks, c0, ce) && !REJECTION.has(toks[j]!.l));
}
const DIRECTIVES = S(L.DIRECTIVE_CUES);
/**
 * After a directive's cue at `a`: its addressee (a few words, no clause) then "to" and a verb, with no quotation up to
 * the clause's end `ce` ("urged people to stay away"; not 'urged clients to "stay calm"', nor "asked that …").
 */
function directiveInfinitive(toks: Tok[], a: number, ce: number): boolean {
  let to = -1;
  for (let m = a; m < ce && m < toks.length; m++) {
    const x = toks[m]!;
    if (x.q) return false;
    if (to >= 0) continue;
    if (m - a > 8 || !x.w || x.l === 'that' || FINITE.has(x.l) || SPEECH.has(x.l)) return false;
    if (x.l === 'to') {
      const v = toks[m + 1];
      if (m === a || !v?.w || v.cap || DET.has(v.l) || /^\d/.test(v.l)) return false;
      to = m;
    }
  }
  return to >= 0;
}
/** The object from `c0` holds a quotation, a "that"/"as"/"because" clause or a claim noun (not after a rejection). */
function claimInObject(toks: Tok[], j: number, c0: number, ce: number): boolean {
  for (let m = c0; m < ce && m < toks.length; m++) {
    const x = toks[m]!;
    // (a claim noun keeps the source, but not as the object of a rejection: "rejected the allegations" is an act)
    if (x.q || /^(that|as|because|since|saying|calling)$/.test(x.l) || (CLAIM_NOUN_WORDS.has(x.l) && !REJECTION.has(toks[j]!.l))) return true;
  }
  return false;
}
/**
 * A verb of saying at `v` (the infinitive after a commitment) with a clause of its own within a few words: "deny
 * (that) the plant had closed", "tell reporters that", "argue in court that", "reassure investors that". Not one with a
 * plain object ("disclose the price"), nor a verb of going on ("continue talks that had stalled").
 */
function sayingInfinitive(toks: Tok[], v: number, ce: number): boolean {
  const w = toks[v];
  if (!w || !SPEECH.has(w.l) || /^continue[sd]?$/.test(w.l)) return false;
  for (let m = v + 1; m < ce && m < v + 7; m++) {
    const x = toks[m]!;
    if (!x.w) { if (x.t === ',' || x.t === ';') break; continue; }
    if (x.l === 'that' || FINITE.has(x.l)) return true;
  }
  return false;
}
const FIGURE_NOUNS = S(L.FIGURE_OBJECT_NOUNS);
// words that may follow a figure noun standing as the head of its phrase ("the toll of 50", "results in the north")
const AFTER_FIGURE_HEAD = S(['of', 'in', 'on', 'at', 'for', 'from', 'to', 'by', 'since', 'over', 'and', 'or', 'but', 'that', 'which',
  'who', 'as', 'after', 'before', 'when', 'while', 'because', 'with', 'among', 'across', 'so', 'rose', 'fell', 'is', 'was', 'were', 'are']);
/**
 * The object after the cue names a figure ("a death toll of 50", "12 new deaths", "record profits"). A figure noun
 * right before another plain word modifies it ("total evacuation", "death toll"): the head decides.
 */
function figureObject(toks: Tok[], a: number, n: number): boolean {
  for (let m = a; m < n && m < a + 8; m++) {
    const x = toks[m]!;
    if (!x.w && x.t !== '$' && x.t !== '-') { if (x.t === '%') return true; break; }
    const next = toks[m + 1];
    if (FIGURE_NOUNS.has(x.l) && !(m + 1 < n && next?.w && !next.cap && !/^\d/.test(next.l) && !AFTER_FIGURE_HEAD.has(next.l))) return true;
    if (/^(that|to|after|before|when|while|as|because|which|who)$/.test(x.l)) break;
  }
  return false;
}

// words that may open the adjunct between a cue and its colon ("on X", "in a statement", "bluntly", "late on Monday")
const COLON_ADJUNCT_OPENERS = S(['on', 'in', 'at', 'during', 'via', 'through', 'over', 'from', 'to', 'before', 'after', 'with', 'late', 'early', 'earlier', 'later', 'last', 'this', 'again', 'also', 'simply', 'it']);
/**
 * The colon that closes a short adjunct right after a cue ("on X", "in a post on Monday", "bluntly", "it bluntly"),
 * or -1: up to eight words, no verb, clause word or other punctuation between, and a clause of two words or more after.
 */
export function colonAfterAdjunct(toks: Tok[], a: number, n: number): number {
  const first = toks[a];
  if (!first?.w || !(COLON_ADJUNCT_OPENERS.has(first.l) || MONTHS_DAYS.has(first.l) || isLyAdverb(first))) return -1;
  for (let k = a; k < n && k - a <= 8; k++) {
    const x = toks[k]!;
    if (isPunct(x, ':')) return n - k > 2 ? k : -1;
    if (!x.w && !(x.t === '.' || x.t === '’' || x.t === "'" || x.t === '-')) return -1;
    if (x.w && (FINITE.has(x.l) || BE.has(x.l) || /^(that|which|who|whether|if|because|and|but)$/.test(x.l) || SPEECH.has(x.l))) return -1;
  }
  return -1;
}

/** Per token array, the commas that open the outlet's comment (below), ascending: found once per sentence. */
function commentCommas(toks: Tok[]): Int32Array { return commentCommaIndices(toks, findCommentCommas); }
function findCommentCommas(toks: Tok[]): Int32Array {
  const out: number[] = [];
  for (const m of commaIndices(toks)) {
    if (m + 1 >= toks.length) continue;
    // "…, a claim that could not be verified" / "…, which could not be independently confirmed"
    const a1 = toks[m + 1]!, a2 = toks[m + 2], a3 = toks[m + 3];
    const nounComment = DET.has(a1.l) && !!a2 && COMMENT_NOUNS.has(a2.l) && /^(that|which)$/.test(a3?.l ?? '');
    const unverified = a1.l === 'which' && toks.slice(m + 2, m + 8).some((x) => /^(verified|confirmed|corroborated)$/.test(x.l));
    if (nounComment || unverified) out.push(m);
  }
  return Int32Array.from(out);
}

/**
 * Per token array, the "speaking to Y" phrases known to name no medium, skipped by next(p): the first phrase at or
 * after position p of the speaking list that may name one (sp.length when none). "citing" tokens are never one.
 * Whether a phrase names a medium depends only on the sentence (mediumSpan has no side effect).
 */
interface MediumCache { len: number; next(p: number): number; none(p: number): void }
const MEDIUM_CACHE = new WeakMap<Tok[], MediumCache>();
function mediumCache(toks: Tok[], sp: Int32Array): MediumCache {
  const have = MEDIUM_CACHE.get(toks);
  if (have && have.len === toks.length) return have;
  const L = sp.length;
  // jump[p] === p: position p may name a medium; otherwise a later position to look at (path-compressed)
  const jump = new Int32Array(L + 1);
  for (let p = 0; p <= L; p++) jump[p] = p < L && toks[sp[p]!]!.l === 'citing' ? p + 1 : p;
  const next = (p0: number): number => {
    let r = Math.max(0, p0);
    while (r < L && jump[r] !== r) r = jump[r]!;
    for (let p = Math.max(0, p0); p < L && p !== r;) { const nx = jump[p]!; jump[p] = r; p = nx; }
    return Math.min(r, L);
  };
  const c: MediumCache = { len: toks.length, next, none: (p) => { if (p < L) jump[p] = p + 1; } };
  MEDIUM_CACHE.set(toks, c);
  return c;
}

export function activeCue(ctx: Ctx, sc: SentCtx, j: number, cueEnd: number, mode0: 'speech' | 'npobj'): void {
  let mode = mode0;
  const { toks, quotes } = sc;
  const n = toks.length;
  const t = toks[j]!;
  const prev = toks[j - 1];
  // not a reporting use: "to say", "the said", passive "was told", "said to" (handled elsewhere)
  // "appeared to suggest", "continues to insist": the cue is an infinitive under a raising verb
  const toVerb = !!prev && prev.l === 'to' && TO_VERBS.has(toks[j - 2]?.l ?? '');
  // ("Residents the BBC spoke to said": the 'to' of a contact relative, no infinitive)
  if (prev && ((prev.l === 'to' && !toVerb && !interviewRelative(toks, j - 1, 0)) || (DET.has(prev.l) && !QUANT_SUBJ.has(prev.l)))) return;
  if (prev && BE.has(prev.l) && mode === 'speech' && !/ing$/.test(t.l)) return;
  if (t.l === 'said' && toks[j + 1]?.l === 'to' && (!prev || BE.has(prev.l) || /^(be|have)$/.test(toks[j + 2]?.l ?? ''))) return;
  if (t.l === 'estimated' && toks[j + 1]?.l === 'to') return;
  // "the film tells the story of …", "denied entry to the ship", "was denied bail": the verb's object is no claim
  if (/^(tell|tells|told|telling)$/.test(t.l) && NARRATIVE_OBJ.test(objectHead(toks, j + 1))) return;
  if (/^(deny|denies|denied|denying)$/.test(t.l) && DENIED_THING.test(objectHead(toks, j + 1))) return;
  // "He did not say when they would be published", "has not said whether it paid", "ISRO has not confirmed the
  // figure", "declined to confirm individual amounts": a saying withheld, with no content asserted, frames nothing
  if (withheldSaying(toks, j, cueEnd)) return;
  // a participle describing a document: "in a statement posted on its website", "a video shared online"
  if (prev && POSTED_DOCS.has(prev.l) && /ed$/.test(t.l) && /^(on|in|to|by|online|onto|via|through|from|at|late|earlier|overnight)$/.test(toks[j + 1]?.l ?? '')) return;
  // "called for a ceasefire": a demand, the object is the source's own ("called on X to …" stays a request, see tests)
  const callFor = /^(called|calls|call|calling)$/.test(t.l) && toks[j + 1]?.l === 'for' && !!toks[j + 2]?.w;
  // (a topic cue holds its preposition: "warned of", "spoke about")
  if (mode === 'npobj' && cueEnd === j && toks[j + 1] && !callFor && !(INTENT.has(t.l) && toks[j + 1]!.l === 'to') && /^(from|in|on|at|to|for|with|by|about|into|over|after|before|during|back|out|up|down|off)$/.test(toks[j + 1]!.l)) {
    // "His views were echoed by two experts": a passive with its agent (handled below)
    const passive = toks[j + 1]!.l === 'by' && /ed$/.test(t.l) && !!prev && (BE.has(prev.l) || prev.l === 'been' || (CUE_ADV.has(prev.l) && BE.has(toks[j - 2]?.l ?? '')));
    if (!(/^(blamed|blames|blame|attributed|attributes)$/.test(t.l)) && !passive) return;
  }
  // passive with an agent: "was first reported by The Washington Post"
  {
    let b = j - 1;
    while (b >= 0 && toks[b]!.w && CUE_ADV.has(toks[b]!.l) && !BE.has(toks[b]!.l)) b--;
    if (b >= 0 && (BE.has(toks[b]!.l) || toks[b]!.l === 'been') && !/ing$/.test(t.l)) {
      if (toks[j + 1]?.l === 'by') passiveBy(ctx, sc, j, b);
      return;
    }
  }
  if (/ing$/.test(t.l)) {
    let b = j - 1;
    while (b >= 0 && toks[b]!.w && (CUE_ADV.has(toks[b]!.l) || toks[b]!.l === "n't" || toks[b]!.l === 'n’t' || toks[b]!.l === 'not') && !BE.has(toks[b]!.l)) b--;
    if (!(b >= 0 && BE.has(toks[b]!.l)) && !(prev && prev.l === 'to')) {
      // a reduced relative ("the countries saying they …") reports only when a clause follows
      const nx = toks[cueEnd + 1];
      let clause = !!nx && (nx.l === 'that' || PRON.has(nx.l));
      if (!clause && nx && (nx.cap || DET.has(nx.l))) {
        for (let m = cueEnd + 2; m < Math.min(n, cueEnd + 8); m++) { if (!toks[m]!.w) break; if (FINITE.has(toks[m]!.l)) { clause = true; break; } }
      }
      if (!clause) return;
    }
  }
  const cue = toks.slice(j, cueEnd + 1);
  // skip adverbs/auxiliaries leftwards (and a parenthesis: "Paul Ryan (R-Wis.) said")
  let k = toVerb ? j - 3 : j - 1;
  let asideAt = -1;
  for (let guard = 0; guard < 12 && k >= 0; guard++) {
    const tk = toks[k]!;
    if (tk.w && (CUE_ADV.has(tk.l) || tk.l === "n't" || tk.l === 'long' || isLyAdverb(tk)) && !PRON.has(tk.l)) { k--; continue; }
    // "were more likely to say": degree words before a raising adjective
    if (toVerb && tk.w && /^(more|less|most|least|much|far|very|quite|so|too)$/.test(tk.l)) { k--; continue; }
    if (tk.w && BE.has(tk.l) && /ing$/.test(t.l)) { k--; continue; }
    if (tk.t === ')') {
      let m = k - 1;
      while (m >= 0 && toks[m]!.t !== '(' && k - m < 12) m--;
      if (m >= 0 && toks[m]!.t === '(') { k = m - 1; continue; }
    }
    // a time adverbial between the subject and the cue: "Axelrod on Wednesday said", "who in 2010 said"
    if (tk.w && (MONTHS_DAYS.has(tk.l) || /^(1[89]|20)\d\d$/.test(tk.l)) && tk.l !== 'may') {
      let m = k;
      while (m > 0 && k - m < 5 && toks[m]!.w && (MONTHS_DAYS.has(toks[m]!.l) || /^\d+$/.test(toks[m]!.l) || /^(on|in|at|during|last|this|earlier|early|late|the|of|that)$/.test(toks[m]!.l))) m--;
      const first = toks[m + 1]!;
      if (m < k && /^(on|in|at|during|last|this|earlier)$/.test(first.l) && toks[m]!.w && !INTRO_PREP.has(toks[m]!.l) && !(/ed$/.test(toks[m]!.l) && !toks[m]!.cap)) { k = m; continue; }
      // after an apposition closed by its comma: "Juan Perez, a spokesman for the ministry, on Tuesday said"
      if (m < k && m >= 2 && /^(on|in|at|during|last|this|earlier)$/.test(first.l) && isComma(toks[m]) && toks[m - 1]!.w && toks.slice(0, m - 1).some((x) => isComma(x))) { k = m; continue; }
    }
    // a dash aside between the subject and the cue: "Lee — who runs a bakery — told reporters"
    const aside = dashAsideStart(toks, k);
    if (aside > 0) { asideAt = aside; k = aside - 1; continue; }
    break;
  }
  // "tweets early Friday saying …": a time phrase between the subject and a participle cue is not the source
  if (/ing$/.test(t.l) && k >= 1 && toks[k]!.w && MONTHS_DAYS.has(toks[k]!.l)) {
    let m = k;
    while (m >= 1 && toks[m]!.w && (MONTHS_DAYS.has(toks[m]!.l) || /^(early|late|on|last|this|next|earlier|later|in|the)$/.test(toks[m]!.l))) m--;
    if (m < k && toks[m]?.w) k = m;
  }
  // "A county poll released last week showed …": a document's date phrase between its head noun and the cue
  {
    let m = k;
    while (m >= 1 && toks[m]!.w && DOC_DATE.has(toks[m]!.l) || (m >= 1 && /^\d/.test(toks[m]!.l))) m--;
    if (m < k && m >= 0 && toks[m]!.w && DOC_HEADS.has(toks[m]!.l) && toks.slice(m + 1, k + 1).some((x) => MONTHS_DAYS.has(x.l))) k = m;
  }
  // relative subject: "Mr. Kamin, who emphasized that …" → the antecedent
  let relClause = false;
  // the relative pronoun is the source mention as written (its antecedent names the source), as a pronoun subject is
  let relTok = -1;
  if (k >= 1 && (toks[k]!.l === 'who' || toks[k]!.l === 'which') && toks[k]!.t !== 'WHO' && isComma(toks[k - 1]) && toks[k - 2]?.w) { relTok = k; k -= 2; relClause = true; }
  else if (k >= 1 && toks[k]!.l === 'who' && toks[k]!.t !== 'WHO' && toks[k - 1]!.w && !toks[k - 1]!.cap && /s$/.test(toks[k - 1]!.l)) { relTok = k; k -= 1; }
  const cs = clauseStart(toks, asideAt > 0 ? asideAt : j);
  let after = cueEnd + 1;
  // a multi-word cue needs "that" when its last word does ("expressed concern that")
  const needThat = (NEEDS_THAT.has(t.l) || (cueEnd > j && NEEDS_THAT.has(toks[cueEnd]!.l))) && mode === 'speech';
  // ---- subject
  let src: [number, number] | null = null;
  let appos = '';
  let preComma = false;
  let inverted = false;
  let intro: [number, number] | null = null;
  let coordinated = false;
  let srcFull = Number.MAX_SAFE_INTEGER;
  // "The F.B.I. said": the abbreviation's last full stop ends the source phrase
  if (k >= 1 && isPunct(toks[k], '.') && toks[k - 1]!.w && /^[A-Z](\.[A-Z])*$/.test(toks[k - 1]!.t) && toks[k + 1]!.s - toks[k]!.e <= 1) k--;
  if (k >= 0 && (toks[k]!.w || isPercent(toks, k))) {
    // "Residents the BBC spoke to said": the head before the reporter's contact relative clause speaks
    src = interviewRelative(toks, k, cs) ?? leftNP(toks, k, cs);
    // "… the endorsement of Gordon Humphrey, who told …": the relative's antecedent is the name, not the phrase holding it
    if (relClause && toks[k]!.cap) {
      let a = k;
      while (a > cs && (toks[a - 1]!.cap || PARTICLE.has(toks[a - 1]!.l) || toks[a - 1]!.t === '.' || (INNER.has(toks[a - 1]!.l) && toks[a - 2]?.cap))) a--;
      while (a < k && !toks[a]!.w) a++;
      if (!src || a > src[0]) src = [a, k];
    } else if (relClause) {
      // "They met the mayor, who said …": the antecedent starts at its determiner
      let a = k;
      while (a > cs && k - a < 6 && toks[a]!.w && !DET.has(toks[a]!.l)) a--;
      if (DET.has(toks[a]!.l) && (!src || a > src[0])) src = [a, k];
    }
    if (src && src[0] > cs && (toks[src[0] - 1]!.l === 'and' || toks[src[0] - 1]!.l === 'but') && src[0] === k + 1) src = null;
  } else if (k >= 0 && (isComma(toks[k]) || isCloseQuote(toks[k], quotes))) {
    preComma = true;
  } else if (k < 0 || isHard(toks[k]) || isOpenQuote(toks[k], quotes)) {
    // sentence-initial cue: imperative or fragment; not a frame
    return;
  }
  // "and now says …": coordinated verb phrase; the subject is the clause's first noun phrase
  if (!src && !preComma && k >= 0 && (toks[k]!.l === 'and' || toks[k]!.l === 'but')) {
    const fv = firstVerbish(toks);
    // "The agency, in a statement, said A and warned that B", "X, a fellow at Y, said A but warned B": an aside in
    // commas hides the clause's first verb (or holds a verb-like word: "in a televised address"); the clause's own
    // report, its subject opening the clause and its content running over the conjunction, gives the subject
    src = asideReportSubject(sc, cs, k, j);
    if (!src && fv > cs && fv < k) src = coordinatedSubject(toks, fv, cs, (a, b) => entityAt(ctx.mix, toks[a]!.s, toks[b]!.e)?.type === 'PERSON');
    if (src) { after = cueEnd + 1; coordinated = true; }
  }
  if (preComma) {
    // inverted: "…, said X" / '"…," said X'
    let y = rightNP(toks, after, n, RIGHT_STOP);
    // "said 9/11 widow Terry Strada": the slash inside the date-like modifier does not end the phrase
    if (y && y[1] === after && /^\d+$/.test(toks[after]!.t) && toks[after + 1]?.t === '/' && /^\d+$/.test(toks[after + 2]?.t ?? '')) {
      const y2 = rightNP(toks, after + 2, n, RIGHT_STOP);
      if (y2) y = [after, y2[1]];
    }
    const afterY = y ? toks[y[1] + 1] : undefined;
    // a lower-case role before the name: "said former secretary of state Hillary Clinton"
    // "said of the plan": a preposition opens an adjunct, never a role before a name
    // "said 9/11 widow Terry Strada": a date-like modifier ("9/11", "2016") may open the role
    const titled = !!toks[after] && !toks[after]!.cap && !RIGHT_STOP.has(toks[after]!.l) && !ADJUNCT_PREP.has(toks[after]!.l) && [1, 2, 3, 4, 5].some((d) => toks[after + d]?.cap && toks.slice(after, after + d).every((x) => x.w || (x.t === '/' && /^\d/.test(toks[after]!.t))));
    // "said one source in the room", "said two officials", "said several analysts": a counted source
    const counted = !!toks[after] && toks[after]!.w && (QUANT_SUBJ.has(toks[after]!.l) || /^\d+$/.test(toks[after]!.l)) && !!toks[after + 1]?.w && !RIGHT_STOP.has(toks[after + 1]!.l)
      && !/^(of|percent|per|in|on|at|the|a|time|times|day|days|week|weeks|year|years|month|months|hour|hours|minute|minutes)$/.test(toks[after + 1]!.l);
    // "Sara Lee, 45, said the store closed": a phrase ending on a past verb is the reported clause, not an inverted source
    const lastY = y ? toks[y[1]]! : undefined;
    const clauseLike = !!lastY && !lastY.cap && y![1] > y![0] && (/ed$/.test(lastY.l) || IRR_PAST.has(lastY.l)
      // "…, said the event brought back memories": a past verb with its object inside the phrase
      || toks.slice(y![0] + 1, y![1]).some((x, m) => !x.cap && (IRR_PAST.has(x.l) || /ed$/.test(x.l)) && !/^(read|set|cut|put|hit|let|cost|bet|quit|spread|shut|bid|cast|led|retired|elected|appointed|acting|named|designated|united)$/.test(x.l)
        && !!toks[y![0] + m + 2]?.w && (DET.has(toks[y![0] + m + 2]!.l) || PRON.has(toks[y![0] + m + 2]!.l) || /^(back|up|out|down|off|away)$/.test(toks[y![0] + m + 2]!.l))));
    // "…, a spokeswoman, Ana White, said on Saturday": a time phrase after the cue is no inverted source
    const timeOnly = !!y && toks.slice(y[0], y[1] + 1).every((x) => MONTHS_DAYS.has(x.l) || /^(on|last|this|next|early|late|earlier|later|in|at|the|\d.*)$/.test(x.l));
    if (y && !clauseLike && !timeOnly && mode === 'speech' && !/^(told|tells|tell|telling)$/.test(t.l) && (toks[after]!.cap || DET.has(toks[after]!.l) || titled || counted) && toks[after]!.l !== 'that'
      && (!afterY || isComma(afterY) || isPunct(afterY, '.') || isHard(afterY) || afterY.l === 'who' || (afterY.q && !isOpenQuote(afterY, quotes))
        // '"…," said ACLU director Anthony Romero in a statement.'
        || (afterY.w && !afterY.cap && trailingOnly(toks, y[1] + 1, n) && (isCloseQuote(toks[j - 1], quotes) || isCloseQuote(toks[j - 2], quotes) || (counted && /^(in|at|from|on|with|close|familiar)$/.test(afterY.l)))
          && !toks.slice(y[0], y[1] + 1).some((x) => !x.cap && /ed$/.test(x.l))))) {
      const pc = postContent(ctx, sc, j);
      if (pc) {
        inverted = true;
        // "said one source in the room", "said two analysts familiar with the plan": the trailing phrase is the source's
        if (counted && afterY?.w && !afterY.cap && !isCloseQuote(toks[j - 1], quotes) && !isCloseQuote(toks[j - 2], quotes)) {
          let e = n - 1;
          while (e > y[1] && !toks[e]!.w) e--;
          if (e > y[1] && e - y[1] <= 8) y = [y[0], e];
        }
        let z = y[1];
        let ap = '';
        // '"…," said Maria Lopez, 62, whose house …': an age after the name belongs to the source's words
        if (isComma(toks[z + 1]) && /^\d{1,3}$/.test(toks[z + 2]?.t ?? '') && (z + 3 >= n || isComma(toks[z + 3]) || isPunct(toks[z + 3], '.'))) z += 2;
        if (isComma(toks[z + 1]) && toks[z + 2] && (DET.has(toks[z + 2]!.l) || toks[z + 2]!.l === 'who' || toks[z + 2]!.l === 'whose' || roleAppositive(toks, z + 2))) {
          const ce = clauseEnd(toks, z + 2);
          ap = spanText(ctx, toks, z + 2, Math.max(z + 2, ce - 1)); z = ce - 1;
        }
        const l = namedLink(ctx, toks, y[0], y[1], cue, 'attr.post-inverted', ap);
        const content: Array<[number, number]> = [pc];
        const tail = tailAfter(sc, Math.max(z, y[1]));
        if (tail) content.push(tail);
        // '"…," said X in a statement.': the trailing adverbial belongs to the frame words, not a claim of its own
        let me = Math.max(z, y[1]);
        if (toks[me + 1]?.w && trailingOnly(toks, me + 1, n)) { let e = me + 1; while (e + 1 < n && toks[e + 1]!.w) e++; me = e; }
        pushFrame(sc, { sent: sc.si, links: [l], content, material: [toks[j - 1]!.s, toks[me]!.e], rule: 'attr.post-inverted', cue: j });
        return;
      }
    }
    // appositive: "X, spokesman for Y, said that …"
    const chunks = leftChunks(toks, k - 1, cs);
    // a non-restrictive relative ("X, who lost the primary, said") describes the source; it never is one
    // a state or party tag after a name or place ("Nancy Mace, R-S.C.,", "St. Louis, Mo.,") is no source either
    const cand = chunks.filter(([a, b], i) => !introChunk(toks, a) && !(i > 0 && /^(who|which)$/.test(toks[a]!.l)) && !(i > 0 && placeTag(toks, a, b)));
    if (!cand.length) return;
    let pick = cand[0]!;
    for (const c of cand) {
      if (isNameChunk(toks, c[0], c[1])) { pick = c; break; }
      // "…, and Donna Lee, 59, of Ashton, said": the name after a coordinating conjunction
      if (c[1] > c[0] && /^(and|but)$/.test(toks[c[0]]!.l) && isNameChunk(toks, c[0] + 1, c[1])) { pick = [c[0] + 1, c[1]]; break; }
    }
    // "Sen. Bernie Sanders (Vt.)": the phrase ends before its parenthesis
    let pe = pick[1];
    // "Acme Corp., said", "Nancy Mace, R-S.C., said": an abbreviation's full stop before the comma ends no phrase
    if (pe > pick[0] && isPunct(toks[pe], '.') && toks[pe - 1]!.w && toks[pe - 1]!.e === toks[pe]!.s) pe--;
    if (toks[pe]!.t === ')') { let m = pe - 1; while (m > pick[0] && toks[m]!.t !== '(') m--; if (m > pick[0]) pe = m - 1; }
    const np = leftNP(toks, pe, pick[0]);
    if (!np) return;
    src = np;
    appos = cand.filter((c) => c !== pick).map((c) => spanText(ctx, toks, c[0], c[1])).join(', ');
    intro = chunks.length && introChunk(toks, chunks[0]![0]) ? chunks[0]! : null;
  }
  void inverted;
  if (src && !preComma) {
    for (let w = src[0] - 1, g = 0; w > cs && g < 14; w--, g++) {
      const x = toks[w]!;
      if (isComma(x) || x.q || isHard(x)) break;
      // "… in Michigan that Clinton described": a "that"/"who" right before the subject opens its clause; no antecedent
      // unless what follows it is the relative's own verb phrase ("Democrats who watched the debate said")
      const relVerb = !toks[src[0]]!.cap && (/ed$/.test(toks[src[0]]!.l) || IRR_PAST.has(toks[src[0]]!.l));
      if ((x.l === 'who' || x.l === 'that') && w === src[0] - 1 && !(x.l === 'who' && relVerb)) break;
      if ((x.l === 'who' || x.l === 'that') && toks[w - 1]?.w && !PRON.has(toks[w - 1]!.l)) {
        const ante = leftNP(toks, w - 1, cs);
        if (ante && ((relVerb && x.l === 'who') || toks[ante[1]]!.cap || OFFICIAL_ROLE.has(toks[ante[1]]!.l) || /s$/.test(toks[ante[1]]!.l) || COLLECTIVE.has(toks[ante[1]]!.l))) src = ante;
        break;
      }
    }
  }
  if (!src) return;
  // "As the crowd chanted, …", "as he said goodbye": a clause of time or manner, not a report (see frames-as.ts)
  // but "…, as the UN warned that the toll could rise": a cue with its own complement reports it (the clause before is not its)
  if (src[0] >= 1 && toks[src[0] - 1]!.l === 'as' && (src[0] - 1 === cs || isComma(toks[src[0] - 2])) && !(mode === 'speech' && ownComplement(toks, cueEnd))) return;
  if (src[0] === src[1] && /^(i|we|i'm|we're|i've|we've|i'd|we'd|me|us|you|nobody|anyone|everyone|someone|somebody|everybody|anybody|people)$/.test(toks[src[0]]!.l) && insideQuote(sc, toks[j]!.s)) return;
  {
    const before = toks[src[0] - 1];
    const one = src[0] === src[1] ? toks[src[0]]! : null;
    if (before && /^(could|would|will|may|might|can|should|must|to|did|does|do|shall)$/.test(before.l) && !(before.l === 'may' && before.cap)) return;
    if (one && !one.cap && !PRON.has(one.l) && !/s$/.test(one.l) && /^[a-z]+$/.test(one.l) && !COLLECTIVE.has(one.l) && !/^(some|many|most|others|few|several|all|both|none)$/.test(one.l)) return;
    // a capitalised "-ing" word opening the sentence is a participle ("Having announced …") unless it is a known name
    const named = !!entityAt(ctx.mix, toks[src[0]]!.s, toks[src[1]]!.e);
    if (!srcOk(toks, src, t.l, j, named)) return;
    srcFull = src[0];
    src = trimContactRelative(toks, trimToName(toks, src));
  }
  // "was described as" is a passive; "is describing the tweet as unhinged" is the subject's own act
  if (mode === 'npobj' && prev && (BE.has(prev.l) || prev.l === 'been') && !/ing$/.test(t.l)) return;
  if (mode === 'npobj' && !callFor && /^(called|calls|call|calling)$/.test(t.l) && /^(on|for|off|in|up|out|upon)$/.test(toks[j + 1]?.l ?? '')) return;
  // a subject right after a comma or quote, with content before it: post-posed frame "C, X said"
  const a = src[0];
  // the whole phrase decides the position ('"…," his nephew Michery Soheil added': the name was trimmed out of it)
  const a0 = Math.min(a, srcFull);
  const srcPrev = toks[a0 - 1];
  // right after a closing quote a long source is still post-posed ('"…," Jeffrey Lewis of the James Martin Center wrote')
  const tooLongForPost = src[1] - a0 > (isCloseQuote(toks[a0 - 1], quotes) || isCloseQuote(toks[a0 - 2], quotes) ? 13 : 8);
  if (srcPrev && (isComma(srcPrev) || isCloseQuote(srcPrev, quotes)) && mode === 'speech' && !tooLongForPost && !coordinated) {
    let after2 = after;
    if (/^(told|tells|tell|asked|asks|ask)$/.test(t.l)) { const y = rightNP(toks, after, n, RIGHT_STOP); if (y && y[1] - y[0] < 6) after2 = y[1] + 1; }
    const nextAfter = skipAfterCue(toks, after2, n);
    const prepTail = isCloseQuote(srcPrev, quotes) && /^(of|about|in|on|at|during|after|before|from|while|when|as|outside|inside|by|via|over|through|with)$/.test(toks[after2]?.l ?? '');
    const endsHere = nextAfter >= clauseEnd(toks, j) || isComma(toks[nextAfter - 1]) || isComma(toks[nextAfter]) || isPunct(toks[nextAfter], '.')
      || trailingOnly(toks, after2, n)
      // '"It's over," she said of the election …': a prepositional tail after a cue right behind a closing quote
      || prepTail;
    const hasThat = toks[after]?.l === 'that';
    if (endsHere && !hasThat) {
      let pc = postContent(ctx, sc, a0);
      let roleFrom = srcPrev.s;
      // "C, a spokeswoman, Ana White, said": a role phrase before the name belongs to the source, not to C; so does
      // one right after a quotation ('"…," the spokesman for the Red Cross, Ahmed Idris, said'), where the quotation
      // keeps its closing mark
      if (pc && isComma(srcPrev)) {
        let b = a0 - 2;
        while (b > cs && !isComma(toks[b]) && a0 - b <= 9) b--;
        // (the clause after a quotation starts right after its closing mark)
        const quoted = b === cs && b > 0 && isCloseQuote(toks[b - 1], quotes) ? quotes.byClose.get(toks[b - 1]!.e) : undefined;
        const chunk = toks.slice(quoted ? b : b + 1, a0 - 1);
        const roleOk = chunk.length > 0 && DET.has(chunk[0]!.l) && chunk.some((x) => OFFICIAL_ROLE.has(x.l)) && !chunk.some((x) => FINITE.has(x.l) || x.q);
        if (isComma(toks[b]) && b - cs >= 3 && chunk.length <= 5 && roleOk && pc[1] > toks[b]!.s) { pc = [pc[0], toks[b - 1]!.e]; roleFrom = toks[b]!.s; }
        // (the content read after the quotation was the role phrase itself: the quotation is the content)
        else if (quoted && chunk.length <= 8 && roleOk && pc[0] >= toks[b]!.s) { pc = [quoted[0], quoted[1]]; roleFrom = toks[b]!.s; }
      }
      // "Time, Mr. Pence added, was on their side": a one-word head before a parenthetical frame, the clause after it
      if (!pc && isComma(srcPrev) && a0 - 1 > cs && toks[a0 - 2]!.w && toks.slice(cs, a0 - 1).every((x) => x.w)) {
        let z0 = cueEnd;
        while (z0 + 1 < n && !isComma(toks[z0 + 1]) && !isHard(toks[z0 + 1]) && !isPunct(toks[z0 + 1], '.') && !toks[z0 + 1]!.q) z0++;
        if (tailAfter(sc, z0) && !INTRO_PREP.has(toks[cs]!.l)) pc = [toks[cs]!.s, toks[a0 - 2]!.e];
      }
      if (pc) {
        const l = namedLink(ctx, toks, a, src[1], cue, 'attr.post');
        let z = cueEnd;
        while (z + 1 < n && !isComma(toks[z + 1]) && !isHard(toks[z + 1]) && !isPunct(toks[z + 1], '.') && !toks[z + 1]!.q) z++;
        const content: Array<[number, number]> = [pc];
        const tail = prepTail ? null : tailAfter(sc, z);
        if (tail) content.push(tail);
        // '"A," he said, "B."'
        if (isComma(toks[z + 1]) && isOpenQuote(toks[z + 2], quotes)) {
          const q = quotes.byOpen.get(toks[z + 2]!.s);
          if (q) content.push([q[0], q[1]]);
        }
        // '"…," he told the BBC': the medium told is the outer source
        const told = /^(told|tells)$/.test(t.l) ? mediumAfter(ctx, sc, after) : null;
        // "C, Reuters reported, citing two people familiar with the matter": the cited source is inner
        let cited: AttributionLink | null = null;
        if (isComma(toks[z + 1]) && toks[z + 2]?.l === 'citing') {
          const y = rightNP(toks, z + 3, n, RIGHT_STOP);
          let ye = y ? y[1] : -1;
          // "two people familiar with the matter", "officials in the region": the source runs to the clause end
          while (y && ye + 1 < n && toks[ye + 1]!.w && ye - y[0] < 12) ye++;
          if (y && (ye + 1 >= n || isPunct(toks[ye + 1], '.') || isComma(toks[ye + 1]))) {
            // "citing security concerns": a reason, frame words but no source
            if (!citedReason(toks, y[0], ye)) cited = namedLink(ctx, toks, y[0], ye, [toks[z + 2]!], 'attr.citing-after');
            z = ye;
          }
        }
        const links0 = told ? [told.link, l] : [l];
        if (cited) links0.push(cited);
        pushFrame(sc, { sent: sc.si, links: links0, content, material: [roleFrom, toks[z]!.e], rule: 'attr.post', cue: j });
        return;
      }
    }
  }
  // ---- pre-posed: "X said (that) C", "X told Y (that) C"
  const links: AttributionLink[] = [];
  let medium: AttributionLink | null = null;
  // "assured him (that) C", "reminded voters that C": the person addressed sits between the cue and the clause
  if (ADDRESS_VERBS.has(t.l) && mode === 'speech' && toks[after]?.w && toks[after]!.l !== 'that') {
    const y = addresseeNP(toks, after, n);
    // what follows the addressee opens a clause: "that", or a subject (pronoun, determiner, name) with its verb
    const nx = y ? toks[y[1] + 1] : undefined;
    const opens = !!nx && nx.w && (nx.l === 'that' || ((PRON.has(nx.l) || DET.has(nx.l) || nx.cap) && verbAhead(toks, y![1] + 1)));
    if (y && y[1] - y[0] < 5 && opens) after = y[1] + 1;
  }
  if ((t.l === 'told' || t.l === 'tells' || t.l === 'tell' || t.l === 'telling') && mode === 'speech') {
    const m = mediumAfter(ctx, sc, after);
    if (m) { medium = m.link; after = m.end + 1; }
    else {
      const y = addresseeNP(toks, after, n);
      if (y && y[1] - y[0] < 6) after = y[1] + 1;
    }
  }
  // "asked Sanders how he felt", "asked them whether …": the person asked sits between the cue and the question
  if (QUESTION_CUES.has(t.l) && /^ask/.test(t.l) && mode === 'speech' && toks[after]?.w && !WH_CLAUSE.has(toks[after]!.l)) {
    const y = rightNP(toks, after, n, ASK_STOP);
    if (y && y[1] - y[0] < 6 && WH_CLAUSE.has(toks[y[1] + 1]?.l ?? '')) after = y[1] + 1;
  }
  // "Speaking to Y, X said" / "X, speaking to Y, said"
  if (!medium) {
    const lo = intro ? intro[0] : cs;
    // (only the tokens that can open either phrase: a scan of the clause per cue was quadratic in a long sentence)
    const sp = speakingIndices(toks);
    const p0 = firstFrom(sp, lo), pj = firstFrom(sp, j);
    // the first "speaking to Y" with a medium, from the clause start: the phrases already found to have none are
    // skipped (a phrase without a medium has none for every cue; looking again was quadratic in a long sentence)
    const mc = mediumCache(toks, sp);
    const speakingAt = (p: number): number => { const i = sp[p]!; return toks[i + 1]!.l === 'to' ? i + 2 : i + 4; };
    let pm = mc.next(p0);
    for (; pm < pj; pm = mc.next(pm + 1)) {
      if (mediumSpan(ctx, sc, speakingAt(pm))) break;
      mc.none(pm);
    }
    // "Citing Y, X reported" — Y is inner: the last "citing" before that medium (or the cue) naming a source
    const pe = Math.min(pm, pj);
    for (let q = pe > 0 ? citingAtOrBefore(toks, pe - 1) : -1; q >= p0; q = q > 0 ? citingAtOrBefore(toks, q - 1) : -1) {
      const i = sp[q]!;
      const y = rightNP(toks, i + 1, j, RIGHT_STOP);
      if (y && !citedReason(toks, y[0], y[1])) { (sc as SentCtx & { citing?: AttributionLink }).citing = namedLink(ctx, toks, y[0], y[1], [toks[i]!], 'attr.citing'); break; }
    }
    if (pm < pj) {
      const i = sp[pm]!, at = speakingAt(pm);
      medium = mediumAfter(ctx, sc, at, [toks[i]!, toks[at - 1]!])!.link;
    }
  }
  // "Xinhua reported, citing local officials, that …": the cited source is inner
  let citeAfter: AttributionLink | null = null;
  if (mode === 'speech' && isComma(toks[after]) && toks[after + 1]?.l === 'citing') {
    const y = rightNP(toks, after + 2, n, RIGHT_STOP);
    if (y && y[1] - y[0] < 10 && (isComma(toks[y[1] + 1]) || toks[y[1] + 1]?.l === 'that')) {
      if (!citedReason(toks, y[0], y[1])) citeAfter = namedLink(ctx, toks, y[0], y[1], [toks[after + 1]!], 'attr.citing-after');
      after = y[1] + 1;
    }
  }
  let c0 = mode === 'npobj' ? after : skipAfterCue(toks, after, n);
  // "wrote on X: C", "said in a statement on Monday: C", "put it bluntly: C": a short adjunct between the cue and a colon
  if (mode === 'speech' && !medium) {
    const colon = colonAfterAdjunct(toks, after, n);
    if (colon > 0) c0 = colon + 1;
  }
  let localEnd = n;
  if (mode === 'npobj') {
    for (let m = after; m < n; m++) {
      const x = toks[m]!;
      if (isComma(x) || isPunct(x, ';')) { localEnd = m; break; }
      if ((x.l === 'and' || x.l === 'but') && m > after && [1, 2].some((d) => { const y = toks[m + d]; return !!y && !y.cap && (SPEECH.has(y.l) || NPOBJ.has(y.l)); })) { localEnd = m; break; }
    }
  }
  let raising = false;
  if (mode === 'speech' && needThat && toks[c0 - 1]?.l !== 'that' && RAISING.has(t.l)) {
    for (let m = after + 1; m < Math.min(n, after + 6); m++) {
      if (!toks[m]!.w) break;
      if (toks[m]!.l === 'to' && toks[m + 1]?.w && !toks[m + 1]!.cap) { raising = true; break; }
    }
  }
  if (mode === 'speech' && needThat && !raising && toks[c0 - 1]?.l !== 'that') {
    if (isPunct(toks[after], ':')) { raising = true; c0 = after + 1; }
    // "she added warily: …"
    else if (isLyAdverb(toks[after]) && isPunct(toks[after + 1], ':')) { raising = true; c0 = after + 2; }
    else if (QUESTION_CUES.has(t.l) && WH_CLAUSE.has(toks[c0]?.l ?? '')) raising = true;
    // "explained how the cuts hurt", "went on to describe why …": an indirect question as content
    else if (WH_CUES.has(toks[cueEnd]!.l) && /^(how|why|what|whether)$/.test(toks[c0]?.l ?? '')) raising = true;
    // "the poll showed Trump leading", "records show he backed …": a document's finding, object and all
    else if (SHOW_CUES.has(t.l) && docHead(toks, src)) raising = true;
    else if (BARE_OK.has(t.l) && toks[c0] && (PRON.has(toks[c0]!.l) || toks[c0]!.cap || DET.has(toks[c0]!.l) || toks[c0]!.l === 'there')) {
      for (let m = c0 + 1; m < Math.min(n, c0 + 7); m++) { if (!toks[m]!.w) break; if (FINITE.has(toks[m]!.l)) { raising = true; break; } }
    }
    // a bare noun subject: "believe bigotry and xenophobia are acceptable" (a finite verb within three plain words)
    else if (MENTAL.has(t.l) && toks[c0]?.w && !toks[c0]!.cap && /^[a-z]+$/.test(toks[c0]!.t) && !FINITE.has(toks[c0]!.l) && !OBJ_PRON.has(toks[c0]!.l) && !WH_CLAUSE.has(toks[c0]!.l) && !INTRO_PREP.has(toks[c0]!.l) && !/(ly|ing|ed)$/.test(toks[c0]!.l)) {
      for (let m = c0 + 1; m < Math.min(n, c0 + 4); m++) {
        const x = toks[m]!;
        if (!x.w || /^(who|that|which|to|of)$/.test(x.l)) break;
        if (FINITE.has(x.l) && !/^(has|have|had|do|does|did)$/.test(x.l)) { raising = true; break; }
      }
    }
  }
  // '"Why now?" Mr. Lund asked.': nothing after the cue and a quotation just before the sentence
  const crossQuote = (c0 >= n || trailingOnly(toks, c0, n)) && src[0] <= firstWord(toks) && !!quoteEndingBefore(ctx.text, sc.quotes, toks[0]!.s);
  if (mode === 'speech' && needThat && !raising && !crossQuote && toks[c0 - 1]?.l !== 'that' && !isOpenQuote(toks[c0], quotes) && !isPunct(toks[c0 - 1], ':')) {
    if (!NPOBJ.has(t.l)) return;
    // "The company announced a $2bn takeover": the announcing is the outlet's narrated fact, unless what is announced
    // is a figure the source vouches for ("announced a death toll of 50", "announced record profits")
    if (ACT_CUES.has(t.l) && !figureObject(toks, after, n)) return;
    mode = 'npobj';
    c0 = after;
  }
  if (medium) links.push(medium);
  const xl = namedLink(ctx, toks, src[0], src[1], cue, mode === 'npobj' ? 'attr.npobj' : 'attr.pre', appos);
  if (relTok >= 0 && relTok > src[1] && !preComma) xl.span = { start: toks[relTok]!.s, end: toks[relTok]!.e };
  links.push(xl);
  const citing = (sc as SentCtx & { citing?: AttributionLink }).citing;
  if (citing) { links.push(citing); (sc as SentCtx & { citing?: AttributionLink }).citing = undefined; }
  else if (citeAfter) links.push(citeAfter);
  while (c0 < n && (isComma(toks[c0]) || isPunct(toks[c0], ':'))) c0++;
  // 'He said:' closing a paragraph, the quote opening the next one
  if (mode === 'speech' && c0 >= n && isPunct(toks[n - 1], ':')) {
    let pos = toks[n - 1]!.e;
    while (pos < ctx.text.length && pos - toks[n - 1]!.e < 6 && /\s/.test(ctx.text[pos]!)) pos++;
    const q = quotes.byOpen.get(pos);
    // "The governor added:" closing its line, the words quoted as a block in the next sentence
    const next = ctx.sents[sc.si + 1];
    const block: [number, number] | undefined = q ?? (next && next.start - toks[n - 1]!.e < 6 && next.end - next.start > 12 ? [next.start, next.end] : undefined);
    if (block) {
      const l = namedLink(ctx, toks, src[0], src[1], cue, 'attr.colon-next');
      const lk: AttributionLink[] = medium ? [medium, l] : [l];
      pushFrame(sc, { sent: sc.si, links: lk, content: [[block[0], block[1]]], material: [toks[Math.min(src[0], srcFull)]!.s, toks[n - 1]!.e], rule: 'attr.colon-next', cue: j });
      return;
    }
  }
  // '"… no?" Freddy Ortega said.' — the segmenter ended the sentence inside the quote: the frame is post-posed
  if (mode === 'speech' && (c0 >= n || trailingOnly(toks, c0, n)) && src[0] <= firstWord(toks)) {
    const q = quoteEndingBefore(ctx.text, sc.quotes, toks[0]!.s);
    if (q) {
      const l = namedLink(ctx, toks, src[0], src[1], cue, 'attr.post-cross');
      pushFrame(sc, { sent: sc.si, links: [l], content: [[q[0], q[1]]], material: [toks[src[0]]!.s, toks[n - 1]!.e], rule: 'attr.post-cross', cue: j });
      return;
    }
  }
  let ce = Math.min(localEnd, clauseEnd(toks, Math.min(c0, n - 1)));
  // "…, a claim that could not be verified" / "…, which could not be independently confirmed": the outlet's comment
  // (the commas are looked up, not scanned for: a content running to the end of a long sentence of cues)
  const commas = commaIndices(toks);
  {
    const cc = commentCommas(toks);
    const p = firstFrom(cc, c0 + 1);
    if (p < cc.length && cc[p]! < ce - 2) ce = cc[p]!;
  }
  // "Although critics say C, she said …": a frame inside a subordinate clause ends where the main clause begins
  if (!preComma && SUBORDINATOR.has(toks[cs]!.l) && src[0] > cs && !isOpenQuote(toks[c0], quotes)) {
    for (let p = firstFrom(commas, c0 + 1); p < commas.length && commas[p]! < ce - 2; p++) {
      const m = commas[p]!;
      const x = toks[m + 1]!;
      // the main clause's subject: a pronoun, a determiner, a name or a bare plural ("critics called it …")
      if (isComma(toks[m]) && x.w && (PRON.has(x.l) || DET.has(x.l) || x.cap || /[^s]s$/.test(x.l)) && verbAhead(toks, m + 1)) { ce = m; break; }
    }
  }
  // "The man, who said nothing, left": a non-restrictive relative closes at its comma; what follows is the main clause
  // "The hands, which he said were at his side, were empty": the frame sits inside a relative clause that closes at its comma
  const relInner = src[0] >= 2 && /^(which|who|whom)$/.test(toks[src[0] - 1]!.l) && isComma(toks[src[0] - 2]);
  if ((relClause || relInner) && !isOpenQuote(toks[c0], quotes)) { const p = firstFrom(commas, c0 + 1); if (p < commas.length && commas[p]! < ce) ce = commas[p]!; }
  if (c0 >= n || ce <= c0) return;
  // content starting with an opening quote runs to the quote's end, possibly past the sentence
  let contentEnd = toks[ce - 1]!.e;
  if (isOpenQuote(toks[c0], quotes)) {
    const q = quotes.byOpen.get(toks[c0]!.s);
    if (q) contentEnd = Math.max(contentEnd, q[1]);
  }
  const adjacent = !preComma && src[1] >= k && asideAt < 0;
  let claimStart = mode === 'npobj' || adjacent ? toks[Math.max(Math.min(src[0], srcFull), cs)]!.s : undefined;
  let materialStart = preComma ? toks[cs]!.s : toks[Math.min(src[0], srcFull)]!.s;
  // "Trump has been targeting Machado since Clinton, at the debate, cited …": words before the subject that are not
  // intro phrases are a proposition of their own, not frame material
  if (preComma && src[0] > cs) {
    const before = leftChunks(toks, src[0] - 1, cs);
    const srcChunkStart = (() => { let m = src[0] - 1; while (m >= cs && !isComma(toks[m])) m--; return m + 1; })();
    if (srcChunkStart < src[0] || !before.every(([a]) => introChunk(toks, a))) materialStart = toks[Math.min(src[0], srcFull)]!.s;
  }
  // "In May the board said C", "Earlier this week the ministry said C": an intro phrase with no comma belongs to the claim
  if (!coordinated && !preComma && claimStart !== undefined && src[0] > cs && INTRO_PREP.has(toks[cs]!.l) && src[0] - cs <= 5 && toks.slice(cs, src[0]).every((x) => x.w)) claimStart = toks[cs]!.s;
  if (coordinated) { claimStart = toks[k + 1]!.s; materialStart = toks[k + 1]!.s; }
  else if (!preComma && src[0] > cs) {
    // an intro chunk before the subject ("Asked why …, Haq said") belongs to the frame
    const chunks = leftChunks(toks, src[0] - 1, cs);
    if (chunks.length && chunks.every(([a]) => introChunk(toks, a))) materialStart = toks[cs]!.s;
  }
  // a narrated act keeps its frame (the claim's cut, the cue's tense for status) but its link is marked, and dropped
  // once the certainty stage has read it (certainty/index.ts)
  if (mode === 'npobj' && links[links.length - 1] === xl && narratedAct(toks, j, c0, ce)) xl.rule = (xl.rule ?? '').replace(/^attr\.npobj/, 'attr.act');
  // a directive with its addressee and infinitive ("urged his rivals to join him", "ordered the military to speed up
  // the evacuation", "asked residents to stay indoors") is the outlet's narration of an act too (the held-out devsets
  // wanted no source in 12 of 13 such claims at the head of a chain; a quotation in it or a coordinated "said … and
  // urged" keeps the source)
  else if (!coordinated && DIRECTIVES.has(t.l) && links[links.length - 1] === xl && directiveInfinitive(toks, after, ce)) xl.rule = (xl.rule ?? '').replace(/^attr\.(pre|npobj)/, 'attr.act');
  pushFrame(sc, { sent: sc.si, links, content: [[toks[c0]!.s, contentEnd]], material: [materialStart, toks[c0 - 1]?.e ?? toks[cueEnd]!.e],
    claimStart, rule: mode === 'npobj' ? 'attr.npobj' : 'attr.pre', cue: j });
  void ce;
}

// ------------------------------------------------------------------------------------------------
// Claims: cut each sentence at clause boundaries and frame edges; chain = frames covering the piece.

const DASHES = new Set(['—', '–', '--']);
/**
 * When toks[k] is a dash closing an aside ("Lee — a baker from Ames — said"), the index of the opening dash: a dash
 * at most 20 tokens back with a word right before it, no other hard punctuation or quote between and at least one
 * word inside. Else -1.
 */
/** When a dash ends at token i (an em/en dash, "--" typed as two hyphens, or a hyphen spaced on both sides), its first token; else -1. */
/** The source phrase is headed by a document noun: "the poll", "video of the incident", "data from the survey". */
function docHead(toks: Tok[], src: [number, number]): boolean {
  if (DOC_HEADS.has(toks[src[1]]!.l)) return true;
  for (let i = src[0] + 1; i <= src[1]; i++) if (/^(of|from|by|on|in|for)$/.test(toks[i]!.l)) return DOC_HEADS.has(toks[i - 1]!.l);
  return false;
}

export function dashAt(toks: Tok[], i: number): number {
  const t = toks[i];
  if (!t || t.w) return -1;
  if (DASHES.has(t.t)) return i;
  if (t.t !== '-') return -1;
  const p = toks[i - 1], x = toks[i + 1];
  if (p && !p.w && p.t === '-' && p.e === t.s) return i - 1;
  if (x && !x.w && x.t === '-' && x.s === t.e) return -1; // the first half of "--": the pair ends at the next token
  return p && x && p.e < t.s && x.s > t.e ? i : -1;
}

export function dashAsideStart(toks: Tok[], k: number): number {
  const d = dashAt(toks, k);
  if (d < 0) return -1;
  for (let m = d - 1; m > 0 && d - m <= 30; m--) {
    const x = toks[m]!;
    const o = x.w ? -1 : dashAt(toks, m);
    if (o >= 0) return o < d - 1 && o > 0 && toks[o - 1]!.w ? o : -1;
    // "Mr. King's": an abbreviation's full stop stays inside the aside
    if (!x.w && x.t === '.' && toks[m - 1]?.w && (TITLE_ABBR.has(toks[m - 1]!.l) || /^[A-Z]$/.test(toks[m - 1]!.t))) continue;
    if (!x.w && (x.t === ';' || x.t === ':' || x.q || x.t === '.')) return -1;
  }
  return -1;
}

const OBJ_PRON = new Set(['me', 'us', 'him', 'her', 'them', 'you']);
/**
 * The person told or asked, right after the cue: a noun phrase that ends before a determiner or pronoun opening the
 * reported clause ("told reporters the rent tripled", "told him the plan failed"); an object pronoun stands alone.
 */
export function addresseeNP(toks: Tok[], a: number, n: number): [number, number] | null {
  const y = rightNP(toks, a, n, RIGHT_STOP);
  if (!y) return null;
  // "told her the plan failed" (object) but "told her daughter" (possessive)
  const nx = toks[a + 1];
  if (OBJ_PRON.has(toks[a]!.l) && !(toks[a]!.l === 'her' && nx?.w && !nx.cap && !DET.has(nx.l) && !PRON.has(nx.l) && nx.l !== 'that')) return [a, a];
  for (let i = a + 1; i <= y[1]; i++) {
    const t = toks[i]!;
    if (t.w && !t.cap && (PRON.has(t.l) || (DET.has(t.l) && !/^(of|for)$/.test(toks[i - 1]!.l)))) return verbAhead(toks, i) ? [a, i - 1] : y;
  }
  return y;
}

/** A finite or past verb within eight words from i: what follows the addressee is a clause ("the rent tripled"). */
const NARRATIVE_OBJ = /^(story|stories|tale|tales|truth|lies|joke|jokes|history|fortune|fortunes)$/;
const DENIED_THING = /^(entry|access|bail|visa|visas|permission|permits?|asylum|passage|admission|parole|service|treatment|care|funding|benefits|request|requests|application|applications|appeal|landing|boarding|clearance|citizenship|residency)$/;
/** The head noun of the object after token a (an object pronoun and determiners skipped): "denied him entry" → "entry". */
function objectHead(toks: Tok[], a: number): string {
  let k = a;
  if (toks[k]?.w && /^(him|her|them|us|me|it|you)$/.test(toks[k]!.l)) k++;
  while (toks[k]?.w && (DET.has(toks[k]!.l) || /^(his|her|their|its|our|my|your|full|further|any)$/.test(toks[k]!.l))) k++;
  return toks[k]?.w ? toks[k]!.l : '';
}

/** A chunk that is one abbreviation with its full stop: "Mo.", "Calif.", "R-S.C.", "D-N.Y." */
function placeTag(toks: Tok[], a: number, b: number): boolean {
  if (b !== a + 1 || !isPunct(toks[b], '.') || !toks[a]!.w) return false;
  return /^[A-Z][a-z]{1,4}$/.test(toks[a]!.t) || /^[RDI]-[A-Z][\w.]*$/.test(toks[a]!.t) || /^[A-Z](\.[A-Z])+$/.test(toks[a]!.t);
}

/** The cue at `e` is followed by its complement clause: "that …", or a subject and its verb ("said the toll could rise"). */
function ownComplement(toks: Tok[], e: number): boolean {
  const x = toks[e + 1];
  if (!x?.w) return false;
  if (x.l === 'that') return true;
  return (PRON.has(x.l) || DET.has(x.l) || x.cap) && !/^(it)$/.test(x.l) && verbAhead(toks, e + 1);
}

function verbAhead(toks: Tok[], i: number): boolean {
  for (let m = i + 1; m < toks.length && m < i + 9; m++) {
    const t = toks[m]!;
    if (!t.w) return false;
    if (finitePastForm(t)) return true;
  }
  return false;
}

/** '…," wrote Mark Bell, president of the Farmers Union.': a role phrase without a verb closing the sentence. */
function roleAppositive(toks: Tok[], a: number): boolean {
  const e = clauseEnd(toks, a);
  if (e - a > 12 || !toks.slice(a, Math.min(e, a + 3)).some((x) => OFFICIAL_ROLE.has(x.l))) return false;
  for (let i = a; i < e; i++) {
    const x = toks[i]!;
    if (!x.w && !(x.t === '.' || x.t === '-' || x.t === '’' || x.t === "'" || x.t === '&')) return false;
    if (x.w && !x.cap && (FINITE.has(x.l) || /ed$/.test(x.l) || IRR_PAST.has(x.l) || SPEECH.has(x.l))) return false;
  }
  return true;
}

/**
 * For a cue after "and"/"but" at `k`: the subject (token range) of an earlier report of the same clause whose subject
 * opens the clause at `cs`, is set off from its cue by an aside in commas ("The agency, in a statement, said",
 * "Ana Ruiz, a fellow at the institute, said", "The mayor, speaking on Monday, urged") and whose content runs over
 * the conjunction. Null when there is no such report.
 */
function asideReportSubject(sc: SentCtx, cs: number, k: number, j: number): [number, number] | null {
  const { toks } = sc;
  const at = toks[k]!.s;
  // (the cue right after the conjunction, adverbs aside but no auxiliary: "and would continue" is the verb phrase of
  // the content's subject, not a second report)
  for (let m = k + 1; m < j; m++) if (!(toks[m]!.w && !toks[m]!.cap && (isLyAdverb(toks[m]) || /^(also|then|later|further|again|separately)$/.test(toks[m]!.l)))) return null;
  const past = (x: Tok): boolean => !x.cap && (/ed$/.test(x.l) || IRR_PAST.has(x.l));
  for (const g of sc.frames) {
    if (g.sent !== sc.si || g.local || g.inherit || !/^attr\.(pre|npobj)$/.test(g.rule) || g.cue >= k) continue;
    const c = g.content[0];
    if (!c || c[0] > at || c[1] <= at) continue;
    // (the two cues in one tense: "said … and warned", "says … and warns")
    const gc = toks[g.cue]!, cue = toks[j]!;
    if (!(past(gc) && past(cue)) && !(/s$/.test(gc.l) && /s$/.test(cue.l) && !past(gc) && !past(cue))) continue;
    // (the frame's outer source: "The agency, citing a statement, said" links the agency, then the statement)
    const l = g.links[0];
    if (!l?.span || l.kind === 'UNNAMED' || l.span.start !== toks[cs]!.s) continue;
    // (a verb of saying; one that also takes a plain object only before "that": "and announced a curfew", "and called
    // for talks" may be the act of the content's own subject, "the army had seized the town and announced a curfew")
    if (!SPEECH.has(cue.l) || (NPOBJ.has(cue.l) && toks[j + 1]?.l !== 'that')) continue;
    const a = cs;
    let b = a;
    while (b + 1 < g.cue && toks[b + 1]!.e <= l.span.end) b++;
    if (toks[b]!.e !== l.span.end || !isComma(toks[b + 1])) continue;
    // (the aside closes with a comma right before the cue, adverbs aside)
    let e = g.cue - 1;
    while (e > b + 1 && toks[e]!.w && !toks[e]!.cap && (CUE_ADV.has(toks[e]!.l) || isLyAdverb(toks[e]))) e--;
    if (!isComma(toks[e]) || e <= b + 2) continue;
    return [a, b];
  }
  return null;
}

/**
 * The subject of the clause's first verb at `fv`, for a coordinated cue ("… visited the site and said …"): the noun
 * phrase before it, over adverbs ("It also scrapped …"); when a name in commas stands before the verb ("The health
 * secretary, Steve Barclay, called …") the apposed name, if a noun phrase opening the clause comes before it, and
 * when the phrase before it has no prepositional phrase ("The regulator, Ofcom,"), only a person's name or one apposed to a
 * role ("The chief executive of the firm, Jane Doe,"); never a place after a
 * place ("A pensioner from Leeds, West Yorkshire, called …") nor a club after the word for it ("The chairman of the
 * club, Manchester United, met …": the chairman speaks); for those, the noun phrase before the apposition.
 */
function coordinatedSubject(toks: Tok[], fv: number, cs: number, isPerson: (a: number, b: number) => boolean): [number, number] | null {
  let e = fv - 1;
  while (e > cs && toks[e]!.w && !toks[e]!.cap && attributionWords('subjectAdverbs').has(toks[e]!.l)) e--;
  // "Xi Jinping, who has pushed hardest for growth, called … and said …": the first verb was the relative clause's;
  // its antecedent before the comma is the subject
  if (e - 2 >= cs && /^(who|which)$/.test(toks[e]!.l) && isComma(toks[e - 1]) && toks[e - 2]!.w) return leftNP(toks, e - 2, cs);
  if (isComma(toks[e]) && e - 1 > cs) {
    const ap = leftNP(toks, e - 1, cs);
    if (!ap || ap[0] - 2 < cs || !isComma(toks[ap[0] - 1]) || !toks[ap[0]]!.cap) return null;
    const head = leftNP(toks, ap[0] - 2, cs);
    if (!head || head[0] !== cs) return null;
    const last = toks[ap[0] - 2]!;
    // (else the noun phrase before the apposition: "A pensioner from Leeds", "The chairman of the club")
    const prep = toks.slice(head[0] + 1, ap[0] - 1).some((x) => x.w && !x.cap && /^(of|from|in|at|for|with|on|near|outside)$/.test(x.l));
    return isPerson(ap[0], ap[1]) || OFFICIAL_ROLE.has(last.l) || (!last.cap && !prep) ? ap : head;
  }
  return leftNP(toks, e, cs);
}

// verbs of saying withheld: data/lexicon/attribution-words.json withheldCues
const WITHHELD_CUE = attributionWords('withheldCues');
/** Verbs of withholding before "to" + a verb of saying: "declined to confirm", "refuses to say". */
const REFUSE = /^(declined|declines|declining|refused|refuses|refusing)$/;
/**
 * The cue at j..e is a saying withheld: "did/does/has/have/had not" (or "never") before it, or "declined/refused to"
 * + the cue; and what follows asserts nothing: a wh-clause ("whether it paid a ransom"), a noun phrase with no verb
 * after it ("the figure", "individual amounts"), or nothing. Not "could not say" (an inability the source states),
 * nor a "that" clause ("did not say that …" reports a content), nor a noun phrase opening a clause.
 */
export function withheldSaying(toks: Tok[], j: number, e: number): boolean {
  let e2 = e;
  // "declined to confirm", "refused to say": the withholding verb is the cue, the verb of saying follows "to"
  if (REFUSE.test(toks[j]!.l) && toks[j + 1]?.l === 'to' && WITHHELD_CUE.has(toks[j + 2]?.l ?? '')) e2 = Math.max(e, j + 2);
  else {
    if (!WITHHELD_CUE.has(toks[j]!.l)) return false;
    let b = j - 1;
    while (b >= 0 && toks[b]!.w && /^(yet|publicly|immediately|officially|also|still|explicitly)$/.test(toks[b]!.l)) b--;
    // ("refuses to say": the verb of saying read as the cue, the withholding verb before its "to")
    const refusal = toks[j - 1]?.l === 'to' && REFUSE.test(toks[j - 2]?.l ?? '');
    if (!refusal && !(b >= 1 && /^(not|n't|never)$/.test(toks[b]!.l) && /^(did|does|do|has|have|had)$/.test(toks[b - 1]!.l))) return false;
  }
  const nx = toks[e2 + 1];
  if (!nx || !nx.w) return true;
  if (WH_CLAUSE.has(nx.l)) return true;
  if (nx.l === 'that' || PRON.has(nx.l)) return false;
  // a noun phrase: no finite verb in the next words of the clause
  for (let m = e2 + 1; m < toks.length && m < e2 + 8; m++) {
    const x = toks[m]!;
    if (!x.w) break;
    if (FINITE.has(x.l) || (m > e2 + 1 && !x.cap && (/ed$/.test(x.l) || IRR_PAST.has(x.l)))) return false;
  }
  return true;
}
