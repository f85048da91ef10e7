// A small suffix-stripping lemmatiser: an irregular-form table first, then candidate stems tried
// against a set of known lemmas (the trigger lexicon). Cheap: a handful of hash lookups per word.

export type Inflection = 'BASE' | 'S' | 'ED' | 'ING' | 'IRREGULAR';

export interface LemmaHit { lemma: string; infl: Inflection }

const VOWEL = /[aeiouy]/;

/** Candidate lemmas for a lowercase word form, most likely first. */
export function lemmaCandidates(w: string, irregular: ReadonlyMap<string, string>): LemmaHit[] {
  const out: LemmaHit[] = [{ lemma: w, infl: 'BASE' }];
  const irr = irregular.get(w);
  if (irr && irr !== w) out.push({ lemma: irr, infl: 'IRREGULAR' });
  const n = w.length;
  if (n < 4) return out;
  if (w.endsWith('ies')) out.push({ lemma: w.slice(0, -3) + 'y', infl: 'S' });
  else if (w.endsWith('es')) {
    // "pushes", "taxes", "goes" lose -es; "planes", "raises" lose only -s.
    if (/(?:s|x|z|ch|sh|o)es$/.test(w)) out.push({ lemma: w.slice(0, -2), infl: 'S' });
    out.push({ lemma: w.slice(0, -1), infl: 'S' });
  }
  else if (w.endsWith('s') && !w.endsWith('ss')) out.push({ lemma: w.slice(0, -1), infl: 'S' });
  if (w.endsWith('ied')) out.push({ lemma: w.slice(0, -3) + 'y', infl: 'ED' });
  else if (w.endsWith('ed')) {
    const stem = w.slice(0, -2);
    out.push({ lemma: stem, infl: 'ED' }, { lemma: stem + 'e', infl: 'ED' });
    if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) out.push({ lemma: stem.slice(0, -1), infl: 'ED' });
  }
  if (w.endsWith('ing') && n > 5) {
    const stem = w.slice(0, -3);
    if (VOWEL.test(stem)) {
      out.push({ lemma: stem, infl: 'ING' }, { lemma: stem + 'e', infl: 'ING' });
      if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) out.push({ lemma: stem.slice(0, -1), infl: 'ING' });
      if (stem.endsWith('y')) out.push({ lemma: stem.slice(0, -1) + 'ie', infl: 'ING' });
    }
  }
  return out;
}

/** The first candidate lemma that `known` contains, or undefined. `word` may be any case. */
export function lemmatize(word: string, irregular: ReadonlyMap<string, string>, known: { has(k: string): boolean }, lowered = false): LemmaHit | undefined {
  let w = word;
  if (!lowered) {
    w = word.toLowerCase();
    if (w.includes('’')) w = w.replace(/’/g, "'");
  }
  if (known.has(w)) return { lemma: w, infl: 'BASE' };
  const irr = irregular.get(w);
  if (irr !== undefined && known.has(irr)) return { lemma: irr, infl: 'IRREGULAR' };
  const n = w.length;
  if (n < 4) return undefined;
  const last = w.charCodeAt(n - 1);
  // Only words ending in -s, -d or -g can be inflected forms the rules know.
  if (last !== 115 /* s */ && last !== 100 /* d */ && last !== 103 /* g */) return undefined;
  for (const c of lemmaCandidates(w, irregular)) if (c.infl !== 'BASE' && c.infl !== 'IRREGULAR' && known.has(c.lemma)) return c;
  return undefined;
}
