// A small response cache for read-heavy GET routes: identical requests within `ttlMs` share one
// serialised body, and concurrent identical requests share one computation (single flight). After
// `ttlMs` the old body is still served while one refresh runs (stale-while-revalidate), so a busy route
// never makes its clients queue behind a recomputation. The server's own writes clear it at once; writes
// by another process (an `ingest` running beside `serve`) change the store's token (SQLite's data_version),
// or, for engines without one, show up after `ttlMs`; either way after at most one refresh.

export interface CachedBody { status: number; body: string; /** gzip of body, made once on first need. */ gz?: Buffer }

export class ResponseCache {
  private readonly entries = new Map<string, { at: number; value: CachedBody; token?: string }>();
  private readonly inflight = new Map<string, Promise<CachedBody>>();
  private generation = 0;
  constructor(private readonly ttlMs = 2000, private readonly maxEntries = 500) {}

  /**
   * `token`: the store's change token when it has one. An entry made under the same token is fresh however
   * old it is (nothing was written since); without tokens, entries are fresh for `ttlMs`.
   */
  async get(key: string, compute: () => Promise<CachedBody>, token?: string): Promise<CachedBody> {
    const hit = this.entries.get(key);
    if (hit && (token !== undefined ? hit.token === token : Date.now() - hit.at < this.ttlMs)) return hit.value;
    const running = this.inflight.get(key);
    if (hit) {
      if (!running) this.refresh(key, compute, token).catch(() => this.entries.delete(key));
      return hit.value;
    }
    if (running) return running;
    return this.refresh(key, compute, token);
  }

  private refresh(key: string, compute: () => Promise<CachedBody>, token?: string): Promise<CachedBody> {
    const gen = this.generation;
    const p = compute().then((value) => {
      // a write during the computation may have made it stale: serve it, but do not keep it
      if (gen === this.generation && value.status === 200) {
        if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
        this.entries.set(key, { at: Date.now(), value, token });
      }
      return value;
    }).finally(() => this.inflight.delete(key));
    this.inflight.set(key, p);
    return p;
  }

  invalidate(): void {
    this.generation++;
    this.entries.clear();
  }
}
