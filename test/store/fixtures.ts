// Small hand-built analyses: the store and story code are tested against the Analysis types,
// independent of what the NLP stages produce today.

import type { Analysis, AttributionLink, Entity, NewsEvent, Quantity, TimeExpr, Claim } from '../../src/core/types.js';
import { sha256 } from '../../src/ingest/normalize.js';

export interface Fx {
  text: string;
  publishedAt?: string;
  outlet?: string;
  title?: string;
  url?: string;
  entities?: { id?: string; name: string; type?: Entity['type']; qid?: string; geo?: [number, number] }[];
  times?: { text: string; value: string; mod?: TimeExpr['mod'] }[];
  quantities?: { text: string; value: number; unit: string; bound?: Quantity['bound']; noun?: string; equivalentOf?: number }[];
  claims?: { text: string; attribution?: AttributionLink[]; times?: number[]; quantities?: number[]; events?: string[]; certainty?: Claim['certainty'] }[];
  events?: { id?: string; type: string; trigger: string; args?: Record<string, (string | number)[]>; certainty?: NewsEvent['certainty']; status?: NewsEvent['status'] }[];
}

function span(text: string, needle: string): { start: number; end: number; text: string } {
  const i = text.indexOf(needle);
  return i >= 0 ? { start: i, end: i + needle.length, text: needle } : { start: 0, end: 0, text: needle };
}

export function fx(f: Fx): Analysis {
  const text = f.text;
  const entities: Entity[] = (f.entities ?? []).map((e, i) => {
    const ent: Entity = { id: e.id ?? `e${i + 1}`, name: e.name, type: e.type ?? 'GPE', mentions: [span(text, e.name)] };
    if (e.qid) ent.kb = { wikidata: e.qid };
    if (e.geo) ent.geo = { lat: e.geo[0], lon: e.geo[1] };
    return ent;
  });
  const times: TimeExpr[] = (f.times ?? []).map((t) => ({ ...span(text, t.text), type: 'DATE', value: t.value, ...(t.mod ? { mod: t.mod } : {}) }));
  const quantities: Quantity[] = (f.quantities ?? []).map((q) => ({ ...span(text, q.text), value: q.value, unit: q.unit, ...(q.bound ? { bound: q.bound } : {}), ...(q.noun ? { noun: q.noun } : {}), ...(q.equivalentOf !== undefined ? { equivalentOf: q.equivalentOf } : {}) }));
  const events: NewsEvent[] = (f.events ?? []).map((e, i) => ({
    id: e.id ?? `v${i + 1}`, type: e.type, trigger: span(text, e.trigger), args: e.args ?? {}, certainty: e.certainty ?? 'CERTAIN',
    polarity: 'POSITIVE', status: e.status ?? 'PAST', claims: [],
  }));
  const claims: Claim[] = (f.claims ?? []).map((c, i) => ({
    id: `c${i + 1}`, ...span(text, c.text), attribution: c.attribution ?? [], certainty: c.certainty ?? 'CERTAIN', polarity: 'POSITIVE', status: 'PAST',
    hedges: [], events: c.events ?? [], times: c.times ?? [], quantities: c.quantities ?? [],
  }));
  const document: Analysis['document'] = { id: sha256(text), text, language: 'en' };
  if (f.publishedAt) document.publishedAt = f.publishedAt;
  if (f.outlet) document.outlet = f.outlet;
  if (f.title) document.title = f.title;
  if (f.url) document.url = f.url;
  return { version: 1, document, sentences: [{ start: 0, end: text.length }], entities, times, quantities, claims, events, checks: [] };
}
