import type { Router } from '../router.js';
import { HttpError, readJson, sendJson } from '../http.js';
import { analyzeBody } from '../add-document.js';
import { storeDocument } from '../../ingest/store-document.js';
import { afterAdd } from './stories.js';

export function documentRoutes(r: Router): void {
  r.add('GET', '/api/documents', async ({ store, query }) => store.listDocuments({
    q: query.str('q'), outlet: query.str('outlet'), from: query.date('from'), to: query.date('to'),
    storyId: query.str('story'), entity: query.str('entity'), limit: query.int('limit', 1, 1000), offset: query.int('offset', 0, 10_000_000),
  }), true);
  r.add('GET', '/api/documents/:id', async ({ store, params }) => {
    const d = await store.getDocument(params.id!);
    if (!d) throw new HttpError(404, 'not_found', `no document ${params.id}`);
    return d;
  });
  r.add('GET', '/api/documents/:id/analysis', async ({ store, params }) => {
    const a = await store.getAnalysis(params.id!);
    if (!a) throw new HttpError(404, 'not_found', `no document ${params.id}`);
    return a;
  });
  // text, HTML or URL → analysed and stored; 201 when added, 200 when it was already there
  r.add('POST', '/api/documents', async ({ req, res, store, opts, changed }) => {
    const a = await analyzeBody(await readJson(req), opts);
    const out = await storeDocument(store, a, { source: 'api' });
    if (out.status === 'added') { await afterAdd(store); changed(); }
    const doc = await store.getDocument(out.id);
    sendJson(res, out.status === 'added' ? 201 : 200, { ...out, storyId: doc?.storyId });
  });
  // analyse without storing (the UI's analyse page); `store: true` keeps it
  r.add('POST', '/api/analyze', async ({ req, store, opts, changed }) => {
    const body = await readJson(req);
    const a = await analyzeBody(body, opts);
    if ((body as { store?: unknown }).store === true) {
      const out = await storeDocument(store, a, { source: 'api' });
      if (out.status === 'added') { await afterAdd(store); changed(); }
      return { ...out, analysis: a };
    }
    return { analysis: a };
  });
}
