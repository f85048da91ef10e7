// The words around a KB match choose among the entries of its alias, or overrule them (resolve.ts, before `pick`):
// prominence alone reads "Patagonia, the outdoor clothing company" as the region, "Police in Wembley" as the stadium,
// "Emirates said" as the country and "shares of Vale" as a parish of Guernsey.
import type { EntityType } from '../../core/types.js';
import type { KbEntry } from '../../kb/types.js';
import { normAlias } from '../../kb/normalize.js';
import { prominence } from './kbview.js';
import type { Cand } from './recognize.js';
import { contextCueType } from './cues.js';
import type { Tok } from './tokenize.js';

const PLACE_T = new Set<EntityType>(['GPE', 'LOC']);

function sameKind(t: EntityType, e: KbEntry): boolean { return e.type === t || (PLACE_T.has(t) && PLACE_T.has(e.type)); }

/** A place too minor for a description of another kind to be wrong about it: no country, continent or major city. */
function minorPlace(e: KbEntry): boolean {
  return PLACE_T.has(e.type) && e.kind !== 'COUNTRY' && e.kind !== 'CONTINENT' && prominence(e) < 50;
}

/** What the document says a name is, from one mention: the entries that fit, or none and the type. */
export interface KindEvidence { type: EntityType; entries: readonly KbEntry[] | undefined }

/**
 * The kind an apposition ("Patagonia, the outdoor clothing company", "Toyota, the city") or a context cue ("shares of
 * Vale", "Vale's chief executive", "residents of Toyota"; cues.ts) gives a KB match [c.s, c.e), as evidence for every
 * mention of the name in the document: the entries of that kind, or — for an apposition, when the KB has none and
 * every entry is a minor place — no link and the kind's type (a cue alone only chooses among the entries: in
 * GeoWebNews, "X's members" and the like are said of places too). Undefined when nothing around the mention speaks, or it agrees with what
 * the KB would pick anyway, or it would overrule a country or a major place ("Brazil, the world's largest producer").
 */
export function kindEvidence(toks: readonly Tok[], c: Cand, entries: readonly KbEntry[]): KindEvidence | undefined {
  if (c.cs !== undefined || !entries.length) return undefined;
  let kind: EntityType | undefined = c.src === 'appos' && c.type !== 'PERSON' ? c.type : c.apposType;
  const byAppos = !!kind;
  if (!kind) {
    const cue = contextCueType(toks, c.s, c.e, false);
    if (cue === 'ORG' || cue === 'GPE') kind = cue;
  }
  if (!kind || kind === 'OTHER') return undefined;
  const fit = entries.filter((e) => sameKind(kind, e));
  if (fit.length === entries.length) return undefined;
  if (fit.length) return { type: fit[0]!.type, entries: fit };
  // only an apposition says what a name is against all the KB holds; a cue ("X's members") only chooses
  // (and only an organisation: "Sevastopol, the naval base" is still where the place is)
  if (byAppos && kind === 'ORG' && entries.every(minorPlace)) return { type: kind, entries: undefined };
  return undefined;
}

/**
 * Per-mention choices among the entries of one alias: a country whose name takes the article ("the Emirates", listed so
 * among its aliases) written without it is the other entry of that alias ("Emirates said", the airline); a facility
 * after "in" is the town of the same name ("Police in Wembley"; "at Wembley" stays the stadium).
 */
export function mentionEntries(toks: readonly Tok[], c: Cand, surface: string, entries: readonly KbEntry[]): readonly KbEntry[] {
  if (entries.length < 2 || c.cs !== undefined) return entries;
  const prev = toks[c.s - 1];
  const prevLower = prev && prev.sent === toks[c.s]!.sent ? prev.lower : '';
  let out = entries;
  if (prevLower !== 'the') {
    const withThe = normAlias('the ' + surface);
    const bare = normAlias(surface);
    const needsArticle = (e: KbEntry) => e.kind === 'COUNTRY' && (e.aliases ?? []).some((a) => normAlias(a) === withThe)
      && normAlias(e.name) !== bare;
    const rest = out.filter((e) => !needsArticle(e));
    if (rest.length && rest.length < out.length && rest.some((e) => !PLACE_T.has(e.type))) out = rest;
  }
  if (prevLower === 'in' && out.some((e) => e.type === 'FAC')) {
    const places = out.filter((e) => PLACE_T.has(e.type));
    if (places.length) out = places;
  }
  return out;
}
