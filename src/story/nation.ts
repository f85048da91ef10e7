// The state a public body acts for, read from its name or its KB entry: "U.S. Coast Guard" (US), "Royal
// Canadian Mounted Police" (CA), "Transportation Safety Board of Canada" (CA). A report that says "Canada
// has opened an investigation" and one that says "the RCMP is investigating" tell one investigation; the
// event merge uses this as a tie between an agency and its country named as a participant (build.ts).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../core/shared.js';
import type { KbEntry } from '../kb/types.js';
import { normAlias } from '../kb/normalize.js';

let featureWords: Set<string> | undefined;
/** data/lexicon/story-place-feature-words.txt: "delta", "basin", "city" … after a country name make another place's name. */
function placeFeatureWords(): Set<string> {
  featureWords ??= new Set(readFileSync(join(projectRoot, 'data', 'lexicon', 'story-place-feature-words.txt'), 'utf8')
    .split('\n').map((l) => l.trim().toLowerCase()).filter((l) => l && !l.startsWith('#')));
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

/**
 * ISO2 of the state an organisation's name says it acts for, or undefined. Read from: its KB entry's
 * `standsFor`, or its `country` when the entry is a public body (not a company, outlet or party); a country
 * name leading the name ("U.S. Navy", "Nigeria Police Force") unless it only starts a longer place's name ("Niger Delta …"); "of [the] <country>" ending it; a country's
 * demonym anywhere in it ("Royal Canadian Mounted Police"). A name that names two states gives none.
 */
export function orgNation(name: string, kb: NationKb | null, kind?: string): string | undefined {
  if (!kb || (kind && PRIVATE_KINDS.test(kind))) return undefined;
  const key = normAlias(name);
  if (!key) return undefined;
  const words = key.split(' ');
  // (a bare acronym is no evidence: "BEA" is France's crash bureau in one story, the US Bureau of Economic Analysis in the KB)
  for (const e of kb.byAlias(key)) {
    if (e.type !== 'ORG' || (words.length < 2 && normAlias(e.name) !== key)) continue;
    if (e.standsFor) return e.standsFor;
    if (e.country && !(e.kind && PRIVATE_KINDS.test(e.kind))) return e.country;
  }
  if (words.length < 2) return undefined;
  const found = new Set<string>();
  // a country name leading the name (up to three words: "united states", "south korea")
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const iso = oneCountry(kb.byAlias(words.slice(0, n).join(' ')));
    // ("Niger Delta Development Commission": the name of a delta, not of Niger, leads it)
    if (iso) { if (!longerPlaceName(words, n, kb)) found.add(iso); break; }
  }
  // "… of [the] <country>"
  const of = words.lastIndexOf('of');
  if (of > 0 && of < words.length - 1) {
    const tail = words.slice(of + 1).filter((w, i) => !(i === 0 && w === 'the')).join(' ');
    const iso = oneCountry(kb.byAlias(tail));
    if (iso) found.add(iso);
  }
  // a demonym anywhere ("canadian", "french", "turkish")
  if (kb.byDemonym) for (const w of words) { const iso = oneCountry(kb.byDemonym(w)); if (iso) found.add(iso); }
  return found.size === 1 ? [...found][0] : undefined;
}
