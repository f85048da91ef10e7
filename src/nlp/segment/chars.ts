// Character classes for the scanner, memoised per UTF-16 code unit so the hot loop does a table
// lookup instead of a Unicode-property regex.

export const C_SPACE = 1;
export const C_LETTER = 2; // \p{L}
export const C_DIGIT = 3; // \p{Nd}
export const C_MARK = 4; // \p{M}: continues the preceding word ("é" written as e + ◌́)
export const C_PUNCT = 5; // \p{P} apart from quotes
export const C_QUOTE = 6; // " ' “ ” ‘ ’ « » …
export const C_SYMBOL = 7; // \p{S}, other numbers, anything else
export const C_HIGH = 8; // high surrogate: classify the code point
export const C_LOW = 9; // lone low surrogate

const table = new Uint8Array(65536);
const RE_SPACE = /^\s$/u;
const RE_LETTER = /^\p{L}$/u;
const RE_DIGIT = /^\p{Nd}$/u;
const RE_MARK = /^\p{M}$/u;
const RE_PUNCT = /^\p{P}$/u;
const QUOTES = '"\'`“”‘’‚„‟«»‹›〝〞＂';
/** Punctuation characters that behave like symbols in news text ("5%", "AT&T", "#1", "@user"). */
const SYMBOL_PUNCT = '%‰‱&@#*†‡§¶';

function classifyUnit(u: number): number {
  if (u >= 0xd800 && u <= 0xdbff) return C_HIGH;
  if (u >= 0xdc00 && u <= 0xdfff) return C_LOW;
  const ch = String.fromCharCode(u);
  if (RE_SPACE.test(ch)) return C_SPACE;
  if (RE_LETTER.test(ch)) return C_LETTER;
  if (RE_DIGIT.test(ch)) return C_DIGIT;
  if (RE_MARK.test(ch)) return C_MARK;
  if (QUOTES.includes(ch)) return C_QUOTE;
  if (SYMBOL_PUNCT.includes(ch)) return C_SYMBOL;
  if (RE_PUNCT.test(ch)) return C_PUNCT;
  return C_SYMBOL;
}

// ASCII and Latin-1 are filled eagerly (cheap, and the common case); the rest on first sight.
for (let u = 0; u < 0x250; u++) table[u] = classifyUnit(u);

export function charClass(u: number): number {
  const c = table[u];
  if (c !== 0) return c;
  return (table[u] = classifyUnit(u));
}

/** Class of the code point starting with high surrogate at `i` (letter for CJK extensions etc.). */
export function astralClass(text: string, i: number): number {
  const cp = text.codePointAt(i) ?? 0;
  if (cp < 0x10000) return C_SYMBOL; // unpaired high surrogate
  const ch = String.fromCodePoint(cp);
  if (RE_LETTER.test(ch)) return C_LETTER;
  if (RE_DIGIT.test(ch)) return C_DIGIT;
  if (RE_MARK.test(ch)) return C_MARK;
  return C_SYMBOL;
}

export function isSpaceCode(u: number): boolean {
  return charClass(u) === C_SPACE;
}

/** Upper-case ASCII or any letter whose lower-case form differs from it. */
export function isUpperAt(text: string, i: number): boolean {
  const u = text.charCodeAt(i);
  if (u >= 65 && u <= 90) return true;
  if (u < 128) return false;
  if (charClass(u) !== C_LETTER) return false;
  const ch = text[i];
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isLowerAt(text: string, i: number): boolean {
  const u = text.charCodeAt(i);
  if (u >= 97 && u <= 122) return true;
  if (u < 128) return false;
  if (charClass(u) !== C_LETTER) return false;
  const ch = text[i];
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
