// Calendar periods: decades ("the 1970s" → 197), centuries ("the 20th century" → 19), seasons
// ("last summer", "in summer" → XXXX-SU), quarters ("the third quarter", "Q3 2023"), halves, fixed holidays.
import { type Cand, type Ctx, type Finder, FixedCand, scanNear } from './cand.js';
import { wordTrigger } from './word-triggers.js';
import { addDays, daysInMonth, fmtDate, isoWeekday, pad4, type Ymd } from './date-math.js';
import { FIXED_HOLIDAYS, ORDINAL_WORDS, SEASONS } from './lexicon.js';
import { ORDINAL, YEAR4, ci } from './patterns.js';
import { wordBefore } from './text-util.js';
import { alternation } from '../../core/regex.js';

const T_DECADE = wordTrigger(/\d0['’]?s\b|ties\b/gi, {
  prefixes: ['twe', 'thi', 'for', 'fif', 'six', 'sev', 'eig', 'nin'], test: (_w, l) => l.endsWith('ties'),
  // "1990s", "'80s", "90’s": a run ending in 0 before an s or an apostrophe.
  digits: (t, s, e) => t.charCodeAt(e - 1) === 48 && (t.charCodeAt(e) === 115 || t.charCodeAt(e) === 39 || t.charCodeAt(e) === 8217),
});
const T_CENTURY = wordTrigger(/\bcentur/gi, { prefixes: ['centur'] });
const T_SEASON = wordTrigger(/\b(?:spring|summer|autumn|fall|winter)\b/gi, { prefixes: ['spring', 'summer', 'autumn', 'fall', 'winter'] });
const T_QUARTER = wordTrigger(/quarter|Q[1-4]|[1-4]Q/gi, {
  prefixes: ['quarter', 'q'], test: (_w, l) => l === 'q' || l.startsWith('quarter'), digits: (t, s, e) => e - s === 1 && t.charCodeAt(s) >= 49 && t.charCodeAt(s) <= 52 && (t.charCodeAt(e) | 32) === 113,
});
const T_HALF = wordTrigger(/\bhalf\b/gi, { prefixes: ['half'] });
const T_H = wordTrigger(/\bH[12]\b/g, { prefixes: ['h'], test: (w) => w === 'H' });
const H_YEAR = new RegExp(`\\bH([12])\\s+(${YEAR4})\\b`, 'g');
const T_HOLIDAY = wordTrigger(/\b(?:Day|Eve|Christmas|Halloween)\b/g, { prefixes: ['day', 'eve', 'christmas', 'halloween'], test: (w) => /^(?:Day|Eve|Christmas|Halloween)$/.test(w) });
const DECADE_WORDS: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };

const DECADE = /(?<=\b(?:[Tt]he|and|or|of|to|early|late|mid)[ \t-]+)([2-9]0)s\b(?!['’])|\b(?:([Tt]he)\s+)?((?:1[0-9]|20)\d)0['’]?s\b|(?<![\w'’])([Tt]he\s+)?['’](\d)0s\b|\b([Tt]he)\s+(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/g;
/** Before a bare two-digit "20s": a temperature or an age, not a decade. */
const NOT_DECADE_CONTEXT = /(?:\b(?:temperatures?|degrees|celsius|fahrenheit|highs?|lows?|thermometers?|mercury|aged?|ages|in\s+(?:their|his|her|my|our|your))\b|°)/gi;
/**
 * The temperature or age word governs the "20s" at `at`: in its sentence (no [.;!?] between), ending within 50
 * characters of it, with no other number between ("He was aged 30 when, in the 80s, he moved": the age is 30;
 * "Lows in the 20s. Music of the 60s" : the 60s are past the full stop).
 */
function decadeIsMeasure(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 70), at);
  const cut = Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf('!'), before.lastIndexOf('?'));
  const clause = cut >= 0 ? before.slice(cut + 1) : before;
  let last: RegExpExecArray | undefined;
  NOT_DECADE_CONTEXT.lastIndex = 0;
  for (let m; (m = NOT_DECADE_CONTEXT.exec(clause));) last = m;
  if (!last) return false;
  const between = clause.slice(last.index + last[0].length);
  return between.length <= 50 && !/\d/.test(between.replace(/\b\d+['’]?s\b/g, ''));
}
const CENTURY = new RegExp(`\\b(?:[Tt]he\\s+)?(${ORDINAL})[\\s-]+[Cc]entury\\b`, 'g');
const SEASON_CI = `(?:${Object.keys(SEASONS).map(ci).join('|')})`;
const SEASON_RE = new RegExp(`\\b(?:([Tt]his|[Ll]ast|[Nn]ext|[Pp]ast|[Tt]he|[Ee]arly|[Ll]ate)\\s+)?(${SEASON_CI})(?:\\s+(?:of\\s+)?(${YEAR4})(?:[-–/](\\d{4}|\\d{2})(?![\\d%/]))?)?(?![\\w-])`, 'g');
const QUARTER = new RegExp(`\\b(?:([Tt]he)\\s+)?(?:[Ff]iscal\\s+)?(?:(${ORDINAL}|final)[\\s-]+[Qq]uarter|([Qq])([1-4]))(?![\\w-])(?:\\s+(?:of\\s+)?(?:(?:fiscal|the)\\s+)?(?:year\\s+)?(${YEAR4}|(?:this|next|last)\\s+year))?|\\b([1-4])Q\\s*(${YEAR4})?\\b`, 'gi');
const HALF = new RegExp(`\\b(?:[Tt]he\\s+)?(first|second|1st|2nd|last|latter)[\\s-]+half\\s+of\\s+(?:(${YEAR4})|(this|next|last)\\s+year|the\\s+year)\\b`, 'g');
const BARE_HALF = /\b[Tt]he\s+(first|second|1st|2nd)[\s-]+half\b(?!\s+of\b|[-\w])/g;
const RESULTS_CUE = /\b(?:profits?|earnings|revenues?|sales|turnover|growth|economy|GDP|output|margins?|results|losses|net income|dividends?|inflation|fiscal|financial year|shipments|deliveries|orders|forecasts?|guidance|outlook)\b/i;
const SPORT_CUE = /\b(?:scored|scores|goals?|match|game|minutes?|half-time|halftime|penalty|points|innings|striker|coach|league|kick|whistle|played|playing|play|lead|led|won|beat)\b/i;
// "this year's third quarter", "last year's quarter", "next year's first half": the year's possessive joins the span.
const YEARS_PERIOD = new RegExp(`\\b([Tt]his|[Ll]ast|[Nn]ext)\\s+year['’]s\\s+(?:(${ORDINAL}|final)[\\s-]+)?(quarter|period|half)\\b`, 'g');
// "the 1988 second quarter", "the 1988 quarter", "the 1989 period": a year-qualified results period.
const YEAR_PERIOD = new RegExp(`\\b([Tt]he|[Ii]ts|[Tt]heir)\\s+(?:fiscal\\s+)?(${YEAR4})\\s+(?:(${ORDINAL}|final|fiscal)[\\s-]+)?(quarter|period)\\b`, 'g');
const T_PERIOD_WORD = wordTrigger(/\b(?:quarter|period|half)\b/gi, { prefixes: ['quarter', 'period', 'half'], test: (_w, l) => l === 'quarter' || l === 'period' || l === 'half' });
const HOLIDAY = new RegExp(`\\b(${alternation(FIXED_HOLIDAYS.map(([w]) => w))})(?:\\s+(${YEAR4}))?\\b`, 'g');

function seasonYear(ctx: Ctx, code: string, det: string | undefined, tense: ReturnType<Ctx['tense']>): string {
  const a = ctx.anchor;
  const d = det?.toLowerCase();
  if (!a) return `XXXX-${code}`;
  // The season's (approximate) start month; winter belongs to the year it starts in.
  const startMonth = { SP: 3, SU: 6, FA: 9, WI: 12 }[code] ?? 6;
  if (d === 'this') return `${pad4(a.y)}-${code}`;
  if (d === 'last' || d === 'past') return `${pad4(a.m > startMonth + 2 ? a.y : a.y - 1)}-${code}`;
  if (d === 'next') return `${pad4(a.m < startMonth ? a.y : a.y + 1)}-${code}`;
  if (tense === 'PAST' && d === 'the') return `${pad4(a.m >= startMonth ? a.y : a.y - 1)}-${code}`;
  if (tense === 'FUTURE' && d === 'the') return `${pad4(a.m <= startMonth + 2 ? a.y : a.y + 1)}-${code}`;
  // "closed for the summer", "over the winter" with no tense to go by: the season nearest the anchor (its
  // middle month closest to the anchor's month; a tie goes to the coming one)
  if (d === 'the') {
    const at = a.y * 12 + a.m;
    let best = a.y; let bestD = Infinity;
    for (const y of [a.y - 1, a.y, a.y + 1]) {
      const dist = Math.abs(y * 12 + startMonth + 1 - at);
      if (dist <= bestD) { best = y; bestD = dist; }
    }
    return `${pad4(best)}-${code}`;
  }
  // "in summer", "summer is": generic, left unanchored as TimeML does.
  return `XXXX-${code}`;
}

function quarterValue(ctx: Ctx, q: number, yearTxt: string | undefined, tense: ReturnType<Ctx['tense']>): string {
  if (yearTxt && /^\d{4}$/.test(yearTxt)) return `${yearTxt}-Q${q}`;
  const a = ctx.anchor;
  if (!a) return `XXXX-Q${q}`;
  const w = yearTxt?.split(/\s+/)[0]?.toLowerCase();
  if (w === 'this') return `${pad4(a.y)}-Q${q}`;
  if (w === 'next') return `${pad4(a.y + 1)}-Q${q}`;
  if (w === 'last') return `${pad4(a.y - 1)}-Q${q}`;
  const cur = Math.floor((a.m - 1) / 3) + 1;
  // The quarter just closed is what results and forecasts talk about, whatever the tense.
  if (q === cur - 1) return `${pad4(a.y)}-Q${q}`;
  if (q === 4 && cur === 1) return `${pad4(a.y - 1)}-Q4`;
  // Results are reported after a quarter closes: the latest such quarter, unless the clause looks ahead.
  if (tense === 'FUTURE') return `${pad4(q >= cur ? a.y : a.y + 1)}-Q${q}`;
  if (tense === 'PAST') return `${pad4(q <= cur ? a.y : a.y - 1)}-Q${q}`;
  // No tense: the nearer occurrence, ties to the past.
  const fwd = (q - cur + 4) % 4; const back = (cur - q + 4) % 4;
  if (fwd < back) return `${pad4(q >= cur ? a.y : a.y + 1)}-Q${q}`;
  return `${pad4(q <= cur ? a.y : a.y - 1)}-Q${q}`;
}

// Moveable holidays: a rule per year. "Thanksgiving Day" (4th Thursday of November), "Easter", "Good Friday",
// "Memorial Day", "Labor Day" (US), "Mother's Day", "Father's Day", "Martin Luther King Day", "Presidents Day".
function nthWeekday(y: number, m: number, wd: number, n: number): Ymd {
  // wd: ISO weekday (Mon = 1); n > 0 counts from the start, n = -1 is the last.
  if (n > 0) {
    const first = isoWeekday({ y, m, d: 1 });
    return { y, m, d: 1 + ((wd - first + 7) % 7) + 7 * (n - 1) };
  }
  const lastD = daysInMonth(y, m);
  const last = isoWeekday({ y, m, d: lastD });
  return { y, m, d: lastD - ((last - wd + 7) % 7) };
}
function easter(y: number): Ymd {
  const a = y % 19; const b = Math.floor(y / 100); const c = y % 100; const d = Math.floor(b / 4); const e = b % 4;
  const f = Math.floor((b + 8) / 25); const g = Math.floor((b - f + 1) / 3); const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4); const k = c % 4; const l = (32 + 2 * e + 2 * i - h - k) % 7; const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31); const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}
const MOVEABLE: Record<string, (y: number) => Ymd> = {
  thanksgiving: (y) => nthWeekday(y, 11, 4, 4),
  easter: easter,
  'easter sunday': easter,
  'easter monday': (y) => addDays(easter(y), 1),
  'good friday': (y) => addDays(easter(y), -2),
  'memorial day': (y) => nthWeekday(y, 5, 1, -1),
  'labor day': (y) => nthWeekday(y, 9, 1, 1),
  "mother's day": (y) => nthWeekday(y, 5, 7, 2),
  "father's day": (y) => nthWeekday(y, 6, 7, 3),
  'martin luther king day': (y) => nthWeekday(y, 1, 1, 3),
  'presidents day': (y) => nthWeekday(y, 2, 1, 3),
};
const MOVEABLE_RE = /\b(?:([Ll]ast|[Tt]his|[Nn]ext)\s+)?(Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday|\s+Monday)?|Good\s+Friday|Memorial\s+Day|Labor\s+Day|Mother['’]s\s+Day|Father['’]s\s+Day|Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|Presidents['’]?\s+Day)(?:,?\s+(\d{4}))?(?![\w-])/g;
const T_MOVEABLE = wordTrigger(/\b(?:Thanksgiving|Easter|Good|Memorial|Labor|Mother|Father|King|Presidents)\b/g, {
  prefixes: ['thanksgiving', 'easter', 'good', 'memorial', 'labor', 'mother', 'father', 'king', 'presidents'],
  test: (w) => /^(?:Thanksgiving|Easter|Good|Memorial|Labor|Mother|Father|King|Presidents)$/.test(w),
});

export const findPeriods: Finder = (text, out) => {
  scanNear(T_DECADE, DECADE, text, 20, 4, (m) => {
    let v: string;
    // "drop back into the mid-20s", "highs in the 30s", "in their 40s": temperatures and ages, not decades
    if (m[1] && decadeIsMeasure(text, m.index)) return;
    if (m[1]) v = `19${m[1][0]}`;
    else if (m[3]) v = m[3];
    else if (m[5]) v = (+m[5] >= 3 ? '19' : '20') + m[5];
    else v = `19${DECADE_WORDS[m[7]!.toLowerCase()]}`;
    out.push(new FixedCand(m.index, m.index + m[0].length, 'period.decade', 4, 'DATE', v));
  });

  scanNear(T_CENTURY, CENTURY, text, 30, 4, (m) => {
    const o = m[1]!.toLowerCase();
    const n = ORDINAL_WORDS[o] ?? parseInt(o, 10);
    if (!n || n > 30 || o === 'last') return;
    out.push(new FixedCand(m.index, m.index + m[0].length, 'period.century', 4, 'DATE', String(n - 1).padStart(2, '0')));
  });

  scanNear(T_SEASON, SEASON_RE, text, 12, 20, (m) => {
    const det = m[1];
    const word = m[2]!.toLowerCase();
    const code = SEASONS[word];
    if (!code) return;
    const year = m[3];
    // "the winter of 2022-23", "the 2023/24 winter" aside: a season across two years is the first year's
    // ("2022-WI"), and only when the second year is the next one
    if (m[4] !== undefined && +(m[4].length === 2 ? year!.slice(0, 2) + m[4] : m[4]) !== +year! + 1) return;
    const start = m.index;
    // "fall" is a verb unless a determiner or year says otherwise; "spring" a noun/verb too.
    // (but "in spring", "until fall", "every spring" are seasons: a temporal preposition before, no "of"/"in" after)
    if ((word === 'fall' || word === 'spring') && !det && !year
      && !(/^(?:in|during|until|till|by|since|through|each|every)$/i.test(wordBefore(text, start))
        && !/^\s+(?:of|in|from|to)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6)))) return;
    if (!det && !year) {
      const b = wordBefore(text, start).toLowerCase();
      if (!/^(?:in|during|over|through|until|by|since|each|every|of|and|or|this|that)$/.test(b)) return;
    }
    // "The fall in prices", "led the fall in bank stocks": "the fall" is a season only after a temporal
    // preposition ("in the fall", "by the fall"); "the winter capital", "the summer time" are modifiers.
    if (word === 'fall' && det?.toLowerCase() === 'the' && !year && !/^(?:in|during|by|until|till|since|through|over|for|before|after|this|that|from|into)$/i.test(wordBefore(text, start))) return;
    if (det?.toLowerCase() === 'the' && !year && /^\s+(?:capital|time|thaw|session|recess|camp|crop|crops|wheat|solstice|equinox|olympics|Olympics|games|Games|palace|residence|collection|line)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return;
    // "the Spring Festival", "the Autumn Statement", "Summer Olympics": a capitalised season inside a name.
    if (!year && /^[A-Z]/.test(m[2]!) && /^\s+[A-Z][a-z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return;
    // "the fall of Kabul": a noun phrase, not a season.
    if (det?.toLowerCase() === 'the' && !year && /^\s+of\s+(?!\d)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) return;
    let dv: string | undefined = det;
    if (det && /^(?:early|late)$/i.test(det)) { dv = undefined; }
    const modWord = det && /^(?:early|late)$/i.test(det) ? det.toLowerCase() : undefined;
    out.push({ start, end: m.index + m[0].length, rule: 'period.season', priority: 3,
      resolve(ctx, c) {
        const v = year ? `${year}-${code}` : seasonYear(ctx, code, dv, c.tense ?? ctx.tense(c.start, c.end));
        const r: ReturnType<Cand['resolve']> = { type: 'DATE', value: v };
        if (modWord) r!.mod = modWord === 'early' ? 'START' : 'END';
        return r;
      } });
  });

  scanNear(T_QUARTER, QUARTER, text, 30, 40, (m) => {
    let q: number;
    let yearTxt: string | undefined;
    if (m[6]) { q = +m[6]; yearTxt = m[7]; } else if (m[4]) { q = +m[4]; yearTxt = m[5]; } else {
      const o = m[2]!.toLowerCase();
      q = o === 'final' || o === 'last' ? 4 : (ORDINAL_WORDS[o] ?? parseInt(o, 10));
      yearTxt = m[5];
      if (!(q >= 1 && q <= 4)) return;
      // "a quarter" / "first quarter of the match"? Require "the", a year, or the hyphenated adjective.
      if (!m[1] && !yearTxt && !/-/.test(m[0])) {
        const b = wordBefore(text, m.index).toLowerCase();
        if (!/^(?:its|their|the|his|her|our|in|for|of|this|last|next|fiscal|company['’]s)$/.test(b)) return;
      }
    }
    // "the third-quarter results": an adjective; the article belongs to the noun, not to the TIMEX3.
    let qStart = m.index;
    if (m[1] && /-[Qq]uarter$/.test(m[0]) && /^\s+[a-z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) {
      qStart += /^\S+\s+/.exec(m[0])![0].length;
    }
    const fiscal = /\b[Ff]iscal\b/.test(m[0]);
    out.push({ start: qStart, end: m.index + m[0].length, rule: 'period.quarter', priority: 4,
      // A fiscal quarter without a year is one already reported: the latest such quarter, whatever the clause.
      resolve: (ctx, c) => ({ type: 'DATE', value: quarterValue(ctx, q, yearTxt, c.tense ?? (fiscal ? 'PAST' : ctx.tense(c.start, c.end))) }) });
  });

  // "profit fell in the first half", "growth in the second half": a half-year of a results or economy story
  // without its year; "scored in the second half" (a match) and "the second half of the film" are not.
  scanNear(T_HALF, BARE_HALF, text, 24, 12, (m) => {
    const s0 = Math.max(text.lastIndexOf('.', m.index), text.lastIndexOf('\n', m.index)) + 1;
    let s1 = text.slice(m.index).search(/[.\n](?:\s|$)/);
    s1 = s1 < 0 ? text.length : m.index + s1;
    const sentence = text.slice(s0, s1);
    if (!RESULTS_CUE.test(sentence) || SPORT_CUE.test(sentence)) return;
    const h = /^(?:first|1st)$/i.test(m[1]!) ? 1 : 2;
    out.push({ start: m.index, end: m.index + m[0].length, rule: 'period.half-bare', priority: 3,
      resolve(ctx, c) {
        const a = ctx.anchor;
        if (!a) return { type: 'DATE', value: `XXXX-H${h}` };
        const cur = a.m <= 6 ? 1 : 2;
        const t = c.tense ?? ctx.tense(c.start, c.end);
        // as quarters: the half just closed unless the clause looks ahead; the current one is this year's
        let y = a.y;
        if (h !== cur) y = t === 'FUTURE' ? (h > cur ? a.y : a.y + 1) : (h < cur ? a.y : a.y - 1);
        return { type: 'DATE', value: `${pad4(y)}-H${h}` };
      } });
  });

  scanNear(T_HALF, HALF, text, 12, 30, (m) => {
    const h = /^(?:first|1st)$/i.test(m[1]!) ? 1 : 2;
    const y = m[2]; const rel = m[3];
    out.push({ start: m.index, end: m.index + m[0].length, rule: 'period.half', priority: 4,
      resolve(ctx) {
        const a = ctx.anchor;
        let yy: string;
        if (y) yy = y; else if (!a) yy = 'XXXX'; else yy = pad4(a.y + (rel === 'next' ? 1 : rel === 'last' ? -1 : 0));
        return { type: 'DATE', value: `${yy}-H${h}` };
      } });
  });

  // "H1 2023", "H2 2022": a half-year in results shorthand (only with its year; "H1" alone is too ambiguous).
  scanNear(T_H, H_YEAR, text, 2, 12, (m) => {
    const v = `${m[2]}-H${m[1]}`;
    out.push(new FixedCand(m.index, m.index + m[0].length, 'period.half-short', 5, 'DATE', v));
  });

  /** The quarter of a results period: the ordinal if given, else the quarter under discussion. */
  const quarterOf = (ctx: Ctx, ord: string | undefined): number | undefined => {
    if (ord) {
      const o = ord.toLowerCase();
      const q = o === 'final' || o === 'last' ? 4 : (ORDINAL_WORDS[o] ?? parseInt(o, 10));
      return q >= 1 && q <= 4 ? q : undefined;
    }
    const cur = ctx.lastOf?.['Q'];
    if (cur && /^\d{4}-Q[1-4]$/.test(cur)) return +cur.slice(6);
    return undefined;
  };

  scanNear(T_PERIOD_WORD, YEARS_PERIOD, text, 40, 2, (m) => {
    const det = m[1]!.toLowerCase();
    const off = det === 'last' ? -1 : det === 'next' ? 1 : 0;
    const ord = m[2];
    const what = m[3]!.toLowerCase();
    if (what === 'half' && !ord) return;
    out.push({ start: m.index, end: m.index + m[0].length, rule: 'period.years-quarter', priority: 5,
      resolve(ctx) {
        const y = ctx.anchor ? pad4(ctx.anchor.y + off) : 'XXXX';
        if (what === 'half') {
          const o = ord!.toLowerCase();
          return { type: 'DATE', value: `${y}-H${o === 'first' || o === '1st' ? 1 : 2}` };
        }
        const q = quarterOf(ctx, ord);
        return { type: 'DATE', value: q ? `${y}-Q${q}` : y };
      } });
  });

  scanNear(T_PERIOD_WORD, YEAR_PERIOD, text, 40, 2, (m) => {
    const y = m[2]!;
    const ord = m[3] && m[3].toLowerCase() !== 'fiscal' ? m[3] : undefined;
    const what = m[4]!.toLowerCase();
    out.push({ start: m.index, end: m.index + m[0].length, rule: 'period.year-quarter', priority: 5,
      resolve(ctx) {
        const q = quarterOf(ctx, ord);
        if (!q) return what === 'quarter' ? { type: 'DATE', value: `${y}-QX` } : { type: 'DATE', value: y };
        return { type: 'DATE', value: `${y}-Q${q}` };
      } });
  });

  const HOL = new Map(FIXED_HOLIDAYS);
  scanNear(T_HOLIDAY, HOLIDAY, text, 20, 8, (m) => {
    const md = HOL.get(m[1]!);
    if (!md) return;
    // A holiday needs a temporal frame: "at Christmas", "on Christmas Day", "Christmas 2019" — not "Johnnie Christmas".
    if (!/\b(?:Day|Eve)$/.test(m[1]!) && !m[2]) {
      const b = wordBefore(text, m.index).toLowerCase();
      if (!/^(?:at|on|over|before|after|since|until|by|for|this|last|next|during|the|of|from|till|to|around|before)$/.test(b)) return;
    }
    const y = m[2];
    out.push({ start: m.index, end: m.index + m[0].length, rule: 'date.holiday', priority: 3,
      resolve(ctx, c) {
        if (y) return { type: 'DATE', value: `${y}-${md}` };
        const a = ctx.anchor;
        if (!a) return { type: 'DATE', value: `XXXX-${md}` };
        const [mo, d] = md.split('-').map(Number) as [number, number];
        const t = c.tense ?? ctx.tense(c.start, c.end);
        const here = a.m * 32 + a.d; const there = mo * 32 + d;
        const yy = t === 'FUTURE' ? (there >= here ? a.y : a.y + 1) : t === 'PAST' ? (there <= here ? a.y : a.y - 1) : (Math.abs(there - here) <= 6 * 32 ? a.y : there > here ? a.y - 1 : a.y + 1);
        return { type: 'DATE', value: `${pad4(yy)}-${md}` };
      } });
  });
  scanNear(T_MOVEABLE, MOVEABLE_RE, text, 12, 40, (m) => {
    const det = m[1]?.toLowerCase();
    const name = m[2]!.replace(/[’]/g, "'").replace(/\s+/g, ' ').replace(/ Jr\.?/, '').replace(/Presidents' Day/, 'Presidents Day').toLowerCase();
    const rule = MOVEABLE[name === 'thanksgiving day' ? 'thanksgiving' : name];
    if (!rule) return;
    const y = m[3];
    // A bare "Easter"/"Thanksgiving" needs a temporal frame ("at Easter", "on Thanksgiving"), not "Easter Island".
    if (!det && !y && !/\s/.test(m[2]!)) {
      const b = wordBefore(text, m.index).toLowerCase();
      if (!/^(?:at|on|over|before|after|since|until|by|for|during|of|from|till|around)$/.test(b)) return;
      if (/^\s+[A-Z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) return;
    }
    // "the Good Friday agreement", "Labor Day Weekend Sale": part of a name.
    if (!y && /^\s+(?:[Aa]greement|[Aa]ccord|[A-Z][a-z])/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return;
    out.push({ start: m.index, end: m.index + m[0].length, rule: 'date.holiday-moveable', priority: 4,
      resolve(ctx, c) {
        if (y) return { type: 'DATE', value: fmtDate(rule(+y)) };
        const a = ctx.anchor;
        if (!a) return { type: 'DATE', value: 'XXXX-XX-XX' };
        const key = (p: Ymd): number => p.m * 32 + p.d;
        const here = key(a);
        const t = det === 'last' ? 'PAST' : det === 'next' ? 'FUTURE' : det === 'this' ? undefined : (c.tense ?? ctx.tense(c.start, c.end));
        let yy = a.y;
        const thisYear = rule(a.y);
        if (t === 'PAST') yy = key(thisYear) < here || (det !== 'last' && key(thisYear) === here) ? a.y : a.y - 1;
        else if (t === 'FUTURE') yy = key(thisYear) > here || (det !== 'next' && key(thisYear) === here) ? a.y : a.y + 1;
        else if (det !== 'this' && Math.abs(key(thisYear) - here) > 6 * 32) yy = key(thisYear) > here ? a.y - 1 : a.y + 1;
        return { type: 'DATE', value: fmtDate(rule(yy)) };
      } });
  });
};
