// Distributional word clusters for the NER tagger, computed from unlabeled open-licence news text (ECB+ and MEANTIME
// tokens, GeoVirus Wikinews articles, GUM and wikigold *training* documents; no dev document, no research-only
// corpus). Each word that occurs often enough gets a coarse and a fine cluster: spherical k-means over PPMI-weighted
// left/right neighbour vectors. Written to data/models/ner-clusters.json by scripts/train-ner.ts (deterministic).
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { NerDoc } from './corpora.js';

/** Minimum corpus frequency of a clustered word; number of context words; coarse / fine cluster counts. */
export const MIN_FREQ = 4, N_CTX = 1000, K_COARSE = 32, K_FINE = 256;

function walk(dir: string, ext: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) walk(p, ext, out); else if (f.endsWith(ext)) out.push(p);
  }
  return out;
}
const TOKEN = /\p{L}[\p{L}\p{M}\p{N}'’.-]*\p{L}|\p{L}|\p{N}+(?:[.,]\p{N}+)*|[^\s\p{L}\p{N}]/gu;
function tokenizeRaw(text: string): string[][] {
  const sents: string[][] = [];
  for (const line of text.split(/(?<=[.!?])\s+|\n+/)) { const t = line.match(TOKEN); if (t && t.length) sents.push(t); }
  return sents;
}
function xmlDecode(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
/** Token XML (ECB+, MEANTIME: `<token ... sentence="n">w</token>`) → sentences. */
function tokenXml(file: string): string[][] {
  const x = readFileSync(file, 'utf8'); const sents: string[][] = []; let cur: string[] = []; let cs = '';
  for (const m of x.matchAll(/<token [^>]*sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    if (m[1] !== cs) { if (cur.length) sents.push(cur); cur = []; cs = m[1]!; }
    cur.push(xmlDecode(m[2]!));
  }
  if (cur.length) sents.push(cur);
  return sents;
}

/** Unlabeled sentences from the open corpora plus the given (training) NER documents. */
export function unlabeledSentences(corpora: string, trainDocs: readonly NerDoc[]): string[][] {
  const out: string[][] = [];
  for (const f of walk(join(corpora, 'ecbplus'), '.xml')) out.push(...tokenXml(f));
  for (const f of walk(join(corpora, 'meantime', 'intra-doc_annotation'), '.xml')) out.push(...tokenXml(f));
  const gv = join(corpora, 'geoparsing', 'other', 'GeoVirus.xml');
  if (existsSync(gv)) for (const m of readFileSync(gv, 'utf8').matchAll(/<text>([\s\S]*?)<\/text>/g)) out.push(...tokenizeRaw(xmlDecode(m[1]!)));
  for (const d of trainDocs) for (const s of d.sents) out.push(s.toks);
  return out;
}

function rng(seed: number) { let x = seed >>> 0; return () => { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; return x / 4294967296; }; }

/** Spherical k-means (cosine) over sparse unit vectors; deterministic farthest-first-ish seeding. */
function kmeans(vecs: { idx: Int32Array; val: Float32Array }[], dim: number, k: number, iters: number, seed: number): Int32Array {
  const r = rng(seed); const n = vecs.length;
  k = Math.min(k, n);
  const cent = new Float32Array(k * dim);
  // seeds: random distinct frequent-biased words (vectors are ordered by frequency)
  const chosen = new Set<number>();
  while (chosen.size < k) chosen.add(Math.floor(Math.pow(r(), 2) * n));
  let c = 0; for (const v of chosen) { const x = vecs[v]!; for (let j = 0; j < x.idx.length; j++) cent[c * dim + x.idx[j]!] = x.val[j]!; c++; }
  const asg = new Int32Array(n).fill(-1);
  for (let it = 0; it < iters; it++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      const x = vecs[i]!; let best = 0, bs = -Infinity;
      for (let q = 0; q < k; q++) {
        let s = 0; const b = q * dim;
        for (let j = 0; j < x.idx.length; j++) s += cent[b + x.idx[j]!]! * x.val[j]!;
        if (s > bs) { bs = s; best = q; }
      }
      if (asg[i] !== best) { moved++; asg[i] = best; }
    }
    cent.fill(0);
    for (let i = 0; i < n; i++) { const x = vecs[i]!; const b = asg[i]! * dim; for (let j = 0; j < x.idx.length; j++) cent[b + x.idx[j]!]! += x.val[j]!; }
    for (let q = 0; q < k; q++) {
      let nn = 0; const b = q * dim; for (let d = 0; d < dim; d++) nn += cent[b + d]! ** 2;
      nn = Math.sqrt(nn) || 1; for (let d = 0; d < dim; d++) cent[b + d]! /= nn;
    }
    if (!moved) break;
  }
  return asg;
}

/** word (lower-cased) → [coarse, fine] cluster ids. */
export function buildClusters(sents: readonly string[][]): Map<string, [number, number]> {
  const freq = new Map<string, number>();
  const low = sents.map((s) => s.map((w) => w.toLowerCase()));
  for (const s of low) for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
  const byFreq = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const ctxId = new Map<string, number>(); byFreq.slice(0, N_CTX).forEach(([w], i) => ctxId.set(w, i));
  const vocab = byFreq.filter(([w, f]) => f >= MIN_FREQ && /\p{L}/u.test(w)).map(([w]) => w);
  const vid = new Map(vocab.map((w, i) => [w, i]));
  const dim = 2 * (N_CTX + 2);
  // counts: word × (left ctx | right ctx)
  const counts = vocab.map(() => new Map<number, number>());
  const ctxTot = new Float64Array(dim); let total = 0;
  for (const s of low) for (let i = 0; i < s.length; i++) {
    const v = vid.get(s[i]!); if (v === undefined) continue;
    const l = i > 0 ? ctxId.get(s[i - 1]!) ?? N_CTX : N_CTX + 1;
    const rr = i + 1 < s.length ? ctxId.get(s[i + 1]!) ?? N_CTX : N_CTX + 1;
    for (const d of [l, N_CTX + 2 + rr]) { const m = counts[v]!; m.set(d, (m.get(d) ?? 0) + 1); ctxTot[d]! += 1; total++; }
  }
  const vecs = counts.map((m) => {
    let wt = 0; for (const c of m.values()) wt += c;
    const ent: [number, number][] = [];
    for (const [d, c] of m) { const pmi = Math.log((c * total) / (wt * ctxTot[d]!)); if (pmi > 0) ent.push([d, pmi]); }
    ent.sort((a, b) => a[0] - b[0]);
    let nn = 0; for (const [, v] of ent) nn += v * v; nn = Math.sqrt(nn) || 1;
    return { idx: Int32Array.from(ent, (e) => e[0]), val: Float32Array.from(ent, (e) => e[1] / nn) };
  });
  const coarse = kmeans(vecs, dim, K_COARSE, 20, 7), fine = kmeans(vecs, dim, K_FINE, 20, 11);
  const out = new Map<string, [number, number]>();
  vocab.forEach((w, i) => out.set(w, [coarse[i]!, fine[i]!]));
  return out;
}
