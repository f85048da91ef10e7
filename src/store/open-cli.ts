// Opening the store from a command line: a database that cannot be opened is the user's mistake
// (a missing folder, an unreachable server), reported in one line with exit 2.

import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import { DEFAULT_DB, openStore, type Store } from './store.js';

export async function openStoreForCli(db: string | undefined, opts: { mustExist?: boolean } = {}): Promise<Store> {
  const target = db ?? DEFAULT_DB;
  const isPg = /^postgres(ql)?:\/\//i.test(target);
  if (!isPg) {
    const dir = dirname(resolve(target));
    if (!existsSync(dir)) throw new InputError('E001', `the folder of --db ${target} does not exist`);
    if (existsSync(target) && statSync(target).isDirectory()) throw new InputError('E011', `--db ${target} is a folder, not a database file`);
    if (opts.mustExist && !existsSync(target)) throw new InputError('E012', `no database at ${target} (run \`newsgraph ingest\` first, or pass --db)`);
  }
  try {
    return await openStore(target);
  } catch (e) {
    const msg = (e as Error).message.split('\n')[0];
    if (isPg) throw new InputError('E012', `cannot open the PostgreSQL database ${target.replace(/\/\/[^@/]*@/, '//…@')}: ${msg}`);
    throw new InputError('E012', `cannot open ${target} as a newsgraph database: ${msg}`);
  }
}
