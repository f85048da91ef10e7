// The frame finder: one pass over a sentence's tokens dispatching each cue word to its rule.
import type { Tok } from '../claims/text.js';
import * as L from '../claims/lexicon.js';
import { SPEECH, NPOBJ, FIGURE, AS_CUE, UNADV, UNPASS, CUE_ADV, DET, PART, INTENT, STANCE, BE, PHRASE_BY_FIRST } from './words.js';
import { isComma, isPunct, firstWord, type Ctx, type SentCtx } from './frame.js';
import { labelFrames } from './frames-label.js';
import { accordingTo, accountOf } from './frames-according.js';
import { inPoll } from './frames-poll.js';
import { unnamedClause, unnamedPassive } from './frames-unnamed.js';
import { quotedBy, quotedAs, asByFrame, saidFirst } from './frames-quoted.js';
import { stanceFrame, participle } from './frames-verb.js';
import { activeCue } from './active.js';
import { CLAIM_NOUN, possessedClaim } from './frames-noun.js';
import { asParenthetical } from './frames-as.js';

/** Every word that can start a frame: one look-up rejects the other words of a sentence. */
export const ANY_CUE = new Set<string>([...L.SPEECH_VERBS, ...L.NP_OBJECT_CUES, ...L.FIGURE_CUES, ...L.UNNAMED_ADVERBS, ...L.UNNAMED_PASSIVES,
  ...L.PARTICIPLE_CUES, ...L.INTENT_CUES, ...L.AS_CUES, ...L.CLAIM_NOUNS, 'put', ...L.STANCE_ADJ, ...L.SPEECH_PHRASES.map((p) => p.split(' ')[0]!),
  'according', 'by', 'in', 'quoted', 'reported']);

export function findFrames(ctx: Ctx, sc: SentCtx): void {
  const { toks } = sc;
  const n = toks.length;
  labelFrames(ctx, sc);
  for (let j = 0; j < n; j++) {
    const t = toks[j]!;
    if (!t.w) continue;
    const l = t.l;
    if (!ANY_CUE.has(l)) continue;
    // ---- according to X [citing Y]
    if (l === 'according' && toks[j + 1]?.l === 'to') { accordingTo(ctx, sc, j, j + 1, j + 2); continue; }
    // ---- by/in X's estimate/account
    // ---- in a poll/survey: "Clinton leads in the latest CNN poll", "In a Gallup survey, 38 percent said …"
    if (l === 'in' && j + 1 < n && inPoll(ctx, sc, j)) continue;
    if ((l === 'by' || l === 'in') && j + 1 < n) { accountOf(ctx, sc, j); continue; }
    // ---- "rejected his claim that C": the possessor holds C
    if (CLAIM_NOUN.has(l) && toks[j + 1]?.l === 'that' && possessedClaim(ctx, sc, j)) continue;
    // ---- adverbs: reportedly
    if (UNADV.has(l)) { unnamedClause(ctx, sc, j, [t], 'attr.adverb'); continue; }
    // ---- passive "is said to", reduced "rumoured to", "it is believed that"
    if (UNPASS.has(l) && (toks[j + 1]?.l === 'to' || (toks[j + 1]?.l === 'that' && toks[j - 1] && BE.has(toks[j - 1]!.l) && toks[j - 2]?.l === 'it'))) {
      if (unnamedPassive(ctx, sc, j)) continue;
    }
    if (l === 'reported' && toks[j - 1] && BE.has(toks[j - 1]!.l) && /^(missing|dead|killed|injured|wounded|detained|arrested|hurt)$/.test(toks[j + 1]?.l ?? '')) {
      unnamedClause(ctx, sc, j, [t], 'attr.passive-reported'); continue;
    }
    // ---- stance: "were frustrated that …"
    if (STANCE.has(l) && (toks[j + 1]?.l === 'that' || toks[j + 1]?.l === 'about') && toks[j - 1] && (BE.has(toks[j - 1]!.l) || (CUE_ADV.has(toks[j - 1]!.l) && toks[j - 2] && BE.has(toks[j - 2]!.l)))) {
      stanceFrame(ctx, sc, j); continue;
    }
    // ---- intention: "X wants to …", "X refused to …"
    if (INTENT.has(l) && toks[j + 1]?.l === 'to' && toks[j + 2]?.w && !toks[j + 2]!.cap && !DET.has(toks[j + 2]!.l) && !/ing$/.test(l)) {
      activeCue(ctx, sc, j, j, 'npobj'); continue;
    }
    // ---- "X was quoted by Y as saying"
    if (l === 'quoted' && toks[j + 1]?.l === 'by') { quotedBy(ctx, sc, j); continue; }
    if ((l === 'quoted' || l === 'quotes' || l === 'quoting') && toks[j + 1]?.w && !(toks[j - 1] && BE.has(toks[j - 1]!.l))) { if (quotedAs(ctx, sc, j)) continue; }
    // ---- "as indicated by X", "as reported by X"
    if (toks[j - 1]?.l === 'as' && toks[j + 1]?.l === 'by' && SPEECH.has(l)) { asByFrame(ctx, sc, j); continue; }
    // ---- ", saying …" participial tails
    if (PART.has(l) && isComma(toks[j - 1]) && !t.cap) { participle(ctx, sc, j); continue; }
    // "… by saying", "while insisting", "and adding", "– saying": the clause's own subject speaks
    if (PART.has(l) && !t.cap && j > 2 && (/^(by|while|and|after|before|when)$/.test(toks[j - 1]!.l) || isPunct(toks[j - 1], '–') || isPunct(toks[j - 1], '—'))) {
      participle(ctx, sc, j, true); continue;
    }
    // ---- "X sees/views Y as Z": a judgement held by X
    if (AS_CUE.has(l) && !t.cap && asJudgement(toks, j)) { activeCue(ctx, sc, j, j, 'npobj'); continue; }
    // ---- 'Said X, who …, "C"': the sentence opens with its cue
    if (t.cap && j === firstWord(toks) && saidFirst(ctx, sc, j)) continue;
    // ---- "As X noted, C" / "C, as X has said"
    if ((SPEECH.has(l) || l === 'put') && !t.cap && j >= 2 && asParenthetical(ctx, sc, j)) continue;
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
    const npobj = NPOBJ.has(l) && (!t.cap || headline) && !isCue;
    if (isCue || figure || npobj) activeCue(ctx, sc, j, cueEnd, figure || (npobj && !isCue) ? 'npobj' : 'speech');
  }
}

export const HEADLINE_CUES = new Set(['says', 'say', 'said', 'tells', 'told', 'warns', 'claims', 'denies', 'admits', 'insists', 'predicts', 'urges', 'vows', 'reveals', 'confirms', 'announces']);
const MINOR = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'for', 'and', 'or', 'but', 'with', 'by', 'from', 'as', 'is', 'be', 'vs']);
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

function hasAtAhead(toks: Tok[], j: number): boolean {
  for (let k = j + 1; k < toks.length && k < j + 10; k++) { if (toks[k]!.l === 'at') return true; if (isComma(toks[k])) return false; }
  return false;
}

// after "as": a predicate ("as a threat", "as honest"), not a clause ("as he left") or a comparison ("as well")
const AS_NOT_PREDICATE = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'if', 'though', 'soon', 'well', 'long', 'much', 'many', 'far', 'usual', 'part', 'of', 'for', 'to']);
/** An "as" within eight words after the cue (no punctuation between) opening a predicate, and an object before it. */
function asJudgement(toks: Tok[], j: number): boolean {
  for (let k = j + 2; k < toks.length && k < j + 10; k++) {
    const t = toks[k]!;
    if (!t.w) return false;
    if (t.l === 'as') {
      const p = toks[k + 1], q = toks[k + 2];
      if (!p?.w || AS_NOT_PREDICATE.has(p.l)) return false;
      // "as a threat", "as Washington's man", "as more dangerous", "as honest." — not "as summer begins"
      return DET.has(p.l) || p.cap || /^(being|too|more|less|someone|something|somebody|one|part)$/.test(p.l) || !q?.w
        || /(ous|ive|ful|al|ic|ent|ant|able|ible|less|ary|ish|ly)$/.test(p.l);
    }
  }
  return false;
}
