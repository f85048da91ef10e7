// Small word tests shared by the entity recognisers (recognize.ts, title-of-lead.ts): span keys, title words, the
// ordinary-vocabulary test and the person-name-part test. Kept apart so the rule modules need not import each other.
import { isCommonEnglishWord, lexicon } from './lexicon.js';
import { WC_GIVEN, WC_LOWER, WC_PERSON, WC_SURNAME, wordClassOf } from './tagger.js';
import { type Tok, tokNorm } from './tokenize.js';

/** "Gen." → "gen" without a regex (per-token hot path). */
export function stripDot(s: string): string { return s.charCodeAt(s.length - 1) === 46 ? s.slice(0, -1) : s; }

/** Normalised key of tokens [s, e), or '' when a token cannot be inside a name. */
export function spanKey(toks: readonly Tok[], s: number, e: number): string {
  let key = '';
  for (let j = s; j < e; j++) {
    const n = tokNorm(toks[j]!);
    if (!n) continue;
    key = key ? key + ' ' + n : n;
  }
  return key;
}

/** A role noun, title modifier or honorific ("attorney", "general", "Mr."): part of a title, never of a name. */
export function isTitleWord(lower: string): boolean {
  const L = lexicon();
  return L.roleNouns.has(lower) || L.titleModifiers.has(lower) || L.honorifics.has(stripDot(lower));
}

/** A capitalised role noun or honorific outside a headline ("President", "Gov."). */
export function isTitleTok(t: Tok | undefined): boolean {
  if (!t || !t.cap || t.headline) return false;
  const w = stripDot(t.lower);
  return lexicon().roleNouns.has(w) || lexicon().honorifics.has(w);
}

/** A word of the ordinary vocabulary: the lower-case word class or the common-English list ("state", "economy"). */
export function ordinaryWord(w: string): boolean {
  return !!(wordClassOf(w) & WC_LOWER) || isCommonEnglishWord(w);
}

/** A word the name lists know as part of a person's name (a given name, a surname, a person-name word). */
export function personNamePart(w: string): boolean {
  return (wordClassOf(w) & (WC_GIVEN | WC_SURNAME | WC_PERSON)) !== 0;
}
