// A plural agent noun built on an ordinary English word ("forecasters" ← forecast, "rescuers" ← rescue,
// "investigators" ← investigate, "protesters" ← protest): a noun for people, never one person's name. The stem must
// be a word of the lower-case vocabulary or of the common-word list and at least four letters long (not "Powers",
// "Waters", "Peters": short stems are too often part of a surname).
import { isCommonEnglishWord } from './lexicon.js';
import { WC_LOWER, wordClassOf } from './tagger.js';

const SUFFIXES = ['ers', 'ors', 'ists'];

const ordinary = (w: string): boolean => w.length >= 4 && (!!(wordClassOf(w) & WC_LOWER) || isCommonEnglishWord(w));

/** Whether `lower` is a plural agent noun made from an ordinary word. */
export function agentNounPlural(lower: string): boolean {
  for (const suf of SUFFIXES) {
    if (!lower.endsWith(suf)) continue;
    const stem = lower.slice(0, -suf.length);
    if (ordinary(stem) || ordinary(stem + 'e')) return true;
  }
  return false;
}
