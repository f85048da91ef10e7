import type { Quantity } from '../../core/types.js';
import { NUMBER_WORDS, own } from '../quantity/lexicon.js';
import { dimensionOf, POINTS_UNIT } from '../quantity/units.js';

/** An amount of money: the unit is a currency code ("USD", "JPY"). */
export const isMoney = (q: Pick<Quantity, 'unit'>): boolean => /^[A-Z]{3}$/.test(q.unit);

/** An age ("Tanaka, 45,", "a 150-year-old bridge"): counted in years by the quantity stage, no count of things. */
export const isAge = (q: Pick<Quantity, 'unit' | 'rule'>): boolean => q.unit === 'year' || (q.rule ?? '').includes('count:age');

/**
 * Units with no dimension that are still no count of things a whole is made of: shares and points ("%", "percentage point", "bp"),
 * how often or how many times as much ("27 times", "five times Nissan's"), terms of office, a quake's magnitude.
 */
const NOT_COUNT_UNITS: ReadonlySet<string> = new Set(['%', POINTS_UNIT, 'bp', 'time', 'times', 'term', 'magnitude']);
/** Of those, the ones written as a bare number, which a check reading figures from the text takes for a count. */
const BARE_NOT_COUNT_UNITS: ReadonlySet<string> = new Set(['time', 'times', 'term']);

/** A figure written bare that counts no things: an age ("Tanaka, 45,"), how often, a multiple, terms of office. */
export const isBareNotCount = (q: Pick<Quantity, 'unit' | 'rule'>): boolean => isAge(q) || BARE_NOT_COUNT_UNITS.has(q.unit);

/**
 * A count of things or people ("60 miners", "15 were rescued", "three of the hostages"): no physical measure, no money,
 * no share, no age, no "times", no term. The one test every check that adds or splits counts uses.
 */
export function isCount(q: Pick<Quantity, 'unit' | 'rule' | 'si'>): boolean {
  return !dimensionOf(q.unit) && !q.si && !isMoney(q) && !NOT_COUNT_UNITS.has(q.unit) && !isAge(q);
}

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

const APPOSED_BEFORE_RE = /[\p{Lu}][\p{L}'’.-]*,\s*$/u;
const APPOSED_AFTER_RE = /^\s*(?:[,.;)]|(?:and|who|was|is)\b)/;
/**
 * "Tanaka, 45, and the other 15", "Chelsea, 3, Arsenal 1": a bare figure set off by commas after a capitalised word is
 * an age or a score, no part of a count, whether or not the quantity stage reported it (it reports ages of people only).
 */
export function isApposedFigure(text: string, start: number, end: number): boolean {
  return APPOSED_BEFORE_RE.test(text.slice(Math.max(0, start - 40), start)) && APPOSED_AFTER_RE.test(text.slice(end, end + 8));
}

/** Number words as a regex source, either case of the first letter ("Three", "three", "twenty-one"). */
export const NUM_WORD_SRC = Object.keys(NUMBER_WORDS).filter((w) => w !== 'dozen' && w !== 'zero')
  .sort((a, b) => b.length - a.length)
  .map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|');
/** A count written in digits or words. */
export const COUNT_SRC = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+|(?:${NUM_WORD_SRC})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)`;

/** A year written in digits (1600–2099) somewhere in a phrase: whether a date's year is the text's or the time stage's guess. */
export const YEAR_WRITTEN_RE = /\b(?:1[6-9]|20)\d\d\b/;
