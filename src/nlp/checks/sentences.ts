import { lowerBound } from '../../core/lower-bound.js';

/** Sentences as [start, end) pairs, sorted. Binary search for the one holding `at`. */
export type SentenceSpans = ReadonlyArray<[number, number]>;

export function sentenceIndex(sentences: SentenceSpans, at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (at < sentences[mid]![0]) hi = mid - 1;
    else if (at >= sentences[mid]![1]) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export function sentenceSpanAt(sentences: SentenceSpans, at: number): [number, number] | undefined {
  const i = sentenceIndex(sentences, at);
  return i < 0 ? undefined : sentences[i];
}

/** Index of the first item starting at or after `at`, in a list sorted by start (the quantities are in text order). */
export function firstFrom(items: ReadonlyArray<{ start: number }>, at: number): number {
  return lowerBound(items.length, (m) => items[m]!.start < at);
}

/** Indices of the items that start in [from, to), in order: a binary search, not a scan of the whole list. */
export function indicesIn(items: ReadonlyArray<{ start: number }>, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = firstFrom(items, from); i < items.length && items[i]!.start < to; i++) out.push(i);
  return out;
}

/** How far around a figure the checks look for the figures it is read with: the sentence, cut to this many characters either side. */
export const FIGURE_WINDOW = 1000;

/**
 * A finder of the first item overlapping a span, over items sorted by start: a binary search back by the longest
 * item, not a scan of all of them (a document of thousands of times or figures stays near-linear).
 */
export function overlapFinder<T extends { start: number; end: number }>(items: readonly T[]): (span: { start: number; end: number }) => T | undefined {
  const maxLen = items.reduce((m, x) => Math.max(m, x.end - x.start), 0);
  return (span) => {
    for (let i = firstFrom(items, span.start - maxLen); i < items.length && items[i]!.start < span.end; i++) {
      const x = items[i]!;
      if (x.start < span.end && span.start < x.end) return x;
    }
    return undefined;
  };
}
