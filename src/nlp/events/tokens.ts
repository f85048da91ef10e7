// Sentences and tokens for the events stage: the segment stage's layers when present, otherwise a
// local fallback split (so the stage works on its own and in unit tests).
import type { Sentence, Token } from '../../core/types.js';
import type { NlpDoc } from '../doc.js';

const TOKEN_RE = /[\p{L}\p{N}]+(?:[\-.,][\p{L}\p{N}]+|[’'](?!s\b)[\p{L}\p{N}]+)*|[’']s\b|\S/gu;
const ABBREV = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'prof', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'u.s', 'u.k', 'u.n', 'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec']);

function kindOf(s: string): Token['kind'] {
  if (/^\p{N}/u.test(s)) return 'NUMBER';
  if (/^[\p{L}\p{N}]/u.test(s) || /^[’']s$/.test(s)) return 'WORD';
  if (/^["“”«»]$/.test(s)) return 'QUOTE';
  if (/^\p{P}$/u.test(s)) return 'PUNCT';
  return 'SYMBOL';
}

/** Splits text into sentences and tokens (fallback when the segment stage has not run). */
export function splitLocal(text: string): { sentences: Sentence[]; tokens: Token[] } {
  const raw: Array<{ start: number; end: number; s: string }> = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const s = m[0];
    raw.push({ start: m.index, end: m.index + s.length, s });
  }
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  let sStart = -1;
  let paragraph = 0;
  let lastEnd = 0;
  const close = (end: number): void => {
    if (sStart >= 0) sentences.push({ start: sStart, end, paragraph, kind: 'BODY' });
    sStart = -1;
  };
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    const gap = text.slice(lastEnd, t.start);
    if (gap.includes('\n')) { close(lastEnd); paragraph += 1; }
    if (sStart < 0) sStart = t.start;
    tokens.push({ start: t.start, end: t.end, kind: kindOf(t.s), sentence: sentences.length });
    lastEnd = t.end;
    if (t.s === '.' || t.s === '!' || t.s === '?') {
      const prev = raw[i - 1];
      const next = raw[i + 1];
      const abbrev = prev && prev.end === t.start && ABBREV.has(prev.s.toLowerCase());
      const nextClosesQuote = next && /^["”’)]$/.test(next.s) && next.start === t.end;
      if (nextClosesQuote) {
        tokens.push({ start: next.start, end: next.end, kind: kindOf(next.s), sentence: sentences.length });
        lastEnd = next.end; i++;
        close(next.end);
        continue;
      }
      if (!abbrev && (!next || /^[\p{Lu}\p{N}"“‘(]/u.test(next.s))) close(t.end);
    }
  }
  close(lastEnd);
  return { sentences, tokens };
}

/** The document's sentences/tokens, or a local split when the segment layers are empty. */
export function docTokens(doc: NlpDoc): { sentences: Sentence[]; tokens: Token[] } {
  if (doc.sentences.length && doc.tokens.length) return { sentences: doc.sentences, tokens: doc.tokens };
  return splitLocal(doc.text);
}
