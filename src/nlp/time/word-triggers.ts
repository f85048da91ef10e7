// Speed: instead of one regex pass per trigger, one hand-written pass over the text splits it into letter
// and digit runs and hands each run to the triggers registered for its first letters. A trigger only has
// to over-approximate where its rules can match (windows around its hits are then searched by the real
// regexes), so a word-level test is enough.

export interface WordTrigger {
  /** Lower-case word prefixes that fire the test (at most 3 characters are used as the key). */
  prefixes: readonly string[];
  /** Exact test on the word as written and lower-cased; default: true. */
  test?: (word: string, lower: string) => boolean;
  /** Fire on digit runs instead of words; the test gets the digits and the character after them. */
  digits?: (run: string, next: string, prev: string) => boolean;
}

const wordReg = new Map<RegExp, WordTrigger>();
/** Triggers by the numeric key of their (up to 3-letter) lower-case prefix. */
const byKey = new Map<number, RegExp[]>();
const digitTriggers: RegExp[] = [];
let hasShort = false;

const keyOf = (s: string): number => {
  let k = 0;
  for (let i = 0; i < s.length && i < 3; i++) k |= s.charCodeAt(i) << (8 * i);
  return k;
};

/** Declares how to find a trigger's hits from words; returns the trigger for use as a key. */
export function wordTrigger(re: RegExp, t: WordTrigger): RegExp {
  wordReg.set(re, t);
  if (t.digits) digitTriggers.push(re);
  for (const p of t.prefixes) {
    if (p.length < 3) hasShort = true;
    const k = keyOf(p);
    const list = byKey.get(k);
    if (list) { if (!list.includes(re)) list.push(re); } else byKey.set(k, [re]);
  }
  return re;
}

export function isWordTrigger(re: RegExp): boolean { return wordReg.has(re); }

let lastText: string | undefined;
let lastHits = new Map<RegExp, number[]>();

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Hits ([start, end) pairs) of every word trigger in one pass; cached for the current text. */
export function wordHits(re: RegExp, text: string): number[] {
  if (lastText !== text) {
    lastText = text;
    lastHits = scanWords(text);
  }
  return lastHits.get(re) ?? [];
}

function push(m: Map<RegExp, number[]>, re: RegExp, s: number, e: number): void {
  const a = m.get(re);
  if (a) a.push(s, e); else m.set(re, [s, e]);
}

function scanWords(text: string): Map<RegExp, number[]> {
  const out = new Map<RegExp, number[]>();
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) {
      let j = i + 1;
      while (j < n && isLetter(text.charCodeAt(j))) j++;
      const len = j - i;
      // Lower-case key of the first three letters without building strings; words only for candidates.
      const c0 = c | 32;
      const c1 = len > 1 ? text.charCodeAt(i + 1) | 32 : 0;
      const c2 = len > 2 ? text.charCodeAt(i + 2) | 32 : 0;
      const list = byKey.get(c0 | (c1 << 8) | (c2 << 16));
      const l1 = hasShort && len > 1 ? byKey.get(c0) : undefined;
      const l2 = hasShort && len > 2 ? byKey.get(c0 | (c1 << 8)) : undefined;
      if (list || l1 || l2) {
        const word = text.slice(i, j);
        const lower = word.toLowerCase();
        if (list) for (const re of list) fire(out, re, word, lower, i, j);
        if (l1) for (const re of l1) fire(out, re, word, lower, i, j);
        if (l2) for (const re of l2) fire(out, re, word, lower, i, j);
      }
      i = j;
    } else if (isDigit(c)) {
      let j = i + 1;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      if (digitTriggers.length) {
        const run = text.slice(i, j);
        const next = j < n ? text[j]! : '';
        const prev = i > 0 ? text[i - 1]! : '';
        for (const re of digitTriggers) if (wordReg.get(re)!.digits!(run, next, prev)) push(out, re, i, j);
      }
      i = j;
    } else i++;
  }
  return out;
}

function fire(out: Map<RegExp, number[]>, re: RegExp, word: string, lower: string, s: number, e: number): void {
  const t = wordReg.get(re)!;
  if (!t.prefixes.some((p) => lower.startsWith(p))) return;
  if (t.test && !t.test(word, lower)) return;
  // The same trigger may be reached through two keys for one word: keep one hit.
  const a = out.get(re);
  if (a && a[a.length - 2] === s) return;
  push(out, re, s, e);
}
