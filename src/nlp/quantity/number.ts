import { NUMBER_WORDS, own, SCALE_WORDS } from './lexicon.js';
import type { QTok } from './tokens.js';
import { readWordSet } from '../../core/word-lists.js';

const THOUSANDS_RE = /^[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?$/;
const PLAIN_RE = /^[0-9]+(?:\.[0-9]+)?$/;
/** South Asian grouping: lakhs and crores in pairs of digits before the last three ("1,52,513", "2,50,000"). */
const LAKH_RE = /^[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?:\.[0-9]+)?$/;
/** Longest digit run we turn into a number: beyond this it is an identifier or garbage, not a figure. */
const MAX_DIGITS = 16;

/**
 * Value of a digit token: "11,300" → 11300, "1.5" → 1.5. Undefined for anything else — lists like
 * "1,2", IP addresses "192.168.0.1", over-long digit runs — so callers skip rather than guess.
 */
export function parseDigits(text: string): number | undefined {
  let clean: string;
  if (PLAIN_RE.test(text)) clean = text;
  else if (THOUSANDS_RE.test(text) || LAKH_RE.test(text)) clean = text.replace(/,/g, '');
  else return undefined;
  const intLen = clean.indexOf('.') === -1 ? clean.length : clean.indexOf('.');
  if (intLen > MAX_DIGITS) return undefined;
  const v = Number(clean);
  return Number.isFinite(v) ? v : undefined;
}

/** Thousands grouped by periods, with or without a decimal comma: "1.250.000", "3.061,2", "1.500,50". */
export const PERIOD_GROUPS_RE = /^[0-9]{1,3}(?:\.[0-9]{3}){2,}(?:,[0-9]{1,2})?$|^[0-9]{1,3}(?:\.[0-9]{3})+,[0-9]{1,2}$/;
/** One period group: "1.500" (a thousand and five hundred, or one and a half, as the context tells). */
export const ONE_PERIOD_GROUP_RE = /^[1-9][0-9]{0,2}\.[0-9]{3}$/;
/** A decimal comma before a scale: "1,2 million", "€3,4 billion" (a comma never groups fewer than three digits). */
export const DECIMAL_COMMA_RE = /^[0-9]{1,3},[0-9]{1,2}$/;
/** data/lexicon/quantity-whole-currencies.txt: currencies no amount of which has three decimals. */
const WHOLE_CURRENCIES: ReadonlySet<string> = new Set([...readWordSet('quantity-whole-currencies.txt')].map((c) => c.toUpperCase()));

/**
 * Value of a figure written the continental way (Indonesia, Latin America, most of Europe): periods group thousands
 * and a comma marks decimals. Several period groups or a decimal comma after a group leave no doubt ("1.250.000",
 * "3.061,2"); a single group ("1.500") is thousands only where a decimal reading cannot be meant: before a scale of a
 * language that writes figures so (`localScale`: "Rp 1.500 triliun"), in a currency with no coin below its unit
 * (`currency`: "Rp 500.000"), or counting whole things (`wholeCount`: "3.500 people", as numberAt.ts tells it). Undefined
 * otherwise.
 */
export function periodGroupedValue(text: string, opts: { localScale?: boolean; currency?: string; wholeCount?: boolean } = {}): number | undefined {
  if (PERIOD_GROUPS_RE.test(text)) return Number(text.replace(/\./g, '').replace(',', '.'));
  if (!ONE_PERIOD_GROUP_RE.test(text)) return undefined;
  const whole = opts.localScale || opts.wholeCount || (opts.currency !== undefined && WHOLE_CURRENCIES.has(opts.currency));
  return whole ? Number(text.replace('.', '')) : undefined;
}

/** Digits after the decimal point, and trailing zeros of the integer part: the rounding the writer used. */
export function writtenPrecision(text: string): number {
  const clean = text.replace(/,/g, '');
  const dot = clean.indexOf('.');
  if (dot !== -1) return 10 ** -(clean.length - dot - 1);
  const m = /0+$/.exec(clean);
  return m && m[0].length < clean.length ? 10 ** m[0].length : 1;
}

export interface WordNumber { value: number; end: number }

/**
 * Cardinal written in words from token `i`: "twenty", "twenty-five", "two hundred and fifty thousand",
 * "a dozen", "half a million", "two and a half million". `end` is the last token used.
 */
export function parseWordNumber(toks: readonly QTok[], i: number): WordNumber | undefined {
  let j = i;
  let total = 0;
  let current = 0;
  let seen = false;
  let end = -1;
  let half = false;
  // "a dozen", "a hundred", "a million", "half a million"
  if ((toks[j].lower === 'a' || toks[j].lower === 'an') && j + 1 < toks.length) {
    const n = toks[j + 1].lower;
    if (n === 'dozen' || own(SCALE_WORDS, n) !== undefined) { current = 1; j++; seen = true; }
    else return undefined;
  } else if (own(SCALE_WORDS, toks[j].lower) !== undefined && !['several', 'few', 'many'].includes(toks[j - 1]?.lower ?? '')) {
    // "(billion yen)" in a table head, "Thousand Oaks": a scale word alone is no number
    return undefined;
  } else if (toks[j].lower === 'half' && j + 2 < toks.length && toks[j + 1].lower === 'a' &&
      (own(SCALE_WORDS, toks[j + 2].lower) !== undefined || toks[j + 2].lower === 'dozen')) {
    half = true;
    current = 1;
    j += 2;
    seen = true;
  }
  for (; j < toks.length; j++) {
    const t = toks[j];
    if (t.kind === 'sym' && t.text === '-' && !t.space && seen && j + 1 < toks.length && !toks[j + 1].space) continue;
    if (t.kind !== 'word') break;
    const w = t.lower;
    const nw = own(NUMBER_WORDS, w);
    const sw = own(SCALE_WORDS, w);
    if (nw !== undefined && w !== 'dozen') {
      // "twenty five" yes, "five twenty" no
      if (seen && current % 100 !== 0 && current % 10 === 0 && nw < 10) current += nw;
      else if (seen && current !== 0 && !(current % 100 === 0)) break;
      else current += nw;
    } else if (w === 'dozen') current = (current || 1) * 12;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (sw !== undefined) { total += (current || 1) * sw; current = 0; }
    else if (w === 'and' && seen && j + 1 < toks.length) {
      // "two hundred and fifty"; "two and a half million"
      const n = toks[j + 1].lower;
      if (own(NUMBER_WORDS, n) !== undefined && current >= 100) continue;
      if ((n === 'a' || n === 'one') && toks[j + 2]?.lower === 'half') {
        current += 0.5;
        end = j + 2;
        j += 2;
        continue;
      }
      break;
    } else break;
    seen = true;
    end = j;
  }
  if (!seen || end < i) return undefined;
  let value = total + current;
  if (half) value /= 2;
  return { value, end };
}
