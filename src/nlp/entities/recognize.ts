// Mention recognition: candidate spans from the knowledge-base gazetteer, the perceptron tagger and
// lexicon rules (titles, organisation/facility/location heads, locative cues), then a greedy
// non-overlapping selection by score.
import { spaceLaunchRocket } from './space-launch.js';
import type { EntityType } from '../../core/types.js';
import type { KbEntry } from '../../kb/types.js';
import { isCommonEnglishWord, lexicon } from './lexicon.js';
import { type EntityKb, prominence, surfaceCapMask } from './kbview.js';
import { LABELS, WC_GIVEN, WC_LOWER, WC_ORG, WC_PERSON, WC_PLACE, WC_SURNAME, type Perceptron, wordClassOf, kbTags, docCues, FEAT } from './tagger.js';
import { type Tok, tokNorm } from './tokenize.js';
import { miscNameCandidates } from './miscnames.js';
import { readWordSet } from '../../core/word-lists.js';
import { platformXIndexes } from './platform-x.js';
import { bodyTitleCandidates } from './body-title.js';
import { trimTitlePortfolios } from './title-of-lead.js';
import { isTitleTok, isTitleWord, ordinaryWord, spanKey, stripDot } from './name-words.js';
export { spanKey, stripDot } from './name-words.js';
import { type OwnOutlet, ownOutletMention } from './own-outlet.js';
import { afterCueType, contextCueType, distanceAppositionAfter, itsAfterSpeech, itsPossessedAfter, placePrepBefore } from './cues.js';
import { celestialCandidates, celestialTaggedBody, naturalFeatureCandidates, spaceSentences, orgNameNounCandidates } from './features.js';

export type Source = 'kb' | 'dem' | 'model' | 'title' | 'head' | 'locative' | 'acronym' | 'part' | 'appos' | 'given';

export interface Cand {
  s: number; e: number; // token indices [s, e)
  type: EntityType;
  src: Source;
  rule: string;
  score: number;
  entries?: readonly KbEntry[];
  /** tagger type for the span, when the tagger proposed it */
  tagType?: string;
  /** apposition role head words ("secretary general"), for later "the secretary general" mentions */
  roleHead?: string[];
  /** character sub-range when the mention is part of a token ("Benghazi" in "Benghazi-based") */
  cs?: number; ce?: number;
  /** the type an apposition naming the kind gives the span ("Patagonia, the outdoor clothing company" → ORG), kept
   *  when a KB match over the same tokens wins the selection (resolve.ts weighs it against the KB entries) */
  apposType?: EntityType;
}

export interface SentRange { from: number; to: number }

/** A plural role noun's singular ("ministers" → "minister", "secretaries" → "secretary"); "" for a word not in -s. */
function singular(w: string): string {
  return /ies$/.test(w) ? w.slice(0, -3) + 'y' : /[^s]s$/.test(w) ? w.slice(0, -1) : '';
}

export function sentenceRanges(toks: readonly Tok[]): SentRange[] {
  const out: SentRange[] = [];
  let from = 0;
  for (let i = 1; i <= toks.length; i++) {
    if (i === toks.length || toks[i]!.sent !== toks[i - 1]!.sent) { out.push({ from, to: i }); from = i; }
  }
  return out;
}

const SPAN_JOIN = new Set(['-', '&', '.', '‐', '‑']);

function startsDigit(t: Tok): boolean { const c = t.text.charCodeAt(0); return c >= 48 && c <= 57; }

/** Per-token tagger labels for the whole document. */
export function tagDocument(tagger: Perceptron | null, toks: readonly Tok[], sents: readonly SentRange[], lowerSeen: ReadonlySet<string>, kb: EntityKb | null = null): Int8Array {
  const out = new Int8Array(toks.length);
  if (!tagger) return out;
  const L = lexicon();
  const cues = FEAT & (1024 | 2048) ? docCues(toks.filter((t) => !t.headline)) : undefined;
  for (const r of sents) {
    // headline case: capitalisation carries no signal, the KB and body mentions decide
    if (r.to > r.from && toks[r.from]!.headline) continue;
    // nothing capitalised but an ordinary first word ("He said the …"): nothing to tag
    let caps = 0;
    for (let i = r.from; i < r.to; i++) {
      const t = toks[i]!;
      if (t.cap && !(t.sentStart && L.nonEntities.has(t.lower))) { caps++; break; }
    }
    if (!caps) continue;
    if (r.to - r.from > 400) {
      // pathological "sentence": tag in windows to bound cost
      for (let a = r.from; a < r.to; a += 200) { const sl = toks.slice(a, Math.min(r.to, a + 200)); out.set(tagger.tag(sl, lowerSeen, kbTags(sl, kb), cues), a); }
    } else { const sl = toks.slice(r.from, r.to); out.set(tagger.tag(sl, lowerSeen, kbTags(sl, kb), cues), r.from); }
  }
  return out;
}

export function tagSpans(labels: Int8Array, sents: readonly SentRange[]): { s: number; e: number; type: string }[] {
  const out: { s: number; e: number; type: string }[] = [];
  for (const r of sents) {
    let cur: { s: number; e: number; type: string } | null = null;
    for (let i = r.from; i < r.to; i++) {
      const l = LABELS[labels[i]!]!;
      if (l === 'O') { if (cur) out.push(cur); cur = null; continue; }
      const ty = l.slice(2);
      if (l[0] === 'B' || !cur || cur.type !== ty) { if (cur) out.push(cur); cur = { s: i, e: i + 1, type: ty }; } else cur.e = i + 1;
    }
    if (cur) out.push(cur);
  }
  return out;
}

export interface RecognizeInput {
  text: string; toks: Tok[]; sents: SentRange[]; kb: EntityKb | null; labels: Int8Array; lowerSeen: ReadonlySet<string>;
  /** The report's outlet and its KB entry: "told the Post" in a South China Morning Post report is that outlet. */
  own?: OwnOutlet;
}

const WEB_DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|gov|edu|int|io|info|news|co\.uk|org\.uk|ac\.uk)$/iu;
const PRO_ANTI = /^(?:pro|anti)[-‐‑]/i;
const DEMONYM_SUFFIX = /(?:an|ian|ean|ese|ish|ic|av|ot)$/;

/**
 * The tagger often leaves a lower-case name particle (lexicon `personParticles`) outside and splits the person in two ("Dorothea" + "Schlegel",
 * or "Marcus" PER + "Sautoy" MISC). A person span, one or two particles, then a capitalised span starting right after
 * them become one person's name. Not across other words, and "y" only after a name of two words or more ("Diego
 * Silang y Andaya"; not "Pedro y Pablo").
 */
export function joinNameParticles(toks: readonly Tok[], spans: { s: number; e: number; type: string }[]): { s: number; e: number; type: string }[] {
  const particles = lexicon().personParticles;
  const out: { s: number; e: number; type: string }[] = [];
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i]!;
    const b = spans[i + 1];
    if (a.type === 'PER' && b && b.s > a.e && b.s - a.e <= 2 && toks[b.s]!.cap && toks[a.e - 1]!.cap && toks[b.s]!.sent === toks[a.e]!.sent) {
      let ok = true;
      for (let k = a.e; k < b.s; k++) { const t = toks[k]!; if (!particles.has(t.text) || (t.text === 'y' && a.e - a.s < 2)) ok = false; }
      // the span after the particle is a surname, not a longer name of its own ("de Gaulle", not "de Paris Airport")
      if (ok && b.e - b.s <= 2) { out.push({ s: a.s, e: b.e, type: 'PER' }); i++; continue; }
    }
    out.push(a);
  }
  // "Hamad bin Isa Al Khalifa", "Vincent van Gogh" with only the part after the particle tagged: the capitalised word
  // before the particle belongs to the name when the particle is a patronymic (bin, ibn, bint: a given name always
  // precedes it) or the word is a known given name
  for (let n = 0; n < out.length; n++) {
    const b = out[n]!;
    if (b.type !== 'PER') continue;
    let k = b.s;
    while (k > 0 && b.s - k < 2 && particles.has(toks[k - 1]!.text)) k--;
    if (k === b.s || k === 0) continue;
    const g = toks[k - 1]!;
    const prevEnd = n > 0 ? out[n - 1]!.e : 0;
    if (k - 1 < prevEnd || !g.cap || g.allCaps || !g.isWord || g.sent !== toks[b.s]!.sent) continue;
    const patronymic = /^(?:bin|ibn|bint)$/.test(toks[k]!.text);
    if (!patronymic && !(wordClassOf(g.lower) & WC_GIVEN)) continue;
    if (lexicon().leadingJunk.has(g.lower) || lexicon().roleNouns.has(g.lower) || lexicon().honorifics.has(stripDot(g.lower))) continue;
    out[n] = { s: k - 1, e: b.e, type: 'PER' };
  }
  return out;
}

/** A token can start or continue a name. */
function capLike(t: Tok): boolean { return t.isWord && (t.cap || startsDigit(t)); }

const PARTICLE_PREFIX = /^(?:al|el|ad|as|ash|at|az|ar|an|ut|ibn|bin|abu|abd|abdel|de|d|di|da|du|la|le|van|von|der|dos|das|do|o|mc|mac)['’‑-]\p{Lu}/u;
/**
 * A lower-case word of four letters or more that is no name particle ("Bill Gates commended Buhari", where the tagger ran the
 * verb into one person): a person's name does not hold it, so the span is cut there and each side is a person of its own.
 * Short lower-case words are left alone (unlisted particles such as "wa", "ng", "bte").
 */
function lowerWordInName(t: Tok): boolean {
  if (!t.isWord || t.cap || t.text.length < 4) return false;
  const c = t.text.charCodeAt(0);
  if (c < 97 || c > 122) return false;
  return !lexicon().personParticles.has(t.lower) && !PARTICLE_PREFIX.test(t.text);
}

/** Capitalised word or a particle-prefixed name part ("el-Drese", "al-Ghaithi", "d'Estaing"). */
export function namePart(t: Tok): boolean { return t.isWord && (t.cap || PARTICLE_PREFIX.test(t.text)); }

const APPOS_STOP = new Set([',', '.', ';', ':', '(', ')', 'of', 'for', 'in', 'at', 'on', 'who', 'whose', 'which', 'that', 'to', 'and', 'from', 'with', 'since', 'said', 'says', 'told', 'with', 'by', '—', '–', '"', '“', '”']);
const DETS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'one', 'another']);
const PRE_DET_ADVERBS = new Set(['now', 'once', 'formerly', 'previously', 'also', 'still', 'long', 'then', 'currently', 'itself', 'both', 'already', 'likewise']);

/** Head noun type of an apposition starting at token k ("the group's secretary general" → PERSON). */
function appositionHead(toks: readonly Tok[], k: number, to: number): { type: string; words: string[] } | undefined {
  const L = lexicon();
  let j = k; let n = 0; let last = -1;
  while (j < to && n < 7) {
    const t = toks[j]!;
    if (APPOS_STOP.has(t.lower)) break;
    // a preposition after the head ends the noun phrase ("a village near the border", "a town outside Kyiv")
    if (j > k && !t.cap && L.locativePreps.has(t.lower)) break;
    // a determiner after other words means a clause, not a noun phrase ("Yvon Chouinard, sued the retailer"), unless
    // only an adverb stands before it ("Orvane, now the largest lender")
    if (j > k && DETS.has(t.lower)) {
      for (let q = k; q < j; q++) if (!PRE_DET_ADVERBS.has(toks[q]!.lower)) return undefined;
    }
    // ... and before a participle after its head ("the company founded by Yvon Chouinard", "the firm based in Lagos")
    if (last >= 0 && !t.cap && t.lower.length > 4 && t.lower.endsWith('ed') && L.appositionHeads.has(toks[last]!.lower)) break;
    // the noun phrase ends before adverbs and numbers ("a town roughly 165km from …")
    if (j > k && (/\d/.test(t.text) || (t.lower.length > 4 && t.lower.endsWith('ly')))) break;
    if (t.poss) { j++; continue; }
    if (t.isWord) last = j;
    j++; n++;
  }
  if (last < 0) return undefined;
  // "near Lahaina, the utility said": a noun phrase right before a speech verb is the speaker, not an apposition
  const stop = toks[j];
  if (stop && stop.isWord && !stop.cap && (stop.lower === 'said' || stop.lower === 'says' || stop.lower === 'told' || L.govVerbs.has(stop.lower))) return undefined;
  const head = toks[last]!.lower;
  if (toks[last]!.cap && !L.appositionHeads.has(head)) return undefined;
  const type = L.appositionHeads.get(head);
  if (!type) return undefined;
  // "Tobias Brenner, Kelby Institute": a capitalised name after the comma is a second name (an affiliation, a list),
  // not a description of the first; titles still describe a person ("Marla Voss, Chief Executive")
  if (type !== 'PERSON') {
    let allCap = true;
    for (let q = k; q <= last; q++) { const t = toks[q]!; if (t.isWord && !t.cap && !L.nameConnectors.has(t.lower)) { allCap = false; break; } }
    if (allCap) return undefined;
  }
  const words = [head];
  const before = toks[last - 1];
  if (before && last - 1 >= k && !before.poss && (L.roleNouns.has(before.lower) || L.personNouns.has(before.lower))) words.unshift(before.lower);
  return { type, words };
}

/**
 * A single capitalised word before an apposition with a role or person noun head reads as a surname when it is no
 * ordinary English word (unless the word classes know it as a name), has no lower-case use in the document, and the KB
 * knows it as nothing but a person.
 */
function loneNameAppos(t: Tok, roleHead: string[] | undefined, kb: EntityKb | null): boolean {
  if (!roleHead || t.allCaps || t.text.length < 3 || !t.cap || !/^\p{Lu}\p{Ll}+(?:[-‐‑]\p{Lu}\p{Ll}+)?$/u.test(t.text)) return false;
  const L = lexicon();
  if (L.nonEntities.has(t.lower) || L.leadingJunk.has(t.lower) || L.roleNouns.has(t.lower) || L.honorifics.has(t.lower)) return false;
  if (isCommonEnglishWord(t.lower) && !(wordClassOf(t.lower) & (WC_GIVEN | WC_SURNAME))) return false;
  if (kb) {
    const key = tokNorm(t);
    if (kb.byAlias(key).some((x) => x.type !== 'PERSON' && prominence(x) >= 40)) return false;
    if (kb.byDemonym?.(key)?.length) return false;
  }
  return true;
}

export function collectCandidates(inp: RecognizeInput): Cand[] {
  const { toks, sents, kb, labels, lowerSeen, text } = inp;
  const L = lexicon();
  const cands: Cand[] = [];
  const tagged = new Uint8Array(toks.length);
  for (let i = 0; i < toks.length; i++) if (labels[i]) tagged[i] = 1;

  // capitalised words the document writes without a possessive clitic after them (built on first use)
  let bare: Set<string> | undefined;
  const bareCaps = (): Set<string> => {
    if (bare) return bare;
    bare = new Set();
    for (let k = 0; k < toks.length; k++) if (toks[k]!.cap && !toks[k + 1]?.poss) bare.add(toks[k]!.lower);
    return bare;
  };
  // ---- 1. gazetteer (KB aliases and demonyms) ----
  if (kb) {
    const maxW = Math.min(kb.maxAliasWords || 6, 10);
    for (const r of sents) {
      for (let i = r.from; i < r.to; i++) {
        const t = toks[i]!;
        // "al-Qaeda", "al-Shabaab": news writes the Arabic article of a name in lower case; the name after it decides
        const particleLead = !capLike(t) && PARTICLE_PREFIX.test(t.text);
        if (!capLike(t) && !LOWER_CAMEL.test(t.text) && !particleLead) continue;
        // "Hamas-run health ministry": the compound describes the name after it, whatever alias the KB holds for both
        if (affixCompound(t)) continue;
        // "300 BC", "AD 79": an era abbreviation next to a year is no place ("BC" is British Columbia's alias)
        if (t.allCaps && L.eraWords.has(t.lower) && (/^\d/.test(toks[i - 1]?.text ?? '') || /^\d/.test(toks[i + 1]?.text ?? ''))) continue;
        let key = ''; let words = 0;
        let best: Cand | null = null;
        for (let j = i; j < r.to && words < maxW; j++) {
          const tj = toks[j]!;
          if (tj.poss || pluralApos(toks, j)) {
            // "People's Republic of China", "Kurdistan Workers' Party": a possessive inside a longer alias
            if (!kb.hasPrefix) break;
            const k2 = key + tokNorm(tj);
            if (!kb.hasPrefix(k2)) break;
            key = k2;
            // "Moody's", "McDonald's", "St. John's": a name that ends in its possessive — a company, or a name of two
            // words or more (not "Smith's", a minor place of one word that any surname's possessive would hit)
            // (and not the end of a longer name, "Ruth Moody's husband", nor a name the document also writes without
            // the clitic: "Chris Christie … Christie's remarks" is the person's)
            const pv = toks[i - 1];
            const own = tj.poss && capLike(toks[j - 1]!) && !(pv && capLike(pv) && pv.sent === t.sent)
              && !(j - 1 === i && bareCaps().has(t.lower)) ? kb.byAlias(key) : [];
            const fit = own.filter((x) => (x.type === 'ORG' && prominence(x) >= 50) || key.includes(' '));
            if (fit.length) best = { s: i, e: j + 1, type: fit[0]!.type, src: 'kb', rule: 'kb-alias', score: 0, entries: fit };
            continue;
          }
          if (!tj.isWord) { if (SPAN_JOIN.has(tj.text) && j > i) continue; break; }
          const n = tokNorm(tj);
          if (!n) break;
          key = key ? key + ' ' + n : n;
          words++;
          if (!capLike(tj) && !L.lowercaseEntityWords.has(tj.lower) && !L.facHeads.has(tj.lower) && !L.locHeads.has(tj.lower)) {
            // lowercase words inside names only as connectors / particles
            if (!kb.hasPrefix || !kb.hasPrefix(key)) break;
          }
          if (kb.hasPrefix && !kb.hasPrefix(key)) {
            // "Korean People" is no alias prefix, but "Korean People's" is
            const nx = toks[j + 1];
            if (nx && (nx.poss || pluralApos(toks, j + 1)) && kb.hasPrefix(key + tokNorm(nx))) continue;
            break;
          }
          const ents = kb.byAlias(key);
          const dems = ents.length ? undefined : kb.byDemonym?.(key);
          let found = ents.length ? ents : dems && dems.length ? dems : undefined;
          if (!found) continue;
          // a short all-caps word in running text is an acronym: it names only entries the KB spells so ("PA" the
          // agency, not Pennsylvania's "Pa.")
          if (j === i && shortCapsInProse(toks, i)) {
            const spelt = found.filter((x) => [x.name, ...(x.aliases ?? [])].some((a) => a === t.text || a.replace(/\./g, '') === t.text));
            if (!spelt.length) continue;
            found = spelt;
          }
          // a name does not end on a lowercase connector, but may on a particle-prefixed part ("Hayat Tahrir al-Sham") or
          // on a facility or feature head the KB writes in lower case ("Narita airport", "Zaporizhzhia nuclear plant"; not a
          // body head: "the Sudanese army" stays the demonym's country, a place for geoparsing;
          // the capitalisation mask below still asks for the KB's spelling)
          if (!capLike(tj) && !LOWER_CAMEL.test(tj.text) && !PARTICLE_PREFIX.test(tj.text) && !(j > i && (L.facHeads.has(tj.lower) || L.locHeads.has(tj.lower)))) continue;
          const surface = text.slice(t.start, tj.end);
          const isDem = !ents.length;
          const mask = kb.capMask ? kb.capMask(key, isDem) : 1;
          // a site head the KB capitalises may be written in lower case ("the Suez canal", "the Kerch bridge"): its
          // word's bit is not asked for (the head check below keeps the entry's type a site's)
          const lowHead = !capLike(tj) && j > i && (L.facHeads.has(tj.lower) || L.locHeads.has(tj.lower)) ? 1 << (surfaceWordCount(surface) - 1) : 0;
          if ((mask & ~(surfaceCapMask(surface) | (particleLead ? 1 : 0) | lowHead)) !== 0) continue;
          // a lower-case head at the end types the match: "the Al-Azhar mosque" is no alias of the institution
          if (!capLike(tj) && j > i) {
            const ht: EntityType | undefined = L.facHeads.has(tj.lower) ? 'FAC' : L.locHeads.has(tj.lower) ? 'LOC' : L.orgHeads.has(tj.lower) ? 'ORG' : undefined;
            if (ht && !found.some((x) => x.type === ht)) continue;
          }
          // a lower-case article leads only an organisation or armed group ("al-Qaeda"), or a facility named with its
          // head ("the al-Shifa Hospital", "the al-Aqsa Mosque"), not a place or a person
          if (particleLead && (isDem || !(found[0]!.type === 'ORG' || (found[0]!.type === 'FAC' && j > i)))) continue;
          best = { s: i, e: j + 1, type: found[0]!.type, src: isDem ? 'dem' : 'kb', rule: isDem ? 'kb-demonym' : 'kb-alias', score: 0, entries: found };
        }
        if (!best) {
          // plural demonym ("Libyans") → the country, as a group mention
          if (kb.byDemonym && t.cap && t.lower.length > 4 && t.lower.endsWith('s')) {
            const k = tokNorm(t).slice(0, -1);
            const d = kb.byDemonym(k);
            if (d.length) best = { s: i, e: i + 1, type: d[0]!.type, src: 'dem', rule: 'kb-demonym', score: 0, entries: d };
          }
          // "Yugoslav" → Yugoslavia, "Libyan" → Libya: an adjective whose country is in the KB but not its demonym
          if (!best && t.cap && !t.allCaps && t.lower.length > 4 && DEMONYM_SUFFIX.test(t.lower) && toks[i + 1]?.isWord && !toks[i + 1]!.cap) {
            const w = tokNorm(t);
            const stems = [w + 'ia', w.slice(0, -1), w.replace(/ian$/, 'y'), w.replace(/ese$/, ''), w.replace(/ean$/, 'e')];
            for (const st of stems) {
              if (st === w || st.length < 3) continue;
              const c = kb.byAlias(st).filter((x) => x.type === 'GPE' && (x.kind === 'COUNTRY' || x.kind === 'HISTORICAL'));
              if (c.length) { best = { s: i, e: i + 1, type: 'GPE', src: 'dem', rule: 'demonym-stem', score: 0, entries: c }; break; }
            }
          }
          if (!best) continue;
        }
        // "The Fed": when the match starts with an article and the rest is a more prominent alias, drop the article
        if (best.e - best.s >= 2 && toks[best.s]!.lower === 'the') {
          const restKey = spanKey(toks, best.s + 1, best.e);
          const rest = kb.byAlias(restKey);
          const restDem = rest.length ? [] : kb.byDemonym?.(restKey) ?? [];
          if (rest.length && Math.max(...rest.map(prominence)) > Math.max(...best.entries!.map(prominence))) best = { ...best, s: best.s + 1, entries: rest, type: rest[0]!.type };
          else if (restDem.length) best = { ...best, s: best.s + 1, entries: restDem, type: restDem[0]!.type, src: 'dem', rule: 'kb-demonym' };
          else if (Math.max(...best.entries!.map(prominence)) < 50 && !(labels[best.s + 1] ?? 0)) {
            // "The American embassy": a minor title used as a modifier, not the publication
            const nx = toks[best.e];
            if (nx && nx.isWord && !nx.cap) continue;
          }
        }
        if (acceptKb(best, inp, tagged)) cands.push(best);
      }
    }
  }

  // ---- 2. tagger spans (split at titles) ----
  // tagger spans never cross a comma or a possessive clitic; a person span does not contain "of" ("Fung of ADPL")
  const rawSpans = joinNameParticles(toks, tagSpans(labels, sents));
  const spansSplit: { s: number; e: number; type: string }[] = [];
  for (const sp of rawSpans) {
    let a = sp.s;
    let verbCut = false; // the last cut was a lower-case word inside a person's name: what follows is a person of its own
    for (let k = sp.s; k < sp.e; k++) {
      const t = toks[k]!;
      // a possessive inside a name is kept before a head noun ("Korean People's Army", "Children's Hospital")
      const nx = toks[k + 1];
      const possInName = t.poss && !!nx && (L.orgHeads.has(nx.lower) || L.facHeads.has(nx.lower) || L.locHeads.has(nx.lower) || L.gpeHeads.has(nx.lower)) && k + 1 < sp.e;
      const inner = sp.type === 'PER' && lowerWordInName(t);
      const cut = t.text === ',' || (t.poss && !possInName) || (sp.type === 'PER' && t.lower === 'of') || inner;
      if (!cut) continue;
      if (k > a) spansSplit.push({ s: a, e: k, type: sp.type === 'PER' && a > sp.s && !verbCut ? 'ORG' : sp.type });
      a = k + 1; verbCut = inner;
    }
    if (sp.e > a) spansSplit.push({ s: a, e: sp.e, type: sp.type === 'PER' && a > sp.s && toks[a - 1]!.lower === 'of' ? 'ORG' : sp.type });
  }
  const spaceSents = spaceSentences(toks);
  for (const sp of spansSplit) {
    let s = sp.s; let e = sp.e;
    // "Chrysler LLC Jim Press": a company suffix ends the company's name
    for (let k = s + 1; k < e - 1; k++) if (endsCompany(toks, k, e)) { e = k + 1; break; }
    // "Alaska Airlines Flight 1282": a trip word before its number ends the operator's name (tripNumberWords)
    for (let k = s + 1; k < e; k++) if (toks[k]!.cap && L.tripNumberWords.has(toks[k]!.lower) && /^\d/.test(toks[k + 1]?.text ?? '')) { e = k; break; }
    // names end on a capitalised word or a number ("FBI agents" → "FBI"); a person's name not on a number
    while (e > s && (toks[e - 1]!.poss || !capLike(toks[e - 1]!) || (sp.type === 'PER' && !toks[e - 1]!.cap))) e--;
    // "Libertarian Gary Johnson": a group word before a person's name
    while (sp.type === 'PER' && e - s >= 2 && L.norpWords.has(toks[s]!.lower)) s++;
    if (e <= s) continue;
    // a title phrase ("UN Secretary-General") is not a person
    // (not a role noun that is a common surname after a given name: "Priya Shah", "Stephen King")
    if ((L.roleNouns.has(toks[e - 1]!.lower) && !L.orgHeads.has(toks[e - 1]!.lower) && !surnameRoleEnd(toks, s, e, sp.type === 'PER')) || (sp.type === 'PER' && L.personNouns.has(toks[e - 1]!.lower))) continue;
    // "the Brooklyn District Attorney", "Oklahoma Gov.", "Mexican Economy Secretary": a place-led title phrase names
    // the place (a demonym is left to its KB candidate); "Queensland Police Inspector" keeps its organisation
    const jt = titleLeadPlace(inp, s, e);
    if (jt) { if (!jt.demonym) cands.push({ s, e: jt.end, type: 'GPE', src: 'model', rule: 'title-lead-place', score: 0, tagType: 'LOC' }); continue; }
    // "Chief Financial Officer": a title word between title words is no name
    if (e - s === 1 && TITLE_WORDS.has(toks[s]!.lower) && L.roleNouns.has(toks[e]?.lower ?? '')) continue;
    // "the Bill passed", "the Treaty was signed": a lone law word after an article names the law, not a person or place
    if (e - s === 1 && s > 0 && ARTICLES.has(toks[s - 1]!.lower) && !toks[s]!.allCaps && L.loneMiscAfterArticle.has(toks[s]!.lower)) {
      cands.push({ s, e, type: 'OTHER', src: 'head', rule: 'misc-head', score: 0, tagType: sp.type });
      continue;
    }
    // prizes, laws, charters, journals, events: not scored types
    if (sp.type !== 'PER' && e - s >= 2 && (L.miscHeads.has(toks[e - 1]!.lower) || (L.taggedWorkHeads.has(toks[e - 1]!.lower) && workLead(toks, s, e))) && !(kb && kb.byAlias(spanKey(toks, s, e)).length)) {
      cands.push({ s, e, type: 'OTHER', src: 'head', rule: 'misc-head', score: 0, tagType: sp.type });
      continue;
    }
    const whole = toks.slice(s, e).map((t) => t.lower).join(' ');
    // "USS Cole": a ship
    if (e - s >= 2 && L.vehiclePrefixes.has(toks[s]!.lower) && toks[s]!.allCaps) { cands.push({ s, e, type: 'VEHICLE', src: 'head', rule: 'vehicle-prefix', score: 0, tagType: sp.type }); continue; }
    // "Notice Trump": a common sentence-initial word glued to a name
    // (or a common English word that is no name word before a name the KB knows, a demonym, a title or a given name
    // and more name words: "Neighboring Finland, which applied", "Ethnic Armenian forces", "Rear Adm."; not a work's
    // title: "Electric Ladyland"; not before a lone surname, where the lead word is a first name the name lists miss:
    // "Chase Elliott said", "Brook Lopez said")
    // (the word tests and KB probes only for a sentence's first word: this runs for every capitalised run)
    const commonLead = (w0: string, wc0: number): boolean => (wc0 & WC_LOWER) ? !(wc0 & WC_GIVEN) : isCommonEnglishWord(w0) && !(wc0 & (WC_GIVEN | WC_SURNAME | WC_PERSON | WC_PLACE)) && !L.roleNouns.has(singular(w0))
      && !!kb && (knownName(kb, toks, s + 1, e) || !!kb.byDemonym?.(spanKey(toks, s + 1, e))?.length || (e - s >= 3 && personLikeName(toks, s + 1, e)) || isTitleWord(stripDot(toks[s + 1]!.lower)));
    if (e - s >= 2 && toks[s]!.sentStart && commonLead(toks[s]!.lower, wordClassOf(toks[s]!.lower)) && !(kb && kb.byAlias(spanKey(toks, s, e)).length)) s++;
    if (toks.slice(s, e).every((t) => L.norpWords.has(t.lower))) { cands.push({ s, e, type: 'NORP', src: 'model', rule: 'norp-word', score: 0, tagType: sp.type }); continue; }
    if (L.celestialBodies.has(whole) && toks[s]!.cap && celestialTaggedBody(toks, s, e, spaceSents, kb)) { cands.push({ s, e, type: 'LOC', src: 'head', rule: 'celestial-body', score: 0, tagType: sp.type }); continue; }
    // "Pro-Beijing", "Anti-Kremlin": an adjective about a name, not the name
    if (e - s === 1 && PRO_ANTI.test(toks[s]!.text)) continue;
    // a leading title phrase before "of" is not part of the name ("Secretary of State", "Chief Executive Officer of
    // General Motors" → "General Motors"); "Ministry of Defence" has no title word and stays whole
    const ofAt = titlePhraseOf(toks, s, e);
    if (ofAt > 0) { s = ofAt + 1; if (e - s === 1 && L.gpeHeads.has(toks[s]!.lower)) continue; }
    // drop leading honorifics / role nouns ("President Putin", "Mr Kim", "U.S. President Donald Trump")
    let cut = -1;
    for (let k = s; k < e - 1; k++) {
      const lw = stripDot(toks[k]!.lower);
      if (L.honorifics.has(lw) || ((L.roleNouns.has(lw) || L.titleModifiers.has(lw)) && sp.type !== 'ORG' && sp.type !== 'LOC')) cut = k;
      // a plural title before two names ("Justices Jackton Ojwang and Njoki Ndung'u", "Senators Ann Lee and …")
      // ("Secretaries", "Deputies"); the tagger may call the run an organisation ("Ministers Sanjay Kumar and Priya
      // Das") when a given name follows the title or the run is the first of names joined by "and"
      else if (k === s && e - k >= 3 && toks[k]!.cap && L.roleNouns.has(singular(lw))
        && (sp.type === 'PER' || (sp.type === 'ORG' && ((wordClassOf(toks[k + 1]!.lower) & WC_GIVEN) !== 0
          || (toks[e]?.lower === 'and' && !!toks[e + 1]?.cap))))) cut = k;
    }
    if (cut >= 0 && !L.orgHeads.has(toks[e - 1]!.lower)) {
      if (cut > s) {
        // the part before the title may itself be a name ("U.S." in "U.S. President")
        const pre = { s, e: cut };
        while (pre.e > pre.s && (L.roleNouns.has(toks[pre.e - 1]!.lower) || TITLE_WORDS.has(toks[pre.e - 1]!.lower) || L.honorifics.has(stripDot(toks[pre.e - 1]!.lower)))) pre.e--;
        if (pre.e > pre.s) cands.push({ s: pre.s, e: pre.e, type: 'GPE', src: 'model', rule: 'model:perceptron', score: 0, tagType: 'LOC' });
      }
      s = cut + 1;
      // (a style right before one name word stays in the name: "Lord Reed", "Prince Harry")
      // (not the tail of a compound office: "First Lady Melania", "Crown Prince Mohammed" → the bare name)
      if (e - s === 1 && toks[cut]!.cap && L.styledTitles.has(stripDot(toks[cut]!.lower)) && !officeTail(toks, cut)) s = cut;
      // (a sheikh's or sultan's name right after a preposition of place names a place after the person: "in Sheikh
      // Jarrah"; data: styledPlaceTitles)
      if (s === cut && L.styledPlaceTitles.has(stripDot(toks[cut]!.lower)) && placePrepBefore(toks, s, e)) { cands.push({ s, e, type: 'GPE', src: 'locative', rule: 'styled-place', score: 0, tagType: 'LOC' }); continue; }
      cands.push({ s, e, type: 'PERSON', src: 'title', rule: 'title-person', score: 0, tagType: 'PER' });
      continue;
    }
    while (s < e && (!toks[s]!.isWord || (!capLike(toks[s]!) && !PARTICLE_PREFIX.test(toks[s]!.text)) || affixCompound(toks[s]))) s++;
    // a span ending on "Las Vegas-based", "Oslo-based": the place words are the locative rule's, not the span's
    if (e - s >= 2 && kb && affixCompound(toks[e - 1])) {
      const bp = basedPlace(toks, text, kb, e - 1, s, false);
      if (bp) e = bp.k;
    }
    // leading ordinary words ("One Derna resident", "However")
    while (s < e - 1 && L.leadingJunk.has(toks[s]!.lower) && !(kb && kb.byAlias(spanKey(toks, s, e)).length)) s++;
    if (s >= e) continue;
    // adjectival group names before a noun ("North African countries"): NORP, not a place or organisation
    const nx = toks[e];
    if (sp.type !== 'PER' && nx && nx.isWord && !nx.cap && DEMONYM_SUFFIX.test(toks[e - 1]!.lower) && !(kb && kb.byAlias(spanKey(toks, s, e)).length)) {
      cands.push({ s, e, type: 'NORP', src: 'model', rule: 'norp-adjective', score: 0, tagType: sp.type });
      continue;
    }
    // "United States Hamdullah Mohib", "Islamic Relations Alia Salem": a person's name glued to a preceding name
    const gi = sp.type !== 'PER' || e - s >= 3 ? embeddedPerson(inp, s, e) : -1;
    if (gi > s) {
      // "Microsoft President | Brad Smith": the title words before the glued person are the person's
      let oe = gi;
      if (!(kb && kb.byAlias(spanKey(toks, s, gi)).length)) while (oe > s + 1 && isTitleWordTok(toks[oe - 1]!)) oe--;
      cands.push({ s, e: oe, type: mapTagType(sp.type === 'PER' ? 'ORG' : sp.type), src: 'model', rule: 'model:perceptron', score: 0, tagType: sp.type === 'PER' ? undefined : sp.type });
      cands.push({ s: gi, e, type: 'PERSON', src: 'given', rule: 'given-name', score: 0, tagType: 'PER' });
      continue;
    }
    // a title-case fragment ("Earthquake Recorded Near Healdsburg"): several ordinary words in one span
    if (e - s >= 3) {
      let common = 0;
      for (let k = s; k < e; k++) {
        const lw = toks[k]!.lower;
        if (L.leadingJunk.has(lw) || (lw.length > 4 && /(?:ed|ing)$/.test(lw) && !(wordClassOf(lw) & (WC_GIVEN | WC_PLACE | WC_PERSON | WC_SURNAME)))) common++;
      }
      if (common >= 2 && !(kb && kb.byAlias(spanKey(toks, s, e)).length)) continue;
    }
    // "Malaysia and Indonesia": two names, unless the whole is an organisation name ("... Health and Human Services")
    let split = -1;
    for (let k = s + 1; k < e - 1; k++) if (toks[k]!.lower === 'and') split = k;
    const twoKnown = split > 0 && !!kb && knownName(kb, toks, s, split) && knownName(kb, toks, split + 1, e);
    if (split > 0 && (!L.orgHeads.has(toks[e - 1]!.lower) || twoKnown) && !(kb && kb.byAlias(spanKey(toks, s, e)).length)) {
      cands.push({ s, e: split, type: mapTagType(sp.type), src: 'model', rule: 'model:perceptron', score: 0, tagType: sp.type });
      cands.push({ s: split + 1, e, type: mapTagType(sp.type), src: 'model', rule: 'model:perceptron', score: 0, tagType: sp.type });
      continue;
    }
    // "the town of Yeoncheon", "the village of Cliddesden": a settlement noun + "of" types the name as a place
    if (s >= 2 && toks[s - 1]!.lower === 'of' && L.settlementNouns.has(toks[s - 2]!.lower) && !toks[s - 2]!.cap && sp.type !== 'ORG') {
      cands.push({ s, e, type: 'GPE', src: 'model', rule: 'settlement-of', score: 0, tagType: 'LOC' });
      continue;
    }
    // a classifier noun right before the name types it: "the cryptocurrency exchange FTX", "the news agency Interfax",
    // also over the tagger's person default for a name that does not read as a person's ("the band Deadsy", "the firm
    // Cesaroni Design"; not "the firm Smith founded", "the agency John Hall ran")
    const before = toks[s - 1];
    const cls = before && before.isWord && !before.cap ? L.appositionHeads.get(before.lower) : undefined;
    if (cls && cls !== 'PERSON' && (sp.type !== 'PER' || !readsAsPersonName(toks, s, e))) {
      cands.push({ s, e, type: cls as EntityType, src: 'model', rule: 'classifier-noun', score: 0, tagType: cls === 'ORG' ? 'ORG' : cls === 'VEHICLE' ? 'MISC' : 'LOC' });
      continue;
    }
    // a PERSON guess ending on an organisation / facility / place head ("Tang Teaching Museum", "Cesaroni Group"): the
    // head decides — the tagger's default for unknown capitalised words is a person — unless the span reads as a
    // person's name (a given name and name words only: "John Hall", "Marc Lamont Hill")
    const headTy = sp.type === 'PER' && e - s >= 2 ? headType(toks[e - 1]!) : undefined;
    if (headTy && !personLikeName(toks, s, e - 1)) {
      cands.push({ s, e, type: headTy, src: 'model', rule: 'model+head', score: 0, tagType: headTy === 'ORG' ? 'ORG' : 'LOC' });
      continue;
    }
    // a place guess ending on a built-structure head ("Harbin Grand Stadium", "Marlow Street", "Kelby Air Base"): a
    // facility — the tagger has one LOC label for both (issue #3). Heads that also end natural or settled places
    // ("Rocky Mountain range", "Yellowstone Park", "Gaza port") and names the KB knows are left as they were.
    if (sp.type === 'LOC' && e - s >= 2 && toks[e - 1]!.cap && L.facHeads.has(toks[e - 1]!.lower) && !LOC_LIKE_FAC_HEADS.has(toks[e - 1]!.lower)
      && !(kb && kb.byAlias(spanKey(toks, s, e)).length)) {
      cands.push({ s, e, type: 'FAC', src: 'model', rule: 'model+head', score: 0, tagType: 'LOC' });
      continue;
    }
    // a one-word PERSON guess written in camel case ("CrowdStrike", "PayPal", "BlackRock") is a brand, not a name —
    // unless it carries a surname prefix ("McCarthy", "DeSantis", "MacArthur", "LeBron"); a PERSON guess right before
    // a lower-case organisation noun ("the Podujana Peramuna party", "the Adani group") is that organisation
    // (a one-word place guess too when it has a brand's shape, camelPlaceBrand: "FlightRadar24", "PowerOutage")
    // a camel-case person guess after a preposition of place is a place ("Police in KwaThema", "near KwaMashu")
    if (sp.type === 'PER' && e - s === 1 && camelBrand(toks[s]!.text) && placeWordAfterPrep(inp, s)) {
      cands.push({ s, e, type: 'GPE', src: 'locative', rule: 'model+place-prep', score: 0, tagType: 'LOC' });
      continue;
    }
    if ((e - s === 1 && ((sp.type === 'PER' && camelBrand(toks[s]!.text)) || (sp.type === 'LOC' && camelPlaceBrand(inp, s))))
      || ((sp.type === 'PER' || sp.type === 'MISC') && L.orgNounsAfter.has(toks[e]?.text ?? ''))) {
      cands.push({ s, e, type: 'ORG', src: 'model', rule: 'model+org-shape', score: 0, tagType: 'ORG' });
      continue;
    }
    // a PERSON guess led by a well-known place that is no given name ("Connecticut Lottery", "Kenya Airways"): a
    // person's name does not start with a state or country, an organisation's often does
    if (sp.type === 'PER' && e - s >= 2 && kb && placeLed(kb, toks, s, e)) {
      cands.push({ s, e, type: 'ORG', src: 'model', rule: 'model+place-lead', score: 0, tagType: 'ORG' });
      continue;
    }
    // "the Suspect fled", "a Witness said": one ordinary word after an article is a capitalised noun, not a person's
    // name (names take no article); given names and surnames the word classes know stay ("the Smiths" is plural)
    if (sp.type === 'PER' && e - s === 1 && s > 0 && ARTICLES.has(toks[s - 1]!.text) && !toks[s]!.allCaps) {
      const wc = wordClassOf(toks[s]!.lower);
      if ((wc & WC_LOWER) && !(wc & (WC_GIVEN | WC_SURNAME))) continue;
    }
    // an all-caps acronym the tagger read as a place, that the KB does not know, is a body ("the NDP", "M&G"): the
    // places news writes in capitals ("UAE", "DRC") are KB aliases, and a headline's capitals prove nothing
    if (sp.type === 'LOC' && unknownAcronym(inp, kb, s, e)) {
      cands.push({ s, e, type: 'ORG', src: 'model', rule: 'model+acronym-org', score: 0, tagType: 'ORG' });
      continue;
    }
    // "IST: Rahul Gandhi is set to win": a MISC guess that reads as a person's name — a known given name, then known
    // surnames, no ordinary word ("the Victoria Cross", "the Marshall Plan"), no name the KB holds — is a person
    if (sp.type === 'MISC' && miscPersonShape(inp, s, e)) {
      cands.push({ s, e, type: 'PERSON', src: 'model', rule: 'model+person-shape', score: 0, tagType: 'PER' });
      continue;
    }
    cands.push({ s, e, type: mapTagType(sp.type), src: 'model', rule: 'model:perceptron', score: 0, tagType: sp.type });
  }

  // "Students for Fair Admissions", "Mothers Against Drunk Driving", "Americans for Prosperity": a capitalised plural
  // people noun (advocacyLeadNouns) or plural demonym, for/against/without (either case) and a capitalised cause are one
  // advocacy group; at a sentence's start not before a name the KB knows alone ("Reporters for Reuters counted"),
  // and nowhere before a cause the KB knows as a place or a people, or after a demonym as a person: that sets two
  // sides against each other ("pits Ukrainians against Russia", "Americans against Europeans", "against Putin")
  for (const r of sents) {
    for (let i = r.from; i < r.to - 2; i++) {
      const t = toks[i]!, p = toks[i + 1]!;
      if (!t.isWord || !t.cap || t.allCaps || t.headline || p.allCaps || !L.advocacyPreps.has(p.lower)) continue;
      const demonymLead = !L.advocacyLeadNouns.has(t.lower);
      if (demonymLead && !(t.lower.endsWith('s') && kb?.byDemonym?.(t.lower)?.length)) continue;
      let e = i + 2;
      while (e < r.to && toks[e]!.isWord && toks[e]!.cap && !toks[e]!.poss) {
        // a title after the cause ends the group's name ("Students for Fair Admissions President Edward Blum", "Mothers
        // Against Drunk Driving CEO Stacey Spain"): an acronym title or one before a name word; not a title-like word
        // inside the cause ("Americans for Financial Reform")
        if (e > i + 2 && titleBeforeName(toks, e, r.to)) break;
        e++;
        if (e + 1 < r.to && (toks[e]!.lower === 'and' || toks[e]!.lower === 'of') && toks[e + 1]!.isWord && toks[e + 1]!.cap) e++;
      }
      if (e === i + 2 || !toks[e - 1]!.cap) continue;
      if (t.sentStart && kb && kb.byAlias(spanKey(toks, i + 2, e)).length) continue;
      if (kb && (kb.byDemonym?.(spanKey(toks, i + 2, e))?.length
        || kb.byAlias(spanKey(toks, i + 2, e)).some((x) => x.type === 'GPE' || x.type === 'LOC' || x.type === 'NORP' || (demonymLead && x.type === 'PERSON')))) continue;
      cands.push({ s: i, e, type: 'ORG', src: 'head', rule: 'advocacy-name', score: 0 });
    }
  }

  // ---- 3. lexicon rules over capitalised runs ----
  for (const r of sents) {
    let i = r.from;
    while (i < r.to) {
      const t = toks[i]!;
      // "the al-Ahli Arab Hospital", "the al-Nour Brigades": a name led by a lower-case Arabic article is one
      // facility or organisation when capitalised words after it end on such a head
      if (!t.headline && t.isWord && !capLike(t) && PARTICLE_PREFIX.test(t.text) && (i === r.from || !capLike(toks[i - 1]!))) {
        let k = i + 1;
        while (k < r.to && capLike(toks[k]!) && !toks[k]!.poss) k++;
        const hd = k - 1 > i ? toks[k - 1]!.lower : '';
        if (hd && (L.facHeads.has(hd) || L.orgHeads.has(hd)) && !L.companySuffixes.has(stripDot(hd))) { ruleRun(inp, i, k, cands); i = k; continue; }
      }
      if (!capLike(t) || t.headline) { i++; continue; }
      // capitalised run with connectors
      let last = i; let j = i + 1;
      while (j < r.to) {
        const tj = toks[j]!;
        if (capLike(tj)) { last = j; j++; if (endsCompany(toks, j - 1, r.to)) break; continue; }
        // "People's Party", "Workers' Party", "Children's Hospital": a possessive inside a name before its head
        if ((tj.poss || pluralApos(toks, j)) && j + 1 < r.to && capLike(toks[j + 1]!) && (POSS_IN_NAME.has(toks[j - 1]!.lower) || (j - 1 > i && SAINT.has(toks[j - 2]!.lower)))) { j++; continue; }
        // "Harris County Sheriff's Office", "the Alzheimer's Association": a possessive before one last head word is
        // inside the name when its owner is a role noun or a word the KB does not know (not "Russia's Parliament")
        if (tj.poss && possessiveHeadEnd(inp.kb, toks, j, r.to)) { j++; continue; }
        // a connector word joins capitalised words, or a number inside a name ("Best of 2007 Award"), not a number
        // that ends the run ("General Motors for 33 years")
        if ((L.nameConnectors.has(tj.lower) || tj.text === '-' || L.personParticles.has(tj.lower)) && j + 1 < r.to
          && (tj.text === '-' ? capLike(toks[j + 1]!) : namePart(toks[j + 1]!) || (capLike(toks[j + 1]!) && j + 2 < r.to && namePart(toks[j + 2]!)))
          && !(tj.lower === 'on' && !L.orgHeads.has(toks[j - 1]!.lower))
          // "the Harnow Medical Institute on Monday": a weekday or month after "on" / "for" is a date, not the name's end
          && !((tj.lower === 'on' || tj.lower === 'for') && DATE_WORDS.has(toks[j + 1]!.lower.replace(/\.$/, '')))
          // "the Ministry of Defence of Ukraine and Ukraine's Defence Ministry": a name owning what follows it starts
          // a new phrase, it does not continue the first name
          && !(tj.lower === 'and' && possessiveAhead(toks, j + 1, r.to))) { j++; continue; }
        // "the Joint Command of the Armed Forces", "the Federal Regional Court of the 4th Region": after an
        // organisation head, "of the" and a capitalised name (or an ordinal before one) go on with the name; not after
        // a role noun ("the Commander of the Armed Forces" is a title) nor before a possessive ("of the Navy's …")
        if (orgOfTheGoesOn(inp.kb, toks, i, j, r.to)) { j += 2; continue; }
        break;
      }
      // "Harnow Bridge and Kelby Airport": two headed names joined by "and" are two names; so are two names the KB
      // knows ("Toyota and General Motors"), unless the whole is one ("Bosnia and Herzegovina")
      let and = -1;
      for (let k = i + 2; k < last - 1; k++) if (toks[k]!.lower === 'and' && isHead(toks[k - 1]!.lower) && isHead(toks[last]!.lower)) and = k;
      if (and < 0 && inp.kb && last - i >= 2) {
        for (let k = i + 1; k < last; k++) {
          if (toks[k]!.lower !== 'and') continue;
          if (knownName(inp.kb, toks, i, k) && knownName(inp.kb, toks, k + 1, last + 1) && !inp.kb.byAlias(spanKey(toks, i, last + 1)).length) and = k;
          break;
        }
      }
      if (and < 0 && inp.kb && last - i >= 3) and = bodyAfterNameAnd(inp, i, last + 1);
      if (and > 0) { ruleRun(inp, i, and, cands); ruleRun(inp, and + 1, last + 1, cands); }
      else ruleRun(inp, i, last + 1, cands);
      i = last + 1;
    }
  }
  // weapons: an unknown name before a weapon noun ("the Hwasong intercontinental ballistic missile", "Kinzhal missiles")
  for (const [at, r] of sents.entries()) {
    let i = r.from;
    while (i < r.to) {
      const t = toks[i]!;
      if (!t.cap || t.headline || !t.isWord) { i++; continue; }
      let e = i + 1;
      while (e < r.to && e - i < 3 && toks[e]!.isWord && (toks[e]!.cap || /^\d/.test(toks[e]!.text))) e++;
      let k = e; let adj = 0;
      while (k < r.to && adj < 3 && L.weaponAdjectives.has(toks[k]!.lower)) { k++; adj++; }
      const cue = toks[k];
      let start = i; i = e;
      if (!cue || !L.weaponCues.has(cue.lower)) continue;
      // (nor a launch vehicle: "lifted off on an LVM3 rocket from the Satish Dhawan Space Centre")
      if (spaceLaunchRocket(toks, sents, at, k)) continue;
      // (nor a maker's place: "Iranian-made drones", "Iranian-made Shahed drones" → Shahed)
      while (start < e && (L.leadingJunk.has(toks[start]!.lower) || affixCompound(toks[start]))) start++;
      if (start >= e) continue;
      if (toks[start]!.sentStart && e - start === 1 && lowerSeen.has(toks[start]!.lower)) continue;
      const key = spanKey(toks, start, e);
      if (L.nonEntities.has(key) || L.norpWords.has(key)) continue;
      if (kb && (kb.byAlias(key).some((x) => x.type !== 'WEAPON') || kb.byDemonym?.(key)?.length)) continue;
      cands.push({ s: start, e, type: 'WEAPON', src: 'head', rule: 'weapon-cue', score: 0 });
    }
  }
  // title-person rule on text order: [Title|role noun] + capitalised name
  for (const r of sents) {
    for (let i = r.from; i < r.to - 1; i++) {
      const t = toks[i]!;
      const lw = stripDot(t.lower);
      const isHon = L.honorifics.has(lw) && (t.cap || t.headline);
      const isRole = L.roleNouns.has(lw) && !L.honorifics.has(lw);
      if (!isHon && !isRole) continue;
      let k = i + 1;
      if (toks[k]?.text === '.') k++;
      // skip further role words ("Defence Minister", "Secretary General")
      while (k < r.to && (L.roleNouns.has(toks[k]!.lower) || L.titleModifiers.has(toks[k]!.lower)) && toks[k]!.cap) k++;
      if (toks[k]?.text === ',' && t.cap && isRole) k++;
      if (k >= r.to || !toks[k]!.cap || !toks[k]!.isWord || toks[k]!.headline || toks[k]!.allCaps) continue;
      let e = k; let guard = 0;
      while (e < r.to && guard++ < 6) {
        const te = toks[e]!;
        if (te.isWord && te.cap && !L.roleNouns.has(te.lower)) { e++; continue; }
        // a role noun the name lists know as a surname, last in the run after a name word, ends the name: a title
        // stands before a name, not after it ("Captain Zaharie Ahmad Shah, 53", not "Zaharie Ahmad")
        if (e > k && te.isWord && te.cap && !te.allCaps && (wordClassOf(te.lower) & WC_SURNAME) && !(toks[e + 1]?.cap && toks[e + 1]!.isWord && toks[e + 1]!.sent === te.sent)) { e++; break; }
        if ((L.personParticles.has(te.lower) || te.text === '-') && e + 1 < r.to && toks[e + 1]!.cap) { e++; continue; }
        break;
      }
      if (e <= k) continue;
      const lastLw = toks[e - 1]!.lower;
      if (L.orgHeads.has(lastLw) || L.facHeads.has(lastLw) || L.locHeads.has(lastLw) || L.gpeHeads.has(lastLw)) continue;
      if (L.nonEntities.has(toks[k]!.lower) && e - k === 1) continue;
      // "Chief Operating Officer", "Chief Financial Officer": a title phrase, not a name
      if (TITLE_WORDS.has(toks[k]!.lower) && L.roleNouns.has(toks[e]?.lower ?? '')) continue;
      // a known place or organisation right after a role noun is not a person ("President of ..." handled by lowercase)
      if (kb && e - k <= 3) {
        const ents = kb.byAlias(spanKey(toks, k, e));
        if (ents.length && ents.every((x) => x.type !== 'PERSON') && ents.some((x) => prominence(x) >= 50)) continue;
        const dem = kb.byDemonym?.(spanKey(toks, k, e));
        if (dem && dem.length) continue;
      }
      if (isRole && !t.cap && !isPersonContext(toks, k, e)) {
        // lowercase role noun ("spokesman Farhan Haq"): require tagger or a two-word name
        if (!tagged[k] && e - k < 2) continue;
      }
      // a style right before one name word stays in the name ("Lord Reed", "Sheikh Mohammed"; not "Mr Smith")
      const styled = k === i + 1 && e - k === 1 && t.cap && L.styledTitles.has(lw) && !officeTail(toks, i);
      if (styled && L.styledPlaceTitles.has(lw) && placePrepBefore(toks, i, e)) { cands.push({ s: i, e, type: 'GPE', src: 'locative', rule: 'styled-place', score: 0 }); continue; }
      cands.push({ s: styled ? i : k, e, type: 'PERSON', src: 'title', rule: isHon ? 'honorific-person' : 'title-person', score: 0 });
    }
  }

  // apposition and relative-clause rules: "Marie el-Drese, the group's secretary general", "Mohamed Menfi, who",
  // "One Derna resident, Ahmed Mohamed, said", "Al Bilad, the second dam"
  for (const r of sents) {
    let i = r.from;
    while (i < r.to) {
      const t = toks[i]!;
      if (!namePart(t) || t.headline || !t.cap) { i++; continue; }
      let e = i + 1;
      while (e < r.to && e - i < 5) {
        const te = toks[e]!;
        if (namePart(te)) { e++; continue; }
        if ((L.personParticles.has(te.lower) || te.text === '-') && e + 1 < r.to && namePart(toks[e + 1]!)) { e++; continue; }
        break;
      }
      const next = toks[e];
      const span = { s: i, e };
      i = e;
      if (!next || next.text !== ',') continue;
      // strip leading non-name words ("The", "However")
      let s0 = span.s;
      while (s0 < span.e && (L.leadingJunk.has(toks[s0]!.lower) || isTitleWord(toks[s0]!.lower))) s0++;
      if (s0 >= span.e) continue;
      if (span.e - s0 === 1 && toks[s0]!.sentStart && lowerSeen.has(toks[s0]!.lower)) continue;
      // a title after a nationality or place inside the run is no part of the name: "German Chancellor Angela
      // Merkel, who", "French Foreign Minister Laurent Fabius, who" → the two words after the role noun
      let roleAt = -1;
      for (let k = s0; k < span.e - 2; k++) if (L.roleNouns.has(toks[k]!.lower) && !L.honorifics.has(stripDot(toks[k]!.lower))) roleAt = k;
      if (roleAt >= 0) s0 = roleAt + 1;
      let ty: string | undefined;
      let rule = 'apposition';
      const after = toks[e + 1];
      let roleHead: string[] | undefined;
      // "X, who": a person — unless a classifier noun before it says what X is ("the band Deadsy, whose members")
      const clsBefore = s0 > 0 && toks[s0 - 1]!.isWord && !toks[s0 - 1]!.cap ? L.appositionHeads.get(toks[s0 - 1]!.lower) : undefined;
      // (not after a locative preposition: "a mother of three in East Austin, who spent the night" — "who" is the
      // mother; the name is a place)
      const locBefore = s0 > 0 && L.placePreps.has(toks[s0 - 1]!.lower);
      if (after && (after.lower === 'who' || after.lower === 'whose') && !(clsBefore && clsBefore !== 'PERSON')) { if (locBefore) continue; ty = 'PERSON'; rule = 'relative-who'; }
      else if (after) { const h = appositionHead(toks, DETS.has(after.lower) ? e + 2 : e + 1, r.to); if (h) { ty = h.type; if (h.type === 'PERSON') roleHead = h.words; } }
      // "resident, Ahmed Mohamed, said": a person noun before, a comma after
      const before = toks[s0 - 1]; const before2 = toks[s0 - 2];
      if (!ty && before?.text === ',' && before2 && L.personNouns.has(before2.lower) && span.e - s0 >= 2) { ty = 'PERSON'; rule = 'apposition'; }
      if (!ty) continue;
      // nor a person's apposition after a preposition of place: "In Centretown, residents who …" names the residents'
      // place ("in Kyiv, the capital" stays a place's)
      if (ty === 'PERSON' && rule === 'apposition' && locBefore) continue;
      // one word needs a role noun after it and must be nothing but a name ("Petrenko, a lawmaker, agreed"; not
      // "Meanwhile, the minister", "Brazil, the largest economy")
      if (ty === 'PERSON' && span.e - s0 < 2 && rule !== 'relative-who' && !loneNameAppos(toks[s0]!, roleHead, kb)) continue;
      if (ty === 'PERSON' && (toks[s0]!.allCaps || /\d/.test(toks[s0]!.text))) continue;
      if (kb && ty === 'PERSON') {
        const ents = kb.byAlias(spanKey(toks, s0, span.e));
        if (ents.some((x) => x.type !== 'PERSON' && prominence(x) >= 40)) continue;
        if (kb.byDemonym?.(spanKey(toks, s0, span.e))?.length) continue;
      }
      cands.push({ s: s0, e: span.e, type: ty as EntityType, src: 'appos', rule, score: 0, roleHead });
    }
  }
  // known given name + capitalised surname ("Sam Bankman-Fried", "Marie el-Drese")
  for (const r of sents) {
    for (let i = r.from; i < r.to - 1; i++) {
      const t = toks[i]!;
      if (!t.cap || t.headline || t.allCaps) continue;
      const wc = wordClassOf(t.lower);
      if (!(wc & WC_GIVEN)) continue;
      if (kb && kb.byAlias(tokNorm(t)).some((x) => x.type !== 'PERSON' && prominence(x) >= 40)) continue;
      if (kb && kb.byDemonym?.(tokNorm(t))?.length) continue; // a nationality, not a given name
      if ((wc & WC_LOWER) && (t.sentStart || lowerSeen.has(t.lower))) continue;
      if (L.nonEntities.has(t.lower) || isTitleWord(t.lower)) continue; // "Attorney General Merrick Garland": no given name
      let e = i + 1;
      while (e < r.to && e - i < 4 && namePart(toks[e]!) && !toks[e]!.allCaps) {
        const lw = toks[e]!.lower;
        // (nor a work or thing named after a person: "James Webb Space Telescope", "Nobel Peace Prize")
        if (L.orgHeads.has(lw) || L.facHeads.has(lw) || L.locHeads.has(lw) || L.gpeHeads.has(lw) || L.roleNouns.has(lw) || L.miscHeads.has(lw)) { e = -1; break; }
        e++;
      }
      if (e <= i + 1) continue;
      if (toks[e]?.isWord && toks[e]!.cap) continue; // longer run: leave to the tagger / other rules
      if (L.orgNounsAfter.has(toks[e]?.text ?? '')) continue; // "the Sri Lanka Podujana Peramuna party"
      if (kb) {
        const ents = kb.byAlias(spanKey(toks, i, e));
        if (ents.some((x) => x.type !== 'PERSON' && prominence(x) >= 30)) continue;
        // "Barack Obama Election Day": stop after a known person's name
        for (let k = i + 2; k < e; k++) if (kb.byAlias(spanKey(toks, i, k)).some((x) => x.type === 'PERSON')) { e = k; break; }
      }
      cands.push({ s: i, e, type: 'PERSON', src: 'given', rule: 'given-name', score: 0 });
      i = e - 1;
    }
  }
  // a tagger or head-rule span that ends with a person found by a title / apposition rule gives way to it:
  // "[Ambassador to the] United States Hamdullah Mohib" → "United States" + "Hamdullah Mohib"
  const personEnds = new Map<number, number>();
  // (not a "person" right after "of" / "for" that does not read as a person's name — a place the KB knows, words
  // with no given name first: "the University of Glasgow, whose group", "the Institute for Fiscal Studies, who" — the
  // relative clause is the body's, and the body would keep a bare head; a name that reads as a person's still cuts
  // ("Friends of Ahmed Tinubu, who"), as does another person ending there ("the Central Bank of Nigeria Godwin
  // Emefiele, who")
  const notPersonAfterOf = (c: Cand): boolean => afterConnector(toks, c.s)
    && (!personLikeName(toks, c.s, c.e) || !!kb?.byAlias(spanKey(toks, c.s, c.e)).some((x) => x.type !== 'PERSON'));
  for (const c of cands) if (c.type === 'PERSON' && (c.src === 'title' || c.src === 'appos' || c.src === 'given') && !notPersonAfterOf(c)) {
    const prev = personEnds.get(c.e); if (prev === undefined || c.s < prev) personEnds.set(c.e, c.s);
  }
  for (const c of cands) {
    if (c.src !== 'model' && c.src !== 'head') continue;
    const ps = personEnds.get(c.e);
    if (ps !== undefined && ps > c.s) {
      c.e = ps;
      while (c.e > c.s && !capLike(toks[c.e - 1]!)) c.e--;
      // "Microsoft President | Brad Smith", "Nvidia Chief Executive | Jensen Huang": the title words before the person
      // are the person's, not the end of the organisation's name
      if (c.src === 'model' && !(kb && kb.byAlias(spanKey(toks, c.s, c.e)).length)) while (c.e > c.s + 1 && isTitleWordTok(toks[c.e - 1]!)) c.e--;
      if (c.type === 'PERSON') c.type = 'ORG';
    }
  }
  // a tagger organisation span that ends on a title word right before a person's name: the title is the person's,
  // not the end of the organisation's name ("NASA Administrator | Bill Nelson", "Halden Police Chief | Ana Ruiz");
  // not a name the KB knows whole, nor a span that would keep only title words
  const personStarts = new Set<number>();
  for (const c of cands) if (c.type === 'PERSON' && c.e - c.s >= 2) personStarts.add(c.s);
  for (const c of cands) {
    if (c.src !== 'model' || c.type !== 'ORG' || c.e - c.s < 2 || !personStarts.has(c.e) || !isTitleWordTok(toks[c.e - 1]!)) continue;
    if (kb && kb.byAlias(spanKey(toks, c.s, c.e)).length) continue;
    let e = c.e;
    while (e > c.s + 1 && isTitleWordTok(toks[e - 1]!)) e--;
    if (isTitleWordTok(toks[e - 1]!) || !capLike(toks[e - 1]!)) continue;
    c.e = e;
    c.rule = c.rule + '+title-trim';
  }
  // the platform X: "a post on X", "saying on X that", "X, formerly Twitter", "on TikTok and X" (platform-x.ts)
  for (const i of platformXIndexes(toks)) cands.push({ s: i, e: i + 1, type: 'ORG', src: 'head', rule: 'platform-x', score: 0, tagType: 'ORG' });
  // "House Speaker Mike Johnson", "Army chief …": the body word before a title (body-title.ts)
  cands.push(...bodyTitleCandidates(toks));
  cands.push(...vehicleCandidates(toks, kb), ...classifierOrgCandidates(toks, kb, labels), ...orgCueCandidates(toks, kb, labels, lowerSeen), ...miscNameCandidates(toks, text),
    ...naturalFeatureCandidates(toks, kb), ...orgNameNounCandidates(toks, kb), ...celestialCandidates(toks, kb, spaceSents));
  // "Assistant Secretary of State | James O'Brien": a title's portfolio is no part of the person after it
  trimTitlePortfolios(toks, cands, kb);
  return cands.filter((c) => c.e > c.s);
}

/**
 * An organisation classifier noun right before a capitalised run the tagger left untagged names an organisation ("the
 * retailer Brannix cut jobs", "the band Quorra"): tagger spans get this from the classifier-noun rule, these would
 * otherwise be lost. Not a run that reads as a person's name ("the firm John Hall founded") or that the KB knows.
 */
/** An acronym of two to eight capital letters (and digits) written in a sentence that has lower-case words: "FINMA". */
/** Token `s` follows "of" / "for" (or "of the", "for the"). */
function afterConnector(toks: readonly Tok[], s: number): boolean {
  let k = s - 1;
  if (k >= 0 && toks[k]!.lower === 'the') k--;
  return k >= 0 && (toks[k]!.lower === 'of' || toks[k]!.lower === 'for');
}
function acronymWord(t: Tok): boolean {
  return !t.headline && /^\p{Lu}[\p{Lu}\d&]{1,7}$/u.test(t.text);
}

export function classifierOrgCandidates(toks: readonly Tok[], kb: EntityKb | null, labels: Int8Array): Cand[] {
  const L = lexicon();
  const out: Cand[] = [];
  for (let i = 1; i < toks.length; i++) {
    const b = toks[i - 1]!; const t = toks[i]!;
    if (!t.cap || t.headline || (t.allCaps && !acronymWord(t)) || b.cap || !b.isWord || L.appositionHeads.get(b.lower) !== 'ORG') continue;
    let e = i + 1;
    while (e < toks.length && toks[e]!.cap && toks[e]!.isWord && !toks[e - 1]!.poss && e - i < 4) e++;
    let tagged = false;
    for (let k = i; k < e; k++) if (labels[k]) tagged = true;
    if (tagged || readsAsPersonName(toks, i, e) || L.nonEntities.has(t.lower) || L.roleNouns.has(t.lower) || L.honorifics.has(stripDot(t.lower))) continue;
    if (kb && kb.byAlias(spanKey(toks, i, e)).length) continue;
    out.push({ s: i, e, type: 'ORG', src: 'model', rule: 'classifier-noun', score: 0, tagType: 'ORG' });
    i = e - 1;
  }
  return out;
}

/**
 * A capitalised run of one to three words the tagger left untagged, followed by words only an organisation takes
 * ("Halvorsen employees staged a walkout", "Ostrander shares fell", "Kessler, which makes parts, …", "Tarnell said
 * that its profit rose"; data: nameContextCues.after in the lexicon): an organisation. The tagger mostly leaves such a
 * name untagged when it opens the sentence. Not an ordinary word ("Company employees"), a run that reads as a person's
 * name, or a name the KB knows.
 */
export function orgCueCandidates(toks: readonly Tok[], kb: EntityKb | null, labels: Int8Array, lowerSeen: ReadonlySet<string>): Cand[] {
  const L = lexicon();
  const out: Cand[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.cap || !t.isWord || t.headline || labels[i] || (i > 0 && toks[i - 1]!.cap && toks[i - 1]!.sent === t.sent && toks[i - 1]!.isWord)) continue;
    let e = i + 1;
    while (e < toks.length && toks[e]!.cap && toks[e]!.isWord && toks[e]!.sent === t.sent && e - i < 3) e++;
    if (e < toks.length && toks[e]!.cap && toks[e]!.isWord && toks[e]!.sent === t.sent) { i = e - 1; continue; }
    if (afterCueType(toks, e) !== 'ORG' && !itsAfterSpeech(toks, e) && !itsPossessedAfter(toks, e, i)) { i = e - 1; continue; }
    let ok = true;
    for (let k = i; k < e; k++) {
      const w = toks[k]!;
      const wc = wordClassOf(w.lower);
      if (labels[k] || L.nonEntities.has(w.lower) || L.roleNouns.has(w.lower) || L.personNouns.has(w.lower) || L.honorifics.has(stripDot(w.lower)) || L.norpWords.has(w.lower)
        || ((wc & WC_LOWER) && !(wc & WC_SURNAME)) || lowerSeen.has(w.lower) || isCommonEnglishWord(w.lower)) { ok = false; break; }
    }
    if (!ok || readsAsPersonName(toks, i, e) || (kb && kb.byAlias(spanKey(toks, i, e)).length)) { i = e - 1; continue; }
    out.push({ s: i, e, type: 'ORG', src: 'model', rule: 'org-context', score: 0, tagType: 'ORG' });
    i = e - 1;
  }
  return out;
}

/**
 * A vessel or craft noun right before a capitalised run names the craft: "the container ship Dali", "the tanker
 * Sounion", "the vessel Marlow Star" — a VEHICLE, over the KB's place of the same name (the head rule outranks a KB
 * match of the same length in select). Not a country or a prominent KB name, which after "the tanker" is more likely
 * the subject of a relative clause ("the tanker Iran seized"), nor a person the KB knows.
 */
export function vehicleCandidates(toks: readonly Tok[], kb: EntityKb | null): Cand[] {
  const L = lexicon();
  const out: Cand[] = [];
  for (let i = 1; i < toks.length; i++) {
    const b = toks[i - 1]!; const t = toks[i]!;
    if (!t.cap || t.headline || b.cap || !b.isWord || L.appositionHeads.get(b.lower) !== 'VEHICLE') continue;
    let e = i + 1;
    while (e < toks.length && toks[e]!.cap && toks[e]!.isWord && !toks[e]!.poss && e - i < 5) e++;
    if (toks[e - 1]!.poss) continue;
    const known = kb ? kb.byAlias(spanKey(toks, i, e)) : [];
    if (known.some((x) => x.kind === 'COUNTRY' || x.type === 'PERSON' || prominence(x) >= 40)) continue;
    if (L.nonEntities.has(t.lower) || L.honorifics.has(stripDot(t.lower)) || L.roleNouns.has(t.lower)) continue;
    out.push({ s: i, e, type: 'VEHICLE', src: 'head', rule: 'classifier-vehicle', score: 0, tagType: 'MISC' });
    i = e - 1;
  }
  if (!out.length) return out;
  // the craft's other mentions in the document ("The Dali had lost power"), whatever the KB says of the name
  const names = new Set(out.map((c) => toks.slice(c.s, c.e).map((t) => t.text).join(' ')));
  const at = new Set(out.map((c) => c.s));
  const more: Cand[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (at.has(i) || !toks[i]!.cap) continue;
    for (let e = i + 1; e <= toks.length && e - i <= 5; e++) {
      if (!names.has(toks.slice(i, e).map((t) => t.text).join(' '))) continue;
      if (e < toks.length && toks[e]!.cap && toks[e]!.isWord && !toks[e]!.headline) continue; // part of a longer name
      more.push({ s: i, e, type: 'VEHICLE', src: 'head', rule: 'vehicle-name', score: 0, tagType: 'MISC' });
      i = e - 1; break;
    }
  }
  return out.concat(more);
}

function isPersonContext(toks: readonly Tok[], s: number, e: number): boolean {
  const n = toks[e];
  return !!n && (n.text === ',' || n.lower === 'said' || n.lower === 'says' || n.lower === 'told');
}

/** Index of a known given name inside [s, e) that starts a 2–3 word person name ending the span, else -1. */
function embeddedPerson(inp: RecognizeInput, s: number, e: number): number {
  const { toks, kb } = inp;
  const L = lexicon();
  for (let k = s + 1; k <= e - 2 && k >= e - 3; k++) {
    const t = toks[k]!;
    if (!t.cap || t.allCaps) continue;
    const wc = wordClassOf(t.lower);
    if (!(wc & WC_GIVEN) || (wc & WC_LOWER)) continue;
    if (L.orgHeads.has(toks[e - 1]!.lower) || L.facHeads.has(toks[e - 1]!.lower) || L.locHeads.has(toks[e - 1]!.lower)) return -1;
    if (L.nameConnectors.has(toks[k - 1]!.lower)) continue;
    if (kb && kb.byAlias(spanKey(toks, s, e)).length) return -1;
    if (kb && kb.byAlias(tokNorm(t)).some((x) => x.type !== 'PERSON' && prominence(x) >= 40)) continue;
    let ok = true;
    for (let j = k; j < e; j++) if (!namePart(toks[j]!)) ok = false;
    if (ok) return k;
  }
  return -1;
}

export function mapTagType(t: string): EntityType {
  return t === 'PER' ? 'PERSON' : t === 'ORG' ? 'ORG' : t === 'LOC' ? 'GPE' : 'OTHER';
}

function acceptKb(c: Cand, inp: RecognizeInput, tagged: Uint8Array): boolean {
  const { toks, kb, lowerSeen } = inp;
  const L = lexicon();
  const first = toks[c.s]!;
  const single = c.e - c.s === 1;
  const ents = c.entries!;
  const key = spanKey(toks, c.s, c.e);
  let anyTag = false;
  for (let k = c.s; k < c.e; k++) if (tagged[k]) anyTag = true;
  const prevTok = c.s > 0 ? toks[c.s - 1] : undefined;
  const locCue = !!prevTok && L.locativePreps.has(prevTok.lower);
  // short all-lowercase-able keys ("Un", "Us", "Who") need capitals
  if (single && first.text.replace(/[^\p{L}]/gu, '').length <= 3 && !first.allCaps && !(first.text.length === 3 && anyTag)) return false;
  if (L.nonEntities.has(key) && !first.allCaps) return false;
  // "US$71 million": a currency prefix, not a mention
  const after = inp.text.charAt(toks[c.e - 1]!.end);
  if (after === '$' || after === '€' || after === '£') return false;
  const best = Math.max(...ents.map(prominence));
  const weak = kb?.isWeak?.(key) ?? false;
  if (single && first.sentStart && lowerSeen.has(first.lower) && !anyTag) return false;
  if (first.headline) return best >= 50 || !single;
  // a weak media alias that names the report's own outlet ("told the Post" in a Post report) is that outlet
  if (weak && ownOutletMention(inp.own, inp.text.slice(first.start, toks[c.e - 1]!.end))) return true;
  if (weak && !anyTag && !locCue && !(first.allCaps && c.e - c.s === 1)) return false;
  // a weak name that runs on into more capitalised words is the start of another name or title ("The Chief
  // Executive resigned" is no newspaper The Chief): the tagger's support is for the longer run
  const nx = toks[c.e];
  if (weak && nx && nx.isWord && nx.cap && !nx.headline && nx.sent === toks[c.e - 1]!.sent && !first.allCaps) return false;
  if (c.src === 'dem') return true;
  if (single && best < 45 && !anyTag && !locCue) return false;
  return true;
}

const POSS_IN_NAME = new Set(['people', 'workers', 'children', 'women', 'men', 'farmers', 'citizens', 'veterans', 'soldiers', 'mothers', 'teachers', 'nurses', 'doctors', 'lawyers', 'journalists', 'st', 'saint', 'king', 'queen']);
const ARTICLES = new Set(['the', 'a', 'an']);
/** A tagger span before a law or journal head (taggedWorkHeads) that reads as a work's name, not a person's: the first
 * word no given name, and of two words one the word lists know as an ordinary, place or organisation word or an
 * acronym when the head is also a surname (taggedWorkSurnameHeads: "Basic Law", "UN Charter"; not "Jude Law") */
function workLead(toks: readonly Tok[], s: number, e: number): boolean {
  const wc = wordClassOf(toks[s]!.lower);
  if (wc & WC_GIVEN) return false;
  if (e - s >= 3 || !lexicon().taggedWorkSurnameHeads.has(toks[e - 1]!.lower) || toks[s]!.allCaps || (wc & WC_LOWER)) return true;
  // a place or organisation word before the head names a law only after "the" or "under" ("the Michigan Law"); bare,
  // it is that body's law school ("Harvard Law professor Laurence Tribe", "graduated from Yale Law")
  const before = s > 0 ? toks[s - 1]!.lower : '';
  return (wc & (WC_PLACE | WC_ORG)) !== 0 && (before === 'the' || before === 'under');
}
/** Whether the capitalised word at k opens a title before a person's name: a role noun or honorific in capitals
 * ("CEO"), or a run of role words and title modifiers followed by a word the name lists know as a given name or
 * surname ("President Edward Blum", "Executive Director Lisa Donner"). */
function titleBeforeName(toks: readonly Tok[], k: number, to: number): boolean {
  const L = lexicon();
  const isTitle = (w: string): boolean => L.roleNouns.has(w) || L.honorifics.has(w) || L.titleModifiers.has(w) || (TITLE_WORDS.has(w) && w !== 'and' && w !== '&');
  const lw = stripDot(toks[k]!.lower);
  if (!isTitle(lw)) return false;
  if (toks[k]!.allCaps && (L.roleNouns.has(lw) || L.honorifics.has(lw))) return true;
  let j = k;
  while (j < to && toks[j]!.cap && isTitle(stripDot(toks[j]!.lower))) j++;
  const nx = toks[j];
  return j > k && !!nx && j < to && nx.isWord && nx.cap && !nx.allCaps && (wordClassOf(nx.lower) & (WC_GIVEN | WC_SURNAME)) !== 0;
}
let compoundTitleLeads: ReadonlySet<string> | undefined;
/** Whether the style at k ends a compound office rather than styling the name after it: the word before it opens such
 * an office (compound-title-leads.txt: "First Lady", "Crown Prince") or is itself a title word ("Deputy Sheikh"). */
function officeTail(toks: readonly Tok[], k: number): boolean {
  const p = toks[k - 1];
  if (!p || !p.isWord || !p.cap || p.sent !== toks[k]!.sent) return false;
  const L = lexicon(); const w = stripDot(p.lower);
  compoundTitleLeads ??= readWordSet('compound-title-leads.txt');
  return compoundTitleLeads.has(w) || L.roleNouns.has(w) || L.honorifics.has(w) || L.titleModifiers.has(w) || (TITLE_WORDS.has(w) && w !== 'and' && w !== '&');
}
const TITLE_WORDS = new Set(['and', 'chief', 'operating', 'executive', 'financial', 'deputy', 'vice', 'senior', 'general', 'managing', 'acting', 'interim', 'former', 'assistant', 'associate', 'principal', 'co', 'first', '&']);
const SAINT = new Set(['st', 'st.', 'saint']);
/** Facility heads that also end names of natural or settled places; a tagger place guess ending on one stays a place. */
const LOC_LIKE_FAC_HEADS = new Set(['range', 'park', 'field', 'port', 'canal', 'line', 'garden', 'gardens', 'camp', 'market', 'crossing',
  'gate', 'complex', 'house', 'headquarters', 'reservoir']);
/** The type a capitalised head word gives a name ("Museum" → FAC, "Party" → ORG, "Lake" → LOC, "County" → GPE). */
function headType(t: Tok): EntityType | undefined {
  if (!t.cap) return undefined;
  const L = lexicon(); const w = t.lower;
  if (L.companySuffixes.has(stripDot(w))) return 'ORG';
  if (L.facHeads.has(w)) return 'FAC';
  if (L.orgHeads.has(w)) return 'ORG';
  if (L.locHeads.has(w)) return 'LOC';
  if (L.gpeHeads.has(w) && w !== 'state') return 'GPE';
  return undefined;
}
/** toks[s..e) read as a person's given names: a known given name first, no ordinary vocabulary word after it. */
function personLikeName(toks: readonly Tok[], s: number, e: number): boolean {
  const f = wordClassOf(toks[s]!.lower);
  if (!(f & WC_GIVEN) || (f & WC_LOWER)) return false;
  for (let k = s + 1; k < e; k++) { const c = wordClassOf(toks[k]!.lower); if ((c & WC_LOWER) && !(c & (WC_GIVEN | WC_SURNAME))) return false; }
  return true;
}
/** Token k is a company suffix ("LLC", "Inc.") followed, before `to`, by another capitalised word that is not one. */
function endsCompany(toks: readonly Tok[], k: number, to: number): boolean {
  const L = lexicon();
  const t = toks[k]!; const nx = toks[k + 1];
  if (!nx || k + 1 >= to || !nx.cap || !L.companySuffixes.has(stripDot(t.lower)) || L.companySuffixes.has(stripDot(nx.lower))) return false;
  return t.allCaps || t.text.endsWith('.') || t.lower === 'inc' || t.lower === 'ltd';
}
const PLACE_TYPES = new Set(['GPE', 'LOC']);
/** A capitalised title word of a title phrase ("President", "Chief", "Executive", "CEO", "Gov."). */
function isTitleWordTok(t: Tok): boolean {
  if (!t.cap || t.headline || !t.isWord) return false;
  const w = stripDot(t.lower);
  const L = lexicon();
  return (L.roleNouns.has(w) || L.honorifics.has(w) || L.titleModifiers.has(w) || TITLE_WORDS.has(w)) && !L.orgHeads.has(w);
}
/**
 * A tagger span that is a place-led title phrase: a known place or demonym, then only jurisdiction words (gpeHeads:
 * District, State, County …) or ordinary lower-case-vocabulary words (a portfolio: "Economy"), then a title — inside the
 * span or right after it ("Brooklyn District | Attorney", "Oklahoma Gov.", "Mexican Economy | Secretary"). Returns the
 * end of the place / demonym (its name is the mention), or -1: not such a phrase, a head word that makes the words an
 * organisation ("Queensland Police | Inspector"), or a span the KB knows whole ("Harris County | Sheriff"). A title's
 * "of" / "for" portfolio of ordinary words may end the span ("US Secretary of State", "Indian Minister of Finance").
 */
export function titleLeadPlace(inp: { toks: readonly Tok[]; kb: EntityKb | null }, s: number, e: number): { end: number; demonym: boolean } | null {
  const { toks, kb } = inp;
  if (!kb || e - s < 2) return null;
  const L = lexicon();
  // "US Secretary of State": a title's "of" / "for" portfolio of ordinary words ends the phrase
  const ordinary = (w: string): boolean => !L.orgHeads.has(w) && !L.facHeads.has(w) && (L.gpeHeads.has(w) || ordinaryWord(w));
  if (kb.byAlias(spanKey(toks, s, e)).length) return null;
  for (let o = s + 2; o < e - 1; o++) {
    if ((toks[o]!.lower === 'of' || toks[o]!.lower === 'for') && isTitleTok(toks[o - 1]) && toks.slice(o + 1, e).every((x) => x.cap && ordinary(x.lower))) { e = o; break; }
  }
  let t = e;
  while (t > s + 1 && isTitleTok(toks[t - 1])) t--;
  if (t === e && !isTitleTok(toks[e])) return null;
  let p = t; let demonym = false;
  for (; p > s; p--) {
    const key = spanKey(toks, s, p);
    if (kb.byAlias(key).some((x) => PLACE_TYPES.has(x.type))) break;
    if (kb.byDemonym?.(key).length) { demonym = true; break; }
  }
  if (p === s || p === e) return null;
  for (let k = p; k < t; k++) {
    const w = toks[k]!.lower;
    if (!ordinary(w)) return null;
  }
  return { end: p, demonym };
}

/** Index of the "of" that ends a leading title phrase in [s, e) ("Chief Executive Officer of …"), or -1. */
function titlePhraseOf(toks: readonly Tok[], s: number, e: number): number {
  const L = lexicon();
  for (let k = s + 1; k < e - 1; k++) {
    if (toks[k]!.lower !== 'of') continue;
    if (!L.roleNouns.has(toks[k - 1]!.lower) || L.orgHeads.has(toks[k - 1]!.lower)) return -1;
    for (let q = s; q < k; q++) { const x = stripDot(toks[q]!.lower); if (!(L.roleNouns.has(x) || TITLE_WORDS.has(x) || L.titleModifiers.has(x))) return -1; }
    return k;
  }
  return -1;
}
/** [s, e) starts with a prominent place (a country, state or large city) that is not a given name, and is no KB name itself. */
function placeLed(kb: EntityKb, toks: readonly Tok[], s: number, e: number): boolean {
  const first = toks[s]!;
  if (wordClassOf(first.lower) & (WC_GIVEN | WC_SURNAME | WC_PERSON)) return false;
  const key = spanKey(toks, s, s + 1);
  if (kb.isWeak?.(key)) return false;
  const es = kb.byAlias(key);
  if (!es.length || !es.every((x) => (x.type === 'GPE' || x.type === 'LOC') && prominence(x) >= 40)) return false;
  return kb.byAlias(spanKey(toks, s, e)).length === 0;
}
/** [s, e) is a KB alias that is not weak (a name the KB knows on its own). */
function knownName(kb: EntityKb, toks: readonly Tok[], s: number, e: number): boolean {
  const key = spanKey(toks, s, e);
  return kb.byAlias(key).length > 0 && !(kb.isWeak && kb.isWeak(key));
}
/** [s, e) reads as a person's name: one known name word ("Smith", "Hall"), or a known given name and name words. */
function readsAsPersonName(toks: readonly Tok[], s: number, e: number): boolean {
  if (e - s === 1) return (wordClassOf(toks[s]!.lower) & (WC_GIVEN | WC_SURNAME | WC_PERSON)) !== 0;
  return personLikeName(toks, s, e);
}
/**
 * [s, e) is a person's name (two words or more, every one tagged PER, no head word, no KB name other than a person's),
 * possibly after title words, then "of" and a name ending on a head: the person and the "of" index, else undefined.
 */
function personBeforeOf(inp: RecognizeInput, s: number, e: number): { s: number; of: number } | undefined {
  const { toks, labels, kb } = inp;
  if (e - s < 4 || !isHead(toks[e - 1]!.lower)) return undefined;
  // only the span's own tokens: a scan of the whole document per capitalised run was quadratic
  let of = -1;
  for (let k = s + 1; k < e - 1; k++) if (toks[k]!.lower === 'of') { of = k; break; }
  if (of < 0) return undefined;
  let a = s;
  while (a < of && (isTitleWord(stripDot(toks[a]!.lower)) || (toks[a]!.sentStart && (wordClassOf(toks[a]!.lower) & WC_LOWER) && !(wordClassOf(toks[a]!.lower) & WC_GIVEN)))) a++;
  if (of - a < 2) return undefined;
  for (let k = a; k < of; k++) {
    const l = LABELS[labels[k]!]!;
    if (!toks[k]!.cap || (l !== 'B-PER' && l !== 'I-PER') || isHead(toks[k]!.lower)) return undefined;
  }
  if (kb && kb.byAlias(spanKey(toks, a, of)).some((x) => x.type !== 'PERSON')) return undefined;
  return { s: a, of };
}
function isHead(w: string): boolean {
  const L = lexicon();
  return L.facHeads.has(w) || L.orgHeads.has(w) || L.locHeads.has(w) || L.companySuffixes.has(stripDot(w));
}

/**
 * Token j is a possessive clitic inside a name that ends on the head word right after it ("Sheriff's Office",
 * "Alzheimer's Association"): the head is an organisation or facility head and the last capitalised word, and the
 * owner before the clitic is a role noun, an eponym of `possessiveNameOwners` ("Alzheimer's", "Parkinson's"), or a
 * capitalised word that is no person's name and that the KB does not name ("Russia's Parliament", "Google's Office",
 * "Smith's Office" stay an owner and a noun).
 */
function possessiveHeadEnd(kb: EntityKb | null, toks: readonly Tok[], j: number, to: number): boolean {
  const L = lexicon();
  const owner = toks[j - 1]; const head = toks[j + 1];
  if (!owner || !head || j + 1 >= to || !owner.cap || !head.cap || head.allCaps) return false;
  if (!(L.orgHeads.has(head.lower) || L.facHeads.has(head.lower))) return false;
  if (j + 2 < to && capLike(toks[j + 2]!)) return false;
  if (L.roleNouns.has(owner.lower) || L.possessiveNameOwners.has(owner.lower)) return true;
  if (owner.allCaps || L.nonEntities.has(owner.lower) || L.norpWords.has(owner.lower)) return false;
  // a person's name owns the body ("Smith's Office" is Smith's office); so does a name the KB knows ("Russia's")
  if (wordClassOf(owner.lower) & (WC_GIVEN | WC_SURNAME | WC_PERSON | WC_LOWER)) return false;
  return !!kb && !kb.byAlias(tokNorm(owner)).length && !kb.byDemonym?.(tokNorm(owner))?.length;
}

/** Token j is the bare apostrophe of a plural possessive ("Workers' Party"): after a word ending in s, before a word. */
function pluralApos(toks: readonly Tok[], j: number): boolean {
  const t = toks[j]!; const p = toks[j - 1]; const n = toks[j + 1];
  return (t.text === "'" || t.text === '’') && !!p && p.isWord && p.end === t.start && /s$/i.test(p.text) && !!n && n.isWord && n.start > t.end;
}

const DATE_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'tue', 'tues', 'thu', 'thur', 'thurs', 'fri']);

/** The capitalised words from k on end in a possessive clitic ("Ukraine's", "the Kremlin's"). */
function possessiveAhead(toks: readonly Tok[], k: number, to: number): boolean {
  let j = k;
  while (j < to && j - k < 6 && capLike(toks[j]!)) j++;
  return j > k && j < to && toks[j]!.poss;
}

/**
 * A place-led organisation name (data: placeLedOrgHeads): a utility or industry word, or a two-word head, after a KB
 * place ("Kenya Power", "Gaza Civil Defence") or after one demonym ("the Indonesian Military"); not after a given name
 * ("Tyrone Power").
 */
function placeLedOrgHead(inp: RecognizeInput, s2: number, e2: number): boolean {
  const { toks, kb } = inp;
  const L = lexicon();
  if (!kb || (wordClassOf(toks[s2]!.lower) & (WC_GIVEN | WC_PERSON))) return false;
  const h1 = toks[e2 - 1]!.lower;
  const h2 = e2 - s2 >= 3 ? toks[e2 - 2]!.lower + ' ' + h1 : '';
  const head = h2 && L.placeLedOrgHeads.has(h2) ? h2 : L.placeLedOrgHeads.has(h1) ? h1 : '';
  const n = head === h1 ? 1 : 2;
  if (!head || e2 - n <= s2) return false;
  if (kb.byAlias(spanKey(toks, s2, e2 - n)).some((x) => x.type === 'GPE' || x.type === 'LOC')) return true;
  return e2 - n - s2 === 1 && L.placeLedAfterDemonym.has(head) && (kb.byDemonym?.(toks[s2]!.lower).length ?? 0) > 0;
}

/**
 * The words after an organisation lead word ("Bank", "Grupo") [s, e) make a name: a KB place among them, or a word
 * that is neither ordinary English nor a role ("Mandiri"); "Bank Holiday", "Bank Manager" stay ordinary phrases.
 */
function orgLeadRest(inp: RecognizeInput, s: number, e: number): boolean {
  const { toks, kb } = inp;
  const L = lexicon();
  if (e <= s) return false;
  for (let k = s; k < e; k++) {
    const w = toks[k]!.lower;
    if (L.roleNouns.has(w) || L.personNouns.has(w) || L.miscHeads.has(w)) return false;
  }
  if (kb && kb.byAlias(spanKey(toks, s, e)).some((x) => x.type === 'GPE' || x.type === 'LOC')) return true;
  for (let k = s; k < e; k++) {
    const w = toks[k]!.lower;
    if (L.nameConnectors.has(w) || !toks[k]!.isWord) continue;
    if (!isCommonEnglishWord(w) && !(wordClassOf(w) & WC_LOWER) && !L.nonEntities.has(w)) return true;
  }
  return false;
}

/** the number of words capMask (src/kb/compile.ts) counts in a surface: split at spaces, hyphens and slashes */
function surfaceWordCount(surface: string): number {
  return surface.normalize('NFKD').replace(/[.]/g, '').split(/[\s\-‐‑–—/]+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** a road number: one or two capitals and up to four digits ('M4', 'A1', 'N-7', 'I-95') */
/** an ordinal in digits ('4th', '21st', '2nd') */
const ORDINAL_NUM = /^\d{1,3}(?:st|nd|rd|th)$/;
const ROAD_NUMBER = /^\p{Lu}{1,2}-?\d{1,4}$/u;

const INDEFINITE = new Set(['a', 'an']);
/** The capitalised words from k on are a place the KB knows ("of the United States", "of the US"): the run stops before "of". */
function placeAfterThe(kb: EntityKb | null, toks: readonly Tok[], k: number, to: number): boolean {
  if (!kb) return false;
  let e = k;
  while (e < to && e - k < 4 && capLike(toks[e]!)) e++;
  return e > k && kb.byAlias(spanKey(toks, k, e)).some((x) => PLACE_TYPES.has(x.type));
}
/**
 * The "of" at `j` of a run that starts at `start` and ends before `to` goes on with an organisation's name: an
 * organisation head (no role noun) before it, "the" and a capitalised name (or an ordinal before one) after it ("the
 * Joint Command of the Armed Forces", "the Federal Regional Court of the 4th Region"); not after "a"/"an" before the
 * run ("a Specialist Group of the … Society"), not before a possessive ("of the Navy's …") nor a place the KB knows
 * ("of the US"). Shared by the run scan (collectCandidates) and the rules over a run (ruleRun).
 */
function orgOfTheGoesOn(kb: EntityKb | null, toks: readonly Tok[], start: number, j: number, to: number): boolean {
  const L = lexicon();
  return toks[j]!.lower === 'of' && j > start && j + 2 < to && toks[j + 1]!.lower === 'the' && L.orgHeads.has(toks[j - 1]!.lower) && !L.roleNouns.has(toks[j - 1]!.lower)
    && (capLike(toks[j + 2]!) || (ORDINAL_NUM.test(toks[j + 2]!.text) && j + 3 < to && capLike(toks[j + 3]!)))
    && !possessiveAhead(toks, j + 2, to) && !(start > 0 && INDEFINITE.has(toks[start - 1]!.lower)) && !placeAfterThe(kb, toks, j + 2, to);
}
/** The first "of" in [s, e) after which an organisation's name goes on ("Joint Command of the Armed Forces"), else -1. */
function orgHeadOfThe(kb: EntityKb | null, toks: readonly Tok[], start: number, s: number, e: number): number {
  for (let k = s + 1; k < e - 2; k++) if (orgOfTheGoesOn(kb, toks, start, k, e)) return k;
  return -1;
}
/**
 * An "of" (or "of the") in [from, e) after which the rest of the run is a place the KB knows ("Government of the
 * Republic of Kenya", "Department of the Treasury of Ardel"): the index of the leftmost such "of", so that the longest
 * place is kept whole ("Republic of Kenya", not "Kenya" and a broken "Government of the Republic"), else -1. The
 * body's name stops before it; with no such "of" the run stays whole.
 */
function trailingPlaceOf(kb: EntityKb | null, toks: readonly Tok[], from: number, e: number): number {
  if (!kb) return -1;
  for (let k = Math.max(from, e - 6); k < e - 1; k++) {
    if (toks[k]!.lower !== 'of') continue;
    const p = toks[k + 1]!.lower === 'the' ? k + 2 : k + 1;
    if (p < e && e - p <= 4 && kb.byAlias(spanKey(toks, p, e)).some((x) => PLACE_TYPES.has(x.type))) return k;
  }
  return -1;
}

let portfolioRoles: ReadonlySet<string> | undefined;

/**
 * "United and American Airlines", "SpaceIL and Israel Aerospace Industries": a run of plain name words, "and", then a
 * body named after a place or nation ending on an organisation head or company suffix is two names: the index of that
 * "and", else -1. The left part must be a name (a KB name, or words that are no ordinary English: not "Food and Drug
 * Administration", "Fish and Wildlife Service"), with no connector of its own ("Department of Health and Human
 * Services"); a place the KB knows across the "and" stays one ("Bosnia and Herzegovina Football Federation"), and so
 * does a run the KB knows whole.
 */
function bodyAfterNameAnd(inp: RecognizeInput, s: number, e: number): number {
  const kb = inp.kb!; const { toks } = inp; const L = lexicon();
  let k = s + 1;
  while (k < e && capLike(toks[k]!) && !toks[k]!.poss) k++;
  if (k >= e - 2 || toks[k]!.lower !== 'and') return -1;
  const hd = toks[e - 1]!.lower;
  if (!toks[e - 1]!.cap || !(L.orgHeads.has(hd) || L.companySuffixes.has(stripDot(hd)))) return -1;
  for (let q = k + 1; q < e; q++) if (!capLike(toks[q]!)) return -1;
  const first = toks[k + 1]!.lower;
  const placeLed = kb.byAlias(first).some((x) => x.type === 'GPE' || x.type === 'LOC') || !!kb.byDemonym?.(first)?.length;
  if (!placeLed || L.orgHeads.has(first)) return -1;
  const leftKnown = knownName(kb, toks, s, k);
  for (let q = s; q < k && !leftKnown; q++) {
    const w = toks[q]!.lower;
    if ((wordClassOf(w) & WC_LOWER) || isCommonEnglishWord(w) || isHead(w)) return -1;
  }
  if (kb.byAlias(spanKey(toks, s, k + 2)).length || kb.byAlias(spanKey(toks, s, e)).length) return -1;
  return k;
}

/**
 * A capitals abbreviation that the non-entity list holds for another sense ("BC" the era) but the KB knows as a place,
 * leading a run that ends on an organisation or facility head: the place the body is named after ("the BC Wildfire
 * Service", "CT Department of Transportation"), kept in the name instead of being dropped as a junk word.
 */
function placeAbbrevLeadsBody(inp: RecognizeInput, s: number, e: number): boolean {
  const L = lexicon();
  const t = inp.toks[s]!;
  if (!t.allCaps || !inp.kb || e - s < 2) return false;
  const hasHead = (k: number) => inp.toks[k]!.cap && (L.orgHeads.has(inp.toks[k]!.lower) || L.facHeads.has(inp.toks[k]!.lower));
  let headed = false;
  for (let k = s + 1; k < e; k++) if (hasHead(k)) { headed = true; break; }
  return headed && inp.kb.byAlias(t.lower).some((x) => x.type === 'GPE' || x.type === 'LOC');
}

/** Rules over one capitalised run [s, e): organisation / facility / location / GPE heads. */
function ruleRun(inp: RecognizeInput, s: number, e: number, out: Cand[]): void {
  const { toks, sents } = inp;
  const L = lexicon();
  void sents;
  let s2 = s;
  // an honorific leading three or more words that end on a facility head is the eponym's ("the King Power Stadium",
  // "Queen Elizabeth Hospital", "Sheikh Zayed Grand Mosque"), not a title before a person
  const eponymSite = L.facHeads.has(toks[e - 1]!.lower) && toks[e - 1]!.cap;
  // a state body's compound capitalised ("Home Ministry", "Justice Ministry": ownedBodyNouns) keeps its first word,
  // though that word alone is an ordinary word or an honorific ("home", "Justice")
  const bodyCompound = (k: number): boolean => k + 1 < e && toks[k + 1]!.cap && L.ownedBodyNouns.has(toks[k]!.lower + ' ' + toks[k + 1]!.lower);
  while (s2 < e && !bodyCompound(s2) && ((((L.leadingJunk.has(toks[s2]!.lower) && !placeAbbrevLeadsBody(inp, s2, e)) || (L.honorifics.has(toks[s2]!.lower) && !SAINT.has(toks[s2]!.lower) && !(eponymSite && e - s2 >= 3))) && !L.orgHeads.has(toks[s2]!.lower)) || /^\d.*-\p{Ll}/u.test(toks[s2]!.text) || affixCompound(toks[s2]))) s2++;
  // "Shares of Orvane Holdings Co.": an ordinary word opening the sentence, then "of" (not "Bank of …": a name word)
  if (s2 + 2 < e && toks[s2]!.sentStart && toks[s2 + 1]!.lower === 'of' && wordClassOf(toks[s2]!.lower) === WC_LOWER && !isHead(toks[s2]!.lower)) s2 += 2;
  // "Chairman and Chief Operating Officer of AirTran Airways": a title phrase before "of" is not part of the name
  for (let k = s2 + 1; k < e - 1; k++) {
    const w = toks[k]!.lower;
    if (w !== 'of') continue;
    let titles = true;
    for (let q = s2; q < k; q++) { const x = toks[q]!.lower; if (!(L.roleNouns.has(x) || TITLE_WORDS.has(x))) { titles = false; break; } }
    if (titles && L.roleNouns.has(toks[k - 1]!.lower)) s2 = k + 1;
    break;
  }
  // "Kabirul Bashar of Jahangirnagar University", "Professor Mark Tarrow of Halden University": a person the tagger
  // reads as one, then "of" and a headed name: the person's affiliation, not part of the organisation's name
  const ofPerson = personBeforeOf(inp, s2, e);
  if (ofPerson) { out.push({ s: ofPerson.s, e: ofPerson.of, type: 'PERSON', src: 'model', rule: 'person-of-org', score: 0, tagType: 'PER' }); s2 = ofPerson.of + 1; }
  // "The Halden Transit Authority Director Ola Strand", "the Kelby Port Authority Chief Executive": an organisation
  // head right before a capitalised role noun ends the body's name; the title and the person after it are no part of
  // it (the title rule takes the person). Not a head that is a role noun itself, not a title that is an organisation
  // head too, not a run the KB knows whole; three words at least, for a place and one head before a title ("Maui
  // Police Chief John Pelletier") names the place, and a title that names a portfolio (title-portfolio-roles.txt:
  // "Saudi Arabian Energy Minister") keeps its words
  for (let k = s2 + 2; k < e - 1; k++) {
    const w = toks[k]!.lower; const nx = toks[k + 1]!;
    if (!L.orgHeads.has(w) || L.roleNouns.has(w) || !nx.cap || !L.roleNouns.has(stripDot(nx.lower)) || L.orgHeads.has(nx.lower)) continue;
    portfolioRoles ??= readWordSet('title-portfolio-roles.txt');
    if (portfolioRoles.has(stripDot(nx.lower))) break;
    // (a run joined by "and" may open on another name: "with Tusk and European Commission President Jean-Claude Juncker")
    let joined = false;
    for (let q = s2 + 1; q < k; q++) if (toks[q]!.lower === 'and') joined = true;
    if (joined) break;
    if (!(inp.kb && inp.kb.byAlias(spanKey(toks, s2, e)).length)) e = k + 1;
    break;
  }
  let e2 = e;
  // a lower-case facility head right after the run ("Abu Mansur dam", "Al-Azhar mosque"), unless the run is a known place
  const nxt = toks[e];
  const lastRun = toks[e - 1]!;
  const adjCompound = lastRun.text.includes('-') && /-\p{Ll}/u.test(lastRun.text) && !PARTICLE_PREFIX.test(lastRun.text);
  const nameLike = e - s2 >= 2 || PARTICLE_PREFIX.test(lastRun.text.charAt(0).toLowerCase() + lastRun.text.slice(1));
  const siteHead = (w: string) => L.facHeads.has(w) || L.locHeads.has(w);
  if (nxt && nxt.isWord && !nxt.cap && siteHead(nxt.lower) && s2 < e && !toks[s2]!.sentStart && !adjCompound && nameLike) {
    const known = inp.kb ? inp.kb.byAlias(spanKey(toks, s2, e)) : [];
    // a location head after a demonym is no name of its own ("the South American coast")
    const demonymLed = !L.facHeads.has(nxt.lower) && !!inp.kb?.byDemonym?.(spanKey(toks, s2, e))?.length;
    if (!demonymLed && (!known.some((x) => (x.type === 'GPE' || x.type === 'LOC') && prominence(x) >= 30) || L.facUniqueHeads.has(nxt.lower))) e2 = e + 1;
  } else if (nxt && nxt.isWord && !nxt.cap && s2 < e && !toks[s2]!.sentStart && !adjCompound) {
    // lower-case modifiers before the head ("the Dornbach coal power plant", "Zaporizhzhia nuclear power plant"), or a
    // one-word name before a head that names one facility ("the Mosul dam", "Pemex's Tula refinery"): the facility; a
    // word before a plain head ("the Kyiv airport", "a Gaza hospital", "the Brenvik tunnel") stays what it was
    let m = e;
    while (m < toks.length && m - e < 3 && toks[m]!.isWord && !toks[m]!.cap && toks[m]!.sent === lastRun.sent && L.facModifiers.has(toks[m]!.lower)) m++;
    const h = toks[m];
    if (h && h.isWord && !h.cap && h.sent === lastRun.sent && (L.facHeads.has(h.lower) || (m === e && L.facUniqueHeads.has(h.lower)))) {
      const known = inp.kb ? inp.kb.byAlias(spanKey(toks, s2, e)) : [];
      const single = e - s2 === 1 && !nameLike;
      const w0 = toks[s2]!.lower;
      // a road number before a road head is the road's name ("the M4 motorway"; not "the B1242 road")
      const roadNumber = single && m === e && L.roadNumberHeads.has(h.lower) && ROAD_NUMBER.test(toks[s2]!.text);
      // not after a demonym, a country, an ordinary word, another road number or a stance ("the pro-Beijing camp")
      const plainWord = single && !roadNumber && ((wordClassOf(w0) & (WC_LOWER | WC_GIVEN)) || isCommonEnglishWord(w0) || L.nonEntities.has(w0) || L.norpWords.has(w0) || !!inp.kb?.byDemonym?.(w0)?.length
        || /\d/.test(w0) || /^(?:pro|anti|non|ex|post|pre)-/.test(w0));
      const country = known.some((x) => x.kind === 'COUNTRY');
      // a head that names its site after a name the KB knows as no place nor person ("the Olivos residence", "Ezeiza
      // airport"), where a known town before it stays the town ("the Kyiv airport", "Wexford port")
      const namedSite = single && m === e && L.facNamedHeads.has(h.lower) && !known.some((x) => x.type === 'GPE' || x.type === 'LOC' || x.type === 'PERSON');
      if (!plainWord && !(single && country) && (m > e || roadNumber || namedSite || (single && L.facUniqueHeads.has(h.lower)))) e2 = m + 1;
    }
  }
  // "Storm Daniel", "Hurricane Ian", "Operation X": events; not a name that ends on an organisation or facility head
  // ("the Fire Service", "Storm Prediction Center", "Festival Hall": the body or the building the heads below type)
  const bodyHead = toks[e2 - 1]!.cap && (L.orgHeads.has(toks[e2 - 1]!.lower) || L.facHeads.has(toks[e2 - 1]!.lower));
  if (s2 < e2 && L.eventPrefixes.has(toks[s2]!.lower) && e2 - s2 >= 2 && !bodyHead) {
    out.push({ s: s2, e: e2, type: 'EVENT', src: 'head', rule: 'event-prefix', score: 0 });
    return;
  }
  if (e2 - s2 < 2) return;
  const head = toks[e2 - 1]!.lower;
  const firstLw = toks[s2]!.lower;
  // "Marc Lamont Hill", "Jim Press": a given name and a surname that happens to be a place or organisation head; of
  // three words only before a head that is a surname too ("Hill"), or when the middle word is an ordinary word
  // ("Roman Catholic Church"): "George Washington Bridge" is the bridge
  if (toks[e2 - 1]!.cap && ((e2 - s2 <= 3 && (L.locHeads.has(head) || L.facHeads.has(head)) && (e2 - s2 === 2 || (wordClassOf(head) & WC_SURNAME) || (wordClassOf(toks[s2 + 1]!.lower) & WC_LOWER) || isCommonEnglishWord(toks[s2 + 1]!.lower))) || (e2 - s2 === 2 && L.orgHeads.has(head) && !L.companySuffixes.has(stripDot(head))))) {
    const wc = wordClassOf(firstLw);
    // (an honorific kept before a facility head is an eponym's: "King Power Stadium")
    if ((wc & WC_GIVEN) && !(wc & WC_LOWER) && !bodyCompound(s2) && !(eponymSite && (L.honorifics.has(firstLw) || L.roleNouns.has(firstLw))) && !(inp.kb && inp.kb.byAlias(spanKey(toks, s2, e2)).length)) return;
  }
  let type: EntityType | undefined;
  let rule = '';
  let headBeforeOf = false;
  let ofThe = -1;
  if (L.companySuffixes.has(stripDot(head))) { type = 'ORG'; rule = 'org-suffix'; }
  else if (L.streetOnlyFacHeads.has(head) && !streetContext(inp, s2)) { type = 'LOC'; rule = 'route-name'; } // "The Silk Road linked China and Europe"
  else if (L.facHeads.has(head) || (e2 - s2 >= 3 && L.facCompoundHeads.has(toks[e2 - 2]!.lower + ' ' + head))) { type = 'FAC'; rule = 'fac-head'; }
  // "the Federal Regional Court of the 4th Region", "the Bank of the Ardel Republic": a body named "head of the …"
  // is the body, whatever its last word
  else if ((ofThe = orgHeadOfThe(inp.kb, toks, s, s2, e2)) >= 0) {
    // ("Government of the Republic of Kenya": the body, then the place it is of, the place as long as the KB knows it)
    const ofPlace = trailingPlaceOf(inp.kb, toks, ofThe, e2);
    if (ofPlace > s2) e2 = ofPlace;
    type = 'ORG'; rule = 'org-head'; headBeforeOf = true;
  }
  else if (L.orgHeads.has(head)) { type = 'ORG'; rule = 'org-head'; }
  else if (L.locHeads.has(head)) { type = 'LOC'; rule = 'loc-head'; }
  else if (L.gpeHeads.has(head) && head !== 'state') { type = 'GPE'; rule = 'gpe-head'; }
  else if (L.miscHeads.has(head) && !(inp.kb && inp.kb.byAlias(spanKey(toks, s2, e2)).length)) { type = 'OTHER'; rule = 'misc-head'; }
  // a utility or industry word after a place ("Kenya Power", "Nigeria LNG", "Thames Water"): an organisation, though
  // after a given name the word is a surname ("Samantha Power", "Kerry Power")
  // and the same words after a demonym ("the Indonesian Military"), or a two-word head ("Gaza Civil Defence")
  else if (placeLedOrgHead(inp, s2, e2)) { type = 'ORG'; rule = 'org-head'; }
  // an organisation word leading a name that is no ordinary phrase ("Bank Indonesia", "Bank Mandiri", "Grupo Bimbo";
  // not "Bank Holiday")
  else if (L.orgLeadWords.has(firstLw) && orgLeadRest(inp, s2 + 1, e2)) { type = 'ORG'; rule = 'org-lead'; }
  // a street, square or site word leading a name that is no ordinary phrase ("Plaza de Mayo", "Rue de Rivoli")
  else if (L.facLeadWords.has(firstLw) && orgLeadRest(inp, s2 + 1, e2)) { type = 'FAC'; rule = 'fac-lead'; }
  else {
    // "University of Arizona", "Gulf of Mexico", "Department of Defense"
    let hasOf = false;
    // (or "on" after an organisation head, which alone lets the run go on: "Commission on Human Rights")
    const ofLike = (w: string) => w === 'of' || w === 'for' || w === 'on';
    for (let k = s2 + 1; k < e2 - 1; k++) if (ofLike(toks[k]!.lower)) hasOf = true;
    if (hasOf) {
      // the head is before "of": "Port Authority of New York", "Gulf of Mexico", "Palace of Westminster"
      let ofAt = s2 + 1; while (ofAt < e2 && !ofLike(toks[ofAt]!.lower)) ofAt++;
      const pre = toks.slice(s2, ofAt).map((t) => t.lower);
      headBeforeOf = true;
      // ("House of Councillors", "House of Delegates": a site head alone before "of" that names a legislature)
      if (pre.some((w) => L.orgHeads.has(w)) || (pre.length === 1 && L.bodyBeforeOfHeads.has(pre[0]!))) { type = 'ORG'; rule = 'org-head'; }
      else if (pre.some((w) => L.locHeads.has(w))) { type = 'LOC'; rule = 'loc-head'; }
      else if (pre.some((w) => L.facHeads.has(w))) { type = 'FAC'; rule = 'fac-head'; }
    }
  }
  if (!type) return;
  // a role noun inside means it is a title phrase ("Defence Minister"), not an organisation ("Civil Defence" is one)
  const twoWordHead = e2 - s2 >= 3 && L.placeLedOrgHeads.has(toks[e2 - 2]!.lower + ' ' + head);
  // (nor is a body whose head stands before "of": "the Nigerian Ministry of Justice", "Ministry of Finance")
  for (let k = s2; k < e2; k++) if (L.roleNouns.has(toks[k]!.lower) && !L.orgHeads.has(toks[k]!.lower) && !L.gpeHeads.has(toks[k]!.lower) && k === e2 - 1 && !twoWordHead && !headBeforeOf) return;
  out.push({ s: s2, e: e2, type, src: 'head', rule, score: 0 });
}

/**
 * "Las Vegas-based", "Oslo-based": where the KB place before the dash of token i begins — the leftmost token k in
 * [lo, i] whose text up to the dash is a place or location the KB knows (k = i: the part alone) — with its entries.
 * With `capsOnly` the words before token i must be capitalised words of its sentence, none possessive (the locative
 * rule, looking back from the token); without, any words of a tagger span (the span rule, trimming the span).
 */
function basedPlace(toks: readonly Tok[], text: string, kb: EntityKb, i: number, lo: number, capsOnly: boolean): { k: number; entries: readonly KbEntry[] } | undefined {
  const t = toks[i]!; const dash = t.text.lastIndexOf('-');
  if (dash <= 0) return undefined;
  let best: { k: number; entries: readonly KbEntry[] } | undefined;
  for (let j = i; j >= lo; j--) {
    const w = toks[j]!;
    if (capsOnly && j < i && (!w.isWord || !w.cap || w.sent !== t.sent || w.poss)) break;
    const es = kb.byAlias(normAliasLite(text.slice(w.start, t.start + dash))).filter((x) => x.type === 'GPE' || x.type === 'LOC');
    if (es.length) best = { k: j, entries: es };
  }
  return best;
}

/** Locative cue + single unknown capitalised word ("in Almkheley") and "X-based" sub-token mentions. */
export function locativeCandidates(inp: RecognizeInput, taken: Uint8Array): Cand[] {
  const { toks, kb, lowerSeen, text } = inp;
  const L = lexicon();
  const out: Cand[] = [];
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    // a web site named by its domain ("climate-data.org says")
    if (!taken[i] && t.isWord && WEB_DOMAIN.test(t.text)) { out.push({ s: i, e: i + 1, type: 'ORG', src: 'locative', rule: 'web-domain', score: 0 }); continue; }
    if (taken[i] || !t.cap || !t.isWord || t.headline) continue;
    // X-based
    const dash = t.text.lastIndexOf('-');
    if (dash > 0) {
      const suf = t.text.slice(dash + 1).toLowerCase();
      if (L.locativeSuffixes.has(suf) || L.affiliationSuffixes.has(suf)) {
        const part = t.text.slice(0, dash);
        const ents = kb ? kb.byAlias(normAliasLite(part)) : [];
        // "Hamas-run", "Iran-backed": only a name the KB knows (the owner may be anything: a group, a state, a person);
        // opening a sentence, where every word is capitalised, the same ("Oslo-based Halvora", not "Water-based paint")
        // "the Las Vegas-based operator", "a Santa Clara-based bank": the capitalised words before it and the part
        // make one name the KB knows as a place
        const bp = kb ? basedPlace(toks, text, kb, i, Math.max(0, i - 3), true) : undefined;
        if (bp && bp.k < i) {
          out.push({ s: bp.k, e: i + 1, cs: toks[bp.k]!.start, ce: t.start + dash, type: bp.entries[0]!.type, src: 'locative', rule: 'locative-based', score: 0, entries: bp.entries });
          continue;
        }
        if ((!L.locativeSuffixes.has(suf) || t.sentStart) && !ents.length) continue;
        out.push({ s: i, e: i + 1, cs: t.start, ce: t.start + dash, type: ents[0]?.type ?? 'GPE', src: 'locative', rule: 'locative-based', score: 0, entries: ents.length ? ents : undefined });
        continue;
      }
    }
    if (t.sentStart) continue;
    const p = toks[i - 1]!;
    // after a locative preposition ("in Almkheley"), a place noun and "of" ("the island of Maui"), or before a distance
    // ("Marvik, 12 km south of the border")
    const distance = distanceAppositionAfter(toks, i + 1);
    const p2 = toks[i - 2];
    const placeOf = p.lower === 'of' && !!p2 && !p2.cap && p2.sent === t.sent && L.cueBefore.get(p2.lower + ' of') === 'GPE' && L.appositionHeads.get(p2.lower) === 'GPE';
    // (a preposition capitalised only because it opens the sentence counts too — "In Centretown, residents …" —
    // when the name is no ordinary English word: "In Addition, …", "At Dawn, …")
    const openingPrep = p.cap && p.sentStart && !p.headline && L.locativePreps.has(p.lower) && !isCommonEnglishWord(t.lower);
    if ((!L.locativePreps.has(p.lower) || (p.cap && !openingPrep)) && !distance && !placeOf) continue;
    if (p.lower === 'to' && toks[i - 2]?.lower === 'according') continue;
    const n = toks[i + 1];
    if (n && (n.cap || n.poss)) continue;
    if (L.nonEntities.has(t.lower) || L.norpWords.has(t.lower) || lowerSeen.has(t.lower) || t.allCaps) continue;
    if (/\d/.test(t.text) || t.text.length < 3) continue;
    if (/(?:ism|isms|phobia|ity|ness|ment|tion|sion|ance|ence|ing|ogy|ics)$/.test(t.lower)) continue;
    void text;
    out.push({ s: i, e: i + 1, type: 'GPE', src: 'locative', rule: 'locative-cue', score: 0 });
  }
  return out;
}

function normAliasLite(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[-‐‑–—]/g, ' ').replace(/[^\p{L}\p{N}' &]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

const SRC_BONUS: Record<Source, number> = { kb: 5, dem: 5, title: 7, head: 6, model: 3, locative: 0, acronym: 4, part: 0, appos: 6, given: 4 };

/** Greedy selection of non-overlapping candidates: longer first, then by source reliability. */
export function select(cands: Cand[], n: number, toks?: readonly Tok[], text?: string): { chosen: Cand[]; taken: Uint8Array } {
  if (toks && text) cands = cands.filter((c) => { const ch = text.charAt(toks[c.e - 1]!.end); return ch !== '$' && ch !== '€' && ch !== '£'; });
  // (a vessel noun before the name outranks a KB match of the same span: "the frigate Hessen" is the ship; a fixed
  // phrase of data/lexicon/misc-names.txt outranks a head rule over it: "the State of the Union" is no union)
  // (a leading honorific of a KB person alias does not make the match longer: "Dr. Tedros" gives way to "Tedros Adhanom
  // Ghebreyesus" over the same tokens)
  const honLead = (c: Cand) => {
    if (!toks || c.type !== 'PERSON' || c.src !== 'kb') return 0;
    let k = c.s;
    while (k < c.e - 1 && (lexicon().honorifics.has(stripDot(toks[k]!.lower)) || (k > c.s && toks[k]!.text === '.'))) k++;
    return k - c.s;
  };
  for (const c of cands) c.score = (c.e - c.s - honLead(c)) * 10 + SRC_BONUS[c.src] + (c.src === 'kb' && c.entries ? Math.min(3, prominence(c.entries[0]!) / 30) : 0) + (c.rule === 'classifier-vehicle' || c.rule === 'vehicle-name' ? 3 : 0) + (c.rule === 'misc-name' ? 1 : 0);
  // a KB match and a tagger span over the same tokens: keep the KB one, remember the tagger type
  const byKey = new Map<string, Cand>();
  for (const c of cands) {
    const k = `${c.s}:${c.e}:${c.cs ?? ''}`;
    const prev = byKey.get(k);
    if (!prev) { byKey.set(k, c); continue; }
    const [hi, lo] = prev.score >= c.score ? [prev, c] : [c, prev];
    if (!hi.tagType && lo.tagType) hi.tagType = lo.tagType;
    if (lo.src === 'appos' && lo.type !== 'PERSON' && !hi.apposType) hi.apposType = lo.type;
    if (!hi.entries && lo.entries && hi.type !== 'VEHICLE') hi.entries = lo.entries; // a craft is not the place it is named after
    byKey.set(k, hi);
  }
  const list = [...byKey.values()].sort((a, b) => b.score - a.score || a.s - b.s);
  const taken = new Uint8Array(n);
  const chosen: Cand[] = [];
  for (const c of list) {
    let clash = false;
    for (let k = c.s; k < c.e; k++) if (taken[k]) { clash = true; break; }
    if (clash) continue;
    for (let k = c.s; k < c.e; k++) taken[k] = 1;
    chosen.push(c);
  }
  chosen.sort((a, b) => a.s - b.s);
  return { chosen, taken };
}

/** "Hamas-run", "US-led", "Iran-backed": a capitalised compound ending in a locative or affiliation participle, which
 * describes the name after it and is no part of it; the suffix, or '' when the token is no such compound. */
export function affixCompound(t: Tok | undefined): string {
  if (!t || !t.isWord || !t.cap) return '';
  const dash = t.text.lastIndexOf('-');
  if (dash <= 0) return '';
  const suf = t.text.slice(dash + 1);
  if (!/^\p{Ll}+$/u.test(suf)) return '';
  const L = lexicon();
  return L.locativeSuffixes.has(suf) || L.affiliationSuffixes.has(suf) ? suf : '';
}

/** "eBay", "easyJet", "iHeartMedia": a brand written with a lower-case first letter and a capital inside, which
 * only the KB gazetteer may take as a name (the tagger skips lower-case words). */
const LOWER_CAMEL = /^\p{Ll}{1,4}\p{Lu}\p{Ll}/u;

const SURNAME_PREFIX = /^(?:Mc|Mac|Fitz|De|Di|Da|Du|Del|Della|La|Le|Van|Von|Ben|Al|El|O['’]?)\p{Lu}/u;
/** "CrowdStrike", "PayPal", "YouTube": a lower-case run then a capital inside one word, not a surname prefix. */
export function camelBrand(w: string): boolean {
  return /^\p{Lu}\p{Ll}+\p{Lu}/u.test(w) && !SURNAME_PREFIX.test(w) && !/[-'’]/.test(w);
}

/** A camel-case word with a digit, or an inner capital after a lower-case run of three or more letters
 *  ("FlightRadar24", "PowerOutage"); place names joined to a short prefix ("KwaThema", "KwaZulu", "LaSalle") are not. */
const PLACE_BRAND_SHAPE = /^\p{Lu}[\p{L}\p{N}]*\p{N}|^\p{Lu}\p{Ll}{3,}\p{Lu}/u;

/** "Police in KwaThema": a camel-case word after a preposition of place without a brand's shape is a place's name. */
function placeWordAfterPrep(inp: RecognizeInput, s: number): boolean {
  const { toks } = inp;
  return s > 0 && lexicon().placePreps.has(toks[s - 1]!.lower) && !PLACE_BRAND_SHAPE.test(toks[s]!.text);
}

/**
 * A one-word tagger place guess at `s` is a brand, not a place: a brand's shape (PLACE_BRAND_SHAPE), not a KB name, and
 * no place cue — no preposition of place before it ("Police in KwaThema") and no place cue of `contextCueType`.
 */
function camelPlaceBrand(inp: RecognizeInput, s: number): boolean {
  const { toks, kb } = inp; const t = toks[s]!;
  if (!camelBrand(t.text) || !PLACE_BRAND_SHAPE.test(t.text)) return false;
  if (kb && kb.byAlias(tokNorm(t)).length) return false;
  if (s > 0 && lexicon().placePreps.has(toks[s - 1]!.lower)) return false;
  const cue = contextCueType(toks, s, s + 1);
  return !(cue === 'GPE' || cue === 'LOC');
}

/**
 * A street-only facility head ("Road") names a street in street context: a preposition of place before the name or
 * before its "the" ("on Airport Road", "along the Mombasa Road"), a house number ("12 Station Road"), or no article
 * at all ("Airport Road was blocked"). After a bare "the" it is a route or a historical name ("The Silk Road linked
 * China and Europe", "the Burma Road"), not a facility (review of stop 23).
 */
function streetContext(inp: { toks: Tok[] }, s: number): boolean {
  const { toks } = inp;
  const L = lexicon();
  let p = s - 1;
  const prev = toks[p];
  if (!prev || prev.sent !== toks[s]!.sent) return true;
  if (/^\d+[a-z]?$/i.test(prev.text)) return true;
  if (prev.lower !== 'the') return true;
  p--;
  const before = toks[p];
  return !!before && before.sent === toks[s]!.sent && L.streetContextBefore.has(before.lower);
}

/** Token i is an all-caps word of two or three letters whose nearest words in its sentence are not all-caps. */
export function shortCapsInProse(toks: readonly Tok[], i: number): boolean {
  const t = toks[i]!;
  if (!t.allCaps || !/^\p{Lu}{2,3}$/u.test(t.text)) return false;
  for (const step of [-1, 1]) {
    for (let k = i + step; k >= 0 && k < toks.length && toks[k]!.sent === t.sent; k += step) {
      if (!toks[k]!.isWord) continue;
      if (toks[k]!.allCaps && toks[k]!.text.length > 1) return false;
      break;
    }
  }
  return true;
}

/** The span [s, e) is one all-caps acronym of 2–7 characters, a capital and then capitals, "&" or "." ("NDP", "M&G";
 * not a dotted "U.S."), outside a headline, that the KB does not know. */
function unknownAcronym(inp: RecognizeInput, kb: EntityKb | null, s: number, e: number): boolean {
  const toks = inp.toks;
  const surface = inp.text.slice(toks[s]!.start, toks[e - 1]!.end);
  if (!/^\p{Lu}(?:[\p{Lu}&.]){1,6}$/u.test(surface) || /\p{Lu}\.\p{Lu}\.?$/u.test(surface)) return false;
  if (toks[s]!.headline || (kb && kb.byAlias(spanKey(toks, s, e)).length)) return false;
  // a sentence in capitals throughout reads no acronym
  for (const k of [s - 1, e]) { const t = toks[k]; if (t && t.isWord && t.sent === toks[s]!.sent && t.allCaps && t.text.length > 1) return false; }
  return true;
}

/**
 * Whether span [s, e) ends in a role noun that is a common surname ("Shah", "King", "Marshal") right after a given name
 * ("Priya Shah", "Stephen King"): a person's name, not a title phrase ("Crown Prince", "Ottoman Sultan", "Deputy Minister").
 */
export function surnameRoleEnd(toks: readonly Tok[], s: number, e: number, taggedPerson = false): boolean {
  const L = lexicon();
  if (e - s < 2) return false;
  const last = toks[e - 1]!; const prev = toks[e - 2]!;
  if (!last.cap || last.allCaps || !prev.cap || prev.allCaps || !prev.isWord) return false;
  if (!(wordClassOf(last.lower) & WC_SURNAME)) return false;
  const pl = stripDot(prev.lower);
  if (L.roleNouns.has(pl) || L.honorifics.has(pl) || L.titleModifiers.has(pl) || isTitleWord(pl)) return false;
  const wc = wordClassOf(pl);
  if ((wc & WC_GIVEN) !== 0 || L.givenNames.has(pl)) return true;
  // (a word the name lists miss, read as a person's by the tagger: "Priya Shah"; not an ordinary, place, body or
  // nationality word: "Ottoman Sultan", "Iranian Shah")
  return taggedPerson && !(wc & (WC_LOWER | WC_PLACE | WC_ORG)) && !isCommonEnglishWord(pl) && !L.norpWords.has(pl) && !L.nonEntities.has(pl);
}

/** [s, e) — two or three capitalised words — reads as a person's name: a given name (or a word no list knows) first, a surname last, none an ordinary word. */
function miscPersonShape(inp: RecognizeInput, s: number, e: number): boolean {
  const { toks, kb } = inp;
  if (e - s < 2 || e - s > 3) return false;
  for (let k = s; k < e; k++) {
    const t = toks[k]!;
    if (!t.isWord || !t.cap || t.allCaps || t.headline || isHead(t.lower) || isTitleWord(stripDot(t.lower))) return false;
    const c = wordClassOf(t.lower);
    if ((c & WC_LOWER) || isCommonEnglishWord(t.lower)) return false;
    // (a first word the name lists do not know at all may be a given name they miss: "Rahul", "Tendai")
    if (k === s ? !(c & WC_GIVEN) && c !== 0 : k === e - 1 && !(c & WC_SURNAME)) return false;
  }
  return !(kb && kb.byAlias(spanKey(toks, s, e)).some((x) => x.type !== 'PERSON'));
}
