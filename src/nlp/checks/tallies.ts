import type { Check, Quantity } from '../../core/types.js';
import { fmt, roundingUnit } from './format.js';
import { NEAR_SRC } from './approx.js';
import { alt, ENUM_TOTAL_AFTER, ENUM_TOTAL_BEFORE, SHARE_CUES, VOTE_CUES, VOTING_MEMBERS } from './lexicon.js';
import { COUNT_SRC, countValue, isCount, NUM_WORD_SRC } from './numbers.js';
import { type CheckRef, ruled } from './rule.js';
import { readWordSet } from '../../core/word-lists.js';
import { allMatches, alternation, phrasePattern } from '../../core/regex.js';
import { FIGURE_WINDOW, indicesIn, sentenceIndex, type SentenceSpans } from './sentences.js';

// COUNT checks on tallies read from the text:
//  - a list of counts and its total: "12 gold, 8 silver and 5 bronze medals, 25 in all"; "a total of 20 people: 12 from
//    Athens and 8 from Rome";
//  - a count with its percentage and a whole stated nearby: "Of the 1,200 people surveyed, 600 (50%) said yes";
//  - two shares of one vote: "52% of the vote to 48%" (they cannot exceed the whole);
//  - a vote tally against the body that cast it and the margin stated: "the nine-member court ruled 6-3", "passed
//    220-212, a majority of eight".
// A pairing the wording ties (apposition, "in all", "of the N members") is decided either way; a looser one only when
// the arithmetic agrees.

const WORD_SRC = String.raw`[A-Za-z][A-Za-z'’-]*`;
// one part: a count and up to three words ("12 gold", "8 from Rome", "5 bronze medals"); no "and"/"or" inside
const ITEM_SRC = String.raw`(${COUNT_SRC})((?:\s+(?!and\b|or\b|in\s+all\b|in\s+total\b)${WORD_SRC}){1,3})`;
const ITEM_G_RE = new RegExp(ITEM_SRC, 'g');
const ENUM_SRC = String.raw`${ITEM_SRC.replace(/\((?!\?)/g, '(?:')}(?:\s*,\s*${ITEM_SRC.replace(/\((?!\?)/g, '(?:')})*\s*,?\s+and\s+${ITEM_SRC.replace(/\((?!\?)/g, '(?:')}`;
const ENUM_RE = new RegExp(String.raw`(?<![\d,.])${ENUM_SRC}`, 'g');
const TOTAL_AFTER_ENUM_RE = new RegExp(String.raw`^\s*(?:,|[—–;]|\s-)\s*(?:(${alt(ENUM_TOTAL_BEFORE)})\s+(${COUNT_SRC})\b|(${COUNT_SRC})(?:\s+[a-z]+){0,2}?\s+(?:${alt(ENUM_TOTAL_AFTER)})\b)`, 'i');
// what goes between a total and the list of its parts: a colon or dash, or a subset's ", including" / ", of them"
// (the parts of a subset may leave some of the whole untold)
const SUBSET_DELIM_SRC = String.raw`,\s*including|,\s*among\s+them|,\s*of\s+(?:them|whom)`;
const TOTAL_DELIM_SRC = String.raw`:|[—–]|\s-|${SUBSET_DELIM_SRC}`;
const SUBSET_DELIM_RE = new RegExp(String.raw`^(?:${SUBSET_DELIM_SRC})$`, 'i');
const TOTAL_DELIM_END_RE = new RegExp(String.raw`\s*(?:${TOTAL_DELIM_SRC})\s*$`, 'i');
// "a total of 20 people: 12 from …", "25 medals in all — 12 gold, …"; "64 people, including 20 …"
const TOTAL_BEFORE_ENUM_RE = new RegExp(String.raw`(?:\b(?:a\s+)?total\s+of\s+)?(?<![\d,.])(${COUNT_SRC})((?:\s+${WORD_SRC}){1,3}?)(\s+(?:${alt(ENUM_TOTAL_AFTER)}))?\s*(${TOTAL_DELIM_SRC})\s*$`, 'i');

/** A preposition (and a determiner or hedge) right before the whole matched before a list: that figure is an adjunct's
 * ("killed 30 people in two days, including …"; data/lexicon/checks-enum-adjunct-preps.txt). */
const ADJUNCT_PREP_BEFORE_RE = new RegExp(String.raw`\b(?:${alt([...readWordSet('checks-enum-adjunct-preps.txt')])})\s+(?:(?:the|some|about|nearly|almost|over)\s+)?$`, 'i');
/** The count and its noun (one to three words) closing the text before such an adjunct: "30 people" in "killed 30 people". */
const HEAD_BEFORE_ADJUNCT_RE = new RegExp(String.raw`(?<![\d,.])(${COUNT_SRC})((?:\s+${WORD_SRC}){1,3}?)\s*$`, 'i');

const span = (start: number, s: string): CheckRef => ({ start, end: start + s.length, text: s });

function items(s: string, base: number): Array<{ n: number; text: string; start: number }> | undefined {
  const out: Array<{ n: number; text: string; start: number }> = [];
  ITEM_G_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ITEM_G_RE.exec(s)) !== null) {
    const n = countValue(m[1]!);
    if (n === undefined) return undefined;
    // "12 years", "3 percent": a length or a share is no part of a tally of things
    if (/^\s+(?:years?|months?|weeks?|days?|hours?|minutes?|per\s*cent|percent|times)\b/i.test(m[2]!)) return undefined;
    out.push({ n, text: m[0], start: base + m.index });
  }
  return out.length >= 2 ? out : undefined;
}

function enumerationChecks(text: string, sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  // one sentence at a time: a list never runs past its sentence, and a failed match over a long list of items with no
  // "and" rescans the rest of its text from every item, so the scan must stop at the sentence's end
  const hits: RegExpExecArray[] = [];
  for (const [sFrom, sTo] of sentences) {
    const st = text.slice(sFrom, sTo);
    ENUM_RE.lastIndex = 0;
    let h: RegExpExecArray | null;
    while ((h = ENUM_RE.exec(st)) !== null) { h.index += sFrom; hits.push(h); }
  }
  for (const m of hits) {
    const s = sentenceIndex(sentences, m.index);
    if (s === -1) continue;
    const [sFrom, sTo] = sentences[s]!;
    const end = m.index + m[0].length;
    if (end > sTo) continue;
    const parts = items(m[0], m.index);
    if (!parts) continue;
    const sum = parts.reduce((a, p) => a + p.n, 0);
    const arith = parts.map((p) => p.n).join(' + ');
    const after = TOTAL_AFTER_ENUM_RE.exec(text.slice(end, sTo));
    const before = after ? null : TOTAL_BEFORE_ENUM_RE.exec(text.slice(Math.max(sFrom, m.index - 80), m.index));
    let total: number | undefined;
    let totalRef: CheckRef | undefined;
    let subset = false;
    if (after) {
      const word = after[2] ?? after[3]!;
      total = countValue(word);
      const at = end + after.index + after[0].lastIndexOf(word);
      totalRef = span(at, text.slice(at, end + after.index + after[0].length));
    } else if (before) {
      // ("12 people, of them eight children and four adults": the parts of "of them" may leave some of the whole untold)
      subset = SUBSET_DELIM_RE.test(before[4]!);
      let at = Math.max(sFrom, m.index - 80) + before.index;
      let whole = before[0].replace(TOTAL_DELIM_END_RE, '');
      total = countValue(before[1]!);
      // the figure of an adjunct ("in two days", "in 10 attacks") that the parts do not fit is not the whole: the count
      // before that phrase is ("killed 30 people in two days, including …"), else there is none to check against
      // ("worked in 3 shifts, including 5 divers …"); one the parts fit may be the whole ("convicted on 12 counts,
      // including …")
      const fits = total !== undefined && !parts.some((p) => p.n > total!) && (subset ? sum <= total : sum === total);
      if (!fits && !/^(?:a\s+)?total\s/i.test(before[0]) && ADJUNCT_PREP_BEFORE_RE.test(text.slice(Math.max(sFrom, at - 40), at))) {
        const from = Math.max(sFrom, at - 80);
        const head = HEAD_BEFORE_ADJUNCT_RE.exec(text.slice(from, at).replace(ADJUNCT_PREP_BEFORE_RE, ''));
        if (!head) continue;
        at = from + head.index;
        whole = text.slice(at, at + head[0].trimEnd().length);
        total = countValue(head[1]!);
      }
      totalRef = span(at, whole);
    }
    if (total === undefined || !totalRef) continue;
    // a "total" smaller than a single part is something else ("3 dead and 12 hurt — 2 of them children")
    if (!subset && parts.some((p) => p.n > total!)) continue;
    const ok = subset ? sum <= total : sum === total;
    out.push(ruled({
      kind: 'COUNT', status: ok ? 'CONSISTENT' : 'INCONSISTENT', refs: [totalRef, ...parts.map((p) => span(p.start, p.text))],
      detail: `parts ${arith} = ${sum} ${subset ? (ok ? '≤' : '>') : ok ? '=' : '≠'} the stated total ${total}${subset ? ' (a subset, "including")' : ''}`,
    }, subset ? 'count:enumeration-subset' : 'count:enumeration-total'));
  }
  return out;
}

// a count with its percentage: "600 (50%)", "600, or 50%,", "50% (600)"
const PCT_SRC = String.raw`(\d{1,3}(?:\.\d+)?)\s*(?:%|per\s*cent\b|percent\b)`;
/** An optional hedge before the second figure (data/lexicon/checks-approx-modifiers.tsv), captured to loosen the pair. */
const HEDGE_OPT = String.raw`(?:(${NEAR_SRC})\s+)?`;
const COUNT_PCT_RE = new RegExp(String.raw`(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d+)(?:\s+[a-z]+){0,2}?\s*(?:\(\s*|,\s*or\s+|,\s*)${HEDGE_OPT}${PCT_SRC}`, 'g');
// "40% of the 2,000 workers, or 800": the whole may be counted inside the share's own "of" phrase
const PCT_COUNT_RE = new RegExp(String.raw`(?<![\d.])${PCT_SRC}(?:\s+of\s+(?:the\s+|its\s+|their\s+)?(?:(?:\d{1,3}(?:,\d{3})+|\d+)\s+)?[a-z]+(?:\s+[a-z]+)?)?\s*(?:\(\s*|,\s*or\s+)${HEDGE_OPT}(\d{1,3}(?:,\d{3})+|\d+)(?![\d.%])(?!\s*(?:per\s*cent|percent))`, 'g');
const OF_THE_BEFORE_RE = /\b(?:of|out of|among)\s+(?:the\s+|its\s+|their\s+|all\s+)?$/i;

function percentOfWholeChecks(text: string, qs: readonly Quantity[], sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  const pairs: Array<{ n: number; pct: number; pctText: string; approx: boolean; start: number; end: number; text: string }> = [];
  // group 2 is the hedge in both
  for (const [re, ni, pi] of [[COUNT_PCT_RE, 1, 3], [PCT_COUNT_RE, 3, 1]] as const) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const n = Number(m[ni]!.replace(/,/g, ''));
      const pct = Number(m[pi]!);
      if (!(n > 0) || !(pct > 0 && pct <= 100)) continue;
      // "in 2019 (45%)": a year is no count
      if (/^(?:1[6-9]|20)\d\d$/.test(m[ni]!)) continue;
      pairs.push({ n, pct, pctText: `${m[pi]}%`, approx: m[2] !== undefined, start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  for (const p of pairs) {
    const s = sentenceIndex(sentences, p.start);
    if (s === -1) continue;
    const from = sentences[Math.max(0, s - 1)]![0];
    const to = sentences[s]![1];
    // wholes: counts larger than the part in the sentence or the one before, not inside the pair itself
    // (inside the pair only the whole of its own "of" phrase: "40% of the 2,000 workers, or 800")
    const ownWhole = (q: Quantity) => q.start > p.start && /^\S+\s+of\s+(?:the\s+|its\s+|their\s+)?$/i.test(text.slice(p.start, q.start));
    // (the sentences cut to a window round the pair: a sentence of thousands of figures stays linear)
    const near = indicesIn(qs, Math.max(from, p.start - FIGURE_WINDOW), Math.min(to, p.end + FIGURE_WINDOW)).map((i) => qs[i]!);
    const wholes = near.filter((q) => isCount(q) && q.start >= from && q.end <= to && (!(q.start < p.end && p.start < q.end) || ownWhole(q)) && q.value > p.n && !q.bound);
    const tol = roundingUnit(p.pctText, p.pct) / 2 + (p.approx ? Math.max(1, p.pct * 0.05) : 0) + 1e-9;
    const match = wholes.find((w) => Math.abs((p.n / w.value) * 100 - p.pct) <= tol);
    const sStart = sentences[s]![0];
    // tied: "Of the 1,200 people surveyed, 600 (50%)": the one whole named with "of the" in the same sentence, before the part
    const tiedWholes = wholes.filter((w) => w.start >= sStart && w.end <= p.start && OF_THE_BEFORE_RE.test(text.slice(Math.max(0, w.start - 12), w.start)));
    // tied too: the whole the share's own "of" phrase counts
    const own = wholes.find(ownWhole);
    const w = match ?? own ?? (tiedWholes.length === 1 && wholes.filter((x) => x.start >= sStart).length === 1 ? tiedWholes[0] : undefined);
    if (!w) continue;
    const share = (p.n / w.value) * 100;
    const ok = Math.abs(share - p.pct) <= tol;
    out.push(ruled({
      kind: 'COUNT', status: ok ? 'CONSISTENT' : 'INCONSISTENT', refs: [qs.indexOf(w), span(p.start, p.text)],
      detail: `${fmt(p.n)} of ${w.text} (${fmt(w.value)}) = ${fmt(share)}%, given as ${p.approx ? 'about ' : ''}${p.pctText}${ok ? '' : ': more than rounding allows'}`,
    }, match ? 'count:percent-of-whole' : 'count:percent-of-whole-tied'));
  }
  return out;
}

// "52% of the vote to 48%", "by 52% to 48%", "52%-48%"
const TWO_SHARES_RE = new RegExp(String.raw`(?<![\d.])${PCT_SRC}(?:\s+of\s+(?:the\s+)?(?:vote|votes|ballots))?\s*(?:to|against|versus|vs\.?|-|–)\s*${PCT_SRC}`, 'gi');
const CHANGE_RE = /\b(?:from|rose|fell|grew|up|down|increased|decreased|declined|dropped|climbed|jumped|slipped|gained|lost|between|range|ranged|ranging|estimates?)\b[^.;]{0,25}$/i;
const SHARE_CUE_RE = new RegExp(`\\b(?:${alt(SHARE_CUES)})\\b`, 'i');

function twoShareChecks(text: string, sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  const cueBySentence = new Map<number, boolean>();
  TWO_SHARES_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TWO_SHARES_RE.exec(text)) !== null) {
    const s = sentenceIndex(sentences, m.index);
    if (s === -1) continue;
    // (whether the sentence has a share cue is asked once per sentence, not once per pair of shares in it)
    let cued = cueBySentence.get(s);
    if (cued === undefined) cueBySentence.set(s, cued = SHARE_CUE_RE.test(text.slice(sentences[s]![0], sentences[s]![1])));
    if (!cued || CHANGE_RE.test(text.slice(Math.max(sentences[s]![0], m.index - 40), m.index))) continue;
    const a = Number(m[1]);
    const b = Number(m[2]);
    const sum = a + b;
    const tol = roundingUnit(m[1]!, a) / 2 + roundingUnit(m[2]!, b) / 2 + 1e-9;
    // two shares may leave room for others; together they cannot pass the whole
    if (sum > 100 + tol) {
      out.push(ruled({ kind: 'COUNT', status: 'INCONSISTENT', refs: [span(m.index, m[0])], detail: `shares ${fmt(a)} + ${fmt(b)} = ${fmt(sum)}%: more than the whole` }, 'count:two-shares'));
    } else if (sum >= 100 - tol) {
      out.push(ruled({ kind: 'COUNT', status: 'CONSISTENT', refs: [span(m.index, m[0])], detail: `shares ${fmt(a)} + ${fmt(b)} = ${fmt(sum)}%, the whole (rounding)` }, 'count:two-shares'));
    }
  }
  return out;
}

// "voted 13-0", "by 220 votes to 212", "a 6-3 ruling", "passed 52-48"
const TALLY_RE = new RegExp(String.raw`(?<![\d,.:/-])(\d{1,3})(?:\s+votes?)?\s*(?:-|–|\s+to\s+)\s*(\d{1,3})(?![\d.:/%-]|,\d)(?:\s+votes?)?`, 'g');
const VOTE_CUE_BEFORE_RE = new RegExp(`\\b(?:${alt(VOTE_CUES)})\\b(?:\\s+[a-z0-9][a-z0-9'’-]*){0,3}?\\s+(?:by\\s+(?:a\\s+)?(?:vote\\s+of\\s+)?|of\\s+)?$`, 'i');
const VOTE_CUE_AFTER_RE = /^\s*(?:vote|votes|decision|ruling|verdict|majority|split|in\s+favou?r)\b/i;
const ABSTAIN_RE = new RegExp(String.raw`\b(${COUNT_SRC})\s+(?:(?:members?|countries|states|nations|senators|lawmakers)\s+)?(?:abstentions?|abstained|abstaining)\b`, 'i');
const BODY_RE = new RegExp(String.raw`\b(${COUNT_SRC})-(?:member|seat|strong|judge|justice|nation|country)\b|\ball\s+(${COUNT_SRC})\s+(?:${alt(VOTING_MEMBERS)})\b|\b(?:of|among)\s+(?:the|its)\s+(${COUNT_SRC})\s+(?:${alt(VOTING_MEMBERS)})\b|\b(?:the|its|their)\s+(${COUNT_SRC})\s+(?:[A-Z]{2,}\s+)?(?:${alt(VOTING_MEMBERS)})\s+(?:voted|vote|votes|cast)\b|\b(?:jury|panel|board|council|committee|bench)\s+of\s+(${COUNT_SRC})\b`, 'gi');
// Bodies whose size is a fact of the world (the number of seats or members they have had since the year given):
// a tally with no size stated is held against it only when the votes account for nearly all of it (90% or more), so
// that a body of the same name elsewhere ("the Senate" of another country) does not pass for it
const NAMED_BODIES: ReadonlyArray<[RegExp, number, string]> = [
  [/\b(?:UN\s+|U\.N\.\s+|United Nations\s+)?Security Council\b/, 15, 'the UN Security Council (15 members since 1966)'],
  [/\b(?:UN\s+|U\.N\.\s+|United Nations\s+)?General Assembly\b/, 193, 'the UN General Assembly (193 members since 2011)'],
  [/\b(?:US|U\.S\.|United States)\s+Senate\b|\b[Tt]he Senate\b/, 100, 'the US Senate (100 seats)'],
  [/\b(?:US|U\.S\.)\s+House(?:\s+of\s+Representatives)?\b/, 435, 'the US House (435 seats)'],
  [/\bHouse of Commons\b/, 650, 'the House of Commons (650 seats since 2010)'],
  [/\bKnesset\b/, 120, 'the Knesset (120 seats)'],
  [/\bEU\s+(?:member\s+)?(?:states|countries|governments|nations)\b/, 27, 'the EU (27 member states since 2020)'],
];
// A body's size told in words that may also fit a party or another group ("the assembly has 137 members", "137 deputies
// took part in the vote", "137 votes were cast"): held against a tally in the sentence, the one before or the one
// after, and only reported when the tally fits it (at most the body, at least half of it).
const LOOSE_BODY_RE = new RegExp(String.raw`\b(?:has|have|had|with)\s+(${COUNT_SRC})\s+(?:seats|${alt(VOTING_MEMBERS)})\b|\b(${COUNT_SRC})\s+(?:${alt(VOTING_MEMBERS)})\s+(?:${alternation(readWordSet('checks-tally-body-verbs.txt'), phrasePattern)})\b|\b(${COUNT_SRC})\s+(?:valid\s+)?(?:votes|ballots)\s+(?:were\s+)?cast\b`, 'gi');
const MARGIN_RE = new RegExp(String.raw`^[^.;]{0,60}?\b(?:a\s+)?(?:margin|majority)\s+of\s+(${COUNT_SRC})\b(?!\s*(?:%|per\s*cent|percent|percentage))`, 'i');

// One side of a tally told by its members in the sentence: "6-3, with the court's three liberal justices dissenting",
// "passed 52-47, with 47 senators voting against", "seven members voted in favour". The side against is the smaller
// figure, the side for the larger; the count of members told must equal it.
const SIDE_AGAINST = alternation(readWordSet('checks-tally-side-against.txt'), phrasePattern);
const SIDE_FOR = alternation(readWordSet('checks-tally-side-for.txt'), phrasePattern);
const SIDE_RE = new RegExp(String.raw`(?<![\d,.])\b(${COUNT_SRC})\s+((?:[a-z'’-]+\s+){0,2}?)(?:${alt(VOTING_MEMBERS)}|others)\s+(?:who\s+)?(?:(${SIDE_AGAINST})|(${SIDE_FOR}))\b`, 'gi');
// "rejected the amendment 55-45": a motion that failed has the larger figure against it
const REJECTED_BEFORE_RE = new RegExp(String.raw`\b(?:${alternation(readWordSet('checks-tally-rejected-verbs.txt'), phrasePattern)})\b[^.;]{0,60}$`, 'i');

function tallySideChecks(text: string, m: RegExpExecArray, a: number, b: number, sFrom: number, sTo: number): Check[] {
  const out: Check[] = [];
  const end = m.index + m[0].length;
  const from = Math.max(sFrom, m.index - FIGURE_WINDOW);
  const scope = text.slice(from, Math.min(sTo, end + FIGURE_WINDOW));
  for (const sm of allMatches(SIDE_RE, scope)) {
    const at = from + sm.index!;
    if (at < end && m.index < at + sm[0].length) continue;
    const n = countValue(sm[1]!);
    if (n === undefined) continue;
    // "Justice Kagan and two other liberal justices dissenting", "Smith and two others voting against": the count is
    // only part of the side told
    const mods = sm[2]!.toLowerCase();
    const against = sm[3] !== undefined;
    const rejected = REJECTED_BEFORE_RE.test(text.slice(Math.max(sFrom, m.index - 80), m.index));
    const want = against !== rejected ? b : a;
    // (a count equal to its side is CONSISTENT whatever stands round it)
    if (n !== want && (/\bother\b/.test(mods) || /^others\b/i.test(text.slice(at + sm[1]!.length).trim()) || /\band\s*$/i.test(text.slice(Math.max(sFrom, at - 8), at)))) continue;
    // "with two Democratic senators voting in favour" of 52: members told by a party or group may be a part of the side
    if (n < want && mods.trim() !== '') continue;
    const ok = n === want;
    out.push(ruled({
      kind: 'COUNT', status: ok ? 'CONSISTENT' : 'INCONSISTENT', refs: [span(at, sm[0]), span(m.index, m[0])],
      detail: `"${sm[0]}": ${n} ${ok ? '=' : '≠'} the ${against ? 'side against' : 'side for'} of the tally ${a}-${b}${rejected ? ' (the motion failed)' : ''}${ok ? ` (${a} + ${b} = ${a + b} voting)` : ''}`,
    }, 'count:tally-side'));
    break;
  }
  return out;
}

function tallyChecks(text: string, sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  TALLY_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TALLY_RE.exec(text)) !== null) {
    const s = sentenceIndex(sentences, m.index);
    if (s === -1) continue;
    const [sFrom, sTo] = sentences[s]!;
    const end = m.index + m[0].length;
    // ("by 326 votes to 314": the tally's own word "votes" is cue enough)
    const cued = /\bvotes?\b/i.test(m[0]) || VOTE_CUE_BEFORE_RE.test(text.slice(Math.max(sFrom, m.index - 60), m.index)) || VOTE_CUE_AFTER_RE.test(text.slice(end, end + 20));
    if (!cued) continue;
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a < b) continue;
    const tallyRef = span(m.index, m[0]);
    // (the sentence cut to a window round the tally, and the body looked for in it too: linear in a sentence of many tallies)
    const sentence = text.slice(Math.max(sFrom, m.index - FIGURE_WINDOW), Math.min(sTo, end + FIGURE_WINDOW));
    const abst = ABSTAIN_RE.exec(sentence);
    const abstN = abst ? countValue(abst[1]!) ?? 0 : 0;
    const cast = a + b + abstN;
    const castText = `${a} + ${b}${abst ? ` + ${abstN} abstaining` : ''} = ${cast}`;
    // the body that voted, in the sentence or the one before (the nearest before the tally)
    let body: { n: number; text: string; start: number; same: boolean } | undefined;
    const from = Math.max(sentences[Math.max(0, s - 1)]![0], m.index - FIGURE_WINDOW);
    BODY_RE.lastIndex = 0;
    const scope = text.slice(from, Math.min(sTo, end + FIGURE_WINDOW));
    let bm: RegExpExecArray | null;
    while ((bm = BODY_RE.exec(scope)) !== null) {
      const n = countValue(bm[1] ?? bm[2] ?? bm[3] ?? bm[4] ?? bm[5]!);
      if (n === undefined) continue;
      const at = from + bm.index;
      const cand = { n, text: bm[0], start: at, same: at >= sFrom };
      if (!body || (cand.same && !body.same) || (cand.same === body.same && Math.abs(at - m.index) < Math.abs(body.start - m.index))) body = cand;
    }
    if (body) {
      const ok = cast <= body.n;
      // a body a sentence away is a looser tie: reported only when it holds
      if (ok || body.same) {
        out.push(ruled({
          kind: 'COUNT', status: ok ? 'CONSISTENT' : 'INCONSISTENT', refs: [tallyRef, span(body.start, body.text)],
          detail: `votes ${castText} ${ok ? (cast === body.n ? '=' : '≤') : '>'} the ${body.n} of "${body.text}"${ok && cast < body.n ? ` (${body.n - cast} not voting or not stated)` : ''}`,
        }, 'count:tally-body'));
      }
    }
    if (!body) {
      // a body told loosely, in this sentence or a neighbour: only agreement
      const next = sentences[s + 1];
      const lFrom = sentences[Math.max(0, s - 1)]![0];
      const lTo = next && next[1] - sTo <= 2 * FIGURE_WINDOW ? next[1] : sTo;
      const scopeL = text.slice(lFrom, lTo);
      LOOSE_BODY_RE.lastIndex = 0;
      let best: { n: number; text: string; start: number } | undefined;
      for (const lm of allMatches(LOOSE_BODY_RE, scopeL)) {
        const n = countValue(lm[1] ?? lm[2] ?? lm[3]!);
        const at = lFrom + lm.index!;
        if (n === undefined || cast > n || cast < n / 2 || (at < end && m.index < at + lm[0].length)) continue;
        if (!best || Math.abs(at - m.index) < Math.abs(best.start - m.index)) best = { n, text: lm[0], start: at };
      }
      if (best) {
        out.push(ruled({
          kind: 'COUNT', status: 'CONSISTENT', refs: [tallyRef, span(best.start, best.text)],
          detail: `votes ${castText} ${cast === best.n ? '=' : '≤'} the ${best.n} of "${best.text}"${cast < best.n ? ` (${best.n - cast} not voting or not stated)` : ''}`,
        }, 'count:tally-body-loose'));
        body = { n: best.n, text: best.text, start: best.start, same: false };
      }
    }
    if (!body) {
      // a body named, its size known: "The Security Council adopted the resolution 14-0 with one abstention"
      for (const [re, n, name] of NAMED_BODIES) {
        if (!re.test(scope) || cast > n || cast < 0.9 * n) continue;
        out.push(ruled({
          kind: 'COUNT', status: 'CONSISTENT', refs: [tallyRef],
          detail: `votes ${castText} ${cast === n ? '=' : '≤'} ${n}, the size of ${name}`,
        }, 'count:tally-named-body'));
        break;
      }
    }
    out.push(...tallySideChecks(text, m, a, b, sFrom, sTo));
    const margin = MARGIN_RE.exec(text.slice(end, sTo));
    if (margin) {
      const k = countValue(margin[1]!);
      // "a majority of 218 was needed": a threshold of more than half the votes is no margin
      if (k !== undefined && k <= (a + b) / 2) {
        const ok = a - b === k;
        const at = end + margin.index + margin[0].lastIndexOf(margin[1]!);
        out.push(ruled({
          kind: 'COUNT', status: ok ? 'CONSISTENT' : 'INCONSISTENT', refs: [tallyRef, span(at, margin[1]!)],
          detail: `${a} − ${b} = ${a - b} ${ok ? '=' : '≠'} the stated margin ${k}`,
        }, 'count:tally-margin'));
      }
    }
  }
  return out;
}

// "230 in favour, 180 against and 20 abstentions", "64 votes for and 40 against": a tally in words of side, held against
// the body that cast it ("the 450-seat chamber", "out of 430 present", "of the 450 deputies") in the sentence or the one
// before. The body is found loosely (a sentence may name another), so only a tally that fits it is reported: at most the
// body, and at least half of it.
const NUM_SRC = String.raw`(?<![\d,.])(\d{1,3}(?:,\d{3})?)`;
const VOTERS_SRC = String.raw`(?:(?:votes?|lawmakers|legislators|members|deputies|MPs|senators|delegates|countries|states)\s+)?(?:(?:were|voted|voting|cast)\s+)?`;
// ("won 92 votes, with 40 against": the first side's word "votes" is enough after a tally verb or before "to", see
// votesSide; "and five abstained": abstentions in words, a whole word ("someone abstained" is none), "no one abstained"
// and "none abstained" none)
// groups: 1 the first side, 2 a bare "votes" first side, 3 the side against, 4 the abstentions, 5 "no one"/"none"
const FOR_AGAINST_RE = new RegExp(String.raw`${NUM_SRC}\s+(?:${VOTERS_SRC}(?:in\s+favou?r|for|yes)\b|(votes)\b)[^.;\d]{0,50}?${NUM_SRC}\s+${VOTERS_SRC}(?:against|no)\b(?:[^.;\d]{0,40}?(?:(?<![\w,.'’-])(\d{1,3}(?:,\d{3})?|${NUM_WORD_SRC})|\b(no\s+one|none|nobody))\s+(?:\w+\s+)?(?:abstentions?|abstained|abstaining))?`, 'gi');
const VOTES_VERBS = readWordSet('checks-tally-votes-verbs.txt');
const NEEDED = readWordSet('quantity-tally-needed.txt');
/**
 * A bare "N votes" at `at` in `st` is one side of a tally: a tally verb right before it ("won 92 votes") or "to" right
 * after it ("92 votes to 40 against"); not a threshold ("needed 60 votes", "the 60 votes required").
 */
function votesSide(st: string, at: number, votesEnd: number): boolean {
  const after = /^\s+([a-z]+)/i.exec(st.slice(votesEnd))?.[1]?.toLowerCase() ?? '';
  if (NEEDED.has(after)) return false;
  if (after === 'to') return true;
  const before = /([A-Za-z]+)\s*$/.exec(st.slice(Math.max(0, at - 30), at))?.[1]?.toLowerCase() ?? '';
  return VOTES_VERBS.has(before);
}
const OUT_OF_RE = new RegExp(String.raw`\bout\s+of\s+(?:the\s+)?(${COUNT_SRC})\s+(?:present|voting|votes\s+cast|ballots\s+cast|${alt(VOTING_MEMBERS)})\b`, 'gi');

function forAgainstChecks(text: string, sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const [sFrom, sTo] = sentences[s]!;
    const st = text.slice(sFrom, sTo);
    if (!/\bagainst\b|\bno\b/i.test(st)) continue;
    FOR_AGAINST_RE.lastIndex = 0;
    const m = FOR_AGAINST_RE.exec(st);
    if (!m) continue;
    if (m[2] && !votesSide(st, m.index, m.index + m[0].indexOf(m[2], m[1]!.length) + m[2].length)) continue;
    const a = Number(m[1]!.replace(/,/g, '')), b = Number(m[3]!.replace(/,/g, '')), c = m[4] ? countValue(m[4]) ?? 0 : 0;
    const abstained = m[4] !== undefined || m[5] !== undefined;
    const cast = a + b + c;
    const at = sFrom + m.index;
    const scopeFrom = sentences[Math.max(0, s - 1)]![0];
    const scope = text.slice(scopeFrom, sTo);
    let body: { n: number; text: string; start: number } | undefined;
    for (const re of [BODY_RE, OUT_OF_RE, LOOSE_BODY_RE]) {
      re.lastIndex = 0;
      for (const bm of allMatches(re, scope)) {
        const start = scopeFrom + bm.index!;
        if (start < at + m[0].length && at < start + bm[0].length) continue;
        const n = countValue(bm.slice(1).find((x) => x !== undefined)!);
        if (n === undefined || cast > n || cast < n / 2) continue;
        if (!body || Math.abs(start - at) < Math.abs(body.start - at)) body = { n, text: bm[0], start };
      }
    }
    if (!body) continue;
    out.push(ruled({
      kind: 'COUNT', status: 'CONSISTENT', refs: [span(at, m[0]), span(body.start, body.text)],
      detail: `votes ${a} + ${b}${abstained ? ` + ${c} abstaining` : ''} = ${cast} ${cast === body.n ? '=' : '≤'} the ${body.n} of "${body.text}"`,
    }, 'count:tally-body'));
  }
  return out;
}

export function tallyCountChecks(text: string, qs: readonly Quantity[], sentences: SentenceSpans): Check[] {
  return [...enumerationChecks(text, sentences), ...percentOfWholeChecks(text, qs, sentences), ...twoShareChecks(text, sentences), ...tallyChecks(text, sentences), ...forAgainstChecks(text, sentences)];
}
