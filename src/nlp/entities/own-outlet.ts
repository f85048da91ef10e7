// The report's own outlet among the entities: "told the Post" in a South China Morning Post report, "the Times" in a
// New York Times report name that outlet, although the KB holds "the Post" and "the Times" as weak aliases of many.
// Whether a span names the outlet is the attribution stage's test (namesOutlet), plus the outlet's last words.
import type { KbEntry } from '../../kb/types.js';
import { normAlias } from '../../kb/normalize.js';
import { endsOutlet, namesOutlet } from '../attribution/own-outlet.js';
import type { EntityKb } from './kbview.js';

/** The report's outlet (metadata) and its KB media entry. */
export interface OwnOutlet { name: string; entry: KbEntry }

/** The outlet's KB entry, looked up once per document; undefined for an outlet the KB does not hold as media. */
export function ownOutlet(kb: EntityKb | null, outlet: string | undefined): OwnOutlet | undefined {
  if (!kb || !outlet) return undefined;
  const entry = kb.byAlias(normAlias(outlet)).find((e) => e.kind === 'MEDIA');
  return entry ? { name: outlet, entry } : undefined;
}

/** The outlet's entry when `surface` (a mention as written) names it: by namesOutlet or as its last words. */
export function ownOutletMention(own: OwnOutlet | undefined, surface: string): KbEntry | undefined {
  if (!own) return undefined;
  return namesOutlet(surface, own.name) || endsOutlet(surface, own.name) ? own.entry : undefined;
}
