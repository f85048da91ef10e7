// Small look-around helpers over raw text (no tokens needed). Hand-written scans: they run for most
// candidates, so no regexes or slices on the hot path.

const isWordCh = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 8217 || c === 45 || c === 46;
const isDigitCh = (c: number): boolean => c >= 48 && c <= 57;
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * The word just before `pos` on the same line (letters with inner dots, apostrophes and hyphens; or a
 * number; or a currency/percent sign), without a trailing dot. '' at a line start.
 */
export function wordBefore(text: string, pos: number): string {
  let i = pos - 1;
  const stop = Math.max(0, pos - 40); // bounded: pathological runs of spaces cost nothing
  while (i >= stop && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i < stop || text.charCodeAt(i) === 10) return '';
  const c = text.charCodeAt(i);
  if (c === 36 || c === 8364 || c === 163 || c === 165 || c === 37) return text[i]!;
  const end = i + 1;
  if (isDigitCh(c) || c === 44 || c === 46) {
    let j = i;
    while (j >= 0 && j > i - 40 && (isDigitCh(text.charCodeAt(j)) || text.charCodeAt(j) === 44 || text.charCodeAt(j) === 46)) j--;
    if (isDigitCh(text.charCodeAt(j + 1))) return text.slice(j + 1, end).replace(/[.,]+$/, '');
    if (c === 46) { i--; } else return '';
  }
  let j = i;
  while (j >= 0 && j > i - 40 && isWordCh(text.charCodeAt(j))) j--;
  // The word must start with a letter.
  let s = j + 1;
  while (s < end && !isLetter(text.charCodeAt(s))) s++;
  if (s >= end) return '';
  let w = text.slice(s, i + 1);
  if (w.endsWith('.')) w = w.slice(0, -1);
  return w;
}

/** The word (or number, or sign) just after `pos` on the same line. */
export function wordAfter(text: string, pos: number): string {
  let i = pos;
  const stop = Math.min(text.length, pos + 40);
  while (i < stop && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (i >= text.length || text.charCodeAt(i) === 10) return '';
  const c = text.charCodeAt(i);
  if (c === 36 || c === 8364 || c === 163 || c === 165 || c === 37) return text[i]!;
  let j = i;
  if (isDigitCh(c)) {
    const lim = Math.min(text.length, i + 40);
    while (j < lim && (isDigitCh(text.charCodeAt(j)) || ((text.charCodeAt(j) === 44 || text.charCodeAt(j) === 46) && isDigitCh(text.charCodeAt(j + 1))))) j++;
    return text.slice(i, j);
  }
  if (!isLetter(c)) return '';
  const lim2 = Math.min(text.length, i + 40);
  while (j < lim2 && (isLetter(text.charCodeAt(j)) || ((text.charCodeAt(j) === 39 || text.charCodeAt(j) === 8217 || text.charCodeAt(j) === 45) && isLetter(text.charCodeAt(j + 1))))) j++;
  return text.slice(i, j);
}

export const isCap = (w: string): boolean => { const c = w.charCodeAt(0); return c >= 65 && c <= 90; };

/** True when `pos` starts a sentence: only spaces/quotes since a sentence end or line start. */
export function atSentenceStart(text: string, pos: number): boolean {
  let i = pos - 1;
  const stop = Math.max(-1, pos - 40);
  while (i > stop && /[\s"“‘'(—–-]/.test(text[i]!)) { if (text[i] === '\n') return true; i--; }
  if (i < 0) return true;
  return /[.!?:]/.test(text[i]!);
}

/**
 * A clock time in a lead before a day, for the lead checks that pass over it ("until 9 a.m. EST Tuesday",
 * "kick-off is at 3pm on Sunday"): a.m./p.m., a colon, a military "0600 hours", or midnight/noon/midday, never a bare number ("extended his
 * lead to 12 on Sunday"). The zone is upper case only (no flag: "to 12 on" is no zone either).
 */
const CLOCK_SRC = String.raw`(?:\d{1,2}(?:[:.]\d\d)?[ \t]*[aApP]\.?[mM]\.?|\d{1,2}:\d\d|(?:[01]\d|2[0-3])[0-5]\d[ \t]+(?:hours|hrs)\b|[Mm]idnight|[Nn]oon|[Mm]idday)(?:[ \t]+[A-Z]{2,4}\b)?`;
/** The clock time and a following "on" at the end of a lead: "until 9 a.m. EST on " → "until ". */
export const CLOCK_LEAD = new RegExp(String.raw`${CLOCK_SRC}[ \t]+(?:on[ \t]+)?$`);
/** The clock time (and "at" before it) at the end of a lead, keeping a following "on": "is at 3pm on " → "is on ". */
export const CLOCK_AT_LEAD = new RegExp(String.raw`(?:[Aa]t[ \t]+)?${CLOCK_SRC}[ \t]+(?=(?:on[ \t]+)?$)`);

const COUNT_PAST = /\b(?:half|quarter|minutes?|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|twenty[- ](?:one|two|three|four|five|six|seven|eight|nine)|thirty|forty|fifty)\s+past\s+$/i;
/** A plural noun right after: "midnight crowds", "midnight streets" (not "was", "is", "as" …). */
const NOUN_AFTER_MIDNIGHT = /^[ \t]+(?!(?:was|is|has|as|its|this|plus|us|thus|always|towards|besides|whereas|perhaps)\b)[a-z]+s\b/;
/**
 * "past midnight" naming a time after midnight: not "twenty past midnight", "half past midnight" (a clock reading,
 * spelled-out counts too) nor "past midnight crowds" (midnight modifying a noun). One check for the signal refiner
 * and the midnight resolver alike.
 */
export function pastMidnightAfter(text: string, start: number, end: number): boolean {
  return !COUNT_PAST.test(text.slice(Math.max(0, start - 24), start)) && !NOUN_AFTER_MIDNIGHT.test(text.slice(end, end + 24));
}

/**
 * Offset `at` lies inside a double quotation opened earlier in its paragraph (marks counted from the paragraph start,
 * at most `maxBack` characters back): an odd number of straight marks, or a curly one left open. Shared by the time
 * stage (a quoted "today") and the certainty engine.
 */
export function insideQuotation(text: string, at: number, maxBack = 2000): boolean {
  const p = Math.max(text.lastIndexOf('\n', at - 1) + 1, at - maxBack);
  let straight = 0, open = 0;
  for (let i = p; i < at; i++) {
    const ch = text[i];
    if (ch === '"') straight++;
    else if (ch === '“') open++;
    else if (ch === '”') open = Math.max(0, open - 1);
  }
  return straight % 2 === 1 || open > 0;
}

/** The sentence up to `pos` (at most 200 characters back). */
export function sentenceBefore(text: string, pos: number): string {
  const s = text.slice(Math.max(0, pos - 200), pos);
  const cut = Math.max(s.lastIndexOf('. '), s.lastIndexOf('\n'), s.lastIndexOf('? '), s.lastIndexOf('! '));
  return cut >= 0 ? s.slice(cut + 1) : s;
}
