// The body or place named at the front of an event's name is a mention of its own (issue #3: names swallowed by an
// event, "found as OTHER, span longer"): "the FIFA World Cup" names FIFA, "the 1960 Rome Olympics" Rome, "the NATO
// summit" NATO. The event keeps its whole name (OTHER, unscored); the owner is an overlapping mention, as a
// country's short form before a state body is (index.ts countryPrefixes). Only a KB organisation or a settlement or
// country (not a continent or a region: "Africa Cup of Nations", "Asian Games"), by one or two capitalised words
// right at the front (after a year) and before the event's head word (data/lexicon/event-owner-heads.txt).
import { readWordSet } from '../../core/word-lists.js';
import type { EntityKb } from './kbview.js';
import { prominence } from './kbview.js';
import { type Cand, spanKey } from './recognize.js';
import type { Tok } from './tokenize.js';

let heads: ReadonlySet<string> | undefined;

const OWNER_KINDS = new Set(['COUNTRY', 'CITY']);

export function eventOwners(toks: readonly Tok[], chosen: readonly Cand[], kb: EntityKb | null): Cand[] {
  if (!kb) return [];
  heads ??= readWordSet('event-owner-heads.txt');
  const out: Cand[] = [];
  for (const c of chosen) {
    if (c.type !== 'OTHER' || c.cs !== undefined || !heads.has(toks[c.e - 1]!.lower)) continue;
    let s = c.s;
    if (/^\d{4}$/.test(toks[s]!.text)) s++;
    for (const n of [2, 1]) {
      if (s + n > c.e - 1) continue; // the head stays the event's
      if (!toks.slice(s, s + n).every((t) => t.isWord && t.cap && !t.poss)) continue;
      const key = spanKey(toks, s, s + n);
      if (kb.isWeak?.(key) || kb.byDemonym?.(key)?.length) continue;
      const ents = kb.byAlias(key).filter((x) => (x.type === 'ORG' || (x.type === 'GPE' && OWNER_KINDS.has(x.kind ?? ''))) && prominence(x) >= 40);
      if (!ents.length) continue;
      out.push({ s, e: s + n, type: ents[0]!.type, src: 'kb', rule: 'event-owner', score: 0, entries: ents });
      break;
    }
  }
  return out;
}
