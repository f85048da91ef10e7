// A source written as a definite description ("the Chief Justice said", "the central bank said", "the prime
// minister said") names someone the report introduced earlier: "Chief Justice DY Chandrachud", "The Bank of Japan",
// "Prime Minister Rishi Sunak". The link keeps the words as written and takes that entity, found as the nearest
// earlier mention (a) after the same role as a title ("Prime Minister Rishi Sunak"), (b) apposed to the same role
// ("Hui Ka Yan, the group's founder,"), or (c) of an organisation whose own name holds the head noun ("the central
// bank" → "Bank of Japan"). Generic heads that any body could be called ("the company", "the firm", "the group")
// are left alone: nothing in the words ties them to one entity.
import type { Entity } from '../../core/types.js';
import type { Tok } from '../claims/text.js';

/** How far back (characters) an antecedent may stand. */
const WINDOW = 3000;
/** Heads too generic to pick an entity by (c) or (b) alone. */
const GENERIC = new Set(['company', 'firm', 'group', 'organisation', 'organization', 'body', 'government', 'country', 'state', 'city', 'man', 'woman', 'people', 'team', 'side', 'club', 'party', 'official', 'source', 'spokesman', 'spokeswoman', 'spokesperson']);
const ORG_TYPES = new Set(['ORG']);
const PERSON_TYPES = new Set(['PERSON']);

/**
 * The entity a description toks[a..b] ("the" + up to four words, no name) refers back to, or undefined. `text` is
 * the document text, `at` the description's start offset.
 */
export function describedEntity(text: string, entities: readonly Entity[], toks: Tok[], a: number, b: number): Entity | undefined {
  if (toks[a]?.l !== 'the' || b <= a || b - a > 4) return undefined;
  const words = toks.slice(a + 1, b + 1);
  if (words.some((w) => !w.w || /'s?$/.test(w.l) || /^\d/.test(w.l))) return undefined;
  const head = words[words.length - 1]!.l;
  if (head.length < 3) return undefined;
  const role = words.map((w) => w.l).join(' ');
  const at = toks[a]!.s;
  let best: Entity | undefined;
  let bestEnd = -1;
  for (const e of entities) {
    const person = PERSON_TYPES.has(e.type);
    const org = ORG_TYPES.has(e.type);
    if (!person && !org) continue;
    for (const m of e.mentions) {
      if (m.end > at || at - m.end > WINDOW || m.end <= bestEnd) continue;
      // (a) the role as a title right before the name: "Chief Justice DY Chandrachud"
      const before = text.slice(Math.max(0, m.start - role.length - 2), m.start).toLowerCase().replace(/\s+/g, ' ');
      const titled = before.trimEnd().endsWith(role) && /(^|[^a-z])$/.test(before.slice(0, before.length - role.length - 1) || ' ');
      // (b) apposed: "Hui Ka Yan, the group's founder," / "Rishi Sunak, the prime minister,"
      const after = text.slice(m.end, m.end + 60).toLowerCase();
      const apposed = !GENERIC.has(head) && new RegExp(`^,\\s+(?:the|a|an)\\s+(?:[\\w'’-]+\\s+){0,3}?${head}\\b`).test(after) && after.includes(role.split(' ').pop()!);
      // (c) an organisation whose name holds the head: "the central bank" → "Bank of Japan"
      const named = org && !GENERIC.has(head) && e.name.toLowerCase().split(/[^\p{L}]+/u).includes(head);
      if (titled || apposed || named) { best = e; bestEnd = m.end; }
    }
  }
  return best;
}
