// Why a gold event was missed, with no text: EVAL_MISS_KINDS=1 splits the shared scorer's "event TYPE" misses into
// causes, so a held-out set says whether the trigger/type stage or the argument stage lost the event.
//   - "no system event of this type" (and, when some event of another type holds every gold participant and
//     place, which type that was: a typing confusion rather than a missing trigger);
//   - "type present, missing …": the doc has events of the type but none holds every gold name; each name the
//     closest such event lacks is described by its gold entity type and whether the system found that entity at
//     all ("entity in doc") or not ("entity not found"), so an argument miss is told apart from an entity miss.
// Matching repeats the shared scorer's (../shared/tools/score.mjs, events block) exactly; the analyses are the ones
// the scorer itself ran, kept by the tee of eval/shared-scorer.ts (keptEventMissCauses).

/** The scorer's name normaliser: lower case, no punctuation, no "'s", no articles or "of". */
const norm = (s: unknown): string[] => String(s ?? '').toLowerCase().replace(/[’']s\b/g, '').replace(/[^\p{L}\p{N} ]+/gu, ' ')
  .split(/\s+/).filter((w) => w && !['a', 'an', 'the', 'of'].includes(w));
const contains = (big: string[], small: string[]): boolean => small.length > 0 && small.every((w) => big.includes(w));
/** The scorer's name match: every word of one name among the words of the other, either way. */
export const nameMatch = (sys: unknown, gold: unknown): boolean => { const s = norm(sys), g = norm(gold); return contains(s, g) || contains(g, s); };

export interface GoldEvent { type: string; participants: string[]; places?: string[]; anyOf?: string[] }
export interface GoldDoc { entities?: { name: string; type: string; aliases?: string[] }[]; events?: GoldEvent[] }
export interface SysDoc { entities?: { id: string; name?: string; type?: string }[]; events?: { type: string; args?: Record<string, string | string[]> }[] }

/** The gold entity type of a name (via the gold entity list), or "untyped" when the gold lists no such entity. */
function goldType(gold: GoldDoc, name: string): string {
  const e = (gold.entities ?? []).find((g) => [g.name, ...(g.aliases ?? [])].some((n) => norm(n).join(' ') === norm(name).join(' ')))
    ?? (gold.entities ?? []).find((g) => [g.name, ...(g.aliases ?? [])].some((n) => nameMatch(n, name)));
  return e?.type ?? 'untyped';
}

/**
 * The cause of each missed gold event of one document, one kind string per miss (hits give nothing). Kinds name
 * only event and entity types, never a name or a text.
 */
export function eventMissCauses(gold: GoldDoc, out: SysDoc): string[] {
  const byId = new Map((out.entities ?? []).map((e) => [e.id, e]));
  const names = (ev: NonNullable<SysDoc['events']>[number]): string[] =>
    Object.values(ev.args ?? {}).flat().map((id) => byId.get(id)?.name).filter((n): n is string => Boolean(n));
  const holds = (ns: string[], p: string): boolean => ns.some((n) => nameMatch(n, p));
  const events = out.events ?? [];
  const causes: string[] = [];
  for (const g of gold.events ?? []) {
    const required = [...g.participants, ...(g.places ?? [])];
    const whole = (ns: string[]): boolean => required.every((p) => holds(ns, p)) && (!g.anyOf || g.anyOf.some((p) => holds(ns, p)));
    const same = events.filter((ev) => ev.type === g.type);
    if (same.some((ev) => whole(names(ev)))) continue; // a hit
    if (!same.length) {
      const other = [...new Set(events.filter((ev) => whole(names(ev))).map((ev) => ev.type))].sort();
      causes.push(`event ${g.type}: no system event of this type${other.length && required.length ? `; ${other.join('/')} holds every name` : ''}`);
      continue;
    }
    // the event of the type that holds most gold names: what it lacks
    let best: string[] = []; let bestN = -1;
    for (const ev of same) {
      const ns = names(ev);
      const n = required.filter((p) => holds(ns, p)).length + (g.anyOf?.some((p) => holds(ns, p)) ? 1 : 0);
      if (n > bestN) { bestN = n; best = ns; }
    }
    const found = (p: string): string => ((out.entities ?? []).some((e) => nameMatch(e.name, p)) ? 'entity in doc' : 'entity not found');
    const lacks = new Set<string>();
    for (const p of g.participants) if (!holds(best, p)) lacks.add(`participant ${goldType(gold, p)} (${found(p)})`);
    for (const p of g.places ?? []) if (!holds(best, p)) lacks.add(`place ${goldType(gold, p)} (${found(p)})`);
    if (g.anyOf && !g.anyOf.some((p) => holds(best, p))) lacks.add(`anyOf name (${g.anyOf.some((p) => found(p) === 'entity in doc') ? 'entity in doc' : 'entity not found'})`);
    causes.push(`event ${g.type}: type present, missing ${[...lacks].sort().join(' + ')}`);
  }
  return causes;
}
