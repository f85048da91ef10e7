// A place named with its administrative head and without it (issue #3: one referent split in two): "Ishikawa
// Prefecture … in Ishikawa", "Tacloban … Tacloban City". The head rule makes the headed form an unlinked GPE, the KB
// links the bare one; resolve.ts calls `mergePlaceHeadVariants` after clustering to give the headed form's mentions
// to the KB place. The head must fit the KB place's kind: a city's head for a city ("Tacloban City"), a province's
// for a region ("Ishikawa Prefecture", "Sindh province"); "Quezon City" (a KB name of its own) is no part of the
// province Quezon, and "Washington state" no part of the city (no state head here: the US state and the capital share
// the bare name).
import type { EntityType } from '../../core/types.js';
import type { KbEntry } from '../../kb/types.js';
import { lexicon } from './lexicon.js';

/** Lower-case heads after a city's name. */
const CITY_HEADS = new Set(['city', 'town', 'municipality']);
/**
 * Lower-case heads after a first- or second-level division's name: the lexicon's region nouns without "state", and its
 * region head nouns ("district", "department": a region's own head, "Mubende District", though no region noun after a
 * name in lower case, "a Washington district judge").
 */
let regionHeads: ReadonlySet<string> | undefined;
const REGION_HEADS = (): ReadonlySet<string> => (regionHeads ??= new Set([...[...lexicon().regionNouns].filter((w) => w !== 'state'), ...lexicon().regionHeadNouns]));

interface VariantMention { type: EntityType; entry?: KbEntry; rule: string }
interface VariantEntity<M extends VariantMention> { type: EntityType; entry?: KbEntry; ms: M[]; words: string[] }

/** Moves the mentions of each unlinked headed place to the KB place of its bare name; returns the entities emptied. */
export function mergePlaceHeadVariants<M extends VariantMention, E extends VariantEntity<M>>(ents: readonly E[], attach: (m: M, e: E) => void): E[] {
  const linked = new Map<string, E[]>();
  for (const e of ents) {
    if (!e.entry || e.type !== 'GPE' || e.entry.kind === 'COUNTRY' || !e.ms.length) continue;
    const k = e.words.join(' ');
    linked.set(k, [...(linked.get(k) ?? []), e]);
  }
  const emptied: E[] = [];
  for (const e of ents) {
    if (e.entry || e.type !== 'GPE' || e.words.length < 2 || !e.ms.length) continue;
    const head = e.words[e.words.length - 1]!;
    const kind = CITY_HEADS.has(head) ? 'CITY' : REGION_HEADS().has(head) ? 'REGION' : undefined;
    if (!kind) continue;
    const bare = linked.get(e.words.slice(0, -1).join(' '));
    if (!bare || bare.length !== 1 || bare[0]!.entry!.kind !== kind) continue;
    const target = bare[0]!;
    for (const m of e.ms) { m.entry = target.entry; m.rule = 'coref-place-head'; attach(m, target); }
    e.ms = [];
    emptied.push(e);
  }
  return emptied;
}
