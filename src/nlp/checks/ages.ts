import type { Check } from '../../core/types.js';
import { ruled } from './rule.js';
import { sentenceSpanAt } from './sentences.js';
import { AGED, AGE_FIGURE, CAP_NAME, COMMA_AGE, HYPHEN_YEAR_OLD, PAREN_AGE, SPACED_YEARS_OLD, isAge } from '../age-phrases.js';
import { allMatches, escapeRegExp } from '../../core/regex.js';
import { anchorYear } from './anchorDate.js';

// "Kim, 39, was born in 1984", "the 77-year-old, born in January 1946": a stated age against a stated
// birth year and the publication date. Only inside one sentence, and never for the dead ("died aged 80"):
// an age at death is not an age today.

// "the 77-year-old", "Kim, 39,", "aged 39", "is 80 years old", "At 73, Biden … is"
// "… born in 1958, is 66.", "turned 66 in March": a bare age after "is"/"turned", closing its clause
// "Lubitz (27), born in 1987": an age in brackets after a name, as the British and South Asian press write it
const AGE_RE = new RegExp(String.raw`\b${HYPHEN_YEAR_OLD}|${CAP_NAME}${COMMA_AGE}|\b${AGED}|\b${SPACED_YEARS_OLD}|\bAt(?<=(?:^|[.!?]\s+|\n)At)\s${AGE_FIGURE},\s|\b(?:is|turned|turns)\s${AGE_FIGURE}(?=\s*[.,;]|\s+(?:on|in|last|this|and|but)\b)|${CAP_NAME}${PAREN_AGE}`, 'gu');
const BORN_RE = /\b[Bb]orn\s+(?:on\s+)?(?:in\s+)?(?:(?:\d{1,2}\s+)?\p{Lu}[a-z]+\.?\s+(?:\d{1,2},?\s+)?)?(?:in\s+)?((?:18|19|20)\d\d)\b/u;
const DEATH_RE = /\b(?:died|dies|dead|death|killed|was\s+\d{1,3}\s+when|at\s+the\s+age|aged\s+\d{1,3}\s+when|obituary)\b/i;

const sentenceAt = sentenceSpanAt;
const PAST_BEFORE_RE = /\b(?:was|were|been|be|being)\s+(?:only\s+|just\s+)?$/i;
const PAST_AFTER_RE = /^\s*(?:when|at\s+the\s+time|in\s+\d{4}|then)\b/i;
const PRESENT_RE = /\b(?:is|are|remains|becomes|has\s+become)\b/;

export function ageChecks(text: string, anchor: string | undefined, sentences: ReadonlyArray<[number, number]>): Check[] {
  const out: Check[] = [];
  const pubYear = anchorYear(anchor);
  if (!anchor || pubYear === undefined) return out;
  AGE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  const seen = new Set<number>();
  // what a sentence holds is read once per sentence, not once per age in it (a sentence may list many ages)
  const bySentence = new Map<number, { born: RegExpExecArray | null; present: boolean }>();
  while ((m = AGE_RE.exec(text)) !== null) {
    const age = Number(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7]);
    if (!isAge(age)) continue;
    const sent = sentenceAt(sentences, m.index);
    if (!sent || seen.has(sent[0])) continue;
    let facts = bySentence.get(sent[0]);
    if (!facts) {
      const st = text.slice(sent[0], sent[1]);
      const b = BORN_RE.exec(st);
      facts = { born: b && !DEATH_RE.test(st) ? b : null, present: PRESENT_RE.test(st) };
      bySentence.set(sent[0], facts);
    }
    const born = facts.born;
    if (!born) continue;
    // an age told of a past moment ("was 18 years old when", "At 18, she left home") is not an age today
    if (m[4] !== undefined && (PAST_BEFORE_RE.test(text.slice(Math.max(0, m.index - 20), m.index)) || PAST_AFTER_RE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20)))) continue;
    if (m[5] !== undefined && !facts.present) continue;
    // "when she turned 18": the age of a moment in the story
    if (m[6] !== undefined && /\b(?:when|after|before|until|since|once|as|by\s+the\s+time)\s+(?:[\p{L}'’]+\s+){0,3}$/iu.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const year = Number(born[1]);
    // at publication the person is pubYear − year, or one less before the birthday
    const diff = pubYear - year;
    const ok = age === diff || age === diff - 1;
    // a bracketed age is often one of several people a sentence lists ("Ali (12) and Sara, born in 2015"): agreement only
    if (m[7] !== undefined && !ok) continue;
    seen.add(sent[0]);
    const ageText = m[7] !== undefined ? `(${m[7]})` : m[5] !== undefined ? m[0].replace(/,\s$/, '') : m[0].replace(/^[^,]*,\s|,\s$/g, '').trim();
    out.push(ruled({
      kind: 'DATE_ARITHMETIC', status: ok ? 'CONSISTENT' : 'INCONSISTENT',
      refs: [{ start: m.index, end: m.index + m[0].length, text: m[0] }, { start: sent[0] + born.index, end: sent[0] + born.index + born[0].length, text: born[0] }],
      detail: `born ${year}, so ${diff - 1} or ${diff} at publication ${anchor.slice(0, 10)}; stated age ${age} ("${ageText}")${ok ? '' : ' does not fit'}`,
    }, 'date-arithmetic:age'));
  }
  return out;
}

// A stated age and a birth year a sentence or two apart ("Smith, 54, … ." / "Born in 1969 in Ohio, Smith …"), tied by the
// surname or by "He/She was born" right after; an age at death ("died aged 80", "died at 80") against the birth year and the
// year of death stated in the sentence, else the report's. Looser than one sentence: agreement only.
const NAMED_AGE_RE = new RegExp(String.raw`\b(${CAP_NAME})${COMMA_AGE}|\b(${CAP_NAME})${PAREN_AGE}`, 'gu');
const BORN_G_RE = new RegExp(BORN_RE.source, 'gu');
const DEATH_AGE_RE = /\b(?:died|dies|passed\s+away|was\s+killed)\s+(?:on\s+\p{Lu}[a-z]+\s+)?(?:aged|at\s+(?:the\s+age\s+of\s+)?)\s*(\d{1,3})\b|\b(?:died|dies)\b[^.;]{0,40}?\bat\s+the\s+age\s+of\s+(\d{1,3})\b/giu;
const YEAR_G_RE = /\b(?:1[6-9]|20)\d\d\b/g;

export function looseAgeChecks(text: string, anchor: string | undefined, sentences: ReadonlyArray<[number, number]>): Check[] {
  const out: Check[] = [];
  const pubYear = anchorYear(anchor);
  if (!anchor || pubYear === undefined) return out;
  const sentIdx = (at: number) => sentences.findIndex(([a, b]) => at >= a && at < b);
  // births stated without an age in their sentence
  // (one word-bounded pattern per name, built once, not once per pair of sentences)
  const nameRes = new Map<string, RegExp>();
  const nameRe = (name: string): RegExp => {
    let re = nameRes.get(name);
    if (!re) nameRes.set(name, re = new RegExp(`\\b${escapeRegExp(name)}\\b`, 'u'));
    return re;
  };
  BORN_G_RE.lastIndex = 0;
  let b: RegExpExecArray | null;
  while ((b = BORN_G_RE.exec(text)) !== null) {
    const year = Number(b[1]);
    const si = sentIdx(b.index);
    if (si === -1) continue;
    const [from, to] = sentences[si]!;
    const st = text.slice(from, to);
    if (DEATH_RE.test(st)) continue;
    AGE_RE.lastIndex = 0;
    if (AGE_RE.test(st)) continue;
    const diff = pubYear - year;
    const pronoun = /^\s*(?:He|She)\s+was\s+born\b/.test(st);
    NAMED_AGE_RE.lastIndex = 0;
    let a: RegExpExecArray | null;
    while ((a = NAMED_AGE_RE.exec(text)) !== null) {
      const ai = sentIdx(a.index);
      if (ai === -1 || Math.abs(ai - si) > 2 || ai === si) continue;
      const name = a[1] ?? a[3]!;
      const age = Number(a[2] ?? a[4]);
      const tied = nameRe(name).test(st) || (pronoun && ai === si - 1);
      if (!tied || !(age === diff || age === diff - 1)) continue;
      out.push(ruled({
        kind: 'DATE_ARITHMETIC', status: 'CONSISTENT',
        refs: [{ start: a.index, end: a.index + a[0].length, text: a[0].replace(/,\s$/, '') }, { start: b.index, end: b.index + b[0].length, text: b[0] }],
        detail: `born ${year}, so ${diff - 1} or ${diff} at publication ${anchor.slice(0, 10)}; stated age ${age} ("${a[0].replace(/,\s$/, '')}")`,
      }, 'date-arithmetic:age-nearby'));
      break;
    }
  }
  // ages at death
  DEATH_AGE_RE.lastIndex = 0;
  let d: RegExpExecArray | null;
  while ((d = DEATH_AGE_RE.exec(text)) !== null) {
    const age = Number(d[1] ?? d[2]);
    const si = sentIdx(d.index);
    if (si === -1) continue;
    // the birth year: "born in 1943" or a life span "(1943–2023)" in the sentence or the one before
    const scopeFrom = sentences[Math.max(0, si - 1)]![0];
    const scope = text.slice(scopeFrom, sentences[si]![1]);
    const life = /\(\s*(?:born\s+)?((?:1[89]|20)\d\d)\s*(?:[-–—]\s*((?:1[89]|20)\d\d))?\s*\)/.exec(scope);
    const born = BORN_RE.exec(scope);
    const birth = born ? Number(born[1]) : life ? Number(life[1]) : undefined;
    if (birth === undefined) continue;
    const st = text.slice(sentences[si]![0], sentences[si]![1]);
    const years = allMatches(YEAR_G_RE, st).map((y) => Number(y[0])).filter((y) => y !== birth && y > birth);
    const deaths = life?.[2] ? [Number(life[2])] : years.length > 0 ? years : [pubYear];
    const hit = deaths.find((y) => age === y - birth || age === y - birth - 1);
    if (hit === undefined) continue;
    out.push(ruled({
      kind: 'DATE_ARITHMETIC', status: 'CONSISTENT',
      refs: [{ start: d.index, end: d.index + d[0].length, text: d[0] }],
      detail: `born ${birth}, died ${hit === pubYear && !years.includes(hit) && !life?.[2] ? `by the report's year ${hit}` : `in ${hit}`}: ${hit - birth - 1} or ${hit - birth} years old; stated "${d[0]}"`,
    }, 'date-arithmetic:age-at-death'));
  }
  return out;
}
