import type { Check, Quantity } from '../../core/types.js';
import { NUMBER_WORDS, own, PERSON_PARTICIPLES } from '../quantity/lexicon.js';
import { alt, GROUP_PERSON_NOUNS, GROUP_TOTAL_NOUNS, OF_THE_PART_VERBS } from './lexicon.js';
import { type CheckRef, ruled } from './rule.js';
import { sentenceIndex, type SentenceSpans } from './sentences.js';
import { isCount } from './numbers.js';

// COUNT checks read from the text where the quantity layer holds no parts:
// - a group named by its members and counted again: "two men and a woman were arrested … the three suspects",
//   "the two women and three men, five in all";
// - "Of the 40 passengers, 25 were British and 15 were French": the parts of a whole named first.

const NUM_WORDS = Object.keys(NUMBER_WORDS).filter((w) => w !== 'zero' && w !== 'dozen');
const NUM_SRC = String.raw`(?:\d{1,3}(?:,\d{3})*|(?:${NUM_WORDS.join('|')})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)`;
const PERSON_SRC = alt(GROUP_PERSON_NOUNS);
// "two men", "a woman", "three young children": a count (or the article) and a person noun, one adjective at most
const MEMBER_SRC = String.raw`(?:${NUM_SRC}|an?)\s+(?:[a-z]+\s+)?(?:${PERSON_SRC})`;
const GROUP_RE = new RegExp(String.raw`\b(${MEMBER_SRC}(?:\s*,\s*${MEMBER_SRC})*\s*,?\s+and\s+${MEMBER_SRC})\b`, 'gi');
const MEMBER_RE = new RegExp(String.raw`(${NUM_SRC}|an?)\s+(?:[a-z]+\s+)?(${PERSON_SRC})\b`, 'gi');
// right after the group: ", five in all", "— all five —", ", all three of them"
const APPOSED_TOTAL_RE = new RegExp(String.raw`^\s*(?:,|[—–]|\s-)\s*(?:(?:all|the)\s+)?(${NUM_SRC})\s+(?:in all|in total|altogether|of them|people|in number)\b`, 'i');
// right before the group: "three children - ", "five people: ", "two relatives, "
const LEAD_TOTAL_RE = new RegExp(String.raw`\b(${NUM_SRC})\s+(?:[a-z]+\s+){0,2}[a-z]+\s*(?:[—–:]|\s-|,)\s*(?:the\s+|their\s+|his\s+|her\s+)?$`, 'i');
// "the three suspects", "all three victims": a definite count of the group's kind of people
const BACK_REF_RE = new RegExp(String.raw`\b(?:the|all|all the)\s+(${NUM_SRC})\s+(?:[a-z]+\s+)?(?:${alt(GROUP_TOTAL_NOUNS)})\b`, 'gi');
// "Of the 40 passengers, 25 were British and 15 were French"; the whole may be people named by a participle ("Of the 50
// injured, 10 are in critical condition") or a plural with a participle after it ("Of the 1,200 people evacuated, 300 have
// returned")
const PARTICIPLE_SRC = alt(PERSON_PARTICIPLES);
const OF_THE_RE = new RegExp(String.raw`\b[Oo]f\s+(?:the|its|their|the\s+(?:country|nation|city|state|region|province|party|company|group|bloc|union|world)['’]s)\s+(${NUM_SRC})\s+((?:[a-z-]+\s+){0,2}[a-z]+s(?:\s+(?:${PARTICIPLE_SRC}|[a-z]+ed))?|people(?:\s+(?:${PARTICIPLE_SRC}|[a-z]+ed))?|crew|staff|police|${PARTICIPLE_SRC})(?:\s+(?:on\s+board|aboard|(?:in|on|at|inside)\s+(?:the\s+)?[a-z]+))?\s*,\s*`, 'g');
// what goes before a part of a list of parts: the clause's start, a comma, 'and', 'while', 'but' or a semicolon
const PART_SEP_SRC = String.raw`(?:^|,\s*(?:and\s+|while\s+|but\s+)?|\s+and\s+|\s+while\s+|;\s*)`;
// what follows a part's number: a verb that tells what the part was or did, or a capitalised word
const PART_NEXT_SRC = String.raw`\s+(?:(?:${alt(OF_THE_PART_VERBS)})\b|\p{Lu})`;
const PART_RE = new RegExp(String.raw`${PART_SEP_SRC}(${NUM_SRC})${PART_NEXT_SRC}`, 'gu');
// a later part after "Six of them …": a subset of the same whole when written "the other N" / "the remaining N" or
// "N of them"; a plain "20 were injured" may count other people
const LATER_PART_RE = new RegExp(String.raw`${PART_SEP_SRC}(?:(the\s+(?:other|remaining)\s+)(${NUM_SRC})|(${NUM_SRC})(\s+of\s+(?:them|those|these))?)${PART_NEXT_SRC}`, 'gu');

function numberValue(s: string): number | undefined {
  const t = s.toLowerCase().replace(/,/g, '');
  if (/^\d+$/.test(t)) return Number(t);
  if (t === 'a' || t === 'an') return 1;
  const [a, b] = t.split('-');
  const x = own(NUMBER_WORDS, a!);
  if (x === undefined) return undefined;
  if (b === undefined) return x;
  const y = own(NUMBER_WORDS, b);
  return y !== undefined && x >= 20 && x % 10 === 0 && y < 10 ? x + y : undefined;
}

const span = (text: string, start: number, s: string): CheckRef => ({ start, end: start + s.length, text: s });

function groupChecks(text: string, sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  GROUP_RE.lastIndex = 0;
  let g: RegExpExecArray | null;
  while ((g = GROUP_RE.exec(text)) !== null) {
    const members: number[] = [];
    MEMBER_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = MEMBER_RE.exec(g[1]!)) !== null) {
      const n = numberValue(m[1]!);
      if (n === undefined) { members.length = 0; break; }
      members.push(n);
    }
    if (members.length < 2) continue;
    const sum = members.reduce((a, b) => a + b, 0);
    const groupEnd = g.index + g[0].length;
    const groupRef = span(text, g.index, g[0]);
    const arith = `${members.join(' + ')} = ${sum}`;
    // "The couple's three children - a son and two daughters -": a count right before the group (a dash, colon or
    // comma between) names the same people only when it agrees
    const lead = LEAD_TOTAL_RE.exec(text.slice(Math.max(0, g.index - 40), g.index));
    if (lead) {
      const total = numberValue(lead[1]!);
      if (total !== undefined && total === sum && members.length >= 2) {
        out.push(ruled({
          kind: 'COUNT', status: 'CONSISTENT', refs: [span(text, g.index - lead[0].length, lead[0].trim()), groupRef],
          detail: `"${g[0]}": ${arith} = the ${total} just before`,
        }, 'count:group-total'));
        continue;
      }
    }
    // a total in apposition is the writer's own sum: it agrees or not
    const appo = APPOSED_TOTAL_RE.exec(text.slice(groupEnd, groupEnd + 40));
    if (appo) {
      const total = numberValue(appo[1]!);
      if (total === undefined) continue;
      const ok = total === sum;
      out.push(ruled({
        kind: 'COUNT', status: ok ? 'CONSISTENT' : 'INCONSISTENT', refs: [groupRef, span(text, groupEnd + appo.index, appo[0].trim())],
        detail: `"${g[0]}": ${arith} ${ok ? '=' : '≠'} the stated ${total}`,
      }, 'count:group-total'));
      continue;
    }
    // a definite count later in the sentence or the next ("the three suspects") restates the group only when it agrees:
    // a different number may count more people than the group named
    const s = sentenceIndex(sentences, g.index);
    if (s === -1) continue;
    const until = sentences[Math.min(sentences.length - 1, s + 1)]![1];
    BACK_REF_RE.lastIndex = groupEnd;
    const back = BACK_REF_RE.exec(text);
    if (!back || back.index >= until) continue;
    const total = numberValue(back[1]!);
    if (total !== sum) continue;
    out.push(ruled({
      kind: 'COUNT', status: 'CONSISTENT', refs: [groupRef, span(text, back.index, back[0])],
      detail: `"${g[0]}": ${arith} = "${back[0]}"`,
    }, 'count:group-back-reference'));
  }
  return out;
}

/**
 * The parts a clause lists ("25 were British and 22 were French"), up to the first number that cannot be read;
 * `clause` starts at `base` in `text` (it may differ from the text in its first letter's case), and each part keeps
 * the verb after its number ("were").
 */
function partsIn(text: string, clause: string, base: number): Array<{ n: number; ref: CheckRef; verb: string }> {
  const parts: Array<{ n: number; ref: CheckRef; verb: string }> = [];
  PART_RE.lastIndex = 0;
  let p: RegExpExecArray | null;
  while ((p = PART_RE.exec(clause)) !== null) {
    const n = numberValue(p[1]!);
    if (n === undefined) break;
    const at = base + p.index + p[0].indexOf(p[1]!);
    parts.push({ n, ref: span(text, at, p[1]!), verb: /^\s*([A-Za-z]+)/.exec(text.slice(at + p[1]!.length))?.[1]?.toLowerCase() ?? '' });
  }
  return parts;
}

/** The parts of a clause after "Six of them …", as `partsIn` reads them, each marked when written as a subset of the whole. */
function laterPartsIn(text: string, clause: string, base: number): Array<{ n: number; ref: CheckRef; verb: string; subset: boolean }> {
  const parts: Array<{ n: number; ref: CheckRef; verb: string; subset: boolean }> = [];
  LATER_PART_RE.lastIndex = 0;
  let p: RegExpExecArray | null;
  while ((p = LATER_PART_RE.exec(clause)) !== null) {
    const num = p[2] ?? p[3]!;
    const n = numberValue(num);
    if (n === undefined) break;
    const at = base + p.index + p[0].indexOf(num, p[1] ? p[0].indexOf(p[1]) + p[1].length : 0);
    const after = at + num.length + (p[4]?.length ?? 0);
    parts.push({
      n, ref: span(text, at, num), subset: p[1] !== undefined || p[4] !== undefined,
      verb: /^\s*([A-Za-z]+)/.exec(text.slice(after))?.[1]?.toLowerCase() ?? '',
    });
  }
  return parts;
}

function ofTheChecks(text: string, sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  OF_THE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OF_THE_RE.exec(text)) !== null) {
    const whole = numberValue(m[1]!);
    if (whole === undefined || whole < 2) continue;
    const s = sentenceIndex(sentences, m.index);
    if (s === -1) continue;
    const from = m.index + m[0].length;
    const clause = text.slice(from, sentences[s]![1]);
    const parts = partsIn(text, clause, from);
    if (parts.length < 1) continue;
    const sum = parts.reduce((a, b) => a + b.n, 0);
    // "Of the 50 passengers, 48 survived": one part says only that it fits; a larger one may count something else
    if (parts.length === 1 && !(sum < whole)) continue;
    // "Of the 288 candidates, 286 have higher education, 202 are under 45 and 56 are women": parts told with different
    // verbs may overlap; only parts of one frame ("25 were British and 22 were French") must fit inside the whole
    if (sum > whole && new Set(parts.map((x) => x.verb)).size > 1) continue;
    // the parts may leave some of the whole untold; they cannot add up to more than it
    const status: Check['status'] = sum <= whole ? 'CONSISTENT' : 'INCONSISTENT';
    out.push(ruled({
      kind: 'COUNT', status, refs: [span(text, m.index, m[0].replace(/\s*,\s*$/, '')), ...parts.map((x) => x.ref)],
      detail: `parts ${parts.map((x) => x.n).join(' + ')} = ${sum} ${sum === whole ? '=' : sum < whole ? '≤' : '>'} the ${whole} ${m[2]}${sum < whole ? ' (the rest not stated)' : ''}`,
    }, 'count:of-the-parts'));
  }
  return out;
}

// "killed 64 people, 20 of whom were children", "12 people, three of them children": a part of the figure just given
const OF_WHOM_RE = new RegExp(String.raw`^\s*,\s*(?:(?:at least|about|around|some|nearly)\s+)?(${NUM_SRC})\s+of\s+(?:whom|them|those)\b`, 'i');
// "Twelve people were injured, three of them seriously", "340 people had died, 120 of them in the city", "1,345
// candidates are running, of whom 400 are women": the count's own short passive, progressive or intransitive verb
// phrase may come before the part
const OF_WHOM_VERB_RE = new RegExp(String.raw`^\s+(?:(?:were|was|are|have\s+been|had\s+been|has\s+been)\s+[a-z]+(?:ed|ing)|(?:(?:had|have|has)\s+)?(?:died|drowned|fled|escaped|survived))(?:\s+(?:in|at|on|by|during|near|inside)\s+(?:the\s+|a\s+)?[a-z]+){0,1}(?=\s*,\s*(?:(?:at least|about|around|some|nearly)\s+)?${NUM_SRC}\s+of\s+(?:whom|them|those)\b)`, 'i');
// "The country has 26 cantons. Six of them voted against": the next sentence opens with a part of the count
const NEXT_OF_THEM_RE = new RegExp(String.raw`^\s*(${NUM_SRC})\s+of\s+(?:them|those|these)\b`, 'i');

function ofWhomChecks(text: string, qs: readonly Quantity[]): Check[] {
  const out: Check[] = [];
  qs.forEach((q, i) => {
    if (q.unit !== 'person' || (q.rule ?? '').includes('vague')) return;
    const verb = OF_WHOM_VERB_RE.exec(text.slice(q.end, q.end + 80));
    const base = q.end + (verb ? verb[0].length : 0);
    const m = OF_WHOM_RE.exec(text.slice(base, base + 50));
    if (!m) return;
    const n = numberValue(m[1]!);
    if (n === undefined) return;
    // "at least 64 people, 20 of whom": a lower bound on the whole still holds the part
    const open = q.bound === 'AT_LEAST' || q.bound === 'MORE_THAN' || q.bound === 'MIN' || q.bound === 'APPROX';
    const ok = n <= q.value || (q.bound === 'APPROX' && n <= q.value * 1.05);
    if (!ok && open) return;
    const at = base + m.index + m[0].indexOf(m[1]!);
    out.push(ruled({
      kind: 'COUNT', status: ok ? 'CONSISTENT' : 'INCONSISTENT', refs: [i, span(text, at, m[0].slice(m[0].indexOf(m[1]!)))],
      detail: `"${m[0].replace(/^\s*,\s*/, '')}": ${n} ${ok ? '≤' : '>'} ${q.text}`,
    }, 'count:of-whom'));
  });
  return out;
}

// "Eleven people were killed. Six were men and five were women."; "Police arrested 12 people. Seven have since been
// released, and five remain in custody.": the sentence after a count of people opens with its parts. Two sentences are a
// loose pairing (the parts may count something else): reported only when they add up to the count.
const NEXT_OPENS_RE = new RegExp(String.raw`^\s*(?:(?:Of\s+(?:them|those|these|the\s+[a-z]+)|Among\s+(?:them|the\s+[a-z]+))\s*,\s*)?(?=${NUM_SRC}\s)`, 'i');

const AMONG_THE_RE = /^\s*(?:(?:Among|Of)\s+(?:the|those)\s+(?:dead|killed|victims|injured|wounded|casualties|missing|arrested|detained|rescued|survivors|hostages)\s+(?:were|are|was|is)|The\s+(?:dead|victims|casualties|injured|wounded|missing|hostages|survivors)\s+(?:include|included|includes|were|are))\s+/;

function nextSentencePartsChecks(text: string, qs: readonly Quantity[], sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  const done = new Set<number>();
  qs.forEach((q, i) => {
    if (q.unit !== 'person' || (q.rule ?? '').includes('vague') || q.value < 2) return;
    // parts must add up to an exact count; a part told with "among the dead" fits under a lower bound too
    const exact = !q.bound || q.bound === 'APPROX';
    if (!exact && q.bound !== 'AT_LEAST' && q.bound !== 'MORE_THAN' && q.bound !== 'MIN') return;
    const s = sentenceIndex(sentences, q.start);
    if (s === -1 || s + 1 >= sentences.length || done.has(s + 1)) return;
    const [from, to] = sentences[s + 1]!;
    const next = text.slice(from, to);
    const among = AMONG_THE_RE.exec(next);
    if (among) {
      // "Among the dead were three children": a part of the count, told next
      const members: number[] = [];
      MEMBER_RE.lastIndex = 0;
      const rest = next.slice(among[0].length).split(/[.;]/)[0]!;
      let mm: RegExpExecArray | null;
      while ((mm = MEMBER_RE.exec(rest)) !== null) {
        const n = numberValue(mm[1]!);
        if (n !== undefined) members.push(n);
      }
      const sum = members.reduce((a, b) => a + b, 0);
      if (members.length === 0 || sum > q.value || !/^\s*(?:\d|[a-z])/i.test(rest)) return;
      done.add(s + 1);
      out.push(ruled({
        kind: 'COUNT', status: 'CONSISTENT', refs: [i, span(text, from, among[0].trim())],
        detail: `"${among[0].trim()}" ${members.join(' + ')} = ${sum} ≤ ${q.text}, told in the next sentence`,
      }, 'count:parts-next-sentence'));
      return;
    }
    const open = exact ? NEXT_OPENS_RE.exec(next) : null;
    if (!open || !/^\s*\p{Lu}/u.test(next)) return;
    // the number words of PART_RE are lower case: the sentence's first word is read as written mid-sentence
    const raw = next.slice(open[0].length);
    const clause = raw.charAt(0).toLowerCase() + raw.slice(1);
    const parts = partsIn(text, clause, from + open[0].length);
    if (parts.length < 2) return;
    const sum = parts.reduce((a, b) => a + b.n, 0);
    if (sum !== q.value) return;
    done.add(s + 1);
    out.push(ruled({
      kind: 'COUNT', status: 'CONSISTENT', refs: [i, ...parts.map((x) => x.ref)],
      detail: `parts ${parts.map((x) => x.n).join(' + ')} = ${sum} = ${q.text}, told in the next sentence`,
    }, 'count:parts-next-sentence'));
  });
  return out;
}

/**
 * "The country has 26 cantons. Six of them voted against": a loose pairing across sentences, agreement only. With more
 * parts in the sentence ("…, while 20 voted in favour") the parts are summed: a sum within the count agrees; a sum over
 * it is a mismatch only when every later part is itself written as a subset of the whole ("the other 22", "four of
 * them") in one frame of an exact count, since a plain "20 were injured" may count other people; otherwise the first
 * part alone is held against the count.
 */
function nextOfThemChecks(text: string, qs: readonly Quantity[], sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  for (let s = 1; s < sentences.length; s++) {
    const [from, to] = sentences[s]!;
    const m = NEXT_OF_THEM_RE.exec(text.slice(from, to));
    if (!m) continue;
    const n = numberValue(m[1]!.toLowerCase());
    if (n === undefined) continue;
    // the last count of the sentence before: a plain count of things or people, not a measure, money or share
    const [pFrom, pTo] = sentences[s - 1]!;
    let i = -1;
    qs.forEach((q, k) => { if (q.start >= pFrom && q.end <= pTo) i = k; });
    const q = qs[i];
    if (!q || !isCount(q) || (q.rule ?? '').includes('vague') || q.bound === 'AT_MOST' || q.bound === 'LESS_THAN') continue;
    // "Six of them voted against, while 22 voted in favour": the parts told after the first one in its sentence
    const restFrom = from + m.index + m[0].length;
    const rest = laterPartsIn(text, text.slice(restFrom, to), restFrom);
    if (rest.length > 0) {
      const firstVerb = /^\s*([A-Za-z]+)/.exec(text.slice(restFrom, to))?.[1]?.toLowerCase() ?? '';
      const all = [n, ...rest.map((x) => x.n)];
      const sum = all.reduce((a, b) => a + b, 0);
      const oneFrame = rest.every((x) => x.verb === firstVerb);
      // more than the whole is a mismatch only for subset parts of one frame of an exact count
      const mismatch = sum > q.value && oneFrame && !q.bound && rest.every((x) => x.subset);
      if (sum <= q.value || mismatch) {
        const at0 = from + m.index + m[0].indexOf(m[1]!);
        out.push(ruled({
          kind: 'COUNT', status: mismatch ? 'INCONSISTENT' : 'CONSISTENT', refs: [i, span(text, at0, m[1]!), ...rest.map((x) => x.ref)],
          detail: `parts ${all.join(' + ')} = ${sum} ${sum === q.value ? '=' : sum < q.value ? '≤' : '>'} ${q.text}, told in the sentence before`,
        }, 'count:of-them-next-parts'));
        continue;
      }
    }
    if (!(n < q.value)) continue;
    const at = from + m.index + m[0].indexOf(m[1]!);
    out.push(ruled({
      kind: 'COUNT', status: 'CONSISTENT', refs: [i, span(text, at, m[0].slice(m[0].indexOf(m[1]!)))],
      detail: `"${m[0].trim()}": ${n} ≤ ${q.text}, told in the sentence before`,
    }, 'count:of-them-next'));
  }
  return out;
}
/** A unit that counts things or people: no measure, money, share or rate. */

export function groupCountChecks(text: string, qs: readonly Quantity[], sentences: SentenceSpans): Check[] {
  return [...groupChecks(text, sentences), ...ofTheChecks(text, sentences), ...ofWhomChecks(text, qs), ...nextSentencePartsChecks(text, qs, sentences), ...nextOfThemChecks(text, qs, sentences)];
}
