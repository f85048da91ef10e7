import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { projectRoot } from '../../src/core/shared.js';
import { schemaErrors } from '../helpers/schema.js';
import { postJson, startServer, type TestServer } from '../helpers/server.js';

const STORY = join(projectRoot, 'test', 'fixtures', 'story');
const dates = ['2023-09-11', '2023-09-12', '2023-09-13'];

describe('HTTP API', () => {
  let s: TestServer;
  const ids: string[] = [];
  before(async () => {
    s = await startServer();
    for (const [i, f] of readdirSync(STORY).sort().entries()) {
      const r = await postJson(`${s.base}/api/documents`, { text: readFileSync(join(STORY, f), 'utf8'), publishedAt: dates[i], outlet: `Outlet ${i + 1}` });
      assert.equal(r.status, 201, JSON.stringify(r.json));
      ids.push(r.json.id);
    }
  });
  after(async () => { await s.close(); });

  it('health reports the engine and the document count', async () => {
    const r = await fetch(`${s.base}/api/health`);
    assert.equal(r.status, 200);
    const h = await r.json();
    assert.equal(h.ok, true);
    assert.equal(h.engine, 'sqlite');
    assert.ok(h.documents >= 3);
    assert.equal(h.schemaVersion, await s.store.version());
  });

  it('serves a valid OpenAPI 3.1 description covering every route', async () => {
    const doc = await (await fetch(`${s.base}/api/openapi.json`)).json();
    assert.equal(doc.openapi, '3.1.0');
    const v = new Validator();
    const res = await v.validate(doc);
    assert.equal(res.valid, true, JSON.stringify(res.errors));
    for (const p of ['/api/health', '/api/stories', '/api/stories/{id}', '/api/documents', '/api/documents/{id}', '/api/documents/{id}/analysis', '/api/entities/{id}', '/api/events', '/api/search']) {
      assert.ok(doc.paths[p], `documents ${p}`);
    }
  });

  it('POST /api/documents is idempotent: the same text again is a duplicate (200), not a new document', async () => {
    const text = readFileSync(join(STORY, readdirSync(STORY).sort()[0]!), 'utf8');
    const r = await postJson(`${s.base}/api/documents`, { text, publishedAt: '2023-09-11' });
    assert.equal(r.status, 200);
    assert.equal(r.json.status, 'duplicate');
    assert.equal(r.json.id, ids[0]);
    const list = await (await fetch(`${s.base}/api/documents?q=Vostochny`)).json();
    assert.equal(list.total, 1);
  });

  it('lists and pages documents, filters by date, and finds them by full-text search', async () => {
    const all = await (await fetch(`${s.base}/api/documents`)).json();
    assert.equal(all.total, 3);
    const page = await (await fetch(`${s.base}/api/documents?limit=1&offset=1`)).json();
    assert.equal(page.items.length, 1);
    assert.equal(page.total, 3);
    const late = await (await fetch(`${s.base}/api/documents?from=2023-09-12`)).json();
    assert.equal(late.total, 2);
    const found = await (await fetch(`${s.base}/api/documents?q=cosmodrome`)).json();
    assert.equal(found.total, 1);
    assert.equal(found.items[0].id, ids[2]);
    const none = await (await fetch(`${s.base}/api/documents?q=zeppelin`)).json();
    assert.equal(none.total, 0);
  });

  it('returns a document and its analysis-v1', async () => {
    const d = await (await fetch(`${s.base}/api/documents/${ids[1]}`)).json();
    assert.equal(d.outlet, 'Outlet 2');
    const a = await (await fetch(`${s.base}/api/documents/${ids[1]}/analysis`)).json();
    assert.equal(schemaErrors(a), '');
    assert.equal(a.document.id, ids[1]);
  });

  it('search covers documents and entities', async () => {
    const r = await (await fetch(`${s.base}/api/search?q=Vladivostok`)).json();
    assert.ok(r.documents.total >= 2);
    assert.ok(Array.isArray(r.entities.items));
  });

  it('lists stories in the stories-v1 shape, the three reports of one story together', async () => {
    const r = await (await fetch(`${s.base}/api/stories`)).json();
    assert.equal(r.version, 1);
    assert.equal(r.total, 1);
    const st = r.stories[0];
    for (const k of ['id', 'title', 'documents', 'entities', 'events', 'facts', 'timeline']) assert.ok(k in st, k);
    assert.deepEqual(st.documents.map((d: { id: string }) => d.id).sort(), [...ids].sort());
    const one = await (await fetch(`${s.base}/api/stories/${st.id}`)).json();
    assert.equal(one.id, st.id);
    const sum = await (await fetch(`${s.base}/api/stories?view=summary`)).json();
    assert.equal(sum.stories[0].counts.documents, 3);
    assert.equal(sum.stories[0].facts, undefined);
  });

  it('a new document is visible at once in cached lists (the server clears its cache on writes)', async () => {
    const before = await (await fetch(`${s.base}/api/documents?q=lighthouse`)).json();
    assert.equal(before.total, 0);
    const r = await postJson(`${s.base}/api/documents`, { text: 'The old lighthouse on the north cape was closed to visitors on Sunday after storm damage, officials said.', publishedAt: '2023-09-20' });
    assert.equal(r.status, 201);
    const afterAdd = await (await fetch(`${s.base}/api/documents?q=lighthouse`)).json();
    assert.equal(afterAdd.total, 1);
  });

  it('answers bad requests with clear 4xx JSON errors', async () => {
    const cases: [string, RequestInit | undefined, number, RegExp][] = [
      ['/api/documents/0000', undefined, 404, /no document/],
      ['/api/stories/nope', undefined, 404, /no story/],
      ['/api/nowhere', undefined, 404, /no API route/],
      ['/api/documents?limit=0', undefined, 400, /"limit" must be/],
      ['/api/documents?from=yesterday', undefined, 400, /"from" must be a date/],
      ['/api/events?certainty=SURE', undefined, 400, /"certainty" must be one of/],
      ['/api/search', undefined, 400, /"q" is required/],
      ['/api/health', { method: 'DELETE' }, 405, /not allowed/],
      ['/api/documents', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hi' }, 415, /application\/json/],
      ['/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{oops' }, 400, /not valid JSON/],
      ['/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }, 400, /exactly one of/],
      ['/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"   "}' }, 400, /empty input/],
      ['/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"a","publishedAt":"2023-02-30"}' }, 400, /calendar date/],
    ];
    for (const [path, init, status, msg] of cases) {
      const r = await fetch(`${s.base}${path}`, init);
      assert.equal(r.status, status, path);
      const body = await r.json();
      assert.equal(body.error.status, status);
      assert.match(body.error.message, msg, path);
    }
  });

  it('sees documents another process commits to the store (the cache follows the store\'s change token)', async () => {
    const { openStore } = await import('../../src/store/store.js');
    const { analyze } = await import('../../src/analyze.js');
    const { fingerprint } = await import('../../src/ingest/dedupe.js');
    const q = `${s.base}/api/documents?q=windmill`;
    assert.equal((await (await fetch(q)).json()).total, 0);
    const other = await openStore(s.dbPath);
    const a = analyze('A storm toppled the old windmill near the harbour on Saturday, the mayor said.', { publishedAt: '2023-09-23' });
    await other.addDocument(a, { fingerprint: fingerprint(a.document.text).hex, source: 'test' });
    await other.close();
    assert.equal((await (await fetch(q)).json()).total, 0, 'the first read after the write may still be the cached one');
    await new Promise((r) => setTimeout(r, 50));
    assert.equal((await (await fetch(q)).json()).total, 1);
  });

  it('refuses bodies over 1 MB with 413', async () => {
    const r = await fetch(`${s.base}/api/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'x '.repeat(600_000) }) });
    assert.equal(r.status, 413);
  });

  it('refuses URLs that point at loopback or private addresses, before connecting', async () => {
    for (const url of ['http://127.0.0.1:1/', 'http://[::1]/', 'http://10.0.0.1/', 'http://169.254.169.254/latest/meta-data']) {
      const r = await postJson(`${s.base}/api/documents`, { url });
      assert.equal(r.status, 422, url);
      assert.match(r.json.error.message, /loopback|private|link-local/);
    }
  });

  it('gzips large cached responses for clients that accept it, with the same JSON', async () => {
    const { request } = await import('node:http');
    const { gunzipSync } = await import('node:zlib');
    const raw = await new Promise<{ enc?: string; body: Buffer }>((resolve, reject) => {
      request(`${s.base}/api/stories`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ enc: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
      }).on('error', reject).end();
    });
    assert.equal(raw.enc, 'gzip');
    const plain = await (await fetch(`${s.base}/api/stories`)).json();
    assert.deepEqual(JSON.parse(gunzipSync(raw.body).toString('utf8')), plain);
  });

  it('sends no CORS headers and a strict CSP on the UI', async () => {
    const r = await fetch(`${s.base}/api/stories`, { headers: { origin: 'http://evil.example' } });
    assert.equal(r.headers.get('access-control-allow-origin'), null);
    const page = await fetch(`${s.base}/`);
    const csp = page.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  });

  it('does not serve files outside the UI folder', async () => {
    const r = await fetch(`${s.base}/..%2f..%2fpackage.json`);
    const body = await r.text();
    assert.doesNotMatch(body, /"name": "newsgraph"/);
  });
});
