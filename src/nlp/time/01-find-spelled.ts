// Years spelled out, as in broadcast transcripts: "nineteen ninety-seven", "January nineteen ninety-seven",
// "the year two thousand", "the winter of nineteen ninety-four". Only in a temporal frame (a month, "the
// year", a season, or a preposition such as "in"/"since"), so counts like "two thousand people" stay out.
import { type Finder, FixedCand, scanNear } from './cand.js';
import { wordTrigger } from './word-triggers.js';
import { SEASONS } from './lexicon.js';
import { MONTH, monthNumber } from './patterns.js';
import { wordAfter } from './text-util.js';

const UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TEENS: Record<string, number> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const U = Object.keys(UNITS).join('|');
const TEEN = Object.keys(TEENS).join('|');
const TEN = Object.keys(TENS).join('|');
/** 1–99 in words: "seven", "nineteen", "ninety-seven", "ninety seven". */
const TWO = `(?:(?:${TEN})(?:[- ](?:${U}))?|${TEEN}|${U})`;
const SEASON_W = Object.keys(SEASONS).filter((w) => w !== 'fall').join('|');
const YEAR_WORDS = `(?:(?:nineteen|eighteen|twenty)[- ](?:${TWO}|hundred)|two[- ]thousand(?:[- ](?:and[- ])?${TWO})?)`;
const SPELLED = new RegExp(
  `\\b(?:(${MONTH})[ \\t]+|([Tt]he[ \\t]+year)[ \\t]+|(?:[Tt]he[ \\t]+)?(${SEASON_W})[ \\t]+of[ \\t]+)?(${YEAR_WORDS})(?![\\w-])`, 'gi');
const T_SPELLED = wordTrigger(/\b(?:nineteen|eighteen|twenty|thousand)\b/gi, {
  prefixes: ['nineteen', 'eighteen', 'twenty', 'thousand'], test: (_w, l) => l === 'nineteen' || l === 'eighteen' || l === 'twenty' || l === 'thousand',
});
const SEASON_CODE: Record<string, string> = SEASONS;

function wordsValue(s: string): number | undefined {
  const w = s.toLowerCase().split(/[- ]+/).filter((x) => x !== 'and');
  const two = (ws: string[]): number | undefined => {
    if (ws.length === 1) return TENS[ws[0]!] ?? TEENS[ws[0]!] ?? UNITS[ws[0]!];
    if (ws.length === 2 && TENS[ws[0]!] !== undefined && UNITS[ws[1]!] !== undefined) return TENS[ws[0]!]! + UNITS[ws[1]!]!;
    return undefined;
  };
  if (w[0] === 'two' && w[1] === 'thousand') {
    if (w.length === 2) return 2000;
    const r = two(w.slice(2));
    return r === undefined ? undefined : 2000 + r;
  }
  const century = w[0] === 'nineteen' ? 19 : w[0] === 'eighteen' ? 18 : w[0] === 'twenty' ? 20 : undefined;
  if (century === undefined) return undefined;
  if (w.length === 2 && w[1] === 'hundred') return century * 100;
  const r = two(w.slice(1));
  return r === undefined ? undefined : century * 100 + r;
}

export const findSpelled: Finder = (text, out) => {
  scanNear(T_SPELLED, SPELLED, text, 40, 40, (m) => {
    const y = wordsValue(m[4]!);
    if (y === undefined || y < 1800 || y > 2099) return;
    const month = m[1] ? monthNumber(m[1]) : undefined;
    const season = m[3] ? SEASON_CODE[m[3].toLowerCase()] : undefined;
    const frame = month !== undefined || m[2] !== undefined || season !== undefined;
    const start = m.index;
    const end = start + m[0].length;
    if (!frame) {
      // A bare spelled year needs a temporal preposition before it and no counted noun after it.
      const before = text.slice(Math.max(0, start - 12), start).toLowerCase();
      if (!/\b(?:in|since|until|till|of|from|by|before|after|during|early|late|mid)\s+$/.test(before)) return;
      const after = wordAfter(text, end).toLowerCase();
      if (/^[a-z]+s$/.test(after) && !/^(?:was|is|as|has)$/.test(after)) return;
      // "twenty-five" alone is a count, not a year: require a four-digit reading in the -teen/-ty hundreds.
      if (/^twenty[- ]/i.test(m[4]!) && !/^\s*[,.;:!?)]/.test(text.slice(end, end + 2))) return;
    }
    const yy = String(y);
    const value = month !== undefined ? `${yy}-${String(month).padStart(2, '0')}` : season ? `${yy}-${season}` : yy;
    out.push(new FixedCand(start, end, 'date.spelled-year', 5, 'DATE', value));
  });
};
