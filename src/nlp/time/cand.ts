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
  /** Where the candidate that set `lastRef` ends. */
  lastRefAt?: number;
  /** The last value seen at each granularity (D, W, M, Q, Y), anaphoric ones included: "for the month". */
  lastOf?: Record<string, string>;
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
  /**
   * A bound or approximation from the word before a point in time ("around 3 p.m.", "before 2020", "by
   * Friday", "since Monday"); the weakest mod: the candidate's own mods and resolve's win over it.
   */
  signalMod?: TimeMod;
  /** Forced tense from a signal word ("since", "next", "until"). */
  tense?: Tense;
}

export type Finder = (text: string, out: Cand[]) => void;

/**
 * A candidate whose value is known when it is found ("2019", "the 1990s", "2023-09-10"). The value lives on
 * the candidate and one shared method reads it: no closure (and closure context) per candidate. On date-dense
 * text (a 1 MB line gives ~100k candidates) those closures were a large part of the stage's garbage.
 * `resolve` returns a fresh object each call: callers adjust the value they get.
 */
export class FixedCand implements Cand {
  constructor(public start: number, public end: number, public rule: string, public priority: number,
    readonly type: TimeType, readonly value: string, readonly valueMod?: TimeMod, readonly from?: string, readonly to?: string) {}

  resolve(): Resolved {
    const r: Resolved = { type: this.type, value: this.value };
    if (this.valueMod !== undefined) r.mod = this.valueMod;
    if (this.from !== undefined) r.range = { from: this.from, to: this.to! };
    return r;
  }
}

/**
 * Speed: a cheap trigger regex (a literal alternation such as unit words) finds where a rule could
 * apply; the full rule regex then runs only on merged windows around the hits (extended to whitespace so
 * look-behinds see a word boundary). Matches get absolute offsets in `m.index`.
 */
export function scanNear(trigger: RegExp, re: RegExp, text: string, back: number, fwd: number, make: (m: RegExpExecArray) => void): void {
  const wins = windows(trigger, text, back, fwd);
  for (let i = 0; i < wins.length; i += 2) {
    const ws = wins[i]!;
    const sub = text.slice(ws, wins[i + 1]!);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sub)) !== null) {
      if (m[0].length === 0) re.lastIndex++;
      m.index += ws;
      make(m);
    }
  }
}

import { isWordTrigger, wordHits } from './word-triggers.js';

const hitCache = new WeakMap<RegExp, { text: string; hits: ArrayLike<number> }>();

/** Trigger hits as flat [start, end) pairs; cached per trigger for the current text. */
function hits(trigger: RegExp, text: string): ArrayLike<number> {
  if (isWordTrigger(trigger)) return wordHits(trigger, text);
  const c = hitCache.get(trigger);
  if (c && c.text === text) return c.hits;
  const out: number[] = [];
  trigger.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = trigger.exec(text)) !== null) {
    out.push(m.index, m.index + m[0].length);
    if (m[0].length === 0) trigger.lastIndex++;
  }
  hitCache.set(trigger, { text, hits: out });
  return out;
}

/** Merged [start, end) windows around trigger hits, as a flat array. */
const winCache = new WeakMap<RegExp, { text: string; byKey: Map<number, number[]> }>();

export function windows(trigger: RegExp, text: string, back: number, fwd: number): number[] {
  let c = winCache.get(trigger);
  if (!c || c.text !== text) { c = { text, byKey: new Map() }; winCache.set(trigger, c); }
  const key = back * 4096 + fwd;
  const hit = c.byKey.get(key);
  if (hit) return hit;
  const wins = computeWindows(trigger, text, back, fwd);
  c.byKey.set(key, wins);
  return wins;
}

function computeWindows(trigger: RegExp, text: string, back: number, fwd: number): number[] {
  const h = hits(trigger, text);
  // Dense triggers (tables, number lists): the windows would cover the text anyway.
  if ((h.length / 2) * (back + fwd + 8) > text.length * 2) return [0, text.length];
  const wins: number[] = [];
  for (let i = 0; i < h.length; i += 2) {
    let s = Math.max(0, h[i]! - back);
    let e = Math.min(text.length, h[i + 1]! + fwd);
    const n = wins.length;
    if (n && s <= wins[n - 1]!) { if (e > wins[n - 1]!) { while (e < text.length && !isSpace(text.charCodeAt(e))) e++; wins[n - 1] = e; } continue; }
    while (s > 0 && !isSpace(text.charCodeAt(s - 1))) s--;
    while (e < text.length && !isSpace(text.charCodeAt(e))) e++;
    wins.push(s, e);
  }
  return wins;
}

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;

/** Runs a global regex over the text and lets `make` turn each match into candidates. */
export function scan(re: RegExp, text: string, make: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    make(m);
    if (m[0].length === 0) re.lastIndex++;
  }
}
