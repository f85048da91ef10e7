// An ISO 4217 code that the report writes beside a figure ("the pound slid from around EGP 30.9 to the dollar",
// "USD 5m", "5 billion EUR") is a currency throughout the report, no organisation or place: the tagger reads a lone
// all-caps word as a body ("EGP", "USD") and document consistency then spreads it. The codes are the quantity stage's
// (data/lexicon/currency-iso4217.tsv, less the ones marked "word" there: "ALL 5 members", "TOP 10").
import { CURRENCY_CODES, SCALE_ABBREV, SCALE_WORDS } from '../quantity/lexicon.js';
import type { Tok } from './tokenize.js';

const CODES = new Set(CURRENCY_CODES);
const FIGURE = /^\d/;
/** A plain year ("In 2019 NPR reported"): no amount the code could name. */
const YEAR = /^(1[5-9]|20)\d\d$/;
/** The quantity stage's scale words and abbreviations ("5 billion", "5 mln", "RM42mil"). */
const SCALES: ReadonlySet<string> = new Set([...Object.keys(SCALE_WORDS), ...Object.keys(SCALE_ABBREV)]);

/** Whether a figure ends at token k: a number, or a scale word right after one ("5 billion"). */
function figureEndsAt(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (!t) return false;
  if (FIGURE.test(t.text)) return !YEAR.test(t.text);
  return SCALES.has(t.lower) && FIGURE.test(toks[k - 1]?.text ?? '');
}

/**
 * The codes written at least once right before a figure or right after one, in the same sentence. A code that starts
 * a longer name the entities stage chose (`names`: "COP 28", "SDG 4") is that name's word, no currency.
 */
export function figureCurrencyCodes(toks: readonly Tok[], names: readonly { s: number; e: number }[] = []): ReadonlySet<string> {
  const out = new Set<string>();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!CODES.has(t.text) || out.has(t.text)) continue;
    if (names.some((c) => c.e - c.s > 1 && c.s <= i && i < c.e)) continue;
    const nx = toks[i + 1]; const pv = toks[i - 1];
    if ((nx && nx.sent === t.sent && FIGURE.test(nx.text)) || (pv && pv.sent === t.sent && figureEndsAt(toks, i - 1))) out.add(t.text);
  }
  return out;
}
