import { parseArgs } from 'node:util';
import { InputError } from '../core/errors.js';
import { DEFAULT_DB, openStore } from '../store/store.js';
import { createApiServer } from '../api/server.js';
import { type Io, usageError } from './io.js';

const USAGE = 'newsgraph serve [--db FILE|URL] [--port 8080] [--host 127.0.0.1] [--allow-private]';

/** Runs the JSON API and the web UI from one process until interrupted. */
export default async function serve(args: string[], io: Io): Promise<number> {
  let v;
  try {
    v = parseArgs({ args, strict: true, allowPositionals: false, options: {
      db: { type: 'string', default: DEFAULT_DB }, port: { type: 'string', default: '8080' }, host: { type: 'string', default: '127.0.0.1' },
      'allow-private': { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false },
    } }).values;
  } catch (e) { throw usageError(e, USAGE); }
  if (v.help) { io.out(`${USAGE}\n\nServes the API under /api (OpenAPI at /api/openapi.json) and the web UI at /. Binds to localhost by default.\n`); return 0; }
  const port = Number(v.port);
  if (!/^\d+$/.test(v.port!) || port > 65535) throw new InputError('E008', `--port "${v.port}" is not a port number (0–65535)`);
  const store = await openStore(v.db);
  const server = createApiServer(store, { allowPrivate: v['allow-private'] });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => reject(e.code === 'EADDRINUSE' ? new InputError('E008', `port ${port} on ${v.host} is already in use`) : e));
    server.listen(port, v.host, () => resolve());
  });
  const addr = server.address();
  const shown = typeof addr === 'object' && addr ? `http://${addr.family === 'IPv6' ? `[${addr.address}]` : addr.address}:${addr.port}/` : '';
  io.err(`newsgraph serve: listening on ${shown} (store: ${store.engine} ${v.db})\n`);
  await new Promise<void>((resolve) => {
    const stop = () => { server.close(() => resolve()); server.closeAllConnections(); };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await store.close();
  return 0;
}
