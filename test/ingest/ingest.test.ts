import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { engines } from '../store/engines.js';
import { ingest } from '../../src/ingest/run.js';
import { updateStories } from '../../src/story/index.js';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';
import { jsonl, report } from './corpus.js';

const WIRE = `Search teams combed through the wreckage of apartment buildings on Thursday as the death toll from catastrophic floods in the eastern Libyan city of Derna climbed again. The Red Crescent said more than 11,300 people were killed and another 10,100 were missing. Two dams above the city burst on Sunday night, sending a wall of water through the center of the city and sweeping entire neighborhoods into the sea. Officials warned that the number of dead could rise further as rescuers reached areas that had been cut off by the flood waters.`;

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ng-ingest-'));
  mkdirSync(join(dir, 'sub', 'deeper'), { recursive: true });
  writeFileSync(join(dir, 'ap-2023-09-14.txt'), WIRE);
  writeFileSync(join(dir, 'sub', 'reprint.txt'), `By The Associated Press\n\n${WIRE}\n\nCopyright 2023 The Associated Press. All rights reserved.`);
  writeFileSync(join(dir, 'sub', 'page.html'), `<html><head><title>Kim heads east</title><meta property="og:site_name" content="Example Times"><meta property="article:published_time" content="2023-09-12"></head><body><article><h1>Kim heads east</h1><p>${report(1).text}</p><p>${report(2).text}</p></article></body></html>`);
  writeFileSync(join(dir, 'sub', 'deeper', 'docs.jsonl'), [JSON.stringify(report(3)), '{not json', JSON.stringify({ title: 'no text' }), JSON.stringify({ ...report(4), publishedAt: '2023-02-30' }),
    JSON.stringify({ ...report(3), outlet: 'Syndicator', url: 'https://syn.example/3' })].join('\n') + '\n');
  writeFileSync(join(dir, 'sub', 'feed.xml'), `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed Outlet</title><item><title>Feed story</title><link>https://example.org/f1</link><pubDate>Tue, 12 Sep 2023 10:00:00 GMT</pubDate><description><![CDATA[<p>${report(5).text}</p>]]></description></item></channel></rss>`);
  writeFileSync(join(dir, 'sub', 'empty.txt'), '   \n\n');
  writeFileSync(join(dir, 'sub', 'binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe]));
  writeFileSync(join(dir, 'sub', 'image.png'), Buffer.from([0x89, 0x50]));
  writeFileSync(join(dir, 'sub', 'dtd.rss'), '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><item><title>&x;</title></item></channel></rss>');
  return dir;
}

export function testIo(): Io & { stdout: () => string; stderr: () => string } {
  let out = ''; let err = '';
  return { out: (s) => { out += s; }, err: (s) => { err += s; }, color: false, errTty: false, stdin: new PassThrough(), stdout: () => out, stderr: () => err };
}

for (const eng of await engines()) {
  test(`[${eng.name}] ingest a folder: every kind of input, failures reported, batch goes on, idempotent`, { skip: eng.skip }, async () => {
    const dir = corpus();
    const { store, cleanup } = await eng.fresh();
    try {
      const failed: string[] = [];
      const s = await ingest(store, [dir, join(dir, 'missing.txt')], { workers: 1, onFail: (src) => failed.push(src) });
      assert.equal(s.added, 4, JSON.stringify(s)); // wire, html page, jsonl line 1, feed item
      assert.equal(s.nearDuplicates, 1, 'the reprint is stored as a copy');
      assert.equal(s.duplicates, 1, 'the same text again from another outlet');
      assert.equal(s.copies, 1, 'recorded as a copy');
      const reasons = s.failed.map((f) => `${f.source.replace(dir, '')}: ${f.reason}`).sort();
      assert.equal(s.failed.length, 7, reasons.join('\n'));
      assert.ok(reasons.some((r) => /docs\.jsonl:2: malformed JSONL/.test(r)));
      assert.ok(reasons.some((r) => /docs\.jsonl:3: .*needs "text" or "html"/.test(r)));
      assert.ok(reasons.some((r) => /docs\.jsonl:4: .*not a real calendar date/.test(r)));
      assert.ok(reasons.some((r) => /empty\.txt: empty input/.test(r)));
      assert.ok(reasons.some((r) => /binary\.txt: binary input/.test(r)));
      assert.ok(reasons.some((r) => /dtd\.rss: .*DTD/.test(r)));
      assert.ok(reasons.some((r) => /missing\.txt: file not found/.test(r)));
      assert.equal(failed.length, 7);
      assert.equal(await store.countDocuments(), 5);
      const docs = (await store.listDocuments({ limit: 100 })).items;
      const wire = docs.find((d) => d.source?.endsWith('ap-2023-09-14.txt'))!;
      assert.equal(wire.publishedAt, '2023-09-14', 'date from the file name');
      const copy = docs.find((d) => d.source?.endsWith('reprint.txt'))!;
      assert.equal(copy.copyOf, wire.id);
      const page = docs.find((d) => d.source?.endsWith('page.html'))!;
      assert.equal(page.title, 'Kim heads east');
      const item = docs.find((d) => d.source?.includes('feed.xml#1'))!;
      assert.equal(item.outlet, 'Feed Outlet');
      assert.equal(item.url, 'https://example.org/f1');
      const again = await ingest(store, [dir], { workers: 1 });
      assert.equal(again.added + again.nearDuplicates, 0);
      assert.equal(again.duplicates, 6);
      assert.equal(again.copies, 0, 'copies are recorded once');
      assert.equal(await store.countDocuments(), 5);
      const st = await updateStories(store);
      assert.equal(st.assigned, 5);
      assert.equal((await store.unassignedDocuments()).length, 0);
      const stories = (await store.listStories()).items;
      const withWire = stories.find((x) => x.documents.some((d) => d.id === wire.id))!;
      assert.ok(withWire.documents.some((d) => d.id === copy.id), 'a copy joins its original\'s story');
      const j3 = docs.find((d) => d.source?.endsWith('docs.jsonl:1'))!;
      const st3 = stories.find((x) => x.documents.some((d) => d.id === j3.id))!;
      assert.deepEqual(st3.documents.find((d) => d.id === j3.id)?.copies, [{ outlet: 'Syndicator', url: 'https://syn.example/3', publishedAt: report(3).publishedAt }]);
      assert.deepEqual(await updateStories(store), { assigned: 0, rebuilt: 0, stories: stories.length });
    } finally { await cleanup(); rmSync(dir, { recursive: true, force: true }); }
  });

  test(`[${eng.name}] ingest with worker threads equals ingest in-process`, { skip: eng.skip }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-ingest-'));
    writeFileSync(join(dir, 'c.jsonl'), jsonl(40));
    const a = await eng.fresh();
    const b = await eng.fresh();
    try {
      const s1 = await ingest(a.store, [join(dir, 'c.jsonl')], { workers: 2 });
      const s2 = await ingest(b.store, [join(dir, 'c.jsonl')], { workers: 0 });
      assert.equal(s1.added + s1.nearDuplicates, 40);
      assert.equal(s2.added + s2.nearDuplicates, 40);
      const ids = async (st: typeof a.store) => (await st.listDocuments({ limit: 100 })).items.map((d) => d.id).sort();
      assert.deepEqual(await ids(a.store), await ids(b.store));
      const one = (await ids(a.store))[0];
      assert.deepEqual(await a.store.getAnalysis(one), await b.store.getAnalysis(one));
    } finally { await a.cleanup(); await b.cleanup(); rmSync(dir, { recursive: true, force: true }); }
  });
}

test('ingest URLs: an article and a feed from a local server (with --allow-private); blocked without', async () => {
  const srv = http.createServer((q, r) => {
    if (q.url === '/feed') { r.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<rss><channel><title>Local Wire</title><item><title>Teaser</title><link>http://127.0.0.1:${(srv.address() as AddressInfo).port}/a2</link><description>short</description></item></channel></rss>`); return; }
    if (q.url === '/a1' || q.url === '/a2') { r.writeHead(200, { 'content-type': 'text/html' }).end(`<html><head><title>Article ${q.url}</title></head><body><article><p>${report(q.url === '/a1' ? 11 : 12).text}</p><p>${report(13).text}</p></article></body></html>`); return; }
    r.writeHead(404).end();
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
  const base = `http://127.0.0.1:${(srv.address() as AddressInfo).port}`;
  const [sqlite] = await engines();
  const { store, cleanup } = await sqlite.fresh();
  try {
    const blocked = await ingest(store, [`${base}/a1`], { workers: 0 });
    assert.equal(blocked.added, 0);
    assert.match(blocked.failed[0].reason, /refused: .*loopback/);
    const s = await ingest(store, [`${base}/a1`, `${base}/feed`, `${base}/nope`], { workers: 0, fetch: { allowPrivate: true } });
    assert.equal(s.added, 2, JSON.stringify(s));
    assert.match(s.failed[0].reason, /HTTP 404/);
    const docs = (await store.listDocuments()).items;
    assert.ok(docs.some((d) => d.url === `${base}/a2` && d.outlet === 'Local Wire'));
    assert.ok(docs.some((d) => d.url === `${base}/a1`));
  } finally { await cleanup(); srv.closeAllConnections(); srv.close(); }
});

test('CLI: ingest then stories; user mistakes exit 2 with one line', async () => {
  const dir = corpus();
  const db = join(dir, 'cli.db');
  try {
    let io = testIo();
    assert.equal(await main(['ingest', dir, '--db', db, '--workers', '1'], io), 0, io.stderr());
    assert.match(io.stdout(), /added 4, near-duplicates 1 \(stored as copies\), duplicates 1 \(skipped; 1 from other outlets recorded as copies\), failed 6/);
    assert.match(io.stdout(), /failed: .*empty\.txt: empty input/);
    io = testIo();
    assert.equal(await main(['ingest', dir, '--db', db, '--workers', '1'], io), 0);
    assert.match(io.stdout(), /added 0, near-duplicates 0 .* duplicates 6/);
    for (const args of [['ingest'], ['ingest', dir, '--workers', 'many'], ['ingest', dir, '--bogus'], ['ingest', dir, '--db', join(dir, 'no', 'such', 'dir', 'x.db')], ['ingest', join(dir, 'missing.txt'), '--db', db], ['ingest', dir, '--db', dir]]) {
      io = testIo();
      assert.equal(await main(args, io), 2, `${args.join(' ')}: ${io.stderr()}`);
      assert.equal(io.stderr().trim().split('\n').length, 1, io.stderr());
      assert.match(io.stderr(), /^newsgraph: /);
    }
    io = testIo();
    assert.equal(await main(['stories', '--db', db, '--json'], io), 0, io.stderr());
    const out = JSON.parse(io.stdout()) as { version: number; stories: { documents: unknown[] }[] };
    assert.equal(out.version, 1);
    assert.equal(out.stories.reduce((n, s) => n + s.documents.length, 0), 5);
    io = testIo();
    assert.equal(await main(['stories', '--db', join(dir, 'nothing.db')], io), 2);
    assert.match(io.stderr(), /no database/);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});
