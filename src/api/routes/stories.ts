import type { Store } from '../../store/store.js';
import type { Story } from '../../story/types.js';
import { updateStories } from '../../story/index.js';
import type { Router } from '../router.js';
import { HttpError } from '../http.js';

/** Re-groups stories after documents were added. */
export async function afterAdd(store: Store): Promise<void> {
  await updateStories(store);
}

/** A light view of a story for lists: counts instead of the facts and events themselves. */
const summary = (s: Story) => ({
  id: s.id, title: s.title, updated: s.updated,
  // the newest few documents only: a syndicated wire story can hold hundreds
  documents: [...s.documents].sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '')).slice(0, 5),
  entities: s.entities.slice(0, 12),
  counts: {
    documents: s.documents.length,
    outlets: new Set(s.documents.map((d) => d.outlet).filter(Boolean)).size,
    events: s.events.length,
    facts: s.facts.length,
    contested: s.facts.filter((f) => !f.consistent).length,
  },
});

const matches = (s: Story, q: string): boolean => {
  const needle = q.toLowerCase();
  return s.title.toLowerCase().includes(needle) || s.entities.some((e) => e.name.toLowerCase().includes(needle))
    || s.documents.some((d) => (d.title ?? '').toLowerCase().includes(needle) || (d.outlet ?? '').toLowerCase().includes(needle));
};

export function storyRoutes(r: Router): void {
  // stories-v1: { version: 1, stories: [...] }, most recently updated first; paged (total, offset, limit added);
  // view=summary trades facts and events for counts (the UI's list)
  r.add('GET', '/api/stories', async ({ store, query }) => {
    const q = query.str('q');
    const view = query.oneOf('view', ['full', 'summary'] as const) ?? 'full';
    const limit = query.int('limit', 1, 1000) ?? 20, offset = query.int('offset', 0, 10_000_000) ?? 0;
    let total: number, items: Story[];
    if (!q) ({ total, items } = await store.listStories({ limit, offset }));
    else {
      const all = (await store.listStories({ limit: 100_000 })).items.filter((s) => matches(s, q));
      total = all.length;
      items = all.slice(offset, offset + limit);
    }
    return { version: 1, total, offset, limit, stories: view === 'summary' ? items.map(summary) : items };
  }, true);
  r.add('GET', '/api/stories/:id', async ({ store, params }) => {
    const s = await store.getStory(params.id!);
    if (!s) throw new HttpError(404, 'not_found', `no story ${params.id}`);
    return s;
  }, true);
}
