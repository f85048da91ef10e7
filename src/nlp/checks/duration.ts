import { join } from 'node:path';
import { readDataRows } from '../../core/data-rows.js';
import { alternation, phrasePattern } from '../../core/regex.js';
import { projectRoot } from '../../core/shared.js';
import type { TimeExpr } from '../../core/types.js';
import { NUMBER_WORDS, own } from '../quantity/lexicon.js';

/** A journey duration in hours, with where it came from. */
export interface Hours { hours: number; text: string; start: number; end: number; ref?: number }

const ISO_RE = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
// "an entire day", "20 hours", "two days", "a full week", "90 minutes"
const TEXT_RE = /\b(an?|one|\d+(?:\.\d+)?|[a-z]+)\s+(?:entire\s+|full\s+|whole\s+)?(days?|hours?|hrs?|minutes?|mins?|weeks?|nights?)\b/gi;
const UNIT_HOURS: Record<string, number> = { day: 24, night: 24, hour: 1, hr: 1, minute: 1 / 60, min: 1 / 60, week: 168 };

/** Hours of an ISO 8601 duration ("PT20H", "P1D"); undefined for years and months (too vague for a journey). */
export function isoHours(value: string): number | undefined {
  const m = ISO_RE.exec(value);
  if (!m || m[1] || m[2]) return undefined;
  const n = (i: number) => (m[i] ? Number(m[i]) : 0);
  const h = n(3) * 168 + n(4) * 24 + n(5) + n(6) / 60 + n(7) / 3600;
  return h > 0 ? h : undefined;
}

/**
 * Durations of hours to weeks inside [from, to): the time stage's first, else read from the text. `only`, when given,
 * lists (in order) the indices of the times that may lie there — the caller's binary search over times sorted by start,
 * so a long document's many times are not all read for each span.
 */
export function durationsIn(text: string, times: readonly TimeExpr[], from: number, to: number, only?: readonly number[]): Hours[] {
  const out: Hours[] = [];
  for (const idx of only ?? times.keys()) {
    const t = times[idx]!;
    if (t.type !== 'DURATION' || t.start < from || t.end > to) continue;
    const h = isoHours(t.value);
    if (h !== undefined) out.push({ hours: h, text: t.text, start: t.start, end: t.end, ref: idx });
  }
  if (out.length > 0) return joinParts(text, out);
  const slice = text.slice(from, to);
  TEXT_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TEXT_RE.exec(slice)) !== null) {
    const w = m[1].toLowerCase();
    const n = /^\d/.test(w) ? Number(w) : w === 'a' || w === 'an' ? 1 : own(NUMBER_WORDS, w);
    if (n === undefined || !Number.isFinite(n)) continue;
    const unit = m[2].toLowerCase().replace(/s$/, '');
    const per = UNIT_HOURS[unit];
    if (per === undefined) continue;
    out.push({ hours: n * per, text: m[0], start: from + m.index, end: from + m.index + m[0].length });
  }
  // "takes 2h", "2hrs 30min": a unit abbreviated, glued or after one space (not "km/h": no figure right before the "h";
  // not "14h30", "at 10h", "at around 9h" or "between 9h and 17h", a time of day as some outlets write it)
  // (both scans run left to right, so one pointer over the spelled-out times finds any overlap)
  const spelled = out.length;
  let k = 0;
  ABBR_RE.lastIndex = 0;
  while ((m = ABBR_RE.exec(slice)) !== null) {
    // lower case only ("Group 5 H", "2 H-bombs"), and a lone "h" glued to its figure ("Sector 4 h" is a name)
    if (m[2] !== m[2]!.toLowerCase() || (m[2] === 'h' && m[0].includes(' '))) continue;
    const per = UNIT_HOURS[ABBR_UNITS[m[2]!]!];
    const start = from + m.index; const end = start + m[0].length;
    while (k < spelled && out[k]!.end <= start) k++;
    if (per === undefined || (k < spelled && out[k]!.start < end)) continue;
    out.push({ hours: Number(m[1]) * per, text: m[0], start, end });
  }
  // "ran the 42.195 km in 2:01:09": a race time, hours, minutes and seconds, after "in" or "of"
  RACE_CLOCK_RE.lastIndex = 0;
  while ((m = RACE_CLOCK_RE.exec(slice)) !== null) {
    const at = m.index + m[0].length - m[1]!.length;
    const [h, mi, se] = m[1]!.split(':').map(Number) as [number, number, number];
    out.push({ hours: h + mi / 60 + se / 3600, text: m[1]!, start: from + at, end: from + at + m[1]!.length });
  }
  return joinParts(text, out);
}

const ABBR_UNITS: Record<string, string> = { h: 'hour', hr: 'hour', hrs: 'hour', min: 'minute', mins: 'minute' };
// (a time of day: "at 10h", "left at around 9h", "runs between 9h and 17h", "from 9h to 17h"; the words before it in
// data/lexicon/checks-clock-preps.txt)
export const CLOCK_PREPS: readonly string[] = readDataRows(join(projectRoot, 'data', 'lexicon', 'checks-clock-preps.txt')).map((r) => r[0]!).filter(Boolean);
const ABBR_RE = new RegExp(
  `(?<!\\b(?:${alternation(CLOCK_PREPS, phrasePattern)})\\s)\\b(\\d{1,4}(?:\\.\\d+)?) ?(hrs|hr|h|mins|min)(?![\\w/]|\\.\\w)`, 'gi');
const RACE_CLOCK_RE = /\b(?:in|of)\s+(\d{1,2}:[0-5]\d:[0-5]\d)(?![\d:])/gi;

const JOIN_GAP_RE = /^\s*(?:,\s*)?(?:and\s+)?$/;
/** "two hours and 22 minutes", "4 hours 17 minutes": a larger unit then a smaller one, read as one duration. */
function joinParts(text: string, ds: Hours[]): Hours[] {
  const sorted = [...ds].sort((a, b) => a.start - b.start);
  const out: Hours[] = [];
  for (const d of sorted) {
    const prev = out[out.length - 1];
    if (prev && d.hours < prev.hours && d.hours < 24 && JOIN_GAP_RE.test(text.slice(prev.end, d.start))) {
      const start = prev.start;
      out[out.length - 1] = { hours: prev.hours + d.hours, text: text.slice(start, d.end), start, end: d.end, ...(prev.ref !== undefined ? { ref: prev.ref } : {}) };
      continue;
    }
    out.push(d);
  }
  return out;
}
