import {
  COMPOUND_NOUNS, DEMONYM_ENDINGS, IRREGULAR_PLURALS, MONTH_SET, NOT_NOUNS, NUMBER_WORDS, own, PEOPLE_GROUPS, PERSON_ENDING_EXCEPTIONS, PERSON_ENDINGS,
  PERSON_NOUNS, PERSON_PARTICIPLES, TIME_UNITS,
} from './lexicon.js';
import type { QTok } from './tokens.js';
import { join } from 'node:path';
import { readDataRows } from '../../core/data-rows.js';
import { projectRoot } from '../../core/shared.js';
import { readWordSet } from '../../core/word-lists.js';

/** Plurals the suffix rules get wrong ("sorties" → sortie, "tranches" → tranche): data/lexicon/quantity-plurals.tsv. */
const LISTED_PLURALS: ReadonlyMap<string, string> = new Map(
  readDataRows(join(projectRoot, 'data', 'lexicon', 'quantity-plurals.tsv')).filter((r) => r[0] && r[1]).map((r) => [r[0]!, r[1]!]),
);

/** Plurals that do or do not count people, whatever the built-in lists say: data/lexicon/quantity-people.tsv. */
const PEOPLE_ROWS = readDataRows(join(projectRoot, 'data', 'lexicon', 'quantity-people.tsv')).filter((r) => r[0] && (r[1] === 'person' || r[1] === 'thing'));
const NOT_PEOPLE = new Set(PEOPLE_ROWS.filter((r) => r[1] === 'thing').map((r) => r[0]!));
const PERSON = new Set([...PERSON_NOUNS, ...PEOPLE_ROWS.filter((r) => r[1] === 'person').map((r) => r[0]!)].filter((w) => !NOT_PEOPLE.has(w)));
/** People only with a cue of people near: "two sources said", not "two sources of revenue" (finding 5). */
const AMBIGUOUS_PEOPLE = new Set(PEOPLE_ROWS.filter((r) => r[1] === 'person' && r[2] === 'ambiguous').map((r) => r[0]!));
const PEOPLE_CUES = readWordSet('quantity-people-cues.txt');
/** Things that count people when a word of harm governs the count ("killed three judges"): code review r1, finding 4. */
const HARM_PEOPLE = new Set(PEOPLE_ROWS.filter((r) => r[1] === 'thing' && r[2] === 'harm').map((r) => r[0]!));
const HARM_CUES = readWordSet('quantity-people-harm-cues.txt');
/** Words between a harm verb and the figure it governs ("killed at least three", "the deaths of all four"). */
const HARM_GAP_BEFORE = new Set(['at', 'least', 'most', 'about', 'some', 'nearly', 'almost', 'more', 'than', 'over', 'up', 'to', 'the', 'all',
  'of', 'another', 'a', 'further', 'as', 'many']);
/** Words between the noun and the harm predicate ("judges were shot dead", "judges who have been kidnapped"). */
const HARM_GAP_AFTER = new Set(['were', 'was', 'are', 'is', 'been', 'have', 'has', 'had', 'be', 'being', 'who', 'reportedly', 'also', 'all',
  'later', 'allegedly', 'both', 'got']);
const GROUPS = new Set(PEOPLE_GROUPS);
/** Harm participles that count people ("12 injured"): read here and by numberAt.ts and scan.ts. */
export const PERSON_PARTICIPLE_SET: ReadonlySet<string> = new Set(PERSON_PARTICIPLES);
/** data/lexicon/quantity-person-verbs-after.txt: "die", "drown", "perish" after a bare figure. */
export const PERSON_VERBS_AFTER = readWordSet('quantity-person-verbs-after.txt');
const STOP = new Set(NOT_NOUNS);
const COMPOUNDS = new Set([...COMPOUND_NOUNS, ...readWordSet('quantity-compounds.txt')]);
const PREMODIFIERS = readWordSet('quantity-noun-premodifiers.txt');
/** Words that stand for the noun they count ("two silver" are medals): data/lexicon/quantity-stand-ins.tsv. */
export const STAND_INS: ReadonlyMap<string, string> = new Map(
  readDataRows(join(projectRoot, 'data', 'lexicon', 'quantity-stand-ins.tsv')).filter((r) => r[0] && r[1]).map((r) => [r[0]!, r[1]!]),
);
const TIMES = new Set(TIME_UNITS);
const MEDAL_ROWS = readDataRows(join(projectRoot, 'data', 'lexicon', 'quantity-medal-cues.txt')).map((r) => r[0]!).filter(Boolean);
const MEDAL_LOWER = new Set(MEDAL_ROWS.filter((w) => w === w.toLowerCase()));
const MEDAL_CASED = new Set(MEDAL_ROWS.filter((w) => w !== w.toLowerCase()));

/**
 * An ambiguous plural at token `j` ("sources", "contacts") counts people: not before "of"/"for" and a word naming no
 * people ("two sources of revenue", "three substitutes for sugar"), and only with a cue of people in its sentence.
 */
function ambiguousPerson(toks: readonly QTok[], j: number): boolean {
  const sent = toks[j]!.sent;
  const p = toks[j + 1];
  if (p && p.sent === sent && (p.lower === 'of' || p.lower === 'for')) {
    let k = j + 2;
    if (['the', 'a', 'an', 'this', 'that', 'its', 'their'].includes(toks[k]?.lower ?? '')) k++;
    const o = toks[k];
    if (o && o.sent === sent && o.kind === 'word' && o.text === o.lower && !PERSON.has(o.lower) && !personByEnding(o.lower)) return false;
  }
  for (let k = j - 1; k >= 0 && k >= j - 40 && toks[k]!.sent === sent; k--) if (PEOPLE_CUES.has(toks[k]!.lower)) return true;
  for (let k = j + 1; k < toks.length && k <= j + 40 && toks[k]!.sent === sent; k++) if (PEOPLE_CUES.has(toks[k]!.lower)) return true;
  return false;
}

/**
 * A word of harm governs the count whose first token after the figure is `i` and whose noun is at `j`: the verb or
 * noun before the figure ("Gunmen killed three judges", "the killing of two judges") or the predicate after the noun
 * ("Three judges were shot dead", "two judges who were kidnapped"), with only bounds, articles and auxiliaries between.
 */
function harmGoverns(toks: readonly QTok[], i: number, j: number): boolean {
  const sent = toks[j]!.sent;
  for (let k = j + 1; k < toks.length && k <= j + 4 && toks[k]!.sent === sent && toks[k]!.kind === 'word'; k++) {
    if (HARM_CUES.has(toks[k]!.lower)) return true;
    if (!HARM_GAP_AFTER.has(toks[k]!.lower)) break;
  }
  // back over the figure (numerals, number words) and the bounds and articles before it
  for (let k = i - 1; k >= 0 && k >= i - 8 && toks[k]!.sent === sent; k--) {
    const t = toks[k]!;
    if (t.kind === 'num' || (t.kind === 'sym' && (t.text === ',' || t.text === '.') && !t.space)) continue;
    if (t.kind !== 'word') return false;
    if (own(NUMBER_WORDS, t.lower) !== undefined || HARM_GAP_BEFORE.has(t.lower)) continue;
    return HARM_CUES.has(t.lower);
  }
  return false;
}

/** A medal cue (data/lexicon/quantity-medal-cues.txt) in the sentence of token `j` or the one before. */
function medalContext(toks: readonly QTok[], j: number): boolean {
  const sent = toks[j]!.sent;
  const cue = (t: QTok): boolean => MEDAL_LOWER.has(t.lower) || MEDAL_CASED.has(t.text);
  for (let k = j - 1; k >= 0 && k >= j - 120 && toks[k]!.sent >= sent - 1; k--) if (cue(toks[k]!)) return true;
  for (let k = j + 1; k < toks.length && k <= j + 60 && toks[k]!.sent === sent; k++) if (cue(toks[k]!)) return true;
  return false;
}

/**
 * What a stand-in at token `j` counts ("two silver and four bronze" are medals), or undefined: only with a medal cue
 * near, and not when a plural noun coordinated after it is the head they share ("two silver and three black finishes").
 */
export function standInUnit(toks: readonly QTok[], j: number): string | undefined {
  const unit = STAND_INS.get(toks[j]!.lower);
  if (!unit || !medalContext(toks, j)) return undefined;
  const sent = toks[j]!.sent;
  const c = toks[j + 1];
  if (c && c.sent === sent && (c.lower === 'and' || c.lower === 'or' || c.text === ',')) {
    // the coordinated item: a number, up to three words, the last a plural noun that is no stand-in
    let k = j + 2;
    if (toks[k]?.kind === 'num' || own(NUMBER_WORDS, toks[k]?.lower ?? '') !== undefined) {
      for (k++; k <= j + 6 && toks[k]?.kind === 'word' && toks[k]!.sent === sent; k++) {
        const w = toks[k]!.lower;
        if (STAND_INS.has(w)) break;
        if (isPlural(w) && !nextWordGoesOn(toks, k)) return undefined;
      }
    }
  }
  return unit;
}
const DEMONYM_RE = new RegExp(`(?:${DEMONYM_ENDINGS.join('|')})$`);
const PERSON_END_RE = new RegExp(`\\w{3}(?:${PERSON_ENDINGS.join('|')})$`);
const NOT_PERSON_END = new Set([...PERSON_ENDING_EXCEPTIONS, ...NOT_PEOPLE]);
/** "steelworkers", "policymakers", "firemen", "asylum-seekers" (the last part of a hyphenated word). */
export function personByEnding(w: string): boolean {
  return PERSON_END_RE.test(w) && !NOT_PERSON_END.has(w);
}
/** A lower-case plural that names people, as the quantity stage counts people: a listed person noun or people group
 * (lexicon.ts, data/lexicon/quantity-people.tsv) or a person ending ("students", "steelworkers", "Turks"). */
export function peopleNoun(w: string): boolean {
  return (PERSON.has(w) || GROUPS.has(w) || personByEnding(w)) && !NOT_PEOPLE.has(w);
}
/** Adjectives that stand for people only as heads ("the homeless"), never after another plural noun. */
const ADJECTIVE_NOUNS = new Set(['homeless', 'elderly']);
const NOT_PLURAL_END_RE = /(?:ss|us|is)$/;
/**
 * Words in -ics that are singular (fields of study and activity): "physics", "politics". Others in -ics are plurals
 * after a number ("12 clinics", "40 medics", "three clerics").
 */
const ICS_SINGULARS = new Set(['physics', 'politics', 'economics', 'mathematics', 'maths', 'ethics', 'athletics', 'statistics', 'logistics',
  'electronics', 'genetics', 'graphics', 'aerobics', 'gymnastics', 'linguistics', 'robotics', 'optics', 'acoustics', 'dynamics',
  'analytics', 'semantics', 'diagnostics', 'forensics', 'ceramics', 'hydraulics', 'aesthetics', 'geopolitics', 'informatics',
  'thermodynamics', 'aeronautics', 'avionics', 'pharmaceutics', 'paediatrics', 'pediatrics', 'obstetrics', 'orthopaedics', 'ballistics']);

/**
 * A plural that modifies the next noun: "four plain-clothes officers" (inside a hyphenated compound),
 * "six arms dealers" (another plural follows).
 */
function modifierPlural(toks: readonly QTok[], j: number): boolean {
  const next = toks[j + 1];
  if (!next || next.kind !== 'word' || !next.space || next.sent !== toks[j].sent || STOP.has(next.lower)) return false;
  // "31 Abrams tanks", "two Sims cards": a capitalised name before a lower-case plural
  if (toks[j].text !== toks[j].lower && next.text === next.lower && isPlural(next.lower)) return true;
  // "six arms dealers", "two sales figures", "police officers": a plural noun right before another plural noun
  // is its modifier (a plural subject takes a verb without -s, so the second plural is not a verb)
  // ("10,000 families homeless": an adjective used as a noun only heads a phrase after an article or number)
  if (next.text === next.lower && isPlural(next.lower) && !TIMES.has(next.lower) && !ADJECTIVE_NOUNS.has(next.lower)
    && toks[j + 2]?.text !== "'s") return true;
  const prev = toks[j - 1];
  return prev !== undefined && prev.text === '-' && !toks[j].space && !prev.space;
}

/** The word after token `j` goes on the phrase: a lower-case word of the sentence that is no function word. */
function nextWordGoesOn(toks: readonly QTok[], j: number): boolean {
  const n = toks[j + 1];
  return n !== undefined && n.sent === toks[j]!.sent && n.kind === 'word' && n.text === n.lower && !STOP.has(n.lower) && !TIMES.has(n.lower);
}

/** Whether a lower-case word reads as a plural noun ("dams", "bodies", "people"). */
export function isPlural(w: string): boolean {
  const irr = own(IRREGULAR_PLURALS, w);
  if (irr !== undefined) return true;
  // "gunmen", "policemen", "fishermen": people in -men
  if (w.endsWith('men') && personByEnding(w)) return true;
  if (w.endsWith('ics')) return !ICS_SINGULARS.has(w);
  return w.length >= 3 && w.endsWith('s') && !NOT_PLURAL_END_RE.test(w) && !STOP.has(w);
}

/** The singular of a plural noun: "bodies" → "body", "churches" → "church", "dams" → "dam". */
export function singular(w: string): string {
  const irr = own(IRREGULAR_PLURALS, w) ?? LISTED_PLURALS.get(w);
  if (irr !== undefined) return irr;
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (/(?:ch|sh|x|z|ss)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/**
 * A figure at token `j` that is part of a model name: glued by a hyphen to capital letters ("C-130", "MiG-29") or
 * after a capitalised name that is no month ("Boeing 737"), an integer of up to four digits with a word after it.
 */
function modelFigure(toks: readonly QTok[], j: number): boolean {
  const t = toks[j]!;
  if (!/^\d{1,4}$/.test(t.text) || toks[j + 1]?.sent !== t.sent) return false;
  const p = toks[j - 1];
  if (!p) return false;
  const capWord = (x: QTok | undefined): boolean => x !== undefined && x.kind === 'word' && x.text !== x.lower && x.sent === t.sent;
  if (p.text === '-' && !p.space && !t.space) return capWord(toks[j - 2]) && !toks[j - 2]!.first;
  return t.space && capWord(p) && !MONTH_SET.has(p.lower) && (toks[j + 1]!.kind === 'word' || toks[j + 1]!.text === '-');
}

/**
 * Whether the word at token `j` is glued by a hyphen to a word before or after it ("so-called", "out-of-work"):
 * hyphen and words with no space between them, in one sentence.
 */
function inHyphenCompound(toks: readonly QTok[], j: number): boolean {
  const t = toks[j]!;
  const glued = (h: QTok | undefined, w: QTok | undefined): boolean => h !== undefined && w !== undefined && h.text === '-' && h.sent === t.sent
    && w.sent === t.sent && w.kind === 'word';
  const a = toks[j + 1]; const b = toks[j + 2];
  if (glued(a, b) && !a!.space && !b!.space) return true;
  const p = toks[j - 1]; const q = toks[j - 2];
  return glued(p, q) && !t.space && !p!.space;
}

/** Words glued after a dash that start a new phrase: the dash is punctuation ("30 villages-a blow to the government"). */
const DASH_BREAK_WORDS = readWordSet('quantity-dash-break-words.txt');
/**
 * Token `h` is a hyphen touching the words on both sides of it, in one sentence ("gas-fired") — not a dash typed
 * without spaces before an article, determiner or pronoun ("12 tanks-the heaviest losses yet").
 */
function hyphenBefore(toks: readonly QTok[], h: number): boolean {
  const t = toks[h]; const w = toks[h + 1];
  return t !== undefined && w !== undefined && t.text === '-' && !t.space && !w.space && w.kind === 'word' && w.sent === t.sent
    && !DASH_BREAK_WORDS.has(w.lower);
}

/** Words a time word glued before them makes an age or a length of ("year-old", "hour-long"), no modifier. */
const TIME_GLUE_STOPS = readWordSet('quantity-time-glue-stops.txt');
/**
 * Token `j` is glued by a hyphen to a word after it in its sentence ("second-hand"), that word no age or length — or an
 * age or a length of a plural noun right after it ("two hour-long meetings", "five decade-old cases": the number counts
 * the meetings; "a 6 year-old boy", "6 year-olds" stay an age).
 */
export function gluedOnward(toks: readonly QTok[], j: number): boolean {
  const h = toks[j + 1]; const w = toks[j + 2];
  if (!(h !== undefined && w !== undefined && h.text === '-' && !h.space && !w.space && h.sent === toks[j]!.sent && w.sent === h.sent
    && w.kind === 'word')) return false;
  if (!TIME_GLUE_STOPS.has(w.lower) || w.lower.endsWith('s')) return !TIME_GLUE_STOPS.has(w.lower);
  const n = toks[j + 3];
  return n !== undefined && n.sent === w.sent && n.kind === 'word' && n.text === n.lower && isPlural(n.lower);
}

export interface CountedNoun {
  unit: string;
  /** The noun as written, lower-cased ("bulletproof cars" keeps only "cars"). */
  noun: string;
  /** Last token of the noun. */
  end: number;
  rule: string;
}

const MAX_MODIFIERS = 3;
/** The conjunctions after a suspended hyphen ("coal- and gas-fired", "small- or medium-sized", "two- to three-bedroom"). */
const SUSPENDED_JOINS: ReadonlySet<string> = new Set(['and', 'or', 'to']);

/**
 * The noun a number counts, searched from token `i` over up to three modifiers:
 * "20 bulletproof cars" → car, "250,000 Libyans" → person, "3,800 killed" → person.
 * Undefined when the number is followed by a time unit, punctuation or a function word first.
 */
export function countedNoun(toks: readonly QTok[], i: number, value: number): CountedNoun | undefined {
  let lastWord = -1;
  for (let j = i, n = 0; j < toks.length && n <= MAX_MODIFIERS; j++) {
    const t = toks[j];
    if (t.sent !== toks[i].sent || (j > i && t.newline)) break;
    // "search-and-rescue teams", "bullet-proof": hyphens inside a compound modifier
    // (a hyphenated modifier counts once: "three Israeli-made armoured personnel carriers")
    if (t.kind === 'sym' && t.text === '-' && !t.space && j + 1 < toks.length && !toks[j + 1].space && j > i) { n--; continue; }
    // "1,500 coal- and gas-fired power plants", "8 million low- and middle-income Americans": a suspended hyphen — a
    // modifier's first part glued to a hyphen, then "and", "or" or "to" and the modifier it shares its second part with
    if (t.kind === 'sym' && t.text === '-' && !t.space && j > i && toks[j - 1]!.kind === 'word' && SUSPENDED_JOINS.has(toks[j + 1]?.lower ?? '') &&
      toks[j + 1]!.space && toks[j + 1]!.sent === t.sent && toks[j + 2]?.kind === 'word' && toks[j + 2]!.space) { j++; continue; }
    // "three C-130 aircraft", "171 Boeing 737 Max 9 jets": the figure of a model name goes on the phrase
    if (t.kind === 'num' && j > i && modelFigure(toks, j)) continue;
    if (t.kind !== 'word') break;
    const w = t.lower;
    // "four Royal Air Force Typhoon jets": the words of a name inside the phrase count as one modifier
    if (j > i + 1 && t.text !== w && toks[j - 1]!.kind === 'word' && toks[j - 1]!.text !== toks[j - 1]!.lower && !STOP.has(w)) n--;
    // "two earlier adjournments", "three more bodies": a comparative before a plural noun
    if ((w === 'earlier' || w === 'later' || w === 'more') && toks[j + 1]?.kind === 'word' && isPlural(toks[j + 1].lower) && toks[j + 1].space) { n++; continue; }
    // "18 such cases": a determiner-like word right after the number, before a plural noun (data/lexicon/quantity-noun-premodifiers.txt)
    if (j === i && PREMODIFIERS.has(w) && toks[j + 1]?.kind === 'word' && toks[j + 1]!.sent === t.sent && isPlural(toks[j + 1]!.lower) && !STOP.has(toks[j + 1]!.lower) && toks[j + 1]!.space) { n++; continue; }
    // "two silver and four bronze": a stand-in that ends its phrase
    // (only with a medal cue near: "The jeweller sold 3 gold" is no medal count)
    const standIn = j === i && STAND_INS.has(w) && !nextWordGoesOn(toks, j) ? standInUnit(toks, j) : undefined;
    if (standIn) return { unit: standIn, noun: w, end: j, rule: 'count:stand-in' };
    // "344 so-called failures", "five off-duty officers", "12 out-of-work miners": a function word inside a
    // hyphenated modifier is part of it (glued by a hyphen on either side), not the end of the phrase
    if (STOP.has(w) && !TIMES.has(w) && inHyphenCompound(toks, j)) { lastWord = j; n++; continue; }
    // "three second-hand submarines", "two day-to-day tasks": a time word glued by a hyphen to the word after it is a
    // modifier (not "year-old" or "hour-long": an age or a length, read elsewhere)
    if (TIMES.has(w) && !STOP.has(w) && gluedOnward(toks, j)) { lastWord = j; n++; continue; }
    if (STOP.has(w) || TIMES.has(w)) break;
    // ("10 affected provinces", "three displaced families": a participle before a plural noun modifies it)
    const nx = toks[j + 1];
    const modifies = nx !== undefined && nx.kind === 'word' && nx.space && nx.sent === t.sent && nx.text === nx.lower && isPlural(nx.lower) && !TIMES.has(nx.lower);
    if (j === i && PERSON_PARTICIPLE_SET.has(w) && !modifies) return { unit: 'person', noun: w, end: j, rule: 'count:person-participle' };
    // "Two drown in Peru", "Three die as bus plunges": a verb only people do, right after the figure
    if (j === i && PERSON_VERBS_AFTER.has(w) && t.text === w) return { unit: 'person', noun: w, end: j, rule: 'count:person-verb' };
    // "the 1999 shooting death": a singular person noun only counts one
    // ("two sources of revenue", "12 contacts on each side": an ambiguous plural with no cue of people keeps its noun)
    if (AMBIGUOUS_PEOPLE.has(w) && !modifierPlural(toks, j) && !ambiguousPerson(toks, j)) return { unit: singular(w), noun: w, end: j, rule: 'count:plural-noun' };
    if (PERSON.has(w) && (value === 1 || isPlural(w)) && !modifierPlural(toks, j)) return { unit: 'person', noun: w, end: j, rule: 'count:person-noun' };
    // "Gunmen killed three judges": a thing that counts people when a word of harm governs it (finding 4)
    if (HARM_PEOPLE.has(w) && !modifierPlural(toks, j) && harmGoverns(toks, i, j)) return { unit: 'person', noun: w, end: j, rule: 'count:person-noun' };
    const cap = t.text !== w;
    // "three Lebanese civilians": a nationality before a plural noun is its modifier, the span runs on
    // (a capitalised plural right after a model figure names the model: "115 of the new Boeing 787 Dreamliners")
    const modelName = cap && j > i && toks[j - 1]!.kind === 'num' && modelFigure(toks, j - 1);
    if (cap && !modelName && ((w.endsWith('s') && DEMONYM_RE.test(w)) || GROUPS.has(w)) && !modifierPlural(toks, j)) return { unit: 'person', noun: w, end: j, rule: 'count:demonym' };
    // ("1,500 gas-fired plants", "two sales-led firms": a word glued by a hyphen to the word after it modifies, it heads nothing)
    if (isPlural(w) && !modifierPlural(toks, j) && !hyphenBefore(toks, j + 1)) {
      if (personByEnding(w) && !modelName) return { unit: 'person', noun: w, end: j, rule: 'count:person-ending' };
      // "health workers", "crew members": a person head after a modifier
      if (PERSON.has(w)) return { unit: 'person', noun: w, end: j, rule: 'count:person-noun' };
      const sing = singular(w);
      if (lastWord >= 0) {
        const compound = `${toks[lastWord].lower} ${sing}`;
        if (COMPOUNDS.has(compound)) return { unit: compound, noun: `${toks[lastWord].lower} ${w}`, end: j, rule: 'count:compound' };
      }
      return { unit: sing, noun: w, end: j, rule: 'count:plural-noun' };
    }
    lastWord = j;
    n++;
  }
  // a singular count ("1 car", "one dam"): the last word of the run is the noun
  if (value === 1 && lastWord >= 0) {
    const w = toks[lastWord].lower;
    return { unit: PERSON.has(w) ? 'person' : w, noun: w, end: lastWord, rule: 'count:singular-noun' };
  }
  return undefined;
}
