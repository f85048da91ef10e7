import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { projectRoot } from '../core/shared.js';
import type { Store } from '../store/store.js';
import { ResponseCache } from './cache.js';
import { HttpError, Query, SECURITY_HEADERS, sendCached, sendError, sendJson } from './http.js';
import { openapi } from './openapi.js';
import { Router, type ServerOptions } from './router.js';
import { documentRoutes } from './routes/documents.js';
import { entityRoutes } from './routes/entities.js';
import { storyRoutes } from './routes/stories.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2',
};

export function buildRouter(): Router {
  const r = new Router();
  r.add('GET', '/api/health', async ({ store }) => ({ ok: true, engine: store.engine, documents: await store.countDocuments(), schemaVersion: await store.version() }));
  r.add('GET', '/api/openapi.json', async () => openapi);
  storyRoutes(r);
  documentRoutes(r);
  entityRoutes(r);
  return r;
}

/** One process: the JSON API under /api and the built web UI for everything else. No CORS headers. */
export function createApiServer(store: Store, opts: ServerOptions = {}): Server {
  const router = buildRouter();
  const cache = new ResponseCache(opts.cacheMs ?? 2000);
  const changed = () => cache.invalidate();
  const webDir = opts.webDir ?? join(projectRoot, 'web', 'dist');
  return createServer(async (req, res) => {
    let url: URL;
    try { url = new URL(req.url ?? '/', 'http://localhost'); } catch { sendError(res, new HttpError(400, 'bad_url', 'malformed request URL')); return; }
    if (url.pathname.startsWith('/api/')) {
      try {
        const { handler, params, cacheable } = router.match(req.method ?? 'GET', url.pathname);
        const ctx = { req, res, params, query: new Query(url.searchParams), store, opts, changed };
        if (cacheable) {
          const hit = await cache.get(url.pathname + url.search, async () => ({ status: 200, body: JSON.stringify(await handler(ctx)) }), store.changeToken?.());
          sendCached(req, res, hit);
          return;
        }
        const body = await handler(ctx);
        if (!res.headersSent) sendJson(res, 200, body);
      } catch (e) {
        if (res.headersSent) { res.destroy(); return; }
        if (e instanceof HttpError) sendError(res, e);
        else {
          process.stderr.write(`newsgraph serve: ${(e as Error).stack ?? e}\n`);
          sendError(res, new HttpError(500, 'internal', 'internal error'));
        }
      }
      return;
    }
    serveStatic(webDir, url.pathname, req.method ?? 'GET', res);
  });
}

function serveStatic(root: string, path: string, method: string, res: import('node:http').ServerResponse): void {
  if (method !== 'GET' && method !== 'HEAD') { sendError(res, new HttpError(405, 'method_not_allowed', `${method} not allowed`)); return; }
  let rel: string;
  try { rel = normalize(decodeURIComponent(path)).replace(/^([/\\])+/, ''); } catch { sendError(res, new HttpError(400, 'bad_path', 'malformed path')); return; }
  let file = join(root, rel);
  if (!file.startsWith(root + sep) && file !== root) { sendError(res, new HttpError(404, 'not_found', 'not found')); return; }
  if (!existsSync(file) || !statSync(file).isFile()) file = join(root, 'index.html'); // the UI routes by hash
  if (!existsSync(file)) {
    sendError(res, new HttpError(503, 'ui_not_built', 'the web UI is not built; run `npm run build`'));
    return;
  }
  const immutable = file.includes(`${sep}assets${sep}`);
  res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache' });
  if (method === 'HEAD') { res.end(); return; }
  createReadStream(file).pipe(res);
}
