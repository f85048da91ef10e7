// A light tokenizer private to the quantity stage: it needs digit groups with their separators
// ("11,300", "1.5"), letters split from attached digits ("122mm" → 122 | mm) and whether a space
// separates two tokens — the shared token layer may be empty or tokenised differently.

export type QKind = 'num' | 'word' | 'sym';
export interface QTok {
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: QKind;
  /** Whitespace between the previous token and this one. */
  space: boolean;
  /** A line break between the previous token and this one. */
  newline: boolean;
  /** Index of the sentence holding the token. */
  sent: number;
  /** First token of its sentence. */
  first: boolean;
}

// ASCII digit groups with internal separators; letters; apostrophe-s; any other single character.
const TOKEN_RE = /[0-9]+(?:[.,][0-9]+)*|\p{L}+|['’]s\b|\S/gu;

/** Sentence spans: the segment stage's when present, else a simple split on terminal punctuation and newlines. */
export function sentenceSpans(text: string, given: readonly { start: number; end: number }[]): Array<[number, number]> {
  if (given.length > 0) return given.map((s) => [s.start, s.end]);
  const out: Array<[number, number]> = [];
  // ("Rs. 50 lakh": a currency abbreviation before its amount is no sentence end)
  const re = /(?<!\b(?:Rs|Ksh|KSh))[.!?]+["'”’)]*(?=\s+["'“‘(]?[A-Z0-9])|\n+/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const end = m.index + m[0].length;
    if (end > last) out.push([last, end]);
    last = end;
  }
  if (last < text.length) out.push([last, text.length]);
  return out;
}

export function tokenize(text: string, sentences: Array<[number, number]>): QTok[] {
  const toks: QTok[] = [];
  let prevEnd = 0;
  let si = 0;
  let lastSent = -1;
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const start = m.index;
    const t = m[0];
    while (si < sentences.length - 1 && start >= sentences[si][1]) si++;
    const c = t.charCodeAt(0);
    // ASCII first characters decided without a regex (\p{L} in ASCII is A–Z, a–z)
    const kind: QKind = c >= 48 && c <= 57 ? 'num'
      : c < 128 ? ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 'word' : 'sym')
        : /^\p{L}/u.test(t) ? 'word' : 'sym';
    let newline = false;
    for (let k = prevEnd; k < start; k++) if (text.charCodeAt(k) === 10) { newline = true; break; }
    toks.push({
      start, end: start + t.length, text: t, lower: t.toLowerCase(), kind,
      space: start > prevEnd, newline, sent: si, first: si !== lastSent,
    });
    lastSent = si;
    prevEnd = start + t.length;
  }
  return toks;
}

/** Tokenises a lexicon phrase the same way, lower-cased, for trie keys. */
export function phraseKey(phrase: string, lower = true): string[] {
  const out: string[] = [];
  const re = new RegExp(TOKEN_RE.source, 'gu');
  let m: RegExpExecArray | null;
  while ((m = re.exec(phrase)) !== null) out.push(lower ? m[0].toLowerCase() : m[0]);
  return out;
}
