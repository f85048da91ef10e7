// The candidate a finder proposes: a span plus a closure that normalises it once the context is known.
import type { TimeMod, TimeType } from '../../core/types.js';
import type { Ymd } from './date-math.js';

export type Tense = 'PAST' | 'FUTURE' | undefined;

export interface Resolved {
  type: TimeType;
  value: string;
  mod?: TimeMod;
  range?: { from: string; to: string };
}

/** What resolution may consult. */
export interface Ctx {
  readonly text: string;
  /** Publication (or dateline) date; undefined leaves deictic values unresolved (XXXX). */
  readonly anchor?: Ymd;
  /** The last calendar value resolved in reading order (for "a year earlier", "the following day"). */
  lastRef?: string;
  /** The last value at day granularity, for a clock time without a date. */
  lastDay?: string;
  /** A day-level value resolved in the same clause near [start, end), for "10 a.m. Tuesday". */
  dayNear?(start: number, end: number): string | undefined;
  /** Tense of the clause around [start, end). */
  tense(start: number, end: number): Tense;
  /** Outlet writes dates day-first (e.g. British); undefined when unknown. */
  readonly dayFirst?: boolean;
}

export interface Cand {
  start: number;
  end: number;
  rule: string;
  /** Ties between equally long overlapping candidates go to the higher priority. */
  priority: number;
  resolve(ctx: Ctx, c: Cand): Resolved | undefined;
  /** Set by refiners ("as early as" → ON_OR_AFTER), overriding what resolve returns when present. */
  mod?: TimeMod;
  /** A mod prefix refiners may add ("early", "the end of"); resolve's own mod wins when it has one. */
  outerMod?: TimeMod;
  /** Forced tense from a signal word ("since", "next", "until"). */
  tense?: Tense;
}

export type Finder = (text: string, out: Cand[]) => void;

/** Runs a global regex over the text and lets `make` turn each match into candidates. */
export function scan(re: RegExp, text: string, make: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    make(m);
    if (m[0].length === 0) re.lastIndex++;
  }
}
