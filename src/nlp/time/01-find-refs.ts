// Vague references and sets: "now" (PRESENT_REF), "recently", "the past" (PAST_REF), "soon",
// "in the coming days" (FUTURE_REF with a range), "in a day or two"; "every year", "weekly", "twice a month".
import { type Finder, FixedCand, scanNear } from './cand.js';
import { wordTrigger } from './word-triggers.js';
import { addDays, fmtDate } from './date-math.js';
import { FREQUENCY_ADVERBS, REF_WORDS } from './lexicon.js';
import { NUM, UNIT, WEEKDAY, weekdayNumber, T_UNIT, T_WEEKDAY } from './patterns.js';
import { durationValue, parseCount, unitCode } from './numbers.js';
import { wordAfter, wordBefore } from './text-util.js';
import { readWordSet } from '../../core/word-lists.js';

// Adjectives ("the recent floods", "current account"), "once", "soon", "shortly", "previously" are left out: news
// annotators (TimeBank and our gold alike) rarely mark them (data/lexicon/time-ref-words-unmarked.txt).
const SKIP = readWordSet('time-ref-words-unmarked.txt');
/** Modals before "now" ("may now scale back"): a consequence from here on, unmarked in the news golds. */
const NOW_MODALS = readWordSet('time-now-modals.txt');
const REF_KEYS = Object.keys(REF_WORDS).filter((k) => !SKIP.has(k)).sort((a, b) => b.length - a.length);
const REF_RE = new RegExp(`\\b(${REF_KEYS.map((k) => k.replace(/ /g, '\\s+')).join('|')})\\b`, 'gi');
// Each reference phrase is found around its last word ("at present" around "present").
const REF_LAST = [...new Set(REF_KEYS.map((k) => k.split(' ').pop()!.toLowerCase()))];
const T_REF = wordTrigger(new RegExp(REF_LAST.join('|'), 'gi'), { prefixes: REF_LAST, test: (_w, l) => REF_LAST.includes(l) });
const T_FREQ = wordTrigger(/hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|annually|yearly/gi, {
  prefixes: Object.keys(FREQUENCY_ADVERBS), test: (_w, l) => l in FREQUENCY_ADVERBS,
});
const COMING = /\b(?:(?:in|over|during|within)\s+)?(?:the\s+)(coming|next\s+few|following\s+few|upcoming)\s+(days|weeks|months|years|hours)\b|\b(?:in|over)\s+the\s+(days|weeks|months|years)\s+(?:ahead|to\s+come)\b|\bin\s+(?:a|one)\s+(day|week|month|year)\s+or\s+two\b/gi;
const SET_EVERY = new RegExp(`\\b(every|each)\\s+(?:(other)\\s+|(${NUM})\\s+)?(${UNIT}|${WEEKDAY}|morning|afternoon|evening|night|summer|winter|spring|autumn)\\b`, 'gi');
const SET_TIMES = new RegExp(`\\b(once|twice|thrice|(?:${NUM})\\s+times)\\s+(?:a|an|per|each|every)\\s+(${UNIT})\\b`, 'gi');
const FREQ = new RegExp(`\\b(${Object.keys(FREQUENCY_ADVERBS).join('|')})\\b`, 'gi');
const UNIT_AHEAD = /\b[Tt]he\s+(week|month|year)\s+ahead\b/g;
const T_COMING = wordTrigger(/\b(?:coming|next|upcoming|ahead|to come|or two)\b/gi, { prefixes: ['coming', 'next', 'upcoming', 'ahead', 'come', 'two'], test: (_w, l) => /^(?:coming|next|upcoming|ahead|come|two)$/.test(l) });
const T_EVERY = wordTrigger(/\b(?:every|each)\b/gi, { prefixes: ['every', 'each'], test: (_w, l) => l === 'every' || l === 'each' });
const WEEKDAYS_PLURAL = /\b(Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)\b/g;

const RANGE_DAYS: Record<string, number> = { hours: 1, days: 7, weeks: 30, months: 180, years: 1095 };

/** Words that make a following "daily"/"weekly" a newspaper ("the financial daily", "a tabloid weekly"). */
const PRESS_ADJECTIVE = /^(?:business|financial|tabloid|national|local|leading|state-run|state-owned|government-run|official|economic|english-language|independent|popular|mass-circulation|conservative|liberal|left-leaning|right-wing|left-wing|pro-government|opposition|morning|evening|sports|regional|influential|respected|news|newsmagazine|online|party|communist|catholic|business-oriented)$/i;

export const findRefs: Finder = (text, out) => {
  scanNear(T_REF, REF_RE, text, 30, 2, (m) => {
    const key = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    let v = REF_WORDS[key];
    if (!v) return;
    let start = m.index;
    const end = start + m[0].length;
    const after = wordAfter(text, end).toLowerCase();
    // "the past 48 hours", "the past week": longer duration rules take these; "the past" alone is PAST_REF.
    if (key === 'the past' || key === 'in the past') {
      if (/^(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|year|years|month|months|week|weeks|day|days|decade|decades|century|hour|hours|couple|dozen|quarter|twelve|twenty|thirty|forty|fifty|weekend|night|summer|winter|fall|spring|autumn|tense|participle|president)/.test(after)) return;
      if (key === 'in the past') start += m[0].indexOf('the');
    }
    // "the present candidate's", "the present day": an adjective unless the phrase ends here.
    if (key === 'the present' && !/^\s*(?:$|[.,;:!?)"”—–]|(?:and|or|to|in|as|with|is|was|will)\b)/.test(text.slice(end, end + 8))) return;
    // "could now face scrutiny", "will now apply only to imports": not a time the news golds mark.
    // (compared case-sensitively: "agreed in May now looks fragile", "Will now" are a month and a name, not modals)
    if (key === 'now' && NOW_MODALS.has(wordBefore(text, start))) return;
    // "every now and then", "now and again": an idiom, not a time.
    if (key === 'now' && /^\s+and\s+(?:then|again)\b/i.test(text.slice(end, end + 12))) return;
    // "the now-cancelled deal": part of an adjective.
    if (text.charCodeAt(end) === 45) return;
    // "current account", "current affairs", "the current": adjectives that do not refer to time;
    // "futures" (markets) never match; "future tense" neither.
    if (key === 'current' && /^(?:account|accounts|affairs|events|and|or|of|flows?|density|through|carrying|passing|tense)$/.test(after)) return;
    if ((key === 'current' || key === 'future' || key === 'recent') && /^(?:days|weeks|months|years|decades|times)$/.test(after)) return;
    if (key === 'future' && /^(?:tense|perfect)$/.test(after)) return;
    // "the future government", "the future SAR": an adjective on a noun, not a time.
    if (key === 'the future' && /^[A-Za-z]/.test(after) && !/^(?:of|and|or|is|was|will|would|could|may|might|looks?|remains?|holds?|for|in|with|as|to|that|but|when|if|he|she|it|they|we|i|you|there|this|is|does|did|has|had|lies)$/.test(after)) return;
    if (key === 'the future' && /^of$/.test(after)) v = 'FUTURE_REF';
    if (key === 'in future') start += 3;
    if (key === 'for now') start += 4;
    if (key === 'right now') start += 0;
    out.push(new FixedCand(start, end, `ref.${key.replace(/\s+/g, '-')}`, 2, 'DATE', v!));
  });

  // "the week ahead", "the year ahead": the unit after publication, a duration as TimeML marks it.
  scanNear(T_COMING, UNIT_AHEAD, text, 24, 8, (m) => {
    const u = unitCode(m[1]!.toLowerCase());
    if (!u) return;
    out.push(new FixedCand(m.index, m.index + m[0].length, 'duration.unit-ahead', 5, 'DURATION', durationValue(1, u)));
  });

  scanNear(T_COMING, COMING, text, 40, 20, (m) => {
    const unitW = (m[2] ?? m[3] ?? (m[4] ? `${m[4]}s` : 'days')).toLowerCase();
    const days = m[4] ? (unitW === 'days' ? 3 : (RANGE_DAYS[unitW] ?? 7) / 4) : (RANGE_DAYS[unitW] ?? 7);
    const head = m[1]?.toLowerCase() ?? '';
    // "the next few days" without "in": TimeML marks a duration (PXD); with "in"/"over" a vague future.
    const hasPrep = /^(?:in|over|during|within)\s/i.test(m[0]);
    if (/few/.test(head) && !hasPrep) {
      const u = unitCode(unitW);
      if (!u) return;
      out.push(new FixedCand(m.index, m.index + m[0].length, 'duration.next-few', 5, 'DURATION', durationValue('X', u)));
      return;
    }
    // TimeML leaves the preposition out of the span: "in the coming days" → "the coming days".
    const prep = /^(?:in|over|during|within)\s+/i.exec(m[0]);
    out.push({ start: m.index + (prep ? prep[0].length : 0), end: m.index + m[0].length, rule: 'ref.coming-units', priority: 6,
      resolve(ctx) {
        if (!ctx.anchor) return { type: 'DATE', value: 'FUTURE_REF' };
        const from = fmtDate(ctx.anchor);
        return { type: 'DATE', value: 'FUTURE_REF', range: { from, to: fmtDate(addDays(ctx.anchor, Math.round(days))) } };
      } });
  });

  scanNear(T_EVERY, SET_EVERY, text, 2, 60, (m) => {
    const what = m[4]!;
    const wd = weekdayNumber(what);
    const other = !!m[2];
    const n = m[3] ? parseCount(m[3]) : 1;
    // "each day of the trial": still a set. "each year's budget": keep.
    let v: string;
    if (wd) v = `XXXX-WXX-${wd}`;
    else if (/^(?:morning|afternoon|evening|night)$/i.test(what)) v = `XXXX-XX-XXT${{ morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' }[what.toLowerCase()]}`;
    else if (/^(?:summer|winter|spring|autumn)$/i.test(what)) v = `XXXX-${{ summer: 'SU', winter: 'WI', spring: 'SP', autumn: 'FA' }[what.toLowerCase()]}`;
    else {
      const u = unitCode(what);
      if (!u || n === undefined) return;
      v = durationValue(other ? 2 : n, u);
    }
    out.push(new FixedCand(m.index, m.index + m[0].length, 'set.every', 5, 'SET', v));
  });

  scanNear(T_UNIT, SET_TIMES, text, 60, 2, (m) => {
    const u = unitCode(m[2]!);
    if (!u) return;
    out.push(new FixedCand(m.index, m.index + m[0].length, 'set.times-per', 5, 'SET', durationValue(1, u)));
  });

  scanNear(T_FREQ, FREQ, text, 2, 2, (m) => {
    const v = FREQUENCY_ADVERBS[m[1]!.toLowerCase()]!;
    // "the Daily Mail", "Daily Telegraph", "Weekly Standard": names.
    if (/^[A-Z]/.test(m[1]!) && /^[A-Z]/.test(wordAfter(text, m.index + m[0].length))) return;
    if (/^(?:the|a|an)$/i.test(wordBefore(text, m.index)) && /^[A-Z]/.test(m[1]!)) return;
    // "LA Weekly", "Publishers Weekly": part of a name.
    if (/^[A-Z]/.test(m[1]!) && /^[A-Z]/.test(wordBefore(text, m.index)) && !/(?:^|[.!?]\s+)$/.test(text.slice(Math.max(0, m.index - 3), m.index))) return;
    // "a leading business daily", "the tabloid daily said": a newspaper, not a frequency.
    if (/^(?:daily|weekly)$/i.test(m[1]!) && (PRESS_ADJECTIVE.test(wordBefore(text, m.index))
      || (/^(?:the|a|an)$/i.test(wordBefore(text, m.index)) && /^\s*(?:[,;:)]|said|says|reported|reports|quoted|wrote|cited)/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))))) return;
    // Adjectival use ("the biggest monthly jump", "annual rate") is not a TIMEX; adverbs end a clause or
    // precede a preposition ("meets weekly in Geneva", "published daily.").
    const next = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    if (!/^\s*(?:$|[.,;:!?)"”—–-]|(?:in|on|at|and|or|since|for|to|by|until|from|with|during|basis|through)\b)/i.test(next)) return;
    out.push(new FixedCand(m.index, m.index + m[0].length, 'set.frequency-adverb', 3, 'SET', v));
  });

  scanNear(T_WEEKDAY, WEEKDAYS_PLURAL, text, 2, 2, (m) => {
    const wd = weekdayNumber(m[1]!.slice(0, -1));
    if (!wd) return;
    const b = wordBefore(text, m.index).toLowerCase();
    if (!/^(?:on|most|some|all|many|every)$/.test(b)) return;
    out.push(new FixedCand(m.index, m.index + m[0].length, 'set.weekdays', 3, 'SET', `XXXX-WXX-${wd}`));
  });
};
