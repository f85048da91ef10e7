import { join } from 'node:path';
import { readDataRows } from '../../core/data-rows.js';
import { projectRoot } from '../../core/shared.js';
import type { Check, Entity } from '../../core/types.js';
import { clockMinutes, hhmm, mod1440, placeOffsets, TIME_SRC } from './clockTimes.js';
import { ZONE_OFFSETS } from './lexicon.js';
import { countValue, NUM_WORD_SRC } from './numbers.js';
import { ruled } from './rule.js';
import type { SentenceSpans } from './sentences.js';
import { allMatches, phrasePattern } from '../../core/regex.js';

// DATE_ARITHMETIC: a time of day, the offset of its zone stated beside it, and the time it gives elsewhere: "struck at
// 12:50pm Myanmar time, which is 30 minutes behind Bangkok, or 1:20pm here", "at 9 a.m. in Kabul, four and a half
// hours ahead of GMT (4:30 a.m. GMT)". The report states all three figures, so the arithmetic decides either way —
// but only where the three surely belong together:
//  - the other clock is a place's (a GPE/LOC entity, or a place of data/lexicon/utc-offsets.tsv), a zone abbreviation
//    or "X time": "12 minutes behind Smith (3:58pm)" is a race, "behind Virgin's (10:15)" a timetable;
//  - the second time is that clock's: nothing after it, or "here", "there", "local time", the same name, "X time" or
//    the same abbreviation; "two hours behind Moscow, or 9pm in London" gives London's time, not Moscow's;
//  - no word of a season (data/lexicon/checks-season-words.txt) in the sentence, and no abbreviation after the second
//    time other than the zone compared: "ahead of London in winter (5:30 BST)" mixes standard and summer time.

const LEN_SRC = String.raw`(\d{1,2}|${NUM_WORD_SRC}|an?|half\s+an?)(?:\s+and\s+(a\s+half))?\s+(hours?|minutes?)`;
const OFFSET_RE = new RegExp(String.raw`(${TIME_SRC})([^.;\d]{0,40}?),?\s+(?:which\s+is\s+|that\s+is\s+|is\s+)?${LEN_SRC}\s+(behind|ahead\s+of|earlier\s+than|later\s+than)\s+([^,.;()]{2,40}?)\s*[,(]\s*(?:or\s+|i\.e\.\s+)?(${TIME_SRC})`, 'gid');
const SEASON_RE = new RegExp(String.raw`\b(?:${readDataRows(join(projectRoot, 'data', 'lexicon', 'checks-season-words.txt')).map((r) => phrasePattern(r[0]!)).join('|')})\b`, 'i');

/** The other clock named after "behind"/"ahead of" is a place's or a zone's. */
function isClock(text: string, start: number, name: string, entities: readonly Entity[] | undefined): boolean {
  if (Object.hasOwn(ZONE_OFFSETS, name)) return true;
  if (/^\p{Lu}[\p{L}.'’ -]*\s+time$/iu.test(name)) return true;
  if (placeOffsets(name)) return true;
  return !!entities?.some((e) => (e.type === 'GPE' || e.type === 'LOC') && e.mentions.some((m) => m.start === start && m.end === start + name.length));
}

/** What follows the second time, up to the end of its clause, names the other clock (or nothing). */
function tailFits(tail: string, name: string): boolean {
  const t = tail.trim().replace(/\s+/g, ' ');
  if (t === '' || /^(?:here|there|local time)$/i.test(t)) return true;
  const bare = name.replace(/\s+time$/i, '');
  return t.toLowerCase() === name.toLowerCase() || t.toLowerCase() === `${bare.toLowerCase()} time`;
}

export function statedOffsetChecks(text: string, sentences: SentenceSpans, entities?: readonly Entity[]): Check[] {
  const out: Check[] = [];
  for (const [from, to] of sentences) {
    const st = text.slice(from, to);
    if (!/\b(?:behind|ahead|earlier than|later than)\b/i.test(st)) continue;
    if (SEASON_RE.test(st)) continue;
    for (const m of allMatches(OFFSET_RE, st)) {
      // the other clock is a place's or a zone's ("behind Bangkok", "ahead of GMT"), not a plan's ("behind schedule")
      const raw = m[7]!;
      const lead = raw.match(/^\s*(?:the\s+)?/i)![0].length;
      const name = raw.slice(lead).trim();
      if (!/^\p{Lu}/u.test(name)) continue;
      const nameAt = from + m.indices![7]![0] + lead;
      if (!isClock(text, nameAt, name, entities)) continue;
      const tail = st.slice(m.index! + m[0].length).match(/^[^,;.()\n]*/)![0];
      if (!tailFits(tail, name)) continue;
      const t1 = clockMinutes(m[1]!);
      const t2 = clockMinutes(m[8]!);
      const w = m[3]!.toLowerCase().replace(/\s+/g, ' ');
      const base = w === 'half an' || w === 'half a' ? 0.5 : countValue(w);
      if (t1 === undefined || t2 === undefined || base === undefined) continue;
      const n = (base + (m[4] ? 0.5 : 0)) * (/^hour/i.test(m[5]!) ? 60 : 1);
      if (n <= 0 || n >= 24 * 60) continue;
      // the first zone is behind the other: the other's clock is later by the offset
      const sign = /^(?:behind|earlier)/i.test(m[6]!) ? 1 : -1;
      const want = mod1440(t1 + sign * n);
      const ok = want === t2;
      const at = from + m.index!;
      out.push(ruled({
        kind: 'DATE_ARITHMETIC', status: ok ? 'CONSISTENT' : 'INCONSISTENT',
        refs: [{ start: at, end: at + m[1]!.length, text: m[1]! }, { start: at + m[0].length - m[8]!.length, end: at + m[0].length, text: m[8]! }],
        detail: `${m[1]} ${sign > 0 ? '+' : '−'} ${n} minutes (${m[6]} ${name}) = ${hhmm(want)}; stated "${m[8]}"${ok ? '' : ', which does not fit'}`,
      }, 'date-arithmetic:stated-offset'));
    }
  }
  return out;
}
