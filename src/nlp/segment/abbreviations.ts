// Abbreviation classes and their lookup, built once at module load from the lexicon.
import {
  AMBIGUOUS_ABBREVIATIONS, LIKELY_END_ABBREVIATIONS, MONTH_ABBREVIATIONS, NUMERIC_ABBREVIATIONS, TITLE_ABBREVIATIONS,
} from './lexicon.js';

/** How a token that ends in an abbreviation period behaves at a possible sentence end. */
export const A_NONE = 0;
/** "Mr." "Gen." – a name follows; never a sentence end. */
export const A_TITLE = 1;
/** "W." in "George W. Bush" – an end only before a typical sentence opener. */
export const A_INITIAL = 2;
/** "U.S." "Inc." "a.m." – an end before a typical opener or a quote. */
export const A_AMBIGUOUS = 3;
/** "Sept." – never an end before a number, otherwise like AMBIGUOUS. */
export const A_MONTH = 4;
/** "No. 10" – only recognised before a number; never an end. */
export const A_NUMERIC = 5;
/** "etc." – usually the last word of its sentence: an end before any capitalised word. */
export const A_LIKELY_END = 6;

const titles = new Set(TITLE_ABBREVIATIONS);
const ambiguous = new Set(AMBIGUOUS_ABBREVIATIONS);
const months = new Set(MONTH_ABBREVIATIONS);
const numeric = new Set(NUMERIC_ABBREVIATIONS);
const likelyEnd = new Set(LIKELY_END_ABBREVIATIONS);

/** "MR" → "Mr", so ALL-CAPS copy ("GEN. SMITH") finds the same entries. */
function titleCase(w: string): string {
  return w.length < 2 ? w : w[0] + w.slice(1).toLowerCase();
}

function isAllCaps(w: string): boolean {
  return w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();
}

/**
 * Class of the letters-only word `w` when a period follows it. `numberFollows`: the next
 * non-space character after the period is a digit.
 */
export function abbreviationClass(w: string, numberFollows: boolean): number {
  const alt = isAllCaps(w) ? titleCase(w) : w;
  if (numberFollows && (numeric.has(w) || numeric.has(alt))) return A_NUMERIC;
  if (titles.has(w) || titles.has(alt)) return A_TITLE;
  if (months.has(w) || months.has(alt)) return A_MONTH;
  if (likelyEnd.has(w) || likelyEnd.has(alt)) return A_LIKELY_END;
  if (ambiguous.has(w) || ambiguous.has(alt)) return A_AMBIGUOUS;
  return A_NONE;
}
