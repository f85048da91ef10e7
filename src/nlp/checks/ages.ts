import type { Check } from '../../core/types.js';
import { ruled } from './rule.js';
import { sentenceSpanAt } from './sentences.js';

// "Kim, 39, was born in 1984", "the 77-year-old, born in January 1946": a stated age against a stated
// birth year and the publication date. Only inside one sentence, and never for the dead ("died aged 80"):
// an age at death is not an age today.

const AGE_RE = /\b(\d{1,3})-year-old\b|\p{Lu}[\p{L}'’-]+,\s(\d{1,3}),\s|\baged\s(\d{1,3})\b/gu;
const BORN_RE = /\bborn\s+(?:on\s+)?(?:in\s+)?(?:(?:\d{1,2}\s+)?\p{Lu}[a-z]+\.?\s+(?:\d{1,2},?\s+)?)?(?:in\s+)?((?:18|19|20)\d\d)\b/u;
const DEATH_RE = /\b(?:died|dies|dead|death|killed|was\s+\d{1,3}\s+when|at\s+the\s+age|aged\s+\d{1,3}\s+when|obituary)\b/i;

const sentenceAt = sentenceSpanAt;

export function ageChecks(text: string, anchor: string | undefined, sentences: ReadonlyArray<[number, number]>): Check[] {
  const out: Check[] = [];
  if (!anchor) return out;
  const pubYear = Number(anchor.slice(0, 4));
  AGE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  const seen = new Set<number>();
  while ((m = AGE_RE.exec(text)) !== null) {
    const age = Number(m[1] ?? m[2] ?? m[3]);
    if (!(age > 0 && age < 125)) continue;
    const sent = sentenceAt(sentences, m.index);
    if (!sent || seen.has(sent[0])) continue;
    const st = text.slice(sent[0], sent[1]);
    const born = BORN_RE.exec(st);
    if (!born || DEATH_RE.test(st)) continue;
    seen.add(sent[0]);
    const year = Number(born[1]);
    // at publication the person is pubYear − year, or one less before the birthday
    const diff = pubYear - year;
    const ok = age === diff || age === diff - 1;
    const ageText = m[0].replace(/^[^,]*,\s|,\s$/g, '').trim();
    out.push(ruled({
      kind: 'DATE_ARITHMETIC', status: ok ? 'CONSISTENT' : 'INCONSISTENT',
      refs: [{ start: m.index, end: m.index + m[0].length, text: m[0] }, { start: sent[0] + born.index, end: sent[0] + born.index + born[0].length, text: born[0] }],
      detail: `born ${year}, so ${diff - 1} or ${diff} at publication ${anchor.slice(0, 10)}; stated age ${age} ("${ageText}")${ok ? '' : ' does not fit'}`,
    }, 'date-arithmetic:age'));
  }
  return out;
}
