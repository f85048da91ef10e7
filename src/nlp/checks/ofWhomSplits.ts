import type { Check, Quantity } from '../../core/types.js';
import { COUNT_SRC, countValue, isCount } from './numbers.js';
import { ruled } from './rule.js';
import { sentenceSpanAt, type SentenceSpans } from './sentences.js';
import { readWordSet } from '../../core/word-lists.js';
import { alternation, phrasePattern } from '../../core/regex.js';

// COUNT: a count and the parts it is split into after "of whom", "of them", "of which", "among them":
// "66 confirmed cases since September 27, of whom 15 died and 53 recovered" (15 + 53 = 68 > 66: INCONSISTENT),
// "120 passengers, of them 80 were rescued and 40 remain missing" (= 120: CONSISTENT). The cue names the count just
// given, so the whole is the nearest count before it in the sentence. Parts that add up to less leave the rest
// unstated (CONSISTENT, the parts fit); parts that add up to more are INCONSISTENT only when each is told by an
// outcome verb from a list of outcomes that cannot overlap ("died", "recovered", "were rescued"); parts told by nouns
// ("40 were women and 35 were children") or by states that may overlap ("were hospitalised") are then left alone.

const APPROX_PART = String.raw`(?:(?:at\s+least|about|around|some|nearly|almost|roughly|more\s+than|over)\s+)?`;
const CUE_RE = /(?:,|;|\s[-–—])\s*(?:of\s+(?:whom|them|which|those|these)|among\s+(?:them|whom))\s*,?\s+/gi;
/** One part: a count, then up to five words (no figure, no "and"). */
const PART_RE = new RegExp(String.raw`^${APPROX_PART}(${COUNT_SRC})(?![\d.,]*\d)((?:\s+(?!and\b|while\b|but\b|or\b)[A-Za-z][A-Za-z'’-]*){1,5})`, 'i');
/** Between parts: a comma, "and", ", and", "while", "but". */
const JOIN_RE = /^\s*(?:,\s*(?:and|while|but)?|and|while|but)\s+/i;
/** A figure that counts no things: a share, a measure, an age, a time. */
const NOT_PART_RE = /^\s*(?:%|per\s?cent|percent|years?\s+old|-year-old|km|kilomet|miles?|metres?|meters?|kg|tonnes?|tons?|hours?|minutes?|days?|weeks?|months?|years?|times|a\.m\.|p\.m\.)\b/i;
/** A part told by an outcome that cannot overlap another: "died", "were rescued", "remain missing" (data/lexicon/checks-of-whom-outcomes.txt). */
const OUTCOME_RE = new RegExp(String.raw`^\s+(?:${alternation(readWordSet('checks-of-whom-outcomes.txt'), phrasePattern)})\b`, 'i');

interface Part { n: number; start: number; end: number; text: string; outcome: boolean }

function readParts(text: string, at: number, to: number): Part[] {
  const parts: Part[] = [];
  let pos = at;
  for (let k = 0; k < 8 && pos < to; k++) {
    const seg = text.slice(pos, to);
    const m = PART_RE.exec(seg);
    if (!m) break;
    const numAt = pos + m[0].indexOf(m[1]!);
    const n = countValue(m[1]!);
    if (n === undefined || NOT_PART_RE.test(text.slice(numAt + m[1]!.length, numAt + m[1]!.length + 14))) return [];
    // "1,000 of them each", a year ("2019 and 2020")
    if (/^(?:1[89]|20)\d\d$/.test(m[1]!) || /\beach\b/i.test(m[2]!)) return [];
    parts.push({ n, start: numAt, end: numAt + m[1]!.length, text: m[1]!, outcome: OUTCOME_RE.test(m[2]!) });
    pos += m[0].length;
    const j = JOIN_RE.exec(text.slice(pos, to));
    if (!j) break;
    pos += j[0].length;
  }
  return parts;
}

export function ofWhomSplitChecks(text: string, qs: readonly Quantity[], sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  CUE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CUE_RE.exec(text)) !== null) {
    const sent = sentenceSpanAt(sentences, m.index);
    if (!sent) continue;
    const [sFrom, sTo] = sent;
    // the whole: the nearest count before the cue, in the sentence and within 160 characters
    let whole: { q: Quantity; i: number } | undefined;
    for (let i = 0; i < qs.length; i++) {
      const q = qs[i]!;
      if (q.end > m.index) break;
      if (q.start < sFrom || m.index - q.end > 160) continue;
      whole = { q, i };
    }
    if (!whole) continue;
    const w = whole.q;
    // "400 homes across 30 villages, of which …": a count in a phrase after another count (across/in/from/of/at) is
    // where the earlier one is, not what the cue splits; which of the two it names is not told, so no check
    if (/\b(?:across|in|from|of|at|among|between|on|over|throughout)\s+(?:the\s+|some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+)?$/i.test(text.slice(Math.max(sFrom, w.start - 24), w.start))
      && qs.some((q, i) => i < whole!.i && q.start >= sFrom && isCount(q) && !/[;:]/.test(text.slice(q.end, w.start)))) continue;
    if (!isCount(w) || !Number.isFinite(w.value) || w.value < 2 || w.unit === 'year' || /^\s*(?:1[89]|20)\d\d\s*$/.test(w.text)) continue;
    // a whole counts things it names ("66 confirmed cases"): a bare figure may be anything
    if (!/\p{L}{3,}/u.test(w.text.replace(/^[^\d]*\d[\d,.]*|^\s*\S+\s+/u, ''))) continue;
    // a sentence or clause break between the whole and the cue: the cue may name another group
    if (/[;:]/.test(text.slice(w.end, m.index + 1))) continue;
    const parts = readParts(text, m.index + m[0].length, sTo);
    if (!parts.length) continue;
    // a single part is the existing of-whom rule's ("64 people, 20 of whom"); here, a part before the cue is never read
    const sum = parts.reduce((a, p) => a + p.n, 0);
    const open = w.bound === 'AT_LEAST' || w.bound === 'MORE_THAN' || w.bound === 'MIN';
    const approx = w.bound === 'APPROX';
    let status: 'CONSISTENT' | 'INCONSISTENT' | undefined;
    if (sum <= w.value || (approx && sum <= w.value * 1.05)) status = 'CONSISTENT';
    else if (!open && !approx && parts.length >= 2 && parts.every((p) => p.outcome)) status = 'INCONSISTENT';
    if (!status) continue;
    const rel = sum === w.value ? '=' : sum < w.value ? '≤' : '>';
    out.push(ruled({
      kind: 'COUNT', status, refs: [whole.i, ...parts.map((p) => ({ start: p.start, end: p.end, text: p.text }))],
      detail: `"${m[0].replace(/^[,;\s–—-]+/, '').trim()}" ${parts.map((p) => p.text).join(' + ')} = ${sum} ${rel} the whole "${w.text}"${sum < w.value ? ` (${w.value - sum} not accounted for)` : sum > w.value ? `: the parts, told by outcomes that cannot overlap, exceed it by ${sum - w.value}` : ''}`,
    }, 'count:of-whom-split'));
  }
  return out;
}
