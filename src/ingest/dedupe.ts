// Near-duplicate detection: MinHash over word 3-shingles. A wire story reprinted by ten outlets with
// a byline, a footer or a new headline keeps most of its shingles (Jaccard ≥ 0.6); unrelated reports
// share almost none. LSH: 16 bands of 4 hashes each; any pair with Jaccard 0.6 shares a band with
// probability 1 − (1 − 0.6⁴)¹⁶ ≈ 0.9, at 0.8 with probability > 0.999, so candidates are found without a scan.

export const HASHES = 64;
export const BANDS = 16;
const ROWS = HASHES / BANDS;
/** Estimated Jaccard similarity at or above which two documents are copies of one report. */
export const NEAR_DUP_JACCARD = 0.6;
/** Below this many shingles a text is too short to call a near-duplicate safely (exact duplicates still count). */
export const MIN_SHINGLES = 12;

function fmix(h: number): number {
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35); h ^= h >>> 16;
  return h >>> 0;
}

const FNV_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a state after the UTF-16 code units of `s`, continuing from state `h`. */
function fnvInto(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, FNV_PRIME); }
  return h;
}

function fnv1a(s: string): number {
  return fmix(fnvInto(FNV_BASIS, s));
}

/** fnv1a(`${a} ${b} ${c}`) without building the string (a shingle: 3 words joined by spaces). */
function fnv1a3(a: string, b: string, c: string): number {
  let h = fnvInto(FNV_BASIS, a);
  h = Math.imul(h ^ 32, FNV_PRIME);
  h = fnvInto(h, b);
  h = Math.imul(h ^ 32, FNV_PRIME);
  return fmix(fnvInto(h, c));
}

const SEEDS = Uint32Array.from({ length: HASHES }, (_, i) => fmix((i + 1) * 0x9e3779b9));

export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export interface Fingerprint { hex: string; shingles: number }

/** 64 MinHash values (8 hex digits each) over the distinct word 3-shingles of the text. */
export function fingerprint(text: string): Fingerprint {
  const w = words(text);
  const k = w.length >= 3 ? 3 : 1;
  const seen = new Set<number>();
  for (let i = 0; i + k <= w.length; i++) seen.add(k === 3 ? fnv1a3(w[i]!, w[i + 1]!, w[i + 2]!) : fnv1a(w[i]!));
  const min = new Uint32Array(HASHES).fill(0xffffffff);
  for (const x of seen) {
    for (let j = 0; j < HASHES; j++) {
      const h = fmix(x ^ SEEDS[j]);
      if (h < min[j]) min[j] = h;
    }
  }
  let hex = '';
  for (const v of min) hex += v.toString(16).padStart(8, '0');
  return { hex, shingles: seen.size };
}

/** Estimated Jaccard similarity of the two shingle sets. */
export function similarity(a: string, b: string): number {
  let eq = 0;
  for (let j = 0; j < HASHES; j++) if (a.substr(j * 8, 8) === b.substr(j * 8, 8)) eq++;
  return eq / HASHES;
}

/** The LSH band keys of a fingerprint: band i → i·2²⁶ + a 26-bit hash of its 4 values (fits a 32-bit integer column). */
export function fingerprintBands(hex: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < BANDS; i++) out.push(i * 2 ** 26 + (fnv1a(hex.substr(i * ROWS * 8, ROWS * 8)) & (2 ** 26 - 1)));
  return out;
}

/** The most similar candidate at or above NEAR_DUP_JACCARD, resolved to the first report of its family. */
export function nearestCopy(f: Fingerprint, candidates: { id: string; fingerprint: string; copyOf?: string }[]): { of: string; similarity: number } | undefined {
  if (f.shingles < MIN_SHINGLES) return undefined;
  let best: { of: string; similarity: number } | undefined;
  for (const c of candidates) {
    const s = similarity(f.hex, c.fingerprint);
    const of = c.copyOf ?? c.id;
    if (s >= NEAR_DUP_JACCARD && (!best || s > best.similarity || (s === best.similarity && of < best.of))) best = { of, similarity: s };
  }
  return best;
}
