import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiServer } from '../../src/api/server.js';
import { openStore, type Store } from '../../src/store/store.js';

export interface TestServer { base: string; store: Store; dbPath: string; close(): Promise<void> }

/** A real server on 127.0.0.1 with a fresh SQLite store in a temp folder. */
export async function startServer(opts: { allowPrivate?: boolean } = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-api-'));
  const dbPath = join(dir, 'test.db');
  const store = await openStore(dbPath);
  const server = createApiServer(store, opts);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    store,
    dbPath,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function postJson(url: string, body: unknown): Promise<{ status: number; json: any }> {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: r.status, json: await r.json() };
}
