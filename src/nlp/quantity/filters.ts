import { DASHES, type Num, type ScanContext, UPPER_RE } from './candidate.js';
import { AGE_CUES, CAPITALISED_NOT_NAMES, ID_WORDS, IRREGULAR_PLURALS, MONTH_SET, NAMED_SCALES, NUMBER_WORDS, own, PERSON_NOUNS } from './lexicon.js';
import { isPlural, personByEnding } from './nouns.js';
import { gappedCount } from './parallel.js';
import { listTotalAhead } from './tally.js';
import { ATTACHED_UNIT_TRIE, UNIT_TRIE } from './units.js';

// Numbers that are not amounts: parts of names and codes, dates, times of day, phone numbers,
// ordinals, ages, ratios and years.

const ID_SET = new Set(ID_WORDS);
const NOT_NAMES = new Set(CAPITALISED_NOT_NAMES);
const ORDINAL_SUFFIX = new Set(['st', 'nd', 'rd', 'th']);

/** Numbers that are parts of names, codes, dates, times of day, phone numbers or ordinals. */
export function skipNumber(ctx: ScanContext, numAt: number, num: Num, currency: string | undefined, inRange: boolean): boolean {
  const { toks } = ctx;
  const t = toks[numAt];
  const prev = toks[numAt - 1];
  const prev2 = toks[numAt - 2];
  const next = toks[num.end + 1];
  const sNum = toks[num.start].start;
  const eNum = toks[num.end].end;
  for (const tm of ctx.times) if (tm.start < eNum && sNum < tm.end) return true;
  if (num.words) {
    // "BBC Three Counties Radio", "the Big Ten": a capitalised number word inside a name
    return UPPER_RE.test(t.text) && !t.first && prev !== undefined && prev.kind === 'word' && UPPER_RE.test(prev.text) &&
      !NOT_NAMES.has(prev.lower);
  }
  const digits = num.digits ?? '';
  // leading zeros: codes and phone numbers ("0800", "07")
  if (/^0[0-9]/.test(digits)) return true;
  if (prev && !t.space && currency === undefined && !inRange) {
    // "MH17", "G7", "COVID-19", "F-16", "+1 555", "9/11", "10:30", "#5", "v2"
    if (prev.kind === 'word' || prev.kind === 'num') return true;
    // … but a named scale joined to its value is a measure: "the magnitude-7.8 quake", "a category-5 storm"
    if (DASHES.has(prev.text) && prev2 && !prev.space && (prev2.kind === 'word' || prev2.kind === 'num') &&
      !(prev2.kind === 'word' && own(NAMED_SCALES, prev2.lower) !== undefined)) return true;
    // "40C/104F": a measure after a slash that follows another measure is its equivalent, not a code
    const slashPair = prev.text === '/' && prev2?.kind === 'word' && toks[numAt - 3]?.kind === 'num' && !prev2.space && !prev.space &&
      (ATTACHED_UNIT_TRIE.match(toks, numAt - 2, true) !== undefined || UNIT_TRIE.match(toks, numAt - 2) !== undefined);
    if ('/:.#@+_=\\'.includes(prev.text) && !slashPair) return true;
  }
  if (next && !next.space) {
    if (next.text === ':' || next.text === '/' && toks[num.end + 2]?.kind === 'num' && !toks[num.end + 2].space) return true;
    if (next.text === '.' && toks[num.end + 2]?.kind === 'num' && !toks[num.end + 2].space) return true;
    if (next.kind === 'word' && ORDINAL_SUFFIX.has(next.lower)) return true;
    // "1990s", "1e999", "747s", "3D": letters glued to digits that are not a unit or scale
    if (next.kind === 'word' && !ATTACHED_UNIT_TRIE.match(toks, num.end + 1, true) && !UNIT_TRIE.match(toks, num.end + 1)) return true;
  }
  // phone numbers: three or more digit groups joined by dashes or spaces ("555-123-4567")
  if (next && DASHES.has(next.text) && toks[num.end + 2]?.kind === 'num' && toks[num.end + 3] && DASHES.has(toks[num.end + 3].text) && toks[num.end + 4]?.kind === 'num') return true;
  if (prev && DASHES.has(prev.text) && prev2?.kind === 'num' && toks[numAt - 3] && DASHES.has(toks[numAt - 3].text)) return true;
  // dates: "September 10", "10 September", "Sept. 10"
  const isDay = Number.isInteger(num.value) && num.value >= 1 && num.value <= 31 && !num.scaled;
  if (isDay && next && next.kind === 'word' && MONTH_SET.has(next.lower) && next.lower !== 'may') return true;
  if (isDay && next?.lower === 'may' && UPPER_RE.test(next.text)) return true;
  const before = prev && prev.text === '.' ? prev2 : prev;
  if (isDay && before && before.kind === 'word' && MONTH_SET.has(before.lower) && UPPER_RE.test(before.text)) return true;
  // identifiers: "Resolution 2231", "flight 370", "No. 10"
  if (currency === undefined && before && before.kind === 'word' && ID_SET.has(before.lower) && !num.scaled) return true;
  // model names: "Boeing 747", "Apollo 11", "Windows 10" — a capitalised word right before a plain number
  // (not a gapped clause: "Labour won 412 seats and the Liberal Democrats 72"; nor an item of a list closed by its
  // total: "Labour 411, the Conservatives 121, … out of 650 seats")
  // (nor a race named by a distance with its unit glued on: "the Olympic 1500m champion", "the European 5000m title")
  const gluedUnit = next !== undefined && !next.space && next.kind === 'word' && ATTACHED_UNIT_TRIE.match(toks, num.end + 1, true) !== undefined;
  if (currency === undefined && prev && prev.kind === 'word' && t.space && !prev.first && UPPER_RE.test(prev.text) &&
      !NOT_NAMES.has(prev.lower) && !MONTH_SET.has(prev.lower) && /^[0-9]+$/.test(digits) && !num.scaled && !gluedUnit &&
      !gappedCount(ctx, numAt, num) && !listTotalAhead(ctx, numAt, num)) return true;
  return false;
}

const AGE_SET = new Set(AGE_CUES);
const AGE_COMPARISONS = new Set(['under', 'over', 'above', 'below', 'older than', 'younger than']);
const PERSON = new Set(PERSON_NOUNS);
const TURN_WORDS = new Set(['turns', 'turned', 'turning']);
const AGE_END_WORDS = new Set(['later', 'this', 'next', 'last', 'on', 'in', 'and', 'but', 'when', 'years', 'today', 'tomorrow', 'soon']);
const PRONOUN_SUBJECTS = new Set(['he', 'she', 'i', 'they', 'we']);
const AGE_CLAUSE_OPENERS = new Set(['when', 'since', 'until', 'till', 'because', 'as', 'while', 'before', 'after']);
const APPOSITION_END = new Set([',', '.', 'and', 'who', 'was', 'is', ';', ')']);
/** Plurals written otherwise than with -s, by their singular ("man" → "men", "wife" → "wives"). */
const PLURAL_OF: ReadonlyMap<string, string> = new Map(Object.entries(IRREGULAR_PLURALS).map(([pl, sg]) => [sg, pl]));
/** "the man", "a woman", "his wife", "the driver": one person named by a noun (not "the 60 miners, 45 were …"). */
export function isSingularPersonNoun(w: string): boolean {
  if (isPlural(w)) return false;
  const pl = PLURAL_OF.get(w);
  return PERSON.has(w) || (pl !== undefined && PERSON.has(pl)) || PERSON.has(`${w}s`) || PERSON.has(`${w}es`) || personByEnding(`${w}s`);
}
/**
 * The first token of the run of capitalised words that the capitalised word at `k` ends: up to four words before it, in
 * its sentence, spaces only between them ("Captain Zaharie Ahmad Shah"); `k` itself when the word before is none. Shared
 * by namesPerson and unknownNameAge.
 */
export function capitalisedRunStart(toks: ScanContext['toks'], k: number): number {
  const sent = toks[k]!.sent;
  let j = k;
  while (j > 0 && k - j < 4) {
    const w = toks[j - 1]!;
    if (w.kind !== 'word' || w.sent !== sent || !UPPER_RE.test(w.text) || !toks[j]!.space) break;
    j--;
  }
  return j;
}
/** Whether the token at `k` names a person: inside a PERSON mention of the entity stage, or a singular person noun. */
function namesPerson(ctx: ScanContext, k: number): boolean {
  const t = ctx.toks[k];
  if (!t || t.kind !== 'word') return false;
  if (ctx.persons?.some((p) => p.start <= t.start && t.end <= p.end)) return true;
  if (t.text === t.lower) return isSingularPersonNoun(t.lower);
  // "Captain Zaharie Ahmad Shah, 53,": the entity stage may end a person's name a word short; a name is the run of
  // capitalised words (a few, one sentence, spaces only) the word ends, and it names a person when a PERSON mention
  // begins inside that run and reaches up to the word before it
  if (!UPPER_RE.test(t.text) || !ctx.persons?.length) return false;
  const j = capitalisedRunStart(ctx.toks, k);
  if (j === k) return false;
  const prev = ctx.toks[k - 1]!;
  return ctx.persons.some((p) => p.start >= ctx.toks[j]!.start && p.end === prev.end);
}
const SUBJECT_SKIP = new Set(['just', 'only', 'also', 'finally', 'recently', 'has', 'have', 'had', 'will', 'would', 'already']);
/** "she turned", "who turns", "Abe turned", "his wife just turned": the subject before the verb ending at `k` is a person. */
function personSubject(ctx: ScanContext, k: number): boolean {
  let j = k;
  while (j >= 0 && j > k - 3 && ctx.toks[j]?.kind === 'word' && (SUBJECT_SKIP.has(ctx.toks[j]!.lower) || /^[a-z]+ly$/.test(ctx.toks[j]!.text))) j--;
  const t = ctx.toks[j];
  if (!t || t.sent !== ctx.toks[k + 1]?.sent) return false;
  return PRONOUN_SUBJECTS.has(t.lower) || t.lower === 'who' || namesPerson(ctx, j);
}
/**
 * "Former Navy Seal Saman Kunan, 38, died on Friday": a name the entity stage did not take for a person's (a name it
 * does not know, here read as an organisation's) still carries an age in apposition when the run of capitalised words
 * before the comma is two words or more (the last five read), none of them inside a place's or a linked name's mention, and the clause goes on
 * as a person's would: "who", "was"/"is", or a comma and a lower-case word ("…, 38, died"). Not "Paris, 75, and Lyon",
 * nor one capitalised word ("Chelsea, 3,"), nor a figure above 110.
 */
function unknownNameAge(ctx: ScanContext, startTok: number, num: Num): boolean {
  const { toks } = ctx;
  if (!(num.value >= 1 && num.value <= 110) || num.words) return false;
  const next = toks[num.end + 1];
  const after = toks[num.end + 2];
  const goesOn = next !== undefined && (next.lower === 'who' || next.lower === 'was' || next.lower === 'is' ||
    (next.text === ',' && after !== undefined && after.kind === 'word' && after.text === after.lower && after.sent === next.sent && !/^(?:and|or|but)$/.test(after.lower)));
  if (!goesOn) return false;
  const last = startTok - 2;
  const t = toks[last];
  if (!t || t.kind !== 'word' || !UPPER_RE.test(t.text)) return false;
  const j = capitalisedRunStart(toks, last);
  if (last - j + 1 < 2) return false;
  const from = toks[j]!.start;
  return !ctx.nonPersons?.some((p) => p.start < t.end && from < p.end);
}

/**
 * "people aged 18 to 24", "Slepian, 52, and…": ages. With `emit`, only ages the scanner reports in years: a figure set
 * off by commas is one only after a person ("Abe, 67,", "the man, 34,"); after any other capitalised word ("Chelsea,
 * 3, Arsenal 1", "Paris, 75, and Lyon, 69,") it is no age to report, but still no count (dropped when nothing names it).
 */
export function isAge(ctx: ScanContext, startTok: number, num: Num, emit = false): boolean {
  const { toks } = ctx;
  const prev = toks[startTok - 1];
  if (prev && AGE_SET.has(prev.lower)) return true;
  // "between the ages of 17 and 20", "aged between 18 and 24"
  if (prev?.lower === 'of' && AGE_SET.has(toks[startTok - 2]?.lower ?? '')) return true;
  if (prev?.lower === 'between' && AGE_SET.has(toks[startTok - 2]?.lower ?? '')) return true;
  // "aged 12 and 13", "aged three, six, seven and 17": later members of a list of ages
  if (prev && (prev.lower === 'and' || prev.lower === 'or' || prev.text === ',')) {
    for (let k = startTok - 2; k >= 0 && k >= startTok - 12 && toks[k].sent === toks[startTok].sent; k--) {
      const w = toks[k];
      if (AGE_SET.has(w.lower)) return true;
      if (!(w.kind === 'num' || w.text === ',' || w.lower === 'and' || w.lower === 'or' || own(NUMBER_WORDS, w.lower) !== undefined)) break;
    }
  }
  // "children under 5", "people over 80": a comparison right after a people noun is an age
  if (prev && AGE_COMPARISONS.has(prev.lower) && PERSON.has(toks[startTok - 2]?.lower ?? '') && Number.isInteger(num.value) && num.value < 130) return true;
  // "people younger than 18", "those older than 65"
  if (prev?.lower === 'than' && ['younger', 'older'].includes(toks[startTok - 2]?.lower ?? '') && num.value < 130) return true;
  const next = toks[num.end + 1];
  const small = Number.isInteger(num.value) && num.value > 0 && num.value < 130 && !num.scaled;
  // "who turns 20 later this month", "she turned 90 on Sunday": a birthday (the figure ends its phrase)
  const ends = next === undefined || next.sent !== toks[num.end].sent || next.kind !== 'word' || AGE_END_WORDS.has(next.lower);
  // (a person turns an age: not "the index turned 20 on Monday")
  if (small && prev && TURN_WORDS.has(prev.lower) && ends && next?.text !== '%' && personSubject(ctx, startTok - 2)) return true;
  // "when he was 17,", "since she was 12.": a person's age in a clause of time
  if (small && prev && (prev.lower === 'was' || prev.lower === 'is') && PRONOUN_SUBJECTS.has(toks[startTok - 2]?.lower ?? '') &&
    AGE_CLAUSE_OPENERS.has(toks[startTok - 3]?.lower ?? '') && ends && next?.kind !== 'word') return true;
  const apposed = prev?.text === ',' && next !== undefined && APPOSITION_END.has(next.lower) && num.value < 130 && Number.isInteger(num.value);
  if (!apposed) return false;
  if (emit) return namesPerson(ctx, startTok - 2) || unknownNameAge(ctx, startTok, num);
  return toks[startTok - 2]?.kind === 'word' && UPPER_RE.test(toks[startTok - 2]!.text);
}

/** "1 in 4 residents", "eight of 10 voters", "3 out of 5": the first number of a ratio counts nothing itself. */
export function isRatio(ctx: ScanContext, num: Num): boolean {
  const { toks } = ctx;
  const a = toks[num.end + 1]?.lower;
  const k = a === 'in' || a === 'of' ? num.end + 2 : a === 'out' && toks[num.end + 2]?.lower === 'of' ? num.end + 3 : -1;
  const w = toks[k];
  if (!w || w.kind !== 'num') return false;
  // a ratio's part is smaller than its whole: "139,200 in 1992" is a figure and a year, "12 in 2023" too (a bare year
  // after "in": four digits, no comma, no noun after it)
  const whole = Number(w.text.replace(/,/g, ''));
  if (Number.isFinite(whole) && whole <= num.value) return false;
  if (a === 'in' && /^(?:1[89]|20)[0-9]{2}$/.test(w.text) && toks[k + 1]?.kind !== 'word') return false;
  return true;
}

export function isYearLike(num: Num): boolean {
  return !num.words && !num.scaled && /^[12][0-9]{3}$/.test(num.digits ?? '') && num.value >= 1000 && num.value <= 2100;
}

