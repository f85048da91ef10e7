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
