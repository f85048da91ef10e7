import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { ResponseCache } from '../../src/api/cache.js';

const body = (s: string) => ({ status: 200, body: s });

describe('ResponseCache', () => {
  it('computes once for concurrent identical requests (single flight)', async () => {
    const c = new ResponseCache(1000);
    let calls = 0;
    const compute = async () => { calls++; await sleep(20); return body(`v${calls}`); };
    const [a, b] = await Promise.all([c.get('k', compute), c.get('k', compute)]);
    assert.equal(calls, 1);
    assert.equal(a.body, 'v1');
    assert.equal(b.body, 'v1');
    assert.equal((await c.get('k', compute)).body, 'v1', 'fresh entry reused');
  });

  it('serves the stale body while one refresh runs, then the refreshed one', async () => {
    const c = new ResponseCache(40);
    let n = 0;
    const compute = async () => { n++; await sleep(5); return body(`v${n}`); };
    await c.get('k', compute);
    await sleep(60);
    assert.equal((await c.get('k', compute)).body, 'v1', 'stale served at once');
    await sleep(15);
    assert.equal((await c.get('k', compute)).body, 'v2', 'refreshed in the background');
    assert.ok(n >= 2);
  });

  it('forgets everything on invalidate (the server\'s own writes)', async () => {
    const c = new ResponseCache(60_000);
    let n = 0;
    const compute = async () => body(`v${++n}`);
    await c.get('k', compute);
    c.invalidate();
    assert.equal((await c.get('k', compute)).body, 'v2');
  });

  it('does not keep failures', async () => {
    const c = new ResponseCache(60_000);
    await assert.rejects(c.get('k', async () => { throw new Error('boom'); }), /boom/);
    assert.equal((await c.get('k', async () => body('ok'))).body, 'ok');
  });
});

describe('ResponseCache with a store change token', () => {
  it('keeps an entry while the token is unchanged, however old, and refreshes when it changes', async () => {
    const c = new ResponseCache(1);
    let n = 0;
    const compute = async () => body(`v${++n}`);
    await c.get('k', compute, 't1');
    await sleep(10);
    assert.equal((await c.get('k', compute, 't1')).body, 'v1');
    assert.equal(n, 1, 'no recomputation while nothing was written');
    assert.equal((await c.get('k', compute, 't2')).body, 'v1', 'stale served while refreshing');
    await sleep(5);
    assert.equal((await c.get('k', compute, 't2')).body, 'v2');
  });
});
