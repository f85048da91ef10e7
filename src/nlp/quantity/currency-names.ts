// The currencies' names as news copy writes them after a figure, read from data/lexicon/currency-names.tsv (every
// ISO 4217 currency, and former ones reports still quote): the names that alone are a currency ("500 lekë"), the
// names that alone are one only after a scaled figure ("12 trillion won"), and the phrases that fix the currency by
// its country's adjective ("Albanian leke", "Cuban convertible pesos").
import { join } from 'node:path';
import { projectRoot } from '../../core/shared.js';
import { readDataRows } from '../../core/data-rows.js';

export interface CurrencyNames {
  /** A name alone after a figure → its code ("lek" → ALL). */
  bare: Record<string, string>;
  /** A name that is also a word, a currency alone only after a scaled figure ("won" → KRW). */
  scaled: Record<string, string>;
  /** An adjective and a name, or a whole phrase → its code ("albanian leke" → ALL). */
  phrases: Record<string, string>;
}

const list = (cell: string | undefined): string[] =>
  !cell || cell === '-' ? [] : cell.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);

/** The tables of rows of currency-names.tsv; the first row that names a form keeps it. */
export function currencyNames(rows: readonly string[][]): CurrencyNames {
  const out: CurrencyNames = { bare: {}, scaled: {}, phrases: {} };
  const put = (table: Record<string, string>, form: string, code: string): void => {
    if (!Object.prototype.hasOwnProperty.call(table, form)) table[form] = code;
  };
  for (const [code, adjectives, names, bare, scaled, phrases] of rows) {
    if (!code || !/^[A-Z]{3}$/.test(code)) continue;
    for (const f of list(bare)) put(out.bare, f, code);
    for (const f of list(scaled)) put(out.scaled, f, code);
    for (const a of list(adjectives)) for (const n of list(names)) put(out.phrases, `${a} ${n}`, code);
    for (const p of list(phrases)) put(out.phrases, p, code);
  }
  return out;
}

export const CURRENCY_NAMES: CurrencyNames = currencyNames(readDataRows(join(projectRoot, 'data', 'lexicon', 'currency-names.tsv')));
