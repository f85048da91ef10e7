// Short forms of organisations named after a place (issue #3: coreference of short names). A firm or club whose name
// is a place word and a word of its own ("Alaska Airlines", "Alameda Research", "Birmingham City", "Real Madrid") is
// named again, once the text has given it in full, by the place word alone: "Alaska grounded its fleet", "Caroline
// Ellison, who ran Alameda", "Birmingham retired his shirt". The KB links such a word to the place; resolve.ts calls
// `orgShortForms` after clustering to give those mentions to the organisation.
//
// The place keeps its mentions when any of them reads as the place — a place preposition before it ("across
// Alaska"), a place noun after it ("Alaska officials", clubs.ts placeNounsAfter), a hyphenated compound
// ("Alaska-based"), a place after a comma ("Alameda, California") — so one word does not name two referents in one
// text. A country, and a capital that stands for its state ("Washington said" beside the Washington Post), stay
// places, except beside a sports club the KB knows ("Real Madrid … Madrid said"). So does a word that two organisations
// of the text hold, a word the text uses before naming the organisation in full, and a word of a name with a
// connective ("Bank of Japan", "University of California") or a government's words ("Lagos State Government").
import type { EntityType } from '../../core/types.js';
import type { KbEntry } from '../../kb/types.js';
import { lexicon } from './lexicon.js';
import type { Tok } from './tokenize.js';

/** A mention as resolve.ts holds it (only what this rule reads and writes). */
export interface ShortFormMention { c: { s: number; e: number }; start: number; type: EntityType; entry?: KbEntry; words: string[]; rule: string; adj: boolean }
/** An entity as resolve.ts holds it. */
export interface ShortFormEntity<M extends ShortFormMention> { type: EntityType; entry?: KbEntry; ms: M[]; words: string[] }

const PLACE = new Set<EntityType>(['GPE', 'LOC', 'FAC']);
/** Prepositions after which a place word is the place whatever the text names ("in", "across"; not "to", "from", "at"). */
const PLACE_PREPS = new Set(['in', 'near', 'outside', 'inside', 'around', 'throughout', 'across', 'within', 'north', 'south', 'east', 'west']);
/** Words of an organisation's name that make it a government's or a place's body, not a firm or club of that name. */
const BODY_WORDS = new Set(['government', 'state', 'council', 'police', 'province', 'county', 'municipality', 'city', 'port', 'assembly', 'ministry', 'court']);
const CONNECTIVES = new Set(['of', 'for', 'and', 'de', 'del', 'la', 'the', '&']);

/** The mention of one word at token i reads as the place: see the module comment. */
export function placeReadingAt(toks: readonly Tok[], i: number): boolean {
  const L = lexicon();
  const t = toks[i]!; const p = toks[i - 1]; const n = toks[i + 1]; const n2 = toks[i + 2];
  // (not before a possessive: "in Madrid's history" is in the club's)
  if (p && p.sent === t.sent && !p.cap && PLACE_PREPS.has(p.lower) && !n?.poss) return true;
  if (/[-–]/.test(t.text) || (n && n.sent === t.sent && (n.text === '-' || n.text === '–'))) return true;
  if (n && n.sent === t.sent && n.isWord && !n.cap && L.clubPlaceNounsAfter.has(n.lower)) return true;
  if (n && n.poss && n2 && n2.sent === t.sent && n2.isWord && !n2.cap && L.clubPlaceNounsAfter.has(n2.lower)) return true;
  return false;
}

/** A place mention right after a comma after token i, or ending right before a comma before it. */
function commaPlace(toks: readonly Tok[], i: number, placeAt: (k: number) => boolean, placeEndAt: (k: number) => boolean): boolean {
  const sent = toks[i]!.sent; const n = toks[i + 1]; const p = toks[i - 1];
  if (n && n.text === ',' && n.sent === sent && placeAt(i + 2)) return true;
  return !!p && p.text === ',' && p.sent === sent && placeEndAt(i - 2);
}

/**
 * Moves the mentions of one-word place entities that are the short form of an organisation of the text (see the
 * module comment) to that organisation. `placeAt(k)` / `placeEndAt(k)`: a place mention starts / ends at token k; `orgCueAt(m)`: the words around
 * mention m make it an organisation's (cues.ts). Returns the entities emptied.
 */
export function orgShortForms<M extends ShortFormMention, E extends ShortFormEntity<M>>(
  ents: readonly E[], toks: readonly Tok[], placeAt: (k: number) => boolean, placeEndAt: (k: number) => boolean, orgCueAt: (m: M) => boolean, attach: (m: M, e: E) => void): E[] {
  const owners = new Map<string, E[]>();
  for (const e of ents) {
    if (e.type !== 'ORG' || e.words.length < 2 || e.words.length > 3) continue;
    if (e.words.some((w) => CONNECTIVES.has(w))) continue;
    const club = e.entry?.kind === 'CLUB';
    if (!club && e.words.some((w) => BODY_WORDS.has(w))) continue;
    for (const w of new Set([e.words[0]!, e.words[e.words.length - 1]!])) {
      const l = owners.get(w) ?? [];
      l.push(e);
      owners.set(w, l);
    }
  }
  if (!owners.size) return [];
  const emptied: E[] = [];
  for (const e of ents) {
    const entry = e.entry;
    if (!entry || !PLACE.has(e.type) || entry.kind === 'COUNTRY' || !e.ms.length) continue;
    if (e.ms.some((m) => m.adj || m.words.length !== 1)) continue;
    const word = e.ms[0]!.words[0]!;
    if (e.ms.some((m) => m.words[0] !== word)) continue;
    const own = owners.get(word);
    if (!own || own.length !== 1) continue;
    const org = own[0]!;
    if (entry.standsFor && org.entry?.kind !== 'CLUB') continue;
    // the organisation named in full before the first bare word
    const firstFull = Math.min(...org.ms.filter((m) => m.words.length >= 2).map((m) => m.start));
    if (!(firstFull < Math.min(...e.ms.map((m) => m.start)))) continue;
    // ("Alameda, California", "Los Angeles, California": a place after or before a comma)
    const keeps = e.ms.some((m) => placeReadingAt(toks, m.c.s) || commaPlace(toks, m.c.s, placeAt, placeEndAt));
    if (keeps) continue;
    // a state or province acts as a polity ("Connecticut is a member of …" beside the Connecticut Lottery): one
    // mention must read as a firm's ("Alaska grounded its fleet", "Alaska's shares")
    if (entry.kind === 'REGION' && !e.ms.some(orgCueAt)) continue;
    for (const m of e.ms) { m.type = 'ORG'; m.entry = org.entry; m.rule = 'coref-org-short-form'; attach(m, org); }
    e.ms = [];
    emptied.push(e);
  }
  return emptied;
}
