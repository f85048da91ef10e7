import type { Check } from '../../core/types.js';
import { COUNT_SRC } from './numbers.js';
import { ruled } from './rule.js';
import type { SentenceSpans } from './sentences.js';

// COUNT UNVERIFIABLE: a change told by its factor ("doubled", "tripled", "halved", "rose by a third") with no base
// figure in its sentence: "Applications have doubled since 2020", "Prices tripled to 90 cents". The factor is a claim
// about two figures and the report gives at most one, so no arithmetic can be done; the detail says which is missing.
// A sentence with a base ("from 40", "up from 40") or two figures or more is left to the rules that compute the
// factor (count:factor). Idioms are no change of a figure: "doubled down", "doubled over", "doubled as".

const FACTOR_WORD_RE = /\b(?:(?:more\s+than|nearly|almost|roughly|about|over)\s+)?(doubled|tripled|trebled|quadrupled|halved)\b(?!\s+(?:down|over|up|as|back|in\s+(?:pain|size\s+as)))|\b(?:rose|grew|increased|jumped|climbed|fell|dropped|declined|decreased|shrank|was\s+cut|were\s+cut)\s+by\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+)?(a\s+(?:third|quarter|half|fifth|fourth)|half|two-thirds|three-quarters)\b/gi;
/** A figure of the sentence: digits or a number word, not a year and not a day of a date. */
const FIGURE_RE = new RegExp(String.raw`(?<![\w.,])(${COUNT_SRC})(?![\w])(?!\s*(?:a\.m\.|p\.m\.))`, 'gi');
const YEAR_RE = /^(?:1[89]|20)\d\d$/;
const MONTH_BEFORE_RE = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+$/;
const MONTH_AFTER_RE = /^\s+(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/;
/** Before a figure: it is the base ("from 40", "up from 40", "compared with 40"). */
const BASE_BEFORE_RE = /\b(?:from|compared\s+(?:with|to)|against|versus|than)\s+(?:about\s+|around\s+|some\s+|nearly\s+|just\s+)?[$£€¥₹]?\s*$/i;
/** Number words that are no figure here ("one of", "a third" inside the factor itself). */
const NOT_FIGURE = new Set(['a', 'an', 'one']);

export function changeBaseChecks(text: string, sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  for (const [from, to] of sentences) {
    const s = text.slice(from, to);
    FACTOR_WORD_RE.lastIndex = 0;
    const f = FACTOR_WORD_RE.exec(s);
    if (!f) continue;
    const factorText = f[0];
    const fAt = from + f.index;
    const figures: string[] = [];
    let base = false;
    for (const m of s.matchAll(FIGURE_RE)) {
      const at = m.index!;
      const w = m[1]!;
      if (NOT_FIGURE.has(w.toLowerCase()) || YEAR_RE.test(w)) continue;
      if (at >= f.index && at < f.index + factorText.length) continue;
      // a day of a date ("March 3", "3 March")
      if (/^\d{1,2}$/.test(w) && (MONTH_BEFORE_RE.test(s.slice(Math.max(0, at - 12), at)) || MONTH_AFTER_RE.test(s.slice(at + w.length, at + w.length + 12)))) continue;
      figures.push(w);
      if (BASE_BEFORE_RE.test(s.slice(Math.max(0, at - 25), at))) base = true;
    }
    if (base || figures.length >= 2) continue;
    out.push(ruled({
      kind: 'COUNT', status: 'UNVERIFIABLE', refs: [{ start: fAt, end: fAt + factorText.length, text: factorText }],
      detail: `"${factorText}" claims a change by a factor, but ${figures.length ? `only one figure (${figures[0]}) is given` : 'no figure is given'}: no base to check it against`,
    }, 'count:change-no-base'));
  }
  return out;
}
