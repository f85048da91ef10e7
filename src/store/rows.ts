// Engine-independent flattening of an Analysis into the rows both engines store.

import type { Analysis, DocumentInfo, Entity } from '../core/types.js';
import type { DocRow, EntityRow, EventRow, Sighting } from './store.js';
export { fingerprintBands } from '../ingest/dedupe.js';

type Row = Record<string, unknown>;

/** Places of either political or natural kind meet: the gold scorers treat GPE and LOC alike. */
export function typeGroup(type: string): string {
  if (type === 'GPE' || type === 'LOC') return 'PLACE';
  return type;
}

export function normName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .replace(/'s\b/g, '')
    .replace(/\./g, '')
    .replace(/^(the|a|an) /, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A cross-document entity key: the Wikidata QID where linked, else type group and normalised name. */
/** A name that is an acronym as written: "NATO", "HP", "AT&T". */
const ACRONYM_NAME = /^[A-Z][A-Z0-9&]{1,9}$/;

export function entityKey(e: Pick<Entity, 'name' | 'type' | 'kb'>): string {
  const q = e.kb?.wikidata;
  if (q && /^Q\d+$/.test(q)) return `wd:${q}`;
  // an unlinked KB entry keys by its KB name, whatever form each report gives it; but an acronym the report writes
  // ("HP", "FEMA") keys as written: every report spells it alike, while the KB entry it resolves to can differ
  // by context (ECB+ story grouping: document B³ 81.4 keyed by KB name, 84.4 keyed by the acronym)
  const name = ACRONYM_NAME.test(e.name) ? e.name : (e.kb?.name ?? e.name);
  return `n:${typeGroup(e.type)}:${normName(name)}`;
}

export interface EntityOut { key: string; name: string; type: string; wikidata?: string; lat?: number; lon?: number; country?: string }
export interface MentionOut { key: string; localId: string; texts: string[]; count: number }
export interface EventEntityOut { eventId: string; key: string; role: string }
export interface ClaimOut { id: string; text: string; certainty: string; polarity: string; status: string; attribution: string }

export interface Rows {
  entities: EntityOut[];
  mentions: MentionOut[];
  events: Omit<EventRow, 'docId'>[];
  eventEntities: EventEntityOut[];
  claims: ClaimOut[];
}

const DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?/;

export function rowsOf(a: Analysis): Rows {
  const byLocal = new Map<string, string>();
  const entities = new Map<string, EntityOut>();
  const mentions: MentionOut[] = [];
  for (const e of a.entities ?? []) {
    const key = entityKey(e);
    byLocal.set(e.id, key);
    if (!entities.has(key)) {
      const row: EntityOut = { key, name: e.name, type: e.type };
      if (e.kb?.wikidata) row.wikidata = e.kb.wikidata;
      if (e.geo) { row.lat = e.geo.lat; row.lon = e.geo.lon; if (e.geo.country) row.country = e.geo.country; }
      entities.set(key, row);
    }
    const texts = [...new Set((e.mentions ?? []).map((m) => m.text))].slice(0, 20);
    mentions.push({ key, localId: e.id, texts, count: e.mentions?.length ?? 0 });
  }
  const docDate = a.document.publishedAt?.slice(0, 10);
  const events: Omit<EventRow, 'docId'>[] = [];
  const eventEntities: EventEntityOut[] = [];
  for (const ev of a.events ?? []) {
    let date: string | undefined;
    let place: string | undefined;
    const keys = new Set<string>();
    for (const [role, vals] of Object.entries(ev.args ?? {})) {
      for (const v of vals) {
        if (role === 'time') {
          const t = typeof v === 'number' ? a.times[v] : undefined;
          if (t && !date && DATE_RE.test(t.value)) date = t.value;
          continue;
        }
        const key = typeof v === 'string' ? byLocal.get(v) : undefined;
        if (!key) continue;
        if (!keys.has(`${role}|${key}`)) eventEntities.push({ eventId: ev.id, key, role });
        keys.add(`${role}|${key}`);
        if (!place && (role === 'location' || role === 'destination')) place = key;
      }
    }
    const row: Omit<EventRow, 'docId'> = {
      id: ev.id, type: ev.type, trigger: ev.trigger?.text ?? '', certainty: ev.certainty, polarity: ev.polarity, status: ev.status,
      entities: [...new Set([...keys].map((k) => k.slice(k.indexOf('|') + 1)))],
    };
    if (ev.cameo) row.cameo = ev.cameo;
    const d = date ?? docDate;
    if (d) row.date = d;
    if (place) row.place = place;
    events.push(row);
  }
  const claims: ClaimOut[] = (a.claims ?? []).map((c) => ({
    id: c.id, text: c.text, certainty: c.certainty, polarity: c.polarity, status: c.status, attribution: JSON.stringify(c.attribution ?? []),
  }));
  return { entities: [...entities.values()], mentions, events, eventEntities, claims };
}

/**
 * An analysis in the form the store writes: its JSON without the text, and its rows. `ingest` builds it on the
 * analysis worker that made the analysis, so the one thread that writes the store only writes (and a few
 * strings cross the thread boundary instead of the whole analysis object graph).
 */
export interface StoredForm { document: DocumentInfo; analysisJson: string; rows: Rows }

export function storedForm(a: Analysis): StoredForm {
  return { document: a.document, analysisJson: JSON.stringify({ ...a, document: { ...a.document, text: undefined } }), rows: rowsOf(a) };
}

export function asStoredForm(x: Analysis | StoredForm): StoredForm {
  return typeof (x as StoredForm).analysisJson === 'string' ? (x as StoredForm) : storedForm(x as Analysis);
}

export function entityRow(r: Row): EntityRow {
  const e: EntityRow = { key: String(r.key), name: String(r.name), type: String(r.type), documents: Number(r.documents ?? 0), mentions: Number(r.mentions ?? 0) };
  if (r.wikidata != null) e.wikidata = String(r.wikidata);
  if (r.lat != null) e.lat = Number(r.lat);
  if (r.lon != null) e.lon = Number(r.lon);
  if (r.country != null) e.country = String(r.country);
  return e;
}

export function eventRow(r: Row): EventRow {
  const e: EventRow = {
    docId: String(r.doc_id), id: String(r.id), type: String(r.type), trigger: String(r.trig), certainty: String(r.certainty),
    polarity: String(r.polarity), status: String(r.status), entities: JSON.parse(String(r.entities)) as string[],
  };
  if (r.cameo != null) e.cameo = String(r.cameo);
  if (r.date != null) e.date = String(r.date);
  if (r.place != null) e.place = String(r.place);
  if (r.story_event != null) e.storyEventId = String(r.story_event);
  return e;
}


export function sighting(r: Row): Sighting {
  const x: Sighting = {};
  if (r.outlet != null) x.outlet = String(r.outlet);
  if (r.title != null) x.title = String(r.title);
  if (r.url != null) x.url = String(r.url);
  if (r.published_at != null) x.publishedAt = String(r.published_at);
  if (r.source != null) x.source = String(r.source);
  return x;
}

/** A documents row (either engine, snake_case columns) as a DocRow; absent columns stay absent. */
export function docRow(r: Row): DocRow {
  const d: DocRow = { id: String(r.id), addedAt: String(r.added_at), fingerprint: String(r.fingerprint), chars: Number(r.chars) };
  if (r.outlet != null) d.outlet = String(r.outlet);
  if (r.title != null) d.title = String(r.title);
  if (r.url != null) d.url = String(r.url);
  if (r.published_at != null) d.publishedAt = String(r.published_at);
  if (r.copy_of != null) d.copyOf = String(r.copy_of);
  if (r.story_id != null) d.storyId = String(r.story_id);
  if (r.source != null) d.source = String(r.source);
  return d;
}
