import { join } from 'node:path';
import { readDataRows } from '../../core/data-rows.js';
import { projectRoot } from '../../core/shared.js';
import type { Entity, Quantity } from '../../core/types.js';

// "2 billion dinars" in a report on Libya are Libyan dinars, "Rs 500 crore" in a report on Pakistan Pakistani rupees:
// a currency name shared by several countries (data/lexicon/currency-countries.tsv) takes the code of the country of
// its family that the report's places name most often. A country adjective ("Iraqi dinars") has already fixed the code.

interface Family { countries: Map<string, string>; codes: Set<string> }

/** Currency form ("dinars", "rs") → its family: country → code, and every code of the family. */
const FAMILIES: ReadonlyMap<string, Family> = (() => {
  const byForms = new Map<string, Family>();
  const out = new Map<string, Family>();
  for (const [forms, country, code] of readDataRows(join(projectRoot, 'data', 'lexicon', 'currency-countries.tsv'))) {
    if (!forms || !country || !code) continue;
    let fam = byForms.get(forms);
    if (!fam) { fam = { countries: new Map(), codes: new Set() }; byForms.set(forms, fam); }
    if (!fam.countries.has(country)) fam.countries.set(country, code);
    fam.codes.add(code);
    for (const f of forms.split(',')) out.set(f.trim(), fam);
  }
  return out;
})();

/** How often the report names places of each country (a city counts for its country). */
function countryMentions(entities: readonly Entity[]): Map<string, number> {
  const n = new Map<string, number>();
  for (const e of entities) {
    if (e.type !== 'GPE' && e.type !== 'LOC' && e.type !== 'FAC') continue;
    const c = e.geo?.country ?? e.iso;
    if (c) n.set(c, (n.get(c) ?? 0) + e.mentions.length);
  }
  return n;
}

/** The family of the currency name written in an amount, unless a capitalised adjective before it names the country. */
function familyOf(q: Quantity): Family | undefined {
  // a bare "$" (not "US$", "A$", "HK$")
  if (q.unit === 'USD' && /(?:^|[^\p{L}$])\$/u.test(q.text)) return FAMILIES.get('$');
  // "nearly 190 to the dollar" after "the rupee": the currency is named before the figure (a one-word name)
  if (q.rule?.includes('exchange-rate')) {
    const fam = q.noun ? FAMILIES.get(q.noun) : undefined;
    return fam && fam.codes.has(q.unit) ? fam : undefined;
  }
  const words = q.text.split(/[^\p{L}]+/u);
  for (let i = 0; i < words.length; i++) {
    const fam = FAMILIES.get(words[i]!.toLowerCase());
    if (!fam || !fam.codes.has(q.unit)) continue;
    // "Libyan dinars", "CFA francs", "Saudi riyals": the country is written
    if (i > 0 && /^\p{Lu}/u.test(words[i - 1]!)) return undefined;
    return fam;
  }
  return undefined;
}

/** A local dollar written with its own sign ("C$500 million", "A$", "NZ$", "HK$", "S$"). */
const LOCAL_DOLLAR_RE = /(?:^|[^\p{L}$])(?:C|A|NZ|HK|S)\$/u;
/** A sentence whose subject is the United States ("The United States gave $300 million"). */
const US_SUBJECT_RE = /^\s*["“‘']?(?:The\s+)?(?:United\s+States|U\.S\.|US|USA|America|Washington)\b/;

/** The sentence of `text` before offset `at` starts with the United States as its subject. */
function usSubject(text: string, at: number): boolean {
  let start = 0;
  const re = /[.!?]["”’)]*\s+/g;
  let m: RegExpExecArray | null;
  const head = text.slice(Math.max(0, at - 400), at);
  while ((m = re.exec(head)) !== null) start = m.index + m[0].length;
  return US_SUBJECT_RE.test(head.slice(start));
}

/**
 * Re-codes amounts in a shared currency name by the country the report is about; returns how many changed. With the
 * text, a bare "$" in a sentence whose subject is the United States stays the US dollar.
 */
export function currencyByCountry(qs: Quantity[], entities: readonly Entity[], text?: string): number {
  let changed = 0;
  let counts: Map<string, number> | undefined;
  let usMarked: boolean | undefined;
  let localSigned: boolean | undefined;
  for (const q of qs) {
    if (!/^[A-Z]{3}$/.test(q.unit) || !/money:(?:word|symbol|pounds|exchange-rate)/.test(q.rule ?? '')) continue;
    const fam = familyOf(q);
    if (!fam) continue;
    counts ??= countryMentions(entities);
    let best: string | undefined;
    let most = 0;
    // "$": only when the country is the report's first and the United States goes unnamed, or the report marks its
    // US dollars apart ("$400 million (US$314 million)": then the bare sign is the local dollar, never the US one;
    // a tie between the United States and the dollar's own country goes to the latter)
    usMarked ??= qs.some((x) => x.unit === 'USD' && /U\.?S\.?\s?\$/.test(x.text));
    const skipUs = fam === FAMILIES.get('$') && usMarked;
    // rows in file order: the first-listed country wins a tie
    for (const [country, code] of fam.countries) {
      if (skipUs && code === 'USD') continue;
      const c = counts.get(country) ?? 0;
      if (c > most) { most = c; best = code; }
    }
    if (fam === FAMILIES.get('$') && best && (((counts.get('US') ?? 0) > 0 && !usMarked) || most < Math.max(...counts.values()))) best = undefined;
    // (not when the report writes the local dollar with its own sign, "C$500 million": its bare "$" is the US dollar;
    // nor in a sentence whose subject is the United States: code review of stop 24, finding 6)
    localSigned ??= qs.some((x) => LOCAL_DOLLAR_RE.test(x.text));
    if (fam === FAMILIES.get('$') && best && (localSigned || (text !== undefined && usSubject(text, q.start)))) best = undefined;
    if (best && best !== q.unit) {
      q.unit = best;
      q.rule = `${q.rule}+currency-country`;
      changed++;
    }
  }
  return changed;
}
