import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { engines } from './engines.js';
import { fx } from './fixtures.js';
import { entityKey, storedForm } from '../../src/store/rows.js';
import { fingerprint } from '../../src/ingest/dedupe.js';

const FA = fingerprint('alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma').hex;
const FB = fingerprint('one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen').hex;
import { openSqlite } from '../../src/store/sqlite/index.js';
import { openPostgres } from '../../src/store/postgres/index.js';
import type { Story } from '../../src/story/types.js';

const A = fx({
  text: 'Kim Jong Un travelled to Vladivostok by train on Tuesday to meet Vladimir Putin.',
  publishedAt: '2023-09-12', outlet: 'BBC', title: 'Kim heads to Russia', url: 'https://example.org/a',
  entities: [{ name: 'Kim Jong Un', type: 'PERSON', qid: 'Q56226' }, { name: 'Vladivostok', type: 'GPE', geo: [43.1, 131.9] }, { name: 'Vladimir Putin', type: 'PERSON', qid: 'Q7747' }],
  times: [{ text: 'Tuesday', value: '2023-09-12' }],
  events: [{ type: 'TRAVEL', trigger: 'travelled', args: { agent: ['e1'], destination: ['e2'], time: [0] } }, { type: 'MEET', trigger: 'meet', args: { agent: ['e1'], partner: ['e3'] }, status: 'FUTURE', certainty: 'PROBABLE' }],
  claims: [{ text: 'Kim Jong Un travelled to Vladivostok by train on Tuesday', attribution: [{ source: 'Yonhap', kind: 'AGENCY', cue: 'reported' }] }],
});
const B = fx({
  text: 'Floods in Derna killed thousands after two dams burst, officials said.',
  publishedAt: '2023-09-11', outlet: 'Al Jazeera', title: 'Derna floods',
  entities: [{ name: 'Derna', type: 'GPE' }],
  events: [{ type: 'DISASTER', trigger: 'Floods', args: { location: ['e1'] } }],
});

const story = (id: string, docs: string[], updated: string): Story => ({
  id, title: `story ${id}`, documents: docs.map((d) => ({ id: d })), entities: [{ name: 'Derna' }],
  events: [{ id: 'ev1', type: 'DISASTER', participants: [], documents: docs, certainty: 'CERTAIN', status: 'PAST', members: [`${docs[0]}#v1`] }],
  facts: [{ subject: 'Derna', attribute: 'dead', values: [{ value: 2000, unit: 'person', sources: [] }], consistent: true, corroboration: { documents: 1, independentSources: 1 } }],
  timeline: [], updated,
});

for (const eng of await engines()) {
  test(`[${eng.name}] migrations, add, duplicate, read back`, { skip: eng.skip }, async () => {
    const { store, url, cleanup } = await eng.fresh();
    try {
      assert.equal(store.engine, eng.name);
      assert.equal(await store.version(), 3);
      assert.deepEqual(await store.addDocument(A, { fingerprint: FA, source: 'a.txt' }), { status: 'added', id: A.document.id });
      assert.deepEqual(await store.addDocument(A, { fingerprint: FA }), { status: 'duplicate', id: A.document.id });
      assert.equal(await store.countDocuments(), 1);
      assert.equal(await store.hasDocument(A.document.id), true);
      assert.equal(await store.hasDocument('nope'), false);
      const back = await store.getAnalysis(A.document.id);
      assert.deepEqual(back, A);
      assert.equal(await store.getText(A.document.id), A.document.text);
      const row = await store.getDocument(A.document.id);
      assert.equal(row?.outlet, 'BBC');
      assert.equal(row?.source, 'a.txt');
      assert.equal(row?.chars, A.document.text.length);
      await store.close();
      // Reopening runs no migration twice.
      const again = await eng.open(url);
      assert.equal(await again.version(), 3);
      assert.equal(await again.countDocuments(), 1);
      await again.close();
    } finally { await cleanup(); }
  });

  test(`[${eng.name}] list documents: filters, paging, full-text search`, { skip: eng.skip }, async () => {
    const { store, cleanup } = await eng.fresh();
    try {
      await store.addDocument(A, { fingerprint: FA });
      await store.addDocument(B, { fingerprint: FB });
      assert.equal((await store.listDocuments()).total, 2);
      assert.equal((await store.listDocuments()).items[0].id, A.document.id, 'newest first');
      assert.deepEqual((await store.listDocuments({ q: 'dams' })).items.map((d) => d.id), [B.document.id]);
      assert.deepEqual((await store.listDocuments({ q: 'train Vladivostok' })).items.map((d) => d.id), [A.document.id]);
      assert.equal((await store.listDocuments({ q: 'zebra' })).total, 0);
      // FTS syntax in user input is just words.
      assert.equal((await store.listDocuments({ q: '"AND OR ( NEAR * :' })).total >= 0, true);
      assert.deepEqual((await store.listDocuments({ outlet: 'BBC' })).items.map((d) => d.id), [A.document.id]);
      assert.deepEqual((await store.listDocuments({ from: '2023-09-12' })).items.map((d) => d.id), [A.document.id]);
      assert.deepEqual((await store.listDocuments({ to: '2023-09-11' })).items.map((d) => d.id), [B.document.id]);
      assert.deepEqual((await store.listDocuments({ entity: 'wd:Q56226' })).items.map((d) => d.id), [A.document.id]);
      const p1 = await store.listDocuments({ limit: 1 });
      const p2 = await store.listDocuments({ limit: 1, offset: 1 });
      assert.equal(p1.total, 2);
      assert.notEqual(p1.items[0].id, p2.items[0].id);
    } finally { await cleanup(); }
  });

  test(`[${eng.name}] entities and events with filters`, { skip: eng.skip }, async () => {
    const { store, cleanup } = await eng.fresh();
    try {
      await store.addDocument(A, { fingerprint: FA });
      await store.addDocument(B, { fingerprint: FB });
      const ents = await store.listEntities();
      assert.equal(ents.total, 4);
      assert.deepEqual((await store.listEntities({ q: 'vlad' })).items.map((e) => e.name).sort(), ['Vladimir Putin', 'Vladivostok']);
      assert.deepEqual((await store.listEntities({ type: 'PERSON' })).items.map((e) => e.key).sort(), ['wd:Q56226', 'wd:Q7747']);
      const vlad = entityKey({ name: 'Vladivostok', type: 'GPE' });
      const det = await store.getEntity(vlad);
      assert.equal(det?.entity.lat, 43.1);
      assert.equal(det?.mentions.length, 1);
      assert.equal(det?.events.length, 1);
      assert.equal(await store.getEntity('nope'), undefined);
      assert.equal((await store.listEvents()).total, 3);
      assert.deepEqual((await store.listEvents({ entity: 'wd:Q56226' })).items.map((e) => e.type).sort(), ['MEET', 'TRAVEL']);
      assert.deepEqual((await store.listEvents({ type: 'TRAVEL' })).items.map((e) => [e.date, e.place]), [['2023-09-12', vlad]]);
      assert.deepEqual((await store.listEvents({ place: vlad })).items.map((e) => e.type), ['TRAVEL']);
      assert.deepEqual((await store.listEvents({ certainty: 'PROBABLE' })).items.map((e) => e.type), ['MEET']);
      assert.deepEqual((await store.listEvents({ status: 'FUTURE' })).items.map((e) => e.type), ['MEET']);
      assert.deepEqual((await store.listEvents({ from: '2023-09-12', to: '2023-09-12' })).items.map((e) => e.type).sort(), ['MEET', 'TRAVEL']);
      assert.deepEqual((await store.listEvents({ to: '2023-09-11' })).items.map((e) => e.type), ['DISASTER']);
    } finally { await cleanup(); }
  });

  test(`[${eng.name}] fingerprint band candidates`, { skip: eng.skip }, async () => {
    const { store, cleanup } = await eng.fresh();
    try {
      await store.addDocument(A, { fingerprint: FA });
      await store.addDocument(B, { fingerprint: FB, copyOf: A.document.id });
      // shares the first band (4 hashes) with FA only
      const probe = FA.slice(0, 32) + FB.slice(32);
      const got = await store.fingerprintCandidates(probe);
      assert.ok(got.some((c) => c.id === A.document.id));
      const both = await store.fingerprintCandidates(FA.slice(0, 32) + FB.slice(32, 64) + FB.slice(64));
      assert.ok(both.length >= 1);
      const b = (await store.fingerprintCandidates(FB)).find((c) => c.id === B.document.id);
      assert.equal(b?.copyOf, A.document.id);
      assert.equal(b?.fingerprint, FB);
      assert.deepEqual(await store.fingerprintCandidates(fingerprint('nothing in common with the others at all, not a single shingle of them here').hex), []);
    } finally { await cleanup(); }
  });

  test(`[${eng.name}] addDocuments: one transaction, in order, each sees the earlier ones; all or nothing`, { skip: eng.skip }, async () => {
    const { store, cleanup } = await eng.fresh();
    try {
      // C is a reprint of A (same fingerprint): written after A in the same batch, it is A's copy
      const C = fx({ text: `${A.document.text} (Reuters)`, publishedAt: '2023-09-12', outlet: 'Reuters' });
      const seen: string[][] = [];
      const findCopy = (i: number, cands: { id: string; copyOf?: string }[]) => { seen.push(cands.map((c) => c.id)); return i === 2 ? cands.find((c) => c.id === A.document.id)?.id : undefined; };
      const out = await store.addDocuments([{ doc: A, meta: { fingerprint: FA } }, { doc: B, meta: { fingerprint: FB } }, { doc: storedForm(C), meta: { fingerprint: FA, terms: '[]' } }, { doc: A, meta: { fingerprint: FA } }], findCopy);
      assert.deepEqual(out, [
        { status: 'added', id: A.document.id }, { status: 'added', id: B.document.id },
        { status: 'added', id: C.document.id, copyOf: A.document.id }, { status: 'duplicate', id: A.document.id },
      ]);
      assert.deepEqual(seen, [[], [], [A.document.id]], 'the third saw the first (not the unrelated second); the duplicate is not looked up');
      assert.equal((await store.getDocument(C.document.id))?.copyOf, A.document.id);
      assert.equal((await store.getDocument(B.document.id))?.copyOf, undefined, 'negative: no copy without findCopy saying so');
      assert.deepEqual(await store.getAnalysis(C.document.id), C, 'a stored form reads back as the analysis it came from');
      assert.deepEqual(await store.addDocuments([]), []);
      // a batch that fails part-way leaves none of its documents
      const D = fx({ text: 'Another report entirely, about a harbour in Norway.' });
      const broken = { ...storedForm(fx({ text: 'A third, broken on purpose.' })), rows: null as never };
      await assert.rejects(store.addDocuments([{ doc: D, meta: { fingerprint: FB } }, { doc: broken, meta: { fingerprint: FB } }]));
      assert.equal(await store.hasDocument(D.document.id), false);
      assert.equal(await store.countDocuments(), 3);
    } finally { await cleanup(); }
  });

  test(`[${eng.name}] stories: assign, save, list most recent first, entity facts`, { skip: eng.skip }, async () => {
    const { store, cleanup } = await eng.fresh();
    try {
      await store.addDocument(A, { fingerprint: FA, terms: '[["kim",2]]' });
      await store.addDocument(B, { fingerprint: FB });
      assert.equal((await store.unassignedDocuments()).length, 2);
      await store.assignStories([{ docId: B.document.id, storyId: 's1' }, { docId: A.document.id, storyId: 's2' }]);
      assert.equal((await store.unassignedDocuments()).length, 0);
      await store.saveStories([story('s1', [B.document.id], '2023-09-11'), story('s2', [A.document.id], '2023-09-12')]);
      const list = await store.listStories();
      assert.deepEqual(list.items.map((s) => s.id), ['s2', 's1']);
      assert.deepEqual(await store.getStory('s1'), story('s1', [B.document.id], '2023-09-11'));
      assert.deepEqual(Object.keys((await store.getStory('s1'))!), Object.keys(story('s1', [B.document.id], '2023-09-11')), 'key order as written');
      assert.deepEqual([...(await store.storyMembers()).entries()], [['s1', [B.document.id]], ['s2', [A.document.id]]]);
      assert.deepEqual([...(await store.storySizes()).entries()].sort(), [['s1', 1], ['s2', 1]]);
      const prof = await store.docProfiles({ from: '2023-09-12', to: '2023-09-30' });
      assert.deepEqual(prof.map((p) => [p.id, p.storyId, p.terms]), [[A.document.id, 's2', '[["kim",2]]']]);
      assert.equal((await store.docProfiles()).length, 2);
      assert.equal((await store.listDocuments({ storyId: 's1' })).items[0].id, B.document.id);
      const ev = (await store.listEvents({ storyId: 's1' })).items;
      assert.equal(ev[0].storyEventId, 's1/ev1');
      const derna = await store.getEntity(entityKey({ name: 'Derna', type: 'GPE' }));
      assert.equal(derna?.facts.length, 2, 'both stories hold a Derna fact');
      // an identical text seen at another outlet is a sighting; the story is marked for rebuilding
      assert.equal(await store.addSighting(B.document.id, { outlet: 'Al Jazeera' }), false, 'the document itself');
      assert.equal(await store.addSighting(B.document.id, { outlet: 'Libya Observer', url: 'https://lo.example/x', publishedAt: '2023-09-12' }), true);
      assert.equal(await store.addSighting(B.document.id, { outlet: 'Libya Observer', url: 'https://lo.example/x' }), false, 'already known');
      assert.equal(await store.addSighting('nope', { outlet: 'X' }), false);
      assert.deepEqual(await store.sightings(B.document.id), [{ outlet: 'Libya Observer', url: 'https://lo.example/x', publishedAt: '2023-09-12' }]);
      assert.equal((await store.storySizes()).get('s1'), -1);
      // Re-saving replaces, never duplicates.
      await store.saveStories([story('s1', [B.document.id], '2023-09-13')]);
      assert.equal((await store.listStories()).items[0].id, 's1');
      assert.equal((await store.getEntity(entityKey({ name: 'Derna', type: 'GPE' })))?.facts.length, 2);
    } finally { await cleanup(); }
  });
}

test('[sqlite] a failing migration leaves nothing half-applied', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-mig-'));
  try {
    const file = join(dir, 'x.db');
    const raw = new Database(file);
    raw.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL); CREATE TABLE claims (x)'); // migration 1 creates "claims": it will fail there
    raw.close();
    await assert.rejects(openSqlite(file));
    const check = new Database(file);
    const tables = (check.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name);
    assert.ok(!tables.includes('documents'), `documents must not exist: ${tables}`);
    assert.equal((check.prepare('SELECT count(*) AS n FROM schema_migrations').get() as { n: number }).n, 0);
    check.close();
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

const [, pgEngine] = await engines();
test('[postgres] a failing migration leaves nothing half-applied', { skip: pgEngine.skip }, async () => {
  const { url, cleanup } = await pgEngine.fresh();
  const schema = new URL(url).searchParams.get('schema')!;
  const base = url.replace(/\?.*$/, '');
  const blocked = `${schema}_b`;
  const c = new pg.Client({ connectionString: base });
  await c.connect();
  try {
    await c.query(`CREATE SCHEMA ${blocked}; CREATE TABLE ${blocked}.claims (x int)`);
    await assert.rejects(openPostgres(`${base}?schema=${blocked}`));
    const t = await c.query('SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1', [blocked]);
    assert.deepEqual(t.rows.map((r) => r.table_name), ['claims', 'schema_migrations']);
    assert.equal((await c.query(`SELECT count(*)::int AS n FROM ${blocked}.schema_migrations`)).rows[0].n, 0);
  } finally {
    await c.query(`DROP SCHEMA IF EXISTS ${blocked} CASCADE`);
    await c.end();
    await cleanup();
  }
});

test('[sqlite] upgrades a version-1 database in place; refuses foreign and newer files untouched', async () => {
  const { MIGRATIONS } = await import('../../src/store/sqlite/migrations.js');
  const { updateStories } = await import('../../src/story/index.js');
  const dir = mkdtempSync(join(tmpdir(), 'ng-up-'));
  try {
    const file = join(dir, 'v1.db');
    const raw = new Database(file);
    raw.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    raw.exec(MIGRATIONS[0].sql);
    raw.prepare('INSERT INTO schema_migrations VALUES (1, ?, ?)').run(MIGRATIONS[0].name, 'then');
    raw.close();
    const v1 = await openSqlite(file);
    await v1.addDocument(A, { fingerprint: FA }); // written the way a version-1 program would: no term profile
    await v1.close();
    const s = await openSqlite(file);
    assert.equal(await s.version(), 3);
    assert.equal((await s.docProfiles())[0].terms, undefined);
    assert.equal((await updateStories(s)).assigned, 1, 'profiles are rebuilt from the stored analysis');
    await s.close();

    const foreign = join(dir, 'other.db');
    const f = new Database(foreign);
    f.exec("CREATE TABLE accounts (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO accounts (name) VALUES ('x')");
    f.close();
    await assert.rejects(openSqlite(foreign), /another program/);
    const g = new Database(foreign);
    assert.deepEqual((g.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name), ['accounts']);
    g.exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL); INSERT INTO schema_migrations VALUES (99, 'future', 'later')");
    g.close();
    await assert.rejects(openSqlite(foreign), /newer newsgraph/);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});
