// Portfolio words inside a title are no entity (issue #3: false positives not in gold). "Economy Minister Kurt
// Burneo", "Solicitor General Tushar Mehta", "Chief Cabinet Secretary Yoshimasa Hayashi", "Federal Minister for
// Climate Change Sherry Rehman", "Local Government, Public Works and National Housing Minister July Moyo": the tagger
// or a head rule proposes "Economy", "Solicitor", "Cabinet", "Climate", "Local Government" as names. A capitalised
// portfolio role (data/lexicon/title-portfolio-roles.txt) makes the capitalised words before it (joined by commas,
// "and", "&") and after it ("for"/"of" + capitalised words, up to a person) its portfolio; a candidate there made
// only of ordinary English words, that the KB does not link and that does not end on an organisation head other than
// a portfolio body (title-portfolio-body-words.txt: "Government", "Cabinet") is dropped. Places, demonyms, acronyms
// and KB bodies stay ("Russian Defence Minister", "UN Secretary General", "Treasury Secretary Janet Yellen").
import { readWordSet } from '../../core/word-lists.js';
import { isCommonEnglishWord, lexicon } from './lexicon.js';
import type { EntityKb } from './kbview.js';
import type { Cand } from './recognize.js';
import { WC_LOWER, wordClassOf } from './tagger.js';
import { type Tok, tokNorm } from './tokenize.js';

let roles: ReadonlySet<string> | undefined;
let bodyWords: ReadonlySet<string> | undefined;

const JOINERS = new Set([',', 'and', '&']);
const AFTER = new Set(['for', 'of', 'and', ',', '&']);

/** Whether toks[k] is a capitalised word of an ordinary sentence (not a headline). */
const capWord = (t: Tok | undefined, sent: number): boolean => !!t && t.isWord && t.cap && !t.headline && t.sent === sent;

/** The token ranges [a, b) that are a title's portfolio, one per capitalised portfolio role. */
export function portfolioRanges(toks: readonly Tok[], personStarts: ReadonlySet<number>): [number, number][] {
  roles ??= readWordSet('title-portfolio-roles.txt');
  const out: [number, number][] = [];
  for (let h = 0; h < toks.length; h++) {
    const t = toks[h]!;
    if (!capWord(t, t.sent) || !roles.has(t.lower) || t.poss) continue;
    // before: capitalised words, joined by commas / "and" only between capitalised words
    // (a comma joins only a list that an "and" closes: "Local Government, Public Works and National Housing
    // Minister"; not "Kurt Burneo, Economy Minister")
    let a = h; let and = false;
    while (a > 0) {
      const p = toks[a - 1]!;
      if (capWord(p, t.sent) && !toks[a]!.poss) { a--; continue; }
      const joins = p.text === ',' ? and : JOINERS.has(p.lower);
      if (joins && capWord(toks[a - 2], t.sent) && a < h) { if (p.text !== ',') and = true; a--; continue; }
      break;
    }
    while (a < h && !toks[a]!.isWord) a++;
    // after: "for" / "of" + capitalised words, up to a person's name or the end of the run
    let b = h + 1;
    if (toks[b] && (toks[b]!.lower === 'for' || toks[b]!.lower === 'of') && capWord(toks[b + 1], t.sent)) {
      let k = b + 1;
      while (k < toks.length && !personStarts.has(k) && (capWord(toks[k], t.sent) || (AFTER.has(toks[k]!.lower) && capWord(toks[k + 1], t.sent)))) k++;
      b = k;
    }
    if (a < h || b > h + 1) out.push([a, b]);
  }
  return out;
}

/** A candidate a portfolio may hold: ordinary words only, unlinked, not ending on a body's head. */
function portfolioWords(toks: readonly Tok[], c: Cand, kb: EntityKb | null): boolean {
  const L = lexicon();
  bodyWords ??= readWordSet('title-portfolio-body-words.txt');
  if (c.entries?.length || c.src === 'kb' || c.src === 'dem' || c.cs !== undefined) return false;
  const last = toks[c.e - 1]!.lower;
  if (L.orgHeads.has(last) && !bodyWords.has(last)) return false;
  for (let k = c.s; k < c.e; k++) {
    const t = toks[k]!;
    if (!t.isWord) { if (t.text === ',' || t.text === '&') continue; return false; }
    if (t.allCaps || /\d/.test(t.text)) return false;
    if (L.nameConnectors.has(t.lower)) continue;
    if (!((wordClassOf(t.lower) & WC_LOWER) || isCommonEnglishWord(t.lower))) return false;
    if (kb && (kb.byDemonym?.(tokNorm(t))?.length || kb.byAlias(tokNorm(t)).some((x) => x.type === 'GPE' && x.kind === 'COUNTRY'))) return false;
  }
  return true;
}

/** `chosen` without the candidates that are a title's portfolio words. */
export function dropPortfolioWords(toks: readonly Tok[], chosen: Cand[], kb: EntityKb | null): Cand[] {
  const persons = new Set(chosen.filter((c) => c.type === 'PERSON').map((c) => c.s));
  const ranges = portfolioRanges(toks, persons);
  if (!ranges.length) return chosen;
  return chosen.filter((c) => {
    if (c.type === 'PERSON' && c.src !== 'model') return true;
    return !(ranges.some(([a, b]) => a <= c.s && c.e <= b) && portfolioWords(toks, c, kb));
  });
}
