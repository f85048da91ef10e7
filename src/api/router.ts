import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Store } from '../store/store.js';
import { HttpError, Query } from './http.js';

export interface Ctx {
  req: IncomingMessage;
  res: ServerResponse;
  params: Record<string, string>;
  query: Query;
  store: Store;
  opts: ServerOptions;
  /** Call after writing to the store: cached reads are dropped. */
  changed: () => void;
}
export interface ServerOptions { allowPrivate?: boolean; webDir?: string; /** How long list/search responses may be reused (ms). */ cacheMs?: number }

export type Handler = (ctx: Ctx) => Promise<unknown>;
interface Route { method: string; pattern: RegExp; keys: string[]; handler: Handler; cacheable: boolean }

/** A tiny router: "/api/stories/:id" patterns; a handler's return value is sent as JSON 200. */
export class Router {
  private routes: Route[] = [];
  /** `cacheable`: a pure read whose JSON may be served from the response cache for a moment. */
  add(method: string, path: string, handler: Handler, cacheable = false): this {
    const keys: string[] = [];
    const pattern = new RegExp('^' + path.replace(/:(\w+)/g, (_, k: string) => { keys.push(k); return '([^/]+)'; }) + '/?$');
    this.routes.push({ method, pattern, keys, handler, cacheable });
    return this;
  }
  match(method: string, path: string): { handler: Handler; params: Record<string, string>; cacheable: boolean } {
    let allowed = false;
    for (const r of this.routes) {
      const m = r.pattern.exec(path);
      if (!m) continue;
      if (r.method !== method && !(method === 'HEAD' && r.method === 'GET')) { allowed = true; continue; }
      const params: Record<string, string> = {};
      r.keys.forEach((k, i) => {
        try { params[k] = decodeURIComponent(m[i + 1]!); } catch { throw new HttpError(400, 'bad_path', 'malformed percent-encoding in the path'); }
      });
      return { handler: r.handler, params, cacheable: r.cacheable && method !== 'POST' };
    }
    if (allowed) throw new HttpError(405, 'method_not_allowed', `${method} is not allowed on ${path}`);
    throw new HttpError(404, 'not_found', `no API route ${path}`);
  }
}
