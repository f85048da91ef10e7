// Sentence kinds: HEADLINE (short opening lines without final punctuation), BYLINE ("By Jane Smith",
// "Reporting by …", and a short affiliation line right after a byline), DATELINE (set by the
// splitter, plus date/time stamp lines such as "Updated 3:45 PM EDT, Sun September 24, 2023"), BODY.
import type { Sentence, Token } from '../../core/types.js';
import { isBylineTokens, namesOnly } from './byline.js';
import { isUpperAt } from './chars.js';
import { CONTINUATION_WORDS, STAMP_WORDS } from './lexicon.js';

const continuation = new Set(CONTINUATION_WORDS);
const BYLINE_START = /^(?:By|BY|by)\s+[A-Za-z\u00C0-\u017F]/;
const CREDIT_START = /^\(?(?:(?:Additional )?[Rr]eporting|Writing|Written|Editing|Compiled|Edited) by\s+[A-Z\u00C0-\u00DE\u0100-\u017F]/;
const STAMP_START = /^(?:Published|Updated|Posted|Last updated|First published)\b[^\n]*\d/;
const FINAL_STOP = /[.:;,…][\s"'”’»)\]]*$/;
const FINAL_QUESTION = /[?!][\s"'”’»)\]]*$/;
const stampWords = new Set(STAMP_WORDS);

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
  let prevByline = false;
  for (let i = 0; i < ns; i++) {
    const sent = sentences[i];
    const wasByline = prevByline;
    prevByline = false;
    if (sent.kind === 'DATELINE') continue;
    const a = first[i];
    const b = last[i];
    const wholeLine = (a === 0 || tokenLine[a - 1] !== tokenLine[a]) && (b === tokens.length - 1 || tokenLine[b + 1] !== tokenLine[b]);
    // "By Nate Raymond. BOSTON (Reuters) - …": a byline sharing its line with the dateline.
    if (!wholeLine && i + 1 < ns && sentences[i + 1].kind === 'DATELINE' && (a === 0 || tokenLine[a - 1] !== tokenLine[a])
      && b - a < 10 && isBylineTokens(text, tokens, a, b > a + 1 && text[tokens[b].start] === '.' ? b - 1 : b)) {
      sent.kind = 'BYLINE';
      continue;
    }
    if (!wholeLine) { seenBody = true; continue; }
    const s = text.slice(sent.start, sent.end);
    const nTok = b - a + 1;
    if (nTok <= 25 && (BYLINE_START.test(s) || CREDIT_START.test(s)) && namesOnly(text, tokens, a + 1, b)) {
      sent.kind = 'BYLINE';
      prevByline = true;
      continue;
    }
    if (nTok <= 25 && (STAMP_START.test(s) || isStamp(text, tokens, a, b))) { sent.kind = 'DATELINE'; continue; }
    // "By Jane Doe" ⏎ "BBC News": the affiliation under a byline.
    if (wasByline && nTok <= 6 && !FINAL_STOP.test(s) && isUpperAt(text, sent.start) && namesOnly(text, tokens, a, b)) {
      sent.kind = 'BYLINE';
      continue;
    }
    // Headline: in the top matter, followed by more text, short, no final full stop.
    if (!seenBody && i + 1 < ns && nTok <= 24 && !FINAL_STOP.test(s) && !(FINAL_QUESTION.test(s) && nTok > 16)
      && !continuation.has(text.slice(tokens[b].start, tokens[b].end))) {
      sent.kind = 'HEADLINE';
      continue;
    }
    seenBody = true;
  }
}

/** Date/time words, numbers and punctuation only, with at least one number and one date word. */
function isStamp(text: string, tokens: readonly Token[], a: number, b: number): boolean {
  let digits = 0;
  let words = 0;
  for (let t = a; t <= b; t++) {
    const tok = tokens[t];
    if (tok.kind === 'NUMBER') { digits++; continue; }
    if (tok.kind !== 'WORD') continue;
    if (!stampWords.has(text.slice(tok.start, tok.end).toLowerCase())) return false;
    words++;
  }
  return digits > 0 && words > 0;
}
