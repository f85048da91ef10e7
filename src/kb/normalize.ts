// One normalisation for every alias lookup, shared by the KB build and the entity stage, so that
// "Kim Jong-un", "KIM JONG UN" and "Kim Jong Un" meet; "U.S." and "US" meet; "Dasha’s" keeps its letters.

const DIACRITICS = /[\u0300-\u036f]/g;
const APOSTROPHES = /[’‘`´]/g;
const DOTS = /\.(?=\S|$)/g;

export function normAlias(s: string): string {
  return s
    .normalize('NFKD')
    .replace(DIACRITICS, '')
    .replace(APOSTROPHES, "'")
    .toLowerCase()
    .replace(DOTS, '')
    .replace(/[-‐‑–—]/g, ' ')
    .replace(/[^\p{L}\p{N}' &]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
