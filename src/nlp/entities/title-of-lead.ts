// A title's "of" / "for" portfolio glued to the person after it ("Assistant Secretary of State James O'Brien, who",
// "Minister of Foreign Affairs Kelvin Ambrose", "Ruler of Dubai Sheikh Mohammed bin Rashid"): the apposition,
// title and tagger rules start the name on the portfolio ("State James O'Brien"). A person candidate whose
// capitalised run goes back to "<title word> of|for" loses the leading portfolio words: ordinary lower-case
// vocabulary words, places the KB knows and joiners, up to an honorific or the first word known as a person's name
// part (which start the name) and as long as a name of two words is left. "Bank of England Governor Andrew Bailey" has no title before its "of".
import { lexicon } from './lexicon.js';
import type { EntityKb } from './kbview.js';
import { isTitleWord, ordinaryWord, personNamePart, spanKey, stripDot } from './name-words.js';
import type { Cand } from './recognize.js';
import { WC_GIVEN, wordClassOf } from './tagger.js';
import type { Tok } from './tokenize.js';

const JOIN = new Set(['and', '&', ',']);
const OF = new Set(['of', 'for']);
/** How many tokens back from a candidate its title's portfolio is looked for: the longest ministries ("Minister of
 * Foreign Affairs, International Trade and Worship | …") fit; a long capitalised run is not walked per candidate. */
const MAX_BACK = 10;

/** Whether toks[k] is a capitalised title word (role noun, title modifier, honorific) that heads no body. */
function titleWord(t: Tok | undefined): boolean {
  return !!t && t.isWord && t.cap && isTitleWord(stripDot(t.lower)) && !lexicon().orgHeads.has(stripDot(t.lower));
}

/** The index of the first portfolio word when [s, …) continues a "<title> of|for" phrase, else -1. */
function portfolioStart(toks: readonly Tok[], s: number): number {
  let k = s;
  while (k > 0 && s - k < MAX_BACK && toks[k - 1]!.sent === toks[s]!.sent) {
    const p = toks[k - 1]!;
    if (p.isWord && p.cap) { k--; continue; }
    if (JOIN.has(p.lower) && k - 2 >= 0 && toks[k - 2]!.cap) { k--; continue; }
    break;
  }
  if (k < 2) return -1;
  return OF.has(toks[k - 1]!.lower) && titleWord(toks[k - 2]) ? k : -1;
}

/** Length of the longest KB place alias starting at k and ending before `end`, or 0. */
function placeAt(kb: EntityKb | null, toks: readonly Tok[], k: number, end: number): number {
  if (!kb) return 0;
  for (let e = end; e > k; e--) {
    if (kb.byAlias(spanKey(toks, k, e)).some((x) => x.type === 'GPE' || x.type === 'LOC')) return e - k;
  }
  return 0;
}

/** The start a person candidate [s, e) keeps once a leading title portfolio is cut off (s when nothing is cut). */
export function afterTitlePortfolio(toks: readonly Tok[], s: number, e: number, kb: EntityKb | null): number {
  const from = portfolioStart(toks, s);
  if (from < 0) return s;
  const L = lexicon();
  let k = from;
  while (k < e) {
    const t = toks[k]!;
    const left = e - k;
    if (JOIN.has(t.lower)) { k++; continue; }
    if (L.honorifics.has(stripDot(t.lower))) break; // "Dubai | Sheikh Mohammed bin Rashid": the honorific starts the name
    // an ordinary word the name lists know as part of a person's name starts the name ("Minister for Health Faith
    // Mary Hill": "faith" is ordinary vocabulary, but a name word too)
    if (ordinaryWord(t.lower) && !personNamePart(t.lower) && left >= 3) { k++; continue; }
    const p = placeAt(kb, toks, k, e - 2);
    if (p && !(wordClassOf(t.lower) & WC_GIVEN)) { k += p; continue; }
    break;
  }
  return k > s && k < e ? k : s;
}

/** Person candidates of `cands` with a leading title portfolio cut off (in place). */
export function trimTitlePortfolios(toks: readonly Tok[], cands: Cand[], kb: EntityKb | null): void {
  for (const c of cands) {
    if (c.type !== 'PERSON' || c.entries?.length || c.e - c.s < 2) continue;
    c.s = afterTitlePortfolio(toks, c.s, c.e, kb);
  }
}
