// Near-duplicate detection: SimHash (64 bits) over word 3-shingles. A wire story reprinted by ten
// outlets with a different headline or a byline lands within a few bits of the original; unrelated
// texts sit around 32 bits apart. The store indexes 8 one-byte bands, so any two hashes within 7 bits
// share a band (pigeonhole) and are found without a full scan.

/** Hamming distance at or below which two documents are copies of one report. */
export const NEAR_DUP_BITS = 6;
/** Below this many shingles a text is too short to call a near-duplicate safely (exact duplicates still count). */
export const MIN_SHINGLES = 12;

function fnv1a(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // final avalanche (murmur3 fmix32) so nearby strings spread over all bits
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35); h ^= h >>> 16;
  return h >>> 0;
}

export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export interface SimHash { hex: string; shingles: number }

export function simhash(text: string): SimHash {
  const w = words(text);
  const acc = new Int32Array(64);
  let n = 0;
  const k = w.length >= 3 ? 3 : 1;
  for (let i = 0; i + k <= w.length; i++) {
    const sh = k === 3 ? `${w[i]} ${w[i + 1]} ${w[i + 2]}` : w[i];
    const hi = fnv1a(sh, 0x811c9dc5);
    const lo = fnv1a(sh, 0x9747b28c);
    for (let b = 0; b < 32; b++) {
      acc[b] += (hi >>> (31 - b)) & 1 ? 1 : -1;
      acc[32 + b] += (lo >>> (31 - b)) & 1 ? 1 : -1;
    }
    n++;
  }
  let hex = '';
  for (let nib = 0; nib < 16; nib++) {
    let v = 0;
    for (let b = 0; b < 4; b++) v = (v << 1) | (acc[nib * 4 + b] > 0 ? 1 : 0);
    hex += v.toString(16);
  }
  return { hex, shingles: n };
}

const POP = Array.from({ length: 16 }, (_, i) => (i & 1) + ((i >> 1) & 1) + ((i >> 2) & 1) + ((i >> 3) & 1));

export function hamming(a: string, b: string): number {
  let d = 0;
  for (let i = 0; i < 16; i++) d += POP[parseInt(a[i], 16) ^ parseInt(b[i], 16)];
  return d;
}

/** The closest candidate within NEAR_DUP_BITS, resolved to the first report of its family. */
export function nearestCopy(h: SimHash, candidates: { id: string; simhash: string; copyOf?: string }[]): { of: string; bits: number } | undefined {
  if (h.shingles < MIN_SHINGLES) return undefined;
  let best: { of: string; bits: number } | undefined;
  for (const c of candidates) {
    const bits = hamming(h.hex, c.simhash);
    if (bits <= NEAR_DUP_BITS && (!best || bits < best.bits || (bits === best.bits && (c.copyOf ?? c.id) < best.of))) best = { of: c.copyOf ?? c.id, bits };
  }
  return best;
}
