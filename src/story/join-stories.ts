// Joining the parts of one story that the report-by-report pass left apart. Second thoughts (`refine` in group.ts)
// move one report at a time, each to the story whose centroid it is closest to; a report whose closest partner sits
// beside it never moves: two reports of one day from one wire, a pair of late reports on the inquiry (a syndicated
// copy no longer holds its original: see `refine`). Such a pair (or a larger part) reaches the story it belongs to only as a whole: the
// centroid of the part against the centroid of the story, which smooths away what each report says on its own
// (one leads with the toll, another with the arrests, a third with the funerals).

import { Centroid, CLASH_FACTOR, dateFade, recallFactor, storySimilarity, type Profile } from './group.js';
import { DAY_MS } from '../nlp/time/date-math.js';

/**
 * The cosine a part's centroid must reach against a story's centroid (date-faded, discounted like a report's
 * similarity) for the part to join it. Centroids are smoother than reports, so two stories of one trade (two
 * chemical blasts in one country, two disasters in one region) reach a higher centroid cosine than their reports
 * do: over the gold stories the whole stories of different events meet at 0.23 at most, while the parts one story's
 * reports fell into meet at 0.27 and more (over random arrival orders of the gold stories' reports). Chosen on ECB+
 * topics 1–35, parts at most half their story's size: off, document B³ F1 89.1 with 54 of 66 sub-topics whole; 0.22:
 * 88.5, 55; 0.26: 89.2, 55; 0.30: 89.1, 54 (test topics 36–45 at 0.26: 81.7 → 82.7, 15 → 16 of 20 whole).
 */
export const JOIN_THRESHOLD = 0.26;

/** The cosine of two centroids. */
export function centroidCosine(a: Centroid, b: Centroid): number {
  const [s, l] = a.vec.size < b.vec.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, w] of s.vec) { const v = l.vec.get(k); if (v) dot += w * v; }
  return dot / (a.norm() * b.norm());
}

/**
 * How similar a part (reports that may still move) is to a story, as a whole: the cosine of their centroids, faded by
 * the days between their nearest reports, discounted when every report of the part has a main event whose
 * participants the story's never name (another acquisition, another crash), and by the lowest recall factor of the
 * part's reports (a report that only recalls the story, or leads with a separate incident of its kind, keeps its
 * whole part out).
 */
export function partSimilarity(part: readonly Profile[], cPart: Centroid, story: Profile[], cStory: Centroid, maxDays?: number): number {
  let fade = 0;
  for (const p of part) fade = Math.max(fade, dateFade(p, story, maxDays));
  if (fade === 0) return 0;
  let s = centroidCosine(cPart, cStory) * fade;
  if (part.every((p) => cStory.clashes(p))) s *= CLASH_FACTOR;
  if (s < JOIN_THRESHOLD) return s;
  let factor = 1;
  for (const p of part) factor = Math.min(factor, recallFactor(p, story));
  // and the other way round: a story of a look-alike's reports does not draw the part either. (Its lowest factor: on
  // ECB+ topics 1–35 two parts of another sub-topic were kept out by one report of the story each, B³ 89.2 without
  // them 88.8; the price: against two reports of a story's later days, one of its first reports, leading with the
  // story's own event, may read as a look-alike, which kept the Titan story split in one of 30 random orders.)
  for (const m of story) factor = Math.min(factor, recallFactor(m, part));
  return s * factor;
}

/** Days a report of a larger part may lie from the story's nearest report. */
export const NEAR_DAYS = 7;

/**
 * The similarity each report of a larger part must reach against the story on its own (above the report threshold:
 * chosen on ECB+ topics 1–35, where undated sub-topics of one topic joined at 0.18 and 0.22 without the date test).
 * The margin is thin and known: the split it was set for (the Libya floods 5+3 in a random arrival order, commit
 * c749264) had its weakest report at 0.24 against the other half, 0.02 above this; ECB+ sub-topics that must stay
 * apart reach it too (0.22), so there the date test (every report dated, NEAR_DAYS) is what keeps them out, not this
 * figure (ECB+ is undated). Raising it to 0.24 would drop that Libya case to the edge; lowering it lets weaker halves
 * of two dated stories of one kind in one week join. Re-check ECB+ 1-35 (B3 89.2, 55/66 whole) and
 * EVAL_STORIES_ORDERS=30 on any change.
 */
export const MEMBER_THRESHOLD = 0.22;

/**
 * Whether a part larger than half its story is still a part of it: every report of both is dated, each report of the
 * part lies within NEAR_DAYS of one of the story's, and reaches the story on its own at MEMBER_THRESHOLD. Reports of
 * one disaster fall in two halves when their words drift over the days (the toll and the rescue one day, the aid,
 * the arrests and the inquiry the next); two stories of one kind in one week still meet at their reports, which the
 * look-alike and separate-incident factors discount.
 */
export function nearDaysPart(part: readonly Profile[], story: Profile[], cStory: Centroid, maxDays?: number): boolean {
  if (part.some((p) => p.date === undefined) || story.some((m) => m.date === undefined)) return false;
  if (!part.every((p) => story.some((m) => Math.abs(p.date! - m.date!) <= NEAR_DAYS * DAY_MS))) return false;
  return part.every((p) => storySimilarity(p, story, cStory, maxDays) >= MEMBER_THRESHOLD);
}

/**
 * Joins parts of this run's reports to the stories they belong to, best pair first, until no pair reaches
 * JOIN_THRESHOLD. A part is a story of two reports or more, all of them this run's newcomers (stored stories keep
 * their members; a single report was already weighed by second thoughts); it joins a stored story or another part
 * (the smaller into the larger). `candidates` names the stories worth weighing for a report. Updates `stories`,
 * `cents` and `home` in place and gives each moved report's new story.
 */
export function joinParts(newcomers: readonly Profile[], stories: Map<string, Profile[]>, cents: Map<string, Centroid>,
  home: Map<Profile, string>, candidates: (p: Profile) => string[], maxDays?: number): Map<string, string> {
  const moved = new Map<string, string>();
  const fresh = new Set(newcomers);
  const movable = (sid: string) => { const ms = stories.get(sid); return !!ms && ms.length >= 2 && ms.every((m) => fresh.has(m)); };
  // each pair's score is kept until a join changes one of its two stories (a batch of thousands of reports holds
  // hundreds of parts, and each join changes two)
  const scored = new Map<string, number>();
  for (;;) {
    let best: { from: string; to: string; s: number } | undefined;
    const parts = [...new Set(newcomers.map((p) => home.get(p)).filter((s): s is string => !!s && movable(s)))].sort();
    for (const from of parts) {
      const part = stories.get(from)!;
      const cands = new Set<string>();
      for (const p of part) for (const sid of candidates(p)) if (sid !== from && stories.get(sid)?.length) cands.add(sid);
      for (const to of [...cands].sort()) {
        const story = stories.get(to)!;
        // two parts: the smaller joins the larger (ties: by id), so each pair is weighed once; a newcomer alone was
        // weighed by second thoughts, and a part never joins it (a look-alike alone would draw the story's reports)
        if (story.every((m) => fresh.has(m)) && (story.length < part.length || (story.length === part.length && to < from))) continue;
        // a part is a fragment: half the story's size at most (two whole stories of one kind, undated, meet as
        // centroids: on ECB+ the two sub-topics of a topic, ten reports each, met at 0.35 to 0.53), or a smaller part
        // published near the story's days whose every report reaches the story (see `nearDaysPart`)
        if (part.length * 2 > story.length && !(part.length < story.length && nearDaysPart(part, story, cents.get(to)!, maxDays))) continue;
        const key = `${from}\u0000${to}`;
        let s = scored.get(key);
        if (s === undefined) { s = partSimilarity(part, cents.get(from)!, story, cents.get(to)!, maxDays); scored.set(key, s); }
        if (s >= JOIN_THRESHOLD && (!best || s > best.s)) best = { from, to, s };
      }
    }
    if (!best) break;
    const part = stories.get(best.from)!;
    stories.get(best.to)!.push(...part);
    for (const p of part) { cents.get(best.to)!.add(p); home.set(p, best.to); moved.set(p.id, best.to); }
    stories.delete(best.from);
    cents.delete(best.from);
    for (const k of [...scored.keys()]) { const [f, t] = k.split('\u0000'); if (f === best.to || t === best.to || f === best.from || t === best.from) scored.delete(k); }
  }
  return moved;
}
