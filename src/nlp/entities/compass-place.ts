// A capitalised direction word before a place's name names a part of it that is a place of its own (issue #3): "East
// Austin", "North Jakarta", "Central Sulawesi", "West Africa", "South West Norfolk". Without this the KB matched the
// bare place ("Austin", linked to the city) or a direction alias of its own ("South West" + "Norfolk"), and the tagger
// typed the pair as an organisation ("North Jakarta" ORG). The candidate spans both, is a place (LOC after a continent
// or a LOC entry, else GPE) and is not linked: the part is not the whole.
// Not when the pair is itself a KB name ("South Korea", "North Carolina": the gazetteer's), not before a country
// ("Southwest China", "Eastern Ukraine": news names the country, the direction is description), not inside a longer
// capitalised name ("New South Wales", "West Texas Intermediate", "Oliver North"), not in headline-case sentences.
import { readWordSet } from '../../core/word-lists.js';
import type { KbEntry } from '../../kb/types.js';
import type { EntityKb } from './kbview.js';
import type { Cand, SentRange } from './recognize.js';
import { isCapWord, tokNorm, type Tok } from './tokenize.js';

/** KB kinds of a place that has named parts. */
const PART_KINDS = new Set(['CITY', 'REGION', 'CONTINENT', 'ISLAND', 'AREA']);
/** The two-word directions ("North West", "South East"): a first word, then a second. */
const FIRST = new Set(['north', 'south']);
const SECOND = new Set(['east', 'west']);

let words: ReadonlySet<string> | undefined;
const compassWords = (): ReadonlySet<string> => (words ??= readWordSet('compass-place-words.txt'));

const capWord = isCapWord;

function partEntries(kb: EntityKb, key: string): KbEntry[] {
  return kb.byAlias(key).filter((x) => (x.type === 'GPE' || x.type === 'LOC') && !!x.kind && PART_KINDS.has(x.kind));
}

/** One candidate per direction word + KB place that names a part of the place. */
export function compassPlaceCandidates(toks: readonly Tok[], sents: readonly SentRange[], kb: EntityKb | null): Cand[] {
  if (!kb) return [];
  const W = compassWords();
  const out: Cand[] = [];
  const maxW = Math.min(kb.maxAliasWords || 6, 6);
  for (const r of sents) {
    for (let i = r.from; i < r.to; i++) {
      const t = toks[i]!;
      if (!capWord(t) || t.allCaps || t.headline || !W.has(t.lower)) continue;
      const pv = toks[i - 1];
      if (i > r.from && capWord(pv)) continue;
      let p = i + 1;
      if (FIRST.has(t.lower) && p < r.to && capWord(toks[p]) && !toks[p]!.allCaps && SECOND.has(toks[p]!.lower)) p++;
      let key = '', end = -1, found: KbEntry[] = [];
      for (let j = p, n = 0; j < r.to && n < maxW && capWord(toks[j]); j++, n++) {
        key = key ? `${key} ${tokNorm(toks[j]!)}` : tokNorm(toks[j]!);
        const ents = partEntries(kb, key);
        if (ents.length) { end = j + 1; found = ents; }
        if (kb.hasPrefix && !kb.hasPrefix(key)) break;
      }
      if (end < 0 || (capWord(toks[end]) && toks[end]!.sent === t.sent)) continue;
      const whole: string[] = [];
      for (let k = i; k < end; k++) whole.push(tokNorm(toks[k]!));
      if (kb.byAlias(whole.join(' ')).length) continue;
      // a country of the same name outranks the part ("Central Africa" would not reach here: the KB names it)
      if (kb.byAlias(key).some((x) => x.kind === 'COUNTRY')) continue;
      const type = found.some((x) => x.type === 'LOC' || x.kind === 'CONTINENT') ? 'LOC' : 'GPE';
      out.push({ s: i, e: end, type, src: 'head', rule: 'compass-place', score: 0 });
      i = end - 1;
    }
  }
  return out;
}
