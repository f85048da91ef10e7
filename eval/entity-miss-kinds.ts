// Why a gold entity was missed (or linked wrongly), as a kind with no text: the shared scorer only says "entity
// missed (ORG)", which does not tell a recogniser gap from a naming convention. This module replays the scorer's
// entity matching on one gold file and the system's analysis and names the cause of each miss:
//   not found          no system mention overlaps any place the text names it, and no entity carries the name
//   found as TYPE      the name (or a mention at its place in the text) is there with a type the scorer rejects
//   span longer/shorter/crossing   a mention at its place covers more, less or other words than the gold name
//   named differently  a mention has exactly the gold words but the entity's name is another one: longer, shorter,
//                      the KB's name (a linked entity), or another mention's form
//   taken by another gold entity   the matching system entity was already used by an earlier gold entity
//   gold name not in text           neither the name nor an alias occurs in the text (no place to look)
// Links: no QID / another QID. Only kinds are returned, never a name, so held-out sets can be diagnosed unread.

/** The scorer's normaliser (../shared/tools/score.mjs): lower case, no possessive, punctuation, articles or "of". */
export function scorerNorm(s: string): string[] {
  return String(s ?? '').toLowerCase().replace(/[’']s\b/g, '').replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .split(/\s+/).filter((w) => w && !['a', 'an', 'the', 'of'].includes(w));
}

export interface GoldEntity { name: string; type: string; wikidata?: string; aliases?: string[]; alsoType?: string[] }
export interface SysEntity { id?: string; name: string; type: string; kb?: { wikidata?: string }; mentions?: { start: number; end: number; text?: string; rule?: string }[] }
export interface SysAnalysis { document?: { text?: string }; entities?: SysEntity[] }

const SCORED = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'WEAPON']);
const PLACE = new Set(['GPE', 'LOC']);
const typeOk = (sys: string, g: GoldEntity): boolean => sys === g.type || (PLACE.has(sys) && PLACE.has(g.type)) || (g.alsoType ?? []).includes(sys);
const key = (s: string): string => scorerNorm(s).join(' ');
const containsAll = (big: string[], small: string[]): boolean => small.length > 0 && small.every((w) => big.includes(w));

/** Spans where one of the gold names occurs in the text (case-insensitive, on word boundaries). */
function goldSpans(text: string, names: string[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const low = text.toLowerCase();
  for (const n of names) {
    const t = n.trim().toLowerCase();
    if (!t) continue;
    for (let at = low.indexOf(t); at >= 0; at = low.indexOf(t, at + 1)) {
      const before = at > 0 ? low[at - 1]! : ' ';
      const after = at + t.length < low.length ? low[at + t.length]! : ' ';
      if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
      out.push({ start: at, end: at + t.length });
    }
  }
  return out;
}

/** How a system name relates to the gold names: longer, shorter or other (by the scorer's words). */
function nameRelation(sysName: string, names: string[]): 'longer' | 'shorter' | 'other' {
  const s = scorerNorm(sysName);
  for (const n of names) { const g = scorerNorm(n); if (containsAll(s, g)) return 'longer'; }
  for (const n of names) { const g = scorerNorm(n); if (containsAll(g, s)) return 'shorter'; }
  return 'other';
}

/** One kind per entity miss and per link miss of one gold file, in the scorer's order. */
export function entityMissKinds(gold: { entities?: GoldEntity[] }, out: SysAnalysis, opts: { detail?: boolean } = {}): string[] {
  const text = out.document?.text ?? '';
  const all = out.entities ?? [];
  const ents = all.filter((e) => SCORED.has(e.type));
  const used = new Set<SysEntity>();
  const kinds: string[] = [];
  for (const g of gold.entities ?? []) {
    const names = [g.name, ...(g.aliases ?? [])];
    const keys = new Set(names.map(key));
    const hit = ents.find((e) => !used.has(e) && typeOk(e.type, g) && keys.has(key(e.name)));
    if (hit) {
      used.add(hit);
      if (g.wikidata && hit.kb?.wikidata !== g.wikidata) {
        const elsewhere = all.some((e) => e !== hit && e.kb?.wikidata === g.wikidata);
        kinds.push(`link (${g.type}): ${!hit.kb?.wikidata ? 'no QID' : 'another QID'}${elsewhere ? ', gold QID on another entity' : ''}`);
      }
      continue;
    }
    kinds.push(`entity missed (${g.type}): ${missCause(g, names, keys, text, all, ents, used, !!opts.detail)}`);
  }
  return kinds;
}

function missCause(g: GoldEntity, names: string[], keys: Set<string>, text: string, all: SysEntity[], ents: SysEntity[],
  used: Set<SysEntity>, detail = false): string {
  if (ents.some((e) => used.has(e) && typeOk(e.type, g) && keys.has(key(e.name)))) return 'taken by another gold entity';
  const sameName = all.find((e) => keys.has(key(e.name)));
  if (sameName) return `found as ${sameName.type}`;
  const spans = goldSpans(text, names);
  if (!spans.length) return 'gold name not in text';
  // mentions at the gold name's places, type-compatible entities first, then exact spans
  type Hit = { e: SysEntity; rel: 'exact' | 'longer' | 'shorter' | 'crossing' };
  const hits: Hit[] = [];
  for (const e of all) {
    for (const m of e.mentions ?? []) {
      for (const s of spans) {
        if (!(m.start < s.end && s.start < m.end)) continue;
        const rel = m.start === s.start && m.end === s.end ? 'exact'
          : m.start <= s.start && m.end >= s.end ? 'longer'
            : m.start >= s.start && m.end <= s.end ? 'shorter' : 'crossing';
        hits.push({ e, rel });
      }
    }
  }
  if (!hits.length) return 'not found';
  const order = { exact: 0, longer: 1, shorter: 2, crossing: 3 };
  hits.sort((a, b) => Number(typeOk(b.e.type, g)) - Number(typeOk(a.e.type, g)) || order[a.rel] - order[b.rel]);
  const best = hits[0]!;
  if (!typeOk(best.e.type, g)) return `found as ${best.e.type}${best.rel === 'exact' ? '' : `, span ${best.rel}`}`;
  if (best.rel !== 'exact') return `span ${best.rel}`;
  const rel = nameRelation(best.e.name, names);
  if (rel !== 'other') return `named differently (${rel})`;
  if (!best.e.kb?.wikidata) return 'named differently (another mention)';
  // (detail, for entity-errors --by-rule: is the KB entry the gold's referent under another name, or another place?)
  if (detail) return `named differently (KB name, ${!g.wikidata ? 'gold without QID' : g.wikidata === best.e.kb.wikidata ? 'same QID' : 'other QID'})`;
  return 'named differently (KB name)';
}

/**
 * Text-free facts of one system entity, for entity-errors --by-rule: the rule that made it, its KB kind, linked or not,
 * every mention a demonym (and how it is used), one mention or more, a mention inside a gold name's place in the text,
 * the sentence kinds when none is BODY, every mention in capitals, every mention opening its sentence. No name.
 */
export function entityFacts(e: SysEntity & { rule?: string; kind?: string }, golds: readonly GoldEntity[], text: string, sents: readonly { start: number; end: number; kind?: string }[] = []): string {
  const ms = e.mentions ?? [];
  const low = text.toLowerCase();
  const inside = ms.some((m) => golds.some((g) => [g.name, ...(g.aliases ?? [])].some((n) => {
    const t = n.trim().toLowerCase();
    if (t.length <= m.end - m.start) return false;
    for (let at = low.indexOf(t); at >= 0; at = low.indexOf(t, at + 1)) if (at <= m.start && at + t.length >= m.end) return true;
    return false;
  })));
  const dem = ms.length > 0 && ms.every((m) => /demonym/.test(m.rule ?? ''));
  // how a demonym-only entity is used: a plural people noun ("Australians") or before a capitalised word ("German
  // Chancellor")
  const demUse = !dem ? '' : ms.every((m) => /[^s]s$/.test(text.slice(m.start, m.end))) ? 'plural-people'
    : ms.every((m) => /^[\s-]*\p{Lu}/u.test(text.slice(m.end, m.end + 3))) ? 'before-capital' : 'before-lower';
  // the sentence kinds the mentions lie in, when none is BODY ("only-HEADLINE"); every mention in capitals; every
  // mention opening its sentence
  const kindAt = (at: number): string => sents.find((x) => x.start <= at && at < x.end)?.kind ?? 'BODY';
  const kinds = [...new Set(ms.map((m) => kindAt(m.start)))];
  const where = kinds.length && !kinds.includes('BODY') ? `only-${kinds.sort().join('+')}` : '';
  const caps = ms.length > 0 && ms.every((m) => { const t = text.slice(m.start, m.end); return /\p{Lu}{2}/u.test(t) && !/\p{Ll}/u.test(t); });
  const opens = ms.length > 0 && ms.every((m) => sents.some((x) => /^[\s"'“‘(]*$/.test(text.slice(x.start, m.start)) && x.start <= m.start));
  return [`rule=${e.rule ?? '?'}`, `kind=${e.kind ?? '-'}`, e.kb?.wikidata ? 'linked' : 'unlinked', dem ? `demonym-only ${demUse}` : '',
    ms.length > 1 ? 'mentions=2+' : 'mentions=1', inside ? 'inside-gold-name' : '', where, caps ? 'all-caps' : '',
    opens ? 'sentence-initial' : ''].filter(Boolean).join(' ');
}

/** Counts of kinds, most frequent first (same order as countMissKinds). */
export function countKinds(kinds: string[]): [string, number][] {
  const n = new Map<string, number>();
  for (const k of kinds) n.set(k, (n.get(k) ?? 0) + 1);
  return [...n.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
