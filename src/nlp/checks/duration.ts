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

/** Durations of hours to weeks inside [from, to): the time stage's first, else read from the text. */
export function durationsIn(text: string, times: readonly TimeExpr[], from: number, to: number): Hours[] {
  const out: Hours[] = [];
  times.forEach((t, idx) => {
    if (t.type !== 'DURATION' || t.start < from || t.end > to) return;
    const h = isoHours(t.value);
    if (h !== undefined) out.push({ hours: h, text: t.text, start: t.start, end: t.end, ref: idx });
  });
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
  return joinParts(text, out);
}

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
