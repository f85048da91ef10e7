// Byline shape, shared by the line splitter and the kind classifier.
import type { Token } from '../../core/types.js';
import { BYLINE_WORDS } from './lexicon.js';

const BYLINE_LINKS = new Set(BYLINE_WORDS);

/** Capitalised words and linking words only: "Jane Smith and John Doe, Reuters"; not "Tuesday the toll rose". */
export function namesOnly(text: string, tokens: readonly Token[], a: number, b: number): boolean {
  if (tokens[b].kind === 'PUNCT' && text[tokens[b].start] === '.') return false;
  for (let t = a; t <= b; t++) {
    const tok = tokens[t];
    if (tok.kind !== 'WORD') continue;
    const w = text.slice(tok.start, tok.end);
    const c = w[0];
    if (c !== c.toLowerCase()) continue;
    if (!BYLINE_LINKS.has(w.toLowerCase())) return false;
  }
  return true;
}

/** Tokens a..b form a byline line: "By Jane Smith and John Doe, Reuters", "by Xinhua writer Li Ming". */
export function isBylineTokens(text: string, tokens: readonly Token[], a: number, b: number): boolean {
  if (b - a > 24 || b <= a) return false;
  const first = text.slice(tokens[a].start, tokens[a].end);
  if (first !== 'By' && first !== 'by' && first !== 'BY') return false;
  return namesOnly(text, tokens, a + 1, b);
}
