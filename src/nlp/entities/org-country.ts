// "NHS England said", "WHO Europe warned": a body's acronym (an organisation by the KB or the tagger) right before a
// country or continent is one organisation's name (a national branch) when the pair ends its noun phrase — a punctuation
// mark, a possessive, or a verb of speech or an auxiliary follows. Not "the UN Ukraine envoy" (a noun follows) nor "by
// NHS England in 2020" (a preposition follows: left to the two names, as before).
import { lexicon } from './lexicon.js';
import type { Cand } from './recognize.js';
import type { Tok } from './tokenize.js';

const AUX = new Set(['has', 'had', 'have', 'is', 'was', 'will', 'would', 'could', 'can', 'may', 'must', 'should']);

/** Merges each (acronym ORG, place) pair of adjacent candidates that names one body; returns the new list. */
export function orgCountryNames(toks: readonly Tok[], cands: readonly Cand[]): Cand[] {
  const L = lexicon();
  const sorted = [...cands].sort((a, b) => a.s - b.s);
  const out: Cand[] = [];
  for (let k = 0; k < sorted.length; k++) {
    const a = sorted[k]!, b = sorted[k + 1];
    const ta = toks[a.s]!;
    const ok = b && a.e - a.s === 1 && b.s === a.e && a.type === 'ORG' && (!a.entries || a.entries.some((x) => x.type === 'ORG'))
      && ta.allCaps && ta.text.length >= 2 && !ta.headline && (b.type === 'GPE' || b.type === 'LOC')
      && !!b.entries?.some((x) => x.kind === 'COUNTRY' || x.kind === 'TERRITORY' || x.kind === 'CONTINENT')
      && b.e - b.s <= 2 && toks[b.s]!.sent === ta.sent && endsPhrase(toks, b.e, L.govVerbs);
    if (!ok) { out.push(a); continue; }
    out.push({ s: a.s, e: b!.e, type: 'ORG', src: 'head', rule: 'org-country-name', score: 0 });
    k++;
  }
  return out;
}

function endsPhrase(toks: readonly Tok[], e: number, govVerbs: ReadonlySet<string>): boolean {
  const n = toks[e];
  if (!n || n.sent !== toks[e - 1]!.sent) return true;
  if (n.poss) return true;
  if (!n.isWord) return n.text !== '-' && n.text !== '–';
  return !n.cap && (govVerbs.has(n.lower) || AUX.has(n.lower));
}
