// Every store test runs once per engine. PostgreSQL uses 127.0.0.1:5432 (trust auth, database `test`),
// one fresh schema per opened store, dropped afterwards; where no server answers, its tests are skipped
// with a visible notice.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openSqlite } from '../../src/store/sqlite/index.js';
import { openPostgres } from '../../src/store/postgres/index.js';
import type { Store } from '../../src/store/store.js';

export interface Engine {
  name: 'sqlite' | 'postgres';
  skip: string | false;
  /** Opens a fresh, empty store; `cleanup` removes it. `url` reopens the same store. */
  fresh(): Promise<{ store: Store; url: string; cleanup: () => Promise<void> }>;
  open(url: string): Promise<Store>;
}

const PG_USERS = [process.env.NEWSGRAPH_TEST_PG_USER, 'postgres', 'root'].filter(Boolean) as string[];

async function findPg(): Promise<string | undefined> {
  if (process.env.NEWSGRAPH_TEST_PG === 'off') return undefined;
  for (const user of PG_USERS) {
    const url = `postgres://${user}@127.0.0.1:5432/test`;
    const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    try {
      await c.connect();
      await c.query('SELECT 1');
      await c.end();
      return url;
    } catch {
      await c.end().catch(() => undefined);
    }
  }
  return undefined;
}

let pgUrl: Promise<string | undefined> | undefined;
let noticed = false;

export async function engines(): Promise<Engine[]> {
  pgUrl ??= findPg();
  const base = await pgUrl;
  if (!base && !noticed) {
    noticed = true;
    console.log('# NOTICE no PostgreSQL server on 127.0.0.1:5432 (database "test"): skipping the PostgreSQL store tests');
  }
  const sqlite: Engine = {
    name: 'sqlite',
    skip: false,
    async fresh() {
      const dir = mkdtempSync(join(tmpdir(), 'ng-store-'));
      const url = join(dir, 'test.db');
      const store = await openSqlite(url);
      return { store, url, cleanup: async () => { await store.close().catch(() => undefined); rmSync(dir, { recursive: true, force: true }); } };
    },
    open: (url) => openSqlite(url),
  };
  const postgres: Engine = {
    name: 'postgres',
    skip: base ? false : 'no PostgreSQL server on 127.0.0.1:5432',
    async fresh() {
      const schema = `ng_test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
      const url = `${base}?schema=${schema}`;
      const store = await openPostgres(url);
      return {
        store, url,
        cleanup: async () => {
          await store.close().catch(() => undefined);
          const c = new pg.Client({ connectionString: base });
          await c.connect();
          await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
          await c.end();
        },
      };
    },
    open: (url) => openPostgres(url),
  };
  return [sqlite, postgres];
}
