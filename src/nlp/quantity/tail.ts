import { join } from 'node:path';
import { readDataRows } from '../../core/data-rows.js';
import { projectRoot } from '../../core/shared.js';
import { boundAfter, wordBeforeBound } from './bounds.js';
import { DASHES, type Num, type ScanContext, type Tail, type UnitAt } from './candidate.js';
import { FIGURE_WORDS, own, SCALE_ABBREV, SCALE_WORDS, SCALED_CURRENCY_WORDS, FRACTION_DENOMINATORS, HYPHEN_ED_NOUNS, PERSON_ADJACENT_CUES, PERSON_CONTEXT_CUES, TIME_UNITS, VIDEO_LINES } from './lexicon.js';
import { countedNoun, gluedOnward, isPlural } from './nouns.js';
import { ATTACHED_UNIT_TRIE, BY_SYMBOL, CURRENCY_SUFFIX, UNIT_TRIE } from './units.js';
import { readWordSet } from '../../core/word-lists.js';

// What follows a number: a unit ("59 km/h"), a currency word, a counted noun ("20 bulletproof cars"),
// a duration (then it is not a quantity), or nothing — then people from the sentence's context.

const TIMES = new Set(TIME_UNITS);
const VIDEO = new Set(VIDEO_LINES);
const PERSON_CTX = new Set(PERSON_CONTEXT_CUES);
const PERSON_ADJ = new Set(PERSON_ADJACENT_CUES);
// words a verb cue may stand apart from its figure by: the parts of a bound ("employs about 3,000", "all 180")
const BOUND_PARTS = new Set(['about', 'around', 'roughly', 'approximately', 'nearly', 'almost', 'some', 'estimated', 'more', 'than',
  'over', 'at', 'least', 'up', 'to', 'as', 'many', 'fewer', 'less', 'under', 'close', 'just', 'well', 'upwards', 'all', 'only']);
// …and the auxiliaries between a subject figure and its verb ("300 have escaped", "180 were aboard")
const AUX_PARTS = new Set(['have', 'has', 'had', 'were', 'was', 'are', 'is', 'been', 'reportedly', 'also', 'later']);

/**
 * A person verb cue governing the figure toks[at..end]: its object right before, or its subject right after. Not a
 * figure of billions ("The central bank freed 40 billion in reserves": no workforce, crowd or band of captives is so
 * large), nor past a verb's particle ("freed up 40,000": "up" is a bound part only in "up to").
 */
function personCueAdjacent(toks: ScanContext['toks'], at: number, end: number): boolean {
  const sent = toks[at].sent;
  for (let k = at; k <= end; k++) {
    if ((own(SCALE_WORDS, toks[k].lower) ?? own(SCALE_ABBREV, toks[k].lower) ?? 0) >= 1e9) return false;
  }
  for (let k = at - 1, skipped = 0; k >= 0 && skipped <= 3 && toks[k].sent === sent; k--, skipped++) {
    const w = toks[k].lower;
    if (PERSON_ADJ.has(w)) return true;
    if (w === 'up' && toks[k + 1]?.lower !== 'to') break;
    // "an estimated 3,000"; "a workforce of 3,000"
    if (!(BOUND_PARTS.has(w) || (w === 'an' && toks[k + 1]?.lower === 'estimated') ||
      (w === 'of' && (toks[k - 1]?.lower === 'workforce' || toks[k - 1]?.lower === 'upwards')))) break;
  }
  for (let k = end + 1, skipped = 0; k < toks.length && skipped <= 2 && toks[k].sent === sent; k++, skipped++) {
    const w = toks[k].lower;
    if (PERSON_ADJ.has(w)) return true;
    if (!AUX_PARTS.has(w)) break;
  }
  return false;
}
const FRACTIONS = new Set(FRACTION_DENOMINATORS);
const FIGURES = new Set(FIGURE_WORDS);
const HYPHEN_NOT_NOUNS = new Set(['fold', 'odd', 'plus', 'something', 'old', 'year', 'way', 'time', 'times', 'all', 'nil', 'love', 'run', 'shot', 'under', 'over', 'and', 'for']);
const ED_NOUNS = new Set(HYPHEN_ED_NOUNS);
const PEOPLE_SIZE = new Set(['strong', 'member', 'man', 'men', 'person', 'woman', 'women', 'people']);


/** The unit right after token `k - 1`: attached symbols first ("122mm"), then spaced forms ("59 km/h"). */
export function unitAfter(ctx: ScanContext, k: number): UnitAt | undefined {
  const { toks } = ctx;
  const t = toks[k];
  if (!t) return undefined;
  if (t.sent !== toks[k - 1].sent || t.newline) return undefined;
  if (!t.space) {
    const a = ATTACHED_UNIT_TRIE.match(toks, k, true);
    const b = UNIT_TRIE.match(toks, k);
    const best = a && b ? (a.end >= b.end ? a : b) : a ?? b;
    if (best) return { hit: best.value, end: best.end };
  }
  const m = UNIT_TRIE.match(toks, k);
  if (m) return { hit: m.value, end: m.end };
  // "0.68 in (1.73 cm)": a spaced "in" is the inch when a metric length restates it in brackets
  if (t.lower === 'in' && t.text === 'in' && toks[k + 1]?.text === '(' && toks[k + 2]?.kind === 'num') {
    const r = unitAfter(ctx, k + 3);
    const inch = BY_SYMBOL.get('in');
    if (inch && r?.hit.kind === 'physical' && r.hit.def.dim === 'length' && r.hit.def.symbol !== 'in') return { hit: { kind: 'physical', def: inch, form: 'in' }, end: k };
  }
  return undefined;
}

const HEAT_CUES = readWordSet('quantity-heat-cues.txt');
const TEMP_CARRY_CUES = readWordSet('quantity-temp-carry-cues.txt');
const LETTER_NEXT = readWordSet('quantity-temp-letter-next.txt');
const ANGLE_ROWS = readDataRows(join(projectRoot, 'data', 'lexicon', 'quantity-angle-verbs.txt'));
const ANGLE_VERBS: ReadonlySet<string> = new Set(ANGLE_ROWS.filter((r) => r[1] === 'angle').map((r) => r[0]!));
const CHANGE_VERBS: ReadonlySet<string> = new Set(ANGLE_ROWS.filter((r) => r[1] === 'change').map((r) => r[0]!));

/**
 * What makes a unit at token `k` a temperature: a heat word within 20 tokens before it or 8 after it in its sentence
 * ("heat"), or the scale of a temperature the text wrote before ("carried"): in this sentence, or in the one before
 * when this one holds a word of a record or a reading ("The previous record, 45 C, was set in 1937").
 */
function heatContext(ctx: ScanContext, k: number): { heat: boolean; carried?: string } {
  const { toks } = ctx;
  const sent = toks[k]!.sent;
  let heat = false, carry = false;
  for (let j = k - 1; j >= 0 && j >= k - 20 && toks[j].sent === sent && !heat; j--) { heat = HEAT_CUES.has(toks[j].lower); carry ||= TEMP_CARRY_CUES.has(toks[j].lower); }
  for (let j = k + 1; j < toks.length && j <= k + 8 && toks[j].sent === sent && !heat; j++) { heat = HEAT_CUES.has(toks[j].lower); carry ||= TEMP_CARRY_CUES.has(toks[j].lower); }
  const last = ctx.lastTemp;
  const carried = last && (last.sent === sent || (last.sent === sent - 1 && (heat || carry))) ? last.unit : undefined;
  return { heat, carried };
}

/**
 * "temperatures hit 45 degrees", "warming of 1.5 degrees": a bare "degrees" is a temperature only with a
 * heat word in the sentence (else an angle: "turned 180 degrees"); above 60 it can only be Fahrenheit.
 */
function bareDegrees(ctx: ScanContext, num: Num, k: number): UnitAt | undefined {
  const { toks } = ctx;
  const w = toks[k];
  // "47° in the shade": the sign alone, touching the digits, reads like the word
  const sign = (w?.text === '°' || w?.text === 'º' || w?.text === '˚') && !w.space;
  if (!w || (w.lower !== 'degrees' && w.lower !== 'degree' && !sign) || w.sent !== toks[num.end].sent) return undefined;
  const { heat, carried } = heatContext(ctx, k);
  if (!heat && !carried) return undefined;
  // "The road turns 90 degrees", "the Nikkei rose 3 degrees" (a verb of change with no heat word): an angle or
  // a figure of something else (code review of stop 24, finding 3); a bound cue may stand between
  const verb = wordBeforeBound(toks, num.start);
  if (verb && verb.sent === w.sent && (ANGLE_VERBS.has(verb.lower) || (!heat && CHANGE_VERBS.has(verb.lower)))) return undefined;
  // (above 60 a reading can only be Fahrenheit, whatever came before: "45 degrees in Seville and 104 degrees in Phoenix")
  const symbol = num.value > 60 ? '°F' : carried ?? '°C';
  const hit = UNIT_TRIE.match(toks, k);
  const def = hit?.value.kind === 'physical' ? undefined : BY_SYMBOL.get(symbol);
  return def ? { hit: { kind: 'physical', def, form: 'degrees' }, end: k } : undefined;
}

/**
 * "a record of 49.6 C (121.3 F)", "45 C on Sunday": a capital C or F standing apart from the digits is a temperature
 * when a heat word is in the sentence or the text gave a temperature before (heatContext), and the figure is one the
 * weather can reach. Not a letter that goes on ("C-130"), nor one before a lower-case word that is no clause going on
 * ("Section 12 C of the act", "fell 30 F points", "30 F in value"), nor a number word.
 */
function spacedDegreeLetter(ctx: ScanContext, num: Num, k: number): UnitAt | undefined {
  const { toks } = ctx;
  const w = toks[k];
  if (!w || !w.space || (w.text !== 'C' && w.text !== 'F') || num.words || w.sent !== toks[num.end].sent) return undefined;
  const n = toks[k + 1];
  if (n && !n.space && n.sent === w.sent && (n.kind === 'word' || n.kind === 'num' || DASHES.has(n.text) || n.text === '.' && toks[k + 2]?.kind === 'word' && !toks[k + 2]!.space)) return undefined;
  if (n && n.sent === w.sent && n.kind === 'word' && n.text === n.lower && (!LETTER_NEXT.has(n.lower) || (n.lower === 'in' && toks[k + 2]?.lower === 'value'))) return undefined;
  const v = num.value;
  if (w.text === 'C' ? v < -90 || v > 60 : v < -130 || v > 140) return undefined;
  const { heat, carried } = heatContext(ctx, k);
  const def = heat || carried ? BY_SYMBOL.get(w.text === 'C' ? '°C' : '°F') : undefined;
  return def ? { hit: { kind: 'physical', def, form: w.lower }, end: k } : undefined;
}

/** "2.9 million kg (6.4 million pounds)": a bracket opening right after a mass unit. */
function restatesMass(toks: ScanContext['toks'], start: number): boolean {
  const open = toks[start - 1];
  if (!open || (open.text !== '(' && open.text !== '[')) return false;
  const prev = toks[start - 2];
  return prev !== undefined && /^(?:kg|kgs|kilos?|kilogra(?:m|mme)s?|tonnes?|tons?|grams?|g)$/i.test(prev.lower);
}

/** The word after "N times" that makes it a multiple or a count of how often: data/lexicon/quantity-times-next.tsv. */
const TIMES_NEXT_ROWS = readDataRows(join(projectRoot, 'data', 'lexicon', 'quantity-times-next.tsv'));
const MULTIPLE_NEXT: ReadonlySet<string> = new Set(TIMES_NEXT_ROWS.filter((r) => r[1] === 'multiple').map((r) => r[0]!));
const OFTEN_NEXT: ReadonlySet<string> = new Set(TIMES_NEXT_ROWS.filter((r) => r[1] === 'often').map((r) => r[0]!));
/**
 * What "N times" at token `k` counts: "time" (how often: the figure ends its clause, or a phrase of time or place
 * follows), "times" (a multiple: "the", "as", a comparative or a possessive name follows), or undefined ("3 times 4").
 */
function timesKind(toks: ScanContext['toks'], k: number): 'time' | 'times' | undefined {
  const n = toks[k + 1];
  if (!n || n.sent !== toks[k]!.sent) return 'time';
  if (n.kind === 'num') return undefined;
  // "27 times, according to …", "15 times (and more)"
  if (n.kind !== 'word') return 'time';
  const l = n.lower;
  // "five times Nissan's": a name and its possessive
  if (/^\p{Lu}/u.test(n.text) && (toks[k + 2]?.lower === "'s" || toks[k + 2]?.lower === '’s')) return 'times';
  // "three times that of Germany" is a multiple; "said 140 times that he could not recall" how often
  if (l === 'that') return toks[k + 2]?.lower === 'of' ? 'times' : 'time';
  if (MULTIPLE_NEXT.has(l)) return 'times';
  if (OFTEN_NEXT.has(l)) return 'time';
  return undefined;
}

/** "year-old", "years old", "-years-old" from token `k`: the index of "old", or undefined. */
function ageOld(toks: ScanContext['toks'], k: number): number | undefined {
  const y = toks[k];
  if (!y || (y.lower !== 'year' && y.lower !== 'years')) return undefined;
  const d = toks[k + 1];
  if (d && DASHES.has(d.text) && !d.space && toks[k + 2]?.lower === 'old' && !toks[k + 2]!.space) return k + 2;
  return d?.lower === 'old' && d.sent === y.sent ? k + 1 : undefined;
}

/** Works out what follows the number ending at token `e`. Undefined means "not a quantity" (a duration, a date). */
export function tailAfter(ctx: ScanContext, num: Num, currency: string | undefined, given?: UnitAt): Tail | undefined {
  const { toks } = ctx;
  let k = num.end + 1;
  // "7-metre wave", "a 10-km race": an adjectival hyphen between number and unit
  const hyphen = toks[k] && DASHES.has(toks[k].text) && !toks[k].space && toks[k + 1] && !toks[k + 1].space && toks[k + 1].kind === 'word';
  if (hyphen) k++;
  const w = toks[k];
  // "a 40-strong delegation", "a 15-member council", "a 12-man crew": a body of people of that size
  // ("the 27-member bloc", "the 193-member assembly": members are what a "-member" body counts, states as often as people)
  if (hyphen && currency === undefined && w && PEOPLE_SIZE.has(w.lower)) return { unit: w.lower === 'member' ? 'member' : 'person', end: k, rule: 'count:people-size' };
  // "a 15-nation council", "a 500-seat assembly", "a three-storey building": the noun after the hyphen is what is counted
  // (not "three-legged", "two-pronged": an adjective in -ed; not a word number of one: "one-man show" is no count)
  if (hyphen && currency === undefined && (!num.words || (num.value >= 2 && !num.scaled)) && w && w.text === w.lower && /^[a-z]{3,}$/.test(w.lower) && !TIMES.has(w.lower) &&
      !FRACTIONS.has(w.lower) && !HYPHEN_NOT_NOUNS.has(w.lower) && !(/ed$/.test(w.lower) && !ED_NOUNS.has(w.lower)) && !unitAfter(ctx, k) &&
      // "a 40-degree heatwave" is a temperature
      !bareDegrees(ctx, num, k) &&
      toks[k + 1]?.kind === 'word' && toks[k + 1].space) {
    return { unit: w.lower, end: k, rule: 'count:hyphen-noun' };
  }
  if (w && w.kind === 'word' && w.sent === toks[num.end].sent) {
    // "a 41-year-old man", "45 years old", "a five-year-old boy": an age, counted in years; written "N-year-old" it is
    // one at any size ("the 500-year-old bridge", "a 150-year-old newspaper"), "N years old" only as a person's
    const old = ageOld(toks, k);
    const hyphenated = old !== undefined && hyphen && DASHES.has(toks[old - 1]!.text);
    if (old !== undefined && currency === undefined && Number.isInteger(num.value) && num.value > 0 && (hyphenated || (num.value < 130 && !num.scaled))) {
      return { unit: 'year', end: old, rule: 'count:age-old' };
    }
    // "attacked ships at least 27 times", "rebooted as many as 15 times": how often (unit "time"); "five times Nissan's",
    // "three million times the size of the Earth": a multiple of another magnitude (unit "times")
    if (w.lower === 'times' && w.text === 'times' && !hyphen && w.space && currency === undefined && num.value > 1) {
      const m = timesKind(toks, k);
      if (m) return { unit: m, end: k, rule: m === 'time' ? 'count:times-often' : 'count:times-multiple' };
    }
    // ("three second-hand submarines": a time word glued onward by a hyphen is a modifier of the noun the number counts)
    if (TIMES.has(w.lower) && !(w.lower === 'h' && toks[k + 1]?.text === '/') && (hyphen || !gluedOnward(toks, k))) return undefined;
    // "two-thirds of", "three quarters of the homes": a share, not a count of quarters
    if (FRACTIONS.has(w.lower) && num.words) return undefined;
    // "3 p.m.", "9 a.m."
    if ((w.lower === 'a' || w.lower === 'p') && toks[k + 1]?.text === '.' && toks[k + 2]?.lower === 'm') return undefined;
  }
  const unit = given ?? unitAfter(ctx, k) ?? bareDegrees(ctx, num, k) ?? (currency === undefined ? spacedDegreeLetter(ctx, num, k) : undefined);
  if (currency !== undefined) {
    // "$71.4 million" (scale already read), "$5 billion dollars" (the word repeats the symbol)
    let end = num.end;
    if (unit && unit.hit.kind === 'money') end = unit.end;
    // "$200 or less"
    const after = boundAfter(toks, end);
    return { unit: currency, end: after ? after.at : end, rule: 'money:symbol', money: true, after };
  }
  if (unit) {
    const h = unit.hit;
    if (h.kind === 'percent') return { unit: h.symbol, end: unit.end, rule: 'percent' };
    if (h.kind === 'money' && h.subunit) {
      // "1080p" is a screen's lines, not pence
      if (h.form === 'p' && (VIDEO.has(num.value) || toks[unit.end + 1]?.kind === 'word' && !toks[unit.end + 1]!.space)) return { unit: '', end: num.end, rule: 'bare' };
      return { unit: h.code, end: unit.end, rule: 'money:subunit', money: true, subunit: h.subunit };
    }
    if (h.kind === 'money') return { unit: h.code, end: unit.end, rule: 'money:word', money: true };
    // "£2 million pounds" is money; "5 million pounds sterling"; "200 pounds" of weight otherwise
    // ("lb"/"lbs" is always weight, and so are pounds restating a weight: "2.9 million kg (6.4 million pounds)")
    if (h.def.symbol === 'lb' && h.form.startsWith('pound') && (num.scaled || toks[unit.end + 1]?.lower === 'sterling') && !restatesMass(toks, num.start)) {
      return { unit: 'GBP', end: toks[unit.end + 1]?.lower === 'sterling' ? unit.end + 1 : unit.end, rule: 'money:pounds', money: true };
    }
    return { unit: h.def.symbol, end: unit.end, rule: `unit:${h.def.dim}`, physical: true };
  }
  // "12.1 trillion won", "5 billion kip": a name that is also a word is a currency only after a scaled amount, written
  // lower-case ("won" is a verb otherwise, "drams" a measure of whisky)
  const scaledCode = num.scaled && toks[k]?.space ? own(SCALED_CURRENCY_WORDS, toks[k]!.text) : undefined;
  if (scaledCode) return { unit: scaledCode, end: k, rule: 'money:scaled-word', money: true };
  const code = toks[k] && toks[k].space ? CURRENCY_SUFFIX.match(toks, k, true) : undefined;
  if (code) return { unit: code.value, end: code.end, rule: 'money:code', money: true };
  // bounds after the number, then the counted noun: "10,000 or more people"
  const after = boundAfter(toks, num.end);
  const nounFrom = after ? after.at + 1 : num.end + 1;
  // "5 of the 20 dams" — a number followed by "of" counts what comes after only for vague plurals ("hundreds of")
  const noun = toks[nounFrom] && (toks[nounFrom].space || num.vague) ? countedNoun(toks, nounFrom, num.value) : undefined;
  if (noun) {
    // a noun after a number word that is really a time ("five-year") was excluded above
    return { unit: noun.unit, end: noun.end, rule: noun.rule, noun: noun.noun, after, countNoun: noun };
  }
  return { unit: '', end: after ? after.at : num.end, rule: 'bare', after };
}

/**
 * "the toll passed 3,800", "the number of displaced at about 3,000": people from the sentence;
 * "the number of refugee camps rose to 40": the noun after "number of"; "The UN put the figure at
 * 40,000" after a sentence about the displaced: people from the sentence before.
 */
export function contextUnit(ctx: ScanContext, at: number, end = at): string | undefined {
  const { toks } = ctx;
  const sent = toks[at].sent;
  if (personCueAdjacent(toks, at, end)) return 'person';
  let figure = false;
  let sentStart = at;
  for (let k = at - 1; k >= 0 && k >= at - 25 && toks[k].sent === sent; k--) {
    const w = toks[k].lower;
    if (PERSON_CTX.has(w)) return 'person';
    // "the number of refugee camps … 40"
    if (w === 'number' && toks[k + 1]?.lower === 'of') {
      const n = countedNoun(toks, k + 2, 2);
      if (n && n.unit !== '' && isPlural(n.noun.split(' ').pop() ?? '')) return n.unit;
    }
    if (FIGURES.has(w)) figure = true;
    sentStart = k;
  }
  // "put the figure at 40,000, while officials said the number of displaced …": the noun may follow
  const reach = figure ? 20 : 8;
  for (let k = at + 1; k < toks.length && k <= at + reach && toks[k].sent === sent; k++) {
    if (PERSON_CTX.has(toks[k].lower)) return 'person';
  }
  if (!figure) return undefined;
  // the count the figure revises: the last one of this or the previous sentence ("2 million Ukrainians … the figure at")
  if (ctx.lastCount && ctx.lastCount.sent >= sent - 1) return ctx.lastCount.unit;
  // the figure's noun is in the sentence before (within 40 tokens)
  const prevSent = sent - 1;
  for (let k = sentStart - 1; k >= 0 && k >= sentStart - 40 && toks[k].sent >= prevSent; k--) {
    if (PERSON_CTX.has(toks[k].lower)) return 'person';
  }
  return undefined;
}

