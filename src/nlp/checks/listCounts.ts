import { join } from 'node:path';
import type { Check } from '../../core/types.js';
import { projectRoot } from '../../core/shared.js';
import { readDataRows } from '../../core/data-rows.js';
import { countValue, NUM_WORD_SRC } from './numbers.js';
import { LIST_ENDERS, ORDINAL_WORDS } from './lexicon.js';
import { type CheckRef, ruled } from './rule.js';
import type { SentenceSpans } from './sentences.js';
import { allMatches, escapeRegExp } from '../../core/regex.js';

// COUNT: a small count followed by the list of what it counts, item by item — "four financial regulators: the People's
// Bank of China (PBOC), …, and the State Administration of Foreign Exchange (SAFE)", "a four-member panel of ministers:
// A, B, C and D", "three African teams had reached the quarter-finals – Cameroon in 1990, Senegal in 2002 and Ghana in
// 2010 –". The items are counted from the commas and the closing "and"/"or"; a list that does not close with "and"/"or",
// or holds an item too long or with a verb, is not read. Only agreement is reported: a list read wrongly (an item with
// a comma of its own) gives another number, which says nothing about the text. Not read either: a list whose items
// start with a preposition ("hurt in attacks on Monday: in Paris, Lyon and Nice" lists places, not people), a count
// whose clause has a verb and a phrase of its own before its colon (the colon then opens what that phrase is about),
// and "A and B and C" without a comma (which "and" joins items is not told).

const INTROS = readDataRows(join(projectRoot, 'data', 'lexicon', 'checks-list-intros.tsv')).map((r) => ({ open: r[0]!, close: r[1]! }));
const INTRO_SRC = INTROS.map((i) => escapeRegExp(i.open)).join('|');
/** The count and the words up to the list's opener: a plural noun (or "N-member NOUN"), at most nine words in all, no punctuation. */
const COUNT_LIST_RE = new RegExp(String.raw`(?<![\d,.$£€])\b(\d{1,2}|${NUM_WORD_SRC})(-member|-point|-nation|-party)?\s+((?:[\p{L}'’-]+\s+){0,8}?[\p{L}'’-]+)\s*(${INTRO_SRC})\s*`, 'giu');
const ENDER_RE = new RegExp(String.raw`\b(?:${LIST_ENDERS.join('|')})\b`, 'i');
const MAX_ITEM_WORDS = 8;
/** An item that starts with a preposition: the list tells where or when, not the members counted. */
const PREP_ITEM_RE = /^(?:in|on|at|from|to|by|with|for|of|after|before|during|into|near|across|between|under|over)\s/i;
/** A verb and a phrase of its own between a count and its colon ("Three people were hurt in attacks on Monday:"); a
 * bare verb ("Five lenders were summoned:") still opens the count's members. */
const VERB_BEFORE_COLON_RE = /\b(?:were|was|are|is|been|being|be|have|has|had|will|would|said|says)\b.*\b(?:in|on|at|from|to|by|with|for|after|during|over)\b/i;
const MAX_N = 12;

/** The items of "A, B, C and D" / "A, B, and C" / "A and B"; undefined unless the list closes with "and" or "or". */
export function listItems(list: string): string[] | undefined {
  const chunks = list.split(/\s*,\s*/).map((c) => c.trim()).filter((c) => c.length > 0);
  if (chunks.length === 0) return undefined;
  // "cost and time and the weather": with no comma, which "and" joins the items is not told
  if (chunks.length === 1 && (chunks[0]!.match(/\s(?:and|or)\s/gi) ?? []).length >= 2) return undefined;
  const last = chunks.pop()!;
  let closing: string[];
  const oxford = /^(?:and|or)\s+(.+)$/i.exec(last);
  if (oxford && chunks.length >= 2) closing = [oxford[1]!];
  else {
    const at = last.search(/\s(?:and|or)\s(?!.*\s(?:and|or)\s)/i);
    if (at < 0) return undefined;
    closing = [last.slice(0, at).trim(), last.slice(at).replace(/^\s(?:and|or)\s/i, '').trim()];
  }
  const items = [...chunks, ...closing];
  if (items.some((it) => it.length === 0 || it.split(/\s+/).length > MAX_ITEM_WORDS || ENDER_RE.test(it) || PREP_ITEM_RE.test(it))) return undefined;
  return items;
}

/**
 * The one rule of a count against the list of what it counts (count:list), whether the count was read by the quantity
 * stage (count.ts) or from the text (below): the items must be as many as the count, or, after "including", "such as",
 * no more than it (count:list-subset). The caller decides whether a disagreement is worth telling.
 */
export function listedCountCheck(countText: string, n: number, items: readonly string[], refs: CheckRef[], subset = false): Check {
  const ok = subset ? items.length <= n : items.length === n;
  const list = items.join('; ');
  return ruled({
    kind: 'COUNT', status: ok ? 'CONSISTENT' : 'INCONSISTENT', refs,
    detail: `${countText}: ${items.length} listed (${list})${subset ? `, a subset: ${items.length} ${ok ? '≤' : '>'} ${n}` : ` ${ok ? '=' : '≠'} ${n}`}`,
  }, subset ? 'count:list-subset' : 'count:list');
}

export function listCountChecks(text: string, sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  for (const [from, to] of sentences) {
    const st = text.slice(from, to);
    if (!/[:–—(]|namely/.test(st)) continue;
    COUNT_LIST_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    // matches may overlap ("66 articles target four crimes –"): each search resumes right after the count
    while ((m = COUNT_LIST_RE.exec(st)) !== null) {
      COUNT_LIST_RE.lastIndex = m.index + m[1]!.length;
      const n = countValue(m[1]!);
      if (n === undefined || n < 2 || n > MAX_N) continue;
      const words = m[3]!.trim();
      // the count is of a plural noun ("four crimes", "three African teams had reached …") or an "N-member panel"
      const firstNoun = words.split(/\s+/).find((w) => /s$/i.test(w));
      if (!m[2] && !firstNoun) continue;
      if (/[,;.]/.test(words)) continue;
      const opener = m[4]!.trim();
      if (opener === ':' && VERB_BEFORE_COLON_RE.test(words)) continue;
      const intro = INTROS.find((i) => i.open === opener)!;
      const listFrom = m.index! + m[0].length;
      const rest = st.slice(listFrom);
      const end = intro.close === 'end' ? rest.search(/\s[–—]\s|\s[–—]$|;|[.!?]["”’]?\s*$|\.\s+\p{Lu}/u) : rest.indexOf(intro.close);
      const list = (end < 0 ? rest : rest.slice(0, end)).replace(/[.!?]["”’]?\s*$/u, '').trim();
      if (end < 0 && intro.close !== 'end') continue;
      // a bracket in an item ("the People's Bank of China (PBOC)") is the item's own
      const items = listItems(intro.close === ')' ? list : list.replace(/\([^()]*\)/g, (b) => b.replace(/,/g, ' ')));
      if (!items || items.length !== n) continue;
      const at = from + m.index!;
      out.push(listedCountCheck(`${m[1]}${m[2] ?? ''} ${words}`, n, items,
        [{ start: at, end: at + m[1]!.length, text: m[1]! }, { start: from + listFrom, end: from + listFrom + list.length, text: list }]));
    }
  }
  return out;
}

// COUNT: an ordinal and the list of those before it — "India joins the United States, the former Soviet Union and China
// as only the fourth nation to …", "the fifth to reach the planet, after the US, the former Soviet Union, the European
// Space Agency (ESA) and India": the ordinal is one more than the names listed. Agreement only, as above.
const ORD_SRC = Object.keys(ORDINAL_WORDS).filter((w) => ORDINAL_WORDS[w]! >= 2 && ORDINAL_WORDS[w]! <= MAX_N + 1).join('|');
/** "the fifth to reach …, after A, B and C", "only the fifth such declaration since …, after A, B, C and D": "the" and
 * the ordinal (not "the fourth of July"), at most two words, then "to" or "since"; the list runs from "after" to the
 * sentence's end, a dash or a semicolon. */
const ORD_AFTER_RE = new RegExp(String.raw`\bthe\s+(?:only\s+|just\s+)?(${ORD_SRC})\b(?!\s+of\b)((?:\s+[\p{L}-]+){0,2}?\s+(?:to|since)\s+[^.;:–—]{0,50}?),?\s+after\s+`, 'giu');
const JOIN_NOUN_SRC = readDataRows(join(projectRoot, 'data', 'lexicon', 'checks-ordinal-join-nouns.txt')).map((r) => r[0]!).join('|');
/** "joins A, B and C as (only) the fourth nation …": the ordinal's noun names the joined's kind. */
const ORD_WORD_RE = new RegExp(String.raw`\b(?:${ORD_SRC})\b`, 'i');
const JOINS_RE = new RegExp(String.raw`\bjoin(?:s|ed|ing)?\s+([^.;:–—]{3,200}?)\s+as\s+(?:only\s+|just\s+)?(?:the\s+)?(${ORD_SRC})\s+(?:(?:[\p{L}-]+\s+)?(?:${JOIN_NOUN_SRC})s?)\b`, 'giu');

export function ordinalListChecks(text: string, sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  const emit = (ord: string, at: number, listAt: number, list: string, items: string[]) => {
    out.push(ruled({
      kind: 'COUNT', status: 'CONSISTENT',
      refs: [{ start: at, end: at + ord.length, text: ord }, { start: listAt, end: listAt + list.length, text: list }],
      detail: `the ${ord.toLowerCase()}: ${items.length} before it (${items.join('; ')}) + 1 = ${items.length + 1}`,
    }, 'count:ordinal-list'));
  };
  for (const [from, to] of sentences) {
    const st = text.slice(from, to);
    if (!ORD_WORD_RE.test(st)) continue;
    for (const m of allMatches(ORD_AFTER_RE, st)) {
      const n = ORDINAL_WORDS[m[1]!.toLowerCase()]!;
      const rest = st.slice(m.index! + m[0].length);
      const end = rest.search(/\s[–—]\s|;|[.!?]["”’]?\s*$|\.\s+\p{Lu}/u);
      const list = (end < 0 ? rest : rest.slice(0, end)).trim();
      // the items' own brackets ("the European Space Agency (ESA)") hold no item breaks
      const items = listItems(list.replace(/\([^()]*\)/g, (b) => b.replace(/,/g, ' ')));
      if (items && items.length === n - 1) emit(m[1]!, from + m.index!, from + m.index! + m[0].length, list, items);
    }
    for (const m of allMatches(JOINS_RE, st)) {
      const n = ORDINAL_WORDS[m[2]!.toLowerCase()]!;
      const items = listItems(m[1]!.replace(/\([^()]*\)/g, (b) => b.replace(/,/g, ' ')));
      const ordAt = from + m.index! + m[0].lastIndexOf(m[2]!);
      if (items && items.length === n - 1) emit(m[2]!, ordAt, from + m.index! + m[0].indexOf(m[1]!), m[1]!, items);
    }
  }
  return out;
}
