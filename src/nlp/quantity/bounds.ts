import { BOUND_AFTER, BOUND_BEFORE, CHANGE_VERBS, MAX_CUES, MEASURE_MAX_CUES, MEASURE_MIN_CUES, MIN_CUES, PARTICLE_VERB_LIST, type BoundName } from './lexicon.js';

const PARTICLE_VERBS = new Set(PARTICLE_VERB_LIST);
import { phraseKey, type QTok } from './tokens.js';

interface Cue { words: string[]; bound: BoundName }
const toCues = (table: Readonly<Record<string, BoundName>>): Cue[] =>
  Object.entries(table)
    .map(([p, bound]) => ({ words: phraseKey(p), bound }))
    .sort((a, b) => b.words.length - a.words.length);
const BEFORE = toCues(BOUND_BEFORE);
const AFTER = toCues(BOUND_AFTER);
const MAX_WORDS = MAX_CUES.map((c) => phraseKey(c));
const MIN_WORDS = MIN_CUES.map((c) => phraseKey(c));
const MEASURE_MAX_WORDS = MEASURE_MAX_CUES.map((c) => phraseKey(c));
const MEASURE_MIN_WORDS = MEASURE_MIN_CUES.map((c) => phraseKey(c));
const CHANGE = new Set(CHANGE_VERBS);

export interface BoundHit { bound: BoundName; /** first (before) or last (after) token of the cue */ at: number; cue: string }

/** A cue ending right before token `i`: "at least 20 cars", "passed 2,000", "up to three metres". */
export function boundBefore(toks: readonly QTok[], i: number): BoundHit | undefined {
  for (const c of BEFORE) {
    const k = i - c.words.length;
    if (k < 0 || toks[k].sent !== toks[i].sent) continue;
    let ok = true;
    for (let n = 0; n < c.words.length && ok; n++) ok = toks[k + n].lower === c.words[n];
    // "hand over two suspects", "took over 20 firms": a particle of the verb, not a bound
    if (ok && c.words.length === 1 && PARTICLE_VERBS.has(toks[k - 1]?.lower ?? '') && toks[k - 1].sent === toks[i].sent) ok = false;
    if (ok) return { bound: c.bound, at: k, cue: c.words.join(' ') };
  }
  return undefined;
}

/** The index of the token before the figure at token `i`, or before the bound cue in front of it ("compared with about 350"). */
export function indexBeforeBound(toks: readonly QTok[], i: number): number {
  const b = boundBefore(toks, i);
  return (b ? b.at : i) - 1;
}

/** The token before the figure at token `i`, or before the bound cue in front of it ("up from nearly 30"). */
export function wordBeforeBound(toks: readonly QTok[], i: number): QTok | undefined {
  return toks[indexBeforeBound(toks, i)];
}

/** A cue right after token `i`: "10,000 or more people". */
export function boundAfter(toks: readonly QTok[], i: number): BoundHit | undefined {
  // "3,000-plus people", "40-odd years": a suffix joined by a hyphen
  const h = toks[i + 1]; const w = toks[i + 2];
  if (h && w && h.text === '-' && !h.space && !w.space && h.sent === toks[i].sent && (w.lower === 'plus' || w.lower === 'odd')) {
    return { bound: w.lower === 'plus' ? 'MORE_THAN' : 'APPROX', at: i + 2, cue: `-${w.lower}` };
  }
  for (const c of AFTER) {
    const k = i + 1;
    if (k + c.words.length > toks.length || toks[k].sent !== toks[i].sent) continue;
    let ok = true;
    for (let n = 0; n < c.words.length && ok; n++) ok = toks[k + n].lower === c.words[n];
    // "+" must touch the number ("10,000+"); word cues must not be followed by a digit ("or more than 5")
    if (ok && c.words[0] === '+' && toks[k].space) ok = false;
    if (ok && toks[k + c.words.length]?.kind === 'num') ok = false;
    if (ok) return { bound: c.bound, at: k + c.words.length - 1, cue: c.words.join(' ') };
  }
  return undefined;
}

/** "a maximum speed of 59 km/h", "top speed of": a MAX/MIN cue up to `window` tokens back in the sentence. */
export function extremumBefore(toks: readonly QTok[], i: number, window = 5): BoundName | undefined {
  for (let k = i - 1; k >= 0 && k >= i - window; k--) {
    if (toks[k].sent !== toks[i].sent) break;
    if (toks[k].kind === 'sym' && /[.;:!?]/.test(toks[k].text)) break;
    for (const ws of MAX_WORDS) if (matchAt(toks, k, ws)) return 'MAX';
    for (const ws of MIN_WORDS) if (matchAt(toks, k, ws)) return 'MIN';
  }
  return undefined;
}

/**
 * "a global minimum tax rate of 15%", "a maximum fine of $10,000": a money or percent figure is the limit a minimum
 * or maximum names, when that word stands up to `window` tokens back in its clause. Not the size of a change to it
 * ("raise the minimum wage by 5%", "the minimum wage rose 4%"): no "by" right before the figure and no verb of change
 * between the word and the figure.
 */
export function measureExtremumBefore(toks: readonly QTok[], i: number, window = 6): BoundName | undefined {
  if (toks[i - 1]?.lower === 'by') return undefined;
  for (let k = i - 1; k >= 0 && k >= i - window; k--) {
    if (toks[k].sent !== toks[i].sent) break;
    if (toks[k].kind === 'sym' && /[.;:!?,()]/.test(toks[k].text)) break;
    if (CHANGE.has(toks[k].lower)) break;
    for (const ws of MEASURE_MAX_WORDS) if (matchAt(toks, k, ws)) return 'MAX';
    for (const ws of MEASURE_MIN_WORDS) if (matchAt(toks, k, ws)) return 'MIN';
  }
  return undefined;
}

function matchAt(toks: readonly QTok[], k: number, ws: string[]): boolean {
  if (k + ws.length > toks.length) return false;
  for (let n = 0; n < ws.length; n++) if (toks[k + n].lower !== ws[n]) return false;
  return true;
}
