// Keeps the stored stories up to date: places documents not yet in a story, then rebuilds every story
// whose documents changed (or all, on request). Convergent: if a run is killed between the two steps,
// the next run sees the stale story (its documents differ from its members) and rebuilds it.

import type { Analysis } from '../core/types.js';
import type { DocRow, Store } from '../store/store.js';
import { buildStory, type StoryDoc } from './build.js';
import { assign, Df, profile, terms, type GroupOptions, type Profile } from './group.js';
import type { Story } from './types.js';

export interface UpdateResult { assigned: number; rebuilt: number; stories: number }

export async function updateStories(store: Store, opts: GroupOptions & { rebuildAll?: boolean } = {}): Promise<UpdateResult> {
  const members = await store.storyMembers();
  const unassigned = await store.unassignedDocuments();
  const stored = new Map<string, Story>((await store.listStories({ limit: 100000 })).items.map((s) => [s.id, s]));
  const stale = new Set<string>();
  for (const [sid, ids] of members) {
    const s = stored.get(sid);
    const have = s ? s.documents.map((d) => d.id).sort().join() : '';
    if (opts.rebuildAll || have !== [...ids].sort().join()) stale.add(sid);
  }
  if (!unassigned.length && !stale.size) return { assigned: 0, rebuilt: 0, stories: members.size };

  const rows = new Map<string, DocRow>();
  const analyses = new Map<string, Analysis>();
  const allIds = [...[...members.values()].flat(), ...unassigned.map((d) => d.id)];
  for (const id of allIds) {
    const a = await store.getAnalysis(id);
    const r = await store.getDocument(id);
    if (a && r) { analyses.set(id, a); rows.set(id, r); }
  }
  let newIds: { docId: string; storyId: string }[] = [];
  if (unassigned.length) {
    const df = new Df();
    const tfs = new Map<string, Map<string, number>>();
    for (const [id, a] of analyses) { const tf = terms(a); tfs.set(id, tf); df.add(tf); }
    const prof = (id: string): Profile => profile(id, analyses.get(id)!, tfs.get(id)!, df);
    const groups = new Map<string, Profile[]>();
    const storyOf = new Map<string, string>();
    for (const [sid, ids] of members) {
      groups.set(sid, ids.filter((i) => analyses.has(i)).map(prof));
      for (const i of ids) storyOf.set(i, sid);
    }
    const copyOf = new Map<string, string>();
    for (const d of unassigned) if (d.copyOf) copyOf.set(d.id, d.copyOf);
    const newcomers = unassigned.filter((d) => analyses.has(d.id)).map((d) => prof(d.id));
    newIds = assign(newcomers, groups, (p) => `s${p.id.slice(0, 12)}`, copyOf, storyOf, opts);
    await store.assignStories(newIds);
    for (const { docId, storyId } of newIds) {
      if (!members.has(storyId)) members.set(storyId, []);
      members.get(storyId)!.push(docId);
      stale.add(storyId);
    }
  }
  const built: Story[] = [];
  for (const sid of stale) {
    const docs: StoryDoc[] = (members.get(sid) ?? []).filter((i) => analyses.has(i)).map((i) => ({ a: analyses.get(i)!, row: rows.get(i)! }));
    if (docs.length) built.push(buildStory(sid, docs));
  }
  await store.saveStories(built);
  return { assigned: newIds.length, rebuilt: built.length, stories: members.size };
}
