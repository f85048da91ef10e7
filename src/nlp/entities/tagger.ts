// A small averaged-perceptron BIO tagger with hashed features, decoded greedily left to right (the committed model) or,
// for a model written as 'NGP3', by first-order Viterbi (viterbiDecode; see scripts/train-ner.ts VITERBI). Weights are trained by
// scripts/train-ner.ts on open corpora (wikigold, GUM; word clusters from open unlabeled news) and stored in data/models/ner-perceptron.bin
// (gzipped int8, dense, with a per-model scale). Feature extraction is shared by training and inference.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { projectRoot } from '../../core/shared.js';
import { lexClass, lexicon } from './lexicon.js';
import { normAlias } from '../../kb/normalize.js';

export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Label = (typeof LABELS)[number];
export const NL = LABELS.length;
export const HASH_BITS = 16;
const MASK = (1 << HASH_BITS) - 1;

/** One token as the tagger sees it. */
export interface TagTok { text: string; lower: string; sentStart: boolean; headline?: boolean }

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return h >>> 0;
}
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function shapeOf(w: string): string {
  let out = ''; let last = '';
  for (const ch of w) {
    let c: string;
    if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch !== ch.toLowerCase()) c = 'X';
    else if (ch !== ch.toUpperCase()) c = 'x';
    else c = ch;
    if (c !== last) { out += c; last = c; if (out.length >= 8) break; }
  }
  return out;
}

const CONNECT = new Set(['of', 'and', 'the', 'for', 'de', 'del', 'la', 'le', 'al', 'el', 'bin', 'van', 'von', 'der', 'du', 'da', 'di', '&', '-', 'on']);
function isCapTok(t: TagTok): boolean { const c = t.text[0] ?? ''; return c !== c.toLowerCase(); }

/** Per-sentence precomputed token hashes. */
export interface SentFeats {
  hLower: Uint32Array; hText: Uint32Array; hShape: Uint32Array; hSuf3: Uint32Array; hPre3: Uint32Array; hSuf4: Uint32Array;
  hClass: Uint32Array; hRunHead: Uint32Array; hRunHeadCls: Uint32Array; runPos: Uint8Array; runLen: Uint8Array;
  /** lower-case word just before / after the capitalised run holding the token (PAD outside runs) */
  hRunPrev: Uint32Array; hRunNext: Uint32Array; clC: Uint32Array; clF: Uint32Array; clRunPrev: Uint32Array; docCue: Uint8Array;
  lcSeen: Uint8Array; cap: Uint8Array; gaz: Uint8Array; kbt: Uint8Array;
}

/** Word classes stored with the model: bit flags per lower-cased word (see WC_*). */
export const WC_GIVEN = 1, WC_SURNAME = 2, WC_PLACE = 4, WC_ORG = 8, WC_LOWER = 16, WC_PERSON = 32;
let wordClass: Map<string, number> | undefined;
export function setWordClasses(m: Map<string, number>): void { wordClass = m; }
export const WORDCLASS_PATH = join(projectRoot, 'data', 'models', 'ner-wordclass.json');
/** Word-class flags of a lower-cased word (WC_*). */
export function wordClassOf(lower: string): number { return wc(lower); }
function wc(lower: string): number {
  if (!wordClass) {
    wordClass = new Map();
    if (existsSync(WORDCLASS_PATH)) {
      const raw = JSON.parse(readFileSync(WORDCLASS_PATH, 'utf8')) as Record<string, string>;
      // stored as flag → space-separated words, to keep the file small
      for (const [flag, words] of Object.entries(raw)) {
        const f = Number(flag);
        for (const w of words.split(' ')) if (w) wordClass.set(w, (wordClass.get(w) ?? 0) | f);
      }
    }
  }
  return wordClass.get(lower) ?? 0;
}

/** Distributional clusters stored with the model (scripts/ner/clusters.ts): lower-cased word → [coarse, fine]. */
let clusters: Map<string, [number, number]> | undefined;
export const CLUSTERS_PATH = join(projectRoot, 'data', 'models', 'ner-clusters.json');
export function setClusters(m: Map<string, [number, number]>): void { clusters = m; wordCache.clear(); }
/** File form: { coarse: { id: "w w …" }, fine: { id: "w w …" } }. */
export function clustersToJson(m: Map<string, [number, number]>): string {
  const co: Record<string, string[]> = {}, fi: Record<string, string[]> = {};
  for (const [w, [a, b]] of [...m].sort((x, y) => (x[0] < y[0] ? -1 : 1))) { (co[a] ??= []).push(w); (fi[b] ??= []).push(w); }
  const j = (o: Record<string, string[]>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v.join(' ')]));
  return JSON.stringify({ coarse: j(co), fine: j(fi) });
}
function clusterOf(lower: string): [number, number] | undefined {
  if (!clusters) {
    clusters = new Map();
    if (existsSync(CLUSTERS_PATH)) {
      const raw = JSON.parse(readFileSync(CLUSTERS_PATH, 'utf8')) as { coarse: Record<string, string>; fine: Record<string, string> };
      for (const [id, words] of Object.entries(raw.coarse)) for (const w of words.split(' ')) if (w) clusters.set(w, [Number(id), -1]);
      for (const [id, words] of Object.entries(raw.fine)) for (const w of words.split(' ')) { const c = clusters.get(w); if (c) c[1] = Number(id); }
    }
  }
  return clusters.get(lower);
}

const PAD = fnv('<pad>');
interface WordHashes {
  hLower: number; hText: number; hShape: number; hSuf3: number; hPre3: number; hSuf4: number; hClass: number; cap: number; gaz: number; hClC: number; hClF: number;
  /** summed label scores of the word (own features, as previous, as next neighbour) under weights `stW` and mask `stFeat`; see wordScores */
  st: Int32Array | null; stW: Int16Array | null; stFeat: number;
}
const wordCache = new Map<string, WordHashes>();
/** Per-word feature hashes, cached across calls (news vocabulary repeats). */
function wordHashes(text: string, lw: string): WordHashes {
  let w = wordCache.get(text);
  if (w) return w;
  const c = text[0] ?? '';
  w = {
    hLower: fnv(lw), hText: fnv(text), hShape: fnv(shapeOf(text)), hSuf3: fnv(lw.slice(-3)), hPre3: fnv(lw.slice(0, 3)),
    hSuf4: fnv(lw.slice(-4)), hClass: classHash(lw), cap: c !== c.toLowerCase() ? 1 : 0, gaz: wc(lw), hClC: 0, hClF: 0,
    st: null, stW: null, stFeat: 0,
  };
  const cl = clusterOf(lw);
  // an unclustered word: its own value, split by capitalisation (rare names vs rare common words)
  w.hClC = cl ? cl[0] : 1000 + w.cap; w.hClF = cl ? cl[1] : 1000 + w.cap;
  if (wordCache.size >= 200_000) wordCache.clear();
  wordCache.set(text, w);
  return w;
}
const classCache = new Map<string, number>();
function classHash(lw: string): number {
  let h = classCache.get(lw);
  if (h === undefined) { h = fnv(lexClass(lw)); if (classCache.size < 200_000) classCache.set(lw, h); }
  return h;
}

function allocFeats(n: number): SentFeats {
  return {
    hLower: new Uint32Array(n), hText: new Uint32Array(n), hShape: new Uint32Array(n), hSuf3: new Uint32Array(n),
    hPre3: new Uint32Array(n), hSuf4: new Uint32Array(n), hClass: new Uint32Array(n), hRunHead: new Uint32Array(n),
    hRunHeadCls: new Uint32Array(n), hRunPrev: new Uint32Array(n), hRunNext: new Uint32Array(n), clC: new Uint32Array(n), clF: new Uint32Array(n), clRunPrev: new Uint32Array(n), docCue: new Uint8Array(n), runPos: new Uint8Array(n), runLen: new Uint8Array(n), lcSeen: new Uint8Array(n), cap: new Uint8Array(n), gaz: new Uint8Array(n), kbt: new Uint8Array(n),
  };
}
// One scratch set of feature arrays, grown on demand and reused sentence after sentence (no per-sentence garbage).
// A SentFeats returned by prepare() is valid until the next call.
let scratch: SentFeats = allocFeats(64);
let scratchZeroKbt = scratch.kbt;
let scratchCap = 64;
/** The cached per-word hashes of the tokens of the last prepare() call (same lifetime as `scratch`). */
const scratchWords: WordHashes[] = [];

export function prepare(toks: readonly TagTok[], lowerSeen?: ReadonlySet<string>, kbt?: Uint8Array, cues?: ReadonlyMap<string, number>): SentFeats {
  const n = toks.length;
  if (n > scratchCap) { scratchCap = Math.max(n, scratchCap * 2); scratch = allocFeats(scratchCap); scratchZeroKbt = scratch.kbt; }
  const f = scratch;
  if (kbt) f.kbt = kbt; else { scratchZeroKbt.fill(0, 0, n); f.kbt = scratchZeroKbt; }
  f.runPos.fill(0, 0, n); f.runLen.fill(0, 0, n);
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    const w = wordHashes(t.text, t.lower);
    scratchWords[i] = w;
    f.hLower[i] = w.hLower; f.hText[i] = w.hText; f.hShape[i] = w.hShape;
    f.hSuf3[i] = w.hSuf3; f.hPre3[i] = w.hPre3; f.hSuf4[i] = w.hSuf4;
    f.hClass[i] = w.hClass; f.cap[i] = w.cap; f.gaz[i] = w.gaz; f.clC[i] = w.hClC; f.clF[i] = w.hClF;
    f.lcSeen[i] = w.cap && lowerSeen && lowerSeen.has(t.lower) ? 1 : 0;
    f.docCue[i] = w.cap && cues ? cues.get(t.text) ?? 0 : 0;
  }
  // capitalised runs (with connectors inside)
  let i = 0;
  while (i < n) {
    if (!f.cap[i]) { f.hRunHead[i] = PAD; f.hRunHeadCls[i] = PAD; f.hRunPrev[i] = PAD; f.hRunNext[i] = PAD; f.clRunPrev[i] = 2000; i++; continue; }
    let j = i + 1; let last = i;
    while (j < n) {
      if (f.cap[j]) { last = j; j++; continue; }
      if (CONNECT.has(toks[j]!.lower) && j + 1 < n && f.cap[j + 1]) { j++; continue; }
      break;
    }
    const headLower = toks[last]!.lower;
    const hh = fnv(headLower); const hc = classHash(headLower);
    const len = last - i + 1;
    const rp = i > 0 ? f.hLower[i - 1]! : PAD, rn = last + 1 < n ? f.hLower[last + 1]! : PAD;
    const crp = i > 0 ? f.clF[i - 1]! : 2001;
    for (let k = i; k <= last; k++) {
      f.hRunPrev[k] = rp; f.hRunNext[k] = rn; f.clRunPrev[k] = crp;
      f.hRunHead[k] = hh; f.hRunHeadCls[k] = hc; f.runPos[k] = Math.min(k - i, 3); f.runLen[k] = Math.min(len, 5);
    }
    i = last + 1;
  }
  return f;
}

/** Structural KB subset the tagger's gazetteer feature needs (the loaded KB and the stage's view both fit). */
export interface TaggerKb {
  byAlias(alias: string): readonly { type: string }[];
  byDemonym?(demonym: string): readonly unknown[];
  hasPrefix?(key: string): boolean;
}
const KBT_CODE: Record<string, number> = { PERSON: 1, ORG: 2, GPE: 3, LOC: 3, FAC: 4 };
const ASCII_LOWER = /^[a-z0-9]+$/;
const normCache = new Map<string, string>();
function tagNorm(t: TagTok): string {
  if (ASCII_LOWER.test(t.lower)) return t.lower;
  let n = normCache.get(t.text);
  if (n === undefined) { n = normAlias(t.text); if (normCache.size < 100_000) normCache.set(t.text, n); }
  return n;
}
function capTok(t: TagTok): boolean { const c = t.text[0] ?? ''; return c !== c.toLowerCase(); }
/**
 * KB gazetteer feature: longest KB alias (or demonym) starting at a capitalised token and ending on one; per token
 * code*2 (+1 inside a match), code 1 PERSON, 2 ORG, 3 GPE/LOC, 4 FAC, 5 other, 6 demonym; 0 outside.
 */
export function kbTags(toks: readonly TagTok[], kb: TaggerKb | null | undefined): Uint8Array {
  const n = toks.length; const out = new Uint8Array(n);
  if (!kb || !kb.hasPrefix) return out;
  let i = 0;
  while (i < n) {
    if (!capTok(toks[i]!)) { i++; continue; }
    let key = ''; let bestEnd = -1; let code = 0;
    for (let j = i; j < n && j - i < 8; j++) {
      const t = toks[j]!;
      const nn = tagNorm(t);
      if (!nn) { if (j > i && (t.text === '-' || t.text === '.')) continue; break; }
      key = key ? key + ' ' + nn : nn;
      if (!kb.hasPrefix(key)) break;
      if (!capTok(t)) continue;
      const es = kb.byAlias(key);
      if (es.length) { bestEnd = j + 1; code = KBT_CODE[es[0]!.type] ?? 5; continue; }
      const d = kb.byDemonym?.(key);
      if (d && d.length) { bestEnd = j + 1; code = 6; }
    }
    if (bestEnd < 0) { i++; continue; }
    out[i] = code * 2;
    for (let k = i + 1; k < bestEnd; k++) out[k] = code * 2 + 1;
    i = bestEnd;
  }
  return out;
}

/** Document cue bits (docCues). */
export const CUE_TITLE = 2, CUE_LOC = 4, CUE_SAID = 8;
const SAY = new Set(['said', 'says', 'told', 'added', 'explained', 'stated', 'wrote', 'writes', 'tweeted']);
/**
 * Context aggregated over a whole document, per capitalised word form: whether it occurs anywhere in the document
 * after a title or honorific ("Mr", "President"), in a name after a locative preposition ("in", "near"), or in a name
 * before a speech verb. One occurrence in a telling context types the others ("in Atwick … Atwick parish"). `toks` is
 * the document's tokens in order (sentence starts marked).
 */
export function docCues(toks: readonly TagTok[]): Map<string, number> {
  const L = lexicon();
  const m = new Map<string, number>();
  const n = toks.length;
  const titleWord = (t: TagTok) => { const w = t.lower.replace(/\.$/, ''); return L.honorifics.has(w) || L.roleNouns.has(w); };
  let i = 0;
  while (i < n) {
    if (!isCapTok(toks[i]!)) { i++; continue; }
    let j = i + 1; while (j < n && isCapTok(toks[j]!) && !toks[j]!.sentStart) j++;
    const before = i > 0 && !toks[i]!.sentStart ? toks[i - 1]! : undefined;
    let base = 0;
    if (before && L.locativePreps.has(before.lower)) base |= CUE_LOC;
    if (j < n && SAY.has(toks[j]!.lower)) base |= CUE_SAID;
    for (let k = i; k < j; k++) {
      const t = toks[k]!;
      if (titleWord(t)) continue;
      const prevTok = k > i ? toks[k - 1] : before;
      const f = base | (prevTok && titleWord(prevTok) ? CUE_TITLE : 0);
      if (f) m.set(t.text, (m.get(t.text) ?? 0) | f);
    }
    i = j;
  }
  return m;
}

const NT = 48;
/**
 * Extra template groups (bit 1: KB gazetteer spans; 2: suffix-4/prefix-3; 4: label×shape; 8: next class; 16: ±2 words;
 * 32: label bigram; 64: the words just before and after the token's capitalised run — "the band X Y", "X Y said";
 * 128: run-before word × position / head; 256: distributional clusters of the token and its neighbours; 512: cluster of
 * the word before the run; 1024: document cues, see docCues). On: 1, 64, 256, 1024 — dev F1 of the tagger alone,
 * wikigold / GUM: 1 alone 0.539 / 0.687 (mean of six shuffles), +64 0.551 / 0.694, +64+256 0.560 / 0.701; as averaged
 * models (two seed sets): 1+64+256 0.570 / 0.704, +1024 0.575 / 0.722. The others measured within noise or worse, and
 * so did richer document cues (all-cue bit mask, one feature per cue, cues × head class: GUM −0.02 to −0.04) (Nov 2026).
 */
export let FEAT: number = 1 | 64 | 256 | 1024;
/** Experiments only: the template groups to use (a model must be used with the mask it was trained with). */
export function setFeatureMask(m: number): void { FEAT = m; }
const TPL = Array.from({ length: 42 }, (_, k) => fnv('tpl' + k));

/**
 * Writes hashed feature indices for token i given the previous two labels into `out`; returns the count.
 * 21 base templates plus the FEAT groups (ids kept from a larger set: an ablation on the dev splits dropped ±2-word windows, prefixes,
 * 4-suffixes, label bigrams and several conjunctions, which overfit: F1 +0.02 wikigold, +0.04 GUM).
 */
export function features(toks: readonly TagTok[], f: SentFeats, i: number, prev: number, prev2: number, out: Int32Array): number {
  const k = contextFeatures(toks, f, i, prev, prev2, out);
  return wordFeaturesInto(out, k, f.hLower[i]!, f.hShape[i]!, f.hSuf3[i]!, f.hClass[i]!, f.hText[i]!, f.gaz[i]!, f.cap[i]!, f.hSuf4[i]!, f.hPre3[i]!, f.clC[i]!, f.clF[i]!);
}

/** Writes the word-only features (see staticFeatures) from `k` on; returns the new count. One list for training and the per-word cache. */
function wordFeaturesInto(out: Int32Array, k: number, hLower: number, hShape: number, hSuf3: number, hClass: number, hText: number, gaz: number, cap: number, hSuf4: number, hPre3: number, clC: number, clF: number): number {
  out[k++] = mix(TPL[0]!, 1) & MASK;
  out[k++] = mix(TPL[1]!, hLower) & MASK;
  out[k++] = mix(TPL[6]!, hShape) & MASK;
  out[k++] = mix(TPL[9]!, hSuf3) & MASK;
  out[k++] = mix(TPL[12]!, hClass) & MASK;
  out[k++] = mix(TPL[22]!, hText) & MASK;
  out[k++] = mix(TPL[30]!, gaz * 2 + cap) & MASK;
  if (FEAT & 2) { out[k++] = mix(TPL[10]!, hSuf4) & MASK; out[k++] = mix(TPL[11]!, hPre3) & MASK; }
  if (FEAT & 256) { out[k++] = mix(TPL[38]!, clC * 2 + cap) & MASK; out[k++] = mix(TPL[39]!, clF * 2 + cap) & MASK; }
  return k;
}

/**
 * The features of token i that depend on the word alone (its text: word, lower-case, shape, suffixes, class, gazetteer
 * class, clusters, capitalisation), never on neighbours or labels. Together with contextFeatures these are exactly
 * the multiset features() writes (test/nlp/entities/tagger.test.ts checks it).
 */
function staticFeatures(w: WordHashes, out: Int32Array): number {
  return wordFeaturesInto(out, 0, w.hLower, w.hShape, w.hSuf3, w.hClass, w.hText, w.gaz, w.cap, w.hSuf4, w.hPre3, w.hClC, w.hClF);
}

/** The features of token i that involve its neighbours, its capitalised run, the document or the previous labels (see staticFeatures). */
export function contextFeatures(toks: readonly TagTok[], f: SentFeats, i: number, prev: number, prev2: number, out: Int32Array, skip = 0): number {
  const n = toks.length;
  const t = toks[i]!;
  const hL = f.hLower, hS = f.hShape, hC = f.hClass;
  const lm1 = i > 0 ? hL[i - 1]! : PAD, lp1 = i + 1 < n ? hL[i + 1]! : PAD;
  const sm1 = i > 0 ? hS[i - 1]! : PAD, sp1 = i + 1 < n ? hS[i + 1]! : PAD;
  const cm1 = i > 0 ? hC[i - 1]! : PAD;
  const l0 = hL[i]!, s0 = hS[i]!;
  const cap = f.cap[i]!;
  let k = 0;
  // skip & 1 / 2: leave out the features of the previous / next word alone (summed per word form, see wordScores)
  if (!(skip & 1)) { out[k++] = mix(TPL[2]!, lm1) & MASK; out[k++] = mix(TPL[13]!, cm1) & MASK; }
  if (!(skip & 2)) out[k++] = mix(TPL[3]!, lp1) & MASK;
  out[k++] = mix(TPL[7]!, mix(sm1, s0)) & MASK;
  out[k++] = mix(TPL[8]!, mix(s0, sp1)) & MASK;
  // skip & 4: leave out the features of the previous label (labelFeatures; Viterbi decoding adds them per label pair)
  if (!(skip & 4)) { out[k++] = mix(TPL[15]!, prev) & MASK; out[k++] = mix(TPL[17]!, mix(prev, l0)) & MASK; }
  out[k++] = mix(TPL[18]!, f.hRunHead[i]!) & MASK;
  out[k++] = mix(TPL[19]!, f.hRunHeadCls[i]!) & MASK;
  out[k++] = mix(TPL[20]!, f.runPos[i]! * 8 + f.runLen[i]!) & MASK;
  out[k++] = mix(TPL[24]!, mix(lm1, s0)) & MASK;
  out[k++] = mix(TPL[25]!, f.lcSeen[i]! * 2 + (t.sentStart ? 1 : 0)) & MASK;
  const g = f.gaz[i]!; const gp = i > 0 ? f.gaz[i - 1]! : 64; const gn = i + 1 < n ? f.gaz[i + 1]! : 64;
  out[k++] = mix(TPL[31]!, (gp * 128 + g) * 2 + cap) & MASK;
  out[k++] = mix(TPL[32]!, (g * 128 + gn) * 2 + cap) & MASK;
  const kt = f.kbt, k0 = kt[i]!, km1 = i > 0 ? kt[i - 1]! : 255, kp1 = i + 1 < n ? kt[i + 1]! : 255;
  if (FEAT & 1) { out[k++] = mix(TPL[33]!, k0 * 2 + cap) & MASK; out[k++] = mix(TPL[5]!, (km1 * 256 + k0) * 2 + cap) & MASK; out[k++] = mix(TPL[4]!, (k0 * 256 + kp1)) & MASK; }
  if (FEAT & 4 && !(skip & 4)) { out[k++] = mix(TPL[14]!, mix(prev, s0)) & MASK; }
  if (FEAT & 8) { out[k++] = mix(TPL[16]!, i + 1 < n ? hC[i + 1]! : PAD) & MASK; }
  if (FEAT & 16) { out[k++] = mix(TPL[21]!, i > 1 ? hL[i - 2]! : PAD) & MASK; out[k++] = mix(TPL[23]!, i + 2 < n ? hL[i + 2]! : PAD) & MASK; }
  if (FEAT & 32 && !(skip & 4)) { out[k++] = mix(TPL[26]!, mix(prev, prev2)) & MASK; }
  if (FEAT & 64) { out[k++] = mix(TPL[34]!, f.hRunPrev[i]!) & MASK; out[k++] = mix(TPL[35]!, f.hRunNext[i]!) & MASK; }
  if (FEAT & 256) {
    const cm = i > 0 ? f.clF[i - 1]! : 2001, cp = i + 1 < n ? f.clF[i + 1]! : 2001;
    if (!(skip & 1)) out[k++] = mix(TPL[27]!, cm) & MASK;
    if (!(skip & 2)) out[k++] = mix(TPL[28]!, cp) & MASK;
  }
  if (FEAT & 1024) out[k++] = mix(TPL[41]!, f.docCue[i]!) & MASK;
  if (FEAT & 512) { out[k++] = mix(TPL[29]!, f.clRunPrev[i]!) & MASK; }
  if (FEAT & 128) { out[k++] = mix(TPL[36]!, mix(f.hRunPrev[i]!, f.runPos[i]!)) & MASK; out[k++] = mix(TPL[37]!, mix(f.hRunPrev[i]!, f.hRunHead[i]!)) & MASK; }
  return k;
}

/**
 * The features of token i that involve the previous label `prev` (those contextFeatures leaves out with skip & 4):
 * the label itself and the label with the lower-cased word (and with the shape, under FEAT & 4). First-order only:
 * Viterbi decoding needs no label bigram (FEAT & 32 is not supported there). Written from `k` on; returns the new count.
 */
export function labelFeatures(f: SentFeats, i: number, prev: number, out: Int32Array, k: number): number {
  out[k++] = mix(TPL[15]!, prev) & MASK;
  out[k++] = mix(TPL[17]!, mix(prev, f.hLower[i]!)) & MASK;
  if (FEAT & 4) out[k++] = mix(TPL[14]!, mix(prev, f.hShape[i]!)) & MASK;
  return k;
}

/**
 * Tokens that may carry a name label under Viterbi decoding: capitalised ones and the (at most two) words right after
 * one ("Bank of the West", "Duke of York"); every other token is O and adds nothing to any path's score.
 */
export function freeTokens(f: SentFeats, n: number, out: Uint8Array): Uint8Array {
  let lastCap = -10;
  for (let i = 0; i < n; i++) { if (f.cap[i]) lastCap = i; out[i] = i - lastCap <= 2 ? 1 : 0; }
  return out;
}

// Viterbi scratch (grown on demand).
let vCap = 0;
let vDelta = new Float64Array(0), vBack = new Int8Array(0), vFree = new Uint8Array(0);
const vBase = new Float64Array(NL);
const vLab = new Int32Array(8);

/**
 * First-order Viterbi decoding over BIO labels (BIO-legal paths only). The score of a path is the sum, over free tokens
 * (freeTokens), of the label's weights for the label-independent features of the token plus those of labelFeatures
 * with the path's previous label (9 at the sentence start). Token-local scores come from `baseScores`. `fixed` (training
 * on partial annotation): a label id ≥ 0 forces the label of a free token, −1 leaves it open.
 */
export function viterbiDecode(w: Float32Array | Int16Array, f: SentFeats, n: number, baseScores: (i: number, out: Float64Array) => void, out: Int8Array, fixed?: Int8Array): Int8Array {
  if (n > vCap) { vCap = Math.max(n, vCap * 2, 64); vDelta = new Float64Array(vCap * NL); vBack = new Int8Array(vCap * NL); vFree = new Uint8Array(vCap); }
  const free = freeTokens(f, n, vFree);
  const D = vDelta, B = vBack;
  for (let i = 0; i < n; i++) {
    const o = i * NL, po = o - NL;
    if (!free[i]) {
      let bp = 0, bv = 0;
      if (i > 0) { bv = -Infinity; for (let p = 0; p < NL; p++) if (D[po + p]! > bv) { bv = D[po + p]!; bp = p; } }
      for (let l = 0; l < NL; l++) { D[o + l] = -Infinity; B[o + l] = 0; }
      D[o] = bv; B[o] = bp;
      continue;
    }
    baseScores(i, vBase);
    for (let l = 0; l < NL; l++) D[o + l] = -Infinity;
    const np = i === 0 ? 1 : NL;
    for (let pi = 0; pi < np; pi++) {
      const p = i === 0 ? 9 : pi;
      const dp = i === 0 ? 0 : D[po + p]!;
      if (dp === -Infinity) continue;
      const k = labelFeatures(f, i, p, vLab, 0);
      for (let l = 0; l < NL; l++) {
        if (!allowed(p, l) || (fixed && fixed[i]! >= 0 && fixed[i] !== l)) continue;
        let s = dp + vBase[l]!;
        for (let q = 0; q < k; q++) s += w[vLab[q]! * NL + l]!;
        if (s > D[o + l]!) { D[o + l] = s; B[o + l] = p; }
      }
    }
  }
  let best = 0, bv = -Infinity;
  const lo = (n - 1) * NL;
  for (let l = 0; l < NL; l++) if (D[lo + l]! > bv) { bv = D[lo + l]!; best = l; }
  for (let i = n - 1; i >= 0; i--) { out[i] = best; best = B[i * NL + best]!; }
  return out;
}

/** Features of a word as the previous (side 0) or next (side 1) neighbour of the scored token: its word, class and cluster. */
function neighbourFeatures(w: WordHashes, side: number, out: Int32Array): number {
  let k = 0;
  if (side === 0) {
    out[k++] = mix(TPL[2]!, w.hLower) & MASK; out[k++] = mix(TPL[13]!, w.hClass) & MASK;
    if (FEAT & 256) out[k++] = mix(TPL[27]!, w.hClF) & MASK;
  } else {
    out[k++] = mix(TPL[3]!, w.hLower) & MASK;
    if (FEAT & 256) out[k++] = mix(TPL[28]!, w.hClF) & MASK;
  }
  return k;
}

/** Test hook: the word-only features of token i of the last prepare() call (see staticFeatures). */
export function staticFeaturesOf(i: number, out: Int32Array): number { return staticFeatures(scratchWords[i]!, out); }
/** Test hook: the features token i contributes as the previous (side 0) or next (side 1) neighbour (see neighbourFeatures). */
export function neighbourFeaturesOf(i: number, side: number, out: Int32Array): number { return neighbourFeatures(scratchWords[i]!, side, out); }

/** BIO legality: I-X only after B-X or I-X. */
export function allowed(prev: number, lab: number): boolean {
  if (lab === 0 || (lab & 1) === 1) return true; // O or B-*
  return prev === lab || prev === lab - 1;
}

// Scratch for tagInt16 (no per-sentence garbage).
const ctxBuf = new Int32Array(NT);
const stBuf = new Int32Array(NT);
const isc = new Int32Array(NL);

/**
 * Summed label scores of a word's own features under weights `w`, cached on the word's hashes: [0, NL) as the scored
 * token (staticFeatures), [NL, 2NL) as its previous and [2NL, 3NL) as its next neighbour (neighbourFeatures).
 */
function wordScores(wh: WordHashes, w: Int16Array): Int32Array {
  if (wh.st && wh.stW === w && wh.stFeat === FEAT) return wh.st;
  const st = wh.st ?? new Int32Array(3 * NL);
  st.fill(0);
  for (let part = 0; part < 3; part++) {
    const k = part === 0 ? staticFeatures(wh, stBuf) : neighbourFeatures(wh, part - 1, stBuf);
    const o = part * NL;
    for (let q = 0; q < k; q++) { const base = stBuf[q]! * NL; for (let l = 0; l < NL; l++) st[o + l]! += w[base + l]!; }
  }
  wh.st = st; wh.stW = w; wh.stFeat = FEAT;
  return st;
}

/**
 * Greedy decoding with integer weights (the stored model). Each label score is a sum of at most NT int16 weights, an
 * integer below 2^21 in magnitude: exact in int32 and in the float32 sums of the generic path, in any order. So the
 * word-only parts (the token's own features, those of its neighbour words) can be summed once per word form (wordScores) and the scores, hence the labels, are identical.
 */
function tagInt16(w: Int16Array, toks: readonly TagTok[], f: SentFeats, out: Int8Array): Int8Array {
  const n = toks.length;
  const sc = isc, buf = ctxBuf;
  let prev = 9, prev2 = 9; // 9 = sentence start
  for (let i = 0; i < n; i++) {
    let best = 0;
    const fast = !f.cap[i] && (prev === 9 || prev === 0);
    if (!fast) {
      const own = wordScores(scratchWords[i]!, w);
      for (let l = 0; l < NL; l++) sc[l] = own[l]!;
      let skip = 0;
      if (i > 0) { const p = wordScores(scratchWords[i - 1]!, w); for (let l = 0; l < NL; l++) sc[l]! += p[NL + l]!; skip |= 1; }
      if (i + 1 < n) { const x = wordScores(scratchWords[i + 1]!, w); for (let l = 0; l < NL; l++) sc[l]! += x[2 * NL + l]!; skip |= 2; }
      const k = contextFeatures(toks, f, i, prev, prev2, buf, skip);
      for (let q = 0; q < k; q++) { const base = buf[q]! * NL; for (let l = 0; l < NL; l++) sc[l]! += w[base + l]!; }
      let bs = -Infinity;
      for (let l = 0; l < NL; l++) if (allowed(prev, l) && sc[l]! > bs) { bs = sc[l]!; best = l; }
    }
    out[i] = best; prev2 = prev; prev = best;
  }
  return out;
}

const baseBuf = new Int32Array(NT);
/** Label-independent scores of token i with float weights (training and the generic path). */
function baseFloat(w: Float32Array | Int16Array, toks: readonly TagTok[], f: SentFeats): (i: number, out: Float64Array) => void {
  return (i, sc) => {
    const k = baseFeatures(toks, f, i, baseBuf);
    sc.fill(0);
    for (let q = 0; q < k; q++) { const b = baseBuf[q]! * NL; for (let l = 0; l < NL; l++) sc[l]! += w[b + l]!; }
  };
}
/** Label-independent features of token i (contextFeatures without the previous label, plus the word's own features). */
export function baseFeatures(toks: readonly TagTok[], f: SentFeats, i: number, out: Int32Array): number {
  const k = contextFeatures(toks, f, i, 0, 0, out, 4);
  return wordFeaturesInto(out, k, f.hLower[i]!, f.hShape[i]!, f.hSuf3[i]!, f.hClass[i]!, f.hText[i]!, f.gaz[i]!, f.cap[i]!, f.hSuf4[i]!, f.hPre3[i]!, f.clC[i]!, f.clF[i]!);
}
/** The same scores with the stored int16 weights, the word-only parts summed once per word form (wordScores; exact in integers). */
function baseInt16(w: Int16Array, toks: readonly TagTok[], f: SentFeats, n: number): (i: number, out: Float64Array) => void {
  return (i, sc) => {
    const own = wordScores(scratchWords[i]!, w);
    for (let l = 0; l < NL; l++) sc[l] = own[l]!;
    let skip = 4;
    if (i > 0) { const p = wordScores(scratchWords[i - 1]!, w); for (let l = 0; l < NL; l++) sc[l]! += p[NL + l]!; skip |= 1; }
    if (i + 1 < n) { const x = wordScores(scratchWords[i + 1]!, w); for (let l = 0; l < NL; l++) sc[l]! += x[2 * NL + l]!; skip |= 2; }
    const k = contextFeatures(toks, f, i, 0, 0, baseBuf, skip);
    for (let q = 0; q < k; q++) { const b = baseBuf[q]! * NL; for (let l = 0; l < NL; l++) sc[l]! += w[b + l]!; }
  };
}

export class Perceptron {
  /** Weights: float while training; int16 (scaled; argmax is scale-free) when loaded from disk, half the memory traffic. */
  /** `viterbi`: decode with viterbiDecode (models written as 'NGP3'); otherwise greedy left to right ('NGP2'). */
  constructor(public readonly w: Float32Array | Int16Array, public readonly viterbi = false) {}
  static empty(): Perceptron { return new Perceptron(new Float32Array((1 << HASH_BITS) * NL)); }

  /** Greedy decoding; lowercase tokens after an O are tagged O without scoring (speed). */
  tag(toks: readonly TagTok[], lowerSeen?: ReadonlySet<string>, kbt?: Uint8Array, cues?: ReadonlyMap<string, number>): Int8Array {
    const n = toks.length; const out = new Int8Array(n);
    if (!n) return out;
    const f = prepare(toks, lowerSeen, kbt, cues);
    const w = this.w;
    if (this.viterbi) return viterbiDecode(w, f, n, w instanceof Int16Array ? baseInt16(w, toks, f, n) : baseFloat(w, toks, f), out);
    if (w instanceof Int16Array) return tagInt16(w, toks, f, out);
    const buf = new Int32Array(NT); const sc = new Float32Array(NL);
    let prev = 9, prev2 = 9; // 9 = sentence start
    for (let i = 0; i < n; i++) {
      let best = 0;
      const fast = !f.cap[i] && (prev === 9 || prev === 0);
      if (!fast) {
        const k = features(toks, f, i, prev, prev2, buf);
        sc.fill(0);
        for (let q = 0; q < k; q++) { const base = buf[q]! * NL; for (let l = 0; l < NL; l++) sc[l]! += w[base + l]!; }
        let bs = -Infinity;
        for (let l = 0; l < NL; l++) if (allowed(prev, l) && sc[l]! > bs) { bs = sc[l]!; best = l; }
      }
      out[i] = best; prev2 = prev; prev = best;
    }
    return out;
  }

  /** Reads the gzip written by scripts/train-ner.ts: 'NGP2', float32 scale, uint32 bits (16), int16 weights. */
  static decode(buf: Buffer): Perceptron {
    const raw = gunzipSync(buf);
    const scale = raw.readFloatLE(4);
    const body = raw.subarray(12);
    void scale;
    return new Perceptron(new Int16Array(body.buffer.slice(body.byteOffset, body.byteOffset + body.length)), raw.toString('latin1', 0, 4) === 'NGP3');
  }
}

export const MODEL_PATH = join(projectRoot, 'data', 'models', 'ner-perceptron.bin');
let loaded: Perceptron | null | undefined;
let override: Perceptron | null | undefined;
/** Replace the tagger the stage uses (evaluation / tests); undefined restores the committed model, null disables it. */
export function setEntityTagger(p: Perceptron | null | undefined): void { override = p; }
/** The committed model, or null when it is missing (the stage then runs on rules and the KB alone). */
export function defaultTagger(): Perceptron | null {
  if (override !== undefined) return override;
  if (loaded !== undefined) return loaded;
  loaded = existsSync(MODEL_PATH) ? Perceptron.decode(readFileSync(MODEL_PATH)) : null;
  return loaded;
}

/** Decodes BIO label ids to spans [start, end) with a type. */
export function spans(labels: ArrayLike<number>): { start: number; end: number; type: string }[] {
  const out: { start: number; end: number; type: string }[] = [];
  let cur: { start: number; end: number; type: string } | null = null;
  for (let i = 0; i < labels.length; i++) {
    const l = LABELS[labels[i]!]!;
    if (l === 'O') { if (cur) { out.push(cur); cur = null; } continue; }
    const [bi, ty] = l.split('-') as [string, string];
    if (bi === 'B' || !cur || cur.type !== ty) { if (cur) out.push(cur); cur = { start: i, end: i + 1, type: ty }; }
    else cur.end = i + 1;
  }
  if (cur) out.push(cur);
  return out;
}
