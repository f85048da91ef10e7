// A plural agent noun ("forecasters" ← forecast, "rescuers" ← rescue, "investigators" ← investigate, "protesters" ←
// protest): a noun for people, never one person's name. The stem must be one of data/lexicon/entities-agent-stems.txt
// (as it is, + e or + y), or the report writes the same plural in lower case elsewhere: an ordinary stem alone is not
// enough, surnames are built the same way ("Mathers", "Childers", "Withers", "Flowers").
import { readWordSet } from '../../core/word-lists.js';

const SUFFIXES = ['ers', 'ors', 'ists'];
let stems: ReadonlySet<string> | undefined;

/** Whether `lower` is a plural agent noun of a listed stem, or one written in lower case in the report (`lowerSeen`). */
export function agentNounPlural(lower: string, lowerSeen?: ReadonlySet<string>): boolean {
  stems ??= readWordSet('entities-agent-stems.txt');
  for (const suf of SUFFIXES) {
    if (!lower.endsWith(suf)) continue;
    if (lowerSeen?.has(lower)) return true;
    const stem = lower.slice(0, -suf.length);
    if (stems.has(stem) || stems.has(stem + 'e') || stems.has(stem + 'y')) return true;
  }
  return false;
}
