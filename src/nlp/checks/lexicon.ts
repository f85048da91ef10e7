// Cue words of the checks. The word lists are data (data/lexicon/checks-cues.tsv, one phrase a line under the list's
// name, in order); the tables of figures (ordinals, time zones, travel speeds) stay here. Regexes are built from these
// lists at module load.
import { join } from 'node:path';
import { alternation, phrasePattern } from '../../core/regex.js';
import { projectRoot } from '../../core/shared.js';
import { readDataRows } from '../../core/data-rows.js';

const CUE_FILE = 'data/lexicon/checks-cues.tsv';
const CUE_ROWS = readDataRows(join(projectRoot, CUE_FILE));
/**
 * The phrases of list `list` among `rows` (list, phrase) of `file`, in row order. A missing list is a broken install;
 * a phrase written twice in one list is an editing slip (the second copy does nothing, and a later edit of one copy
 * leaves the other behind), so both throw, naming the list and the phrase.
 */
export function cueList(rows: readonly string[][], list: string, file = CUE_FILE): readonly string[] {
  const out = rows.filter((r) => r[0] === list).map((r) => r[1] ?? '');
  if (!out.length) throw new Error(`${file}: no list ${list}`);
  const seen = new Set<string>();
  for (const p of out) {
    if (seen.has(p)) throw new Error(`${file}: list ${list} holds "${p}" twice`);
    seen.add(p);
  }
  return out;
}
/** The phrases of one list of data/lexicon/checks-cues.tsv, in file order (see cueList: a missing list or a repeated phrase throws). */
export function cues(list: string): readonly string[] {
  return cueList(CUE_ROWS, list);
}

/** Words that introduce the list of what a count counts ("three countries: …", "including …"). */
export const LIST_INTROS: readonly string[] = cues('LIST_INTROS');
/** Introducers that make the list a subset of the count. */
export const SUBSET_INTROS: readonly string[] = cues('SUBSET_INTROS');
/** Verbs and relatives that end a list ("… and Italy were …"). */
export const LIST_ENDERS: readonly string[] = cues('LIST_ENDERS');
/** Words that cannot be inside a list item of names or bare nouns. */
export const FUNCTION_WORDS: readonly string[] = cues('FUNCTION_WORDS');
/** After a number: it is the total of the parts before it ("five casualties", "12 in all"). */
export const TOTAL_AFTER: readonly string[] = cues('TOTAL_AFTER');
/** Before a number: it is a total ("a total of 12"). */
export const TOTAL_BEFORE: readonly string[] = cues('TOTAL_BEFORE');
/** Before a number: a running total the figures before it add to ("bringing the toll to 5,470"); it may count earlier
 * figures too, so it is reported only when the parts agree. */
export const CUMULATIVE_BEFORE: readonly string[] = cues('CUMULATIVE_BEFORE');
/** After a total: the parts that follow are a subset ("64 people, including …"). */
export const SUBSET_CUES: readonly string[] = cues('SUBSET_CUES');
/** After a total, before its parts: the parts make up the whole ("The 11 victims were six men and five women"). */
export const MADE_OF: readonly string[] = cues('MADE_OF');

/** People named in a group by their members ("two men and a woman", "three children and an adult"). */
export const GROUP_PERSON_NOUNS: readonly string[] = cues('GROUP_PERSON_NOUNS');
/** What a group of people is counted as afterwards ("the three suspects", "all five victims"). */
export const GROUP_TOTAL_NOUNS: readonly string[] = cues('GROUP_TOTAL_NOUNS');
/** After a part of "Of the 40 passengers, 25 were …": the verbs that tell what the part was or did. */
export const OF_THE_PART_VERBS: readonly string[] = cues('OF_THE_PART_VERBS');

/** Words near a year that make it the start of a span ("the launch … in 2016", "previous trip … in 2019"). */
export const START_CUES: readonly string[] = cues('START_CUES');
/**
 * Start cues grouped with the verbs of the state they begin, for "has VERBed for N years" (after "has been", the word
 * after it: "in office", "jailed"). A start cue outside every group fits any verb.
 */
export const SPAN_VERB_GROUPS: ReadonlyArray<{ cues: readonly string[]; verbs: readonly string[] }> = [1, 2, 3, 4].map((n) => ({
  cues: cues(`SPAN_VERB_GROUPS.${n}.cues`), verbs: cues(`SPAN_VERB_GROUPS.${n}.verbs`),
}));
/** Cues that mark the year as the previous occasion of a "first … in N years". */
export const PREVIOUS_CUES: readonly string[] = cues('PREVIOUS_CUES');
/** Superlatives that make "… in N years" a record like "first … in N years"; and the words that break that reading. */
export const RECORD_IN_WORDS: readonly string[] = cues('RECORD_IN_WORDS');
export const RECORD_IN_BREAKS: readonly string[] = cues('RECORD_IN_BREAKS');
/**
 * Words before a year that date an earlier occasion of the same kind as a "first trip/visit/meeting in N years"
 * ("The president visited Japan in 2019 … his first trip to the country in over four years").
 */
export const OCCASION_CUES: readonly string[] = cues('OCCASION_CUES');
/** Words before "N years" that make it a span running up to the report ("lasted seven years"). */
export const SPAN_CUES: readonly string[] = cues('SPAN_CUES');
/** "has ruled for nine years", "have lived there for 20 years": a present perfect with "for" runs up to the report. */
export const PERFECT_FOR_RE_SOURCE = String.raw`\b(?:has|have|had)\s+(?:(?:not|never|already|been|now|long|lived|ruled|served|led|worked|governed|stood|run|held|remained|stayed|existed|operated|[a-z]+ed)\s+){0,4}(?:[a-z]+\s+){0,3}for\s*$`;
/** Words right after an ordinal that make it an anniversary ("75th anniversary", "50th birthday"). */
export const ANNIVERSARY_WORDS: readonly string[] = cues('ANNIVERSARY_WORDS');
/** Ordinals written as words, for anniversaries ("the fiftieth anniversary"). */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, fifteenth: 15, twentieth: 20, 'twenty-fifth': 25, thirtieth: 30, fortieth: 40,
  fiftieth: 50, sixtieth: 60, 'sixty-fifth': 65, seventieth: 70, 'seventy-fifth': 75, eightieth: 80, ninetieth: 90,
  hundredth: 100, centenary: 100, centennial: 100, bicentenary: 200, bicentennial: 200,
};

/** A sentence about a journey. */
export const JOURNEY_WORDS: readonly string[] = cues('JOURNEY_WORDS');
/** Travel modes and the average speeds (km/h, door to door) a journey by each can plausibly have. */
export const MODE_SPEEDS: ReadonlyArray<{ mode: string; words: readonly string[]; min: number; max: number }> = [
  { mode: 'on foot', words: ['walked', 'walking', 'walk', 'on foot', 'marched', 'march', 'hiked', 'trek', 'trekked'], min: 1, max: 10 },
  { mode: 'by sea', words: ['ship', 'ferry', 'boat', 'vessel', 'sailed', 'sail', 'voyage', 'tanker', 'freighter', 'cruise'], min: 3, max: 80 },
  { mode: 'by air', words: ['flight', 'flew', 'fly', 'plane', 'jet', 'aircraft', 'airliner', 'helicopter'], min: 100, max: 1100 },
  { mode: 'by rail', words: ['train', 'rail', 'railway', 'railroad'], min: 15, max: 350 },
  { mode: 'by road', words: ['drive', 'drove', 'driven', 'car', 'bus', 'truck', 'lorry', 'convoy', 'motorcade', 'road', 'highway'], min: 5, max: 150 },
];
/** A journey noun and the mode it names ("flight" is by air); undefined: the noun names none ("trip", "journey"). */
export const JOURNEY_NOUN_MODES: Readonly<Record<string, string | undefined>> = {
  flight: 'by air', drive: 'by road', crossing: 'by sea', voyage: 'by sea', walk: 'on foot', trek: 'on foot',
  journey: undefined, trip: undefined, ride: undefined,
};
/** Any journey, mode unknown: from a slow walk to an airliner. */
export const ANY_MODE = { mode: 'by any means', min: 1, max: 1100 };

/** Before a place: the destination ("journey to Vladivostok"). */
export const DESTINATION_CUES: readonly string[] = cues('DESTINATION_CUES');
/** Before a place: the origin ("has left Pyongyang"). */
export const ORIGIN_CUES: readonly string[] = cues('ORIGIN_CUES');

/** "a|b c" alternation, longest first, words escaped. */
export function alt(words: readonly string[]): string {
  return alternation(words, phrasePattern);
}

/** Words before a year that date the making of a thing whose age is given ("the 75-year-old alliance, founded in 1949"). */
export const MADE_CUES: readonly string[] = cues('MADE_CUES');
/** Words before a year that date the start of a state whose length is given ("the 12-year war, which began in 2011"). */
export const BEGAN_CUES: readonly string[] = cues('BEGAN_CUES');
/** Words between a duration and something else it is counted from or to: the duration is not the span of a range. */
export const OFFSET_WORDS: readonly string[] = cues('OFFSET_WORDS');
/** Things whose age ("the 75-year-old alliance") is counted from the year they were made, founded or signed. */
export const THING_HEADS: readonly string[] = cues('THING_HEADS');

/** After the parts of a list, before (or after) the number: it is their total ("…, 25 in all", "for a total of 25"). */
export const ENUM_TOTAL_BEFORE: readonly string[] = cues('ENUM_TOTAL_BEFORE');
export const ENUM_TOTAL_AFTER: readonly string[] = cues('ENUM_TOTAL_AFTER');
/** Words before a tally ("voted 13-0", "by 220 votes to 212") that make it a vote, not a score. */
export const VOTE_CUES: readonly string[] = cues('VOTE_CUES');
/** Bodies that vote, for "the nine-member court", "all 100 senators", "of the 15 members". */
export const VOTING_MEMBERS: readonly string[] = cues('VOTING_MEMBERS');
/** Cues of a breakdown of votes or opinions, for two shares that should not exceed the whole ("52% to 48%"). */
export const SHARE_CUES: readonly string[] = cues('SHARE_CUES');
/** Words that make "since DATE" the previous occasion of a record or a first ("the highest since 2008", "the first … since 2019"). */
export const RECORD_WORDS: readonly string[] = cues('RECORD_WORDS');

/**
 * Time zone abbreviations as news writes them → their UTC offsets in minutes. An abbreviation that names more than
 * one zone lists every reading ("CST": US Central or China; "IST": India, Israel or Irish summer time; "ET": Eastern
 * standard or daylight time); a conversion fits when any reading does.
 */
export const ZONE_OFFSETS: Readonly<Record<string, readonly number[]>> = {
  GMT: [0], UTC: [0], Z: [0], WET: [0], BST: [60, 360], WEST: [60], CET: [60], CEST: [120], EET: [120], EEST: [180],
  MSK: [180], AST: [180, -240], GST: [240], PKT: [300], IST: [330, 120, 60], NPT: [345], BDT: [360], ICT: [420],
  WIB: [420], HKT: [480], SGT: [480], PHT: [480], AWST: [480], JST: [540], KST: [540], ACST: [570], AEST: [600],
  AEDT: [660], NZST: [720], NZDT: [780], EST: [-300], EDT: [-240], ET: [-300, -240], CST: [-360, 480], CDT: [-300],
  CT: [-360, -300], MST: [-420], MDT: [-360], MT: [-420, -360], PST: [-480], PDT: [-420], PT: [-480, -420],
  AKST: [-540], AKDT: [-480], HST: [-600], BRT: [-180], ART: [-180],
};
/** Words for a length of time in hours ("eight hours", "a 12-hour window"). */
export const HOUR_WORDS: readonly string[] = cues('HOUR_WORDS');

/** Verbs and adverbs of a figure that grows ("rose 12% to …", "up from …"). */
export const CHANGE_UP: readonly string[] = cues('CHANGE_UP');
/** Verbs and adverbs of a figure that shrinks ("fell 5% to …", "down from …"). */
export const CHANGE_DOWN: readonly string[] = cues('CHANGE_DOWN');
/** Nouns of a change and its size ("an increase of 30%", "a 5% drop"). */
export const CHANGE_NOUNS: readonly string[] = cues('CHANGE_NOUNS');
/** After a figure: it is the threshold of a majority ("the 272 needed for a majority"). */
export const MAJORITY_CUES: readonly string[] = cues('MAJORITY_CUES');
/** After an amount: it is the price of one ("or $50 each", "$12 a share"). */
export const PER_UNIT_CUES: readonly string[] = cues('PER_UNIT_CUES');

/**
 * What a definite count of named things is called when it points back at the names ("Biden and Xi met … the two
 * leaders", "Egypt and Jordan … the two countries"), by the entity type the names must have.
 */
export const NAMED_GROUP_NOUNS: Readonly<Record<'PERSON' | 'GPE' | 'ORG', readonly string[]>> = {
  PERSON: cues('NAMED_GROUP_NOUNS.PERSON'), GPE: cues('NAMED_GROUP_NOUNS.GPE'), ORG: cues('NAMED_GROUP_NOUNS.ORG'),
};

/** Between or before two shares that complete one whole, words of a split besides the verbs of voting and holding
 * ("Women make up 51% of the population and men 49%", "Turnout was 68%, meaning 32% stayed home"). */
export const COMPLEMENT_CUES: readonly string[] = cues('COMPLEMENT_CUES');
/** Before a figure: it is what is left of a whole once a part is taken ("leaving 8,800", "the other 100"). */
export const REST_CUES: readonly string[] = cues('REST_CUES');
