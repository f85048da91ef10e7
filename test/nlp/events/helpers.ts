// Hand-built NlpDocs for the events tests: text, entities with mention offsets found by name, and
// optional claims, times — independent of the other stages' quality.
import type { Claim, Entity, EntityType, TimeExpr } from '../../../src/core/types.js';
import type { NlpDoc } from '../../../src/nlp/doc.js';
import { extractEvents } from '../../../src/nlp/events/index.js';
import { splitLocal } from '../../../src/nlp/events/tokens.js';
import type { NewsEvent } from '../../../src/core/types.js';

/** `demonyms`: forms written as the entities stage writes a demonym mention (rule `kb-demonym`: "Italian" for Italy). */
export interface EntSpec { name: string; type: EntityType; aliases?: string[]; demonyms?: string[]; iso?: string; kind?: string }

export function makeDoc(text: string, ents: EntSpec[] = [], opts: { tokens?: boolean; claims?: Array<Partial<Claim> & { anchor: string }>; times?: string[] } = {}): NlpDoc {
  const entities: Entity[] = ents.map((e, n) => {
    const mentions: Entity['mentions'] = [];
    const dem = new Set(e.demonyms ?? []);
    for (const name of [e.name, ...(e.aliases ?? []), ...dem]) {
      let at = text.indexOf(name);
      while (at >= 0) {
        const end = at + name.length;
        const ok = !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[end] ?? '');
        if (ok && !mentions.some((m) => m.start < end && at < m.end)) mentions.push(dem.has(name) ? { start: at, end, text: name, rule: 'kb-demonym' } : { start: at, end, text: name });
        at = text.indexOf(name, at + 1);
      }
    }
    const ent: Entity = { id: `e${n + 1}`, name: e.name, type: e.type, mentions };
    if (e.iso) ent.iso = e.iso;
    if (e.kind) ent.kind = e.kind;
    return ent;
  });
  const { sentences, tokens } = opts.tokens ? splitLocal(text) : { sentences: [], tokens: [] };
  const claims: Claim[] = (opts.claims ?? []).map((c, n) => {
    const at = text.indexOf(c.anchor);
    return {
      id: c.id ?? `c${n + 1}`, start: at, end: at + c.anchor.length, text: c.anchor, attribution: c.attribution ?? [],
      certainty: c.certainty ?? 'CERTAIN', polarity: c.polarity ?? 'POSITIVE', status: c.status ?? 'PAST',
      hedges: [], events: [], times: [], quantities: [],
    };
  });
  const times: TimeExpr[] = (opts.times ?? []).map((t) => {
    const at = text.indexOf(t);
    return { start: at, end: at + t.length, text: t, type: 'DATE', value: 'XXXX' };
  });
  return {
    text, info: { id: 'x', text, language: 'en' }, sentences, tokens, entities, times, quantities: [], claims, events: [], checks: [],
  };
}

/** The names of an event's argument entities by role. */
export function argNames(doc: NlpDoc, ev: NewsEvent): Record<string, string[]> {
  const byId = new Map(doc.entities.map((e) => [e.id, e.name]));
  const out: Record<string, string[]> = {};
  for (const [role, ids] of Object.entries(ev.args)) {
    if (role === 'time') continue;
    out[role] = ids.map((id) => byId.get(String(id)) ?? String(id));
  }
  return out;
}

export const allNames = (doc: NlpDoc, ev: NewsEvent): string[] => Object.values(argNames(doc, ev)).flat();

/** A hand-built document's events: `makeDoc` then the events stage. */
export function eventsOf(text: string, ents: EntSpec[] = []): { doc: NlpDoc; evs: NewsEvent[] } {
  const doc = makeDoc(text, ents);
  return { doc, evs: extractEvents(doc) };
}
