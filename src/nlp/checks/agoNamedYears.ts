import type { Check } from '../../core/types.js';
import { allMatches } from '../../core/regex.js';
import { anchorYear } from './anchorDate.js';
import { countValue, NUM_WORD_SRC } from './numbers.js';
import { agrees, CENTURY_SLACK, DECADE_SLACK, YEAR_SLACK, type Slack } from './reportSpans.js';
import { ruled } from './rule.js';
import { sentenceSpanAt, type SentenceSpans } from './sentences.js';
import { spanModKind, spanModSrc } from './spanMods.js';

// DATE_ARITHMETIC across sentences: "closed above the peak it set … more than 34 years ago" with "at its 1989 peak" in
// another sentence, "the title they last lifted nearly three decades ago" with "their 1995 title". The length counts
// back from the report to the time a named thing was made ("the NOUN it/they VERBed"), and another sentence dates the
// same head noun with a year written as its modifier ("its 1989 peak"): the year is that thing's by the language, not
// by nearness. Reported only when that year is the only one the report gives the noun and the sentence of the length
// holds no year of its own (the sentence rules read those); INCONSISTENT only when the length misses the years between
// that year and the report's even with twice the usual slack, and nothing in the band between.

const MOD_SRC = spanModSrc(['MORE', 'LESS', 'APPROX']);
const AGO_RE = new RegExp(String.raw`\b(?:(${MOD_SRC})\s+)?(\d{1,3}|${NUM_WORD_SRC}|half\s+a|an?)\s+(years?|decades?|century|centuries)\s+ago\b`, 'gi');
const PRONOUNS = 'it|he|she|they|we|you';
/** Before the length, within its sentence: "the [adjective] NOUN [that|which] PRONOUN [had] [last] VERB …". */
const HEAD_RE = new RegExp(String.raw`\bthe\s+(?:[\p{Ll}-]+\s+)?(?!(?:${PRONOUNS})\b)(\p{Ll}{3,})\s+(?:(?:that|which)\s+)?(?:${PRONOUNS})\s+(?:(?:had|has|have|last|first|once|previously|also)\s+)*\p{Ll}+\b[^.;:!?]{0,80}$`, 'u');
const YEAR_IN_RE = /\b(?:1[5-9]|20)\d\d\b/;
const MAX_LEAD = 160;

function slackFor(per: number, L: number): Slack {
  return per === 1 ? YEAR_SLACK(L) : per === 10 ? DECADE_SLACK : CENTURY_SLACK(L);
}

/** The years other sentences write as a modifier of `head` ("its 1989 peak", "the 1995 World Cup title"). */
function namedYears(text: string, sentences: SentenceSpans, own: readonly [number, number], head: string): Set<number> {
  const re = new RegExp(String.raw`\b(?:its|their|his|her|our|the|this|that)\s+((?:1[5-9]|20)\d\d)\s+(?:[\p{L}-]+\s+)?${head}s?\b`, 'giu');
  const years = new Set<number>();
  for (const [a, b] of sentences) {
    if (a === own[0]) continue;
    for (const m of allMatches(re, text.slice(a, b))) years.add(Number(m[1]));
  }
  return years;
}

export function agoNamedYearChecks(text: string, sentences: SentenceSpans, anchorDate?: string): Check[] {
  const pubYear = anchorYear(anchorDate);
  if (pubYear === undefined) return [];
  const out: Check[] = [];
  for (const m of allMatches(AGO_RE, text)) {
    const sent = sentenceSpanAt(sentences, m.index!);
    if (!sent || YEAR_IN_RE.test(text.slice(sent[0], sent[1]))) continue;
    const lead = text.slice(Math.max(sent[0], m.index! - MAX_LEAD), m.index!);
    const h = HEAD_RE.exec(lead);
    if (!h) continue;
    const head = h[1]!.toLowerCase();
    const years = [...namedYears(text, sentences, sent, head)].filter((y) => y < pubYear);
    if (years.length !== 1) continue;
    const w = m[2]!.toLowerCase().replace(/\s+/g, ' ');
    const n = w === 'half a' ? 0.5 : /^an?$/.test(w) ? 1 : countValue(w);
    if (n === undefined || n <= 0) continue;
    const per = /^dec/i.test(m[3]!) ? 10 : /^cent/i.test(m[3]!) ? 100 : 1;
    const L = n * per;
    const kind = m[1] ? spanModKind(m[1]) : undefined;
    const mod = kind === 'MORE' || kind === 'LESS' || kind === 'APPROX' ? kind : undefined;
    const year = years[0]!;
    const diff = pubYear - year;
    const sl = slackFor(per, L);
    const wide: Slack = { below: Math.max(0, sl.below) * 2, above: Math.max(0, sl.above) * 2, more: sl.more * 2, less: sl.less * 2, approx: sl.approx * 2 };
    const status = agrees(L, diff - 1, diff + 1, mod, sl) ? 'CONSISTENT'
      : !agrees(L, diff - 2, diff + 2, mod, wide) ? 'INCONSISTENT' : undefined;
    if (!status) continue;
    const phrase = m[0];
    out.push(ruled({
      kind: 'DATE_ARITHMETIC', status, refs: [{ start: m.index!, end: m.index! + phrase.length, text: phrase }],
      detail: `"the ${head} … ${phrase}": the report dates its ${head} ${year} elsewhere, ${diff} years before the report's year ${pubYear}`,
    }, 'date-arithmetic:ago-named-year'));
  }
  return out;
}
