// The PostgreSQL engine: `pg` pool, full-text search on a generated tsvector column.
// A `?schema=NAME` parameter on the URL puts every table in that schema (created if missing).

import pg from 'pg';
import type { Analysis } from '../../core/types.js';
import type { Fact, Story } from '../../story/types.js';
import { fingerprintBands } from '../../ingest/dedupe.js';
import { asStoredForm, docRow, entityRow, eventRow, sighting, type StoredForm } from '../rows.js';
import {
  clampLimit, toUpper, type AddResult, type DocFilter, type DocRow, type EntityDetail, type EntityFilter, type EntityRow,
  type AddMeta, type CopyCandidate, type FindCopy, type NewDocument, type DocProfileRow, type Sighting, type EventFilter, type EventRow, type Page, type Store,
} from '../store.js';
import { MIGRATIONS } from './migrations.js';

type Row = Record<string, unknown>;

const DOC_COLS = 'd.id, d.outlet, d.title, d.url, d.published_at, d.added_at, d.fingerprint, d.copy_of, d.story_id, d.source, d.chars';

/** Builds numbered placeholders as parameters are pushed. */
class Params {
  readonly values: unknown[] = [];
  add(v: unknown): string { this.values.push(v); return `$${this.values.length}`; }
}

export function quoteIdent(s: string): string { return `"${s.replace(/"/g, '""')}"`; }

class PgStore implements Store {
  readonly engine = 'postgres' as const;
  constructor(private pool: pg.Pool, private schema?: string) {}

  async init(): Promise<void> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      // One migrator at a time across processes; released at COMMIT/ROLLBACK (a throw below ends the session).
      await c.query("SELECT pg_advisory_xact_lock(hashtext('newsgraph:migrate'))");
      if (this.schema) await c.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(this.schema)}`);
      await c.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
      const v = Number((await c.query('SELECT max(version) AS v FROM schema_migrations')).rows[0]?.v ?? 0);
      const known = MIGRATIONS[MIGRATIONS.length - 1].version;
      if (v > known) throw new Error(`the database was written by a newer newsgraph (schema version ${v}; this one knows up to ${known})`);
      await c.query('COMMIT');
      for (const m of MIGRATIONS) {
        await c.query('BEGIN');
        try {
          await c.query("SELECT pg_advisory_xact_lock(hashtext('newsgraph:migrate'))");
          const have = await c.query('SELECT 1 FROM schema_migrations WHERE version = $1', [m.version]);
          if (have.rowCount === 0) {
            await c.query(m.sql);
            await c.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
          }
          await c.query('COMMIT');
        } catch (e) {
          await c.query('ROLLBACK');
          throw e;
        }
      }
    } catch (e) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      c.release();
    }
  }

  private async tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      const out = await fn(c);
      await c.query('COMMIT');
      return out;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      c.release();
    }
  }

  private async q(sql: string, params: unknown[] = []): Promise<Row[]> {
    return (await this.pool.query(sql, params)).rows as Row[];
  }

  async version(): Promise<number> {
    const r = await this.q('SELECT max(version) AS v FROM schema_migrations');
    return Number(r[0]?.v ?? 0);
  }

  async hasDocument(id: string): Promise<boolean> {
    return (await this.q('SELECT 1 FROM documents WHERE id = $1', [id])).length > 0;
  }

  async addDocument(a: Analysis | StoredForm, meta: AddMeta): Promise<AddResult> {
    const [r] = await this.addDocuments([{ doc: a, meta }]);
    return { status: r.status, id: r.id };
  }

  async addDocuments(items: NewDocument[], findCopy?: FindCopy): Promise<(AddResult & { copyOf?: string })[]> {
    if (!items.length) return [];
    return this.tx(async (c) => {
      const out: (AddResult & { copyOf?: string })[] = [];
      for (const [i, item] of items.entries()) {
        const f = asStoredForm(item.doc);
        const id = f.document.id;
        // an exact duplicate first, as SQLite does (its near-duplicate candidates are never looked up)
        if ((await c.query('SELECT 1 FROM documents WHERE id = $1', [id])).rowCount) { out.push({ status: 'duplicate', id }); continue; }
        const copyOf = findCopy ? findCopy(i, await this.candidatesIn(c, item.meta.fingerprint)) : item.meta.copyOf;
        if (!(await this.addIn(c, f, item.meta, copyOf))) { out.push({ status: 'duplicate', id }); continue; }
        out.push(copyOf !== undefined ? { status: 'added', id, copyOf } : { status: 'added', id });
      }
      return out;
    });
  }

  /** Writes one document that is known to be new, inside the caller's transaction. */
  private async addIn(c: pg.PoolClient, f: StoredForm, meta: AddMeta, copyOf: string | undefined): Promise<boolean> {
    const d = f.document;
    {
      const ins = await c.query(`INSERT INTO documents (id, outlet, title, url, published_at, added_at, fingerprint, copy_of, source, chars, text, analysis, terms)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) ON CONFLICT (id) DO NOTHING RETURNING rid`, [
        d.id, d.outlet ?? null, d.title ?? null, d.url ?? null, d.publishedAt ?? null, new Date().toISOString(), meta.fingerprint,
        copyOf ?? null, meta.source ?? null, d.text.length, d.text.replace(/\u0000/g, ''), f.analysisJson, meta.terms ?? null,
      ]);
      if (ins.rowCount === 0) return false; // stored meanwhile (another process)
      const rid = ins.rows[0].rid as string;
      const bands = fingerprintBands(meta.fingerprint);
      await c.query('INSERT INTO doc_bands (band, doc) SELECT unnest($1::int[]), $2', [bands, rid]);
      const rows = f.rows;
      if (rows.entities.length) {
        // one statement per table: a round trip per row would dominate on a remote server
        const E = rows.entities;
        await c.query(`INSERT INTO entities (key, name, type, wikidata, lat, lon, country)
          SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::float8[], $6::float8[], $7::text[])
          ON CONFLICT (key) DO UPDATE SET lat = coalesce(entities.lat, excluded.lat), lon = coalesce(entities.lon, excluded.lon), country = coalesce(entities.country, excluded.country)`,
        [E.map((e) => e.key), E.map((e) => e.name), E.map((e) => e.type), E.map((e) => e.wikidata ?? null), E.map((e) => e.lat ?? null), E.map((e) => e.lon ?? null), E.map((e) => e.country ?? null)]);
      }
      if (rows.mentions.length) {
        await c.query(`INSERT INTO mentions (doc_id, local_id, entity_key, texts, count)
          SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::int[]) ON CONFLICT DO NOTHING`,
        [d.id, rows.mentions.map((m) => m.localId), rows.mentions.map((m) => m.key), rows.mentions.map((m) => JSON.stringify(m.texts)), rows.mentions.map((m) => m.count)]);
      }
      if (rows.events.length) {
        const V = rows.events;
        await c.query(`INSERT INTO events (doc_id, id, type, cameo, trig, certainty, polarity, status, date, place, entities)
          SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[]) ON CONFLICT DO NOTHING`,
        [d.id, V.map((e) => e.id), V.map((e) => e.type), V.map((e) => e.cameo ?? null), V.map((e) => e.trigger), V.map((e) => e.certainty), V.map((e) => e.polarity),
          V.map((e) => e.status), V.map((e) => e.date ?? null), V.map((e) => e.place ?? null), V.map((e) => JSON.stringify(e.entities))]);
      }
      if (rows.eventEntities.length) {
        await c.query('INSERT INTO event_entities (doc_id, event_id, entity_key, role) SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[])',
          [d.id, rows.eventEntities.map((x) => x.eventId), rows.eventEntities.map((x) => x.key), rows.eventEntities.map((x) => x.role)]);
      }
      if (rows.claims.length) {
        await c.query(`INSERT INTO claims (doc_id, id, text, certainty, polarity, status, attribution)
          SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) ON CONFLICT DO NOTHING`,
        [d.id, ...(['id', 'text', 'certainty', 'polarity', 'status', 'attribution'] as const).map((k) => rows.claims.map((x) => x[k]))]);
      }
      return true;
    }
  }

  async fingerprintCandidates(fingerprint: string): Promise<CopyCandidate[]> {
    return this.candidatesIn(this.pool, fingerprint);
  }

  /** Near-duplicate candidates as `q` sees them (inside a transaction: documents it wrote included). */
  private async candidatesIn(q: pg.Pool | pg.PoolClient, fingerprint: string): Promise<CopyCandidate[]> {
    const rows = (await q.query(`SELECT DISTINCT d.id, d.fingerprint, d.copy_of FROM doc_bands b JOIN documents d ON d.rid = b.doc
      WHERE b.band = ANY($1::int[])`, [fingerprintBands(fingerprint)])).rows as Row[];
    return rows.map((r) => (r.copy_of != null ? { id: String(r.id), fingerprint: String(r.fingerprint), copyOf: String(r.copy_of) } : { id: String(r.id), fingerprint: String(r.fingerprint) }));
  }

  async getDocument(id: string): Promise<DocRow | undefined> {
    const r = await this.q(`SELECT ${DOC_COLS} FROM documents d WHERE id = $1`, [id]);
    return r[0] ? docRow(r[0]) : undefined;
  }

  async getText(id: string): Promise<string | undefined> {
    const r = await this.q('SELECT text FROM documents WHERE id = $1', [id]);
    return r[0] ? String(r[0].text) : undefined;
  }

  async getAnalysis(id: string): Promise<Analysis | undefined> {
    const r = await this.q('SELECT text, analysis FROM documents WHERE id = $1', [id]);
    if (!r[0]) return undefined;
    const a = r[0].analysis as Analysis;
    a.document = { ...a.document, text: String(r[0].text) };
    return a;
  }

  async listDocuments(f: DocFilter = {}): Promise<Page<DocRow>> {
    const p = new Params();
    const where: string[] = [];
    let rank = '';
    if (f.q && /[\p{L}\p{N}]/u.test(f.q)) {
      const ph = p.add(f.q);
      where.push(`d.tsv @@ plainto_tsquery('english', ${ph})`);
      rank = `ts_rank(d.tsv, plainto_tsquery('english', ${ph})) DESC, `;
    }
    if (f.outlet) where.push(`d.outlet = ${p.add(f.outlet)}`);
    if (f.from) where.push(`d.published_at >= ${p.add(f.from)}`);
    if (f.to) where.push(`d.published_at < ${p.add(toUpper(f.to))}`);
    if (f.storyId) where.push(`d.story_id = ${p.add(f.storyId)}`);
    if (f.entity) where.push(`d.id IN (SELECT doc_id FROM mentions WHERE entity_key = ${p.add(f.entity)})`);
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = Number((await this.q(`SELECT count(*) AS n FROM documents d ${w}`, p.values))[0].n);
    const order = rank ? `ORDER BY ${rank}d.rid` : 'ORDER BY d.published_at DESC NULLS LAST, d.rid DESC';
    const lim = p.add(clampLimit(f.limit));
    const off = p.add(Math.max(0, f.offset ?? 0));
    const items = (await this.q(`SELECT ${DOC_COLS} FROM documents d ${w} ${order} LIMIT ${lim} OFFSET ${off}`, p.values)).map(docRow);
    return { total, items };
  }

  async countDocuments(): Promise<number> {
    return Number((await this.q('SELECT count(*) AS n FROM documents'))[0].n);
  }

  async unassignedDocuments(): Promise<DocRow[]> {
    return (await this.q(`SELECT ${DOC_COLS} FROM documents d WHERE story_id IS NULL ORDER BY coalesce(published_at, added_at), rid`)).map(docRow);
  }

  async listEntities(f: EntityFilter = {}): Promise<Page<EntityRow>> {
    const p = new Params();
    const where: string[] = [];
    if (f.q) where.push(`e.name ILIKE ${p.add(`%${f.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`)}`);
    if (f.type) where.push(`e.type = ${p.add(f.type)}`);
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = Number((await this.q(`SELECT count(*) AS n FROM entities e ${w}`, p.values))[0].n);
    const lim = p.add(clampLimit(f.limit));
    const off = p.add(Math.max(0, f.offset ?? 0));
    const items = (await this.q(`SELECT e.*, (SELECT count(DISTINCT doc_id) FROM mentions m WHERE m.entity_key = e.key) AS documents,
      (SELECT coalesce(sum(count), 0) FROM mentions m WHERE m.entity_key = e.key) AS mentions
      FROM entities e ${w} ORDER BY documents DESC, e.name LIMIT ${lim} OFFSET ${off}`, p.values)).map(entityRow);
    return { total, items };
  }

  async getEntity(key: string): Promise<EntityDetail | undefined> {
    const r = await this.q(`SELECT e.*, (SELECT count(DISTINCT doc_id) FROM mentions m WHERE m.entity_key = e.key) AS documents,
      (SELECT coalesce(sum(count), 0) FROM mentions m WHERE m.entity_key = e.key) AS mentions FROM entities e WHERE key = $1`, [key]);
    if (!r[0]) return undefined;
    const entity = entityRow(r[0]);
    const mentions = (await this.q('SELECT doc_id, local_id, texts FROM mentions WHERE entity_key = $1 ORDER BY doc_id', [key]))
      .map((m) => ({ docId: String(m.doc_id), localId: String(m.local_id), texts: JSON.parse(String(m.texts)) as string[] }));
    const events = (await this.listEvents({ entity: key, limit: 1000 })).items;
    const facts = (await this.q('SELECT story_id, data FROM facts WHERE lower(subject) = lower($1) ORDER BY story_id, idx', [entity.name]))
      .map((f) => ({ storyId: String(f.story_id), fact: f.data as Fact }));
    return { entity, mentions, events, facts };
  }

  async listEvents(f: EventFilter = {}): Promise<Page<EventRow>> {
    const p = new Params();
    const where: string[] = [];
    if (f.entity) where.push(`EXISTS (SELECT 1 FROM event_entities x WHERE x.doc_id = v.doc_id AND x.event_id = v.id AND x.entity_key = ${p.add(f.entity)})`);
    if (f.type) where.push(`v.type = ${p.add(f.type)}`);
    if (f.from) where.push(`v.date >= ${p.add(f.from)}`);
    if (f.to) where.push(`v.date < ${p.add(toUpper(f.to))}`);
    if (f.place) where.push(`v.place = ${p.add(f.place)}`);
    if (f.certainty) where.push(`v.certainty = ${p.add(f.certainty)}`);
    if (f.status) where.push(`v.status = ${p.add(f.status)}`);
    if (f.docId) where.push(`v.doc_id = ${p.add(f.docId)}`);
    if (f.storyId) where.push(`v.doc_id IN (SELECT id FROM documents WHERE story_id = ${p.add(f.storyId)})`);
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = Number((await this.q(`SELECT count(*) AS n FROM events v ${w}`, p.values))[0].n);
    const lim = p.add(clampLimit(f.limit));
    const off = p.add(Math.max(0, f.offset ?? 0));
    const items = (await this.q(`SELECT v.* FROM events v ${w} ORDER BY v.date NULLS FIRST, v.doc_id, v.id LIMIT ${lim} OFFSET ${off}`, p.values)).map(eventRow);
    return { total, items };
  }

  async assignStories(assign: { docId: string; storyId: string }[]): Promise<void> {
    if (!assign.length) return;
    await this.tx(async (c) => {
      await c.query(`UPDATE documents d SET story_id = x.s FROM unnest($1::text[], $2::text[]) AS x(i, s) WHERE d.id = x.i`,
        [assign.map((a) => a.docId), assign.map((a) => a.storyId)]);
    });
  }

  async saveStories(stories: Story[]): Promise<void> {
    await this.tx(async (c) => {
      for (const s of stories) {
        await c.query(`INSERT INTO stories (id, title, updated, data, size) VALUES ($1, $2, $3, $4, $5)
          ON CONFLICT (id) DO UPDATE SET title = excluded.title, updated = excluded.updated, data = excluded.data, size = excluded.size`, [s.id, s.title, s.updated ?? null, JSON.stringify(s), s.documents.length]);
        await c.query('DELETE FROM facts WHERE story_id = $1', [s.id]);
        if (s.facts.length) {
          await c.query(`INSERT INTO facts (story_id, idx, subject, attribute, consistent, data)
            SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::boolean[], $6::json[])`,
          [s.id, s.facts.map((_, i) => i), s.facts.map((f) => f.subject), s.facts.map((f) => f.attribute), s.facts.map((f) => f.consistent), s.facts.map((f) => JSON.stringify(f))]);
        }
        const docs: string[] = [];
        const ids: string[] = [];
        const se: string[] = [];
        for (const e of s.events) {
          for (const m of e.members ?? []) {
            const at = m.indexOf('#');
            docs.push(m.slice(0, at)); ids.push(m.slice(at + 1)); se.push(`${s.id}/${e.id}`);
          }
        }
        if (docs.length) {
          await c.query('UPDATE events v SET story_event = x.s FROM unnest($1::text[], $2::text[], $3::text[]) AS x(d, i, s) WHERE v.doc_id = x.d AND v.id = x.i', [docs, ids, se]);
        }
      }
      await c.query('DELETE FROM stories WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.story_id = stories.id)');
    });
  }

  async listStories(opts: { limit?: number; offset?: number } = {}): Promise<Page<Story>> {
    const total = Number((await this.q('SELECT count(*) AS n FROM stories'))[0].n);
    const items = (await this.q('SELECT data FROM stories ORDER BY updated DESC NULLS LAST, id LIMIT $1 OFFSET $2',
      [clampLimit(opts.limit, 1000, 100000), Math.max(0, opts.offset ?? 0)])).map((r) => r.data as Story);
    return { total, items };
  }

  async getStory(id: string): Promise<Story | undefined> {
    const r = await this.q('SELECT data FROM stories WHERE id = $1', [id]);
    return r[0] ? (r[0].data as Story) : undefined;
  }

  async storyMembers(): Promise<Map<string, string[]>> {
    const m = new Map<string, string[]>();
    for (const r of await this.q('SELECT story_id, id FROM documents WHERE story_id IS NOT NULL ORDER BY coalesce(published_at, added_at), rid')) {
      const k = String(r.story_id);
      if (!m.has(k)) m.set(k, []);
      m.get(k)!.push(String(r.id));
    }
    return m;
  }

  async addSighting(docId: string, x: Sighting): Promise<boolean> {
    return this.tx(async (c) => {
      const d = (await c.query('SELECT outlet, url, story_id FROM documents WHERE id = $1', [docId])).rows[0] as Row | undefined;
      if (!d || ((d.outlet ?? null) === (x.outlet ?? null) && (d.url ?? null) === (x.url ?? null))) return false;
      const r = await c.query(`INSERT INTO sightings (doc_id, outlet, title, url, published_at, source, added_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
        [docId, x.outlet ?? null, x.title ?? null, x.url ?? null, x.publishedAt ?? null, x.source ?? null, new Date().toISOString()]);
      if (r.rowCount && d.story_id != null) await c.query('UPDATE stories SET size = -1 WHERE id = $1', [d.story_id]);
      return Boolean(r.rowCount);
    });
  }

  async sightings(docId: string): Promise<Sighting[]> {
    return (await this.q('SELECT outlet, title, url, published_at, source FROM sightings WHERE doc_id = $1 ORDER BY coalesce(published_at, added_at), sid', [docId])).map(sighting);
  }

  async storySizes(): Promise<Map<string, number>> {
    return new Map((await this.q('SELECT id, size FROM stories')).map((r) => [String(r.id), Number(r.size ?? -1)]));
  }

  async docProfiles(range: { from?: string; to?: string } = {}): Promise<DocProfileRow[]> {
    const where = range.from || range.to ? 'WHERE published_at IS NULL OR (published_at >= $1 AND published_at < $2)' : '';
    const params = where ? [range.from ?? '', toUpper(range.to ?? '9999')] : [];
    return (await this.q(`SELECT id, published_at, added_at, story_id, copy_of, terms FROM documents ${where} ORDER BY coalesce(published_at, added_at), rid`, params)).map((r) => {
      const p: DocProfileRow = { id: String(r.id), addedAt: String(r.added_at) };
      if (r.published_at != null) p.publishedAt = String(r.published_at);
      if (r.story_id != null) p.storyId = String(r.story_id);
      if (r.copy_of != null) p.copyOf = String(r.copy_of);
      if (r.terms != null) p.terms = String(r.terms);
      return p;
    });
  }

  async close(): Promise<void> { await this.pool.end(); }
}

/** Opens postgres://…[?schema=NAME]; runs pending migrations. */
export async function openPostgres(url: string): Promise<Store> {
  const u = new URL(url);
  const schema = u.searchParams.get('schema') ?? undefined;
  u.searchParams.delete('schema');
  if (schema !== undefined && !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) throw new Error(`bad schema name "${schema}"`);
  const pool = new pg.Pool({
    connectionString: u.toString(),
    max: 4,
    connectionTimeoutMillis: 5000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  pool.on('error', () => { /* an idle client lost its connection; the next query reconnects */ });
  const s = new PgStore(pool, schema);
  try {
    await s.init();
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw e;
  }
  return s;
}
