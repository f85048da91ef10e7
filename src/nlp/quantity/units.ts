import {
  ATTACHED_SUBUNITS, CURRENCY_ADJECTIVES, CURRENCY_SIGNS_AFTER, CURRENCY_CODES, CURRENCY_SUBUNITS, CURRENCY_SYMBOLS, CURRENCY_WORDS, PERCENT_FORMS, SPACED_CURRENCY_LETTERS, TIGHT_CURRENCY_LETTERS, POINT_FORMS, BASIS_POINT_FORMS, SI_UNIT, UNITS,
  type UnitDef,
} from './lexicon.js';
import { PhraseTrie } from './trie.js';
import { phraseKey } from './tokens.js';

/**
 * The unit of "4 percentage points" (a difference of two percentages): written out, as annotators and readers name it,
 * beside "%" and "bp".
 */
export const POINTS_UNIT = 'percentage point';

/** What a phrase after a number can be. */
export type UnitHit =
  | { kind: 'physical'; def: UnitDef; form: string }
  | { kind: 'percent'; symbol: '%' | typeof POINTS_UNIT | 'bp' }
  | { kind: 'money'; code: string; form: string; subunit?: number };

export const BY_SYMBOL: ReadonlyMap<string, UnitDef> = new Map(UNITS.map((u) => [u.symbol, u]));

/** Units written after a number, separated by a space or not ("59 km/h", "122mm"). */
export const UNIT_TRIE = new PhraseTrie<UnitHit>();
/**
 * Short symbols only valid when touching the digits, case-sensitive: "5m", "20g", "30C", "86F" —
 * but "5G" (a network), "3D" and "30c" (cents) are not measures.
 */
export const ATTACHED_UNIT_TRIE = new PhraseTrie<UnitHit>();
for (const def of UNITS) {
  for (const form of def.forms) {
    // bare "c"/"f" are letters unless touching the digits, and then only upper-case
    if (form === 'c' || form === 'f') ATTACHED_UNIT_TRIE.add(form.toUpperCase(), { kind: 'physical', def, form }, true);
    else UNIT_TRIE.add(form, { kind: 'physical', def, form });
  }
  for (const form of def.attachedOnly ?? []) ATTACHED_UNIT_TRIE.add(form, { kind: 'physical', def, form }, true);
}
for (const f of PERCENT_FORMS) UNIT_TRIE.add(f, { kind: 'percent', symbol: '%' });
for (const f of POINT_FORMS) UNIT_TRIE.add(f, { kind: 'percent', symbol: POINTS_UNIT });
for (const f of BASIS_POINT_FORMS) UNIT_TRIE.add(f, { kind: 'percent', symbol: 'bp' });
for (const [w, code] of Object.entries(CURRENCY_WORDS)) UNIT_TRIE.add(w, { kind: 'money', code, form: w });
for (const [w, code] of Object.entries(CURRENCY_ADJECTIVES)) UNIT_TRIE.add(w, { kind: 'money', code, form: w });
// "1,234 pence", "85 cents", "50p": a hundredth of the currency
for (const [w, code] of Object.entries(CURRENCY_SUBUNITS)) UNIT_TRIE.add(w, { kind: 'money', code, form: w, subunit: 100 });
for (const [w, code] of Object.entries(ATTACHED_SUBUNITS)) ATTACHED_UNIT_TRIE.add(w, { kind: 'money', code, form: w, subunit: 100 }, true);

/** Currency written before the number: symbols ("US$", "€") and ISO codes ("USD 5m"), case-sensitive. */
export const CURRENCY_PREFIX = new PhraseTrie<string>();
for (const [sym, code] of Object.entries(CURRENCY_SYMBOLS)) CURRENCY_PREFIX.add(sym, code, true);
for (const [sym, code] of Object.entries(TIGHT_CURRENCY_LETTERS)) if (code) CURRENCY_PREFIX.add(sym, code, true);
for (const code of CURRENCY_CODES) CURRENCY_PREFIX.add(code, code === 'RMB' ? 'CNY' : code, true);
/** First tokens of currency prefixes ("US" of "US$", "Rs"): words that may start a quantity. */
export const CURRENCY_FIRST: ReadonlySet<string> = new Set(
  [...Object.keys(CURRENCY_SYMBOLS), ...Object.keys(TIGHT_CURRENCY_LETTERS), ...CURRENCY_CODES].map((s) => phraseKey(s, false)[0]),
);

/** ISO codes after the number ("5 billion EUR"), case-sensitive. */
export const CURRENCY_SUFFIX = new PhraseTrie<string>();
for (const code of CURRENCY_CODES) CURRENCY_SUFFIX.add(code, code === 'RMB' ? 'CNY' : code, true);
for (const [sign, code] of Object.entries(CURRENCY_SIGNS_AFTER)) CURRENCY_SUFFIX.add(sign, code, true);
// a letter its press writes spaced is also written after the figure: "5 billion TL"
for (const sym of SPACED_CURRENCY_LETTERS) { const code = TIGHT_CURRENCY_LETTERS[sym]; if (code) CURRENCY_SUFFIX.add(sym, code, true); }

/** Rounds for output: 2 decimals from 1 up, 4 significant figures below. */
export function roundSi(x: number): number {
  if (!Number.isFinite(x)) return x;
  if (Math.abs(x) >= 1) return Math.round(x * 100) / 100;
  return Number(x.toPrecision(4));
}

/** The value in the dimension's SI unit ("59 km/h" → 16.39 m/s), unrounded. */
export function toSiExact(value: number, def: UnitDef): number {
  return value * def.factor + (def.offset ?? 0);
}

export function toSi(value: number, symbol: string): { value: number; unit: string } | undefined {
  const def = BY_SYMBOL.get(symbol);
  if (!def) return undefined;
  const v = toSiExact(value, def);
  return Number.isFinite(v) ? { value: roundSi(v), unit: SI_UNIT[def.dim] } : undefined;
}

/** Converts between two units of one dimension; undefined when they are not commensurable. */
export function convert(value: number, from: string, to: string): number | undefined {
  const a = BY_SYMBOL.get(from);
  const b = BY_SYMBOL.get(to);
  if (!a || !b || a.dim !== b.dim) return undefined;
  return (toSiExact(value, a) - (b.offset ?? 0)) / b.factor;
}

/** Converts an interval (a difference) rather than a point: offsets cancel ("a rise of 2 °C" = 3.6 °F). */
export function convertDifference(value: number, from: string, to: string): number | undefined {
  const a = BY_SYMBOL.get(from);
  const b = BY_SYMBOL.get(to);
  if (!a || !b || a.dim !== b.dim) return undefined;
  return (value * a.factor) / b.factor;
}

export function dimensionOf(symbol: string): string | undefined {
  return BY_SYMBOL.get(symbol)?.dim;
}
