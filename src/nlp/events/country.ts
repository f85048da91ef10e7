// The country an entity belongs to, from the report (a state's or a town's own country) or the knowledge base (a
// person's or a body's): for a foreign speaker (foreign.ts) and a nationality before a group noun (mentions.ts).
import type { Entity } from '../../core/types.js';
import { currentKb } from '../entities/kbview.js';
import { normAlias } from '../../kb/normalize.js';

/** The country (ISO 3166-1 alpha-2) an entity belongs to, when the report or the knowledge base says. */
export function entityCountry(e: Entity): string | undefined {
  const own = e.geo?.country ?? e.iso;
  if (own) return own;
  if (e.type !== 'PERSON' && e.type !== 'ORG' && e.type !== 'NORP') return undefined;
  const kb = currentKb();
  if (!kb) return undefined;
  const byQid = e.kb?.wikidata ? kb.get(e.kb.wikidata) : undefined;
  if (byQid?.country) return byQid.country;
  // a hand row without a QID ("Kremlin"): the entry of the same name and type, when the name is not shared
  const same = kb.byAlias(normAlias(e.kb?.name ?? e.name)).filter((x) => x.type === e.type && x.country);
  const countries = new Set(same.map((x) => x.country));
  return countries.size === 1 ? [...countries][0] : undefined;
}
