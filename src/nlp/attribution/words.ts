// Word sets the attribution rules look words up in (built once from the claims lexicon and a few local lists).
import * as L from '../claims/lexicon.js';

export const S = (a: readonly string[]): Set<string> => new Set(a);

export const SPEECH = S(L.SPEECH_VERBS);

export const NEEDS_THAT = S(L.NEEDS_THAT);

export const NPOBJ = S(L.NP_OBJECT_CUES);

export const FIGURE = S(L.FIGURE_CUES);

export const AS_CUE = S(L.AS_CUES);

export const UNADV = S(L.UNNAMED_ADVERBS);

export const UNPASS = S(L.UNNAMED_PASSIVES);

export const CUE_ADV = S(L.CUE_ADVERBS);

export const NPB = S(L.NP_BOUNDARY);

export const INNER = S(L.NAME_INNER);

export const PARTICLE = S(L.NAME_PARTICLES);

export const DET = S(L.DETERMINERS);

export const PRON = S(L.PRONOUNS);

export const CONJ = S(L.CLAUSE_CONJ);

export const PART = S(L.PARTICIPLE_CUES);

export const ACCOUNT = S(L.ACCOUNT_NOUNS);

export const SPEAKING = S(L.SPEAKING_TO);

export const INTENT = S(L.INTENT_CUES);

export const STANCE = S(L.STANCE_ADJ);

export const TO_VERBS = S(['likely', 'unlikely', 'willing', 'unwilling', 'quick', 'eager', 'ready', 'able', 'reluctant', 'happy', 'first',
  'appeared', 'appears', 'appear', 'seemed', 'seems', 'seem', 'continued', 'continues', 'continue', 'went', 'declined',
  'refused', 'refuses', 'wanted', 'wants', 'tried', 'tries', 'sought', 'seeks', 'used', 'had', 'has', 'have', 'began', 'begins', 'started']);

export const QUESTION_CUES = S(['ask', 'asks', 'asked', 'asking', 'question', 'questions', 'questioned', 'wonder', 'wonders', 'wondered', 'know', 'knows']);

export const BARE_OK = S(['believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'know', 'knows', 'knew', 'hope', 'hopes', 'hoped',
  'fear', 'fears', 'feared', 'suspect', 'suspects', 'agree', 'agrees', 'agreed', 'find', 'finds', 'found', 'feel', 'feels', 'felt', 'note',
  'notes', 'noted', 'add', 'adds', 'added', 'admit', 'admits', 'admitted', 'warn', 'warns', 'warned', 'expect', 'expects', 'expected',
  'predict', 'predicts', 'predicted', 'argue', 'argues', 'argued', 'insist', 'insists', 'insisted', 'suggest', 'suggests', 'suggested',
  'acknowledge', 'acknowledges', 'acknowledged', 'worry', 'worries', 'worried', 'recall', 'recalls', 'recalled', 'conclude', 'concluded',
  'report', 'reports', 'reported', 'stated', 'estimate', 'estimates', 'estimated', 'show', 'shows', 'showed', 'stress', 'stressed',
  // news reporting verbs that drop "that" as often as "said" does ("claimed the video was fake")
  'claim', 'claims', 'claimed', 'allege', 'alleges', 'alleged', 'deny', 'denies', 'denied',
  'confirm', 'confirms', 'confirmed', 'announce', 'announces', 'announced', 'declare', 'declares', 'declared', 'maintain',
  'maintains', 'maintained', 'concede', 'concedes', 'conceded', 'contend', 'contends', 'contended', 'testify', 'testified',
  'complain', 'complains', 'complained', 'explain', 'explains', 'explained', 'tweet', 'tweets', 'tweeted', 'reiterate', 'reiterated', 'emphasize', 'emphasized', 'emphasise', 'emphasised', 'assert', 'asserts', 'asserted',
  'reveal', 'revealed', 'realize', 'realized', 'realise', 'realised', 'understand', 'understands', 'assume', 'assumed',
  'reckon', 'reckons', 'guess', 'figure', 'figured', 'recognize', 'recognized', 'promise', 'promised', 'vow', 'vowed',
  'swear', 'swore', 'boast', 'boasted', 'brag', 'bragged', 'joke', 'joked', 'caution', 'cautioned', 'predict', 'say',
  // after the person addressed: "assured him the road was safe"
  'assure', 'assures', 'assured', 'reassure', 'reassured', 'remind', 'reminds', 'reminded', 'inform', 'informed', 'convinced', 'persuaded']);

/** Clause openers of an open question: "did not say when …", "asked whether …". */
export const WH_CLAUSE = S(L.WH_CLAUSE_OPENERS);
export const FINITE = S(['is', 'are', 'was', 'were', 'will', 'would', 'has', 'have', 'had', 'can', 'could', 'should', 'may', 'might', 'must',
  'did', 'does', 'do', "'s", "'re", "'ll", 'wo', 'ca', 'shall', "won't", 'won’t', 'cannot']);

export const RAISING = S(['asked', 'asks', 'ask', 'urged', 'urges', 'urge', 'told', 'tells', 'expect', 'expects', 'expected', 'believe', 'believes', 'believed', 'predict', 'predicts', 'predicted', 'estimate', 'estimates', 'estimated', 'fear', 'fears', 'feared', 'consider', 'considers', 'considered', 'suspect', 'suspects', 'suspected', 'think', 'thinks', 'thought']);

export const BE = S(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", "'re", "isn't", "aren't", "wasn't", "weren't", 'isn’t', 'aren’t', 'wasn’t', 'weren’t']);

export const INTRO_PREP = S(['in', 'on', 'at', 'by', 'during', 'after', 'before', 'since', 'from', 'for', 'with', 'without',
  'asked', 'speaking', 'talking', 'writing', 'according', 'citing', 'as', 'when', 'while', 'although', 'though',
  'unlike', 'like', 'despite', 'following', 'amid', 'under', 'over', 'earlier', 'later', 'meanwhile', 'however',
  'separately', 'also', 'but', 'and', 'yet', 'still', 'instead', 'further', 'furthermore', 'moreover', 'then',
  'previously', 'last', 'this', 'next', 'today', 'yesterday', 'if', 'once', 'because']);

export const IRR_PAST = S(L.IRREGULAR_PAST);

export const PHRASES: string[][] = L.SPEECH_PHRASES.map((p) => p.split(' '));

export const PHRASE_BY_FIRST = new Map<string, string[][]>();
for (const p of PHRASES) { const a = PHRASE_BY_FIRST.get(p[0]!) ?? []; a.push(p); PHRASE_BY_FIRST.set(p[0]!, a); }
/** Topic cues ("warned of", "spoke about") by first word, longest first. */
export const TOPIC_BY_FIRST = new Map<string, string[][]>();
for (const p of L.TOPIC_CUE_PHRASES.map((x) => x.split(' '))) { const a = TOPIC_BY_FIRST.get(p[0]!) ?? []; a.push(p); a.sort((x, y) => y.length - x.length); TOPIC_BY_FIRST.set(p[0]!, a); }

export const MONTHS_DAYS = S(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'today', 'yesterday', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year']);

export const NOUNISH = S(['state', 'tweets', 'tweet', 'reports', 'report', 'claims', 'claim', 'shows', 'show', 'notes', 'note', 'states', 'estimates',
  'estimate', 'records', 'record', 'fears', 'fear', 'hopes', 'hope', 'finds', 'answers', 'answer', 'warning', 'promise', 'promises',
  'pledge', 'pledges', 'threats', 'says', 'calls', 'denies', 'replies', 'reply', 'comments', 'comment', 'remarks', 'statement', 'rules', 'rule']);

export const COLLECTIVE = S(['police', 'staff', 'management', 'government', 'military', 'army', 'public', 'media', 'press', 'leadership', 'administration', 'committee', 'council', 'team', 'jury', 'court', 'parliament', 'congress', 'senate', 'cabinet', 'ministry', 'board', 'union', 'campaign', 'prosecution', 'defence', 'defense', 'everyone', 'nobody', 'someone', 'somebody', 'anyone']);

export const TITLE_ABBR = S(['gov', 'sen', 'rep', 'dr', 'mr', 'mrs', 'ms', 'gen', 'lt', 'col', 'capt', 'sgt', 'st', 'jr', 'prof', 'adm', 'maj', 'cpl', 'pvt', 'rev', 'hon', 'amb', 'supt', 'insp', 'det', 'cmdr', 'brig']);

export const PLURAL = S(['people', 'police', 'media', 'children', 'men', 'women', 'staff', 'public', 'clergy', 'personnel', 'crew', 'team', 'government', 'military', 'leadership', 'management', 'cattle', 'folk', 'data', 'both', 'many', 'some', 'most', 'few', 'several', 'all', 'others', 'everyone', 'democrats', 'republicans']);

export const WH = S(['who', 'what', 'which', 'whom', 'whose', 'where', 'when', 'why', 'how', "n't", 'not', 'there', 'here']);

export const OFFICIAL_ROLE = S(L.OFFICIAL_NOUNS.concat(['nominee', 'candidate', 'chairman', 'chairwoman', 'founder', 'ceo', 'executive', 'analyst', 'economist', 'strategist', 'pollster', 'resident', 'witness', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'lawyer', 'attorney', 'expert', 'professor', 'scientist', 'manager', 'owner', 'member', 'activist', 'student', 'teacher', 'doctor', 'author', 'host', 'anchor']));

export const RIGHT_STOP = S(['that', 'who', 'whom', 'which', 'whose', 'as', 'citing', 'speaking', 'said', 'says', 'told',
  'when', 'while', 'because', 'if', 'on', 'last', 'earlier', 'this', 'yesterday', 'today', 'after', 'before', 'during',
  'late', 'early', 'in', 'at', 'to', 'was', 'were', 'is', 'are', 'had', 'has', 'have', 'would', 'will', 'reported',
  'via', 'by', 'from', 'with', 'over', 'and', 'should', 'could', 'can', 'must', 'may', 'might', 'did', 'does', 'do']);

export const ACCORDING_STOP = S(['that', 'who', 'whom', 'which', 'whose', 'as', 'citing', 'speaking', 'said', 'says', 'told',
  'when', 'while', 'because', 'if', 'was', 'were', 'is', 'are', 'had', 'has', 'have', 'would', 'will']);

export const LABEL_STOP = S(['update', 'updated', 'note', 'photo', 'photos', 'video', 'watch', 'read', 'related', 'correction', 'breaking',
  'live', 'opinion', 'analysis', 'exclusive', 'warning', 'source', 'sources', 'credit', 'editor', "editor's", 'disclaimer', 'listen',
  'see', 'also', 'more', 'subscribe', 'advertisement', 'graphic', 'map', 'chart', 'timeline', 'factbox', 'explainer', 'q', 'a']);

/** Documents that "show", "find" or "suggest" things: their findings are attributed to them. */
export const DOC_HEADS = S(L.DOCUMENT_SOURCES);
export const SHOW_CUES = S(['show', 'shows', 'showed', 'shown', 'find', 'finds', 'found', 'suggest', 'suggests', 'suggested', 'indicate', 'indicates', 'indicated', 'reveal', 'reveals', 'revealed']);

/** -ed nouns and adjectives that are no past form ("need", "speed", "bed"). */
const ED_NOUN = S(['need', 'deed', 'seed', 'speed', 'greed', 'creed', 'breed', 'feed', 'steed', 'weed', 'reed', 'bed', 'red', 'shed', 'sled', 'hundred', 'kindred', 'sacred', 'naked', 'wicked', 'wretched', 'rugged', 'ragged']);
/**
 * A lower-case finite auxiliary or past form: the one test of "a verb of a clause" shared by the frame finders
 * (active.ts verbAhead, split-subject.ts predicateAt); -eed pasts count ("agreed", "freed").
 */
export function finitePastForm(t: { w: boolean; cap: boolean; l: string } | undefined): boolean {
  return !!t && t.w && !t.cap && (FINITE.has(t.l) || IRR_PAST.has(t.l) || (/ed$/.test(t.l) && t.l.length > 3 && !ED_NOUN.has(t.l)));
}
