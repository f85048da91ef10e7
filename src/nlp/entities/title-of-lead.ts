// A title's "of" / "for" portfolio glued to the person after it ("Assistant Secretary of State James O'Brien, who",
// "Minister of Foreign Affairs Kelvin Ambrose", "Ruler of Dubai Sheikh Mohammed bin Rashid"): the apposition,
// title and tagger rules start the name on the portfolio ("State James O'Brien"). A person candidate whose
// capitalised run goes back to "<title word> of|for" loses the leading portfolio words: ordinary lower-case
// vocabulary words that are no given name, places the KB knows and joiners, up to an honorific (which starts the
// name) and as long as a name of two words is left. "Bank of England Governor Andrew Bailey" has no title before its "of".
import { lexicon } from './lexicon.js';
import type { EntityKb } from './kbview.js';
import { type Cand, spanKey, stripDot } from './recognize.js';
import { WC_GIVEN, WC_LOWER, wordClassOf } from './tagger.js';
import type { Tok } from './tokenize.js';

const JOIN = new Set(['and', '&', ',']);
const OF = new Set(['of', 'for']);

/** Whether toks[k] is a capitalised title word (role noun, title modifier, honorific). */
function titleWord(t: Tok | undefined): boolean {
  if (!t || !t.isWord || !t.cap) return false;
  const L = lexicon(); const w = stripDot(t.lower);
  return (L.roleNouns.has(w) || L.titleModifiers.has(w) || L.honorifics.has(w)) && !L.orgHeads.has(w);
}

/** The index of the first portfolio word when [s, …) continues a "<title> of|for" phrase, else -1. */
function portfolioStart(toks: readonly Tok[], s: number): number {
  let k = s;
  while (k > 0 && toks[k - 1]!.sent === toks[s]!.sent) {
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
    const wc = wordClassOf(t.lower);
    if ((wc & WC_LOWER) && !(wc & WC_GIVEN) && left >= 3) { k++; continue; }
    const p = placeAt(kb, toks, k, e - 2);
    if (p && !(wc & WC_GIVEN)) { k += p; continue; }
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
