import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { blockedReason, safeFetch, FetchError } from '../../src/ingest/fetch.js';

interface Srv { port: number; connections: number; close: () => Promise<void> }

async function server(host: string, handler: http.RequestListener): Promise<Srv> {
  const s = http.createServer(handler);
  const st: Srv = { port: 0, connections: 0, close: () => new Promise((r) => { s.closeAllConnections(); s.close(() => r()); }) };
  s.on('connection', () => { st.connections++; });
  await new Promise<void>((r) => s.listen(0, host, () => r()));
  st.port = (s.address() as AddressInfo).port;
  return st;
}

test('blockedReason: private, loopback, link-local and their disguises', () => {
  for (const ip of ['127.0.0.1', '127.255.0.9', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '0.0.0.0', '100.64.0.1', '224.0.0.1',
    '::1', '::', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:a9fe:a9fe', '::127.0.0.1', '64:ff9b::7f00:1', '2002:7f00:1::1', 'fe80::1', 'fc00::1', 'fd12:3456::1', 'ff02::1', '[::1]']) {
    assert.ok(blockedReason(ip), `${ip} must be blocked`);
  }
  for (const ip of ['8.8.8.8', '1.1.1.1', '93.184.216.34', '2606:4700::1111', '::ffff:8.8.8.8', '172.32.0.1']) {
    assert.equal(blockedReason(ip), undefined, `${ip} is public`);
  }
});

test('SSRF: loopback in every spelling is refused before any connection', async () => {
  const srv = await server('127.0.0.1', (_q, r) => { r.end('secret'); });
  try {
    for (const u of [`http://127.0.0.1:${srv.port}/`, `http://127.1:${srv.port}/`, `http://0x7f000001:${srv.port}/`, `http://2130706433:${srv.port}/`,
      `http://0177.0.0.1:${srv.port}/`, `http://[::ffff:127.0.0.1]:${srv.port}/`, `http://[::1]:${srv.port}/`, `http://localhost:${srv.port}/`]) {
      await assert.rejects(safeFetch(u, { timeoutMs: 2000 }), (e: unknown) => e instanceof FetchError && /refused/.test(e.reason), u);
    }
    assert.equal(srv.connections, 0, 'nothing may reach the server');
  } finally { await srv.close(); }
});

test('SSRF: metadata and private ranges are refused without sending anything', async () => {
  let resolved = 0;
  const resolve = async (h: string) => { resolved++; return h === 'evil.example' ? [{ address: '10.0.0.7', family: 4 }] : [{ address: '93.184.216.34', family: 4 }, { address: '169.254.169.254', family: 4 }]; };
  const t0 = Date.now();
  for (const u of ['http://169.254.169.254/latest/meta-data/', 'http://10.0.0.1/', 'http://10.255.255.254:8080/x', 'http://192.168.0.1/', 'http://[fe80::1]/', 'http://evil.example/', 'http://mixed.example/']) {
    await assert.rejects(safeFetch(u, { resolve, timeoutMs: 60000 }), (e: unknown) => e instanceof FetchError && /refused/.test(e.reason), u);
  }
  // refused at once: no connection was tried (a try towards 10.x would hang until the timeout)
  assert.ok(Date.now() - t0 < 1000);
  assert.equal(resolved, 2);
  await assert.rejects(safeFetch('file:///etc/passwd'), /only http and https/);
  await assert.rejects(safeFetch('ftp://example.org/'), /only http and https/);
});

test('SSRF: a redirect to loopback is refused before connecting to it', async () => {
  const inner = await server('127.0.0.1', (_q, r) => { r.end('internal'); });
  const inner6 = await server('::1', (_q, r) => { r.end('internal6'); }).catch(() => undefined);
  let hop = 0;
  const outer = await server('127.0.0.1', (q, r) => {
    hop++;
    const to = q.url === '/v6' && inner6 ? `http://[::1]:${inner6.port}/` : q.url === '/name' ? `http://localhost:${inner.port}/` : `http://127.0.0.1:${inner.port}/admin`;
    r.writeHead(302, { location: to }).end();
  });
  try {
    const trust = [`127.0.0.1:${outer.port}`]; // the outer server stands in for a public site
    for (const path of ['/', '/v6', '/name']) {
      await assert.rejects(safeFetch(`http://127.0.0.1:${outer.port}${path}`, { trust, timeoutMs: 2000 }), (e: unknown) => e instanceof FetchError && /refused/.test(e.reason));
    }
    assert.equal(hop, 3);
    assert.equal(inner.connections, 0);
    if (inner6) assert.equal(inner6.connections, 0);
  } finally { await outer.close(); await inner.close(); await inner6?.close(); }
});

test('with --allow-private: fetches, follows ≤5 redirects, decompresses, caps size, times out', async () => {
  const big = zlib.gzipSync(Buffer.alloc(21 * 1024 * 1024, 0x61));
  const srv = await server('127.0.0.1', (q, r) => {
    const m = /^\/r(\d+)$/.exec(q.url ?? '');
    if (m) { const n = Number(m[1]); r.writeHead(301, { location: n > 0 ? `/r${n - 1}` : '/ok' }).end(); return; }
    if (q.url === '/ok') { r.writeHead(200, { 'content-type': 'text/html' }).end('<p>hello</p>'); return; }
    if (q.url === '/gz') { r.writeHead(200, { 'content-encoding': 'gzip' }).end(zlib.gzipSync('compressed hello')); return; }
    if (q.url === '/bomb') { r.writeHead(200, { 'content-encoding': 'gzip' }).end(big); return; }
    if (q.url === '/404') { r.writeHead(404).end(); return; }
    if (q.url === '/slow') { r.writeHead(200); r.write('x'); return; } // never ends
  });
  try {
    const ok = await safeFetch(`http://127.0.0.1:${srv.port}/r4`, { allowPrivate: true });
    assert.equal(ok.body.toString(), '<p>hello</p>');
    assert.equal(ok.redirects, 5);
    assert.equal(ok.url, `http://127.0.0.1:${srv.port}/ok`);
    await assert.rejects(safeFetch(`http://127.0.0.1:${srv.port}/r5`, { allowPrivate: true }), /more than 5 redirects/);
    assert.equal((await safeFetch(`http://127.0.0.1:${srv.port}/gz`, { allowPrivate: true })).body.toString(), 'compressed hello');
    await assert.rejects(safeFetch(`http://127.0.0.1:${srv.port}/bomb`, { allowPrivate: true }), /too large/);
    await assert.rejects(safeFetch(`http://127.0.0.1:${srv.port}/404`, { allowPrivate: true }), /HTTP 404/);
    const t0 = Date.now();
    await assert.rejects(safeFetch(`http://127.0.0.1:${srv.port}/slow`, { allowPrivate: true, timeoutMs: 300 }), /timed out/);
    assert.ok(Date.now() - t0 < 3000);
  } finally { await srv.close(); }
});
