// The SQLite engine: better-sqlite3, WAL journal, FTS5 over title and text.
// better-sqlite3 is synchronous; methods are async only to share the Store interface with PostgreSQL.

import Database from 'better-sqlite3';
import type { Analysis } from '../../core/types.js';
import type { Fact, Story } from '../../story/types.js';
import { BANDS, fingerprintBands } from '../../ingest/dedupe.js';
import { asStoredForm, docRow, entityRow, eventRow, sighting, type StoredForm } from '../rows.js';
import {
  clampLimit, toUpper, type AddResult, type DocFilter, type DocRow, type EntityDetail, type EntityFilter, type EntityRow,
  type AddMeta, type CopyCandidate, type FindCopy, type NewDocument, type DocProfileRow, type Sighting, type EventFilter, type EventRow, type Page, type Store,
} from '../store.js';
import { MIGRATIONS } from './migrations.js';

type Row = Record<string, unknown>;

/** Turns user words into an FTS5 query of quoted terms (AND), so no input is FTS syntax. */
export function ftsQuery(q: string): string {
  const words = q.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => `"${w}"`).join(' ');
}

class SqliteStore implements Store {
  readonly engine = 'sqlite' as const;
  private db: Database.Database;
  private insertDoc: Database.Statement;
  private insertFts: Database.Statement;
  private insertBand: Database.Statement;
  private upsertEntity: Database.Statement;
  private insertMention: Database.Statement;
  private insertEvent: Database.Statement;
  private insertEventEntity: Database.Statement;
  private insertClaim: Database.Statement;
  private addTx: Database.Transaction<(items: NewDocument[], findCopy?: FindCopy) => (AddResult & { copyOf?: string })[]>;
  private candidatesOf: (fingerprint: string) => CopyCandidate[];

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a killed process never corrupts or half-applies; only a power cut may lose the last commits.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 10000');
    // bulk ingest: a larger page cache, temp tables in memory, fewer WAL checkpoints
    this.db.pragma('cache_size = -16384');
    this.db.pragma('temp_store = MEMORY');
    this.db.pragma('wal_autocheckpoint = 4000');
    this.migrate();
    this.insertDoc = this.db.prepare(`INSERT INTO documents (id, outlet, title, url, published_at, added_at, fingerprint, copy_of, source, chars, text, analysis, terms)
      VALUES (@id, @outlet, @title, @url, @published_at, @added_at, @fingerprint, @copy_of, @source, @chars, @text, @analysis, @terms)`);
    this.insertFts = this.db.prepare('INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)');
    this.insertBand = this.db.prepare('INSERT INTO doc_bands (band, doc) VALUES (?, ?)');
    this.upsertEntity = this.db.prepare(`INSERT INTO entities (key, name, type, wikidata, lat, lon, country) VALUES (@key, @name, @type, @wikidata, @lat, @lon, @country)
      ON CONFLICT(key) DO UPDATE SET lat = coalesce(entities.lat, excluded.lat), lon = coalesce(entities.lon, excluded.lon), country = coalesce(entities.country, excluded.country)`);
    this.insertMention = this.db.prepare('INSERT OR IGNORE INTO mentions (doc_id, local_id, entity_key, texts, count) VALUES (?, ?, ?, ?, ?)');
    this.insertEvent = this.db.prepare(`INSERT OR IGNORE INTO events (doc_id, id, type, cameo, trig, certainty, polarity, status, date, place, entities)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.insertEventEntity = this.db.prepare('INSERT INTO event_entities (doc_id, event_id, entity_key, role) VALUES (?, ?, ?, ?)');
    this.insertClaim = this.db.prepare('INSERT OR IGNORE INTO claims (doc_id, id, text, certainty, polarity, status, attribution) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const exists = this.db.prepare('SELECT 1 FROM documents WHERE id = ?');
    const candidates = this.db.prepare(`SELECT DISTINCT d.id, d.fingerprint, d.copy_of FROM doc_bands b JOIN documents d ON d.rowid = b.doc
      WHERE b.band IN (${Array.from({ length: BANDS }, () => '?').join(',')})`);
    this.candidatesOf = (fingerprint) => (candidates.all(...fingerprintBands(fingerprint)) as Row[]).map((r) => (r.copy_of != null
      ? { id: String(r.id), fingerprint: String(r.fingerprint), copyOf: String(r.copy_of) } : { id: String(r.id), fingerprint: String(r.fingerprint) }));
    const addOne = (f: StoredForm, meta: AddMeta, copyOf: string | undefined): void => {
      const d = f.document;
      const info = this.insertDoc.run({
        id: d.id, outlet: d.outlet ?? null, title: d.title ?? null, url: d.url ?? null, published_at: d.publishedAt ?? null,
        added_at: new Date().toISOString(), fingerprint: meta.fingerprint, copy_of: copyOf ?? null, source: meta.source ?? null,
        chars: d.text.length, text: d.text, analysis: f.analysisJson, terms: meta.terms ?? null,
      });
      const rid = Number(info.lastInsertRowid);
      this.insertFts.run(rid, d.title ?? '', d.text);
      for (const b of fingerprintBands(meta.fingerprint)) this.insertBand.run(b, rid);
      const rows = f.rows;
      for (const e of rows.entities) {
        this.upsertEntity.run({ key: e.key, name: e.name, type: e.type, wikidata: e.wikidata ?? null, lat: e.lat ?? null, lon: e.lon ?? null, country: e.country ?? null });
      }
      for (const m of rows.mentions) this.insertMention.run(d.id, m.localId, m.key, JSON.stringify(m.texts), m.count);
      for (const e of rows.events) {
        this.insertEvent.run(d.id, e.id, e.type, e.cameo ?? null, e.trigger, e.certainty, e.polarity, e.status, e.date ?? null, e.place ?? null, JSON.stringify(e.entities));
      }
      for (const ee of rows.eventEntities) this.insertEventEntity.run(d.id, ee.eventId, ee.key, ee.role);
      for (const c of rows.claims) this.insertClaim.run(d.id, c.id, c.text, c.certainty, c.polarity, c.status, c.attribution);
    };
    this.addTx = this.db.transaction((items: NewDocument[], findCopy?: FindCopy) => items.map((item, i): AddResult & { copyOf?: string } => {
      const f = asStoredForm(item.doc);
      const id = f.document.id;
      if (exists.get(id)) return { status: 'duplicate', id };
      const copyOf = findCopy ? findCopy(i, this.candidatesOf(item.meta.fingerprint)) : item.meta.copyOf;
      addOne(f, item.meta, copyOf);
      return copyOf !== undefined ? { status: 'added', id, copyOf } : { status: 'added', id };
    }));
  }

  private migrate(): void {
    // Never write our tables into somebody else's database file.
    const tables = (this.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Row[]).map((r) => String(r.name));
    if (tables.length && !tables.includes('schema_migrations')) {
      this.db.close();
      throw new Error(`it is a SQLite database of another program (tables: ${tables.slice(0, 5).join(', ')}${tables.length > 5 ? ', …' : ''})`);
    }
    if (tables.includes('schema_migrations')) {
      const v = Number((this.db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as Row).v ?? 0);
      const known = MIGRATIONS[MIGRATIONS.length - 1].version;
      if (v > known) { this.db.close(); throw new Error(`it was written by a newer newsgraph (schema version ${v}; this one knows up to ${known})`); }
    }
    this.db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const m of MIGRATIONS) {
      // IMMEDIATE takes the write lock first, so two processes opening a new file do not both migrate.
      const tx = this.db.transaction(() => {
        if (this.db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').get(m.version)) return;
        this.db.exec(m.sql);
        this.db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
      });
      tx.immediate();
    }
  }

  async version(): Promise<number> {
    const r = this.db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as Row;
    return Number(r.v ?? 0);
  }

  async hasDocument(id: string): Promise<boolean> {
    return Boolean(this.db.prepare('SELECT 1 FROM documents WHERE id = ?').get(id));
  }

  async addDocument(a: Analysis | StoredForm, meta: AddMeta): Promise<AddResult> {
    const [r] = this.addTx.immediate([{ doc: a, meta }]);
    return { status: r.status, id: r.id };
  }

  async addDocuments(items: NewDocument[], findCopy?: FindCopy): Promise<(AddResult & { copyOf?: string })[]> {
    return items.length ? this.addTx.immediate(items, findCopy) : [];
  }

  async fingerprintCandidates(fingerprint: string): Promise<CopyCandidate[]> {
    return this.candidatesOf(fingerprint);
  }

  async getDocument(id: string): Promise<DocRow | undefined> {
    const r = this.db.prepare('SELECT id, outlet, title, url, published_at, added_at, fingerprint, copy_of, story_id, source, chars FROM documents WHERE id = ?').get(id) as Row | undefined;
    return r ? docRow(r) : undefined;
  }

  async getText(id: string): Promise<string | undefined> {
    const r = this.db.prepare('SELECT text FROM documents WHERE id = ?').get(id) as Row | undefined;
    return r ? String(r.text) : undefined;
  }

  async getAnalysis(id: string): Promise<Analysis | undefined> {
    const r = this.db.prepare('SELECT text, analysis FROM documents WHERE id = ?').get(id) as Row | undefined;
    if (!r) return undefined;
    const a = JSON.parse(String(r.analysis)) as Analysis;
    a.document = { ...a.document, text: String(r.text) };
    return a;
  }

  async listDocuments(f: DocFilter = {}): Promise<Page<DocRow>> {
    const where: string[] = [];
    const params: unknown[] = [];
    let from = 'documents d';
    if (f.q && ftsQuery(f.q)) {
      from = 'documents_fts JOIN documents d ON d.rowid = documents_fts.rowid';
      where.push('documents_fts MATCH ?');
      params.push(ftsQuery(f.q));
    }
    if (f.outlet) { where.push('d.outlet = ?'); params.push(f.outlet); }
    if (f.from) { where.push('d.published_at >= ?'); params.push(f.from); }
    if (f.to) { where.push('d.published_at < ?'); params.push(toUpper(f.to)); }
    if (f.storyId) { where.push('d.story_id = ?'); params.push(f.storyId); }
    if (f.entity) { where.push('d.id IN (SELECT doc_id FROM mentions WHERE entity_key = ?)'); params.push(f.entity); }
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = Number((this.db.prepare(`SELECT count(*) AS n FROM ${from} ${w}`).get(...params) as Row).n);
    const order = f.q && ftsQuery(f.q) ? 'ORDER BY bm25(documents_fts), d.rowid' : 'ORDER BY d.published_at DESC, d.rowid DESC';
    const items = (this.db.prepare(`SELECT d.id, d.outlet, d.title, d.url, d.published_at, d.added_at, d.fingerprint, d.copy_of, d.story_id, d.source, d.chars
      FROM ${from} ${w} ${order} LIMIT ? OFFSET ?`).all(...params, clampLimit(f.limit), Math.max(0, f.offset ?? 0)) as Row[]).map(docRow);
    return { total, items };
  }

  // SQLite bumps data_version when another connection commits; this connection's own writes are known to
  // the caller (the server clears its cache after them).
  changeToken(): string | undefined {
    return String(this.db.pragma('data_version', { simple: true }));
  }

  async countDocuments(): Promise<number> {
    return Number((this.db.prepare('SELECT count(*) AS n FROM documents').get() as Row).n);
  }

  async unassignedDocuments(): Promise<DocRow[]> {
    return (this.db.prepare(`SELECT id, outlet, title, url, published_at, added_at, fingerprint, copy_of, story_id, source, chars FROM documents
      WHERE story_id IS NULL ORDER BY coalesce(published_at, added_at), rowid`).all() as Row[]).map(docRow);
  }

  async listEntities(f: EntityFilter = {}): Promise<Page<EntityRow>> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (f.q) { where.push('e.name LIKE ? ESCAPE \'\\\''); params.push(`%${f.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`); }
    if (f.type) { where.push('e.type = ?'); params.push(f.type); }
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = Number((this.db.prepare(`SELECT count(*) AS n FROM entities e ${w}`).get(...params) as Row).n);
    const items = (this.db.prepare(`SELECT e.*, (SELECT count(DISTINCT doc_id) FROM mentions m WHERE m.entity_key = e.key) AS documents,
      (SELECT coalesce(sum(count), 0) FROM mentions m WHERE m.entity_key = e.key) AS mentions
      FROM entities e ${w} ORDER BY documents DESC, e.name LIMIT ? OFFSET ?`).all(...params, clampLimit(f.limit), Math.max(0, f.offset ?? 0)) as Row[]).map(entityRow);
    return { total, items };
  }

  async getEntity(key: string): Promise<EntityDetail | undefined> {
    const r = this.db.prepare(`SELECT e.*, (SELECT count(DISTINCT doc_id) FROM mentions m WHERE m.entity_key = e.key) AS documents,
      (SELECT coalesce(sum(count), 0) FROM mentions m WHERE m.entity_key = e.key) AS mentions FROM entities e WHERE key = ?`).get(key) as Row | undefined;
    if (!r) return undefined;
    const entity = entityRow(r);
    const mentions = (this.db.prepare('SELECT doc_id, local_id, texts FROM mentions WHERE entity_key = ? ORDER BY doc_id').all(key) as Row[])
      .map((m) => ({ docId: String(m.doc_id), localId: String(m.local_id), texts: JSON.parse(String(m.texts)) as string[] }));
    const events = (await this.listEvents({ entity: key, limit: 1000 })).items;
    const facts = (this.db.prepare('SELECT story_id, data FROM facts WHERE lower(subject) = lower(?) ORDER BY story_id, idx').all(entity.name) as Row[])
      .map((f) => ({ storyId: String(f.story_id), fact: JSON.parse(String(f.data)) as Fact }));
    return { entity, mentions, events, facts };
  }

  async listEvents(f: EventFilter = {}): Promise<Page<EventRow>> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (f.entity) { where.push('EXISTS (SELECT 1 FROM event_entities x WHERE x.doc_id = v.doc_id AND x.event_id = v.id AND x.entity_key = ?)'); params.push(f.entity); }
    if (f.type) { where.push('v.type = ?'); params.push(f.type); }
    if (f.from) { where.push('v.date >= ?'); params.push(f.from); }
    if (f.to) { where.push('v.date < ?'); params.push(toUpper(f.to)); }
    if (f.place) { where.push('v.place = ?'); params.push(f.place); }
    if (f.certainty) { where.push('v.certainty = ?'); params.push(f.certainty); }
    if (f.status) { where.push('v.status = ?'); params.push(f.status); }
    if (f.docId) { where.push('v.doc_id = ?'); params.push(f.docId); }
    if (f.storyId) { where.push('v.doc_id IN (SELECT id FROM documents WHERE story_id = ?)'); params.push(f.storyId); }
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = Number((this.db.prepare(`SELECT count(*) AS n FROM events v ${w}`).get(...params) as Row).n);
    const items = (this.db.prepare(`SELECT v.* FROM events v ${w} ORDER BY v.date, v.doc_id, v.id LIMIT ? OFFSET ?`)
      .all(...params, clampLimit(f.limit), Math.max(0, f.offset ?? 0)) as Row[]).map(eventRow);
    return { total, items };
  }

  async assignStories(assign: { docId: string; storyId: string }[]): Promise<void> {
    const st = this.db.prepare('UPDATE documents SET story_id = ? WHERE id = ?');
    this.db.transaction(() => { for (const a of assign) st.run(a.storyId, a.docId); }).immediate();
  }

  async saveStories(stories: Story[]): Promise<void> {
    const del = this.db.prepare('DELETE FROM facts WHERE story_id = ?');
    const up = this.db.prepare(`INSERT INTO stories (id, title, updated, data, size) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT(id) DO UPDATE SET title = excluded.title, updated = excluded.updated, data = excluded.data, size = excluded.size`);
    const fact = this.db.prepare('INSERT INTO facts (story_id, idx, subject, attribute, consistent, data) VALUES (?, ?, ?, ?, ?, ?)');
    const ev = this.db.prepare('UPDATE events SET story_event = ? WHERE doc_id = ? AND id = ?');
    this.db.transaction(() => {
      for (const s of stories) {
        up.run(s.id, s.title, s.updated ?? null, JSON.stringify(s), s.documents.length);
        del.run(s.id);
        s.facts.forEach((f, i) => fact.run(s.id, i, f.subject, f.attribute, f.consistent ? 1 : 0, JSON.stringify(f)));
        for (const e of s.events) {
          for (const m of e.members ?? []) {
            const at = m.indexOf('#');
            ev.run(`${s.id}/${e.id}`, m.slice(0, at), m.slice(at + 1));
          }
        }
      }
      // Stories that lost all their documents (never happens today, but keep the table honest).
      this.db.exec('DELETE FROM stories WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.story_id = stories.id)');
    }).immediate();
  }

  async listStories(opts: { limit?: number; offset?: number } = {}): Promise<Page<Story>> {
    const total = Number((this.db.prepare('SELECT count(*) AS n FROM stories').get() as Row).n);
    const items = (this.db.prepare('SELECT data FROM stories ORDER BY updated DESC, id LIMIT ? OFFSET ?')
      .all(clampLimit(opts.limit, 1000, 100000), Math.max(0, opts.offset ?? 0)) as Row[]).map((r) => JSON.parse(String(r.data)) as Story);
    return { total, items };
  }

  async getStory(id: string): Promise<Story | undefined> {
    const r = this.db.prepare('SELECT data FROM stories WHERE id = ?').get(id) as Row | undefined;
    return r ? (JSON.parse(String(r.data)) as Story) : undefined;
  }

  async storyMembers(): Promise<Map<string, string[]>> {
    const m = new Map<string, string[]>();
    for (const r of this.db.prepare('SELECT story_id, id FROM documents WHERE story_id IS NOT NULL ORDER BY coalesce(published_at, added_at), rowid').all() as Row[]) {
      const k = String(r.story_id);
      if (!m.has(k)) m.set(k, []);
      m.get(k)!.push(String(r.id));
    }
    return m;
  }

  async addSighting(docId: string, x: Sighting): Promise<boolean> {
    return this.db.transaction((): boolean => {
      const d = this.db.prepare('SELECT outlet, url, story_id FROM documents WHERE id = ?').get(docId) as Row | undefined;
      if (!d || ((d.outlet ?? null) === (x.outlet ?? null) && (d.url ?? null) === (x.url ?? null))) return false;
      const r = this.db.prepare(`INSERT OR IGNORE INTO sightings (doc_id, outlet, title, url, published_at, source, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)`)
        .run(docId, x.outlet ?? null, x.title ?? null, x.url ?? null, x.publishedAt ?? null, x.source ?? null, new Date().toISOString());
      if (r.changes && d.story_id != null) this.db.prepare('UPDATE stories SET size = -1 WHERE id = ?').run(d.story_id);
      return r.changes > 0;
    }).immediate();
  }

  async sightings(docId: string): Promise<Sighting[]> {
    return (this.db.prepare('SELECT outlet, title, url, published_at, source FROM sightings WHERE doc_id = ? ORDER BY coalesce(published_at, added_at), sid').all(docId) as Row[]).map(sighting);
  }

  async storySizes(): Promise<Map<string, number>> {
    return new Map((this.db.prepare('SELECT id, size FROM stories').all() as Row[]).map((r) => [String(r.id), Number(r.size ?? -1)]));
  }

  async docProfiles(range: { from?: string; to?: string } = {}): Promise<DocProfileRow[]> {
    const where = range.from || range.to ? `WHERE published_at IS NULL OR (published_at >= ? AND published_at < ?)` : '';
    const params = where ? [range.from ?? '', toUpper(range.to ?? '9999')] : [];
    return (this.db.prepare(`SELECT id, published_at, added_at, story_id, copy_of, terms FROM documents ${where} ORDER BY coalesce(published_at, added_at), rowid`).all(...params) as Row[]).map((r) => {
      const p: DocProfileRow = { id: String(r.id), addedAt: String(r.added_at) };
      if (r.published_at != null) p.publishedAt = String(r.published_at);
      if (r.story_id != null) p.storyId = String(r.story_id);
      if (r.copy_of != null) p.copyOf = String(r.copy_of);
      if (r.terms != null) p.terms = String(r.terms);
      return p;
    });
  }

  /** `PRAGMA integrity_check` result ("ok" when sound). */
  integrityCheck(): string {
    return (this.db.pragma('integrity_check') as Row[]).map((r) => String(r.integrity_check)).join('; ');
  }

  async close(): Promise<void> { this.db.close(); }
}

export async function openSqlite(file: string): Promise<Store & { integrityCheck(): string }> {
  return new SqliteStore(file);
}
