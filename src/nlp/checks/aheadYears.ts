import { join } from 'node:path';
import { projectRoot } from '../../core/shared.js';
import { readDataRows } from '../../core/data-rows.js';
import type { Check } from '../../core/types.js';
import { alt } from './lexicon.js';
import { countValue, NUM_WORD_SRC } from './numbers.js';
import { ruled } from './rule.js';
import type { SentenceSpans } from './sentences.js';

// DATE_ARITHMETIC: a span of years counted forward from the report and, later in the same sentence, the year it ends
// in: "he wanted the work finished within five years, in time for the Olympic Games that Paris will host in 2024" (a
// report of 2019), "the plant will close in three years, by 2027". The report's year plus the span is the year, a year
// either way (the report may stand late in its year, the end early in its own). The year may be of something else the
// sentence tells ("in five years, when the 2030 World Cup …" is another's), so only agreement is reported, and the
// year must be ahead of the report and the gap between the two hold no other figure and no "after", "since", "ago"
// (a span counted from another event).

const CUES = readDataRows(join(projectRoot, 'data', 'lexicon', 'checks-ahead-years.tsv'));
const cue = (k: string) => alt(CUES.filter((r) => r[0] === k).map((r) => r[1]!));
const AHEAD_RE = new RegExp(String.raw`\b(?:${cue('lead')})\s+(\d{1,2}|${NUM_WORD_SRC})\s+years?(?:['’]\s*time)?\b(?!\s*(?:old|ago|after|since|before|later|earlier|of)\b)`, 'gi');
const YEAR_AFTER_RE = new RegExp(String.raw`^([^.;:!?\d]{0,90}?)\b(?:${cue('year')})\s+((?:20|21)\d\d)\b(?![-–/]\d)`, 'i');
const OTHER_OFFSET_RE = /\b(?:after|since|ago|later|earlier|from)\b/i;

export function aheadYearChecks(text: string, anchor: string | undefined, sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  const pubY = anchor ? Number(anchor.slice(0, 4)) : NaN;
  if (!Number.isFinite(pubY)) return out;
  for (const [from, to] of sentences) {
    const st = text.slice(from, to);
    if (!/years?\b/i.test(st)) continue;
    for (const m of st.matchAll(AHEAD_RE)) {
      const n = countValue(m[1]!);
      if (n === undefined || n < 1 || n > 50) continue;
      const after = st.slice(m.index! + m[0].length);
      const y = YEAR_AFTER_RE.exec(after);
      if (!y || OTHER_OFFSET_RE.test(y[1]!)) continue;
      const year = Number(y[2]);
      if (year <= pubY || Math.abs(pubY + n - year) > 1) continue;
      const at = from + m.index!;
      const yAt = from + m.index! + m[0].length + y.index + y[0].length - y[2]!.length;
      out.push(ruled({
        kind: 'DATE_ARITHMETIC', status: 'CONSISTENT',
        refs: [{ start: at, end: at + m[0].length, text: m[0] }, { start: yAt, end: yAt + 4, text: y[2]! }],
        detail: `"${m[0]}" from the report's year ${pubY} = ${pubY + n}, the stated ${year}${pubY + n === year ? '' : ' (a year either way)'}`,
      }, 'date-arithmetic:ahead-years'));
    }
  }
  return out;
}
