import type { Store } from '../../store/store.js';
import type { Story } from '../../story/types.js';
import { updateStories } from '../../story/index.js';
import type { Router } from '../router.js';
import { HttpError } from '../http.js';

/** Re-groups stories after documents were added. */
export async function afterAdd(store: Store): Promise<void> {
  await updateStories(store);
}

const summary = (s: Story) => ({
  ...s,
  outlets: new Set(s.documents.map((d) => d.outlet).filter(Boolean)).size,
  contested: s.facts.filter((f) => !f.consistent).length,
});

const matches = (s: Story, q: string): boolean => {
  const needle = q.toLowerCase();
  return s.title.toLowerCase().includes(needle) || s.entities.some((e) => e.name.toLowerCase().includes(needle))
    || s.documents.some((d) => (d.title ?? '').toLowerCase().includes(needle) || (d.outlet ?? '').toLowerCase().includes(needle));
};

export function storyRoutes(r: Router): void {
  r.add('GET', '/api/stories', async ({ store, query }) => {
    const q = query.str('q');
    const limit = query.int('limit', 1, 1000) ?? 50, offset = query.int('offset', 0, 10_000_000) ?? 0;
    if (!q) {
      const page = await store.listStories({ limit, offset });
      return { total: page.total, items: page.items.map(summary) };
    }
    const all = (await store.listStories({ limit: 1000 })).items.filter((s) => matches(s, q));
    return { total: all.length, items: all.slice(offset, offset + limit).map(summary) };
  });
  r.add('GET', '/api/stories/:id', async ({ store, params }) => {
    const s = await store.getStory(params.id!);
    if (!s) throw new HttpError(404, 'not_found', `no story ${params.id}`);
    return s;
  });
}
