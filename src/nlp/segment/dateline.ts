// Datelines that open a story: "PYONGYANG, Sept 11 (Reuters) -", "TRIPOLI, Libya (AP) —",
// "WASHINGTON —", "Washington (CNN) —", "(CNN) —", "KUALA LUMPUR, April 1, 1997 (AFP)".
// "NEW DELHI: …" (colon style, unless the caps word is a label such as "BREAKING").
// Every repetition is bounded and the pieces are separated by characters the pieces cannot
// contain, so the sticky regexes run in time linear in the (short) match.

import { isSpaceCode, isUpperAt } from './chars.js';
import { NOT_DATELINE_LABELS } from './lexicon.js';

const labels = new Set(NOT_DATELINE_LABELS);
// Latin letter ranges rather than \p{Lu}: Unicode property classes cost milliseconds to compile
// on first use, and datelines in English copy are written in Latin script ("SÃO PAULO", "ŁÓDŹ").
const LU = 'A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u017F';
const LL = 'a-z\u00DF-\u00F6\u00F8-\u00FF\u0100-\u017F';
const CAPS = String.raw`[${LU}][${LU}'’.\-]+(?: [${LU}][${LU}'’.\-]*){0,3}`;
const MIXED = String.raw`[${LU}][${LU}${LL}'’.\-]*(?: [${LU}][${LU}${LL}'’.\-]*){0,3}`;
const DATE = String.raw`(?:[${LU}][${LL}]{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2} [${LU}][${LL}]{2,8}\.?(?: \d{4})?)`;
const AGENCY = String.raw`\([${LU}${LL}&.\- ]{2,30}\)`;
const DASH = String.raw`[\-–—]{1,3}`;


/** All-caps place, optional region/date, optional agency, then a dash. */
const WITH_CAPS = new RegExp(`${CAPS}(?:, ${MIXED}){0,2}(?:,? ${DATE})?(?: ?${AGENCY})? ?${DASH}`, 'y');
/** Mixed-case place needs the agency: "Washington (CNN) —". */
const WITH_AGENCY = new RegExp(`(?:${MIXED}(?:, ${MIXED}){0,2}(?:,? ${DATE})? ?)?${AGENCY} ?${DASH}`, 'y');
/** Mixed-case place with a region, then a dash: "Evansville, Indiana, United States -". */
const WITH_REGION = new RegExp(`${MIXED}(?:, ${MIXED}){1,2}(?:,? ${DATE})? ${DASH}`, 'y');
/** All-caps place and a colon: "NEW DELHI: …", "MUMBAI, Sept 18 (PTI):". */
const WITH_COLON = new RegExp(`(${CAPS})(?:, ${MIXED}){0,2}(?:,? ${DATE})?(?: ?${AGENCY})?:`, 'y');
/** A line on its own without a dash: "KUALA LUMPUR, April 1, 1997 (AFP)". */
const LINE_ONLY = new RegExp(`${CAPS}(?:, ${MIXED}){0,2}(?:,? ${DATE})?(?: ?${AGENCY})?`, 'y');

/**
 * End offset of a dateline starting at `at`, or -1. The dash variants must be followed by a space
 * (so "WASHINGTON-based" is no dateline); `lineEnd` lets a dash-less dateline fill its line.
 */
export function matchDateline(text: string, at: number, lineEnd: number, colon = true): number {
  // "By Nate Raymond. BOSTON (Reuters) -": a byline is not a dateline place.
  if (/^[Bb][Yy] /.test(text.slice(at, at + 3))) return -1;
  for (const re of [WITH_CAPS, WITH_AGENCY, WITH_REGION]) {
    re.lastIndex = at;
    if (re.test(text)) {
      const e = re.lastIndex;
      // A space after the dash, or an em/en dash glued to the first word: "WASHINGTON (AP)—Lawmakers".
      if (e < lineEnd && (isSpaceCode(text.charCodeAt(e)) || (text[e - 1] !== '-' && isUpperAt(text, e)))) return e;
    }
  }
  WITH_COLON.lastIndex = at;
  const m = colon ? WITH_COLON.exec(text) : null;
  if (m) {
    const e = WITH_COLON.lastIndex;
    if (e < lineEnd && text[e] === ' ' && !labels.has(m[1]) && isUpperAt(text, e + 1)) return e;
  }
  LINE_ONLY.lastIndex = at;
  if (LINE_ONLY.test(text) && LINE_ONLY.lastIndex === lineEnd) {
    const m = text.slice(at, lineEnd);
    // Needs a date or an agency: an all-caps line on its own may just be a shouted headline.
    if (/\d|\(/.test(m)) return lineEnd;
  }
  return -1;
}
