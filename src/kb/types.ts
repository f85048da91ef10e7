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
  roles?: { role: string; of?: string; from?: number; to?: number }[];
  /** For a capital or seat-of-government building: the ISO2 of the state it can stand for. */
  standsFor?: string;
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
}
