// Source classification: kind (MEDIA, AGENCY, GOVERNMENT, OFFICIAL, PERSON, ORG, UNNAMED) and entity link.
import type { Entity, SourceKind } from '../../core/types.js';
import type { NlpDoc } from '../doc.js';
import { existsSync } from 'node:fs';
import { getKb, KB_PATH } from '../../kb/load.js';
import { normAlias } from '../../kb/normalize.js';
import * as L from './lexicon.js';
import { lowerBound } from '../../core/lower-bound.js';

const set = (a: readonly string[]): Set<string> => new Set(a);
const MEDIA = set(L.MEDIA_NOUNS);
const AGENCY = set(L.AGENCY_NOUNS);
const KMEDIA = set(L.KNOWN_MEDIA);
const KAGENCY = set(L.KNOWN_AGENCIES);
const OFFICIAL = set(L.OFFICIAL_NOUNS);
const GOV = set(L.GOVERNMENT_NOUNS);
const UNNAMED = set(L.UNNAMED_SOURCE_NOUNS);
const DET = set(L.DETERMINERS);
const KINDS = new Set<SourceKind>(['MEDIA', 'AGENCY', 'GOVERNMENT', 'OFFICIAL', 'PERSON', 'ORG', 'UNNAMED']);

type KbLike = { byAlias(a: string): readonly { type: string; kind?: string }[] };
let kbCache: KbLike | null | undefined;
/** Overrides the knowledge base (tests); `null` means lexicon only. */
export function setKb(kb: KbLike | null): void { kbCache = kb; }
/** The shared knowledge base, loaded synchronously on first use so every document sees the same one. */
function kb(): KbLike | null {
  if (kbCache === undefined) {
    try { kbCache = existsSync(KB_PATH) ? (getKb() as unknown as KbLike) : null; } catch { kbCache = null; }
  }
  return kbCache;
}

const words = (s: string): string[] => s.toLowerCase().replace(/[’]/g, "'").replace(/'s\b/g, '').split(/[^\p{L}\p{N}'\-]+/u).filter(Boolean);

function kbKind(name: string): SourceKind | undefined {
  const k0 = kb();
  if (!k0) return undefined;
  const hits = k0.byAlias(normAlias(name));
  for (const h of hits) {
    const k = (h.kind ?? '').toUpperCase();
    if (k === 'MEDIA' || k === 'AGENCY' || k === 'GOVERNMENT' || k === 'OFFICIAL') return k;
    if (k === 'IGO' || k === 'COMPANY' || k === 'PARTY' || k === 'NGO') return 'ORG';
  }
  return undefined;
}

/** Strips a leading determiner and a trailing possessive for look-ups ("the BBC's" → "BBC"). */
export function bareName(s: string): string {
  const w = s.trim().split(/\s+/);
  while (w.length > 1 && DET.has(w[0]!.toLowerCase())) w.shift();
  return w.join(' ').replace(/['’]s?$/u, '');
}

/** Is a source kind an outlet: a news medium or a news agency? */
export const isOutletKind = (k: string | undefined): boolean => k === 'MEDIA' || k === 'AGENCY';

/** Is this phrase a medium (→ link for "told Y", "speaking to Y")? */
export function isMedium(text: string, entity?: Entity): boolean {
  return isOutletKind(kindOf(text, entity, ''));
}

/** The kind of a source phrase; `appos` is an appositive describing it ("spokesman for …"). */
export function kindOf(text: string, entity: Entity | undefined, appos: string): SourceKind {
  if (entity?.kind && KINDS.has(entity.kind.toUpperCase() as SourceKind)) return entity.kind.toUpperCase() as SourceKind;
  const bare = bareName(text);
  const lower = bare.toLowerCase();
  // a generic state body ("the army", "the ministry") is GOVERNMENT, whatever a title-cased namesake is in the KB
  if (!entity && !/\p{Lu}/u.test(text.replace(/^\p{Lu}/u, ''))) {
    const gw = words(text);
    if (gw.length && gw.length <= 3 && GOV.has(gw[gw.length - 1]!)) return 'GOVERNMENT';
  }
  const kb = kbKind(bare);
  if (kb) return kb;
  if (KAGENCY.has(lower)) return 'AGENCY';
  if (KMEDIA.has(lower)) return 'MEDIA';
  // an unresolved personal pronoun is still a person ("she said"), never an organisation
  if (/^(he|she|i|him|her)$/.test(lower)) return 'PERSON';
  const ws = words(text);
  const aw = words(appos);
  const head = ws[ws.length - 1] ?? '';
  const lead = ws.filter((w) => !DET.has(w)).slice(0, 2);
  if (ws.length && (UNNAMED.has(head) || lead.some((w) => UNNAMED.has(w))) && !ws.some((w) => /^\p{Lu}/u.test(w))) {
    // "sources", "reports", "people familiar with the matter" — only when nothing names them
    if (!/\p{Lu}/u.test(text.replace(/^\p{Lu}/u, ''))) return 'UNNAMED';
  }
  const hasAll = (xs: string[], s: Set<string>): boolean => xs.some((w) => s.has(w));
  if (ws.includes('agency') && (ws.includes('news') || ws.includes('press'))) return 'AGENCY';
  if (aw.includes('agency') && (aw.includes('news') || aw.includes('press'))) return 'AGENCY';
  if (hasAll(ws, MEDIA) && !hasAll(ws, OFFICIAL)) return 'MEDIA';
  if (entity?.type === 'PERSON') return hasAll(aw, OFFICIAL) || hasAll(ws, OFFICIAL) ? 'OFFICIAL' : 'PERSON';
  if (hasAll(ws, OFFICIAL) && !GOV.has(head) && head !== 'office') return 'OFFICIAL';
  if (GOV.has(head) || GOV.has(lower) || hasAll(ws.slice(-2), GOV)) return 'GOVERNMENT';
  if (entity?.type === 'GPE') return 'GOVERNMENT';
  if (entity?.type === 'ORG') return hasAll(aw, MEDIA) ? 'MEDIA' : hasAll(aw, AGENCY) ? 'AGENCY' : 'ORG';
  if (hasAll(aw, OFFICIAL)) return 'OFFICIAL';
  if (hasAll(aw, MEDIA)) return 'MEDIA';
  // a capitalised two-to-four word name without determiner reads as a person
  const toks = bare.split(/\s+/);
  const capName = toks.every((t) => /^\p{Lu}/u.test(t) || /^(al|el|bin|de|da|van|von|der|abu|ben)[-]?/u.test(t));
  if (capName && toks.length >= 2 && toks.length <= 4 && !/[A-Z]{2,}/.test(bare)) return 'PERSON';
  if (/^\p{Lu}/u.test(bare) && !DET.has(ws[0] ?? '')) return toks.length === 1 && /^\p{Lu}[\p{Ll}]+$/u.test(bare) ? 'PERSON' : 'ORG';
  if (/^\p{Lu}/u.test(bare)) return 'ORG';
  return ws.length && /s$/.test(head) ? 'PERSON' : 'ORG';
}

/** Mentions by start offset for overlap look-up. */
export interface MentionIndex { starts: number[]; ends: number[]; ents: Entity[] }
export function indexMentions(doc: NlpDoc): MentionIndex {
  const rows: Array<[number, number, Entity]> = [];
  for (const e of doc.entities) for (const m of e.mentions) rows.push([m.start, m.end, e]);
  rows.sort((a, b) => a[0] - b[0]);
  return { starts: rows.map((r) => r[0]), ends: rows.map((r) => r[1]), ents: rows.map((r) => r[2]) };
}
/** The entity with the longest mention overlapping [s, e); persons and organisations first. */
export function entityAt(ix: MentionIndex, s: number, e: number): Entity | undefined {
  const lo = lowerBound(ix.starts.length, (m) => ix.starts[m]! < e);
  let best: Entity | undefined;
  let bestLen = 0;
  for (let i = lo - 1; i >= 0 && i >= lo - 40; i--) {
    if (ix.ends[i]! <= s) continue;
    const len = Math.min(e, ix.ends[i]!) - Math.max(s, ix.starts[i]!);
    const ent = ix.ents[i]!;
    const bonus = ent.type === 'PERSON' || ent.type === 'ORG' ? 1000 : 0;
    if (len > 0 && len + bonus > bestLen) { best = ent; bestLen = len + bonus; }
  }
  return best;
}
