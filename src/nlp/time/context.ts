// Tense of the clause around a time expression, for anchoring weekdays and bare months:
// "said on Tuesday" → the Tuesday before; "will meet on Wednesday" → the next one.
// Tense cues are found once per document (one linear pass); each query binary-searches the cues
// inside its sentence, so the cost stays linear however many times a text holds.
import type { Sentence } from '../../core/types.js';
import type { Tense } from './cand.js';
import { FUTURE_CUES, PAST_CUES } from './lexicon.js';

const FUT = new Set(FUTURE_CUES.map((w) => w.toLowerCase()));
const PAST = new Set(PAST_CUES.map((w) => w.toLowerCase()));
/** -ed words that are not past verbs. */
const NOT_PAST_ED = new Set(['need', 'speed', 'indeed', 'red', 'bed', 'seed', 'feed', 'hundred', 'shed', 'bred', 'led', 'fled', 'united', 'limited', 'based', 'armed', 'related', 'interested', 'concerned', 'expected']);
const WEAK_FUT = new Set(['should', 'plans to', 'plan to']);
/** Between a verb and its time: "said on Tuesday", "announced in January". */
const ADJACENT = /^[ \t]+(?:(?:on|in|at|during|by|last|this|early|late|until|since)[ \t]+)?$/;
const WEAK_PAST = new Set(['has', 'have', 'says', 'since']);
const WINDOW = 200;

const esc = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const byLen = (ws: Iterable<string>): string => [...ws].sort((x, y) => y.length - x.length).map(esc).join('|');
/**
 * One regex finds every cue in a single pass: a modal perfect ("would have", past), a passive after "be"
 * (skipped), future phrases and words, past words, and any other -ed word (weak past).
 */
const CUE_RE = new RegExp(
  `(?<![A-Za-z'’])(?:((?:would|could|should|might|must|may)\\s+have)|((?:be|being|been)\\s+[A-Za-z]+ed)|(${byLen(FUT)})|(${byLen(PAST)})|([A-Za-z]{3,}ed))(?![A-Za-z])`,
  'gi');
const SEP_RE = /[,;"“”]|''|``/g;

interface Cues { pos: Int32Array; end: Int32Array; fut: Uint8Array; weak: Uint8Array; n: number; sep: number[]; bounds: number[] }

function collect(text: string): Cues {
  const pos: number[] = []; const end: number[] = []; const fut: number[] = []; const weak: number[] = [];
  CUE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CUE_RE.exec(text)) !== null) {
    const e = m.index + m[0].length;
    if (m[1]) { // "would have emerged": looks back, not forward
      pos.push(e - 4); end.push(e); fut.push(0); weak.push(1);
    } else if (m[2]) {
      continue; // "will be completed": a passive participle, no tense of its own
    } else if (m[3]) {
      const w = m[3].toLowerCase().replace(/\s+/g, ' ');
      pos.push(m.index); end.push(e); fut.push(1); weak.push(WEAK_FUT.has(w) ? 1 : 0);
    } else if (m[4]) {
      const w = m[4].toLowerCase();
      pos.push(m.index); end.push(e); fut.push(0); weak.push(WEAK_PAST.has(w) ? 1 : 0);
    } else {
      const w = m[5]!.toLowerCase();
      // "untouched by": a participle, not a tense.
      if (NOT_PAST_ED.has(w) || /^\s+by\b/.test(text.slice(e, e + 4))) continue;
      pos.push(m.index); end.push(e); fut.push(0); weak.push(1);
    }
  }
  // Clause separators (comma, semicolon, quotes) for "crossing" costs.
  const sep: number[] = [];
  SEP_RE.lastIndex = 0;
  while ((m = SEP_RE.exec(text)) !== null) sep.push(m.index);
  // Sentence ends when no segmentation is given: ". " after a lower-case word or a quote, or a newline.
  const bounds: number[] = [];
  const END = /\n|[.!?]["”’)]?(?=\s)/g;
  while ((m = END.exec(text)) !== null) {
    if (m[0] === '\n' || /[a-z]{2}$|["”’)]$/.test(text.slice(Math.max(0, m.index - 3), m.index + m[0].length - 1) || 'x')) bounds.push(m.index + m[0].length);
  }
  return { pos: Int32Array.from(pos), end: Int32Array.from(end), fut: Uint8Array.from(fut), weak: Uint8Array.from(weak), n: pos.length, sep, bounds };
}

function lowerBound(a: ArrayLike<number>, n: number, x: number): number {
  let lo = 0; let hi = n;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (a[mid]! < x) lo = mid + 1; else hi = mid; }
  return lo;
}

export function makeTense(text: string, sentences: readonly Sentence[]): (start: number, end: number) => Tense {
  let cues: Cues | undefined;
  return (start, end) => {
    cues ??= collect(text);
    let s0 = Math.max(0, start - WINDOW);
    let s1 = Math.min(text.length, end + WINDOW);
    const sent = findSentence(sentences, start);
    if (sent) { s0 = Math.max(s0, sent.start); s1 = Math.min(s1, sent.end); } else {
      const b = cues.bounds;
      const k = lowerBound(b, b.length, start + 1);
      if (k > 0) s0 = Math.max(s0, b[k - 1]!);
      const k2 = lowerBound(b, b.length, end);
      if (k2 < b.length) s1 = Math.min(s1, b[k2]!);
    }
    let best = -1;
    let bestScore = Infinity;
    const first = lowerBound(cues.pos, cues.n, s0);
    for (let i = first; i < cues.n; i++) {
      const p = cues.pos[i]!;
      if (p >= s1) break;
      if (p >= start && p < end) continue;
      const d = p < start ? start - p : p - end;
      if (d >= bestScore) { if (p > end) break; continue; }
      const lo = Math.min(p, start); const hi = Math.max(p, end);
      // Crossing a comma or quote usually changes clause; it costs distance rather than excluding the cue
      // ("On Monday, the president will travel" still links).
      const cross = lowerBound(cues.sep, cues.sep.length, hi) - lowerBound(cues.sep, cues.sep.length, lo);
      // Verbs usually precede their time adjuncts, so cues on the right cost a little more.
      let score = d + cross * 40 + (cues.weak[i] ? 25 : 0) + (p > end ? 15 : 0);
      // A verb right before the time governs it: "announced Friday that it will …" is past.
      if (p < start && start - cues.end[i]! <= 12 && ADJACENT.test(text.slice(cues.end[i]!, start))) score = -1;
      if (score < bestScore) { bestScore = score; best = i; }
    }
    // A cue far away or across several clause breaks says little about this time.
    if (best < 0 || bestScore > 130) return undefined;
    return cues.fut[best] ? 'FUTURE' : 'PAST';
  };
}

function findSentence(sentences: readonly Sentence[], pos: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
