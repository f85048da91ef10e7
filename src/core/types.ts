// Annotation types. They mirror ../shared/spec/analysis-v1.md: field names and meanings are a contract.
// Producers may add fields (we add `rule` for provenance); never rename or drop.

export interface Offsets { start: number; end: number }
export interface Span extends Offsets { text: string }

export interface DocumentInfo {
  id: string; // hex sha256 of `text`
  text: string;
  publishedAt?: string; // ISO date or date-time
  outlet?: string;
  title?: string;
  url?: string;
  language: string;
}

export interface Sentence extends Offsets {
  /** Paragraph index (0-based) the sentence belongs to. Extra field. */
  paragraph?: number;
  /** Headline, byline or dateline rather than body text. Extra field. */
  kind?: 'HEADLINE' | 'BYLINE' | 'DATELINE' | 'BODY';
}

export type TokenKind = 'WORD' | 'NUMBER' | 'PUNCT' | 'SYMBOL' | 'QUOTE';
/** A token is an internal annotation (not part of the JSON output). */
export interface Token extends Offsets {
  kind: TokenKind;
  sentence: number; // index into sentences
}

export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'FAC' | 'NORP' | 'WEAPON' | 'VEHICLE' | 'EVENT' | 'OTHER';
export interface Geo { lat: number; lon: number; country?: string }
export interface Mention extends Span {
  /** GOVERNMENT where a capital/building stands for a state ("the Kremlin said"). Extra field. */
  role?: 'GOVERNMENT';
  rule?: string;
}
export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  /** wikidata: the QID; name (extra): the KB's canonical name when `name` is the report's own form of it */
  kb?: { wikidata?: string; name?: string };
  geo?: Geo;
  mentions: Mention[];
  /** Extra: finer kind from the KB (MEDIA, AGENCY, GOVERNMENT, OFFICIAL …), ISO code etc. */
  kind?: string;
  iso?: string;
  rule?: string;
}

export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';
export type TimeMod =
  | 'BEFORE' | 'AFTER' | 'ON_OR_BEFORE' | 'ON_OR_AFTER'
  | 'LESS_THAN' | 'MORE_THAN' | 'EQUAL_OR_LESS' | 'EQUAL_OR_MORE'
  | 'START' | 'MID' | 'END' | 'APPROX';
export interface TimeExpr extends Span {
  type: TimeType;
  value: string;
  mod?: TimeMod;
  range?: { from: string; to: string };
  rule?: string;
}

export type Bound = 'AT_LEAST' | 'AT_MOST' | 'MORE_THAN' | 'LESS_THAN' | 'APPROX' | 'MAX' | 'MIN';
export interface Quantity extends Span {
  value: number;
  unit: string;
  bound?: Bound;
  si?: { value: number; unit: string };
  /** Extra: upper value of a range ("5,000-6,000"), the counted noun as written, the index of an equivalent. */
  noun?: string;
  equivalentOf?: number;
  rule?: string;
}

export type SourceKind = 'MEDIA' | 'AGENCY' | 'GOVERNMENT' | 'OFFICIAL' | 'PERSON' | 'ORG' | 'UNNAMED';
export interface AttributionLink {
  source: string;
  kind: SourceKind;
  cue: string;
  entity?: string;
  span?: Offsets;
  cueSpan?: Offsets;
  rule?: string;
}
export type Certainty = 'CERTAIN' | 'PROBABLE' | 'POSSIBLE' | 'UNKNOWN';
export type Polarity = 'POSITIVE' | 'NEGATIVE';
export type Status = 'PAST' | 'ONGOING' | 'FUTURE';
export interface Claim extends Span {
  id: string;
  attribution: AttributionLink[];
  certainty: Certainty;
  polarity: Polarity;
  status: Status;
  hedges: string[];
  events: string[];
  times: number[];
  quantities: number[];
  rule?: string;
}

export interface EventArgs { [role: string]: (string | number)[] }
export interface NewsEvent {
  id: string;
  type: string;
  cameo?: string;
  trigger: Span;
  args: EventArgs;
  certainty: Certainty;
  polarity: Polarity;
  status: Status;
  claims: string[];
  rule?: string;
}

export type CheckKind = 'UNIT_CONVERSION' | 'TRAVEL_TIME' | 'DATE_ARITHMETIC' | 'COUNT';
/**
 * What a check rests on: a number is an index into `quantities`; `{ time }` an index into `times`;
 * `{ entity }` an entity id; `{ start, end, text }` a figure read straight from the text.
 */
export type CheckRef = number | { time: number } | { entity: string } | Span;
export interface Check {
  kind: CheckKind | string;
  status: 'CONSISTENT' | 'INCONSISTENT' | 'UNVERIFIABLE';
  detail: string;
  refs: CheckRef[];
  rule?: string;
}

export interface Analysis {
  version: 1;
  document: DocumentInfo;
  sentences: Sentence[];
  entities: Entity[];
  times: TimeExpr[];
  quantities: Quantity[];
  claims: Claim[];
  events: NewsEvent[];
  checks: Check[];
}

/** What callers hand to analyze() besides the text. */
export interface DocumentMeta {
  publishedAt?: string;
  outlet?: string;
  title?: string;
  url?: string;
}
