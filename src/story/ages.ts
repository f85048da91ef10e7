// A person's age as a report gives it beside their name: "Andreas Lubitz, 27, …", "(27)", or "the 27-year-old
// co-pilot Andreas Lubitz". A head count or a year beside a name is no age: "Smith, 2015," and "Smith, 300 …" are
// left out by the bounds and the closing comma.

import type { Offsets } from '../core/types.js';
import type { Reading } from './values.js';
import type { Verdict } from './series.js';
import { AGED, AGE_FIGURE, COMMA_AGE, PAREN_AGE, YEAR_OLD, isAge } from '../nlp/age-phrases.js';

/**
 * The oldest age the story reader reads beside a name: a figure of 121-124 there is far likelier a count than a living
 * person's age (the oldest living people are in their 110s). The checks read up to MAX_AGE (124) against a stated birth
 * year; the story reader kept its 120 (83dd916 had moved it to 124 unremarked; review finding 6).
 */
export const STORY_MAX_AGE = 120;

// the phrases at a mention's end, built from the age phrases the checks read too (src/nlp/age-phrases.ts): "Lubitz,
// 27, had …" (COMMA_AGE), "Lubitz (27)" (PAREN_AGE), and the story's own closers after ', 27': a full stop ("Zhu
// Hongmei, 65.") or a word that goes on ("Kim, 39 and …", "Kim, 39 was …")
const APPOSED_AFTER = new RegExp(String.raw`^(?:${COMMA_AGE}|${PAREN_AGE}|,\s${AGE_FIGURE}(?:\.(?!\d)|\s+(?:and|was|is|who|from|of)\b))`);
// "Lubitz, a 27-year-old German"
const YEAR_OLD_AFTER = new RegExp(String.raw`^,\s*(?:an?\s+|the\s+)?${YEAR_OLD}`, 'i');
// "Lubitz, aged 27" (AGED), "Lubitz, age 27"
const AGED_AFTER = new RegExp(String.raw`^,?\s*(?:${AGED}|age\s${AGE_FIGURE}\b)`, 'i');

/** The figure an age phrase matched: its one group that took part (the composed phrases have one group each). */
const figureOf = (m: RegExpExecArray): string => m.slice(1).find((x) => x !== undefined)!;
// "Lubitz, who was 27,"
const WHO_WAS_AFTER = new RegExp(String.raw`^,\s*who\s+(?:was|is)\s+${AGE_FIGURE}\s*[,.]`, 'i');
// before a mention: "the 27-year-old co-pilot Andreas Lubitz" (at most three words between)
const YEAR_OLD_BEFORE = new RegExp(String.raw`\b${YEAR_OLD}\s+((?:[\p{L}'-]+\s+){0,3})$`, 'iu');

/** Words before a name that make it a speaker whose words follow a comma: "According to (police chief) X,", "said X,". */
const SPEAKER_BEFORE = /\b(?:according\s+to|said|says|told|added|explained|noted)\s+(?:[\p{L}.'-]+\s+){0,4}$/iu;

/**
 * A word between a -year-old and a name it describes: a title or nationality (capitalised: "Mayor", "German") or a
 * lower-case noun ("co-pilot", "student"), never a verb (past in -ed or irregular, present in -s), a conjunction, a
 * possessive or a preposition ("man stabbed Mayor", "student told Mayor", "and her mother").
 */
function titleOrNoun(w: string): boolean {
  if (/^\p{Lu}/u.test(w)) return true;
  if (/^(?:and|or|but|nor|his|her|their|its|our|my|your|whose|who|which|that|to|of|by|for|at|in|on|from|with|as|than|was|is|were|are|had|has|have|told|said|met|hit|shot|saw|beat|struck|fought|left|sent|led|took|gave|found|knew|stole|threw|drove|sued|slew|bit|cut|held|hurt|kept|let|made|paid|put|ran|sold|stood|wrote|became|came|went|got)$/i.test(w)) return false;
  return !/(?:ed|[^su']s)$/i.test(w);
}

/** The age a report gives right at a mention of a person, and the span of its figure; undefined when it gives none. */
export function ageAt(text: string, m: Offsets): { value: number; span: Offsets & { text: string } } | undefined {
  // "Lubitz, 27, had …", "Zhu Hongmei, 65." , "Lubitz (27)"; "Lubitz, a 27-year-old German", "Lubitz, aged 27",
  // "Lubitz, who was 27,"
  const rest = text.slice(m.end, m.end + 40);
  // (not past a speaker: "According to police chief Mark Jones, 40 had been arrested", "said Mark Jones, 40 of them
  // …": the figure opens the reported words)
  const spoke = SPEAKER_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start));
  const after = (spoke ? null : APPOSED_AFTER.exec(rest)) ?? YEAR_OLD_AFTER.exec(rest) ?? AGED_AFTER.exec(rest) ?? WHO_WAS_AFTER.exec(rest);
  if (after) {
    const fig = figureOf(after);
    const value = Number(fig);
    const start = m.end + after[0].indexOf(fig);
    if (isAge(value, STORY_MAX_AGE)) return { value, span: { start, end: start + fig.length, text: fig } };
  }
  // "the 27-year-old co-pilot Andreas Lubitz", "27-year-old Lubitz": at most three words between, a title or a
  // lower-case noun phrase ("A 22-year-old man stabbed Mayor John Smith" gives Smith no age)
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  const b = YEAR_OLD_BEFORE.exec(before);
  if (b && b[2]!.split(/\s+/).filter(Boolean).every(titleOrNoun)) {
    const value = Number(b[1]);
    const start = m.start - before.length + (b.index ?? 0);
    if (isAge(value, STORY_MAX_AGE)) return { value, span: { start, end: start + b[1]!.length, text: b[1]! } };
  }
  return undefined;
}

/**
 * The verdict on a person's ages as reports give them: a person ages one year per year between two reports' dates
 * ("John Miller, 27," on 10 Jan 2023 and "John Miller, 28," on 20 Nov 2023 agree), with one year either way in any
 * case (a birthday between the event and the telling, an age rounded); other figures contradict.
 */
export function judgeAges(readings: readonly Reading[]): { consistent: boolean; verdict: Verdict; why: string } {
  const when = (r: Reading) => (r.asOf ? Date.parse(r.asOf.slice(0, 10)) : NaN);
  for (const a of readings) {
    for (const b of readings) {
      const ta = when(a); const tb = when(b);
      const years = Number.isFinite(ta) && Number.isFinite(tb) ? (tb - ta) / (365.25 * 86_400_000) : 0;
      if (years < 0) continue;
      const diff = b.value - a.value;
      if (diff < Math.floor(years) - 1 || diff > Math.floor(years) + 1) {
        return { consistent: false, verdict: 'contradiction', why: `${a.label} (${a.asOf ?? 'undated'}) and ${b.label} (${b.asOf ?? 'undated'}) are ${Math.abs(diff)} years apart, ${years.toFixed(1)} years between the reports` };
      }
    }
  }
  const distinct = new Set(readings.map((r) => r.value)).size;
  return { consistent: true, verdict: readings.length < 2 ? 'single' : distinct > 1 ? 'updated' : 'agree', why: distinct > 1 ? 'the ages differ by no more than the years between the reports, one year either way' : 'the readings agree' };
}
