import { allMatches } from '../../core/regex.js';
import { join } from 'node:path';
import type { Check } from '../../core/types.js';
import { projectRoot } from '../../core/shared.js';
import { readDataRows } from '../../core/data-rows.js';
import { alt } from './lexicon.js';
import { COUNT_SRC, countValue } from './numbers.js';
import { type CheckRef, ruled } from './rule.js';
import type { SentenceSpans } from './sentences.js';

// COUNT: counts joined by "and", then a group that takes them all together, in the same sentence or opening the next:
// "The plane carried 150 passengers and six crew. All 156 people on board survived"; "The attack killed three soldiers
// and two civilians. The five were buried on Friday"; "Twelve boys and their coach were trapped. All 13 were rescued";
// "Police arrested a man and a woman. The pair were charged". The group may be another ("The two countries …"), so
// only agreement is reported.

const WORD = String.raw`[a-z][a-z'’-]*`;
/** One item: a count (or "a", "an", "their", "his", "her" for one) and up to three lower-case words. */
const ITEM_SRC = String.raw`(?:${COUNT_SRC}|[Aa]n?|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts)\s+(?!and\b)${WORD}(?:\s+(?!and\b|were\b|was\b|are\b|is\b|had\b|have\b|who\b|on\b|in\b|at\b|from\b|to\b)${WORD}){0,2}`;
const LIST_RE = new RegExp(String.raw`(?<![\w,.-])(${ITEM_SRC}(?:\s*,\s*${ITEM_SRC})*\s*,?\s+and\s+${ITEM_SRC})`, 'g');
const ITEM_G_RE = new RegExp(String.raw`(?<![\w-])(${COUNT_SRC}|[Aa]n?|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts)\s+((?!and\b)${WORD}(?:\s+(?!and\b)${WORD}){0,2})`, 'g');
/** Not a count of people or things: a length, a share, a measure. */
const NOT_COUNTED_RE = new RegExp(String.raw`^(?:${alt(readDataRows(join(projectRoot, 'data', 'lexicon', 'checks-not-counted-nouns.txt')).map((r) => r[0]!))})\b`, 'i');
/** The group that takes the items together. */
const TOTAL_RE = new RegExp(String.raw`\b(?:[Aa]ll(?:\s+the)?|[Tt]he|[Tt]hose|[Tt]hese|[Aa]ll\s+of\s+the)\s+(${COUNT_SRC})\b(?![-–]|\s*(?:%|per\s?cent|percent|years?|months?|weeks?|days?|hours?|minutes?|times)\b)|\b[Tt]he\s+(pair|duo|trio)\b`, 'g');
const GROUP_WORDS: Record<string, number> = { pair: 2, duo: 2, trio: 3 };

export function groupSumChecks(text: string, sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const [from, to] = sentences[s]!;
    const st = text.slice(from, to);
    if (!/\band\b/.test(st)) continue;
    LIST_RE.lastIndex = 0;
    for (const lm of allMatches(LIST_RE, st)) {
      const items: Array<{ n: number; text: string; start: number }> = [];
      let ok = true;
      for (const it of allMatches(ITEM_G_RE, lm[1]!)) {
        const head = it[1]!.toLowerCase();
        const n = /^(?:an?|their|his|her|its)$/.test(head) ? 1 : countValue(it[1]!);
        if (n === undefined || NOT_COUNTED_RE.test(it[2]!)) { ok = false; break; }
        items.push({ n, text: it[0], start: from + lm.index! + it.index! });
      }
      if (!ok || items.length < 2) continue;
      // at least one count written as a number: "a man and a woman" counts only as a pair
      const counted = items.some((x) => x.n > 1) || items.length === 2;
      if (!counted) continue;
      const sum = items.reduce((a, x) => a + x.n, 0);
      // the group after the list: in the rest of the sentence, or the next sentence when it follows straight on
      const listEnd = from + lm.index! + lm[0].length;
      const next = sentences[s + 1];
      const scopeEnd = next && !/\S/.test(text.slice(to, next[0])) ? next[1] : to;
      TOTAL_RE.lastIndex = 0;
      const tm = TOTAL_RE.exec(text.slice(listEnd, scopeEnd));
      if (!tm) continue;
      const total = tm[2] ? GROUP_WORDS[tm[2].toLowerCase()]! : countValue(tm[1]!);
      if (total === undefined || total !== sum || (tm[2] && items.some((x) => x.n > 1))) continue;
      const at = listEnd + tm.index;
      const refs: CheckRef[] = [{ start: at, end: at + tm[0].length, text: tm[0] }, ...items.map((x) => ({ start: x.start, end: x.start + x.text.length, text: x.text }))];
      out.push(ruled({
        kind: 'COUNT', status: 'CONSISTENT', refs,
        detail: `${items.map((x) => `${x.n} ("${x.text}")`).join(' + ')} = ${sum} = "${tm[0]}"`,
      }, 'count:group-sum'));
      break;
    }
  }
  return out;
}
