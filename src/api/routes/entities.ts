import type { Router } from '../router.js';
import { HttpError } from '../http.js';

const CERTAINTY = ['CERTAIN', 'PROBABLE', 'POSSIBLE', 'UNKNOWN'] as const;
const STATUS = ['PAST', 'ONGOING', 'FUTURE'] as const;

export function entityRoutes(r: Router): void {
  r.add('GET', '/api/entities', async ({ store, query }) => store.listEntities({
    q: query.str('q'), type: query.str('type', 20), limit: query.int('limit', 1, 1000), offset: query.int('offset', 0, 10_000_000),
  }), true);
  // mentions, events, facts, and the entities that share events with it
  r.add('GET', '/api/entities/:id', async ({ store, params }) => {
    const d = await store.getEntity(params.id!);
    if (!d) throw new HttpError(404, 'not_found', `no entity ${params.id}`);
    const weights = new Map<string, number>();
    for (const ev of d.events) for (const k of ev.entities) if (k !== d.entity.key) weights.set(k, (weights.get(k) ?? 0) + 1);
    const top = [...weights].sort((a, b) => b[1] - a[1]).slice(0, 25);
    const related = (await Promise.all(top.map(async ([key, weight]) => {
      const e = await store.getEntity(key);
      return e ? { key, name: e.entity.name, type: e.entity.type, weight } : undefined;
    }))).filter(Boolean);
    return { ...d, related };
  }, true);
  r.add('GET', '/api/events', async ({ store, query }) => store.listEvents({
    entity: query.str('entity'), type: query.str('type', 40), from: query.date('from'), to: query.date('to'), place: query.str('place'),
    certainty: query.oneOf('certainty', CERTAINTY), status: query.oneOf('status', STATUS), storyId: query.str('story'),
    limit: query.int('limit', 1, 1000), offset: query.int('offset', 0, 10_000_000),
  }), true);
  r.add('GET', '/api/search', async ({ store, query }) => {
    const q = query.str('q');
    if (!q) throw new HttpError(400, 'bad_parameter', '"q" is required');
    const limit = query.int('limit', 1, 100) ?? 20;
    const [documents, entities] = await Promise.all([store.listDocuments({ q, limit }), store.listEntities({ q, limit })]);
    return { q, documents, entities };
  }, true);
}
