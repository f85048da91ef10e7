import type { EntityType } from '../core/types.js';

/**
 * One knowledge-base entry. Built by scripts/build-kb.ts from data/kb/** and compiled into
 * dist/kb/kb.json; loaded by src/kb/load.ts.
 */
export interface KbEntry {
  /** Stable id: the Wikidata QID when known, else a slug such as "kb:interfax". */
  id: string;
  qid?: string;
  name: string;
  type: EntityType;
  /** Finer kind: COUNTRY, CITY, REGION, FACILITY, HEAD_OF_STATE…, MEDIA, AGENCY, GOVERNMENT, IGO, PARTY, COMPANY … */
  kind?: string;
  aliases: string[];
  demonyms?: string[];
  /** ISO 3166-1 alpha-2 of a country entry, or the country an entry belongs to. */
  iso2?: string;
  country?: string;
  lat?: number;
  lon?: number;
  population?: number;
  /** Offices held: { role: "president", of: "RU", from: 2012, to: undefined }. */
  roles?: KbRole[];
  /** For a capital or seat-of-government building: the ISO2 of the state it can stand for. */
  standsFor?: string;
  // ---- additions (KB build), all optional ----
  /** Rough prior for ranking ambiguous aliases, 0–100 (countries 90, capitals and world cities high, hamlets low). */
  prominence?: number;
  /** Country entries: id of the capital's entry. */
  capital?: string;
  /** Places: GeoNames admin-1 code (US: state abbreviation). */
  admin1?: string;
  /** Finer class under `kind`: MINISTRY, MILITARY, HEAD_OF_STATE, SPOKESPERSON, SPACEPORT, MISSILE, TERRITORY … */
  subkind?: string;
  /** Media: state-run outlet or agency (KCNA, Xinhua, TASS …). */
  state?: boolean;
  /** Media: web domain. */
  domain?: string;
  description?: string;
}

/** One office held. `of` is an ISO2 code for states, else the id of the organisation's entry. */
export interface KbRole {
  role: string;
  of?: string;
  from?: number;
  to?: number;
  /** The office as written in the source ("Minister of Foreign Affairs"). */
  title?: string;
}

export interface Kb {
  /** Entries whose normalised alias (see normAlias) equals `alias`. */
  byAlias(alias: string): readonly KbEntry[];
  get(id: string): KbEntry | undefined;
  /** Longest alias, in words; bounds gazetteer look-ahead. */
  readonly maxAliasWords: number;
  /** People holding `role` of `of` (ISO2 or entry id) during `year`. */
  holders(role: string, of: string, year: number): readonly KbEntry[];
  readonly size: number;
  // ---- additions (KB build) ----
  /** Entries for which the normalised `demonym` ("north korean", "russians") is a demonym. */
  byDemonym(demonym: string): readonly KbEntry[];
  /** True when the normalised alias must not be matched without strong context ("nice", "reading", "mobile"). */
  isWeak(alias: string): boolean;
  /** Bit w set: word w of every surface form of this alias is capitalised (lower-case text must not match). */
  capMask(alias: string, demonym?: boolean): number;
  /** True when `key` (normalised, words joined by one space) is an alias, a demonym or a word-prefix of one
   *  ("united" for "united states"); the gazetteer's early exit. */
  hasPrefix(key: string): boolean;
  /** Iterate all entries. */
  entries(): Iterable<KbEntry>;
}
