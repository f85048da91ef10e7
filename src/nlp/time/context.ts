// Tense of the clause around a time expression, for anchoring weekdays and bare months:
// "said on Tuesday" → the Tuesday before; "will meet on Wednesday" → the next one.
import type { Sentence } from '../../core/types.js';
import type { Tense } from './cand.js';
import { FUTURE_CUES, PAST_CUES } from './lexicon.js';

const FUT = new Set(FUTURE_CUES.map((w) => w.toLowerCase()));
const PAST = new Set(PAST_CUES.map((w) => w.toLowerCase()));
// Multi-word future cues ("going to", "set to") are checked as bigrams.
const WORD_RE = /[A-Za-z]+(?:['’][a-z]+)?/g;
/** -ed words that are not past verbs (or are future-looking). */
const NOT_PAST_ED = new Set(['need', 'speed', 'indeed', 'red', 'bed', 'seed', 'feed', 'hundred', 'shed', 'bred', 'led', 'fled']);
const WINDOW = 220;

interface Cue { pos: number; tense: 'PAST' | 'FUTURE'; weak: boolean }

export function makeTense(text: string, sentences: readonly Sentence[]): (start: number, end: number) => Tense {
  return (start, end) => {
    let s0 = Math.max(0, start - WINDOW);
    let s1 = Math.min(text.length, end + WINDOW);
    const sent = findSentence(sentences, start);
    if (sent) { s0 = Math.max(s0, sent.start); s1 = Math.min(s1, sent.end); } else {
      // No segmentation: stop at sentence punctuation followed by space, or a blank line.
      for (let i = start - 1; i >= s0; i--) {
        const ch = text.charCodeAt(i);
        if (ch === 10 || ((ch === 46 || ch === 33 || ch === 63) && text.charCodeAt(i + 1) === 32 && /[a-z]{3}|["”’)]/.test(text.slice(Math.max(0, i - 3), i)))) { s0 = i + 1; break; }
      }
      for (let i = end; i < s1; i++) {
        const ch = text.charCodeAt(i);
        if (ch === 10 || ((ch === 46 || ch === 33 || ch === 63) && (i + 1 >= text.length || text.charCodeAt(i + 1) === 32) && /[a-z]{2}$/.test(text.slice(i - 3, i)))) { s1 = i; break; }
      }
    }
    const cues: Cue[] = [];
    WORD_RE.lastIndex = s0;
    let m: RegExpExecArray | null;
    let prev = '';
    while ((m = WORD_RE.exec(text)) !== null && m.index < s1) {
      if (m.index >= start && m.index < end) { prev = ''; continue; }
      const w = m[0].toLowerCase();
      const big = prev ? `${prev} ${w}` : '';
      // "would have emerged": a modal perfect looks back, not forward.
      if (w === 'have' && (prev === 'would' || prev === 'could' || prev === 'should' || prev === 'might' || prev === 'must' || prev === 'may')) {
        const last = cues[cues.length - 1];
        if (last && last.tense === 'FUTURE') cues.pop();
        cues.push({ pos: m.index, tense: 'PAST', weak: true });
      } else if (big && FUT.has(big)) cues.push({ pos: m.index, tense: 'FUTURE', weak: false });
      else if (FUT.has(w)) cues.push({ pos: m.index, tense: 'FUTURE', weak: w === 'would' || w === 'could' || w === 'may' || w === 'might' || w === 'should' });
      else if (PAST.has(w)) cues.push({ pos: m.index, tense: 'PAST', weak: w === 'has' || w === 'have' || w === 'says' || w === 'since' });
      else if (w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w)) cues.push({ pos: m.index, tense: 'PAST', weak: true });
      prev = w;
    }
    if (cues.length === 0) return undefined;
    let best: Cue | undefined;
    let bestScore = Infinity;
    for (const c of cues) {
      const d = c.pos < start ? start - c.pos : c.pos - end;
      const lo = Math.min(c.pos, start);
      const hi = Math.max(c.pos, end);
      // Crossing a comma or quote usually changes clause: "On Monday, the president will travel" still links,
      // so this only costs distance rather than excluding the cue.
      let cross = 0;
      for (let i = lo; i < hi; i++) { const ch = text.charCodeAt(i); if (ch === 44 || ch === 59 || ch === 8220 || ch === 8221 || ch === 34) cross++; }
      const score = d + cross * 40 + (c.weak ? 25 : 0);
      if (score < bestScore) { bestScore = score; best = c; }
    }
    return best?.tense;
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
