// The report's own outlet among the entities: "told the Post" in a South China Morning Post report, "the Times" in a
// New York Times report name that outlet, although the KB holds "the Post" and "the Times" as weak aliases of many.
// Whether a span names the outlet is the attribution stage's test (namesOutlet), plus the outlet's last words.
import type { KbEntry } from '../../kb/types.js';
import { normAlias } from '../../kb/normalize.js';
import { endsOutlet, namesOutlet } from '../attribution/own-outlet.js';
import type { EntityKb } from './kbview.js';
import { type Cand, spanKey } from './recognize.js';
import type { Tok } from './tokenize.js';

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

/**
 * "told Sowetan", "told BNamericas that": the report's outlet (metadata) written out in its text names that outlet
 * even when the KB does not hold it — an organisation, where the tagger finds nothing or a person. Spans spelt exactly
 * as the outlet (case and words), starting with a capital; not when the KB holds the outlet as media (own-outlet
 * linking does that) nor when the name is a place the KB knows.
 */
export function outletNameCandidates(toks: readonly Tok[], text: string, outlet: string | undefined, kb: EntityKb | null, own: OwnOutlet | undefined): Cand[] {
  const name = (outlet ?? '').replace(/^the\s+/i, '').trim();
  if (own || !name || !/^\p{Lu}/u.test(name) || name.length < 3) return [];
  // an outlet named with its article ("The Independent", "The Citizen", "The Nation") is a common word without it:
  // only "the" + its name names it ("told The Independent"; not "Independent candidates won")
  const article = /^the\s/i.test((outlet ?? '').trim());
  const out: Cand[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (text.startsWith(name, toks[i]!.start) === false) continue;
    if (article && toks[i - 1]?.lower !== 'the') continue;
    const endAt = toks[i]!.start + name.length;
    let e = i;
    while (e < toks.length && toks[e]!.end <= endAt) e++;
    if (e === i || toks[e - 1]!.end !== endAt) continue;
    const after = text[endAt] ?? ' ';
    if (/[\p{L}\p{N}]/u.test(after)) continue;
    if (kb && kb.byAlias(spanKey(toks, i, e)).some((x) => x.type === 'GPE' || x.type === 'LOC')) continue;
    out.push({ s: i, e, type: 'ORG', src: 'head', rule: 'own-outlet-name', score: 0 });
  }
  return out;
}
