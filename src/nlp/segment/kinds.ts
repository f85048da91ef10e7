// Sentence kinds: HEADLINE (short opening line without final punctuation), BYLINE ("By Jane Smith",
// "Reporting by …"), DATELINE (set by the splitter, plus "Updated 3:45 PM EDT …" stamp lines), BODY.
import type { Sentence, Token } from '../../core/types.js';

const BYLINE_LINKS = new Set(['and', 'in', 'for', 'of', 'the', 'de', 'da', 'van', 'von', 'der', 'al', 'bin', 'el', 'with', 'at', 'by', 'staff', 'writer', 'correspondent', 'editor', 'reporter']);
const BYLINE_START = /^(?:By|BY)\s+\p{Lu}/u;
const CREDIT_START = /^(?:(?:Additional )?[Rr]eporting|Writing|Written|Editing|Compiled|Edited) by\s+\p{Lu}/u;
const STAMP_START = /^(?:Published|Updated|Posted|Last updated|First published)\b[^\n]*\d/;
const FINAL_STOP = /[.:;,]$/;

export function classifyKinds(text: string, sentences: Sentence[], tokens: readonly Token[], tokenLine: Int32Array): void {
  const ns = sentences.length;
  const first = new Int32Array(ns).fill(-1);
  const last = new Int32Array(ns);
  for (let t = 0; t < tokens.length; t++) {
    const s = tokens[t].sentence;
    if (first[s] < 0) first[s] = t;
    last[s] = t;
  }
  let seenBody = false;
  for (let i = 0; i < ns; i++) {
    const sent = sentences[i];
    if (sent.kind === 'DATELINE') continue;
    const a = first[i];
    const b = last[i];
    const wholeLine = (a === 0 || tokenLine[a - 1] !== tokenLine[a]) && (b === tokens.length - 1 || tokenLine[b + 1] !== tokenLine[b]);
    if (!wholeLine) { seenBody = true; continue; }
    const s = text.slice(sent.start, sent.end);
    const nTok = b - a + 1;
    if (nTok <= 25 && (BYLINE_START.test(s) || CREDIT_START.test(s)) && looksLikeByline(text, tokens, a, b)) {
      sent.kind = 'BYLINE';
      continue;
    }
    if (nTok <= 25 && STAMP_START.test(s)) { sent.kind = 'DATELINE'; continue; }
    // Headline: in the top matter, followed by more text, short, no final full stop.
    if (!seenBody && i + 1 < ns && nTok <= 30 && !FINAL_STOP.test(s) && !(s.endsWith('?') && nTok > 20)) {
      sent.kind = 'HEADLINE';
      continue;
    }
    seenBody = true;
  }
}

/** Names and linking words only: "By Jane Smith and John Doe, Reuters"; not "By Tuesday the toll rose". */
function looksLikeByline(text: string, tokens: readonly Token[], a: number, b: number): boolean {
  if (tokens[b].kind === 'PUNCT' && text[tokens[b].start] === '.') return false;
  for (let t = a + 1; t <= b; t++) {
    const tok = tokens[t];
    if (tok.kind !== 'WORD') continue;
    const w = text.slice(tok.start, tok.end);
    const c = w[0];
    if (c !== c.toLowerCase()) continue;
    if (!BYLINE_LINKS.has(w.toLowerCase())) return false;
  }
  return true;
}
