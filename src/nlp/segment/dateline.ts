// Datelines that open a story: "PYONGYANG, Sept 11 (Reuters) -", "TRIPOLI, Libya (AP) —",
// "WASHINGTON —", "Washington (CNN) —", "(CNN) —", "KUALA LUMPUR, April 1, 1997 (AFP)".
// "NEW DELHI: …" (colon style, unless the caps word is a label such as "BREAKING").
// Every repetition is bounded and the pieces are separated by characters the pieces cannot
// contain, so the sticky regexes run in time linear in the (short) match.

import { NOT_DATELINE_LABELS } from './lexicon.js';

const labels = new Set(NOT_DATELINE_LABELS);
const CAPS = String.raw`\p{Lu}[\p{Lu}'’.\-]+(?: \p{Lu}[\p{Lu}'’.\-]*){0,3}`;
const MIXED = String.raw`\p{Lu}[\p{L}'’.\-]*(?: \p{Lu}[\p{L}'’.\-]*){0,3}`;
const DATE = String.raw`(?:\p{Lu}\p{Ll}{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2} \p{Lu}\p{Ll}{2,8}\.?(?: \d{4})?)`;
const AGENCY = String.raw`\([\p{L}&.\- ]{2,30}\)`;
const DASH = String.raw`[\-–—]{1,3}`;


/** All-caps place, optional region/date, optional agency, then a dash. */
const WITH_CAPS = new RegExp(`${CAPS}(?:, ${MIXED}){0,2}(?:,? ${DATE})?(?: ?${AGENCY})? ?${DASH}`, 'uy');
/** Mixed-case place needs the agency: "Washington (CNN) —". */
const WITH_AGENCY = new RegExp(`(?:${MIXED}(?:, ${MIXED}){0,2}(?:,? ${DATE})? ?)?${AGENCY} ?${DASH}`, 'uy');
/** Mixed-case place with a region, then a dash: "Evansville, Indiana, United States -". */
const WITH_REGION = new RegExp(`${MIXED}(?:, ${MIXED}){1,2}(?:,? ${DATE})? ${DASH}`, 'uy');
/** All-caps place and a colon: "NEW DELHI: …", "MUMBAI, Sept 18 (PTI):". */
const WITH_COLON = new RegExp(`(${CAPS})(?:, ${MIXED}){0,2}(?:,? ${DATE})?(?: ?${AGENCY})?:`, 'uy');
/** A line on its own without a dash: "KUALA LUMPUR, April 1, 1997 (AFP)". */
const LINE_ONLY = new RegExp(`${CAPS}(?:, ${MIXED}){0,2}(?:,? ${DATE})?(?: ?${AGENCY})?`, 'uy');

/**
 * End offset of a dateline starting at `at`, or -1. The dash variants must be followed by a space
 * (so "WASHINGTON-based" is no dateline); `lineEnd` lets a dash-less dateline fill its line.
 */
export function matchDateline(text: string, at: number, lineEnd: number): number {
  for (const re of [WITH_CAPS, WITH_AGENCY, WITH_REGION]) {
    re.lastIndex = at;
    if (re.test(text)) {
      const e = re.lastIndex;
      // A space after the dash, or an em/en dash glued to the first word: "WASHINGTON (AP)—Lawmakers".
      if (e < lineEnd && (/\s/.test(text[e]) || (text[e - 1] !== '-' && /\p{Lu}/u.test(text[e])))) return e;
    }
  }
  WITH_COLON.lastIndex = at;
  const m = WITH_COLON.exec(text);
  if (m) {
    const e = WITH_COLON.lastIndex;
    if (e < lineEnd && text[e] === ' ' && !labels.has(m[1]) && /\p{Lu}/u.test(text[e + 1] ?? '')) return e;
  }
  LINE_ONLY.lastIndex = at;
  if (LINE_ONLY.test(text) && LINE_ONLY.lastIndex === lineEnd) {
    const m = text.slice(at, lineEnd);
    // Needs a date or an agency: an all-caps line on its own may just be a shouted headline.
    if (/\d|\(/.test(m)) return lineEnd;
  }
  return -1;
}
