import { NUMBER_WORDS, own } from '../quantity/lexicon.js';

/** "12", "1,200", "ten", "Twenty-five", "a"/"an"/"one" → the number; undefined for anything else. */
export function countValue(s: string): number | undefined {
  const t = s.toLowerCase().replace(/,/g, '');
  if (/^\d+$/.test(t)) return Number(t);
  if (t === 'a' || t === 'an') return 1;
  const [a, b, ...rest] = t.split('-');
  if (rest.length > 0) return undefined;
  const x = own(NUMBER_WORDS, a!);
  if (x === undefined || a === 'dozen') return undefined;
  if (b === undefined) return x;
  const y = own(NUMBER_WORDS, b);
  return y !== undefined && x >= 20 && x % 10 === 0 && y > 0 && y < 10 ? x + y : undefined;
}

/** Number words as a regex source, either case of the first letter ("Three", "three", "twenty-one"). */
export const NUM_WORD_SRC = Object.keys(NUMBER_WORDS).filter((w) => w !== 'dozen' && w !== 'zero')
  .sort((a, b) => b.length - a.length)
  .map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|');
/** A count written in digits or words. */
export const COUNT_SRC = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+|(?:${NUM_WORD_SRC})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)`;

/** A year written in digits (1600–2099) somewhere in a phrase: whether a date's year is the text's or the time stage's guess. */
export const YEAR_WRITTEN_RE = /\b(?:1[6-9]|20)\d\d\b/;
