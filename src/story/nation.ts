// The state a public body acts for, read from its name or its KB entry: "U.S. Coast Guard" (US), "Royal
// Canadian Mounted Police" (CA), "Transportation Safety Board of Canada" (CA). A report that says "Canada
// has opened an investigation" and one that says "the RCMP is investigating" tell one investigation; the
// event merge uses this as a tie between an agency and its country named as a participant (build.ts).

import type { KbEntry } from '../kb/types.js';
import { normAlias } from '../kb/normalize.js';
import { evidenceCountry } from '../nlp/entities/resolve.js';
import { readWordSet } from '../core/word-lists.js';

let featureWords: ReadonlySet<string> | undefined;
/** data/lexicon/story-place-feature-words.txt: "delta", "basin", "city" … after a country name make another place's name. */
function placeFeatureWords(): ReadonlySet<string> {
  featureWords ??= readWordSet('story-place-feature-words.txt');
  return featureWords;
}

/**
 * Whether the country name that is `words[0..n)` is only the start of a longer geographic name: a feature word
 * right after it ("niger delta …", "congo basin …", "mexico city …") or a place the KB knows other than a
 * country under the longer run ("mexico city"). Such a body is named after that place, not the state.
 */
export function longerPlaceName(words: readonly string[], n: number, kb: NationKb): boolean {
  if (n < words.length && placeFeatureWords().has(words[n]!)) return true;
  for (let k = n + 1; k <= Math.min(words.length - 1, n + 2); k++) {
    if (kb.byAlias(words.slice(0, k).join(' ')).some((e) => e.type !== 'ORG' && e.kind !== 'COUNTRY')) return true;
  }
  return false;
}

let stateWords: ReadonlySet<string> | undefined;
/**
 * Whether the words `rest` of a body's name hold a word only a sovereign state's body bears ("army", "ministry",
 * "armed forces"; data/lexicon/story-state-body-words.txt).
 */
function stateBodyWords(rest: readonly string[]): boolean {
  stateWords ??= readWordSet('story-state-body-words.txt');
  return rest.some((w, i) => stateWords!.has(w) || (i + 1 < rest.length && stateWords!.has(`${w} ${rest[i + 1]}`)));
}

/**
 * Whether the alias entries that name country `iso` also name a place of another country ("georgia": the US
 * state; "lebanon": towns in the US; "niger": a Nigerian state). Such a name leading a body's name is the
 * country's only for a body only a state has (stateBodyWords): "Georgia Bureau of Investigation" is the US
 * state's, "Lebanon Police Department" a US town's.
 */
function placeElsewhere(entries: readonly KbEntry[], iso: string): boolean {
  return entries.some((e) => e.kind !== 'COUNTRY' && e.type !== 'ORG' && e.type !== 'PERSON' && e.country !== undefined && e.country !== iso);
}

/** The part of the KB this needs (tests inject a small fake). */
export interface NationKb {
  byAlias(alias: string): readonly KbEntry[];
  byDemonym?(demonym: string): readonly KbEntry[];
}

/** Kinds of organisation that belong to no state even when the KB records a seat: firms, outlets, clubs, parties. */
const PRIVATE_KINDS = /^(COMPANY|MEDIA|SPORTS?_CLUB|CLUB|PARTY|UNIVERSITY|IGO|NGO|ARMED_GROUP|RELIGIOUS)$/;

/** The one country an alias or demonym names (none when it names several: "Korean", "Congo"). */
function oneCountry(entries: readonly KbEntry[]): string | undefined {
  const isos = new Set(entries.filter((e) => e.kind === 'COUNTRY' && e.iso2).map((e) => e.iso2!));
  return isos.size === 1 ? [...isos][0] : undefined;
}

/** The state a body's KB entry acts for (standsFor, else its country), none for a firm, outlet, party, charity …. */
export function entryNation(e: KbEntry, kind?: string): string | undefined {
  if ((kind && PRIVATE_KINDS.test(kind)) || (e.kind && PRIVATE_KINDS.test(e.kind))) return undefined;
  return evidenceCountry(e);
}

/**
 * ISO2 of the state an organisation's name says it acts for, or undefined. Read from: its KB entries' `standsFor`,
 * else their `country`, when all entries of the name agree on one and none is a firm, outlet, party, charity,
 * armed group or international body; else a country name leading the name ("U.S. Navy", "Nigeria Police Force")
 * unless it only starts a longer place's name ("Niger Delta …") or also names a place elsewhere with no
 * state-only body word after it ("Georgia Bureau of Investigation"); "of [the] <country>" ending it (the same
 * way); a country's demonym anywhere in it ("Royal Canadian Mounted Police"). A name that names two states gives none.
 */
export function orgNation(name: string, kb: NationKb | null, kind?: string): string | undefined {
  if (!kb || (kind && PRIVATE_KINDS.test(kind))) return undefined;
  const key = normAlias(name);
  if (!key) return undefined;
  const words = key.split(' ');
  // (a bare acronym is no evidence: "BEA" is France's crash bureau in one story, the US Bureau of Economic Analysis in the KB)
  const orgs = kb.byAlias(key).filter((e) => e.type === 'ORG' && (words.length >= 2 || normAlias(e.name) === key));
  // a firm, a charity, an armed group or an international body the KB knows by this name belongs to no state,
  // whatever its name says ("Turkish Airlines", "American Red Cross", "Indian Ocean Commission")
  if (orgs.some((e) => e.kind && PRIVATE_KINDS.test(e.kind))) return undefined;
  // the state the entries act for (standsFor, else their country), only when they agree: "Defence Ministry" is
  // the alias of twenty states' ministries and says none of them
  const byKb = new Set(orgs.map((e) => entryNation(e)).filter((x): x is string => Boolean(x)));
  if (byKb.size === 1) return [...byKb][0];
  if (byKb.size > 1) return undefined;
  if (words.length < 2) return undefined;
  const found = new Set<string>();
  // a country name leading the name (up to three words: "united states", "south korea")
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const entries = kb.byAlias(words.slice(0, n).join(' '));
    const iso = oneCountry(entries);
    // ("Niger Delta Development Commission": the name of a delta, not of Niger, leads it; "Georgia Bureau of
    // Investigation": Georgia the US state)
    if (iso) {
      if (!longerPlaceName(words, n, kb) && (!placeElsewhere(entries, iso) || stateBodyWords(words.slice(n)))) found.add(iso);
      break;
    }
  }
  // "… of [the] <country>" ("Supreme Court of Georgia" may be the US state's: as above)
  const of = words.lastIndexOf('of');
  if (of > 0 && of < words.length - 1) {
    const tail = words.slice(of + 1).filter((w, i) => !(i === 0 && w === 'the')).join(' ');
    const entries = kb.byAlias(tail);
    const iso = oneCountry(entries);
    if (iso && (!placeElsewhere(entries, iso) || stateBodyWords(words.slice(0, of)))) found.add(iso);
  }
  // a demonym anywhere ("canadian", "french", "turkish")
  if (kb.byDemonym) for (const w of words) { const iso = oneCountry(kb.byDemonym(w)); if (iso) found.add(iso); }
  return found.size === 1 ? [...found][0] : undefined;
}
