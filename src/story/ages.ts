// A person's age as a report gives it beside their name: "Andreas Lubitz, 27, …", "(27)", or "the 27-year-old
// co-pilot Andreas Lubitz". A head count or a year beside a name is no age: "Smith, 2015," and "Smith, 300 …" are
// left out by the bounds and the closing comma.

import type { Offsets } from '../core/types.js';

/** The oldest age read (a larger number beside a name is something else). */
const MAX_AGE = 120;

/** The age a report gives right at a mention of a person, and the span of its figure; undefined when it gives none. */
export function ageAt(text: string, m: Offsets): { value: number; span: Offsets & { text: string } } | undefined {
  // "Lubitz, 27, had …", "Zhu Hongmei, 65." , "Lubitz (27)"; "Lubitz, a 27-year-old German", "Lubitz, aged 27",
  // "Lubitz, who was 27,"
  const rest = text.slice(m.end, m.end + 40);
  const after = /^(?:,\s*|\s*\()(\d{1,3})(?:\s*,|\s*\)|\.(?!\d)|\s+(?:and|was|is|had|has|who|from|of)\b)/.exec(rest)
    ?? /^,\s*(?:an?\s+|the\s+)?(\d{1,3})[- ]years?[- ]old\b/i.exec(rest)
    ?? /^,?\s*(?:aged|age)\s+(\d{1,3})\b/i.exec(rest)
    ?? /^,\s*who\s+(?:was|is)\s+(\d{1,3})\s*[,.]/i.exec(rest);
  if (after) {
    const value = Number(after[1]);
    const start = m.end + after[0].indexOf(after[1]!);
    if (value > 0 && value <= MAX_AGE) return { value, span: { start, end: start + after[1]!.length, text: after[1]! } };
  }
  // "the 27-year-old co-pilot Andreas Lubitz", "27-year-old Lubitz": at most three words between, none of them ending a clause
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  const b = /\b(\d{1,3})[- ]years?[- ]old\s+(?:[\p{L}'-]+\s+){0,3}$/iu.exec(before);
  if (b) {
    const value = Number(b[1]);
    const start = m.start - before.length + (b.index ?? 0);
    if (value > 0 && value <= MAX_AGE) return { value, span: { start, end: start + b[1]!.length, text: b[1]! } };
  }
  return undefined;
}
