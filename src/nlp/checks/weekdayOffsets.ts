import type { Check } from '../../core/types.js';
import { WEEKDAYS } from '../time/lexicon.js';
import { countValue, NUM_WORD_SRC } from './numbers.js';
import { ruled } from './rule.js';
import { sentenceIndex, type SentenceSpans } from './sentences.js';
import { allMatches } from '../../core/regex.js';

// "The strike began on Monday and ended three days later, on Thursday"; "On Friday … Two days earlier, on Wednesday":
// an offset in days landing on a named weekday, against the weekday told before it in its sentence or the one
// before. Weekdays repeat every seven days, so the arithmetic is modulo 7; a mismatch is reported only when the
// earlier weekday is the one candidate and the offset is under a week (a longer one may skip a week unsaid).

const WD_SRC = WEEKDAYS.filter(([w]) => w.length >= 6).map(([w]) => w).join('|');
const WD_NUM = new Map(WEEKDAYS.map(([w, n]) => [w.toLowerCase(), n]));
const NUM = String.raw`(?:\d{1,2}|${NUM_WORD_SRC}|an?)`;
// "three days later, on Thursday", "a day later on Friday", "two days earlier (on Wednesday)"; "the next day" is 1
const OFFSET_RE = new RegExp(String.raw`\b(?:(${NUM})\s+days?\s+(later|earlier|afterwards|after that|before that|before)|the\s+(next|following|previous)\s+day)\s*,?\s*\(?\s*(?:on\s+)?(?:the\s+)?(${WD_SRC})\b`, 'gi');
// "By Sunday, two days later, it had burned 10,000 acres": the weekday landed on, then the offset in apposition
const LANDING_FIRST_RE = new RegExp(String.raw`\b(?:by|on|until|till)\s+(${WD_SRC})\s*,\s*(?:just\s+|only\s+)?(${NUM})\s+days?\s+(later|earlier|afterwards)\b`, 'gi');
const WEEKDAY_RE = new RegExp(String.raw`\b(${WD_SRC})\b`, 'g');
const NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function weekdayOffsetChecks(text: string, sentences: SentenceSpans): Check[] {
  if (!/\bdays?\s+(?:later|earlier|after|before)|\b(?:next|following|previous)\s+day\b/i.test(text)) return [];
  const out: Check[] = [];
  // both orders as one shape: [the whole match, count, direction word, "next"/"previous", landing weekday]; a landing told
  // first is read against the weekdays before it
  const shapes = [
    ...allMatches(OFFSET_RE, text).map((m) => ({ m: m as RegExpMatchArray, at: m.index!, groups: [m[1], m[2], m[3], m[4]], landingFirst: false })),
    ...allMatches(LANDING_FIRST_RE, text).map((m) => ({ m: m as RegExpMatchArray, at: m.index!, groups: [m[2], m[3], undefined, m[1]], landingFirst: true })),
  ].sort((a, b) => a.at - b.at);
  for (const { m: whole, at, groups, landingFirst } of shapes) {
    const m = [whole[0], ...groups] as unknown as RegExpMatchArray;
    const n = m[1] ? countValue(m[1]) : 1;
    if (n === undefined || n <= 0 || n > 31) continue;
    const back = m[2] ? /earlier|before/i.test(m[2]) : m[3]!.toLowerCase() === 'previous';
    const landing = WD_NUM.get(m[4]!.toLowerCase())!;
    // the weekday told before the offset: in its sentence, else the sentence before
    const s = sentenceIndex(sentences, at);
    const from = s > 0 ? sentences[s - 1]![0] : s === 0 ? sentences[0]![0] : Math.max(0, at - 300);
    const before = allMatches(WEEKDAY_RE, text.slice(from, at)).map((w) => ({ wd: WD_NUM.get(w[1]!.toLowerCase())!, text: w[1]!, start: from + w.index! }));
    if (!before.length) continue;
    const want = (wd: number) => ((((wd - 1 + (back ? -n : n)) % 7) + 7) % 7) + 1;
    const distinct = [...new Set(before.map((b) => b.wd))];
    const hit = [...before].reverse().find((b) => want(b.wd) === landing);
    const offset = landingFirst ? whole[0]!.replace(/^.*?,\s*/, '') : m[0].replace(/\s*,?\s*\(?\s*(?:on\s+)?(?:the\s+)?\w+$/, '');
    // the offset first: it is the figure the check is about
    const refs = (b: { text: string; start: number }) => [{ start: at, end: at + m[0].length, text: m[0] }, { start: b.start, end: b.start + b.text.length, text: b.text }];
    if (hit) {
      out.push(ruled({
        kind: 'DATE_ARITHMETIC', status: 'CONSISTENT', refs: refs(hit),
        detail: `${hit.text} ${back ? '−' : '+'} ${n} day${n === 1 ? '' : 's'} = ${NAMES[landing]}; stated "${offset}, ${m[4]}"`,
      }, 'date-arithmetic:weekday-offset'));
    } else if (distinct.length === 1 && n < 7) {
      const b = before[before.length - 1]!;
      out.push(ruled({
        kind: 'DATE_ARITHMETIC', status: 'INCONSISTENT', refs: refs(b),
        detail: `${b.text} ${back ? '−' : '+'} ${n} day${n === 1 ? '' : 's'} = ${NAMES[want(b.wd)]}, not ${m[4]}; stated "${offset}, ${m[4]}"`,
      }, 'date-arithmetic:weekday-offset'));
    }
  }
  return out;
}

// "since storming it on Saturday, four days ago", "last Friday (a week ago)", "two days ago, on Monday": a weekday
// and its distance back from the report told together. The report's date less the days must fall on that weekday.
// The count is exact (no "about", "some", "more than" before it) and under a fortnight. A day off either way is left
// unsaid (a report filed late at night carries the next day's date): only a weekday two days or more from the one the
// count lands on is reported as a mismatch.
const AGO_TAIL = String.raw`(?:(about|around|some|nearly|almost|over|more\s+than|less\s+than|roughly|under)\s+)?(?:just\s+|only\s+)?(${NUM})\s+(days?|weeks?)\s+ago\b`;
// the weekday first: "on Saturday, four days ago", "last Friday (a week ago)", "since Monday — two days ago"
const WD_THEN_AGO_RE = new RegExp(String.raw`\b(?:on|last|since|by|until|from)\s+(?:last\s+)?(${WD_SRC})(?:\s+(?:morning|afternoon|evening|night))?\s*(?:,|\(|[—–]|\s-)\s*${AGO_TAIL}`, 'gi');
// the count first: "four days ago, on Saturday", "two days ago (on Monday)"
const AGO_THEN_WD_RE = new RegExp(String.raw`\b${AGO_TAIL}\s*(?:,|\()\s*on\s+(${WD_SRC})\b`, 'gi');

export function weekdayAgoChecks(text: string, anchor: string | undefined): Check[] {
  if (!/\bago\b/i.test(text)) return [];
  const day = anchor ? Date.parse(`${anchor.slice(0, 10)}T00:00:00Z`) : NaN;
  if (Number.isNaN(day)) return [];
  const anchorWd = ((new Date(day).getUTCDay() + 6) % 7) + 1;
  const out: Check[] = [];
  const shapes = [
    ...allMatches(WD_THEN_AGO_RE, text).map((m) => ({ m, wd: m[1]!, hedge: m[2], n: m[3]!, unit: m[4]! })),
    ...allMatches(AGO_THEN_WD_RE, text).map((m) => ({ m, wd: m[4]!, hedge: m[1], n: m[2]!, unit: m[3]! })),
  ];
  for (const { m, wd, hedge, n: nText, unit } of shapes) {
    const at = m.index!;
    // the count's own hedge ("on Saturday, about four days ago") makes it no exact count
    if (hedge) continue;
    const count = countValue(nText);
    if (count === undefined || count <= 0) continue;
    const n = count * (/^week/i.test(unit) ? 7 : 1);
    if (n > 14) continue;
    const said = WD_NUM.get(wd.toLowerCase())!;
    const lands = ((((anchorWd - 1 - n) % 7) + 7) % 7) + 1;
    // days between the weekday said and the one the count lands on, the nearer way round
    const apart = Math.min(((said - lands) % 7 + 7) % 7, ((lands - said) % 7 + 7) % 7);
    if (apart === 1) continue;
    const ok = apart === 0;
    // "a week ago, on Monday", "two weeks ago Saturday": a count of weeks names the week, and the weekday any day of it —
    // every weekday lies within three days of the one the count lands on, so only agreement is told
    if (!ok && /^week/i.test(unit)) continue;
    out.push(ruled({
      kind: 'DATE_ARITHMETIC', status: ok ? 'CONSISTENT' : 'INCONSISTENT', refs: [{ start: at, end: at + m[0].length, text: m[0] }],
      detail: `the report's day (${anchor!.slice(0, 10)}, a ${NAMES[anchorWd]}) − ${n} day${n === 1 ? '' : 's'} = a ${NAMES[lands]}; stated "${m[0]}"${ok ? '' : `: not a ${NAMES[said]}`}`,
    }, 'date-arithmetic:weekday-ago'));
  }
  return out;
}
