// The per-document context of the events stage (tokens, lowercase words, mentions, sentence ranges,
// trigger marks) and the draft event that the steps fill in.
import type { Sentence, Token } from '../../core/types.js';
import type { NlpDoc } from '../doc.js';
import type { Lexicon } from './lexicon.js';
import { buildMentions, isCountryEntity, type MentionIndex } from './mentions.js';
import { docTokens } from './tokens.js';
import { entityGenders } from '../attribution/gender.js';
import { HARD_PUNCT, HARD_WORDS } from './words.js';
import { lowerBound } from '../../core/lower-bound.js';

export interface Ctx {
  doc: NlpDoc;
  lex: Lexicon;
  toks: Token[];
  low: string[];
  ments: MentionIndex;
  /** Token index range [s0, s1) for each sentence. */
  sentRange: Array<[number, number]>;
  sentences: Sentence[];
  /** The document's main places, used for located events whose sentence names none. */
  mainPlaces: string[];
  weaponSent: Set<number>;
  cueTokens: Uint8Array;
  /** 1 where a trigger was found (right-hand argument scans stop at another event's trigger). */
  trig: Uint8Array;
  /** 1 where a reaction to another event was found ("condemned", "congratulated"): its subject is not that event's agent. */
  react: Uint8Array;
  /** 1 where a STATEMENT trigger was found. */
  stmt: Uint8Array;
  /** The type each trigger lemma last had in the document ("the collapse" later in a report on a bridge's collapse). */
  lemmaType: Map<string, string>;
  /** The document's lowercase words, built on first use by document-level context checks. */
  docWords?: Set<string>;
  /** The dateline's town in the report's main country (places.ts datelineTown), found on first use; null for none. */
  dateline?: { id: string; sentence: number } | null;
  /** Candidate lemmas per token, filled on demand by context checks. */
  cands: Array<string[] | undefined>;
}

export interface Draft {
  type: string;
  lemma: string;
  t0: number;
  t1: number;
  noun: boolean;
  args: Map<string, string[]>;
  time?: number;
  rule: string[];
  sentence: number;
  paragraph: number;
  definite: boolean;
  /** Token of another trigger inside this event's complement ("discuss … to provide support"). */
  nestedAt?: number;
  /** Arguments are being sought from a light verb governing the trigger ("held talks"). */
  viaLight?: boolean;
  /** A passive verb form ("was announced by Pfizer"). */
  passive?: boolean;
}

export const isWordTok = (t: Token | undefined): boolean => !!t && (t.kind === 'WORD');

export function hard(ctx: Ctx, k: number): boolean {
  const w = ctx.low[k]!;
  return HARD_PUNCT.has(w) || HARD_WORDS.has(w);
}


export function addArg(d: Draft, role: string, ids: readonly string[]): void {
  const arr = d.args.get(role) ?? [];
  for (const id of ids) if (!arr.includes(id)) arr.push(id);
  if (arr.length) d.args.set(role, arr);
}

export function buildCtx(doc: NlpDoc, lex: Lexicon): Ctx {
  const { sentences, tokens } = docTokens(doc);
  const low = tokens.map((t) => {
    const w = doc.text.slice(t.start, t.end).toLowerCase();
    return w.includes('’') ? w.replace(/’/g, "'") : w;
  });
  const sentRange: Array<[number, number]> = sentences.map(() => [0, 0]);
  let cur = -1;
  for (let i = 0; i < tokens.length; i++) {
    const s = tokens[i]!.sentence;
    if (s < 0 || s >= sentRange.length) continue;
    if (s !== cur) { sentRange[s]![0] = i; cur = s; }
    sentRange[s]![1] = i + 1;
  }
  const ments = buildMentions(doc.text, tokens, low, doc.entities ?? [], entityGenders(doc));
  const weaponSent = new Set<number>();
  for (const m of ments.list) if (m.type === 'WEAPON') weaponSent.add(tokens[m.t0]!.sentence);
  const cueTokens = new Uint8Array(tokens.length);
  for (const c of doc.claims ?? []) {
    for (const l of c.attribution ?? []) {
      if (!l.cueSpan) continue;
      for (let k = Math.max(0, tokensStartAt(tokens, l.cueSpan.start)); k < tokens.length && tokens[k]!.start < l.cueSpan.end; k++) cueTokens[k] = 1;
    }
  }
  // The document's main place: its most mentioned country (true of any place inside it), else its most
  // mentioned place.
  const counts = new Map<string, number>();
  for (const m of ments.list) if (!m.pseudo && (m.type === 'GPE' || m.type === 'LOC')) counts.set(m.ids[0]!, (counts.get(m.ids[0]!) ?? 0) + 1);
  let mainPlace: string | undefined, best = 0, mainCountry: string | undefined, bestCountry = 0;
  for (const [id, n] of counts) {
    if (n > best) { best = n; mainPlace = id; }
    const e = ments.byId.get(id);
    if (e && isCountryEntity(e) && n > bestCountry) { bestCountry = n; mainCountry = id; }
  }
  // Fallback places: the main country and the main place; without country information, the two most
  // mentioned places (the second only when named at least twice).
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const mainPlaces: string[] = [];
  if (mainCountry) mainPlaces.push(mainCountry);
  if (mainPlace && !mainPlaces.includes(mainPlace)) mainPlaces.push(mainPlace);
  if (!mainCountry && ranked[1] && ranked[1][1] >= 2) mainPlaces.push(ranked[1][0]);
  return { doc, lex, toks: tokens as Token[], low, ments, sentRange, sentences: sentences as Sentence[], mainPlaces, weaponSent, cueTokens, trig: new Uint8Array(tokens.length), react: new Uint8Array(tokens.length), stmt: new Uint8Array(tokens.length), lemmaType: new Map(), cands: new Array<string[] | undefined>(tokens.length) };
}

export function tokensStartAt(tokens: readonly Token[], offset: number): number {
  return lowerBound(tokens.length, (m) => tokens[m]!.end <= offset);
}
