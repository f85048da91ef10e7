// Keeps the stored stories up to date: places documents not yet in a story, then rebuilds every story
// whose documents changed (or all, on request). Convergent: if a run is killed between the two steps,
// the next run sees the stale story (its size differs from its members) and rebuilds it.
// Grouping reads only the documents' stored term profiles within the time window that matters
// (GROUP_MAX_DAYS around the new documents); only the stories being rebuilt load full analyses.

import type { Analysis } from '../core/types.js';
import type { DocProfileRow, DocRow, Store } from '../store/store.js';
import { buildStory, type StoryDoc } from './build.js';
import { assign, GROUP_MAX_DAYS, parseTerms, profilesFrom, terms, type GroupOptions, type Profile } from './group.js';
import type { Story } from './types.js';
import { DAY_MS } from '../nlp/time/date-math.js';

export interface UpdateResult { assigned: number; rebuilt: number; stories: number }

const shift = (iso: string, days: number) => new Date(Date.parse(iso.slice(0, 10)) + days * DAY_MS).toISOString().slice(0, 10);

export async function updateStories(store: Store, opts: GroupOptions & { rebuildAll?: boolean } = {}): Promise<UpdateResult> {
  const members = await store.storyMembers();
  const unassigned = await store.unassignedDocuments();
  const sizes = await store.storySizes();
  const stale = new Set<string>();
  for (const [sid, ids] of members) if (opts.rebuildAll || sizes.get(sid) !== ids.length) stale.add(sid);
  if (!unassigned.length && !stale.size) return { assigned: 0, rebuilt: 0, stories: members.size };

  let newIds: { docId: string; storyId: string }[] = [];
  if (unassigned.length) {
    const maxDays = opts.maxDays ?? GROUP_MAX_DAYS;
    const dates = unassigned.map((d) => d.publishedAt).filter((x): x is string => Boolean(x)).sort();
    const range = dates.length === unassigned.length ? { from: shift(dates[0], -maxDays), to: shift(dates[dates.length - 1], maxDays) } : {};
    const rows = await store.docProfiles(range);
    const tfs = new Map<string, Map<string, number>>();
    for (const r of rows) {
      let tf: Map<string, number> | undefined;
      if (r.terms) tf = parseTerms(r.terms);
      else { const a = await store.getAnalysis(r.id); if (a) tf = terms(a); } // stored before term profiles existed
      if (tf) tfs.set(r.id, tf);
    }
    const rowOf = new Map<string, DocProfileRow>(rows.map((r) => [r.id, r]));
    const profiles = profilesFrom(tfs, (id) => rowOf.get(id)?.publishedAt);
    const prof = (id: string): Profile => profiles.get(id)!;
    const groups = new Map<string, Profile[]>();
    const storyOf = new Map<string, string>();
    for (const r of rows) {
      if (!r.storyId || !tfs.has(r.id)) continue;
      if (!groups.has(r.storyId)) groups.set(r.storyId, []);
      groups.get(r.storyId)!.push(prof(r.id));
      storyOf.set(r.id, r.storyId);
    }
    const copyOf = new Map<string, string>();
    for (const d of unassigned) {
      if (!d.copyOf) continue;
      copyOf.set(d.id, d.copyOf);
      if (!storyOf.has(d.copyOf)) { const o = await store.getDocument(d.copyOf); if (o?.storyId) storyOf.set(d.copyOf, o.storyId); }
    }
    const newcomers = unassigned.filter((d) => tfs.has(d.id)).map((d) => prof(d.id));
    newIds = assign(newcomers, groups, (p) => `s${p.id.slice(0, 12)}`, copyOf, storyOf, opts);
    await store.assignStories(newIds);
    for (const { docId, storyId } of newIds) {
      if (!members.has(storyId)) members.set(storyId, []);
      members.get(storyId)!.push(docId);
      stale.add(storyId);
    }
  }
  // saved in batches, so memory stays flat however many stories change (each batch is one transaction;
  // a story not yet saved stays stale and is rebuilt by the next run)
  let built: Story[] = [];
  let rebuilt = 0;
  for (const sid of stale) {
    const docs: StoryDoc[] = [];
    for (const id of members.get(sid) ?? []) {
      const a: Analysis | undefined = await store.getAnalysis(id);
      const r: DocRow | undefined = await store.getDocument(id);
      if (!a || !r) continue;
      const copies = await store.sightings(id);
      docs.push(copies.length ? { a, row: r, copies } : { a, row: r });
    }
    if (docs.length) built.push(buildStory(sid, docs));
    if (built.length >= 50) { await store.saveStories(built); rebuilt += built.length; built = []; }
  }
  await store.saveStories(built);
  rebuilt += built.length;
  return { assigned: newIds.length, rebuilt, stories: members.size };
}
