import { type Num, type ScanContext } from './candidate.js';
import { DECIMAL_COMMA_SCALES, own, SCALE_ABBREV, SCALE_ABBREV_NEED_MONEY, SCALE_WORDS, VAGUE_PLURALS, VULGAR_FRACTIONS } from './lexicon.js';
import { countedNoun, PERSON_PARTICIPLE_SET, PERSON_VERBS_AFTER } from './nouns.js';
import { DECIMAL_COMMA_RE, ONE_PERIOD_GROUP_RE, parseDigits, parseWordNumber, PERIOD_GROUPS_RE, periodGroupedValue } from './number.js';
import type { QTok } from './tokens.js';
import { CURRENCY_SUFFIX, UNIT_TRIE } from './units.js';
import { readWordSet } from '../../core/word-lists.js';

/** Words after which a bare "hundreds" is a clause subject: auxiliaries, "more" and harm verbs. */
const BARE_VAGUE_NEXT: ReadonlySet<string> = new Set([
  'were', 'are', 'have', 'had', 'remain', 'remained', 'more', 'died', 'fled', 'perished', 'drowned',
]);

/**
 * Abbreviated English scales a decimal comma may stand before ("€3,4bn"): those that need no currency before them (bn,
 * mn, mln, tn, trn; not "m", "b", "k", "mil", "bil"), so a new abbreviation in lexicon.ts takes a decimal comma too.
 */
const DECIMAL_COMMA_ABBREV: ReadonlySet<string> = new Set(Object.keys(SCALE_ABBREV).filter((k) => !SCALE_ABBREV_NEED_MONEY.includes(k)));

/**
 * Parses digits or words at token `i`, with fractions and scales; `currency` is the code of a currency written before
 * the figure, when the caller read one ("Rp 500.000").
 */
export function parseNumber(ctx: ScanContext, i: number, money: boolean, currency?: string): Num | undefined {
  const { toks } = ctx;
  const t = toks[i];
  if (t.kind === 'word') {
    const vague = own(VAGUE_PLURALS, t.lower);
    if (vague !== undefined) {
      // "hundreds of", "tens of thousands of", "hundreds of thousands of"
      let value = vague;
      let end = i;
      const v2 = own(VAGUE_PLURALS, toks[i + 2]?.lower ?? '');
      if (toks[i + 1]?.lower === 'of' && v2 !== undefined && v2 > value) {
        value *= v2;
        end = i + 2;
      }
      if (toks[end + 1]?.lower === 'of') return { start: i, end: end + 1, value, words: true, scaled: true, vague: true, rule: 'vague-plural' };
      // "dozens were injured", "hundreds more fled": a bare vague plural as the subject of a clause; the
      // unit then comes from the context, as for a bare figure ("the attack killed 12")
      // ("Dozens injured as train derails", "Hundreds die in floods": a harm participle or a verb only people do, as headlines
      // write them)
      const nextWord = toks[i + 1]?.lower ?? '';
      if (end === i && (BARE_VAGUE_NEXT.has(nextWord) || PERSON_PARTICIPLE_SET.has(nextWord) || PERSON_VERBS_AFTER.has(nextWord)) && toks[i + 1].sent === t.sent) {
        return { start: i, end: i, value, words: true, scaled: true, vague: true, rule: 'vague-plural-bare' };
      }
      return undefined;
    }
    const tens = own(VAGUE_PLURALS, toks[i + 2]?.lower ?? '');
    if (t.lower === 'tens' && toks[i + 1]?.lower === 'of' && tens !== undefined && toks[i + 3]?.lower === 'of') {
      return { start: i, end: i + 3, value: 10 * tens, words: true, scaled: true, vague: true, rule: 'vague-plural' };
    }
    const w = parseWordNumber(toks, i);
    if (!w) return undefined;
    const scaled = toks.slice(i, w.end + 1).some((x) => own(SCALE_WORDS, x.lower) !== undefined);
    return { start: i, end: w.end, value: w.value, words: true, scaled, rule: 'words' };
  }
  if (t.kind !== 'num') return undefined;
  // "Rp 2,5 juta": a decimal comma, told by the Indonesian or Malay scale word right after the digits; "€3,4 billion",
  // "1,2 million": by an English scale too (a thousands comma groups three digits, never one or two)
  const scaleNext = scaleAfterDigits(toks, i);
  const localScale = scaleNext === 'local';
  const englishScale = scaleNext === 'english';
  const decimalComma = DECIMAL_COMMA_RE.test(t.text) && (localScale || englishScale);
  // "1.250.000", "Rp 3.061,2 triliun", "Rp 500.000", "3.500 people": thousands grouped by periods (number.ts)
  // ("45.000 dong": the currency may be named after the figure)
  const grouped = englishScale ? undefined : periodGroupedValue(t.text, { localScale, currency: currency ?? currencyAfter(ctx, i + 1), wholeCount: !money && ONE_PERIOD_GROUP_RE.test(t.text) && wholeCountAt(ctx, i + 1) });
  const base = grouped ?? (decimalComma ? Number(t.text.replace(',', '.')) : parseDigits(t.text));
  if (base === undefined) return undefined;
  let value = base;
  let end = i;
  let rule = grouped !== undefined ? 'digits-period-grouped' : decimalComma && !localScale ? 'digits-decimal-comma' : 'digits';
  // mixed fraction "4 1/2"
  const a = toks[i + 1], s = toks[i + 2], b = toks[i + 3];
  if (a && s && b && a.kind === 'num' && a.space && s.text === '/' && !s.space && b.kind === 'num' && !b.space && !t.text.includes('.')) {
    const n = parseDigits(a.text), d = parseDigits(b.text);
    if (n !== undefined && d !== undefined && d > n && n > 0 && [2, 3, 4, 8, 16].includes(d) && toks[i + 4]?.text !== '/') {
      value += n / d;
      end = i + 3;
      rule = 'mixed-fraction';
    }
  }
  const vf = toks[end + 1];
  const frac = vf && !vf.space ? own(VULGAR_FRACTIONS, vf.text) : undefined;
  if (frac !== undefined) {
    value += frac;
    end++;
    rule = 'vulgar-fraction';
  }
  let scaled = false;
  // "a 10-billion-dollar loan", "a $5-million fine": a hyphen between the digits and the scale
  const hy = toks[end + 1];
  const hs = toks[end + 2];
  if (hy && hs && hy.text === '-' && !hy.space && !hs.space && hs.kind === 'word' && own(SCALE_WORDS, hs.lower) !== undefined && hs.lower !== 'hundred') {
    value *= own(SCALE_WORDS, hs.lower) as number;
    end += 2;
    scaled = true;
  }
  const nx = scaled ? undefined : toks[end + 1];
  if (nx && nx.kind === 'word') {
    const sw = own(SCALE_WORDS, nx.lower);
    const sa = own(SCALE_ABBREV, nx.lower);
    // "$846.8million", "£1.2billion", "4.5million people": a scale of a million or more may touch the digits, as
    // British and American copy often writes it ("5hundred", "3thousand" are no style anyone writes)
    if (sw !== undefined && (nx.space || sw >= 1e5)) {
      value *= sw;
      end++;
      scaled = true;
      // "1.2 lakh crore", "50 thousand crore": South Asian copy stacks a smaller scale on the crore
      const nx2 = toks[end + 1];
      const sw2 = nx2 && nx2.space ? own(SCALE_WORDS, nx2.lower) : undefined;
      if (sw2 !== undefined && nx2!.lower === 'crore' && (nx.lower === 'lakh' || nx.lower === 'thousand')) {
        value *= sw2;
        end++;
      }
    } else if (sa !== undefined && (!nx.space || !SCALE_ABBREV_NEED_MONEY.includes(nx.lower) || money || moneyWordAt(ctx, end + 2))) {
      // "$1.2 bn" may have a space; the one-letter "m", "b", "k" must touch the digits, unless a currency stands before
      // the figure or its name right after the letter ("$20 m", "Rs 400 m", "20 m euros", "400 m rupees"): then no
      // length is meant
      const needMoney = SCALE_ABBREV_NEED_MONEY.includes(nx.lower);
      // "$71.4m", "68.7bn", "5m people", "2m tonnes" (but "5m" alone is five metres)
      if (!needMoney || money || followedByCount(ctx, end + 2) || CURRENCY_SUFFIX.match(toks, end + 2, true)) {
        value *= sa;
        end++;
        scaled = true;
      }
    }
  }
  if (!Number.isFinite(value)) return undefined;
  const num: Num = { start: i, end, value, words: false, digits: t.text, scaled, rule };
  if (base !== parseDigits(t.text)) num.unscaled = base;
  return num;
}

/** A currency's name or code at token `k`, set off by a space: "euros", "rupees", "USD". */
function moneyWordAt(ctx: ScanContext, k: number): boolean {
  const t = ctx.toks[k];
  if (!t || !t.space) return false;
  const hit = UNIT_TRIE.match(ctx.toks, k)?.value;
  // "30 m pounds": a scaled figure of pounds is money (tail.ts reads it as sterling, or the country's pound)
  return hit?.kind === 'money' || (hit?.kind === 'physical' && hit.form.startsWith('pound')) || CURRENCY_SUFFIX.match(ctx.toks, k, true) !== undefined;
}

/** The code of a currency named at token `k`, set off by a space: "dong", "rupiah", "IDR". */
function currencyAfter(ctx: ScanContext, k: number): string | undefined {
  const t = ctx.toks[k];
  if (!t || !t.space) return undefined;
  const hit = UNIT_TRIE.match(ctx.toks, k)?.value;
  return hit?.kind === 'money' ? hit.code : CURRENCY_SUFFIX.match(ctx.toks, k, true)?.value;
}

/**
 * The scale right after the digits at token `i` before which a decimal comma is meant: one of a language that writes
 * figures so ("2,5 juta": `local`), or an English one ("€3,4 billion", "€3,4bn": `english`).
 */
function scaleAfterDigits(toks: readonly QTok[], i: number): 'local' | 'english' | undefined {
  const next = toks[i + 1];
  if (!next || next.kind !== 'word') return undefined;
  if (next.space && DECIMAL_COMMA_SCALES.has(next.lower)) return 'local';
  if ((next.space && (own(SCALE_WORDS, next.lower) ?? 0) >= 1e3) || (!next.space && DECIMAL_COMMA_ABBREV.has(next.lower))) return 'english';
  return undefined;
}

/**
 * The text writes its figures the continental way somewhere, in a shape no English figure has: several period groups
 * ("€1.250.000"), a decimal comma after a group ("3.061,2") or before a scale ("€3,4 billion"), a period group before an
 * Indonesian scale ("Rp 1.500 triliun"). Computed once per token list.
 */
const CONTINENTAL = new WeakMap<readonly QTok[], boolean>();
function continentalFigures(toks: readonly QTok[]): boolean {
  let known = CONTINENTAL.get(toks);
  if (known === undefined) {
    known = toks.some((t, i) => t.kind === 'num' && (PERIOD_GROUPS_RE.test(t.text) ||
      (DECIMAL_COMMA_RE.test(t.text) && scaleAfterDigits(toks, i) !== undefined) ||
      (ONE_PERIOD_GROUP_RE.test(t.text) && scaleAfterDigits(toks, i) === 'local')));
    CONTINENTAL.set(toks, known);
  }
  return known;
}

/** data/lexicon/quantity-count-rate-words.txt: words after a counted noun that make the count a rate ("goals per game"). */
const COUNT_RATE_WORDS = readWordSet('quantity-count-rate-words.txt');

/**
 * Whole things are counted at token `k`: a counted noun that is no unit of measure, money or points ("3.500 people",
 * "12.000 workers"; not "2.205 pounds", "1.125 points"). Nor a rate, in a text with no other continental figure: "1.125
 * goals per game", "12.345 cases per 100,000 people" are averages, with decimals (in one that writes "€1.250.000",
 * "12.345 cases per district" groups thousands as the rest of it does).
 */
function wholeCountAt(ctx: ScanContext, k: number): boolean {
  const { toks } = ctx;
  const t = toks[k];
  if (!t || !t.space || t.kind !== 'word' || UNIT_TRIE.match(toks, k)) return false;
  const n = countedNoun(toks, k, 2);
  if (n === undefined || n.unit === 'point' || n.unit === 'time') return false;
  const after = toks[n.end + 1];
  const rate = !!after && after.sent === t.sent && COUNT_RATE_WORDS.has(after.lower) &&
    (after.lower === 'per' || toks[n.end + 2]?.kind === 'word');
  return !rate || continentalFigures(toks);
}

function followedByCount(ctx: ScanContext, k: number): boolean {
  const t = ctx.toks[k];
  if (!t || !t.space) return false;
  if (UNIT_TRIE.match(ctx.toks, k)) return true;
  const n = countedNoun(ctx.toks, k, 2);
  // "the Olympic 1500m gold", "400m silver", "the 800m final": a medal's stand-in or a singular noun after a glued
  // "m" is a race's distance; millions count a plural ("5m people")
  return n !== undefined && n.rule !== 'count:stand-in' && n.rule !== 'count:singular-noun';
}

