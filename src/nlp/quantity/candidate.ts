import type { Offsets, Quantity } from '../../core/types.js';
import type { BoundHit } from './bounds.js';
import type { CountedNoun } from './nouns.js';
import type { QTok } from './tokens.js';
import type { UnitHit } from './units.js';

// Shared shapes of the quantity scanner: a number as parsed, what follows it, the scan context.

export const DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);
export const UPPER_RE = /^\p{Lu}/u;

export interface ScanContext {
  text: string;
  toks: readonly QTok[];
  /** Spans of times found by the time stage: numbers inside them are not quantities. */
  times: readonly Offsets[];
  /** Spans of the mentions of people the entity stage found ("Shinzo Abe"): "Abe, 67," is an age. */
  persons?: readonly Offsets[];
  /** Spans of the other mentions that surely name no person: places, and anything linked to the knowledge base. */
  nonPersons?: readonly Offsets[];
  /** The last count found so far and its sentence: what a later "the figure at 40,000" refers to. */
  lastCount?: { unit: string; sent: number; end: number; first?: number };
  /** Every count found so far (unit, value, sentence), for "The 24 were questioned" after "their 24 colleagues". */
  counts?: { unit: string; value: number; sent: number; first?: number; end?: number }[];
  /** The first token of each sentence asked about so far (sentence index → token index). */
  sentFirst?: Map<number, number>;
  /** The last temperature written as the text's own figure (not a restatement in brackets): its unit and sentence. */
  lastTemp?: { unit: string; sent: number };
  /** The last quantity of any kind (money, percentages and measures too) and where it ends. */
  lastQuantity?: { q: Quantity; sent: number; end: number };
  /** Per sentence: whether it tells cricket and whether it tells a vote (src/nlp/quantity/cricket.ts). */
  cricketSents?: Map<number, { cricket: boolean; vote: boolean }>;
}

/** A parsed number: tokens [start..end], value, and how it was written. */
export interface Num {
  start: number;
  end: number;
  value: number;
  words: boolean;
  /** Digit text of the main number ("11,300"), for rounding and year tests. */
  digits?: string;
  /** The digits' value before any scale ("3,4" of "€3,4 billion" is 3.4), where the digits alone do not tell it. */
  unscaled?: number;
  /** A scale word or abbreviation was applied ("1.5 million", "68.7bn"). */
  scaled: boolean;
  /** "hundreds of": a vague plural, value is the lower bound. */
  vague?: boolean;
  rule: string;
}

/** What follows a number: a unit, a counted noun, or nothing. */
export interface Tail {
  unit: string;
  /** Last token of the unit or noun; the number's own end when nothing follows. */
  end: number;
  rule: string;
  physical?: boolean;
  money?: boolean;
  /** The unit is a hundredth of the currency ("pence", "cents"): the value is divided by this. */
  subunit?: number;
  noun?: string;
  after?: BoundHit;
  /** Plain noun of a non-person count (used by the year filter). */
  countNoun?: CountedNoun;
}


export interface UnitAt { hit: UnitHit; end: number }
export interface Found { items: Quantity[]; last: number }
