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
