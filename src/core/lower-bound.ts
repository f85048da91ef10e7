// One binary search for sorted look-ups (tokens in text order, sorted indices and offsets, spans sorted by start).

/**
 * The first index i in [0, n) for which before(i) is false, n when none; before must be true on a prefix of [0, n)
 * and false after it (a list sorted by the key it tests).
 */
export function lowerBound(n: number, before: (i: number) => boolean): number {
  let lo = 0, hi = n;
  while (lo < hi) { const m = (lo + hi) >> 1; if (before(m)) lo = m + 1; else hi = m; }
  return lo;
}
