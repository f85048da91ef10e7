// Tense of the clause around a time expression, for anchoring weekdays and bare months:
// "said on Tuesday" → the Tuesday before; "will meet on Wednesday" → the next one.
// Tense cues are found once per document (one linear pass); each query binary-searches the cues
// inside its sentence, so the cost stays linear however many times a text holds.
import type { Sentence } from '../../core/types.js';
import type { Tense } from './cand.js';
import { FUTURE_CUES, PAST_CUES } from './lexicon.js';

const FUT = new Set(FUTURE_CUES.map((w) => w.toLowerCase()));
const PAST = new Set(PAST_CUES.map((w) => w.toLowerCase()));
const WORD_RE = /[A-Za-z]+(?:['’][a-z]+)?/g;
/** -ed words that are not past verbs. */
const NOT_PAST_ED = new Set(['need', 'speed', 'indeed', 'red', 'bed', 'seed', 'feed', 'hundred', 'shed', 'bred', 'led', 'fled', 'united', 'limited', 'based', 'armed', 'related', 'interested', 'concerned', 'expected']);
const WEAK_FUT = new Set(['should', 'plans to', 'plan to']);
/** Between a verb and its time: "said on Tuesday", "announced in January". */
const ADJACENT = /^[ \t]+(?:(?:on|in|at|during|by|last|this|early|late|until|since)[ \t]+)?$/;
const WEAK_PAST = new Set(['has', 'have', 'says', 'since']);
const MODALS = new Set(['would', 'could', 'should', 'might', 'must', 'may']);
const WINDOW = 200;

interface Cues { pos: Int32Array; end: Int32Array; fut: Uint8Array; weak: Uint8Array; n: number; sep: Int32Array; bounds: number[] }

function collect(text: string): Cues {
  const pos: number[] = []; const end: number[] = []; const fut: number[] = []; const weak: number[] = [];
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let prev = '';
  while ((m = WORD_RE.exec(text)) !== null) {
    const w = m[0].length < 16 ? m[0].toLowerCase() : '';
    const big = prev ? `${prev} ${w}` : '';
    if (w === 'have' && MODALS.has(prev)) {
      // "would have emerged": a modal perfect looks back, not forward.
      if (pos.length && fut[fut.length - 1] === 1 && pos[pos.length - 1]! >= m.index - 8) { pos.pop(); end.pop(); fut.pop(); weak.pop(); }
      pos.push(m.index); end.push(m.index + 4); fut.push(0); weak.push(1);
    } else if (big && FUT.has(big)) { pos.push(m.index); end.push(m.index + m[0].length); fut.push(1); weak.push(WEAK_FUT.has(big) ? 1 : 0); }
    else if (FUT.has(w)) { pos.push(m.index); end.push(m.index + m[0].length); fut.push(1); weak.push(WEAK_FUT.has(w) ? 1 : 0); }
    else if (PAST.has(w)) { pos.push(m.index); end.push(m.index + m[0].length); fut.push(0); weak.push(WEAK_PAST.has(w) ? 1 : 0); }
    // "-ed" after "be" is a passive ("will be completed"), not a past tense.
    // "untouched by": a participle, not a tense.
    else if (w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w) && prev !== 'be' && prev !== 'being' && !/^\s+by\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) { pos.push(m.index); end.push(m.index + m[0].length); fut.push(0); weak.push(1); }
    prev = w;
  }
  // Prefix counts of clause separators (comma, semicolon, quotes) for "crossing" costs.
  const sep = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    sep[i + 1] = sep[i]! + (ch === 44 || ch === 59 || ch === 8220 || ch === 8221 || ch === 34 ? 1 : 0);
  }
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
      const cross = cues.sep[hi]! - cues.sep[lo]!;
      // Verbs usually precede their time adjuncts, so cues on the right cost a little more.
      let score = d + cross * 40 + (cues.weak[i] ? 25 : 0) + (p > end ? 15 : 0);
      // A verb right before the time governs it: "announced Friday that it will …" is past.
      if (p < start && start - cues.end[i]! <= 12 && ADJACENT.test(text.slice(cues.end[i]!, start))) score = -1;
      if (score < bestScore) { bestScore = score; best = i; }
    }
    if (best < 0) return undefined;
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
