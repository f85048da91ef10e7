import type { Check, Quantity } from '../../core/types.js';
import { join } from 'node:path';
import { projectRoot } from '../../core/shared.js';
import { readDataRows } from '../../core/data-rows.js';
import { alt, CUMULATIVE_BEFORE, FUNCTION_WORDS, LIST_ENDERS, LIST_INTROS, MADE_OF, SUBSET_CUES, SUBSET_INTROS, TOTAL_AFTER, TOTAL_BEFORE } from './lexicon.js';
import { COUNT_SRC, countValue, isCount } from './numbers.js';
import { ruled } from './rule.js';
import { sentenceIndex } from './sentences.js';
import { oneItemsAfter } from './oneItems.js';
import { listedCountCheck } from './listCounts.js';
import { lowerBound } from '../../core/lower-bound.js';

// "seven counts covering fraud and conspiracy", "three countries: Egypt, Turkey and Italy",
// "five countries, including Saudi Arabia, Israel, Jordan and Egypt": a count followed by a list of what it counts.
const LIST_INTRO_RE = new RegExp(`^\\s*(?:,\\s*)?(${alt(LIST_INTROS)}|\\(|-(?=\\s))\\s*`, 'i');
const LIST_END_RE = new RegExp(`[.;!?)\\n—–]|\\s-\\s|\\s(?:${alt(LIST_ENDERS)})\\s`, 'i');
// a comma right after the count's noun, or a short verb phrase and a colon ("sent teams:")
const LOOSE_INTRO_RE = /^\s*,\s*|^(?:\s+(?!and\b|or\b)[a-z]+){1,4}\s*:\s*/;
const PERSON_INTRO_RE = /^\s*(?:,|[—–]|\s-)\s*|^(?:\s+(?!and\b|or\b)[a-z]+){0,4}\s*(?::|[—–])\s*/;
const ITEM_SPLIT_RE = /\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+/;
const MAX_ITEM_WORDS = 4;
// a list item is a name ("North Carolina", "the Workers World Party") or a bare noun ("fraud")
const NAME_ITEM_RE = /^(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+|de\s+|al-)?\p{Lu}[\p{L}'’.-]*){0,3}$/u;
const NOUN_ITEM_RE = /^\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2}$/u;
const FUNCTION_WORD_RE = new RegExp(`\\b(?:${alt(FUNCTION_WORDS)})\\b`, 'i');

// "three killed and two injured, five casualties"; "a total of 12"; "in all"
// (not "in all-economy class": a hyphen makes the word a compound's)
const TOTAL_AFTER_RE = new RegExp(`^\\s*(?:${alt(TOTAL_AFTER)})\\b(?!-)`, 'i');
const TOTAL_BEFORE_RE = new RegExp(`\\b(?:${alt(TOTAL_BEFORE)})\\s*,?\\s*$`, 'i');
const CUMULATIVE_BEFORE_RE = new RegExp(`\\b(?:${alt(CUMULATIVE_BEFORE)})\\s*$`, 'i');
// "bringing the day's toll to", "raising the overall death toll to", "taking the official number of dead to": the same
// running total with a word of whose or which toll between
// (the verbs and the nouns are data: data/lexicon/checks-running-total-verbs.txt and checks-running-total-nouns.txt)
const RUNNING_VERBS = readDataRows(join(projectRoot, 'data', 'lexicon', 'checks-running-total-verbs.txt')).map((r) => r[0]!);
const RUNNING_NOUNS = readDataRows(join(projectRoot, 'data', 'lexicon', 'checks-running-total-nouns.txt')).map((r) => r[0]!).filter((n) => n !== 'number');
const CUMULATIVE_GENERAL_RE = new RegExp(String.raw`\b(?:${alt(RUNNING_VERBS)})\s+(?:the|its|their)\s+(?:(?:day's|week's|overall|official|total|confirmed|latest|cumulative|new|known)\s+){0,2}(?:death\s+|casualty\s+|injury\s+)?(?:${alt(RUNNING_NOUNS)}|number(?:\s+of\s+(?:dead|deaths|victims|casualties|injured|people\s+killed|people\s+injured))?)\s+to\s*$`, 'i');
// "Fifty people died: 30 men, 15 women and 10 children": a colon after the total's clause introduces its parts
const COLON_AFTER_RE = /^[^.;:,!?()]{0,30}:\s/;
// "including five children", "of whom 20 were children", "12 of them": a figure inside another, not a part of the sum
const INSIDE_BEFORE_RE = /\b(?:including|among them|of whom|of which|among whom)\s+(?:\S+\s+){0,2}$/i;
const INSIDE_AFTER_RE = /^\s*(?:of them|of whom|of those)\b/i;
// "The three countries, Egypt, Jordan and Qatar,": a definite count followed by an apposition of names
const NAME_SRC = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}`;
const APPOSITION_RE = new RegExp(String.raw`^\s*,\s*((?:${NAME_SRC}\s*,\s*)*${NAME_SRC}\s*,?\s+(?:and|or)\s+${NAME_SRC})\s*[,.;)]`, 'u');
// "The 11 victims were six men and five women": a verb of composition, then a number
const MADE_OF_RE = new RegExp(`^\\s*(?:${alt(MADE_OF)})\\s+(?:\\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)\\b)`, 'i');
// "Fifty people were rescued, including 12 children": a short passive or intransitive verb phrase may come between
const VERB_PHRASE_SRC = String.raw`(?:(?:were|was|are|have been|had been|has been)\s+[a-z]+(?:\s+(?:in|from|by|at|on|to|near|inside|during)\s+(?:the\s+|a\s+)?[a-z]+){0,2}\s*|(?:died|drowned|fled|escaped|survived)(?:\s+(?:in|from|at|on|during)\s+(?:the\s+|a\s+)?[a-z]+){0,2}\s*)`;
const SUBSET_AFTER_RE = new RegExp(`^\\s*(?:people|persons|civilians|residents)?\\s*(?:${VERB_PHRASE_SRC}(?=,))?,?\\s*(?:${alt(SUBSET_CUES)})\\b`, 'i');
/** The parts of "64 people, including 20 children and 10 women" end at ", and", ";" or the sentence end. */
const SUBSET_END_RE = /,\s+and\s|;|[.!?](?:\s|$)/;
const OF_THE_BEFORE_RE = /\bof\s+the\s+$/i;
/** Between a part and its whole: "Two of the five members". */
const PART_OF_THE_RE = /^\s+of\s+the\s+$/i;
/** A total in apposition to its parts names people in general. */
const GENERAL_TOTAL_RE = /\b(?:people|persons|individuals|victims|casualties|dead|injured|wounded|passengers|residents|others|in all|in total)\b/i;
/** Between a total and the first of its parts in apposition: a comma or a dash, nothing else. */
const APPO_GAP_RE = /^\s*(?:,|[—–]|\s-)\s*$/;

const isVague = (q: Quantity) => q.rule?.includes('vague') ?? false;

/** "the Abu Mansour dam and the Derna dam": names sharing one lower-case head noun are read as the names. */
function shareHead(items: string[]): string[] {
  const heads = items.map((s) => /\s(\p{Ll}+)$/u.exec(s)?.[1]);
  if (items.length < 2 || heads.some((h) => h === undefined || h !== heads[0])) return items;
  const stripped = items.map((s) => s.slice(0, s.length - heads[0]!.length).trim());
  return stripped.every((s) => NAME_ITEM_RE.test(s)) ? stripped : items;
}

function validList(items: string[]): boolean {
  if (items.length < 2 || items.some((s) => s.split(/\s+/).length > MAX_ITEM_WORDS || /[0-9"“”‘’]/.test(s))) return false;
  if (items.every((s) => NAME_ITEM_RE.test(s))) return true;
  return items.every((s) => NOUN_ITEM_RE.test(s) && !FUNCTION_WORD_RE.test(s));
}

function listChecks(text: string, qs: readonly Quantity[]): Check[] {
  const out: Check[] = [];
  qs.forEach((q, i) => {
    if (!isCount(q) || isVague(q) || !Number.isInteger(q.value) || q.bound) return;
    const after = text.slice(q.end, q.end + 300);
    const appo = /\bthe\s+$/i.test(text.slice(Math.max(0, q.start - 5), q.start)) ? APPOSITION_RE.exec(after) : null;
    if (appo) {
      const items = appo[1].split(ITEM_SPLIT_RE).map((s) => s.trim()).filter(Boolean);
      if (validList(items) && items.every((s) => NAME_ITEM_RE.test(s))) {
        // "Two of the five permanent members, Russia and China,": the names may be the part's, not the whole's;
        // they agree with one or the other, or the pairing is left unsaid
        const part = qs[i - 1];
        if (part && isCount(part) && Number.isInteger(part.value) && PART_OF_THE_RE.test(text.slice(part.end, q.start))) {
          if (items.length === part.value || items.length === q.value) {
            const named = items.length === part.value ? part : q;
            out.push(ruled({
              kind: 'COUNT', status: 'CONSISTENT', refs: named === part ? [i - 1, i] : [i],
              detail: `${text.slice(part.start, q.end)}: ${items.length} named (${items.join(', ')}) = ${named.value}${named === part ? ', the part' : ', the whole'}`,
            }, 'count:apposition-part'));
          }
          return;
        }
        const ok = items.length === q.value;
        out.push(ruled({
          kind: 'COUNT', status: ok ? 'CONSISTENT' : 'INCONSISTENT', refs: [i],
          detail: `${q.text}: ${items.length} named (${items.join(', ')}) ${ok ? '=' : '≠'} ${q.value}`,
        }, 'count:apposition'));
        return;
      }
    }
    // a count of people with a list after it is mostly a subset of names ("three people: …" is rare): besides the
    // apposition above, only a list of as many names as the count, after a colon, a dash or a comma
    // ("Three people were arrested: Ali Said, Omar Nasser and Sami Khalil")
    const personList = q.unit === 'person';
    const intro = personList ? null : LIST_INTRO_RE.exec(after);
    if (!intro) {
      // "came from three countries, Egypt, Turkey and Italy"; "Three countries sent teams: Egypt, Turkey and Italy":
      // a list of names after a comma, or after a short verb phrase and a colon, may be something else than what the
      // count counts: reported only when the number of names agrees
      const loose = (personList ? PERSON_INTRO_RE : LOOSE_INTRO_RE).exec(after);
      if (!loose) return;
      const rest = after.slice(loose[0].length);
      const stop = LIST_END_RE.exec(rest);
      // "two suspects, Ali Said and Omar Nasser, on Monday": the names end at a comma before a lower-case word
      const body = (stop ? rest.slice(0, stop.index) : rest).split(/,\s+(?!and\b|or\b)(?=\p{Ll})/u)[0]!.trim();
      const items = shareHead(body.split(ITEM_SPLIT_RE).map((x) => x.trim()).filter(Boolean));
      if (!validList(items) || !items.every((x) => NAME_ITEM_RE.test(x)) || items.length !== q.value) return;
      out.push(ruled({
        kind: 'COUNT', status: 'CONSISTENT', refs: [i],
        detail: `${q.text}: ${items.length} named (${items.join(', ')}) = ${q.value}`,
      }, 'count:list-loose'));
      return;
    }
    const rest = after.slice(intro[0].length);
    const stop = LIST_END_RE.exec(rest);
    const body = (stop ? rest.slice(0, stop.index) : rest).trim();
    const items = shareHead(body.split(ITEM_SPLIT_RE).map((s) => s.trim()).filter(Boolean));
    if (!validList(items)) return;
    const kind = intro[1].toLowerCase();
    const list = items.join(', ');
    if (kind === 'covering') {
      const over = items.length > q.value;
      out.push(ruled({
        kind: 'COUNT', status: over ? 'INCONSISTENT' : 'UNVERIFIABLE', refs: [i],
        detail: over
          ? `${q.text} cannot cover ${items.length} categories (${list})`
          : `${q.text} covering ${items.length} categories (${list}); the number per category is not stated`,
      }, 'count:categories'));
      return;
    }
    out.push(listedCountCheck(q.text, q.value, items, [i], SUBSET_INTROS.includes(kind)));
  });
  return out;
}

/** What a bounded figure allows: "at least 74" → [74, ∞), "about 3,000" → [2,850, 3,150]. */
function interval(q: Quantity): [number, number] {
  switch (q.bound) {
    case 'AT_LEAST': case 'MORE_THAN': case 'MIN': return [q.value, Infinity];
    case 'AT_MOST': case 'LESS_THAN': case 'MAX': return [0, q.value];
    case 'APPROX': return [q.value * 0.95, q.value * 1.05];
    default: return [q.value, q.value];
  }
}

const sentenceOf = sentenceIndex;

/** Index of the first quantity starting at or after `at` (quantities are in text order): keeps the sums linear. */
function firstFrom(qs: readonly Quantity[], at: number): number {
  return lowerBound(qs.length, (m) => qs[m]!.start < at);
}

function partsChecks(text: string, qs: readonly Quantity[], sentences: ReadonlyArray<[number, number]>): Check[] {
  const out: Check[] = [];
  qs.forEach((total, ti) => {
    if (total.unit !== 'person' || total.equivalentOf !== undefined || isVague(total)) return;
    // "Of the 100 senators, 52 voted …, 47 … and one abstained": the parts of a whole named first are the groups check's
    // (a part written "one" is no quantity, so the sum here would come up short)
    if (OF_THE_BEFORE_RE.test(text.slice(Math.max(0, total.start - 12), total.start))) return;
    const colon = COLON_AFTER_RE.exec(text.slice(total.end, total.end + 34));
    // "The attack killed 25 people, 20 soldiers and five civilians": the parts in apposition right after the total
    const next = qs[ti + 1];
    const appo = !!next && next.unit === 'person' && !isVague(next) && APPO_GAP_RE.test(text.slice(total.end, next.start));
    const cumulative = CUMULATIVE_BEFORE_RE.test(text.slice(Math.max(0, total.start - 40), total.start)) || CUMULATIVE_GENERAL_RE.test(text.slice(Math.max(0, total.start - 80), total.start));
    const sumAfter = cumulative || !!colon || appo || MADE_OF_RE.test(text.slice(total.end, total.end + 40)) || TOTAL_AFTER_RE.test(text.slice(total.end, total.end + 30));
    const totalWord = TOTAL_BEFORE_RE.test(text.slice(Math.max(0, total.start - 20), total.start));
    const isTotal = sumAfter || totalWord;
    // ("A total of 1,345 candidates ran, of whom 400 are women": a word of a total before the figure, and a part of it
    // after, is a subset as much as without the word)
    const subset = !sumAfter && SUBSET_AFTER_RE.test(text.slice(total.end, total.end + 90));
    if (!isTotal && !subset) return;
    const s = sentenceOf(sentences, total.start);
    if (s === -1) return;
    let reachEnd = sentences[s][1];
    const inside = (q: Quantity) => INSIDE_BEFORE_RE.test(text.slice(Math.max(0, q.start - 40), q.start)) || INSIDE_AFTER_RE.test(text.slice(q.end, q.end + 12));
    if (subset || appo) {
      const m = SUBSET_END_RE.exec(text.slice(total.end + 1, reachEnd));
      if (m) reachEnd = total.end + 1 + m.index;
    }
    const parts: Array<{ q: Quantity; i: number }> = [];
    for (let i = firstFrom(qs, sentences[s][0]); i < qs.length && qs[i].start < reachEnd; i++) {
      const q = qs[i];
      if (i === ti || q.unit !== 'person' || isVague(q) || q.start < sentences[s][0] || q.end > reachEnd) continue;
      if ((subset || colon || appo) && q.start <= total.end) continue;
      if (!subset && inside(q)) continue;
      // "the 24-member cabinet" is the size of a body, not a part of the total
      if (q.rule?.includes('people-size')) continue;
      parts.push({ q, i });
    }
    // "… killed 52 people and wounded 87. In all, 139 casualties": the parts may be the sentence before
    let loose = false;
    if (!subset && !colon && parts.length === 0 && s > 0 && TOTAL_BEFORE_RE.test(text.slice(Math.max(0, total.start - 20), total.start))) {
      loose = true;
      for (let i = firstFrom(qs, sentences[s - 1][0]); i < qs.length && qs[i].start < sentences[s - 1][1]; i++) {
        const q = qs[i];
        if (q.unit !== 'person' || isVague(q) || q.start < sentences[s - 1][0] || q.end > sentences[s - 1][1] || inside(q) || q.rule?.includes('people-size')) continue;
        parts.push({ q, i });
      }
    }
    if (parts.length < (subset ? 1 : 2)) return;
    // "three soldiers, two police officers and one civilian": a list item of one is no quantity; add it back
    const ones = subset || loose ? 0 : oneItemsAfter(text, parts.map((p) => p.q), qs, parts[0]!.q.start > total.end);
    let lo = ones;
    let hi = ones;
    for (const p of parts) { const [a, b] = interval(p.q); lo += a; hi += b; }
    const [tlo, thi] = interval(total);
    const refs = [ti, ...parts.map((p) => p.i)];
    const arith = `${parts.map((p) => `${p.q.bound && p.q.bound !== 'APPROX' ? `${p.q.bound.toLowerCase().replace('_', ' ')} ` : ''}${p.q.value}`).join(' + ')}${' + 1'.repeat(ones)}`;
    let status: Check['status'];
    let rel: string;
    if (subset) {
      // bounded figures that can fit ("more than 60 people, including at least 20 children") agree: every input is
      // given, and UNVERIFIABLE is for a missing one
      status = lo > thi ? 'INCONSISTENT' : 'CONSISTENT';
      rel = status === 'CONSISTENT' ? '≤' : status === 'INCONSISTENT' ? '>' : 'against';
    } else {
      const disjoint = hi < tlo || lo > thi;
      const determined = Number.isFinite(hi) && Number.isFinite(thi) && (!total.bound || total.bound === 'APPROX') && parts.every((p) => !p.q.bound || p.q.bound === 'APPROX');
      status = disjoint ? 'INCONSISTENT' : determined ? 'CONSISTENT' : 'UNVERIFIABLE';
      rel = status === 'CONSISTENT' ? '=' : status === 'INCONSISTENT' ? '≠' : 'against';
    }
    // parts gathered from the sentence before are a loose pairing: reported only when the sum agrees
    if ((loose || cumulative) && status !== 'CONSISTENT') return;
    // in apposition, "two sons, 11 and 14" gives one figure per member (ages), and "six black women, two white women, …"
    // is a list, not a total and its parts: a mismatch counts only after a general noun ("25 people, 20 soldiers and …")
    if (appo && !colon && status === 'INCONSISTENT' && (parts.length === total.value || !GENERAL_TOTAL_RE.test(total.text))) return;
    const sumText = lo === hi ? `${lo}` : `${Math.round(lo)}–${Number.isFinite(hi) ? Math.round(hi) : '∞'}`;
    const note = status === 'UNVERIFIABLE' ? ': bounded figures ("at least", "up to") leave it open'
      : subset && hi > tlo ? ' (bounded figures, "at least", "up to": the parts can fit)' : '';
    out.push(ruled({
      kind: 'COUNT', status, refs,
      detail: `parts ${arith} = ${sumText} ${rel} ${subset ? 'the total' : 'total'} ${total.text}${note}`,
    }, subset ? 'count:parts-subset' : 'count:parts-total'));
  });
  return out;
}

// "won the title twice, in 2019 and 2021", "three times (2015, 2017 and 2019)": a number of occasions and their years
const YEAR_SRC = String.raw`(?:1[6-9]|20)\d\d`;
const TIMES_LIST_RE = new RegExp(String.raw`\b(twice|thrice|(${COUNT_SRC})\s+times)\s*(?:,|\(|:|[—–]|\s-)\s*(?:(?:in|on|during)\s+)?(${YEAR_SRC}(?:\s*,\s*(?:in\s+)?${YEAR_SRC})*\s*,?\s+and\s+(?:in\s+)?${YEAR_SRC})\b(?!\s*[-–]\s*\d)`, 'g');

function timesListChecks(text: string): Check[] {
  const out: Check[] = [];
  TIMES_LIST_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TIMES_LIST_RE.exec(text)) !== null) {
    const w = m[1]!.toLowerCase();
    const n = w === 'twice' ? 2 : w === 'thrice' ? 3 : countValue(m[2]!);
    if (n === undefined || n < 2) continue;
    const years = [...new Set(m[3]!.match(/\d{4}/g) ?? [])];
    // fewer years than occasions may leave some undated; more cannot be
    if (years.length < n) continue;
    const ok = years.length === n;
    out.push(ruled({
      kind: 'COUNT', status: ok ? 'CONSISTENT' : 'INCONSISTENT', refs: [{ start: m.index, end: m.index + m[0].length, text: m[0] }],
      detail: `"${m[1]}": ${years.length} years listed (${years.join(', ')}) ${ok ? '=' : '≠'} ${n}`,
    }, 'count:times-years'));
  }
  return out;
}

/** Parts against totals, and stated counts against the lists that follow them. */
export function countChecks(text: string, qs: readonly Quantity[], sentences: ReadonlyArray<[number, number]>): Check[] {
  return [...listChecks(text, qs), ...partsChecks(text, qs, sentences), ...timesListChecks(text)];
}
