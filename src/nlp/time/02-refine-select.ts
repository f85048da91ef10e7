// Overlap resolution: the longest candidate wins ("September 10, 2023" over "2023"; "three years ago"
// over "three years"), ties by rule priority. Linear in text length via an occupancy map.
import type { Cand } from './cand.js';

export function selectCandidates(text: string, cands: Cand[]): Cand[] {
  const order = cands
    .filter((c) => c.end > c.start)
    .sort((a, b) => (b.end - b.start) - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const taken = new Uint8Array(text.length + 1);
  const out: Cand[] = [];
  for (let k = 0; k < order.length; k++) {
    const c = order[k]!;
    let free = true;
    for (let i = c.start; i < c.end; i++) if (taken[i]) { free = false; break; }
    if (!free) continue;
    for (let i = c.start; i < c.end; i++) taken[i] = 1;
    out.push(c);
  }
  return out.sort((a, b) => a.start - b.start);
}
