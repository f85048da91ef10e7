import { join } from 'node:path';
import type { Check } from '../../core/types.js';
import { projectRoot } from '../../core/shared.js';
import { readDataRows } from '../../core/data-rows.js';
import { allMatches, alternation, escapeRegExp, phrasePattern } from '../../core/regex.js';
import { countValue, NUM_WORD_SRC } from './numbers.js';
import { type CheckRef, ruled } from './rule.js';
import type { SentenceSpans } from './sentences.js';

// COUNT: a count of occasions against the years that date them one by one.
//  - in one clause (count:year-list): "defeats in four major finals: the 2014 World Cup and the Copa América finals of
//    2007, 2015 and 2016", "The previous three, in 2021, 2022 and 2023, took place …" — a count of an occasion noun
//    (data/lexicon/checks-year-list-nouns.txt), or a bare "the previous/last N", then the years up to a list that
//    closes with "and"; every distinct year between the count and the list's end is one occasion;
//  - across the report (count:n-time-years): "four-time champion Germany" and "Germany, winners in 1954, 1974, 1990 and
//    2014" — an "N-time" title before or after a name, and the years that name won (data/lexicon/
//    checks-year-list-win-words.txt).
// Only agreement is reported: a list may date only some of them ("winners in 2014 and 2018" of a five-time champion),
// and a year list of another size says nothing about the count.

const YEAR = String.raw`(?:1[89]|20)\d\d`;
/** "2021, 2022 and 2023", "1990 and 2014": years closing with "and". */
const YEAR_LIST_SRC = String.raw`${YEAR}(?:\s*,\s*${YEAR})*\s*,?\s+and\s+${YEAR}(?!\d)`;
const YEAR_LIST_RE = new RegExp(YEAR_LIST_SRC);
const YEAR_G_RE = new RegExp(String.raw`(?<!\d)${YEAR}(?!\d)`, 'g');
const MIN_N = 2;
const MAX_N = 12;
/** The longest stretch, in characters, from the count's end to its year list's end. */
const MAX_STRETCH = 140;

const NOUNS = readDataRows(join(projectRoot, 'data', 'lexicon', 'checks-year-list-nouns.txt')).map((r) => r[0]!.toLowerCase());
const WIN_WORDS = readDataRows(join(projectRoot, 'data', 'lexicon', 'checks-year-list-win-words.txt')).map((r) => r.join(' ').toLowerCase());
/** The title nouns of "N-time champion": the one-word win words that are nouns (not "won", "triumphed"). */
const TITLE_NOUNS = WIN_WORDS.filter((w) => !/\s/.test(w) && !/^(?:won|triumphed)$/.test(w));

/** "four major finals", "two referendums", "the previous three": the count, and what opens its years. */
const COUNT_RE = new RegExp(String.raw`(?<![\d,.$£€-])\b(?:(\d{1,2}|${NUM_WORD_SRC})\s+(?:[\p{Ll}-]+\s+){0,2}?(?:${alternation(NOUNS)})|the\s+(?:previous|last|past|other|earlier|first)\s+(\d{1,2}|${NUM_WORD_SRC}))\b(?!-)\s*(?:[:–—(,]\s*)?(?=(?:in|of|from|the|\p{L}|\d)|$)`, 'giu');
/**
 * What may open a count's years: "in", "of", "from", "the", a capitalised word, a digit, or the sentence's end. Tested
 * apart from COUNT_RE, whose 'i' flag (for "The previous three", "Two referendums") lets \p{Lu} match any letter.
 */
const OPENS_YEARS_RE = /^(?:in|of|from|the|\p{Lu}|\d|$)/u;

/** The distinct years of a stretch; undefined when it holds any other figure (an amount, a day, a score). */
function yearsOf(stretch: string): string[] | undefined {
  const years = stretch.match(YEAR_G_RE) ?? [];
  if (/\d/.test(stretch.replace(YEAR_G_RE, ''))) return undefined;
  return [...new Set(years)];
}

function yearCheck(countText: string, n: number, years: readonly string[], refs: CheckRef[], rule: string, what: string): Check {
  return ruled({ kind: 'COUNT', status: 'CONSISTENT', refs, detail: `${countText}: ${years.length} years ${what} (${years.join(', ')}) = ${n}` }, rule);
}

export function yearListChecks(text: string, sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  for (const [from, to] of sentences) {
    const st = text.slice(from, to);
    if (!YEAR_LIST_RE.test(st)) continue;
    for (const m of allMatches(COUNT_RE, st)) {
      const countWord = (m[1] ?? m[2])!;
      const n = countValue(countWord);
      if (n === undefined || n < MIN_N || n > MAX_N) continue;
      if (!OPENS_YEARS_RE.test(st.slice(m.index! + m[0].length))) continue;
      const rest = st.slice(m.index! + m[0].length, m.index! + m[0].length + MAX_STRETCH);
      // the stretch ends where the first year list does; no clause or sentence break before it
      const list = YEAR_LIST_RE.exec(rest);
      if (!list) continue;
      const stretch = rest.slice(0, list.index + list[0].length);
      if (/[;!?]|\.\s|\s[–—]\s/.test(stretch)) continue;
      const years = yearsOf(stretch);
      if (!years || years.length !== n) continue;
      const at = from + m.index!;
      const listAt = from + m.index! + m[0].length;
      out.push(yearCheck(m[0].trim().replace(/[\s:–—(,]+$/u, ''), n, years,
        [{ start: at, end: at + m[0].length, text: m[0] }, { start: listAt, end: listAt + stretch.length, text: stretch }], 'count:year-list', 'listed'));
    }
  }
  return out.concat(nTimeChecks(text));
}

const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}`;
const TITLE_SRC = alternation(TITLE_NOUNS);
/**
 * "four-time champion Germany", "the five-time world champions Brazil", "Germany, the four-time winners". Case-sensitive
 * (the count word takes either case): with 'i', \p{Lu} matched lower case and "two-time champions were stunned by
 * Spain" named "were stunned by Spain".
 */
const N_TIME_AFTER_RE = new RegExp(String.raw`\b(${NUM_WORD_SRC}|\d{1,2})-times?\s+(?:[\p{L}'’-]+\s+){0,2}?(?:${TITLE_SRC})\s+(${NAME})`, 'gu');
const N_TIME_BEFORE_RE = new RegExp(String.raw`(${NAME}),\s+(?:the\s+)?(${NUM_WORD_SRC}|\d{1,2})-times?\s+(?:[\p{L}'’-]+\s+){0,2}?(?:${TITLE_SRC})\b`, 'gu');
const WIN_SRC = alternation(WIN_WORDS, phrasePattern);

/** "N-time champion NAME" against "NAME, winners in Y1, …, and Yn" anywhere in the report. */
function nTimeChecks(text: string): Check[] {
  if (!/-times?\s/i.test(text)) return [];
  const out: Check[] = [];
  const seen = new Set<string>();
  const found = [
    ...allMatches(N_TIME_AFTER_RE, text).map((m) => ({ m, count: m[1]!, name: m[2]! })),
    ...allMatches(N_TIME_BEFORE_RE, text).map((m) => ({ m, count: m[2]!, name: m[1]! })),
  ];
  for (const { m, count, name } of found) {
    const n = countValue(count);
    if (n === undefined || n < MIN_N || n > MAX_N || seen.has(`${n}|${name}`)) continue;
    // the name, then (in at most 60 characters of one sentence) what it won, then "in" and the years
    const wonRe = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(name)}(?![\p{L}])[^.;!?]{0,60}?\b(?:${WIN_SRC})\s+in\s+(${YEAR_LIST_SRC})`, 'gu');
    for (const w of allMatches(wonRe, text)) {
      const years = yearsOf(w[1]!);
      if (!years || years.length !== n) continue;
      seen.add(`${n}|${name}`);
      const listAt = w.index! + w[0].length - w[1]!.length;
      out.push(yearCheck(`${count}-time ${name}`, n, years,
        [{ start: m.index!, end: m.index! + m[0].length, text: m[0] }, { start: listAt, end: listAt + w[1]!.length, text: w[1]! }], 'count:n-time-years', `won`));
      break;
    }
  }
  return out;
}
