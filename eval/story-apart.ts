// Why a report of a gold story sits outside the story holding most of its reports, with no text: the story scorer
// (EVAL_MISS_KINDS=1) prints it beside the other misses, so a split says which grouping rule kept the report out (its
// plain similarity below the threshold, or one of the factors: a clash of main-event participants, a look-alike or a
// separate incident) without anyone reading the report. Similarities are bucketed to tenths of the threshold's
// scale, so the kinds count together.

import { Centroid, cosine, dateFade, GROUP_THRESHOLD, LOOKALIKE_FACTOR, OWN_EVENT_FACTOR, recallFactor, SEPARATE_EVENT_FACTOR, type Profile } from '../src/story/group.js';

const bucket = (x: number) => (Math.floor(x * 20) / 20).toFixed(2);

/** The kind of a report's separation from its story's main part (`members`: the story's other gold reports there). */
export function apartKind(p: Profile, members: readonly Profile[], alone: boolean): string {
  const c = new Centroid();
  for (const m of members) c.add(m);
  let raw = c.cosine(p);
  for (const m of members) raw = Math.max(raw, cosine(p, m));
  const fade = dateFade(p, members);
  const clash = c.clashes(p);
  const factor = recallFactor(p, [...members]);
  const why = factor === SEPARATE_EVENT_FACTOR ? 'taken for a separate incident of the story\'s kind'
    : factor === OWN_EVENT_FACTOR ? 'taken for a look-alike leading with its own event elsewhere'
      : factor === LOOKALIKE_FACTOR ? 'taken for a look-alike that only recalls the story'
        : clash ? 'its main event\'s participants clash with the story\'s'
          : raw * fade < GROUP_THRESHOLD ? 'plain similarity below the threshold' : 'similar enough, but another story was closer';
  return `report of this story outside it (${alone ? 'alone' : 'with other reports'}): ${why} (cosine ${bucket(raw)}${fade < 0.95 ? `, faded ×${bucket(fade)}` : ''})`;
}
