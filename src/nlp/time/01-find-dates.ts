// Calendar dates written out: "Sept. 10", "September 10th, 2023", "10 September 2023", "2023-09-10",
// "9/10/2023", "June 2022", bare months ("in July") and years ("in 2019"), fiscal years.
import { type Cand, type Ctx, type Finder, FixedCand, type Resolved, scanNear } from './cand.js';
import { wordTrigger } from './word-triggers.js';
import { diffDays, fmtDate, isValidDate, pad4, type Ymd } from './date-math.js';
import { AMBIGUOUS_MONTHS, COUNT_BEFORE_NUMBER, COUNTED_AFTER_NUMBER, IRREGULAR_PAST_CUES, NAME_BEFORE_NUMBER } from './lexicon.js';
import { DAYNUM, MONTH, WEEKDAY, YEAR4, monthNumber, T_DIGIT, T_MONTH } from './patterns.js';
import { monthDayValue, monthValue } from './03-resolve.js';
import { maySignal } from './02-refine-signals.js';
import { atSentenceStart, isCap, wordAfter, wordBefore } from './text-util.js';
import { readWordSet } from '../../core/word-lists.js';

/** "since" right before a month ("since October", "ever since March"). */
const SINCE_BEFORE = /\bsince\s+$/i;

const RANGE_SEP = '[ \\t]*(?:-|–|—|to|through|until|and)[ \\t]*';
// "April 24 and 25" lists two days: TimeML marks "April 24" alone (TBAQ, te3-silver); "and" joins a range only
// after "between", which the MDY rule does not see, so it is no range separator there.
const RANGE_SEP_MD = '[ \\t]*(?:-|–|—|to|through|until)[ \\t]*';
const WD_PREFIX = `(?:(${WEEKDAY}|(?:Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)\\.?),?[ \\t]+)?`;

// "Sept. 10", "Monday, September 11, 2023", "Sept 10-13", "September 10th" — also "Sept. 10 to Sept. 13" is two matches.
const MDY = new RegExp(`\\b${WD_PREFIX}(${MONTH})\\s+(${DAYNUM})(?:${RANGE_SEP_MD}(${DAYNUM})(?!\\s*(?:${MONTH})))?(?:,?[ \\t]+(${YEAR4}))?(?![\\w]|:\\d)`, 'g');
// "10 September 2023", "Monday 11 September", "10-13 September", "the 10th of September".
const DMY = new RegExp(`\\b${WD_PREFIX}(?:the\\s+)?(${DAYNUM})(?:${RANGE_SEP}(${DAYNUM}))?\\s+(?:of\\s+)?(${MONTH})(?:,?[ \\t]+(${YEAR4}))?(?![\\w])`, 'g');
// "June 2022", "September of 2019", "Sept. 2022".
const MY = new RegExp(`\\b(${MONTH}),?\\s+(?:of\\s+)?(${YEAR4})\\b`, 'g');
const MY_REL = new RegExp(`\\b(${MONTH})[ \\t]+(?:of[ \\t]+)?(next|last|this)[ \\t]+year\\b`, 'g');
// "June 23 last year", "10 March next year": the relative year joins the span, as with "July last year".
const MDY_REL = new RegExp(`\\b(?:(${MONTH})[ \\t]+(${DAYNUM})|(${DAYNUM})[ \\t]+(?:of[ \\t]+)?(${MONTH})),?[ \\t]+(?:of[ \\t]+)?(next|last|this)[ \\t]+year\\b`, 'g');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?(?![\d-])/g;
/**
 * "2024/03/05", "2024.03.05": year first with slashes or dots, as East Asian outlets and many CMS datelines write it
 * (year, month, day: no outlet writes year-day-month). Both separators the same; not "2023/24" (a season) nor
 * "2024.03" (a decimal) — three parts only, and a valid date; dotted only with two-digit month and day, and not
 * after "version"/"v" ("version 2024.1.5" is a release).
 */
const YMD_SEP = /(?<![\d/.-])(\d{4})([/.])(\d{1,2})\2(\d{1,2})(?![\d/]|\.\d)/g;
/**
 * A year-first date needs a date's place, else "The court file 2024/3/5" is a file number: a dateline (the line's or
 * sentence's start, or after a place and a comma opening the line: "BEIJING, 2024/3/5"), a preposition or dateline
 * word that takes a date right before ("on 2024/3/5", "Updated 2024.03.05") or a clock right after ("2024/3/5 10:32").
 */
const YMD_DATELINE_LEAD = /^[\s"“(]*[A-Z][A-Za-z .'’-]{0,40},[ \t]*$/;
const YMD_PREP_BEFORE = /\b(?:on|since|until|till|by|before|after|from|dated|published|updated|posted)[ \t]+$/i;
const YMD_CLOCK_AFTER = /^,?[ \t]+(?:at[ \t]+)?\d{1,2}[:.]\d\d(?!\d)/;
function ymdDateContext(text: string, start: number, end: number): boolean {
  if (atSentenceStart(text, start)) return true;
  // the line's start, looked for only as far back as it can matter (a line break searched for over a long line would
  // cost the whole line at every date on it)
  const from = Math.max(0, start - 61);
  const nl = text.slice(from, start).lastIndexOf('\n');
  const lineStart = nl >= 0 ? from + nl + 1 : from === 0 ? 0 : -1;
  const lead = text.slice(Math.max(lineStart, start - 60, 0), start);
  if (lineStart >= 0 && start - lineStart <= 60 && YMD_DATELINE_LEAD.test(lead)) return true;
  return YMD_PREP_BEFORE.test(lead) || YMD_CLOCK_AFTER.test(text.slice(end, end + 16));
}
// "9/10/2023", "10.09.2023", "9/10/23".
const NUMERIC = /(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d/]|\.\d)/g;
const BARE_MONTH = new RegExp(`\\b(${MONTH})(?![\\w-])`, 'g');
// "in 2019", "1998", "fiscal 2023", "FY2023", "'98" after a month is handled by MY.
const YEAR = new RegExp(`(?<![\\w$€£¥.,/:])(?<![A-Za-ce-z0-9]-)(?:(fiscal(?:\\s+year)?|FY)\\s*)?(${YEAR4}|\\d{3}(?=\\s+(?:AD|BC|BCE|CE)\\b))(?:\\s*[-–]\\s*(\\d{4}|\\d{2})(?![\\d%])|\/(\\d{2}|\\d{4})(?![\\d%/]))?(?![\\w%]|[.,]\\d|-[A-Za-z])`, 'g');
const FISCAL_REL = /\b(?:(?:the|its)\s+)?(current|this|last|next|previous|coming|latest|prior)\s+fiscal\s+year\b/gi;
const T_FISCAL = wordTrigger(/fiscal/gi, { prefixes: ['fiscal'] });
// "since '82", "in the summer of '98": an apostrophe year after a temporal word.
const APOS_YEAR = /(?<=\b(?:since|in|of|from|until|by|before|after|summer|winter|spring|autumn|fall|class)\s+)['’](\d\d)(?![\w'’])/gi;
const T_APOS = wordTrigger(/['’]\d\d/g, { prefixes: [], digits: (t, s, e) => e - s === 2 && (t.charCodeAt(s - 1) === 39 || t.charCodeAt(s - 1) === 8217) });
const FY_SHORT = /\b(?:FY|fiscal\s+)['’]?(\d{2})\b/g;

const AMBIG = new Set(AMBIGUOUS_MONTHS);
const HABITUAL = /\b(?:normally|usually|typically|generally|traditionally|tends?\s+to|is\s+often|are\s+often|each\s+year|every\s+year)\b/i;
const MONTH_BEFORE = new RegExp(`(?:${MONTH})[.,]?\\s+(?:and|or|to|through|until|till)\\s+$`);
const COUNTED = new Set(COUNTED_AFTER_NUMBER);
const NAME_BEFORE = new Set(NAME_BEFORE_NUMBER);
const COUNT_BEFORE = new Set(COUNT_BEFORE_NUMBER);
/** Words before a bare month or year that make it temporal. */
/** Words before a month name that make an ambiguous month word a month: data/lexicon/time-month-preps.txt. */
const TEMPORAL_PREP = readWordSet('time-month-preps.txt');
/** Words that may follow a month word after "beyond"/"toward(s)": data/lexicon/time-month-after-bound-next.txt. */
const MONTH_AFTER_BOUND_NEXT = readWordSet('time-month-after-bound-next.txt');

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Up to 40 characters before and 50 after [start, end), cut at sentence ends. */
function sentencePart(text: string, start: number, end: number): string {
  let s = Math.max(0, start - 40);
  let e = Math.min(text.length, end + 50);
  for (let i = start - 1; i >= s; i--) { const ch = text[i]; if (ch === '\n' || ((ch === '.' || ch === '!' || ch === '?') && /\s/.test(text[i + 1] ?? ' '))) { s = i + 1; break; } }
  for (let i = end; i < e; i++) { const ch = text[i]; if (ch === '\n' || ((ch === '.' || ch === '!' || ch === '?') && /\s/.test(text[i + 1] ?? ' '))) { e = i; break; } }
  return text.slice(s, e);
}
const dnum = (s: string): number => parseInt(s, 10);

function dayValue(ctx: Ctx, c: Cand, month: number, day: number, year: string | undefined): string {
  return year ? `${year}-${pad2(month)}-${pad2(day)}` : monthDayValue(ctx, month, day, c.tense ?? ctx.tense(c.start, c.end));
}

/** A two-digit year: "'98" → 1998, "23" → 2023 (pivot: up to ten years ahead of now-ish 2030). */
function expandYY(yy: string): string { const n = +yy; return String(n <= 40 ? 2000 + n : 1900 + n); }

const NINE_ELEVEN_AFTER = /^,?\s+(?:\d{4}\s*,?\s+)?(?:terrorist\s+|terror\s+)?(?:attacks?|hijackers?|hijackings|commission)\b/i;

/**
 * Where the full-date rules (month-day, month-year, ISO, numeric) matched: for each offset, the furthest end
 * of such a match covering it. A bare month or year strictly inside one ("May" in "May 12") can only lose
 * the overlap resolution to it unless a signal word before it moves its start ("the end of June this year"),
 * so without one it is not built at all (less work and garbage on date-dense text).
 */
class Cover {
  private ends: Int32Array | undefined;
  constructor(private readonly n: number) {}
  add(start: number, end: number): void {
    const e = (this.ends ??= new Int32Array(this.n + 1));
    for (let i = start; i < end; i++) if (e[i]! < end) e[i] = end;
  }
  /** True when a marked match covers `start` and ends after `end`. */
  inside(text: string, start: number, end: number): boolean {
    return this.ends !== undefined && this.ends[start]! > end && !maySignal(text, start);
  }
}

/** "Sept. 10", "10-13 September", "last Oct. 23": the day's parts kept as data, read by one shared method. */
class MonthDayCand implements Cand {
  constructor(public start: number, public end: number, public rule: string, public priority: number,
    readonly month: number, readonly day: number, readonly year: string | undefined, readonly day2: number | undefined,
    /** "last Oct. 23": the latest such day before publication. */
    readonly last: boolean) {}

  resolve(ctx: Ctx, c: Cand): Resolved {
    let v = dayValue(ctx, c, this.month, this.day, this.year);
    if (this.last && ctx.anchor && v >= fmtDate(ctx.anchor) && /^\d{4}/.test(v)) v = pad4(+v.slice(0, 4) - 1) + v.slice(4);
    // "since Oct. 7" looks back: a yearless day after publication is last year's
    else if (this.year === undefined && ctx.anchor && /^\d{4}/.test(v) && v > fmtDate(ctx.anchor) && SINCE_BEFORE.test(ctx.text.slice(Math.max(0, c.start - 8), c.start))) v = pad4(+v.slice(0, 4) - 1) + v.slice(4);
    if (this.day2 !== undefined) {
      const to = v.slice(0, 8) + pad2(this.day2);
      return { type: 'DATE', value: v, range: { from: v, to } };
    }
    return { type: 'DATE', value: v };
  }
}

/** "9/10/2023", "10.09.2023": which readings are valid is kept as flags; the order is chosen at resolution. */
class NumericCand implements Cand {
  constructor(public start: number, public end: number, public rule: string, public priority: number,
    readonly y: number, readonly a: number, readonly b: number, readonly usOk: boolean, readonly euOk: boolean, readonly dotted: boolean) {}

  resolve(ctx: Ctx): Resolved {
    const { y, a, b } = this;
    const us: Ymd | undefined = this.usOk ? { y, m: a, d: b } : undefined;
    const eu: Ymd | undefined = this.euOk ? { y, m: b, d: a } : undefined;
    let p: Ymd;
    if (!us) p = eu!;
    else if (!eu || a === b) p = us;
    else if (this.dotted) p = eu; // dotted dates are day-first in practice
    else if (ctx.dayFirst !== undefined) p = ctx.dayFirst ? eu : us;
    else if (ctx.anchor) {
      // The reading nearer the publication date, preferring one not in the future.
      const score = (q: Ymd): number => { const dd = diffDays(q, ctx.anchor!); return dd > 0 ? dd * 3 : -dd; };
      p = score(eu) < score(us) ? eu : us;
    } else p = us;
    return { type: 'DATE', value: `${pad4(p.y)}-${pad2(p.m)}-${pad2(p.d)}` };
  }
}

/** A word opening another clause between a year and a month: the month is no longer in the year's clause. */
const CLAUSE_BETWEEN = /\b(?:that|which|who|whom|where|when|while|since|but|although|though|whereas)\b/i;
/** "in 2019", "this year", "later this year": a year told as the clause's time, not a noun's ("the 1960 Olympics"). */
const YEAR_ADVERBIAL = /(?:\bin[ \t]+\d{4}|\bthis[ \t]+year)$/i;
/** Auxiliaries and modals that open a verb group: data/lexicon/time-clause-auxiliaries.txt. */
const CLAUSE_AUX = readWordSet('time-clause-auxiliaries.txt');
const PAST_IRREGULAR: ReadonlySet<string> = new Set(IRREGULAR_PAST_CUES.map((w) => w.toLowerCase()));
/** A finite verb as a word: an auxiliary, an '-ed' past or an irregular past ("was", "opened", "won"). */
const finiteVerb = (w: string): boolean => CLAUSE_AUX.has(w) || PAST_IRREGULAR.has(w) || /^[a-z]{3,}ed$/.test(w);
/**
 * "and" followed by a new finite verb ("elected in 2019 and was re-elected in November", "founded in 2019 and opened
 * its first store in November"): a second predicate, told with its own time, that the year need not date. An adverb
 * or two may come first ("and later won"). Which of the two examples above the year really dates cannot be told
 * from their shape, so neither takes it (the conservative reading).
 */
function andNewVerb(between: string): boolean {
  for (const m of between.matchAll(/\band[ \t]+((?:[a-z]+ly[ \t]+|then[ \t]+|later[ \t]+|again[ \t]+){0,2})([a-z]+)\b/gi)) {
    if (finiteVerb(m[2]!.toLowerCase())) return true;
  }
  return false;
}
/**
 * The year sits in a side clause closed by a comma before the month ("The law, passed in 2019, was struck down in
 * March"; "The mayor, who took office in 2019, resigned in May"): an opening comma in the sentence before the year,
 * a closing one between it and the month, and between the opening comma and the year no verb group of the main
 * clause (an auxiliary not after a relative word: "Analysts, however, say a meeting is possible later this year,
 * perhaps in November" keeps the year).
 */
function sideClauseYear(text: string, at: number, between: string): boolean {
  if (!between.includes(',')) return false;
  const back = text.slice(Math.max(0, at - 150), at);
  const sb = Math.max(back.lastIndexOf('\n'), ...[...back.matchAll(/[.!?]\s/g)].map((m) => m.index!));
  const sentence = back.slice(sb + 1);
  const open = sentence.lastIndexOf(',');
  if (open < 0) return false;
  const side = sentence.slice(open + 1).trim();
  const words = side.toLowerCase().match(/[a-z]+/g) ?? [];
  if (/^(?:which|who|whom|whose|that)$/.test(words[0] ?? '')) return true;
  return !words.some((w) => CLAUSE_AUX.has(w));
}

/**
 * The year of the last time resolved before `pos`, when it was a bare year told as an adverbial ("in 2019", "this
 * year") in the same sentence, at most 150 characters back, with no other time between (a day or month between would
 * have become the last reference). Undefined otherwise.
 */
function sentenceYear(ctx: Ctx, pos: number): string | undefined {
  const ref = ctx.lastRef; const at = ctx.lastRefAt;
  if (ref === undefined || at === undefined || !/^\d{4}$/.test(ref) || at > pos || pos - at > 150) return undefined;
  if (!YEAR_ADVERBIAL.test(ctx.text.slice(Math.max(0, at - 24), at))) return undefined;
  const between = ctx.text.slice(at, pos);
  // (a new clause between, "since its launch in 2003 and that as of February", or a plan, "elections in 1992 … to be
  // held in May", is no longer the year's clause)
  if (/[.!?](?:\s|$)|\n/.test(between) || CLAUSE_BETWEEN.test(between) || /\bto[ \t]+be[ \t]+[a-z]+ed\b/i.test(between)) return undefined;
  if (/\bsince\b[^.,;]{0,40}$/i.test(ctx.text.slice(Math.max(0, at - 50), at))) return undefined;
  if (andNewVerb(between) || sideClauseYear(ctx.text, at, between)) return undefined;
  return ref;
}

export const findDates: Finder = (text, out) => {
  const cover = new Cover(text.length);
  const monthDay = (m: RegExpExecArray, mo: string, d1: string, d2: string | undefined, y: string | undefined, wdWord: string | undefined, rule: string): void => {
    const month = monthNumber(mo);
    const day = dnum(d1);
    if (!month) return;
    if (!isValidDate(y ? +y : 2024, month, day)) return;
    const start = m.index;
    const end = start + m[0].length;
    // "May 20 people": a count after an ambiguous month.
    if (!y && AMBIG.has(mo.replace(/\.$/, ''))) {
      const after = wordAfter(text, end).toLowerCase();
      if (COUNTED.has(after) || /^(?:percent|per)$/.test(after)) return;
      const before = wordBefore(text, start);
      if (mo === 'May' && /^(?:[Tt]heresa|[Bb]rian|[Mm]rs?|Ms)$/.test(before)) return;
    }
    let day2: number | undefined = d2 ? dnum(d2) : undefined;
    if (day2 !== undefined && (day2 <= day || !isValidDate(y ? +y : 2024, month, day2))) day2 = undefined;
    // A weekday written with the date ("Monday, Sept. 11") only joins the span; the date decides the value.
    void wdWord;
    // "last Oct. 23": the latest such day before publication, however close.
    const last = !y && /^last$/i.test(wordBefore(text, start));
    // "the Sept. 11 attacks", "the September 11th hijackers": the 2001 attacks, whatever the publication date.
    if (!y && month === 9 && day === 11 && day2 === undefined && NINE_ELEVEN_AFTER.test(text.slice(end, end + 30))) {
      out.push(new FixedCand(start, end, 'date.nine-eleven', 5, 'DATE', '2001-09-11'));
      cover.add(start, end);
      return;
    }
    out.push(new MonthDayCand(start, end, rule, 5, month, day, y, day2, last));
    cover.add(start, end);
  };

  scanNear(T_MONTH, MDY, text, 30, 30, (m) => monthDay(m, m[2]!, m[3]!, m[4], m[5], m[1], 'date.month-day'));
  scanNear(T_MONTH, DMY, text, 30, 30, (m) => {
    // "the 10th of September" with "the": fine; "2 May" after a number-ish word ("Article 2 May"): rare.
    monthDay(m, m[4]!, m[2]!, m[3], m[5], m[1], 'date.day-month');
  });

  scanNear(T_MONTH, MY, text, 5, 20, (m) => {
    const month = monthNumber(m[1]!);
    if (!month) return;
    const y = m[2]!;
    out.push(new FixedCand(m.index, m.index + m[0].length, 'date.month-year', 4, 'DATE', `${y}-${pad2(month)}`));
    cover.add(m.index, m.index + m[0].length);
  });

  // "October of next year", "March last year".
  scanNear(T_MONTH, MY_REL, text, 2, 30, (m) => {
    const month = monthNumber(m[1]!);
    if (!month) return;
    const off = m[2] === 'next' ? 1 : m[2] === 'last' ? -1 : 0;
    out.push({ start: m.index, end: m.index + m[0].length, rule: 'date.month-relative-year', priority: 5,
      resolve: (ctx) => ({ type: 'DATE', value: ctx.anchor ? `${pad4(ctx.anchor.y + off)}-${pad2(month)}` : `XXXX-${pad2(month)}` }) });
    cover.add(m.index, m.index + m[0].length);
  });

  scanNear(T_MONTH, MDY_REL, text, 8, 30, (m) => {
    const month = monthNumber(m[1] ?? m[4]!);
    const day = parseInt(m[2] ?? m[3]!, 10);
    if (!month || !isValidDate(2000, month, day)) return;
    const off = m[5] === 'next' ? 1 : m[5] === 'last' ? -1 : 0;
    out.push({ start: m.index, end: m.index + m[0].length, rule: 'date.month-day-relative-year', priority: 6,
      resolve: (ctx) => ({ type: 'DATE', value: `${ctx.anchor ? pad4(ctx.anchor.y + off) : 'XXXX'}-${pad2(month)}-${pad2(day)}` }) });
    cover.add(m.index, m.index + m[0].length);
  });

  scanNear(T_DIGIT, ISO, text, 2, 30, (m) => {
    const y = +m[1]!; const mo = +m[2]!; const d = +m[3]!;
    if (!isValidDate(y, mo, d)) return;
    // The value is built here: the candidate keeps one string, not the match array and its groups.
    const zone = m[6] === 'Z' || m[6] === '+00:00' || m[6] === '+0000' ? 'Z' : '';
    const value = m[4] !== undefined ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}${zone}` : `${m[1]}-${m[2]}-${m[3]}`;
    const type = m[4] !== undefined ? 'TIME' : 'DATE';
    out.push(new FixedCand(m.index, m.index + m[0].length, 'date.iso', 6, type, value));
    cover.add(m.index, m.index + m[0].length);
  });

  scanNear(T_DIGIT, YMD_SEP, text, 2, 30, (m) => {
    const y = +m[1]!; const mo = +m[3]!; const d = +m[4]!;
    if (y < 1000 || !isValidDate(y, mo, d)) return;
    // "version 2024.1.5", "v2024.03.01": a release number; a dotted date writes two-digit month and day
    if ((m[2] === '.' && (m[3]!.length < 2 || m[4]!.length < 2)) || /(?:\bv|\bversion\s+|\brelease\s+)$/i.test(text.slice(Math.max(0, m.index - 9), m.index))) return;
    if (!ymdDateContext(text, m.index, m.index + m[0].length)) return;
    out.push(new FixedCand(m.index, m.index + m[0].length, 'date.iso', 6, 'DATE', `${m[1]}-${pad2(mo)}-${pad2(d)}`));
    cover.add(m.index, m.index + m[0].length);
  });

  scanNear(T_DIGIT, NUMERIC, text, 8, 12, (m) => {
    const a = +m[1]!; const b = +m[3]!; const yRaw = m[4]!;
    const y = yRaw.length === 2 ? +expandYY(yRaw) : +yRaw;
    if (yRaw.length === 2 && m[2] === '.') return; // "1.5.23" is more likely a version or score
    const usOk = isValidDate(y, a, b);
    const euOk = isValidDate(y, b, a);
    if (!usOk && !euOk) return;
    // the candidate keeps flags, not the match array
    out.push(new NumericCand(m.index, m.index + m[0].length, 'date.numeric', 5, y, a, b, usOk, euOk, m[2] === '.'));
    cover.add(m.index, m.index + m[0].length);
  });

  scanNear(T_MONTH, BARE_MONTH, text, 5, 12, (m) => {
    if (cover.inside(text, m.index, m.index + m[0].length)) return;
    const word = m[1]!;
    const month = monthNumber(word);
    if (!month) return;
    const start = m.index;
    const end = start + m[0].length;
    const before = wordBefore(text, start);
    // "until at least June", "for at least March": "at least" bounds a month as a preposition would (not in the
    // shared list: "at least 2,000" before a number is a count)
    const bl = before.toLowerCase() === 'least' && /\bat\s+least\s+$/i.test(text.slice(Math.max(0, start - 10), start)) ? 'at' : before.toLowerCase();
    const after = wordAfter(text, end);
    const abbrev = word.length <= 4 && word !== 'May' && word !== 'June' && word !== 'July';
    if (abbrev && !/\.$/.test(word) && word !== 'Sept') {
      // "Mar", "Jan", "Dec" alone are rarely months in prose; need a preposition.
      if (!TEMPORAL_PREP.has(bl)) return;
    }
    if (word === word.toUpperCase() && word.length > 3 && !TEMPORAL_PREP.has(bl)) return;
    const ambiguous = AMBIG.has(word.replace(/\.$/, ''));
    const al = after.toLowerCase();
    // "the March accession", "a June agreement": a month modifying a noun.
    const modifier = (bl === 'the' || bl === 'a' || bl === 'its' || bl === 'during') && /^[a-z]{3,}$/.test(after)
      && !/^(?:on|to|for|of|in|into|through|against|from|with|by|and|or|is|was|will|would|may|might|can|could|has|had|be|madness|hare)$/.test(al);
    // "between April and June": after another month.
    const afterMonth = /^(?:and|or|to|through|until|till)$/.test(bl) && MONTH_BEFORE.test(text.slice(Math.max(0, start - 24), start));
    if (ambiguous && !TEMPORAL_PREP.has(bl) && !afterMonth) return;
    if (ambiguous && !modifier && !afterMonth && (bl === 'the' || bl === 'and' || bl === 'or' || bl === 'to' || bl === 'as' || bl === 'a')) {
      // "the March" / "to March on" / "and May be": need stronger evidence.
      if (!/^(?:and|or|to|through|until)$/.test(bl) || !/^(?:[,.;)]|$)/.test(text.slice(end, end + 1))) return;
    }
    // "toward May grew", "beyond May and her cabinet", "beyond May's cabinet": after these bounds a month word ends
    // its clause or goes on with a figure or a word of data/lexicon/time-month-after-bound-next.txt ("beyond March.",
    // "beyond May 2025", "towards June, officials said"); otherwise it is a name.
    if (ambiguous && (bl === 'beyond' || bl === 'toward' || bl === 'towards')) {
      const rest = text.slice(end, end + 40);
      if (!/^(?:\s*(?:[.,;:!?)\]—–-]|\d|$))/.test(rest)) {
        if (!/^\s+[a-z]/.test(rest) || !MONTH_AFTER_BOUND_NEXT.has(al)) return;
        if ((al === 'and' || al === 'or') && /^\s+(?:and|or)\s+(?:her|his|their|its|our|my|your|him|them)\b/i.test(rest)) return;
      }
    }
    // A given name ("April Ryan", "June Carter") or surname ("Theresa May").
    if (isCap(after) && !monthNumber(after) && !/^(?:I|The|In|On|At)$/.test(after) && !/[.,;:]/.test(text.slice(end, end + 1))) return;
    if (isCap(before) && !TEMPORAL_PREP.has(bl) && !atSentenceStart(text, start) && !/[,;(]\s*$/.test(text.slice(start - 3, start))) return;
    // "last February", "this September", "next March": the determiner fixes the year and joins the span.
    // ("last Oct. 23" is a day: the month-day rule takes it, with "last" as a past signal.)
    if ((bl === 'last' || bl === 'this' || bl === 'next') && !/^\s*\d{1,2}(?!\d)/.test(text.slice(end, end + 4))) {
      const det = bl;
      const s2 = text.lastIndexOf(before, start);
      out.push({ start: s2, end, rule: 'date.month-relative', priority: 4,
        resolve: (ctx) => ({ type: 'DATE', value: det === 'this' ? (ctx.anchor ? `${pad4(ctx.anchor.y)}-${pad2(month)}` : `XXXX-${pad2(month)}`) : monthValue(ctx, month, undefined, det as 'last' | 'next') }) });
      return;
    }
    // "September is normally dry": a habitual statement about any September, left unanchored (XXXX-09).
    // (the sentence part around the month only)
    const around = sentencePart(text, start, end);
    if (HABITUAL.test(around) && !/\b(?:last|this|next|since|until|by|ago|was|were|will)\b/i.test(around)) {
      out.push(new FixedCand(start, end, 'date.month-generic', 3, 'DATE', `XXXX-${pad2(month)}`));
      return;
    }
    out.push({ start, end, rule: 'date.month', priority: 3,
      resolve: (ctx, c) => {
        // "since October" looks back: the latest October not after publication, even the month ahead that a
        // reported plan in a past clause keeps this year ("said the plant opens in October").
        if (ctx.anchor && SINCE_BEFORE.test(ctx.text.slice(Math.max(0, c.start - 8), c.start))) {
          const y = month <= ctx.anchor.m ? ctx.anchor.y : ctx.anchor.y - 1;
          return { type: 'DATE', value: `${pad4(y)}-${pad2(month)}` };
        }
        const tense = c.tense ?? ctx.tense(c.start, c.end);
        // "was founded in 2019 and opened its first store in November", "later this year, possibly in November":
        // the year told just before in the sentence is the month's, unless the clause looks ahead
        const y = tense === 'FUTURE' ? undefined : sentenceYear(ctx, c.start);
        if (y !== undefined) return { type: 'DATE', value: `${y}-${pad2(month)}` };
        return { type: 'DATE', value: monthValue(ctx, month, tense) };
      } });
  });

  scanNear(T_DIGIT, YEAR, text, 20, 12, (m) => {
    if (cover.inside(text, m.index, m.index + m[0].length)) return;
    const fiscal = m[1];
    const y = m[2]!;
    const start = m.index;
    const end = start + m[0].length;
    const n = +y;
    const before = wordBefore(text, start);
    const bl = before.toLowerCase();
    const after = wordAfter(text, end);
    const al = after.toLowerCase();
    if (!fiscal) {
      if (NAME_BEFORE.has(before) || (COUNT_BEFORE.has(bl) && !TEMPORAL_PREP.has(bl))) return;
      if (/^[$€£¥#№]$/.test(before) || /[$€£¥#№]\s*$/.test(text.slice(Math.max(0, start - 2), start))) return;
      // "2019 votes", "1,180 km": a count followed by what it counts.
      if (COUNTED.has(al) && !/^(?:the|in|of|since|by|from|'s)$/.test(bl)) return;
      if (/^(?:[a-z]+s)$/.test(after) && !/^(?:was|is|has|as|its|this|his|us|makes|marks|sees|saw|ends|begins|starts|comes|shows|levels|elections|budgets|games|olympics|talks|riots|floods|protests|finals|polls|results|figures|levels|forecasts|accounts|estimates|earnings|sales|profits|rates|prices|numbers|plans|targets|goals|models|events|attacks|storms|is|was)$/.test(al)
        && !/^(?:the|in|since|by|from|its|their|his|her|our|a|an|this|that|until|before|after|during|for)$/.test(bl)) return;
      // "a 2000 year old tradition", "2000 years": a count of units.
      if (/^(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|century)$/i.test(after)) return;
      if (/^(?:hours|hrs|GMT|UTC|local)$/i.test(after)) return; // military clock time "1930 GMT"
      // "the Russell 2000 Index", "Vision 2030 Plan": a name between capitalised words.
      if (isCap(before) && isCap(after) && !TEMPORAL_PREP.has(bl) && !monthNumber(before) && !atSentenceStart(text, start)) return;
      if (n < 1800 && !/^(?:in|since|by|until|from|of|year|circa|c|around|before|after)$/.test(bl) && !/^(?:AD|BC|BCE|CE)$/.test(after)) return;
      // Early years are rare in news and easily counts: "a survey of 1709 schoolchildren".
      if (n < 1800 && /^[a-z]+$/.test(after) && !/^(?:and|or|to|when|was|were|is|in|on|at|by|for|with|until|after|before|during|the)$/.test(after)) return;
      // A model or name: "Boeing 747" is not four digits, but "Airbus 2020" / "Vision 2030" are names.
      // "in 2019-20" handled by the range group; "2019-nCoV" excluded by the lookahead.
    }
    // "the 2023/24 season", "2019/2020": a slashed pair is a year range only when the second year is the next one
    // ("2023/12/05" is a numeric date, left to its own reader).
    if (m[4] !== undefined && +(m[4].length === 2 ? y.slice(0, 2) + m[4] : m[4]) !== n + 1) return;
    let y2: string | undefined = m[3] ?? m[4];
    if (y2 && y2.length === 2) {
      const full = y.slice(0, 2) + y2;
      y2 = +full > n ? full : undefined;
    } else if (y2 && +y2 <= n) y2 = undefined;
    // TempEval-3 annotators value "fiscal 1989" as the year itself.
    out.push(new FixedCand(start, end, fiscal ? 'date.fiscal-year' : y2 ? 'date.year-range' : 'date.year', 2, 'DATE', y, undefined, y2 ? y : undefined, y2));
  });

  scanNear(T_APOS, APOS_YEAR, text, 12, 2, (m) => {
    const y = expandYY(m[1]!);
    out.push(new FixedCand(m.index, m.index + m[0].length, 'date.apostrophe-year', 2, 'DATE', y));
  });

  scanNear(T_FISCAL, FISCAL_REL, text, 30, 12, (m) => {
    const w = m[1]!.toLowerCase();
    const off = /^(?:last|previous|prior)$/.test(w) ? -1 : /^(?:next|coming)$/.test(w) ? 1 : 0;
    out.push({ start: m.index, end: m.index + m[0].length, rule: 'date.fiscal-year-relative', priority: 5,
      resolve: (ctx) => ({ type: 'DATE', value: ctx.anchor ? pad4(ctx.anchor.y + off) : 'XXXX' }) });
  });

  scanNear(T_DIGIT, FY_SHORT, text, 12, 4, (m) => {
    const y = expandYY(m[1]!);
    out.push(new FixedCand(m.index, m.index + m[0].length, 'date.fiscal-year', 2, 'DATE', y));
  });
};
