import { join } from 'node:path';
import type { Check } from '../../core/types.js';
import { projectRoot } from '../../core/shared.js';
import { readDataRows } from '../../core/data-rows.js';
import { allMatches } from '../../core/regex.js';
import { countValue, NUM_WORD_SRC } from './numbers.js';
import { ruled } from './rule.js';
import type { SentenceSpans } from './sentences.js';

// COUNT across sentences: a count of a kind whose members are named by proper names ("a majority in all six states",
// "agreed to invite six countries") and the list of names in a neighbouring sentence ("New South Wales, Victoria, …
// and Tasmania all returned …"; "Isar 2 in Bavaria, Emsland in Lower Saxony and Neckarwestheim 2 …" then "the three
// reactors"). The same-sentence lists are listCounts.ts's. A list after the count may be told in the next two
// sentences; a list before it only with a count that points back ("the", "all", "these", "those", "both"): "Three
// countries later walked out" after a list is a new group. The nouns are data (checks-named-list-nouns.txt). Only
// agreement is reported: a list of another size may name only some of them ("Argentina, Egypt and Iran welcomed it").

const NOUNS = readDataRows(join(projectRoot, 'data', 'lexicon', 'checks-named-list-nouns.txt')).map((r) => r[0]!.toLowerCase());
const COUNT_RE = new RegExp(String.raw`(?<![\d,.$£€-])\b(?:(the|all|these|those|all\s+the)\s+)?(\d{1,2}|${NUM_WORD_SRC})\s+(?:[\p{Ll}-]+\s+)?(${NOUNS.join('|')})\b`, 'giu');
/** A proper name: capitalised words or a number ("Isar 2"), "the" before it, and a place after "in"/"of" ("Emsland in Lower Saxony"). */
const NAME = String.raw`(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|\d{1,2}\b))*`;
const ITEM = String.raw`${NAME}(?:\s+(?:in|of)\s+${NAME})?`;
const LIST_RE = new RegExp(String.raw`(?<![\p{L}\d'’-])${ITEM}(?:\s*,\s*${ITEM})+\s*,?\s+and\s+${ITEM}`, 'gu');
/** Sentences after a count that may hold its list; a pointing-back count may follow its list by as many. */
const REACH = 2;
const MIN_N = 3;
const MAX_N = 12;

/** The names of the lists of a sentence ("A, B and C" → 3). */
function listsOf(sentence: string): Array<{ n: number; at: number; text: string }> {
  const out: Array<{ n: number; at: number; text: string }> = [];
  for (const m of allMatches(LIST_RE, sentence)) {
    if (LEAD_WORD_RE.test(m[0])) continue;
    const n = (m[0].match(/\s*,\s*/g) ?? []).length + (/,\s*and\s/.test(m[0]) ? 1 : 2);
    out.push({ n, at: m.index!, text: m[0] });
  }
  return out;
}

/** A capitalised word that opens a sentence or clause and is no name ("While Warren, Biden and Obama …"). */
const LEAD_WORD_RE = /^(?:While|When|But|And|Or|If|As|After|Before|Although|Though|Since|Because|Then|In|On|At|For|With|By|From|Of|To|Like|Unlike|Both|Mr|Mrs|Ms|Dr|The)\b/u;

export function namedListCountChecks(text: string, spans: SentenceSpans): Check[] {
  const out: Check[] = [];
  // the breaks between paragraphs are no sentences: "the next two sentences" are counted over those with words
  const sentences = spans.filter(([a, b]) => /\p{L}/u.test(text.slice(a, b)));
  const lists = sentences.map(([a, b]) => listsOf(text.slice(a, b)).map((l) => ({ ...l, at: a + l.at })));
  const used = new Set<number>();
  sentences.forEach(([a, b], i) => {
    for (const m of allMatches(COUNT_RE, text.slice(a, b))) {
      const n = countValue(m[2]!.toLowerCase());
      if (n === undefined || n < MIN_N || n > MAX_N) continue;
      // a list told in place after a colon or dash ("three African teams – Cameroon in 1990, …") is this sentence's own
      if (/[:–—]\s*(?:the\s+)?\p{Lu}/u.test(text.slice(a + m.index! + m[0].length, b))) continue;
      const back = !!m[1];
      const near: number[] = [];
      for (let k = 1; k <= REACH; k++) { near.push(i + k); if (back) near.push(i - k); }
      const cands = near.filter((j) => j >= 0 && j < sentences.length).flatMap((j) => lists[j]!);
      const fit = cands.filter((l) => l.n === n);
      // exactly one list of that size around the count, and none of any size in the count's own sentence
      if (fit.length !== 1 || lists[i]!.length > 0) continue;
      const list = fit[0]!;
      if (used.has(list.at)) continue;
      used.add(list.at);
      const start = a + m.index!;
      out.push(ruled({
        kind: 'COUNT', status: 'CONSISTENT',
        refs: [{ start, end: start + m[0].length, text: m[0] }, { start: list.at, end: list.at + list.text.length, text: list.text }],
        detail: `"${m[0]}": ${n} named in a neighbouring sentence (${list.text})`,
      }, 'count:named-list'));
    }
  });
  return out;
}
