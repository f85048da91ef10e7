// Cue words of the checks, as data. Regexes are built from these lists at module load.
import { alternation, phrasePattern } from '../../core/regex.js';

/** Words that introduce the list of what a count counts ("three countries: …", "including …"). */
export const LIST_INTROS: readonly string[] = [':', '—', '–', 'namely', 'comprising', 'consisting of', 'including', 'such as', 'among them', 'covering'];
/** Introducers that make the list a subset of the count. */
export const SUBSET_INTROS: readonly string[] = ['including', 'such as', 'among them'];
/** Verbs and relatives that end a list ("… and Italy were …"). */
export const LIST_ENDERS: readonly string[] = ['were', 'was', 'are', 'is', 'have', 'has', 'had', 'who', 'which', 'that', 'said', 'says', 'will', 'would'];
/** Words that cannot be inside a list item of names or bare nouns. */
export const FUNCTION_WORDS: readonly string[] = ['where', 'when', 'who', 'which', 'that', 'the', 'a', 'an', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'you', 'we', 'they', 'he', 'she', 'it', 'i'];
/** After a number: it is the total of the parts before it ("five casualties", "12 in all"). */
export const TOTAL_AFTER: readonly string[] = ['casualties', 'victims', 'in total', 'in all', 'altogether', 'combined', 'overall'];
/** Before a number: it is a total ("a total of 12"). */
export const TOTAL_BEFORE: readonly string[] = ['total of', 'totalling', 'totaling', 'in all', 'altogether', 'total'];
/** Before a number: a running total the figures before it add to ("bringing the toll to 5,470"); it may count earlier
 * figures too, so it is reported only when the parts agree. */
export const CUMULATIVE_BEFORE: readonly string[] = [
  'bringing the toll to', 'bringing the death toll to', 'bringing the total to', 'bringing the number to', 'raising the toll to',
  'raising the death toll to', 'raising the total to', 'taking the toll to', 'taking the death toll to', 'taking the total to',
  'pushing the toll to', 'pushing the death toll to', 'bringing the number of casualties to', 'bringing the casualty toll to',
  'bringing the number of dead to', 'bringing the number of victims to', 'bringing the number of casualties to at least', 'bringing the total number of casualties to',
];
/** After a total: the parts that follow are a subset ("64 people, including …"). */
export const SUBSET_CUES: readonly string[] = ['including', 'among them', 'of whom', 'included', 'include', 'includes'];
/** After a total, before its parts: the parts make up the whole ("The 11 victims were six men and five women"). */
export const MADE_OF: readonly string[] = ['were', 'are', 'comprised', 'consisted of', 'comprise', 'consist of', 'comprising', 'consisting of', 'broke down into'];

/** People named in a group by their members ("two men and a woman", "three children and an adult"). */
export const GROUP_PERSON_NOUNS: readonly string[] = [
  'men', 'man', 'women', 'woman', 'boys', 'boy', 'girls', 'girl', 'children', 'child', 'adults', 'adult', 'teenagers', 'teenager',
  'teens', 'teen', 'babies', 'baby', 'infants', 'infant', 'toddlers', 'toddler', 'minors', 'minor', 'sons', 'son', 'daughters', 'daughter',
];
/** What a group of people is counted as afterwards ("the three suspects", "all five victims"). */
export const GROUP_TOTAL_NOUNS: readonly string[] = [
  'suspects', 'victims', 'people', 'men', 'women', 'children', 'passengers', 'survivors', 'hostages', 'detainees', 'prisoners',
  'defendants', 'casualties', 'dead', 'injured', 'climbers', 'hikers', 'tourists', 'workers', 'miners', 'crew members', 'students',
  'family members', 'siblings', 'friends', 'migrants', 'fishermen', 'soldiers', 'officers', 'patients', 'members', 'adults',
];
/** After a part of "Of the 40 passengers, 25 were …": the verbs that tell what the part was or did. */
export const OF_THE_PART_VERBS: readonly string[] = [
  'were', 'was', 'are', 'is', 'had', 'have', 'came', 'come', 'died', 'survived', 'remain', 'remained', 'remain', 'returned',
  'voted', 'backed', 'opposed', 'abstained', 'escaped', 'fled', 'stayed', 'went', 'held', 'hold', 'said', 'worked', 'lived',
];

/** Words near a year that make it the start of a span ("the launch … in 2016", "previous trip … in 2019"). */
export const START_CUES: readonly string[] = [
  'launch', 'launched', 'began', 'begun', 'started', 'start', 'since', 'previous', 'previously', 'last', 'founded', 'built',
  'opened', 'established', 'departed', 'left', 'set off', 'first', 'took office', 'took power', 'came to power',
  'seized power', 'elected', 'appointed', 'sworn in', 'inaugurated', 'formed', 'created', 'signed', 'joined', 'married',
  'invaded', 'annexed', 'imprisoned', 'jailed', 'arrested', 'detained', 'exiled', 'fled', 'closed', 'banned', 'introduced',
];
/**
 * Start cues grouped with the verbs of the state they begin, for "has VERBed for N years" (after "has been", the word
 * after it: "in office", "jailed"). A start cue outside every group fits any verb.
 */
export const SPAN_VERB_GROUPS: ReadonlyArray<{ cues: readonly string[]; verbs: readonly string[] }> = [
  {
    cues: ['took office', 'took power', 'came to power', 'seized power', 'elected', 'appointed', 'sworn in', 'inaugurated'],
    verbs: ['ruled', 'led', 'served', 'governed', 'held', 'run', 'headed', 'presided', 'reigned', 'office', 'power', 'president',
      'prime', 'leader', 'chief', 'chairman', 'chair', 'governor', 'mayor', 'minister', 'ceo', 'charge', 'dominated', 'controlled'],
  },
  {
    cues: ['founded', 'built', 'opened', 'established', 'formed', 'created', 'launched'],
    verbs: ['existed', 'operated', 'operating', 'open', 'around', 'business', 'run', 'stood', 'served', 'worked', 'working', 'active',
      'produced', 'made', 'sold', 'flown', 'flying', 'used', 'service', 'operation'],
  },
  {
    cues: ['imprisoned', 'jailed', 'arrested', 'detained', 'exiled', 'fled'],
    verbs: ['prison', 'jail', 'jailed', 'detention', 'detained', 'custody', 'exile', 'exiled', 'held', 'bars', 'spent', 'languished',
      'remained', 'lived', 'imprisoned', 'hiding', 'refuge', 'abroad'],
  },
  { cues: ['married'], verbs: ['married', 'together', 'wed'] },
];
/** Cues that mark the year as the previous occasion of a "first … in N years". */
export const PREVIOUS_CUES: readonly string[] = ['previous', 'previously', 'last'];
/**
 * Words before a year that date an earlier occasion of the same kind as a "first trip/visit/meeting in N years"
 * ("The president visited Japan in 2019 … his first trip to the country in over four years").
 */
export const OCCASION_CUES: readonly string[] = [
  'visited', 'visit', 'visits', 'trip', 'trips', 'travelled', 'traveled', 'toured', 'tour', 'went', 'met', 'meeting', 'meet',
  'summit', 'talks', 'held', 'hosted', 'played', 'won', 'competed', 'appeared', 'performed', 'stayed', 'attended',
];
/** Words before "N years" that make it a span running up to the report ("lasted seven years"). */
export const SPAN_CUES: readonly string[] = [
  'lasted', 'lasting', 'took', 'taken', 'spanned', 'spanning', 'journey', 'voyage', 'mission', 'trip', 'visit',
  'for the first time in', 'since', 'after', 'celebrated', 'celebrates', 'celebrating', 'marks', 'marked', 'marking',
  'in power for', 'in office for', 'in prison for', 'in jail for', 'in exile for', 'in detention for', 'in custody for',
];
/** "has ruled for nine years", "have lived there for 20 years": a present perfect with "for" runs up to the report. */
export const PERFECT_FOR_RE_SOURCE = String.raw`\b(?:has|have|had)\s+(?:(?:not|never|already|been|now|long|lived|ruled|served|led|worked|governed|stood|run|held|remained|stayed|existed|operated|[a-z]+ed)\s+){0,4}(?:[a-z]+\s+){0,3}for\s*$`;
/** Words right after an ordinal that make it an anniversary ("75th anniversary", "50th birthday"). */
export const ANNIVERSARY_WORDS: readonly string[] = ['anniversary', 'anniversaries', 'birthday', 'jubilee', 'commemoration'];
/** Ordinals written as words, for anniversaries ("the fiftieth anniversary"). */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, fifteenth: 15, twentieth: 20, 'twenty-fifth': 25, thirtieth: 30, fortieth: 40,
  fiftieth: 50, sixtieth: 60, 'sixty-fifth': 65, seventieth: 70, 'seventy-fifth': 75, eightieth: 80, ninetieth: 90,
  hundredth: 100, centenary: 100, centennial: 100, bicentenary: 200, bicentennial: 200,
};

/** A sentence about a journey. */
export const JOURNEY_WORDS: readonly string[] = [
  'journey', 'trip', 'travel', 'travels', 'travelled', 'traveled', 'route', 'drive', 'ride', 'voyage', 'flight', 'train', 'convoy', 'trek',
  'sail', 'sailed', 'crossing', 'drove', 'flew', 'walked', 'marched', 'motorcade', 'ferry', 'commute', 'journeyed',
  // a race or a stage covered at an average speed ("averaged 42 km/h over the 180 km stage")
  'averaged', 'average speed', 'covered', 'covers', 'stage', 'leg', 'lap', 'laps',
];
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
export const DESTINATION_CUES: readonly string[] = ['to', 'towards', 'toward', 'for', 'reach', 'reached', 'reaching', 'arrive in', 'arrived in', 'arriving in', 'bound for'];
/** Before a place: the origin ("has left Pyongyang"). */
export const ORIGIN_CUES: readonly string[] = ['from', 'left', 'leaving', 'leaves', 'departed', 'departing', 'departs', 'set off from', 'out of'];

/** "a|b c" alternation, longest first, words escaped. */
export function alt(words: readonly string[]): string {
  return alternation(words, phrasePattern);
}

/** Words before a year that date the making of a thing whose age is given ("the 75-year-old alliance, founded in 1949"). */
export const MADE_CUES: readonly string[] = [
  'founded', 'established', 'formed', 'created', 'built', 'opened', 'launched', 'set up', 'signed', 'inaugurated',
  'completed', 'constructed', 'erected', 'dating from', 'dating back to', 'dates from', 'dates back to', 'first published',
];
/** Words before a year that date the start of a state whose length is given ("the 12-year war, which began in 2011"). */
export const BEGAN_CUES: readonly string[] = [
  'began', 'begun', 'started', 'erupted', 'broke out', 'since', 'launched', 'took office', 'took power', 'came to power',
  'seized power', 'founded', 'established', 'opened', 'started in', 'kicked off',
];
/** Words between a duration and something else it is counted from or to: the duration is not the span of a range. */
export const OFFSET_WORDS: readonly string[] = ['after', 'since', 'before', 'ago', 'later', 'earlier', 'until', 'when', 'once', 'from now'];
/** Things whose age ("the 75-year-old alliance") is counted from the year they were made, founded or signed. */
export const THING_HEADS: readonly string[] = [
  'alliance', 'treaty', 'pact', 'accord', 'agreement', 'organisation', 'organization', 'union', 'bloc', 'party', 'movement',
  'company', 'firm', 'business', 'brand', 'chain', 'group', 'bank', 'newspaper', 'magazine', 'paper', 'station', 'channel',
  'festival', 'competition', 'tournament', 'race', 'institution', 'institute', 'university', 'school', 'college', 'museum',
  'charity', 'foundation', 'club', 'band', 'show', 'programme', 'program', 'series', 'law', 'constitution', 'regime', 'republic',
  'building', 'bridge', 'dam', 'tower', 'church', 'cathedral', 'mosque', 'temple', 'stadium', 'plant', 'reactor', 'factory',
  'mill', 'mine', 'railway', 'line', 'tunnel', 'canal', 'road', 'highway', 'pipeline', 'ship', 'vessel', 'aircraft', 'plane',
  'jet', 'satellite', 'probe', 'telescope', 'house', 'home', 'hotel', 'theatre', 'theater', 'market', 'hospital',
];

/** After the parts of a list, before (or after) the number: it is their total ("…, 25 in all", "for a total of 25"). */
export const ENUM_TOTAL_BEFORE: readonly string[] = ['for a total of', 'a total of', 'making', 'bringing the total to', 'bringing the tally to', 'totalling', 'totaling'];
export const ENUM_TOTAL_AFTER: readonly string[] = ['in all', 'in total', 'altogether', 'combined', 'overall', 'all told'];
/** Words before a tally ("voted 13-0", "by 220 votes to 212") that make it a vote, not a score. */
export const VOTE_CUES: readonly string[] = [
  'vote', 'votes', 'voted', 'voting', 'ballot', 'passed', 'approved', 'adopted', 'rejected', 'defeated', 'ruled', 'ruling',
  'decision', 'verdict', 'confirmed', 'endorsed', 'elected', 're-elected', 'carried',
];
/** Bodies that vote, for "the nine-member court", "all 100 senators", "of the 15 members". */
export const VOTING_MEMBERS: readonly string[] = [
  'members', 'senators', 'judges', 'justices', 'lawmakers', 'legislators', 'mps', 'deputies', 'councillors', 'councilors',
  'jurors', 'commissioners', 'directors', 'delegates', 'representatives', 'governors', 'cardinals', 'ministers', 'states', 'nations', 'countries',
];
/** Cues of a breakdown of votes or opinions, for two shares that should not exceed the whole ("52% to 48%"). */
export const SHARE_CUES: readonly string[] = [
  'vote', 'votes', 'voted', 'ballot', 'ballots', 'poll', 'polls', 'survey', 'referendum', 'election', 'runoff', 'run-off', 'won', 'beat', 'defeated', 'backed', 'support',
];
/** Words that make "since DATE" the previous occasion of a record or a first ("the highest since 2008", "the first … since 2019"). */
export const RECORD_WORDS: readonly string[] = [
  'first', 'highest', 'lowest', 'biggest', 'largest', 'smallest', 'worst', 'best', 'most', 'least', 'fewest', 'strongest',
  'weakest', 'deadliest', 'fastest', 'slowest', 'longest', 'shortest', 'hottest', 'coldest', 'wettest', 'driest', 'only', 'last',
];

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
export const HOUR_WORDS: readonly string[] = ['hours', 'hour', 'hrs', 'hr'];

/** Verbs and adverbs of a figure that grows ("rose 12% to …", "up from …"). */
export const CHANGE_UP: readonly string[] = [
  'rose', 'rise', 'rises', 'rising', 'risen', 'increased', 'increase', 'increases', 'increasing', 'grew', 'grow', 'grows', 'growing', 'grown',
  'jumped', 'jumps', 'jump', 'climbed', 'climbs', 'climb', 'surged', 'surges', 'soared', 'soars', 'gained', 'gains', 'advanced', 'advances',
  'raised', 'raises', 'raising', 'lifted', 'lifts', 'boosted', 'boosts', 'widened', 'widens', 'swelled', 'swell', 'expanded', 'expands',
  'gaining', 'climbing', 'jumping', 'surging', 'soaring', 'advancing', 'added', 'adding', 'adds', 'went up', 'go up', 'goes up', 'edged up', 'edging up', 'ticked up', 'shot up', 'spiked', 'doubled', 'tripled', 'up', 'higher',
];
/** Verbs and adverbs of a figure that shrinks ("fell 5% to …", "down from …"). */
export const CHANGE_DOWN: readonly string[] = [
  'fell', 'fall', 'falls', 'falling', 'fallen', 'dropped', 'drop', 'drops', 'dropping', 'declined', 'decline', 'declines', 'declining',
  'decreased', 'decrease', 'decreases', 'slipped', 'slips', 'slid', 'slides', 'sank', 'sinks', 'plunged', 'plunges', 'plummeted',
  'tumbled', 'tumbles', 'shrank', 'shrinks', 'contracted', 'eased', 'eases', 'lost', 'loses', 'shed', 'sheds', 'cut', 'cuts', 'cutting',
  'losing', 'shedding', 'sliding', 'sinking', 'plunging', 'tumbling', 'slipping', 'dipping', 'reduced', 'reduces', 'lowered', 'lowers', 'slashed', 'slashes', 'narrowed', 'narrows', 'dipped', 'dips', 'retreated', 'went down',
  'edged down', 'edged lower', 'ticked down', 'halved', 'down', 'lower',
];
/** Nouns of a change and its size ("an increase of 30%", "a 5% drop"). */
export const CHANGE_NOUNS: readonly string[] = [
  'increase', 'rise', 'jump', 'gain', 'growth', 'surge', 'hike', 'climb', 'drop', 'fall', 'decline', 'decrease', 'slide', 'cut',
  'reduction', 'loss', 'plunge', 'dip', 'slump', 'contraction', 'swing', 'improvement', 'uptick', 'downturn', 'markup', 'mark-up',
];
/** After a figure: it is the threshold of a majority ("the 272 needed for a majority"). */
export const MAJORITY_CUES: readonly string[] = [
  'needed for a majority', 'needed for an outright majority', 'needed for an absolute majority', 'needed for a simple majority',
  'needed for a governing majority', 'needed for a working majority', 'needed for a parliamentary majority', 'needed to govern alone',
  'required for a majority', 'required for an outright majority', 'required for an absolute majority', 'needed to form a government',
  'needed for a majority government', 'needed to control the chamber', 'needed to control the house', 'needed to win a majority',
  'required to form a government', 'required for a simple majority', 'needed for control', 'for a majority',
  'majority mark', 'majority threshold', 'seats needed to govern', 'for an outright majority', 'for an absolute majority',
  // a threshold told with another adjective, or a passive "are needed" after the seats (not "to win a majority", "to
  // secure a majority": "won 200 seats to secure a majority" is a result above the threshold, not the threshold)
  'for a simple majority', 'for a working majority', 'for a governing majority', 'for a parliamentary majority',
  'are needed for a majority', 'are required for a majority', 'is needed for a majority', 'are needed to form a government',
];
/** After an amount: it is the price of one ("or $50 each", "$12 a share"). */
export const PER_UNIT_CUES: readonly string[] = ['each', 'apiece', 'a head', 'per head', 'per person', 'a piece', 'per share', 'a share', 'per unit', 'a unit', 'per ticket', 'a ticket', 'per vehicle', 'per car', 'per tonne', 'a tonne', 'per barrel', 'a barrel', 'per dose', 'a dose'];

/**
 * What a definite count of named things is called when it points back at the names ("Biden and Xi met … the two
 * leaders", "Egypt and Jordan … the two countries"), by the entity type the names must have.
 */
export const NAMED_GROUP_NOUNS: Readonly<Record<'PERSON' | 'GPE' | 'ORG', readonly string[]>> = {
  PERSON: ['leaders', 'men', 'women', 'presidents', 'ministers', 'politicians', 'candidates', 'players', 'officials', 'brothers', 'sisters', 'suspects', 'rivals', 'heads of state', 'lawmakers', 'senators', 'journalists', 'activists'],
  GPE: ['countries', 'nations', 'states', 'neighbours', 'neighbors', 'cities', 'capitals', 'governments', 'allies', 'provinces', 'regions'],
  ORG: ['companies', 'firms', 'groups', 'parties', 'banks', 'carriers', 'airlines', 'organisations', 'organizations', 'agencies', 'clubs', 'teams', 'unions', 'automakers', 'lenders', 'retailers'],
};

/** Between or before two shares that complete one whole, words of a split besides the verbs of voting and holding
 * ("Women make up 51% of the population and men 49%", "Turnout was 68%, meaning 32% stayed home"). */
export const COMPLEMENT_CUES: readonly string[] = [
  'make up', 'makes up', 'made up', 'account for', 'accounts for', 'accounted for', 'comprise', 'comprises', 'comprised',
  'represent', 'represents', 'represented', 'meaning', 'leaving', 'the rest', 'men', 'women', 'male', 'female', 'boys', 'girls',
  'urban', 'rural', 'abstained', 'abstain', 'stayed home', 'stayed away', 'did not vote', "didn't vote", 'turnout', 'said no',
  'said yes', 'voted no', 'voted yes', 'in favour', 'in favor', 'disapprove', 'disapproved', 'approve', 'approved',
];
/** Before a figure: it is what is left of a whole once a part is taken ("leaving 8,800", "the other 100"). */
export const REST_CUES: readonly string[] = [
  'leaving', 'leaving only', 'leaving just', 'leaving it with', 'leaving them with', 'leaving it', 'leaving them', 'the other', 'the remaining', 'the rest', 'the remainder', 'while the other',
  'while the remaining', 'while the rest', 'with the other', 'with the remaining', 'with the rest',
];
