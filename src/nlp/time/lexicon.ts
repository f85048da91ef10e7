// Lexicons for the time tagger, as plain data. Regexes are built from these at module load
// (see patterns.ts); nothing here is specific to any article.
import { irregularPast } from '../certainty/irregular.js';

/** Month spellings → month number (1-12). Abbreviations may carry a trailing dot in text. */
export const MONTHS: ReadonlyArray<readonly [string, number]> = [
  ['January', 1], ['Jan', 1], ['February', 2], ['Feb', 2], ['March', 3], ['Mar', 3],
  ['April', 4], ['Apr', 4], ['May', 5], ['June', 6], ['Jun', 6], ['July', 7], ['Jul', 7],
  ['August', 8], ['Aug', 8], ['September', 9], ['Sept', 9], ['Sep', 9], ['October', 10], ['Oct', 10],
  ['November', 11], ['Nov', 11], ['December', 12], ['Dec', 12],
];

/** Month names that are also common English words or given names: need a temporal context. */
export const AMBIGUOUS_MONTHS: readonly string[] = ['May', 'March', 'Mar', 'Jan', 'June', 'April', 'August', 'Jun', 'Dec'];

/** Weekday spellings → ISO weekday (Monday = 1 … Sunday = 7). */
export const WEEKDAYS: ReadonlyArray<readonly [string, number]> = [
  ['Monday', 1], ['Tuesday', 2], ['Wednesday', 3], ['Thursday', 4], ['Friday', 5], ['Saturday', 6], ['Sunday', 7],
  ['Mon', 1], ['Tues', 2], ['Tue', 2], ['Wed', 3], ['Thurs', 4], ['Thur', 4], ['Thu', 4], ['Fri', 5], ['Sat', 6], ['Sun', 7],
];

/** Cardinal number words. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, thousand: 1000, million: 1e6, billion: 1e9,
  a: 1, an: 1, single: 1, dozen: 12, couple: 2,
};

/** Words standing for an unknown count: "several years" → PXY. */
export const VAGUE_COUNT_WORDS: readonly string[] = [
  'several', 'a few', 'few', 'many', 'some', 'a couple of', 'a number of', 'a matter of', 'numerous', 'countless',
  'multiple', 'recent', 'the past few', 'the last few', 'the next few', 'the coming',
];

/** Ordinals → number (for centuries, quarters, halves, day of month). */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, last: 4,
};

/** Calendar units (singular and plural, lower case) → ISO 8601 duration unit. */
export const UNITS: Readonly<Record<string, string>> = {
  second: 'S', seconds: 'S', sec: 'S', secs: 'S',
  minute: 'M', minutes: 'M', min: 'M', mins: 'M',
  hour: 'H', hours: 'H', hr: 'H', hrs: 'H',
  day: 'D', days: 'D', night: 'D', nights: 'D',
  week: 'W', weeks: 'W', fortnight: 'FN', fortnights: 'FN',
  month: 'M', months: 'MO', // 'MO' marks month (vs minute) internally; see unitCode()
  quarter: 'Q', quarters: 'Q',
  year: 'Y', years: 'Y', yr: 'Y', yrs: 'Y',
  decade: 'DE', decades: 'DE', century: 'CE', centuries: 'CE', millennium: 'ML', millennia: 'ML',
};

/**
 * The hours a part of the day named with a day covers, [from, to) on that day's clock ("Saturday evening … at 6:15
 * p.m."), and those of an early or late day (mod START, END: "late on Friday … at 10:15 p.m."); a night's hours
 * past midnight are the next day's and left out.
 */
export const PART_OF_DAY_HOURS: Readonly<Record<string, readonly [number, number]>> = {
  MO: [5, 12], AF: [12, 18], EV: [17, 24], NI: [20, 24], START: [0, 10], END: [18, 24],
};

/** Words that name part of a day → TIMEX3 suffix. */
export const PARTS_OF_DAY: Readonly<Record<string, string>> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI', midday: 'MI',
  daytime: 'DT', dawn: 'MO', dusk: 'EV',
};

/** Seasons → TIMEX3 season code. */
export const SEASONS: Readonly<Record<string, string>> = {
  spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI',
};

/** Frequency adverbs → SET value. */
export const FREQUENCY_ADVERBS: Readonly<Record<string, string>> = {
  hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', fortnightly: 'P2W', monthly: 'P1M',
  quarterly: 'P3M', annually: 'P1Y', yearly: 'P1Y',
};

/** Deictic words with a fixed reference value. Keys are lower case; spans are matched case-insensitively. */
export const REF_WORDS: Readonly<Record<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'>> = {
  now: 'PRESENT_REF', currently: 'PRESENT_REF', current: 'PRESENT_REF', nowadays: 'PRESENT_REF',
  'at present': 'PRESENT_REF', 'at the moment': 'PRESENT_REF', 'these days': 'PRESENT_REF',
  'right now': 'PRESENT_REF', 'for now': 'PRESENT_REF', 'at this time': 'PRESENT_REF', 'the present': 'PRESENT_REF',
  recently: 'PAST_REF', 'more recently': 'PAST_REF', 'most recently': 'PAST_REF', recent: 'PAST_REF', lately: 'PAST_REF', previously: 'PAST_REF',
  'the past': 'PAST_REF', 'in the past': 'PAST_REF', 'once': 'PAST_REF',
  soon: 'FUTURE_REF', 'the future': 'FUTURE_REF', future: 'FUTURE_REF', 'in future': 'FUTURE_REF',
  shortly: 'FUTURE_REF', 'in the near future': 'FUTURE_REF', 'the near term': 'FUTURE_REF', 'the short term': 'FUTURE_REF',
  'the long term': 'FUTURE_REF', 'the time being': 'PRESENT_REF', 'very soon': 'FUTURE_REF',
  'sooner or later': 'FUTURE_REF', 'as soon as possible': 'FUTURE_REF', 'a later date': 'FUTURE_REF',
  'a later time': 'FUTURE_REF', 'a later stage': 'FUTURE_REF',
};

/** Cues that a clause speaks of the future (for weekday/month anchoring). Lower case. */
export const FUTURE_CUES: readonly string[] = [
  'will', "'ll", '’ll', 'shall', 'going to', 'plans to', 'plan to', 'planned to', 'planning to', 'expected',
  'expects', 'expect', 'scheduled', 'set to', 'due to', 'is to', 'are to', 'would', 'upcoming', 'anticipated',
  'intends', 'intend', 'aims', 'hopes', 'hope', 'next', 'coming', "won't", 'won’t', 'ahead', 'tomorrow',
  'planning', 'slated', 'should', 'soon', 'supposed to', 'poised to', 'about to',
  // Scheduling verbs in the present: "the summit opens Monday", "the court meets Tuesday".
  'opens', 'begins', 'starts', 'ends', 'closes', 'meets', 'resumes', 'convenes', 'kicks off', 'takes place', 'is due',
  'are due', 'expires', 'hosts', 'faces', 'heads to', 'travels to', 'returns to', 'is scheduled', 'are scheduled',
  // Payment and validity terms in business news: "payable Jan. 2", "effective Feb. 1".
  'payable', 'effective', 'due', 'scheduled', 'preparing', 'prepare', 'prepares',
  // Forecasts and entry into force: "is forecast to reach the coast on Thursday", "takes effect on January 1".
  'forecast to', 'forecasts', 'predicted to', 'projected to', 'likely to', 'takes effect', 'take effect',
  'comes into force', 'come into force', 'goes into effect', 'enters into force',
  // Plans in the passive: "a memorial service is planned for Sunday".
  'is planned', 'are planned', 'set for', 'slated for',
  // Weather and other forecasts in the passive: "heavy rain is forecast for Saturday", "storms are predicted for Sunday".
  // Not a bare 'forecast for' / 'predicted for': "rain that was forecast for Saturday flooded", "the forecast for
  // Monday proved wrong" are past.
  'is forecast', 'are forecast', 'is predicted', 'are predicted',
  // A deadline drawing near: "Friday's deadline looms", "with the looming Sunday deadline".
  'looms', 'looming',
  // Obligations: "the deal must be signed before Friday", "has to be approved by Monday".
  'must', 'has to', 'have to', 'needs to', 'need to',
  // Possibility ahead: "the move could come on Friday", "rain may fall on Sunday", "a vote is likely on Thursday"
  // (context.ts drops the month "May", "could not", "could see" and other past abilities).
  'may', 'might', 'could', 'is likely', 'are likely', 'pencilled in', 'penciled in',
  // A commitment to act: "the two sides agreed to meet again on Friday", "vowed to return on Monday" (context.ts
  // drops it before a noun phrase: "agreed to a ceasefire on Monday" is past).
  'agreed to', 'promised to', 'pledged to', 'vowed to', 'threatened to',
];

/**
 * Verbs that often take a plural object right after a commitment's "to" ("agreed to hold talks on Monday", "vowed to
 * release prisoners on Friday"): with them the plural does not make the first word a noun modifier ("agreed to peace
 * talks on Monday" stays past). See context.ts.
 */
export const COMMIT_PLURAL_OBJECT_VERBS: readonly string[] = [
  'hold', 'resume', 'release', 'free', 'swap', 'exchange', 'lift', 'ease', 'impose', 'cut', 'raise', 'send', 'pay',
  'sign', 'end', 'open', 'close', 'return', 'hand', 'discuss', 'allow', 'withdraw', 'pull', 'drop', 'extend', 'accept',
  'meet', 'form', 'give', 'take', 'make', 'restore', 'reopen', 'deploy', 'cancel', 'halt', 'stop', 'review', 'launch',
];

/** Cues of a past clause. Besides these, any word ending in -ed counts (see context.ts). */
export const PAST_CUES: readonly string[] = [
  'said', 'says', 'told', 'was', 'were', 'had', 'did', 'ago', 'last', 'began', 'came', 'went', 'took', 'made',
  'saw', 'left', 'met', 'held', 'won', 'lost', 'fell', 'rose', 'hit', 'struck', 'gave', 'got', 'began',
  'broke', 'ran', 'sent', 'spoke', 'wrote', 'found', 'thought', 'brought', 'bought', 'sold', 'led', 'paid',
  'became', 'began', 'killed', 'since', 'yesterday', 'earlier', 'already', 'has', 'have', 'been', 'swept', 'burst',
  'kept', 'felt', 'knew', 'grew', 'drew', 'threw', 'flew', 'chose', 'fought', 'caught', 'taught', 'sought', 'built',
  'spent', 'meant', 'stood', 'understood', 'heard', 'sat', 'wore', 'tore', 'shot', 'fled', 'stole', 'drove', 'arose',
  'woke', 'froze', 'forgot', 'ate', 'dealt', 'withdrew', 'oversaw', 'overtook', 'undertook', 'slept', 'wept', 'bore',
  'sank', 'sprang', 'swam', 'forbade', 'laid', 'lay', 'sped', 'spun', 'stuck', 'struck', 'swore', 'hung', 'dug',
];

/**
 * Irregular simple past forms the status reader knows (claims lexicon and data/lexicon/irregular-past.txt) are
 * past cues here too ("The rebels overran the base on Sunday, which will …", "shook the town on Monday"), except
 * forms that are also a present or base form or a common noun ("put", "cut", "read", "the Fed", "a slew of").
 */
export const AMBIGUOUS_PAST: ReadonlySet<string> = new Set(['put', 'set', 'cut', 'let', 'cost', 'spread', 'quit', 'shut', 'beat', 'bit', 'bound', 'dove',
  'fed', 'hurt', 'read', 'split', 'wound', 'lit', 'slew', 'spelt', 'spilt', 'burnt', 'bent', 'bred', 'lay', 'bore']);
export const IRREGULAR_PAST_CUES: readonly string[] = irregularPast().filter((w) => !AMBIGUOUS_PAST.has(w));

/** Words after a four-digit number that show it is a count, not a year. */
export const COUNTED_AFTER_NUMBER: readonly string[] = [
  'people', 'persons', 'votes', 'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'feet', 'tons',
  'tonnes', 'troops', 'soldiers', 'dead', 'deaths', 'cases', 'homes', 'houses', 'residents', 'families',
  'hectares', 'acres', 'dollars', 'euros', 'pounds', 'mm', 'cm', 'kg', 'm', 'ft', 'mph', 'kmh', 'barrels',
  'shares', 'jobs', 'workers', 'employees', 'points', 'units', 'vehicles', 'cars', 'bodies', 'victims',
  'children', 'students', 'words', 'pages', 'rounds', 'shells', 'missiles', 'rockets', 'times', 'percent',
  'calories', 'degrees', 'hours', 'days', 'years', 'minutes', 'seconds', 'months', 'weeks', 'gb', 'mb', 'mw',
  'megawatts', 'gigawatts', 'kw', 'watts', 'volts', 'bits', 'bytes', 'yards', 'inches', 'litres', 'liters',
  'gallons', 'seats', 'members', 'delegates', 'voters', 'signatures', 'prisoners', 'migrants', 'refugees',
];

/** Capitalised words before a four-digit number that make it a name or model, not a year. */
export const NAME_BEFORE_NUMBER: readonly string[] = [
  'Boeing', 'Airbus', 'Flight', 'Route', 'Highway', 'Room', 'No', 'Number', 'Resolution', 'Article', 'Section',
  'Chapter', 'Apollo', 'Windows', 'Model', 'Type', 'Code', 'Title', 'Rule', 'Bill', 'Form', 'Suite', 'Unit',
  'Gate', 'Pier', 'Platform', 'Level', 'Interstate', 'Station', 'Lot', 'Box', 'Page',
];

/** Lower-case words before a four-digit number that make it a count or identifier. */
export const COUNT_BEFORE_NUMBER: readonly string[] = [
  'flight', 'route', 'room', 'no', 'number', 'resolution', 'article', 'section', 'page', 'pages', 'model',
  'about', 'some', 'nearly', 'almost', 'approximately', 'roughly', 'around', 'least', 'than', 'over', 'under',
  'just', 'only', 'total', 'killing', 'killed', 'injuring', 'of', 'to', 'additional', 'another', 'exactly',
  'pm', 'am', 'bus', 'code', 'unit', 'highway', 'interstate', 'gate', 'platform', 'box', 'lot', 'suite',
];

/** Holidays with a fixed month-day (TIMEX3 value suffix). Moveable feasts are not resolved. */
export const FIXED_HOLIDAYS: ReadonlyArray<readonly [string, string]> = [
  ['New Year\'s Day', '01-01'], ['New Year’s Day', '01-01'], ['New Year\'s Eve', '12-31'], ['New Year’s Eve', '12-31'],
  ['Christmas Day', '12-25'], ['Christmas Eve', '12-24'], ['Christmas', '12-25'], ['Boxing Day', '12-26'],
  ['Independence Day', '07-04'], ['Valentine\'s Day', '02-14'], ['Valentine’s Day', '02-14'], ['Halloween', '10-31'],
  ['Bastille Day', '07-14'], ['Veterans Day', '11-11'], ['Armistice Day', '11-11'], ['Remembrance Day', '11-11'],
  ['May Day', '05-01'], ['Labour Day', '05-01'], ['Boxing Day', '12-26'],
];

/** Time zone abbreviations → UTC offset in hours (only those unambiguous in news). */
export const ZONES: Readonly<Record<string, string>> = {
  GMT: 'Z', UTC: 'Z', Z: 'Z', BST: '+01', CET: '+01', CEST: '+02', EET: '+02', EEST: '+03', MSK: '+03',
  EST: '-05', EDT: '-04', CST: '-06', CDT: '-05', MST: '-07', MDT: '-06', PST: '-08', PDT: '-07',
  ET: '', PT: '', CT: '', JST: '+09', KST: '+09', IST: '+0530', AEST: '+10', AEDT: '+11', HKT: '+08', SGT: '+08',
};

/** Zones written out before "Time" ("Eastern Time", "Central European Summer Time"), an optional Standard/Daylight/Summer between. */
export const ZONE_REGION_WORDS: readonly string[] = [
  'Eastern', 'Central', 'Mountain', 'Pacific', 'Atlantic', 'Alaska', 'Hawaii', 'Greenwich Mean', 'British Summer', 'Central European',
  'Eastern European', 'Western European', 'Coordinated Universal', 'Indian', 'Japan', 'Korea', 'China',
];

/** Places whose "X time" names a zone after a clock ("3 a.m. Moscow time"). */
export const ZONE_CITY_WORDS: readonly string[] = [
  'Moscow', 'Beijing', 'Kyiv', 'Kiev', 'Tokyo', 'Seoul', 'Tehran', 'Israel', 'Jerusalem', 'Gaza', 'Hong Kong', 'Singapore', 'Delhi',
  'Mumbai', 'Istanbul', 'Cairo', 'Paris', 'Berlin', 'London', 'Sydney', 'Manila', 'Jakarta', 'Bangkok', 'Taipei', 'Pyongyang', 'Riyadh',
  'Dubai', 'Kabul', 'Karachi', 'Dhaka',
];

/** Outlets that write numeric dates day-first ("10/09/2023" = 10 September), matched as lower-case substrings. */
export const DAY_FIRST_OUTLETS: readonly string[] = [
  'bbc', 'guardian', 'telegraph', 'independent', 'the times', 'sky news', 'daily mail', 'mirror', 'scotsman',
  'irish times', 'rte', 'times of india', 'hindustan', 'business standard', 'wion', 'ndtv', 'al jazeera',
  'the national', 'gulf news', 'arab news', 'al arabiya', 'dawn', 'straits times', 'sydney morning herald',
  'abc.net.au', 'news.com.au', 'france 24', 'dw', 'euronews', 'le monde', 'der spiegel',
];
/** Outlets that write month-first numeric dates. */
export const MONTH_FIRST_OUTLETS: readonly string[] = [
  'associated press', 'ap news', 'cnn', 'new york times', 'washington post', 'upi', 'npr', 'fox', 'usa today',
  'wall street journal', 'los angeles times', 'bloomberg', 'politico', 'nbc', 'cbs', 'abc news', 'axios',
];

/**
 * Event verbs whose present tense in body text schedules a time ahead: "voters go to the polls on Sunday",
 * "the court hears the case on Monday", "schools remain closed on Friday" (base forms; the -s forms are
 * derived). Not reporting verbs ("says") nor states that hold now ("lives", "owns").
 */
export const PRESENT_EVENT_VERBS: readonly string[] = [
  'go', 'head', 'meet', 'vote', 'visit', 'travel', 'arrive', 'return', 'fly', 'leave', 'depart', 'open', 'reopen',
  'begin', 'start', 'resume', 'close', 'end', 'finish', 'conclude', 'launch', 'release', 'publish', 'unveil',
  'present', 'report', 'announce', 'hold', 'host', 'face', 'play', 'attend', 'address', 'testify', 'appear',
  'hear', 'rule', 'decide', 'sign', 'debut', 'premiere', 'convene', 'reconvene', 'gather', 'march', 'rally',
  'compete', 'race', 'debate', 'campaign', 'mark', 'celebrate', 'commemorate', 'take', 'kick', 'sit', 'expire',
  'lapse', 'remain', 'stay', 'tour', 'speak', 'deliver', 'hand', 'receive', 'welcome', 'wrap', 'hit', 'lift', 'apply', 'run',
];

/**
 * Words before a verb-looking word that make it a noun ("the vote on Sunday", "a state visit", "its report"):
 * determiners, possessives, prepositions and adjectives common before event nouns.
 */
export const NOT_VERB_BEFORE: readonly string[] = [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'whose',
  'each', 'every', 'any', 'no', 'some', 'another', 'one', 'of', 'for', 'in', 'on', 'at', 'by', 'with', 'from',
  'into', 'about', 'over', 'and', 'or', 'next', 'last', 'first', 'second', 'third', 'final', 'latest', 'early',
  'late', 'presidential', 'parliamentary', 'general', 'national', 'local', 'regional', 'municipal', 'legislative',
  'historic', 'official', 'crucial', 'key', 'annual', 'important', 'major', 'big', 'special', 'snap', 'runoff',
  'state', 'public', 'private', 'joint', 'formal', 'rare', 'surprise', 'weekly', 'daily', 'monthly', 'new', 'planned',
  'scheduled', 'expected', 'possible', 'potential', 'upcoming', 'opening', 'closing', 'full', 'partial', 'two-day',
  'three-day', 'high-level', 'high-profile', 'closed-door', 'emergency', 'campaign', 'election', 'peace', 'air',
];

/** Words that end the look-back for a present verb: the time belongs to an event noun or another clause. */
export const SCAN_STOP_WORDS: readonly string[] = [
  'after', 'following', 'since', 'amid', 'despite', 'than', 'that', 'which', 'who', 'when', 'where', 'while',
  'because', 'if', 'as', 'until', 'till', 'ago', 'during',
];

/** Verbs of movement or change before "to" in a headline: "Dow falls to lowest level", "toll rises to 50". */
export const HEADLINE_NOT_INFINITIVE: readonly string[] = [
  'rise', 'rises', 'fall', 'falls', 'climb', 'climbs', 'jump', 'jumps', 'drop', 'drops', 'soar', 'soars', 'slip',
  'slips', 'sink', 'sinks', 'slide', 'slides', 'surge', 'surges', 'plunge', 'plunges', 'tumble', 'tumbles', 'up',
  'down', 'back', 'head', 'heads', 'go', 'goes', 'return', 'returns', 'come', 'comes', 'move', 'moves', 'travel',
  'travels', 'fly', 'flies', 'say', 'says', 'said', 'next', 'close', 'according',
];
