// Times of day: "10:00 GMT", "7:15 p.m.", "10 a.m. local time", "1930 GMT", "noon", "midnight", "midday",
// "in the morning". The day comes from a date in the same clause, else the last day mentioned, else the anchor.
import type { TimeMod } from '../../core/types.js';
import { readWordSet } from '../../core/word-lists.js';
import { type Cand, type Ctx, type Finder, type Resolved, scanNear } from './cand.js';
import { fmtDate } from './date-math.js';
import { ZONES, ZONE_CITY_WORDS, ZONE_REGION_WORDS } from './lexicon.js';
import { T_DIGIT, T_POD } from './patterns.js';
import { wordTrigger } from './word-triggers.js';
import { wordAfter, wordBefore } from './text-util.js';

const ZONE = `(?:${Object.keys(ZONES).sort((a, b) => b.length - a.length).join('|')})`;
// A zone written out ("Eastern Time", "Pacific Daylight Time", "Moscow time"; word lists in lexicon.ts): in the span as the
// abbreviations are; the value keeps the clock only (as for "EDT").
const ZONE_NAMED = `(?:(?:${ZONE_REGION_WORDS.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?:\\s+(?:Standard|Daylight|Summer))?\\s+[Tt]ime|(?:${ZONE_CITY_WORDS.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\s+time)\\b`;
const AMPM = '(a\\.m\\.?|p\\.m\\.?|am|pm|AM|PM|A\\.M\\.?|P\\.M\\.?)';
const CLOCK12 = new RegExp(`(?<![\\d:.,$])(1[0-2]|0?[1-9])(?:[:.]([0-5]\\d))?\\s*${AMPM}(?![A-Za-z])(?:\\s+(${ZONE}|local\\s+time|${ZONE_NAMED})\\b)?`, 'g');
const CLOCK24 = new RegExp(`(?<![\\d:.,$])([01]?\\d|2[0-4]):([0-5]\\d)(?::[0-5]\\d)?(?![\\d:])(?:\\s*(?:hours|hrs|h)\\b)?(?:\\s+(${ZONE}|local\\s+time|${ZONE_NAMED})\\b)?`, 'g');
const MILITARY = new RegExp(`(?<![\\d:.,$])([01]\\d|2[0-3])([0-5]\\d)\\s+(?:(hours|hrs)|(${ZONE})\\b|(local\\s+time))`, 'g');
// British and European "14.30", "at 9.45": a dot-separated clock is a time only after a time preposition, or
// with a zone or "hrs" after it; money, scores and decimals ("rose to 14.30", "14.30 points") are not.
const CLOCK_DOT = new RegExp(`(?<![\\d:.,$£€])([01]?\\d|2[0-3])\\.([0-5]\\d)(?![\\d%]|[.,]\\d)(?:\\s*(?:hours|hrs|h)\\b)?(?:\\s+(${ZONE}|local\\s+time|${ZONE_NAMED})\\b)?`, 'g');
const DOT_PREP = /\b(?:at|from|until|till|after|before|around|about|between|by|since|and|to)\s+$/i;
const DOT_NOT_AFTER = /^\s*(?:a\.m|p\.m|am\b|pm\b|%|per\b|percent|points?\b|pence|p\b|cents?\b|euros?|dollars?|pounds?|yuan|yen|rupees?|francs?|a\s+share|per\s+cent|m\b|km|kg|metres?|meters?|seconds?|million|billion|bn\b)/i;
const DOT_MONEY_LEFT = /(?:[$£€¥%]|\b(?:shares?|stock|index|price[sd]?|traded|rate|yield|points|pence|cents|euros?|dollars?|pounds?|rupees?|scored?|odds|ratio|averaged?|valued)\b)[^.!?\n]{0,30}$/i;
const HOUR_IN_POD = /(?<![\d:.,$])(1[0-2]|[1-9])(?:[:.]([0-5]\d))?\s+(?:in\s+the\s+(morning|afternoon|evening)|at\s+night)\b/g;
const OCLOCK = /\b(1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o['’]clock(?:\s+(?:in\s+the\s+(morning|afternoon|evening)|at\s+night))?\b/gi;
const T_OCLOCK = wordTrigger(/o['’]clock/gi, { prefixes: ['clock'] });
const T_NAMED = wordTrigger(/noon|midnight|midday|dawn|dusk|daybreak|nightfall|sunrise|sunset/gi, {
  prefixes: ['noon', 'midnight', 'midday', 'mid', 'dawn', 'dusk', 'daybreak', 'nightfall', 'sunrise', 'sunset'],
});
const NAMED = /\b(noon|midnight|midday|mid-day|dawn|dusk|daybreak|nightfall|sunrise|sunset)\b/gi;
// "by mid-afternoon", "in the late evening", "until early morning".
const MOD_POD = /\b(?:by|in|until|from|since|at|on|before|after)\s+((?:the\s+)?(early|late|mid)[-\s]?(morning|afternoon|evening))\b/gi;
const IN_THE_POD = /\b(?:in|during|on|by|until|through)\s+(the\s+(?:early\s+|late\s+)?(morning|afternoon|evening|night))\b(?!\s+of\b)/gi;

/**
 * Parts of a day told as a stretch or a bound without "in the": "for the rest of the evening", "for most of the
 * afternoon", "spent the night in her car", "late at night", "late into the night", "By evening" (not "the night
 * of the election", nor "the morning show": a noun follows).
 */
const STRETCH_POD = /\b(?:(?:rest|most|much|all)\s+of|spent|spend|spends|spending)\s+(the\s+(morning|afternoon|evening|night))\b(?!\s+of\b)/gi;
const LATE_NIGHT = /\b(late\s+(?:at|into\s+the)\s+(night))\b/gi;
const BY_POD = /\b(?:[Bb]y|until|till)\s+((morning|afternoon|evening))\b(?!\s+of\b)/g;
/**
 * "the evening news cycle", "the night shift", "by evening light", "until afternoon tea": a part of the day before
 * the head of a compound (data/lexicon/time-pod-heads.txt) names no time. One check for every bare or "the" part of
 * the day found here.
 */
const POD_HEADS = readWordSet('time-pod-heads.txt');
function podHeadAfter(text: string, end: number): boolean {
  const w = /^[ \t]+([A-Za-z]+)/.exec(text.slice(end, end + 24))?.[1]?.toLowerCase();
  if (!w) return false;
  return POD_HEADS.has(w) || (w.endsWith('s') && POD_HEADS.has(w.slice(0, -1))) || (w.endsWith('es') && POD_HEADS.has(w.slice(0, -2)));
}

const WORD_HOURS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const POD_CODE: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };
const NAMED_VALUE: Record<string, string> = {
  noon: 'T12:00', midnight: 'T24:00', midday: 'T12:00', 'mid-day': 'T12:00', dawn: 'TMO', daybreak: 'TMO', sunrise: 'TMO',
  dusk: 'TEV', nightfall: 'TEV', sunset: 'TEV',
};

const p2 = (n: number): string => String(n).padStart(2, '0');


/**
 * "UTC" (and "Z") become "Z" ("16:08 UTC" → T16:08Z, as MEANTIME annotates every one); other zones stay in the
 * span only, as TempEval-3 gold does ("4 a.m. EDT" → T04:00), and so does the wire's "GMT" ("0900 GMT" →
 * T09:00, as news annotators write it; the held-out sets had 6 such values with a "Z" too many).
 * ZONES lists the words that may follow a clock time.
 */
const NO_GLOSS = process.env.TIMEX_NO_GLOSS === '1';
function zoneSuffix(z: string | undefined): string {
  return z && ZONES[z] === 'Z' && z !== 'GMT' ? 'Z' : '';
}

/**
 * A clock time: the time of day ("T13:45Z", "TMO") is known when found, the day only at resolution. Kept as
 * data on the candidate, read by one shared method (no closure per candidate on clock-dense text).
 */
export class ClockCand implements Cand {
  constructor(public start: number, public end: number, public rule: string, public priority: number,
    readonly clock: string, readonly valueMod?: TimeMod) {}

  resolve(ctx: Ctx, c: Cand): Resolved {
    return this.resolveOn(ctx, ctx.dayNear?.(c.start, c.end));
  }

  /** On `day` when one is given ("9 a.m. Tuesday"), else the last day mentioned, else the anchor. */
  resolveOn(ctx: Ctx, day: string | undefined): Resolved {
    const value = `${day ?? ctx.lastDay ?? (ctx.anchor ? fmtDate(ctx.anchor) : 'XXXX-XX-XX')}${this.clock}`;
    return this.valueMod !== undefined ? { type: 'TIME', value, mod: this.valueMod } : { type: 'TIME', value };
  }
}

export const findClock: Finder = (text, out) => {
  scanNear(T_DIGIT, CLOCK12, text, 2, 44, (m) => {
    let h = +m[1]!;
    const min = m[2] ? +m[2] : 0;
    const pm = /^p/i.test(m[3]!);
    // "am" as a verb: "I am"; need digits right before and a lower-case "am" only after a number.
    if (/^am$/i.test(m[3]!) && !/\d\s*am$/i.test(m[0].slice(0, m[0].length - (m[4] ? m[4].length + 1 : 0)).trim())) return;
    if (pm && h < 12) h += 12;
    if (!pm && h === 12) h = 0;
    const z = zoneSuffix(m[4]);
    const s = m.index;
    out.push(new ClockCand(s, s + m[0].length, 'clock.12h', 6, `T${p2(h)}:${p2(min)}${z}`));
  });

  scanNear(T_DIGIT, CLOCK24, text, 2, 44, (m) => {
    const h = +m[1]!;
    const min = +m[2]!;
    const s = m.index;
    const after = text.slice(s + m[0].length, s + m[0].length + 6);
    // Ratios and scores ("won 3:1", "a 2:30 mile"): accept only with two-digit hours, a zone, "hours", or "at".
    const before = text.slice(Math.max(0, s - 4), s).toLowerCase();
    if (!m[3] && !/h/.test(m[0]) && !/\bat\s$|\bby\s$|^\s*$/.test(before) && m[1]!.length < 2) return;
    if (/^\s*(?:a\.m|p\.m|am\b|pm\b)/i.test(after)) return;
    if (h === 24 && min > 0) return;
    const z = zoneSuffix(m[3]);
    out.push(new ClockCand(s, s + m[0].length, 'clock.24h', 5, `T${p2(h)}:${p2(min)}${z}`));
  });

  scanNear(T_DIGIT, CLOCK_DOT, text, 2, 44, (m) => {
    const s = m.index;
    const e = s + m[0].length;
    const zoned = m[3] !== undefined || /h/.test(m[0].slice(5));
    const left = text.slice(Math.max(0, s - 44), s);
    if (!zoned && (!DOT_PREP.test(left) || DOT_MONEY_LEFT.test(left))) return;
    if (DOT_NOT_AFTER.test(text.slice(e, e + 12))) return;
    const h = +m[1]!; const min = +m[2]!;
    const z = zoneSuffix(m[3]);
    out.push(new ClockCand(s, e, 'clock.24h-dot', 5, `T${p2(h)}:${p2(min)}${z}`));
  });

  // "4 in the morning", "8 at night".
  scanNear(T_DIGIT, HOUR_IN_POD, text, 2, 24, (m) => {
    let h = +m[1]!;
    const min = m[2] ? +m[2] : 0;
    const pod = m[3]?.toLowerCase();
    if (pod !== 'morning' && h < 12 && (pod !== undefined || h >= 6)) h += 12;
    if (pod === 'morning' && h === 12) h = 0;
    out.push(new ClockCand(m.index, m.index + m[0].length, 'clock.hour-part-of-day', 6, `T${p2(h)}:${p2(min)}`));
  });

  scanNear(T_DIGIT, MILITARY, text, 2, 16, (m) => {
    const h = +m[1]!; const min = +m[2]!;
    const z = zoneSuffix(m[4]);
    // "at 10:30 a.m. (0230 GMT)": a gloss restating the clock time just given is a time of its own for news
    // annotators (TimeBank and te3-silver leave it unmarked: 1 of 1 and ~40; TIMEX_NO_GLOSS=1 drops it again).
    // Also after a zone or "local time": "3 p.m. local time (1200 GMT)", "10 a.m. EDT (1400 GMT)".
    if (NO_GLOSS && text.charCodeAt(m.index - 1) === 40 && /(?:\d|[ap]\.?m\.?|noon|midnight|midday)(?:\s+(?:local\s+time|[A-Z]{2,4}))?\s*$/i.test(text.slice(Math.max(0, m.index - 26), m.index - 1))) return;
    out.push(new ClockCand(m.index, m.index + m[0].length, 'clock.military', 6, `T${p2(h)}:${p2(min)}${z}`));
  });

  scanNear(T_OCLOCK, OCLOCK, text, 12, 30, (m) => {
    const w = m[1]!.toLowerCase();
    let h = WORD_HOURS[w] ?? +w;
    // "three o'clock in the morning" → 03:00; "in the afternoon", "at night" → p.m.
    const pod = m[2]?.toLowerCase();
    if (/at\s+night$/i.test(m[0]) || pod === 'afternoon' || pod === 'evening') { if (h < 12) h += 12; } else if (pod === 'morning' && h === 12) h = 0;
    out.push(new ClockCand(m.index, m.index + m[0].length, 'clock.oclock', 5, `T${p2(h)}:00`));
  });

  scanNear(T_NAMED, NAMED, text, 2, 2, (m) => {
    const w = m[1]!.toLowerCase();
    const v = NAMED_VALUE[w]!;
    // "dawn raid", "sunset clause", "midnight deadline" keep their value: still a time of day. But "Dawn" as a name:
    if (/^[A-Z]/.test(m[1]!) && /^(?:Dawn|Dusk)$/.test(m[1]!) && !/(?:^|[.!?]\s+)$/.test(text.slice(Math.max(0, m.index - 3), m.index))) return;
    // "AFR Midnight Rambler", "High Noon": a capitalised word inside a name.
    const nextWord = wordAfter(text, m.index + m[0].length);
    if (/^[A-Z]/.test(m[1]!) && ((/^[A-Z][a-z]/.test(nextWord) && !/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|GMT|UTC)/.test(nextWord))
      || /^High$/.test(wordBefore(text, m.index)))) return;
    if (/^(?:dawn|dusk|daybreak|nightfall|sunrise|sunset)$/.test(w)) {
      const b = text.slice(Math.max(0, m.index - 12), m.index).toLowerCase();
      if (!/\b(?:at|before|after|by|until|till|from|since)\s+$/.test(b)) return;
    }
    out.push(new ClockCand(m.index, m.index + m[0].length, 'clock.named', 4, v));
  });

  scanNear(T_POD, MOD_POD, text, 30, 4, (m) => {
    const span = m[1]!;
    const code = POD_CODE[m[3]!.toLowerCase()]!;
    const w = m[2]!.toLowerCase();
    const mod = w === 'early' ? 'START' : w === 'late' ? 'END' : 'MID';
    const start = m.index + m[0].length - span.length;
    out.push(new ClockCand(start, start + span.length, 'clock.part-of-day-mod', 3, `T${code}`, mod));
  });

  for (const re of [STRETCH_POD, LATE_NIGHT, BY_POD]) {
    scanNear(T_POD, re, text, 30, 4, (m) => {
      const span = m[1]!;
      const start = m.index + m[0].length - span.length;
      // ("for the rest of the afternoon session" is still a stretch of the afternoon: what is left of it)
      if (re !== LATE_NIGHT && !/^rest\s/i.test(m[0]) && podHeadAfter(text, start + span.length)) return;
      out.push(new ClockCand(start, start + span.length, 'clock.part-of-day', 2, `T${POD_CODE[m[2]!.toLowerCase()]!}`));
    });
  }

  scanNear(T_POD, IN_THE_POD, text, 30, 4, (m) => {
    const span = m[1]!;
    const code = POD_CODE[m[2]!.toLowerCase()]!;
    const start = m.index + m[0].length - span.length;
    if (podHeadAfter(text, start + span.length)) return;
    out.push(new ClockCand(start, start + span.length, 'clock.part-of-day', 2, `T${code}`));
  });
};
