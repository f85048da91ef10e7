import { allMatches } from '../../core/regex.js';
import type { Check } from '../../core/types.js';
import { clockMinutes, TIME_SRC } from './clockTimes.js';
import { countValue, NUM_WORD_SRC } from './numbers.js';
import { ruled } from './rule.js';
import type { SentenceSpans } from './sentences.js';
import { spanModKind, spanModSrc } from './spanMods.js';

// DATE_ARITHMETIC on the time between two moments of one day, read from the text:
//  - two clock times and the time stated between them: "The first tremor struck at 9:15 a.m.; a second followed
//    40 minutes later, at 9:55 a.m.", "left at 8:05 a.m. and landed at 10:35 a.m., two and a half hours later",
//    "the fire was put out at 9 a.m., after seven hours";
//  - two minutes of a match: "Gomez scored in the 23rd minute and Silva doubled the lead 10 minutes later, in the 33rd".
// The later moment is tied to the stated time by the wording (apposition); the earlier one is the nearest moment of the
// same kind told before it, in the sentence or the one before. A mismatch is reported only when that moment is the one
// candidate; otherwise only agreement.

const AMOUNT_SRC = String.raw`(?:\d{1,3}|${NUM_WORD_SRC}|an?|half\s+an)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?`;
/** The modifiers of a length (data/lexicon/checks-span-mods.tsv): their kind sets the slack of the gap. */
const DUR_MOD_SRC = String.raw`(?:${spanModSrc()})`;
// "40 minutes", "two and a half hours", "an hour and a half", "half an hour", "an hour and 20 minutes", "90 mins"
const DURATION_SRC = String.raw`(?:(${DUR_MOD_SRC})\s+)?(${AMOUNT_SRC})(\s+and\s+a\s+half)?\s+(minutes?|mins?|hours?|hrs?)(\s+and\s+a\s+half)?(?:\s+and\s+(\d{1,2}|${NUM_WORD_SRC})\s+minutes?)?`;
const LATER_SRC = String.raw`(?:later|afterwards|after\s+that|on)`;
const MINUTE_SRC = String.raw`(\d{1,3})(?:st|nd|rd|th)(?:[\s-]+minute\b|(?=\s*(?:[,;.)]|$)))`;

/** Minutes of a written duration; undefined when it cannot be read. */
function durationMinutes(m: RegExpExecArray, base: number): { min: number; approx?: string; hours: boolean } | undefined {
  const amount = m[base + 1]!.toLowerCase().replace(/\s+/g, ' ');
  const n = amount === 'half an' ? 0.5 : /^\d/.test(amount) ? Number(amount) : countValue(amount);
  if (n === undefined) return undefined;
  const half = m[base + 2] || m[base + 4] ? 0.5 : 0;
  const hours = /^h/i.test(m[base + 3]!);
  const extra = m[base + 5] ? (/^\d/.test(m[base + 5]!) ? Number(m[base + 5]) : countValue(m[base + 5]!)) ?? 0 : 0;
  return { min: (n + half) * (hours ? 60 : 1) + extra, approx: m[base]?.toLowerCase(), hours };
}

/**
 * Whether a gap in minutes fits a stated length: MORE up to half again, LESS up to half short, APPROX 15% or 5 minutes,
 * hours (LIMIT, EXACT and none) 5% or 5 minutes, minutes as written (one either way); never a gap of zero or less.
 */
function gapFits(dur: { min: number; approx?: string; hours: boolean }): (g: number) => boolean {
  const kind = dur.approx ? spanModKind(dur.approx) : undefined;
  const tol = kind === 'MORE' ? [0, dur.min * 0.5]
    : kind === 'LESS' ? [-dur.min * 0.5, 0]
    : kind === 'APPROX' ? [-Math.max(5, dur.min * 0.15), Math.max(5, dur.min * 0.15)]
    : dur.hours ? [-Math.max(5, dur.min * 0.05), Math.max(5, dur.min * 0.05)] : [-1, 1];
  return (g) => g > 0 && g - dur.min >= tol[0]! - 1e-9 && g - dur.min <= tol[1]! + 1e-9;
}

interface Moment { at: number; end: number; text: string; min: number; kind: 'clock' | 'match' }

// (built once: built per sentence, each call re-joined, re-hashed and, once V8's regexp cache had aged it out,
// recompiled the long clock-time pattern)
const CLOCK_G_RE = new RegExp(String.raw`(?<![\d:.,$£€])(${TIME_SRC})`, 'g');
const MATCH_MINUTE_G_RE = new RegExp(String.raw`\b(?:in|on|at|by|until|before|after|from|the|a|an|his|her|their|its)\s+(?:the\s+)?${MINUTE_SRC}`, 'gi');

function moments(text: string, from: number, to: number): Moment[] {
  const out: Moment[] = [];
  const s = text.slice(from, to);
  for (const m of allMatches(CLOCK_G_RE, s)) {
    const min = clockMinutes(m[1]!);
    if (min !== undefined) out.push({ at: from + m.index!, end: from + m.index! + m[0].length, text: m[0], min, kind: 'clock' });
  }
  for (const m of allMatches(MATCH_MINUTE_G_RE, s)) {
    const n = Number(m[1]);
    // "the 21st century" is no minute; a minute needs the word, or a minute told before in the sentence
    if (n < 1 || n > 130) continue;
    const word = /minute/i.test(m[0]);
    const at = from + m.index! + m[0].search(/\d/);
    if (!word && !/\bminute\b/i.test(s)) continue;
    out.push({ at, end: from + m.index! + m[0].length, text: text.slice(at, from + m.index! + m[0].length), min: n, kind: 'match' });
  }
  return out.sort((a, b) => a.at - b.at);
}

// "40 minutes later, at 9:55 a.m.", "40 minutes later, in the 33rd"
const DUR_THEN_TIME_RE = new RegExp(String.raw`\b${DURATION_SRC}\s+${LATER_SRC}\s*,?\s*(?:(?:at|by|around|in|on|shortly\s+after|just\s+after|just\s+before)\s+)?(?:the\s+)?$`, 'i');
// "brought under control after nearly 10 hours, around 1:30am": "after" and the length, then the later moment (the
// length may count from a moment the report leaves out, so only agreement is reported)
const AFTER_DUR_TIME_RE = new RegExp(String.raw`\bafter\s+${DURATION_SRC}\s*,\s*(?:(?:at|by|around|shortly\s+after|just\s+after|just\s+before)\s+)?$`, 'i');
// "at 10:35 a.m., two and a half hours later", "at 9 a.m., after seven hours", "in the 33rd minute, ten minutes later"
const TIME_THEN_DUR_RE = new RegExp(String.raw`^(?:\s+(?:local\s+time|GMT|UTC))?\s*(?:,|\(|[—–])\s*(?:(?:just|only)\s+)?(after\s+)?${DURATION_SRC}(?:\s+(${LATER_SRC}|after))?`, 'i');

export function clockLaterChecks(text: string, sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  const bySentence = sentences.map(([a, b]) => moments(text, a, b));
  bySentence.forEach((ms, si) => {
    for (let k = 0; k < ms.length; k++) {
      const t2 = ms[k]!;
      const [sFrom] = sentences[si]!;
      let dur: ReturnType<typeof durationMinutes>;
      let durText = '';
      const lead = text.slice(Math.max(sFrom, t2.at - 90), t2.at);
      // ("after nearly 10 hours" may count from a moment the report does not give: agreement only)
      const tight = DUR_THEN_TIME_RE.exec(lead);
      const before = tight ?? AFTER_DUR_TIME_RE.exec(lead);
      const loose = !tight && !!before;
      if (before) { dur = durationMinutes(before, 1); durText = before[0].replace(/[\s,]*(?:(?:at|by|around|in|on|shortly\s+after|just\s+after|just\s+before)\s+)?(?:the\s+)?$/i, '').trim(); }
      else {
        const after = TIME_THEN_DUR_RE.exec(text.slice(t2.end, Math.min(sentences[si]![1], t2.end + 80)));
        // "at 9 a.m., after seven hours" needs "after" before the length, or "later"/"after" behind it
        if (after && (after[1] || after[8])) { dur = durationMinutes(after, 2); durText = after[0].replace(/^[\s,(—–]+/, ''); }
      }
      if (!dur || dur.min <= 0) continue;
      if (t2.kind === 'match' && dur.hours) continue;
      // the earlier moment: same kind, before t2, in this sentence or the one before
      const cands = [...(si > 0 ? bySentence[si - 1]! : []), ...ms.slice(0, k)].filter((m) => m.kind === t2.kind && m.end <= t2.at && m.min !== t2.min);
      if (cands.length === 0) continue;
      const gap = (m: Moment) => (t2.kind === 'clock' ? ((t2.min - m.min) % 1440 + 1440) % 1440 : t2.min - m.min);
      const fitsGap = gapFits(dur);
      const fits = (m: Moment) => fitsGap(gap(m));
      const ok = [...cands].reverse().find(fits);
      const t1 = ok ?? cands[cands.length - 1]!;
      if (!ok && (cands.length > 1 || loose)) continue;
      if (!ok && gap(t1) <= 0) continue;
      const g = gap(t1);
      const say = (x: number) => (t2.kind === 'match' ? `${x} minutes` : x % 60 === 0 ? `${x / 60} h` : x >= 60 ? `${Math.floor(x / 60)} h ${x % 60} min` : `${x} min`);
      out.push(ruled({
        kind: 'DATE_ARITHMETIC', status: ok ? 'CONSISTENT' : 'INCONSISTENT',
        refs: [{ start: t1.at, end: t1.end, text: t1.text }, { start: t2.at, end: t2.end, text: t2.text }],
        detail: `${t2.kind === 'match' ? 'match minutes ' : ''}${t1.text} to ${t2.text} = ${say(g)}; stated "${durText}"${ok ? '' : ' does not fit'}`,
      }, t2.kind === 'match' ? 'date-arithmetic:match-minutes' : 'date-arithmetic:clock-later'));
    }
  });
  return out;
}


// DATE_ARITHMETIC across the report (date-arithmetic:clock-after-across): a moment and the length since an earlier one
// told in its clause ("was pronounced dead at 5:03 p.m. at the city hospital, about five and a half hours after he
// collapsed"), when the earlier moment's clock time is told in another sentence ("shots rang out shortly after 11:30
// a.m."). The earlier moment is not named by the clause, so only agreement is reported, and only when exactly one
// time of day of the report, earlier the same day, fits the length.
const AFTER_CLAUSE_RE = new RegExp(String.raw`^[^;!?]{0,80}?,\s*${DURATION_SRC}\s+after\b`, 'i');

export function clockAfterAcrossChecks(text: string, sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  const bySentence = sentences.map(([a, b]) => moments(text, a, b).filter((m) => m.kind === 'clock'));
  const all = bySentence.flat();
  bySentence.forEach((ms, si) => {
    for (const t2 of ms) {
      const tail = text.slice(t2.end, Math.min(sentences[si]![1], t2.end + 200));
      const m = AFTER_CLAUSE_RE.exec(tail);
      if (!m || /\.\s+\p{Lu}/u.test(m[0])) continue;
      const dur = durationMinutes(m, 1);
      if (!dur || dur.min <= 0) continue;
      // earlier the same day: no wrap past midnight, which the report would have to tell
      const fitsGap = gapFits(dur);
      const fits = all.filter((t1) => t1.at !== t2.at && fitsGap(t2.min - t1.min));
      if (fits.length !== 1) continue;
      const t1 = fits[0]!;
      const g = t2.min - t1.min;
      const durText = m[0].slice(m[0].search(/,\s*/) + 1).trim();
      out.push(ruled({
        kind: 'DATE_ARITHMETIC', status: 'CONSISTENT',
        refs: [{ start: t2.at, end: t2.end, text: t2.text }, { start: t1.at, end: t1.end, text: t1.text }],
        detail: `${t1.text} to ${t2.text} = ${g >= 60 ? `${Math.floor(g / 60)} h ${g % 60} min` : `${g} min`}; stated "${durText}"`,
      }, 'date-arithmetic:clock-after-across'));
    }
  });
  return out;
}
