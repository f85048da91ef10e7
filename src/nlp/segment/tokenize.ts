// Tokeniser: one left-to-right scan over the text. Every non-space character ends up in exactly one
// token. Regexes are used only at rare trigger points (URL prefixes, '@'), always sticky and linear.
import type { Token, TokenKind } from '../../core/types.js';
import {
  C_DIGIT, C_HIGH, C_LETTER, C_MARK, C_PUNCT, C_QUOTE, C_SPACE, C_SYMBOL, astralClass, charClass,
  isLowerAt, isUpperAt,
} from './chars.js';
import { A_AMBIGUOUS, A_INITIAL, A_NONE, abbreviationClass } from './abbreviations.js';
import { CLITICS, NUMBER_KEPT_SUFFIXES, NUMBER_UNIT_SUFFIXES } from './lexicon.js';

export interface TokenizeResult {
  tokens: Token[];
  /** Abbreviation class (A_* in abbreviations.ts) of each token; A_NONE for most. */
  abbr: number[];
}

const clitics = new Set(CLITICS);
const keptSuffixes = new Set(NUMBER_KEPT_SUFFIXES);
const unitSuffixes = new Set(NUMBER_UNIT_SUFFIXES);

// "https://example.com/a(b)" and "www.example.org/x"; trailing punctuation is trimmed afterwards.
const URL_RE = /(?:[Hh][Tt][Tt][Pp][Ss]?:\/\/|[Ww][Ww][Ww]\.)[^\s<>"“”‘’«»]+/y;
// "jane.doe@example.co.uk": segments separated by single dots, so no nested ambiguity.
const EMAIL_RE = /[\w\u00C0-\u024F%+-]+(?:\.[\w\u00C0-\u024F%+-]+)*@[\w\u00C0-\u024F-]+(?:\.[\w\u00C0-\u024F-]+)+/y;
const URL_TRAILING = '.,;:!?\'’”")]}>';

const isHyphen = (u: number): boolean => u === 0x2d || u === 0x2010 || u === 0x2011;
const isApostrophe = (u: number): boolean => u === 0x27 || u === 0x2019 || u === 0x2bc;

export function tokenize(text: string): TokenizeResult {
  const n = text.length;
  const tokens: Token[] = [];
  const abbr: number[] = [];

  const push = (start: number, end: number, kind: TokenKind, a = A_NONE): void => {
    tokens.push({ start, end, kind, sentence: -1 });
    abbr.push(a);
  };
  /** Class at i, resolving surrogate pairs; 0 past the end. */
  const cls = (i: number): number => {
    if (i >= n) return 0;
    const c = charClass(text.charCodeAt(i));
    return c === C_HIGH ? astralClass(text, i) : c;
  };
  /** Width in code units of the code point at i. */
  const width = (i: number): number => {
    const u = text.charCodeAt(i);
    if (u >= 0xd800 && u <= 0xdbff && i + 1 < n) {
      const v = text.charCodeAt(i + 1);
      if (v >= 0xdc00 && v <= 0xdfff) return 2;
    }
    return 1;
  };
  const isWordChar = (i: number): boolean => {
    const c = cls(i);
    return c === C_LETTER || c === C_DIGIT || c === C_MARK;
  };
  const isLetter = (i: number): boolean => cls(i) === C_LETTER;
  const isDigit = (i: number): boolean => i < n && charClass(text.charCodeAt(i)) === C_DIGIT;
  /** End of the run of word characters starting at i. */
  const wordRun = (i: number): number => {
    while (i < n) {
      const c = cls(i);
      if (c !== C_LETTER && c !== C_DIGIT && c !== C_MARK) break;
      i += width(i);
    }
    return i;
  };
  const letterRun = (i: number): number => {
    while (i < n) {
      const c = cls(i);
      if (c !== C_LETTER && c !== C_MARK) break;
      i += width(i);
    }
    return i;
  };

  /**
   * End of a dotted run of capitals at i ("N.Y.", "S.C.", "U.S.": a capital and a period, twice or more, then no word
   * character nor a hyphenated word), or -1.
   */
  const dottedRunAt = (i: number): number => {
    let k = i;
    while (k + 1 < n && isUpperAt(text, k) && text.charCodeAt(k + 1) === 0x2e) k += 2;
    if (k - i < 4 || isWordChar(k) || (isHyphen(text.charCodeAt(k)) && isWordChar(k + 1))) return -1;
    return k;
  };
  /** "example.com" follows an '@': word characters or hyphens, then a dot and a word character. */
  const emailDomainAhead = (i: number): boolean => {
    let k = i;
    while (k < n && (isWordChar(k) || text.charCodeAt(k) === 0x2d)) k++;
    return k > i && text.charCodeAt(k) === 0x2e && isWordChar(k + 1);
  };
  /** Tries a URL at i; returns its end or -1. */
  const matchUrl = (i: number): number => {
    URL_RE.lastIndex = i;
    if (!URL_RE.test(text)) return -1;
    let e = URL_RE.lastIndex;
    let open = 0;
    for (let k = i; k < e; k++) {
      const ch = text[k];
      if (ch === '(') open++;
      else if (ch === ')') open--;
    }
    // "(see https://x.org/a)." – drop the sentence punctuation and an unbalanced ')'.
    while (e > i + 4 && URL_TRAILING.includes(text[e - 1])) {
      if (text[e - 1] === ')' && open >= 0) break;
      if (text[e - 1] === ')') open++;
      e--;
    }
    return e;
  };

  /**
   * Scans a word that started at s; characters [s, j) are already part of it.
   * `plain`: [s, j) is letters only, so an abbreviation period may follow.
   */
  const scanWord = (s: number, j: number, plain: boolean): number => {
    for (;;) {
      const before = j;
      j = wordRun(j);
      if (j > before && plain) {
        for (let k = before; k < j; k++) if (cls(k) === C_DIGIT) { plain = false; break; }
      }
      if (j >= n) break;
      const u = text.charCodeAt(j);
      // "Kim Jong-un", "then-US", "F-16", "COVID-19"
      if (isHyphen(u) && isWordChar(j + 1)) {
        // "(D-N.Y.)", "(R-S.C.)": a party and a dotted state after the hyphen run together as one word, so the
        // periods inside the state do not end the sentence ("Sen. Chuck Schumer (D-N.Y.) said …")
        const k = dottedRunAt(j + 1);
        if (k > 0) { push(s, k, 'WORD', A_AMBIGUOUS); return k; }
        j++; plain = false; continue;
      }
      if (isApostrophe(u) && isLetter(j + 1)) {
        const k = letterRun(j + 1);
        const suf = text.slice(j + 1, k).toLowerCase();
        if (!isWordChar(k)) {
          // "Kim’s" → Kim ’s ; "they're" → they 're
          if (clitics.has(suf) && j > s) {
            push(s, j, 'WORD');
            push(j, k, 'WORD');
            return k;
          }
          // "don't" → do n't ; "can't" → ca n't (Penn Treebank convention)
          if (suf === 't' && j - 1 > s && (text[j - 1] === 'n' || text[j - 1] === 'N')) {
            push(s, j - 1, 'WORD');
            push(j - 1, k, 'WORD');
            return k;
          }
        }
        // "O'Brien", "rock'n'roll", "Qur'an"
        j = k;
        plain = false;
        continue;
      }
      if (u === 0x2e /* . */) {
        if (plain) {
          const len = j - s;
          // Dotted abbreviations and initials run together: "U.S.", "a.m.", "e.g.", "J.R.R.", "Ph.D."
          if (len <= 2 && isLetter(j + 1) && text.charCodeAt(j + 2) === 0x2e && (len === 1 || isUpperAt(text, j + 1))) {
            let k = j + 1;
            while (k + 1 < n && isLetter(k) && !isWordChar(k + 1) && text.charCodeAt(k + 1) === 0x2e) k += 2;
            // "U.S.-led"
            if (isHyphen(text.charCodeAt(k)) && isWordChar(k + 1)) { j = k + 1; plain = false; continue; }
            push(s, k, 'WORD', A_AMBIGUOUS);
            return k;
          }
          let m = j + 1;
          while (m < n && m < j + 3 && text.charCodeAt(m) === 0x20) m++;
          const a = abbreviationClass(text.slice(s, j), isDigit(m));
          if (a !== A_NONE) { push(s, j + 1, 'WORD', a); return j + 1; }
          // "George W. Bush"
          if (len === 1 && isUpperAt(text, s)) { push(s, j + 1, 'WORD', A_INITIAL); return j + 1; }
        }
        // "example.com", "Node.js", "v2.0": a dot glued to lower case or digits stays inside.
        if (isLowerAt(text, j + 1) || (isDigit(j + 1) && isDigit(j - 1))) { j++; plain = false; continue; }
        break;
      }
      // "AT&T", "S&P"
      if (u === 0x26 && isUpperAt(text, j - 1) && isUpperAt(text, j + 1)) { j++; plain = false; continue; }
      // "km/h", "and/or" – short letter groups on both sides of a slash
      if (u === 0x2f && j - s <= 4) {
        const k = letterRun(j + 1);
        if (k > j + 1 && k - j - 1 <= 3 && !isWordChar(k) && text.charCodeAt(k) !== 0x2f) { j = k; plain = false; continue; }
      }
      if (u === 0x40 /* @ */ && emailDomainAhead(j + 1)) {
        EMAIL_RE.lastIndex = s;
        if (EMAIL_RE.test(text) && EMAIL_RE.lastIndex > j) { j = EMAIL_RE.lastIndex; plain = false; continue; }
      }
      break;
    }
    push(s, j, 'WORD');
    return j;
  };

  /** Scans a number at s (digits start at d, which is s or s+1 for ".5"). */
  const scanNumber = (s: number, d: number): number => {
    let j = wordDigits(d);
    for (;;) {
      const u = text.charCodeAt(j);
      // "1,180", "1.5", "3.0.1"
      if ((u === 0x2c || u === 0x2e) && isDigit(j + 1)) { j = wordDigits(j + 1); continue; }
      // "10:30"
      if (u === 0x3a && isDigit(j + 1) && isDigit(j + 2)) { j = wordDigits(j + 1); continue; }
      // "24/7", "9/11", "1/2"
      if (u === 0x2f && isDigit(j + 1)) { j = wordDigits(j + 1); continue; }
      break;
    }
    // ISO dates "2023-09-11"
    if (j - s === 4 && text.charCodeAt(j) === 0x2d && isDigit(j + 1) && isDigit(j + 2) && text.charCodeAt(j + 3) === 0x2d
      && isDigit(j + 4) && isDigit(j + 5) && !isWordChar(j + 6)) {
      j += 6;
    }
    if (isLetter(j)) {
      const k = letterRun(j);
      const suf = text.slice(j, k);
      if (!isWordChar(k)) {
        // "21st", "1990s"
        if (keptSuffixes.has(suf)) {
          if (isHyphen(text.charCodeAt(k)) && isWordChar(k + 1)) return scanWord(s, k, false);
          push(s, k, 'NUMBER');
          return k;
        }
        // "122mm" → 122 mm ; "68.7bn" → 68.7 bn ; "5pm" → 5 pm
        if (unitSuffixes.has(suf) || (suf.length <= 3 && text.charCodeAt(k) === 0x2f)) {
          push(s, j, 'NUMBER');
          return j;
        }
      }
      // "3D", "5G", "4x4"
      return scanWord(s, j, false);
    }
    // "59-year-old", "2-for-1"
    if (isHyphen(text.charCodeAt(j)) && isLetter(j + 1)) return scanWord(s, j + 1, false);
    push(s, j, 'NUMBER');
    return j;
  };
  const wordDigits = (i: number): number => {
    while (i < n && charClass(text.charCodeAt(i)) === C_DIGIT) i++;
    return i;
  };

  let i = 0;
  while (i < n) {
    const u = text.charCodeAt(i);
    let c = charClass(u);
    if (c === C_SPACE) { i++; continue; }
    if (c === C_HIGH) c = astralClass(text, i);
    switch (c) {
      case C_LETTER: {
        if (u === 0x68 || u === 0x48 || u === 0x77 || u === 0x57) {
          const e = matchUrl(i);
          if (e > i) { push(i, e, 'WORD'); i = e; break; }
        }
        i = scanWord(i, i, true);
        break;
      }
      case C_DIGIT:
        // Astral digits (rare scripts) are not worth the number grammar: a word.
        i = u >= 0xd800 ? scanWord(i, i, false) : scanNumber(i, i);
        break;
      case C_QUOTE: {
        // "’90s", "'20s"
        if (isApostrophe(u) && isDigit(i + 1) && isDigit(i + 2) && !isWordChar(i - 1)) {
          let e = i + 3;
          if (text[e] === 's') e++;
          if (!isWordChar(e)) { push(i, e, 'NUMBER'); i = e; break; }
        }
        // "U.S.'s", "the 1990's": a clitic glued to a token that is not a plain word.
        if (isApostrophe(u) && i > 0 && charClass(text.charCodeAt(i - 1)) !== C_SPACE && isLetter(i + 1)) {
          const k = letterRun(i + 1);
          if (!isWordChar(k) && clitics.has(text.slice(i + 1, k).toLowerCase())) { push(i, k, 'WORD'); i = k; break; }
        }
        // `` and '' (ASCII-art double quotes)
        if ((u === 0x60 || u === 0x27) && text.charCodeAt(i + 1) === u) { push(i, i + 2, 'QUOTE'); i += 2; break; }
        push(i, i + 1, 'QUOTE');
        i++;
        break;
      }
      case C_PUNCT: {
        let e = i + 1;
        if (u === 0x2e) {
          // ".5" (only where no word precedes it)
          if (isDigit(i + 1) && !isWordChar(i - 1)) { i = scanNumber(i, i + 1); break; }
          while (e < n && text.charCodeAt(e) === 0x2e) e++; // "..."
        } else if (u === 0x3f || u === 0x21) {
          while (e < n && (text.charCodeAt(e) === 0x3f || text.charCodeAt(e) === 0x21)) e++; // "?!"
        } else if (u === 0x2d || u === 0x2026) {
          while (e < n && text.charCodeAt(e) === u) e++; // "--", "……"
        }
        push(i, e, 'PUNCT');
        i = e;
        break;
      }
      case C_SYMBOL: {
        // "@Reuters", "#MeToo"
        if ((u === 0x40 || u === 0x23) && isLetter(i + 1) && !isWordChar(i - 1)) { i = scanWord(i, i + 1, false); break; }
        // "30°C"
        if (u === 0xb0 && (text[i + 1] === 'C' || text[i + 1] === 'F') && !isWordChar(i + 2)) { push(i, i + 2, 'SYMBOL'); i += 2; break; }
        const e = i + width(i);
        push(i, e, 'SYMBOL');
        i = e;
        break;
      }
      case C_MARK: {
        // A combining mark with no base: keep it and any marks after it together.
        let e = i + width(i);
        while (e < n && cls(e) === C_MARK) e += width(e);
        push(i, e, 'SYMBOL');
        i = e;
        break;
      }
      default: {
        const e = i + width(i);
        push(i, e, 'SYMBOL');
        i = e;
      }
    }
  }
  return { tokens, abbr };
}
