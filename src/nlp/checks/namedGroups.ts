import type { Check, Entity, Quantity } from '../../core/types.js';
import { NAMED_GROUP_NOUNS } from './lexicon.js';
import { ruled } from './rule.js';
import { sentenceIndex, type SentenceSpans } from './sentences.js';

// "Joe Biden and Xi Jinping met in Bali. The two leaders agreed …", "Egypt, Jordan and Qatar … the three countries":
// a definite count ("the two leaders") that points back at names coordinated just before it, in its sentence or the
// one before. The pairing is loose (the count may mean other leaders), so it is reported only when the numbers agree.

const NOUN_TYPE = new Map<string, 'PERSON' | 'GPE' | 'ORG'>(
  (Object.entries(NAMED_GROUP_NOUNS) as Array<['PERSON' | 'GPE' | 'ORG', readonly string[]]>).flatMap(([t, ns]) => ns.map((n) => [n, t] as [string, 'PERSON' | 'GPE' | 'ORG'])),
);
/** The type a name of the coordination must have for a count's type (places: countries, cities, regions alike). */
const TYPE_OK: Readonly<Record<'PERSON' | 'GPE' | 'ORG', readonly string[]>> = { PERSON: ['PERSON'], GPE: ['GPE', 'LOC'], ORG: ['ORG'] };
/** "the two leaders", "both the two" (not "two of the leaders", not "the two-day summit"). */
const DEFINITE_BEFORE_RE = /\b(?:the|these|those|both)\s+$/i;
const GAP_COMMA_RE = /^\s*,\s*$/;
const GAP_AND_RE = /^\s*,?\s+and\s+$/;
const MAX_N = 6;

interface M { start: number; end: number; entity: Entity }

/** The coordinations "A and B", "A, B and C" of mentions, each as its members (distinct entities), in text order. */
function coordinations(text: string, mentions: readonly M[]): M[][] {
  const out: M[][] = [];
  let run: M[] = [mentions[0]!];
  const flush = (): void => { if (run.length >= 2) out.push(run); };
  for (let k = 1; k < mentions.length; k++) {
    const prev = run[run.length - 1]!;
    const m = mentions[k]!;
    const gap = text.slice(prev.end, m.start);
    const closed = run.length >= 2 && GAP_AND_RE.test(text.slice(run[run.length - 2]!.end, prev.start));
    if (!closed && (GAP_COMMA_RE.test(gap) || GAP_AND_RE.test(gap)) && !run.some((r) => r.entity.id === m.entity.id)) { run.push(m); continue; }
    flush();
    run = [m];
  }
  flush();
  // a list closes with "and": "A, B and C" (a run of commas only is an apposition, not a coordination)
  return out.filter((c) => GAP_AND_RE.test(text.slice(c[c.length - 2]!.end, c[c.length - 1]!.start)));
}

export function namedGroupChecks(text: string, qs: readonly Quantity[], entities: readonly Entity[], sentences: SentenceSpans): Check[] {
  const mentions: M[] = entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, entity: e }))).sort((a, b) => a.start - b.start);
  if (mentions.length < 2) return [];
  const coords = coordinations(text, mentions);
  const out: Check[] = [];
  qs.forEach((q, i) => {
    if (!Number.isInteger(q.value) || q.value < 2 || q.value > MAX_N || q.bound) return;
    if (!DEFINITE_BEFORE_RE.test(text.slice(Math.max(0, q.start - 8), q.start))) return;
    const noun = /\s((?:heads of state)|[\p{Ll}]+)$/u.exec(q.text)?.[1];
    const type = noun ? NOUN_TYPE.get(noun) : undefined;
    if (!type) return;
    const s = sentenceIndex(sentences, q.start);
    if (s === -1) return;
    const from = sentences[Math.max(0, s - 1)]![0];
    // the nearest coordination before the count, of names of the count's type
    let best: M[] | undefined;
    for (const c of coords) {
      if (c[0]!.start < from || c[c.length - 1]!.end > q.start) continue;
      if (!c.every((m) => TYPE_OK[type].includes(m.entity.type))) continue;
      best = c;
    }
    if (!best || best.length !== q.value) return;
    const names = best.map((m) => text.slice(m.start, m.end));
    out.push(ruled({
      kind: 'COUNT', status: 'CONSISTENT', refs: [i, ...best.map((m) => ({ entity: m.entity.id }))],
      detail: `the ${q.text}: ${names.length} named before (${names.join(', ')}) = ${q.value}`,
    }, 'count:named-group'));
  });
  return out;
}
