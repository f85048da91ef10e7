// Regex building blocks compiled once from the lexicons. Every pattern is a bounded sequence of
// alternations separated by single-character-class gaps, so matching stays linear.
import { ACCEPT_ALL, wordTrigger } from './word-triggers.js';
import {
  MONTHS, NUMBER_WORDS, ORDINAL_WORDS, PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS,
} from './lexicon.js';
import { alternation, escapeRegExp } from '../../core/regex.js';

/** Longest first so "September" wins over "Sep". */
const alt = (words: readonly string[]): string => alternation(words);

const MONTH_MAP = new Map<string, number>();
for (const [w, n] of MONTHS) { MONTH_MAP.set(w.toLowerCase(), n); }
const WEEKDAY_MAP = new Map<string, number>();
for (const [w, n] of WEEKDAYS) { WEEKDAY_MAP.set(w.toLowerCase(), n); }

export function monthNumber(word: string): number | undefined {
  return MONTH_MAP.get(word.replace(/\.$/, '').toLowerCase());
}
export function weekdayNumber(word: string): number | undefined {
  return WEEKDAY_MAP.get(word.replace(/\.$/, '').toLowerCase());
}

/** A month name as written in news: capitalised, abbreviations with an optional dot; or all caps. */
const FULL_MONTHS = MONTHS.filter(([w]) => w.length > 4 || w === 'May' || w === 'June' || w === 'July').map(([w]) => w);
const ABBR_MONTHS = MONTHS.filter(([w]) => !FULL_MONTHS.includes(w)).map(([w]) => w);
export const MONTH = `(?:(?:${alt(FULL_MONTHS)}|${alt(FULL_MONTHS.map((w) => w.toUpperCase()))})(?![A-Za-z])|(?:${alt(ABBR_MONTHS)}|${alt(ABBR_MONTHS.map((w) => w.toUpperCase()))})(?:\\.(?=\\s)|(?![A-Za-z])))`;
/** Full weekday names only in running text ("Mon" is too ambiguous), abbreviations after a comma in datelines. */
export const WEEKDAY = `(?:${alt(WEEKDAYS.filter(([w]) => w.endsWith('day')).map(([w]) => w))})`;
export const DAYNUM = `(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\\d%])`;
export const YEAR4 = `(?:1[0-9]{3}|20[0-9]{2})(?![\\d%])`;
export const PART_OF_DAY = `(?:${alt(Object.keys(PARTS_OF_DAY))})`;
export const SEASON = `(?:${alt(Object.keys(SEASONS))})`;
export const ORDINAL = `(?:${alt(Object.keys(ORDINAL_WORDS))}|\\d{1,2}(?:st|nd|rd|th))`;

const NUMWORD = alt(Object.keys(NUMBER_WORDS).filter((w) => !['a', 'an', 'single', 'couple'].includes(w)));
/** A count: digits (with decimals or a fraction), number words (hyphenated or "and a half"), or vague words. */
export const NUM = '(?:'
  + '(?:a|one|three)[\\s-]quarters?\\sof\\san?|'
  + '\\d+(?:[.,]\\d+)?(?:\\s\\d\\/\\d|[½¼¾]|\\s(?:thousand|million|billion))?'
  + `|(?:${NUMWORD})(?:[\\s-](?:${NUMWORD}))*(?:[\\s-]and[\\s-]a[\\s-](?:half|quarter))?`
  + '|(?:a|an|one)\\s(?:half|quarter)|half\\san?'
  + '|an?(?:\\s(?:couple\\sof|few|dozen|number\\sof|matter\\sof))?'
  + '|several|few|many|some|multiple|numerous|dozens\\sof|hundreds\\sof|thousands\\sof|millions\\sof|billions\\sof'
  + ')';
export const UNIT = `(?:${alt(Object.keys(UNITS))})`;

/** Duration modifiers, longest first, → TIMEX3 mod. */
export const DURATION_MODS: ReadonlyArray<readonly [string, string]> = [
  ['more than', 'MORE_THAN'], ['just over', 'MORE_THAN'], ['over', 'MORE_THAN'], ['upwards of', 'MORE_THAN'],
  ['well over', 'MORE_THAN'], ['longer than', 'MORE_THAN'], ['in excess of', 'MORE_THAN'],
  ['at least', 'EQUAL_OR_MORE'], ['no less than', 'EQUAL_OR_MORE'], ['a minimum of', 'EQUAL_OR_MORE'],
  ['less than', 'LESS_THAN'], ['fewer than', 'LESS_THAN'], ['under', 'LESS_THAN'], ['just under', 'LESS_THAN'],
  ['nearly', 'LESS_THAN'], ['almost', 'LESS_THAN'], ['close to', 'LESS_THAN'],
  ['up to', 'EQUAL_OR_LESS'], ['within', 'EQUAL_OR_LESS'], ['no more than', 'EQUAL_OR_LESS'], ['at most', 'EQUAL_OR_LESS'],
  ['as many as', 'EQUAL_OR_LESS'], ['as much as', 'EQUAL_OR_LESS'], ['a maximum of', 'EQUAL_OR_LESS'],
  ['about', 'APPROX'], ['around', 'APPROX'], ['roughly', 'APPROX'], ['approximately', 'APPROX'], ['some', 'APPROX'],
  ['an estimated', 'APPROX'], ['an approximate', 'APPROX'], ['circa', 'APPROX'], ['approx.', 'APPROX'],
];
const DMOD_MAP = new Map(DURATION_MODS.map(([w, m]) => [w, m]));
export const DMOD = `(?:${alt(DURATION_MODS.map(([w]) => w)).replace(/ /g, '\\s')})`;
export function durationMod(word: string | undefined): string | undefined {
  return word ? DMOD_MAP.get(word.toLowerCase().replace(/\s+/g, ' ')) : undefined;
}

/** Case-insensitive variant of a lower-case word list for sentence-initial capitals. */
export function ci(word: string): string {
  return `[${word[0]!.toUpperCase()}${word[0]}]${escapeRegExp(word.slice(1))}`;
}

// Triggers for scanNear: cheap literal alternations marking where a family of rules can match.
export const T_UNIT = wordTrigger(/\b(?:sec|min|hour|hr|day|night|week|fortnight|month|quarter|year|yr|decade|centur|millenni)/gi,
  { prefixes: ['sec', 'min', 'hour', 'hr', 'day', 'night', 'week', 'fortnight', 'month', 'quarter', 'year', 'yr', 'decade', 'centur', 'millenni'] });
export const T_MONTH = wordTrigger(/\b(?:Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MA[RY]|APR|JU[NL]|AUG|SEP|OCT|NOV|DEC)/g,
  { prefixes: ['jan', 'feb', 'mar', 'may', 'apr', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'], test: (w) => w.charCodeAt(0) < 91 });
export const T_DIGIT = wordTrigger(/\d+/g, { prefixes: [], digits: ACCEPT_ALL });
export const T_WEEKDAY = wordTrigger(/\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/gi,
  { prefixes: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], test: (_w, l) => /^(?:mon|tues|wednes|thurs|fri|satur|sun)day/.test(l) });
export const T_POD = wordTrigger(/\b(?:morning|afternoon|evening|night)/gi, { prefixes: ['morning', 'afternoon', 'evening', 'night'] });
