// Grouping under other arrival orders: the stories scorer ingests the reports folder by folder, each story's reports
// one after the other, which a news feed never does. EVAL_STORIES_ORDERS=N regroups the stored term profiles in N
// seeded random orders (a syndicated copy always after its original) and says, per gold story and with numbers only,
// how often its reports all landed in one story and how many reports of other stories joined it.

import { assign, type Profile } from '../src/story/group.js';

/** A seeded shuffle (a linear congruential generator: the same seed, the same order). */
export function shuffled<T>(xs: readonly T[], seed: number): T[] {
  let s = (seed >>> 0) || 1;
  const rnd = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296;
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [out[i], out[j]] = [out[j]!, out[i]!]; }
  return out;
}

/**
 * One seeded random arrival order with every syndicated copy after its original (and a copy of a copy after that
 * copy): a copy's sort key is max(its own place, its original's key + 0.5), a total order, where a pairwise
 * "copy after original" comparator is inconsistent and lets the sort leave a copy first.
 */
export function arrivalOrder<P extends { id: string }>(profiles: readonly P[], copyOf: ReadonlyMap<string, string>, seed: number): P[] {
  const order = shuffled(profiles, seed);
  const at = new Map(order.map((p, i) => [p.id, i]));
  const key = new Map<string, number>();
  const keyOf = (id: string, seen: Set<string> = new Set()): number => {
    const known = key.get(id);
    if (known !== undefined) return known;
    const own = at.get(id) ?? 0;
    const orig = copyOf.get(id);
    const k = orig !== undefined && at.has(orig) && !seen.has(orig) ? Math.max(own, keyOf(orig, seen.add(id)) + 0.5) : own;
    key.set(id, k);
    return k;
  };
  return order.map((p) => [p, keyOf(p.id)] as const).sort((a, b) => a[1] - b[1]).map(([p]) => p);
}

export interface OrderResult { whole: number; foreign: number }

/**
 * Groups `profiles` from scratch in `runs` seeded random orders and scores each gold story (its report ids) against
 * the story holding most of them: whether it holds all, and how many other reports it holds (`ignore`: reports that
 * are neither, such as a synthetic reprint).
 */
export function orderRobustness(profiles: readonly Profile[], copyOf: ReadonlyMap<string, string>, golds: readonly (readonly string[])[], runs: number,
  ignore: ReadonlySet<string> = new Set()): OrderResult[] {
  const res = golds.map(() => ({ whole: 0, foreign: 0 }));
  for (let r = 1; r <= runs; r++) {
    const order = arrivalOrder(profiles, copyOf, r);
    const out = assign(order, new Map(), (p) => `s${p.id}`, new Map(copyOf), new Map());
    const storyOf = new Map(out.map((o) => [o.docId, o.storyId]));
    golds.forEach((ids, g) => {
      const count = new Map<string, number>();
      for (const id of ids) { const s = storyOf.get(id); if (s) count.set(s, (count.get(s) ?? 0) + 1); }
      const [main, n] = [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? ['', 0];
      if (n === ids.length) res[g]!.whole++;
      const mine = new Set(ids);
      for (const [id, s] of storyOf) if (s === main && !mine.has(id) && !ignore.has(id)) res[g]!.foreign++;
    });
  }
  return res;
}
