// Parenthetical "as X said": "As the mayor noted, C", "C, as some have speculated", "C1, as X put it, C2".
import { S, CUE_ADV, PRON, NEEDS_THAT } from './words.js';

// reporting verbs that "as" can stand in for the complement of; manner-of-speaking verbs ("as the crowd chanted",
// "as she shouted") and questions make time clauses
const MANNER = S(['chant', 'chants', 'chanted', 'shout', 'shouted', 'yell', 'yelled', 'screamed', 'whisper', 'whispered', 'mutter',
  'muttered', 'exclaimed', 'snapped', 'ask', 'asks', 'asked', 'answer', 'answers', 'answered', 'respond', 'responds', 'responded', 'reply',
  'replies', 'replied', 'repeat', 'repeats', 'repeated', 'learn', 'learned', 'learnt', 'hear', 'hears', 'heard', 'discover', 'discovered',
  'notice', 'noticed', 'agreed', 'accepted', 'posted', 'texted', 'emailed', 'tweeted', 'know', 'knew', 'understand', 'feel', 'felt']);
// verbs of foreseeing: "as X predicted" tells that what followed came true
const FORECAST = S(['predicted', 'predict', 'predicts', 'expected', 'expect', 'expects', 'forecast', 'forecasts', 'anticipated', 'anticipate',
  'feared', 'fear', 'fears', 'hoped', 'hope', 'hopes', 'warned', 'warn', 'warns', 'suspected', 'projected', 'promised', 'planned', 'intended']);
const AS_PAREN = new Set([...NEEDS_THAT, 'say', 'says', 'said', 'put'].filter((w) => !MANNER.has(w)));
import { isComma, isPunct, isHard, pushFrame, type Ctx, type SentCtx } from './frame.js';
import { leftNP, srcOk } from './np.js';
import { namedLink } from './source-link.js';
import { attributionWords } from './data-words.js';
import type { Tok } from '../claims/text.js';
import { clauseStart, clauseEnd, trailingOnly } from './clause.js';

// multi-word cues "as" stands in for the complement of: "As critics have pointed out, C", "as the ruling made clear"
let asPhrases: string[][] | undefined;
const AS_PHRASES = (): string[][] => (asPhrases ??= [...attributionWords('asParentheticalPhrases')].map((p) => p.split(' ')));
/** The length of the "as" phrase cue starting at token j ("pointed out" → 2), 0 when none starts there. */
export function asPhraseAt(toks: Tok[], j: number): number {
  if (!toks[j]?.w || toks[j]!.cap) return 0;
  for (const p of AS_PHRASES()) if (p.every((w, m) => toks[j + m]?.w && toks[j + m]!.l === w)) return p.length;
  return 0;
}

/** True when the cue at token j closes an "as X <cue>" parenthetical and a frame was added. */
export function asParenthetical(ctx: Ctx, sc: SentCtx, j: number): boolean {
  const { toks } = sc;
  const n = toks.length;
  // "as the crowd chanted" is a time clause: only verbs whose complement "as" stands for
  const phrase = asPhraseAt(toks, j);
  if (!(AS_PAREN.has(toks[j]!.l) || (toks[j]!.l === 'put' && toks[j + 1]?.l === 'it') || phrase > 0)) return false;
  // "as X (has) noted" / "as X put it"
  let k = j - 1;
  while (k > 0 && toks[k]!.w && CUE_ADV.has(toks[k]!.l) && !PRON.has(toks[k]!.l)) k--;
  if (k < 1 || !toks[k]!.w) return false;
  const cs = clauseStart(toks, j);
  const np = leftNP(toks, k, cs);
  if (!np || np[0] < 1 || toks[np[0] - 1]!.l !== 'as' || np[1] - np[0] > 8) return false;
  if (!srcOk(toks, np, toks[j]!.l, j)) return false;
  const as = np[0] - 1;
  // "As X noted, C", "But as X noted, C", "Yet, as X noted, C" / "Indeed, as X noted, C": one opening word before "as"
  const initial = as === cs || (as === cs + 1 && /^(and|but|yet|so)$/.test(toks[cs]!.l))
    || (as === cs + 2 && isComma(toks[cs + 1]) && toks[cs]!.w && !toks[cs]!.q && /^(and|but|yet|so|still|indeed|however|moreover|instead|now|then|again|and yet)$/.test(toks[cs]!.l));
  if (!initial && !isComma(toks[as - 1])) return false;
  // after the cue: "put it", then a comma or the end ("as X noted in a statement,")
  let z = j;
  if (toks[j]!.l === 'put' && toks[j + 1]?.l === 'it') z = j + 1;
  if (phrase > 0) z = j + phrase - 1;
  const next = toks[z + 1];
  const closes = !next || isComma(next) || isPunct(next, '.') || isHard(next) || trailingOnly(toks, z + 1, n);
  if (!closes) return false;
  let end = z;
  while (end + 1 < n && !isComma(toks[end + 1]) && !isPunct(toks[end + 1], '.') && !isHard(toks[end + 1])) end++;
  // "Prices rose, as analysts had predicted": a forecast borne out — the outlet states the outcome as fact
  if (FORECAST.has(toks[j]!.l)) return true;
  const cue = toks.slice(j, z + 1);
  const link = namedLink(ctx, toks, np[0], np[1], cue, 'attr.as-parenthetical');
  const content: Array<[number, number]> = [];
  if (initial) {
    let c0 = end + 1;
    while (c0 < n && !toks[c0]!.w && !toks[c0]!.q) c0++;
    const ce = clauseEnd(toks, c0);
    if (ce <= c0 + 1) return false;
    content.push([toks[c0]!.s, toks[ce - 1]!.e]);
  } else {
    if (as - 1 - cs < 2) return false;
    content.push([toks[cs]!.s, toks[as - 2]!.e]);
    // "C1, as X noted, C2"
    if (isComma(toks[end + 1])) {
      const ce = clauseEnd(toks, end + 2);
      if (ce > end + 3) content.push([toks[end + 2]!.s, toks[ce - 1]!.e]);
    }
  }
  pushFrame(sc, { sent: sc.si, links: [link], content, material: [toks[initial ? cs : as - 1]!.s, toks[end]!.e], rule: 'attr.as-parenthetical', cue: j });
  return true;
}
