import { allMatches } from '../../core/regex.js';
import type { Check } from '../../core/types.js';
import { countValue, NUM_WORD_SRC } from './numbers.js';
import { ruled } from './rule.js';
import { FUNCTION_WORDS } from './lexicon.js';
import { type SentenceSpans } from './sentences.js';
import { anchorYear } from './anchorDate.js';

// DATE_ARITHMETIC between two ages of one sentence: a person's age now ("Macron, 46,", "the 71-year-old", "now 43")
// and an age at a dated event ("became president in 2017 at the age of 39", "first elected in 1994 at 41", "was 34
// when she was elected in 2015"): the years between the event and the report are the years between the ages; and
// "Born in 1962, Okafor is now 61". One sentence may hold other people and years, so only agreement is reported.
// An age now given with a name elsewhere in the report ("Holmes, 38, …" then "which Holmes founded in 2003 when she
// was a 19-year-old") stands for a sentence that names that person once and holds no age now of its own.

/** "Holmes, 38,": a capitalised name, then an age set off by commas. */
const NAMED_NOW_RE = /\b(\p{Lu}[\p{L}'’-]+),\s*(\d{1,3}),/gu;

const NOW_RES: readonly RegExp[] = [
  /(?<=\p{L}),\s*(\d{1,3}),/gu, // "Macron, 46,"
  /\b(\d{1,3})-year-old\b/g, // "the 71-year-old"
  /\b(?:is|was)?\s*now\s+(\d{1,3})\b(?![\s-]*(?:%|per\s?cent|percent|years?\s+(?:ago|later)|million|billion|people|km|miles))/gi, // "is now 43"
];
const THEN_RES: readonly RegExp[] = [
  /\b(?:at\s+the\s+age\s+of|aged|at\s+age)\s+(\d{1,3})\b/gi, // "at the age of 39", "aged 39"
  /\bat\s+(\d{1,2})(?=\s*[,.;)]|\s+(?:and|when|in|after|before)\b)/gi, // "elected in 1994 at 41,"
  /\b(?:was|were|is)\s+(\d{1,2})\s+when\b/gi, // "She was 34 when"
  /\bas\s+an?\s+(\d{1,2})-year-old\b/gi, // "joined the club in 2015 as a 24-year-old"
  /\bwhen\s+(?:he|she|they)\s+(?:was|were)\s+an?\s+(\d{1,2})-year-old\b/gi, // "founded it in 2003 when she was a 19-year-old"
  /\bwhen\s+(?:he|she|they)\s+(?:was|were)\s+(\d{1,2})\b(?!\s*(?:%|per\s?cent|percent|years?|months?|million|billion))/gi, // "since 1986, when he was 32"
  /\b(?:he|she)\s+was\s+(\d{1,2})(?=\s*[;,.]|\s+(?:at\s+the\s+time|then)\b)/gi, // "in 2016 he was 56;"
];
const YEAR_RE = /\b((?:1[89]|20)\d\d)\b/g;
const AGO_RE = new RegExp(String.raw`\b(\d{1,2}|${NUM_WORD_SRC}|an?)\s+years?\s+ago\b`, 'g');
const BORN_RE = /\bborn\b[^.;]{0,40}?\b((?:1[89]|20)\d\d)\b/gi;

interface Hit { start: number; end: number; text: string; n: number }

function hits(st: string, from: number, res: readonly RegExp[]): Hit[] {
  const out: Hit[] = [];
  for (const re of res) {
    for (const m of allMatches(re, st)) {
      const n = Number(m[1]);
      if (!(n > 0 && n < 120)) continue;
      const start = from + m.index!;
      out.push({ start, end: start + m[0].length, text: m[0].trim(), n });
    }
  }
  return out;
}

/**
 * The age now that the report gives a name ("Holmes, 38,") outside `from`–`to`, when the sentence names that person
 * and no other person of the report is named with an age; a name given two different ages is nobody's.
 */
function namedNow(named: ReadonlyMap<string, Hit | null>, from: number, to: number, st: string): Array<Hit & { name: string }> {
  // (a plain substring test first: the sentence names few of the report's people, and a pattern is built once a name)
  const found = [...named].filter(([name, hit]) => hit && (hit.start < from || hit.start >= to) && st.includes(name) && wholeName(name).test(st));
  return found.length === 1 ? [{ ...found[0]![1]!, name: found[0]![0] }] : [];
}

const wholeNameRes = new Map<string, RegExp>();
/** The name as a whole word (no letter either side); one pattern a name, kept for the report's other sentences. */
function wholeName(name: string): RegExp {
  let re = wholeNameRes.get(name);
  if (!re) {
    if (wholeNameRes.size >= 5000) wholeNameRes.clear();
    wholeNameRes.set(name, re = new RegExp(String.raw`(?<![\p{L}])${name}(?![\p{L}])`, 'u'));
  }
  return re;
}

/** A clause's edge within a sentence. */
const CLAUSE_EDGE_RE = /[,;:()\u2013\u2014]/g;
const FUNCTION_WORD_SET: ReadonlySet<string> = new Set(FUNCTION_WORDS);

/**
 * Whether the age then `b` is of `name` ("Theranos, which Holmes founded in 2003 when she was a 19-year-old"): within
 * its clause (from the sentence's comma, semicolon, colon, bracket or dash before it up to the age), the name stands
 * before it as the clause's subject (a lower-case word after it) and no other capitalised word (another person,
 * perhaps) is there; not
 * "which Smith founded in 2003 when he was a 19-year-old, later hired Holmes".
 */
function thenOfName(st: string, from: number, b: Hit, name: string): boolean {
  const at = b.start - from;
  const edges = allMatches(CLAUSE_EDGE_RE, st).map((m) => m.index!);
  const lo = Math.max(0, ...edges.filter((e) => e < at).map((e) => e + 1));
  // (up to the age: what follows it may name other things, "a 19-year-old Stanford University dropout")
  const clause = st.slice(lo, b.end - from);
  let subject = false;
  for (const m of allMatches(/(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*/gu, clause)) {
    // the sentence's first word, capitalised as such ("In 2003 …", "When …")
    if (lo === 0 && st.slice(0, m.index!).trim() === '' && FUNCTION_WORD_SET.has(m[0].toLowerCase())) continue;
    if (m[0] === 'I') continue;
    if (m[0] !== name) return false;
    if (lo + m.index! < at && /^\s+\p{Ll}/u.test(clause.slice(m.index! + m[0].length))) subject = true;
  }
  return subject;
}

/** Every "Name, N," of the report: name → its age (null for a name given two different ages). */
function namedAges(text: string): Map<string, Hit | null> {
  const ages = new Map<string, Hit | null>();
  for (const m of allMatches(NAMED_NOW_RE, text)) {
    const n = Number(m[2]);
    if (!(n > 0 && n < 120)) continue;
    const seen = ages.get(m[1]!);
    if (seen === undefined) ages.set(m[1]!, { start: m.index!, end: m.index! + m[0].length - 1, text: m[0].slice(0, -1), n });
    else if (seen && seen.n !== n) ages.set(m[1]!, null);
  }
  return ages;
}

export function ageDeltaChecks(text: string, anchorDate: string | undefined, sentences: SentenceSpans): Check[] {
  const pubYear = anchorYear(anchorDate);
  if (pubYear === undefined || !/\b(?:year-old|age|aged|now|when|born|was)\b|,\s*\d{1,3},/.test(text)) return [];
  const out: Check[] = [];
  // one sentence, else it with the next ("She became president in 2019, at 45. She is now 51."): a pair of sentences
  // is read only where neither alone gave a check
  const windows: Array<[number, number, boolean]> = sentences.map(([a, b]) => [a, b, false]);
  for (let k = 0; k + 1 < sentences.length; k++) windows.push([sentences[k]![0], sentences[k + 1]![1], true]);
  let named: Map<string, Hit | null> | undefined;
  const covered = (a: number, b: number) => out.some((c) => c.refs.some((r) => typeof r === 'object' && 'start' in r && r.start >= a && r.end <= b));
  for (const [from, to, pair] of windows) {
    if (pair && covered(from, to)) continue;
    const st = text.slice(from, to);
    const years = allMatches(YEAR_RE, st).map((m) => ({ start: from + m.index!, y: Number(m[1]) })).filter((y) => y.y <= pubYear);
    // "arrested two years ago, when he was 43": the years before the report, counted back
    for (const m of allMatches(AGO_RE, st)) {
      const n = countValue(m[1]!);
      if (n !== undefined && n > 0 && n < 100) years.push({ start: from + m.index!, y: pubYear - n });
    }
    if (!years.length) continue;
    // "as a 24-year-old", "when she was a 19-year-old" are ages then, not now
    let now = hits(st, from, NOW_RES).filter((x) => !/\b(?:as|was|were)\s+an?\s+$/i.test(text.slice(Math.max(0, x.start - 8), x.start)));
    // none in the sentence: the age now of the one person of the report named in it with an age ("Holmes, 38,")
    // (then only an age then of that person's own clause)
    let ofName: string | undefined;
    if (!now.length && !pair) {
      const n = namedNow(named ??= namedAges(text), from, to, st);
      now = n;
      ofName = n[0]?.name;
    }
    if (!now.length) continue;
    const then = hits(st, from, THEN_RES).filter((t) => !now.some((x) => x.start < t.end && t.start < x.end)
      && (ofName === undefined || thenOfName(st, from, t, ofName)));
    let done = false;
    for (const a of now) {
      for (const b of then) {
        if (done || a.n <= b.n) continue;
        // the event's year: the one nearest the age at it
        const y = years.reduce((p, c) => (Math.abs(c.start - b.start) < Math.abs(p.start - b.start) ? c : p));
        const gap = pubYear - y.y;
        if (Math.abs(a.n - b.n - gap) > 1) continue;
        out.push(ruled({
          kind: 'DATE_ARITHMETIC', status: 'CONSISTENT',
          refs: [{ start: b.start, end: b.end, text: b.text }, { start: a.start, end: a.end, text: a.text }],
          detail: `${y.y} to the report's year ${pubYear} = ${gap} years; ages ${b.n} then and ${a.n} now differ by ${a.n - b.n}`,
        }, 'date-arithmetic:age-delta'));
        done = true;
      }
    }
    // "Born in Lagos in 1962, Okafor is now 61"
    for (const m of allMatches(BORN_RE, st)) {
      if (done) break;
      const born = Number(m[1]);
      const a = now.find((x) => { const d = pubYear - born - x.n; return d === 0 || d === 1; });
      if (!a) continue;
      const start = from + m.index!;
      out.push(ruled({
        kind: 'DATE_ARITHMETIC', status: 'CONSISTENT',
        refs: [{ start: a.start, end: a.end, text: a.text }, { start, end: start + m[0].length, text: m[0] }],
        detail: `born ${born}, so ${pubYear - born - 1} or ${pubYear - born} in the report's year ${pubYear}; stated "${a.text}"`,
      }, 'date-arithmetic:age-delta'));
      done = true;
    }
  }
  return out;
}
