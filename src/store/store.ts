// The store interface. Two engines implement it under the same file names (sqlite/, postgres/);
// every store test runs once per engine. All writes of one document are one transaction.

import type { Analysis } from '../core/types.js';
import type { StoredForm } from './rows.js';
import type { Story } from '../story/types.js';

/** A document row without its analysis. `copyOf` is set on a near-duplicate (a syndicated copy). */
export interface DocRow {
  id: string;
  outlet?: string;
  title?: string;
  url?: string;
  publishedAt?: string;
  addedAt: string;
  /** 512 hex digits: the MinHash fingerprint of the text's shingles (see ingest/dedupe). */
  fingerprint: string;
  copyOf?: string;
  storyId?: string;
  /** Where it came from: a path, a feed URL, a JSONL file and line. */
  source?: string;
  chars: number;
}

export interface DocFilter {
  q?: string; // full-text search over title and text
  outlet?: string;
  from?: string; // publishedAt >= from (ISO date)
  to?: string; // publishedAt <= to (ISO date, inclusive of the whole day)
  storyId?: string;
  entity?: string; // an entity key (see entityKey)
  limit?: number; // default 50, at most 1000
  offset?: number;
}

export interface Page<T> { total: number; items: T[] }

/** An entity across documents, keyed by `wd:Q…` when linked, else `n:TYPE:normalised name`. */
export interface EntityRow {
  key: string;
  name: string;
  type: string;
  wikidata?: string;
  lat?: number;
  lon?: number;
  country?: string;
  documents: number;
  mentions: number;
}

export interface EntityFilter { q?: string; type?: string; limit?: number; offset?: number }

/** One event as one document tells it (before cross-document merging). */
export interface EventRow {
  docId: string;
  id: string; // the event id inside its document
  type: string;
  cameo?: string;
  trigger: string;
  certainty: string;
  polarity: string;
  status: string;
  date?: string; // resolved date (YYYY-MM-DD…) of its time argument, else the document date
  place?: string; // entity key of its location/destination
  entities: string[]; // entity keys of all arguments
  storyEventId?: string;
}

export interface EventFilter {
  entity?: string;
  type?: string;
  from?: string;
  to?: string;
  place?: string;
  certainty?: string;
  status?: string;
  docId?: string;
  storyId?: string;
  limit?: number;
  offset?: number;
}

export interface EntityDetail {
  entity: EntityRow;
  mentions: { docId: string; localId: string; texts: string[] }[];
  events: EventRow[];
  facts: { storyId: string; fact: import('../story/types.js').Fact }[];
}

export interface AddResult { status: 'added' | 'duplicate'; id: string }

/** A stored document that a new one may copy (shares an LSH band of the MinHash fingerprint). */
export interface CopyCandidate { id: string; fingerprint: string; copyOf?: string }

/** One document for `addDocuments`: the analysis (or its stored form) and what goes with it. */
export interface NewDocument { doc: Analysis | StoredForm; meta: AddMeta }

/**
 * Decides, inside the writing transaction, which stored report document `index` of the batch copies (its
 * `copyOf`), given the candidates that share an LSH band with its fingerprint — documents written earlier in
 * the same batch included. Undefined: not a copy.
 */
export type FindCopy = (index: number, candidates: CopyCandidate[]) => string | undefined;

export interface AddMeta {
  fingerprint: string;
  copyOf?: string;
  source?: string;
  /** JSON of the document's weighted terms (story/group `terms`), so grouping never reloads analyses. */
  terms?: string;
}

/** The same text seen again from another outlet or address: an exact syndicated copy. */
export interface Sighting { outlet?: string; title?: string; url?: string; publishedAt?: string; source?: string }

/** What story grouping needs of a document. `terms` is absent for documents stored before version 2. */
export interface DocProfileRow { id: string; publishedAt?: string; addedAt: string; storyId?: string; copyOf?: string; terms?: string }

export interface Store {
  readonly engine: 'sqlite' | 'postgres';
  /** Schema version after migrations. */
  version(): Promise<number>;
  hasDocument(id: string): Promise<boolean>;
  /**
   * Stores a document with its analysis, entities and events in one transaction.
   * Same id already stored → 'duplicate', nothing written.
   */
  addDocument(a: Analysis | StoredForm, meta: AddMeta): Promise<AddResult>;
  /**
   * Stores several documents, in order, in one transaction: a crash leaves all of them or none. Each is
   * checked for an exact duplicate, then `findCopy` (when given) sets its `copyOf` from the near-duplicate
   * candidates at that point, so the batch ends exactly as the same documents added one after another.
   */
  addDocuments(items: NewDocument[], findCopy?: FindCopy): Promise<(AddResult & { copyOf?: string })[]>;
  /** Documents sharing at least one LSH band with `fingerprint` (near-duplicate candidates). */
  fingerprintCandidates(fingerprint: string): Promise<CopyCandidate[]>;
  getDocument(id: string): Promise<DocRow | undefined>;
  getText(id: string): Promise<string | undefined>;
  getAnalysis(id: string): Promise<Analysis | undefined>;
  listDocuments(f?: DocFilter): Promise<Page<DocRow>>;
  countDocuments(): Promise<number>;
  /** Documents not yet placed in a story, oldest first. */
  unassignedDocuments(): Promise<DocRow[]>;
  listEntities(f?: EntityFilter): Promise<Page<EntityRow>>;
  getEntity(key: string): Promise<EntityDetail | undefined>;
  listEvents(f?: EventFilter): Promise<Page<EventRow>>;
  /** Places documents in stories (document → story id) in one transaction. */
  assignStories(assign: { docId: string; storyId: string }[]): Promise<void>;
  /** Replaces the built form of these stories (merged events, facts, timeline) in one transaction. */
  saveStories(stories: Story[]): Promise<void>;
  listStories(opts?: { limit?: number; offset?: number }): Promise<Page<Story>>;
  getStory(id: string): Promise<Story | undefined>;
  /** Story ids with the documents they hold (for re-building after new documents joined). */
  storyMembers(): Promise<Map<string, string[]>>;
  /**
   * Records that a stored text was published again (another outlet or URL). False when already known
   * or identical to the stored document's own outlet and URL. Marks the document's story for rebuilding.
   */
  addSighting(docId: string, s: Sighting): Promise<boolean>;
  sightings(docId: string): Promise<Sighting[]>;
  /** Number of documents each stored story was built from. */
  storySizes(): Promise<Map<string, number>>;
  /**
   * Grouping profiles of documents published in [from, to] (ISO dates, inclusive) plus every undated
   * document; all documents when no bounds are given.
   */
  docProfiles(range?: { from?: string; to?: string }): Promise<DocProfileRow[]>;
  /**
   * A token that changes whenever another connection or process commits to the store (cheap enough to
   * ask on every request). Engines that cannot tell leave it out, and readers fall back to a time limit.
   */
  changeToken?(): string | undefined;
  close(): Promise<void>;
}

export const DEFAULT_DB = './newsgraph.db';

/** Opens the store named by `--db`: a postgres:// URL selects PostgreSQL, anything else is a SQLite file. */
export async function openStore(db: string = DEFAULT_DB): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(db)) {
    const { openPostgres } = await import('./postgres/index.js');
    return openPostgres(db);
  }
  const { openSqlite } = await import('./sqlite/index.js');
  return openSqlite(db);
}

export function clampLimit(n: number | undefined, dflt = 50, max = 1000): number {
  if (n === undefined || !Number.isFinite(n) || n <= 0) return dflt;
  return Math.min(Math.floor(n), max);
}

/** `to` as an exclusive upper bound on ISO strings: "2023-09-14" → "2023-09-14\uffff". */
export function toUpper(to: string): string { return `${to}\uffff`; }
