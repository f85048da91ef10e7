import { join } from 'node:path';
import { projectRoot } from '../../core/shared.js';
import { readDataRows } from '../../core/data-rows.js';
import type { Check, Quantity } from '../../core/types.js';
import { NUMBER_WORDS } from '../quantity/lexicon.js';
import { fmt, roundingUnit } from './format.js';
import { alt, COMPLEMENT_CUES } from './lexicon.js';
import { type CheckRef, ruled } from './rule.js';
import { sentenceSpanAt, type SentenceSpans } from './sentences.js';
import { isCount } from './numbers.js';
import { CHANGE_BEFORE_RE, PREVIOUS_BEFORE_RE } from './changeWords.js';
import { shareHalf, shareSumCheck } from './percentSums.js';

// COUNT checks on breakdowns the quantity layer does not hold as parts:
// - a total of people spread over places: "Twelve people died: seven in Derna and five in Benghazi";
// - percentages of one breakdown that should sum to about 100: "52% backed it, 45% opposed it and 3% were undecided";
// - "four of the six seats": a part cannot exceed the whole it is taken from.

// case-sensitive patterns (\p{Lu} must stay upper case): number words in either case of their first letter
const NUM_WORD_SRC = Object.keys(NUMBER_WORDS).filter((w) => w !== 'dozen' && w !== 'zero').map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|');
const NUM_SRC = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+|(?:${NUM_WORD_SRC})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)`;
const PLACE_SRC = String.raw`(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+|al-)?\p{Lu}[\p{L}'’.-]*){0,2}`;
const ITEM_SRC = String.raw`(${NUM_SRC})\s+(?:in|from|at|on)\s+${PLACE_SRC}`;
// after the total: a short clause ("died", "were killed") then ":" / "," / a dash, then "N in Place, N in Place and N in Place"
const DISTRIBUTION_RE = new RegExp(
  String.raw`^[^.;:,!?()\d]{0,30}?(?::|,|\s[—–-]|[—–])\s*(${ITEM_SRC}(?:\s*,\s*${ITEM_SRC})*(?:\s*,?\s+and\s+${ITEM_SRC}))(?=\s*[.;,)—–]|\s+-\s|\s*$)`, 'u');
const ITEM_G_RE = new RegExp(ITEM_SRC, 'gu');
/** The text between the figure and its list ending in a place of the items' form and a comma: the figure is an item. */
const FIRST_ITEM_LEAD_RE = new RegExp(String.raw`\s(?:in|from|at|on)\s+${PLACE_SRC}\s*,\s*$`, 'u');

function numberValue(s: string): number | undefined {
  const t = s.toLowerCase().replace(/,/g, '');
  if (/^\d+$/.test(t)) return Number(t);
  const [a, b] = t.split('-');
  const x = NUMBER_WORDS[a!];
  if (x === undefined) return undefined;
  if (b === undefined) return x;
  const y = NUMBER_WORDS[b];
  return y !== undefined && x >= 20 && x % 10 === 0 && y < 10 ? x + y : undefined;
}

function distributionChecks(text: string, qs: readonly Quantity[]): Check[] {
  const out: Check[] = [];
  qs.forEach((total, ti) => {
    if (total.unit !== 'person' || total.equivalentOf !== undefined || (total.rule ?? '').includes('vague')) return;
    const after = text.slice(total.end, total.end + 240);
    const m = DISTRIBUTION_RE.exec(after);
    // "about 3,000 in Albayda, 2,085 in Benghazi and 1,000 in …": the figure is itself one of the places' items
    if (!m || /^\s+(?:in|from|at|on)\s/.test(after)) return;
    // "Seven people died in Derna, five in Benghazi and three in Tobruk": a clause that places the figure itself, then a
    // comma, may make it the list's first part, not the total; it is the total of a wider place only where the rest add
    // up to it ("Twelve people died in Libya, seven in Derna and five in Benghazi"), so only agreement is said there
    // ("Twelve people died in Libya: seven in …" keeps its colon and is checked both ways)
    const placedFirst = FIRST_ITEM_LEAD_RE.test(m[0].slice(0, m[0].length - m[1]!.length));
    const items: Array<{ n: number; text: string; start: number; end: number }> = [];
    const base = total.end + m.index + m[0].length - m[1]!.length;
    ITEM_G_RE.lastIndex = 0;
    let it: RegExpExecArray | null;
    while ((it = ITEM_G_RE.exec(m[1]!)) !== null) {
      const n = numberValue(it[1]!);
      if (n === undefined) return;
      items.push({ n, text: it[0], start: base + it.index, end: base + it.index + it[0].length });
    }
    if (items.length < 2) return;
    const sum = items.reduce((a, b) => a + b.n, 0);
    const b = total.bound;
    let status: Check['status'];
    if (!b || b === 'APPROX') {
      const slack = b === 'APPROX' ? total.value * 0.05 : 0;
      status = Math.abs(sum - total.value) <= slack ? 'CONSISTENT' : 'INCONSISTENT';
    } else if (b === 'AT_LEAST' || b === 'MIN') status = sum >= total.value ? 'CONSISTENT' : 'UNVERIFIABLE';
    else if (b === 'MORE_THAN') status = sum > total.value ? 'CONSISTENT' : 'UNVERIFIABLE';
    else status = sum <= total.value ? 'CONSISTENT' : 'INCONSISTENT';
    if (placedFirst && status !== 'CONSISTENT') return;
    const rel = status === 'CONSISTENT' ? (b && b !== 'APPROX' ? 'within' : '=') : status === 'INCONSISTENT' ? '≠' : 'against';
    const refs: CheckRef[] = [ti, ...items.map((x) => ({ start: x.start, end: x.end, text: x.text }))];
    out.push(ruled({
      kind: 'COUNT', status, refs,
      detail: `parts by place ${items.map((x) => x.n).join(' + ')} = ${sum} ${rel} total ${total.text}`,
    }, 'count:parts-by-place'));
  });
  return out;
}

// a percentage that is a change, not a share: "rose 3%", "up 2%", "by 5%" (not "make up 51%")
/** After a percentage: it is a change or a difference ("40% more", "5% higher"). */
const CHANGE_AFTER_RE = /^\s*(?:more|less|fewer|higher|lower|rise|fall|increase|decrease|drop|decline|jump|gain|loss|growth|cut|up|down)\b/i;
const CONTRAST_RE = new RegExp(String.raw`(?:^|\W)(?:${alt(readDataRows(join(projectRoot, 'data', 'lexicon', 'checks-clause-contrasts.txt')).map((r) => r[0]!))})(?:\W|$)`, 'i');
const BREAKDOWN_CUE_RE = /\b(?:poll|polls|polled|survey|surveyed|respondents|voted|votes|vote|backed|opposed|oppose|support|supported|undecided|don't know|did not know|unsure|approve|approved|disapprove|favour|favor|against)\b/i;

// "The government controls about 70 percent of the territory, the rebels the remaining 30 percent", "45 percent support
// the deal, while 55 percent oppose it", "She won 61% … her rival took 39%": two shares that complete one whole. Two
// shares may leave room for a third, so only agreement is reported, and only with a word of a split between them
// ("40% of the budget goes to health and 60% to education": a verb of allocation is one).
const COMPLEMENT_CUE_RE = new RegExp(String.raw`\b(?:remaining|remainder|rest|other|others|while|whereas|against|versus|vs|opposed|oppose|opposing|support|supported|backed|favou?r|yes|no|won|took|received|secured|garnered|owns?|owned|held|holds|controls?|controlled|goes|go|went|spent|allocated|split|divided|${alt(COMPLEMENT_CUES)})\b`, 'i');
/** "45% of men … 55% of women": two shares of different wholes. */
const OF_WHOLE_RE = /^\s+of\s+(?:the\s+)?([a-z]+)/i;
const YEAR_AFTER_RE = /^[^.;%\d]{0,12}?\b(?:in|for|during|by)\s+(?:[A-Z][a-z]+\s+)?((?:1[89]|20)\d\d)\b/;

function complementChecks(text: string, qs: readonly Quantity[], idx: number[], span: [number, number]): Check[] {
  const [a, b] = [qs[idx[0]!]!, qs[idx[1]!]!];
  const between = text.slice(a.end, b.start);
  // "52% of the vote to 48%" is the two-shares check's (tallies.ts)
  if (/^\s*(?:of\s+(?:the\s+)?(?:vote|votes|ballots)\s*)?(?:to|against|versus|vs\.?|-|–)\s*$/i.test(between)) return [];
  if (!COMPLEMENT_CUE_RE.test(between) && !COMPLEMENT_CUE_RE.test(text.slice(span[0], a.start))) return [];
  const wa = OF_WHOLE_RE.exec(text.slice(a.end, a.end + 30))?.[1]?.toLowerCase();
  const wb = OF_WHOLE_RE.exec(text.slice(b.end, b.end + 30))?.[1]?.toLowerCase();
  if (wa && wb && wa !== wb) return [];
  // "40% in 2019 and 60% in 2023": shares of two years are of two wholes
  const ya = YEAR_AFTER_RE.exec(text.slice(a.end, a.end + 30))?.[1], yb = YEAR_AFTER_RE.exec(text.slice(b.end, b.end + 30))?.[1];
  if (ya && yb && ya !== yb) return [];
  const sum = a.value + b.value;
  const tol = roundingUnit(a.text, a.value) / 2 + roundingUnit(b.text, b.value) / 2 + 1e-9;
  if (Math.abs(sum - 100) > Math.min(tol, 1 + 1e-9)) return [];
  return [ruled({
    kind: 'COUNT', status: 'CONSISTENT', refs: idx,
    detail: `shares ${fmt(a.value)} + ${fmt(b.value)} = ${fmt(sum)}%: the two complete the whole`,
  }, 'count:percent-complement')];
}

function percentSumChecks(text: string, qs: readonly Quantity[], sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  const bySentence = new Map<number, number[]>();
  qs.forEach((q, i) => {
    if (q.unit !== '%' || (q.rule ?? '').startsWith('quantity:share-') || (q.bound && q.bound !== 'APPROX')) return;
    if (CHANGE_BEFORE_RE.test(text.slice(Math.max(0, q.start - 25), q.start))) return;
    // "45%, up from 30%": an earlier value, of no breakdown
    if (PREVIOUS_BEFORE_RE.test(text.slice(Math.max(0, q.start - 25), q.start))) return;
    const span = sentenceSpanAt(sentences, q.start);
    const key = span ? span[0] : -1;
    if (key < 0) return;
    const list = bySentence.get(key) ?? [];
    list.push(i);
    bySentence.set(key, list);
  });
  // "The Yes campaign won 52 percent of the vote. The No side received 48 percent.": one share in each of two
  // sentences side by side, the second's sentence opening straight after the first's, complete one whole too
  const singles = [...bySentence].filter(([, idx]) => idx.length === 1).sort((x, y) => x[0] - y[0]);
  for (let k = 0; k + 1 < singles.length; k++) {
    const [s1, [i1]] = singles[k]!, [s2, [i2]] = singles[k + 1]!;
    const first = sentenceSpanAt(sentences, s1)!;
    if (/\S/.test(text.slice(first[1], s2))) continue;
    const [a, b] = [qs[i1!]!, qs[i2!]!];
    if (CHANGE_AFTER_RE.test(text.slice(a.end, a.end + 20)) || CHANGE_AFTER_RE.test(text.slice(b.end, b.end + 20))) continue;
    out.push(...complementChecks(text, qs, [i1!, i2!], [s1, sentenceSpanAt(sentences, s2)![1]]));
  }
  for (const [start, idx] of bySentence) {
    if (idx.length === 2) { out.push(...complementChecks(text, qs, idx, sentenceSpanAt(sentences, start)!)); continue; }
    if (idx.length < 3) continue;
    const span = sentenceSpanAt(sentences, start)!;
    // "Turnout was 71%: 55% backed the deal and 45% opposed it": of three or more shares, two side by side may complete
    // a whole of their own (with a word of a split between or before them), whatever the others are
    const pairOf = (): Check[] => {
      for (let k = 0; k + 1 < idx.length; k++) {
        const found = complementChecks(text, qs, [idx[k]!, idx[k + 1]!], [k === 0 ? span[0] : qs[idx[k - 1]!]!.end, span[1]]);
        if (found.length) return found;
      }
      return [];
    };
    if (idx.some((i) => qs[i]!.bound)) { out.push(...pairOf()); continue; }
    const sentence = text.slice(span[0], span[1]);
    // "… in 2020", "30% of the vote": a breakdown's percentages are of one whole, written one after another
    const shares = idx.map((i) => ({ value: qs[i]!.value, half: shareHalf(qs[i]!.text), ref: i }));
    // one sum: 100 within rounding is reported first; a part-and-whole pair before a sum over 100
    const whole = shareSumCheck(shares, { over: true });
    if (whole?.status === 'CONSISTENT') { out.push(whole); continue; }
    const pair = pairOf();
    if (pair.length) { out.push(...pair); continue; }
    // "… 33% undecided, while 10% skipped": shares across a clause of their own may be of another whole
    const over = BREAKDOWN_CUE_RE.test(sentence) && !CONTRAST_RE.test(text.slice(qs[idx[0]!]!.end, qs[idx[idx.length - 1]!]!.start));
    if (whole && over) out.push(whole);
  }
  return out;
}

// "four of the six seats", "Five of the eight suspects", "won 62 votes out of 84": the part and the whole, same counted
// noun ("out of" needs no determiner; a bare "of" does: "a fine of 50 of …" is no part)
const OF_THE_RE = /^\s+(?:of\s+(?:the|its|their|his|her|our)|out\s+of(?:\s+(?:the|its|their|his|her|our))?)\s+$/i;
const BARE_OUT_OF_RE = /^\s+out\s+of\s+$/i;
/** A verb of motion shortly before the part makes a bare "out of" physical ("pulled 12 people out of 40 homes"). */
const MOTION_BEFORE_RE = new RegExp(String.raw`\b(?:${alt(readDataRows(join(projectRoot, 'data', 'lexicon', 'checks-out-of-motion-verbs.txt')).flat())})\b(?:\s+[\w'’-]+){0,3}\s*$`, 'i');
/** A bare "out of" joins a part and its whole only when the whole is a bare figure ("62 votes out of 84") or repeats the
 * part's counted noun ("12 seats out of 40 seats"), and no verb of motion comes just before the part. */
function bareOutOfWhole(text: string, part: Quantity, whole: Quantity): boolean {
  const noun = (q: Quantity) => /\s([\p{L}'’-]+)$/u.exec(q.text)?.[1]?.toLowerCase();
  const wholeNoun = noun(whole);
  if (wholeNoun !== undefined && wholeNoun !== noun(part)) return false;
  return !MOTION_BEFORE_RE.test(text.slice(Math.max(0, part.start - 60), part.start));
}

function partOfWholeChecks(text: string, qs: readonly Quantity[]): Check[] {
  const out: Check[] = [];
  for (let i = 0; i + 1 < qs.length; i++) {
    const part = qs[i]!;
    const whole = qs[i + 1]!;
    if (part.unit !== whole.unit || !isCount(part) || !isCount(whole)) continue;
    if (part.bound || whole.bound || (part.rule ?? '').includes('vague') || (whole.rule ?? '').includes('vague')) continue;
    const gap = text.slice(part.end, whole.start);
    if (!OF_THE_RE.test(gap)) continue;
    if (BARE_OUT_OF_RE.test(gap) && !bareOutOfWhole(text, part, whole)) continue;
    // "… of the six seats (50%)" is the share check's; here only the order of the two figures
    const ok = part.value <= whole.value;
    out.push(ruled({
      kind: 'COUNT', status: ok ? 'CONSISTENT' : 'INCONSISTENT', refs: [i, i + 1],
      detail: `${part.text} of ${whole.text}: ${fmt(part.value)} ${ok ? '≤' : '>'} ${fmt(whole.value)}`,
    }, 'count:part-of-whole'));
    i += 1;
  }
  return out;
}

export function breakdownChecks(text: string, qs: readonly Quantity[], sentences: SentenceSpans): Check[] {
  return [...distributionChecks(text, qs), ...percentSumChecks(text, qs, sentences), ...partOfWholeChecks(text, qs)];
}
