// Word lists of the certainty stage beyond the shared claim lexicon (../claims/lexicon.ts), kept as data in
// data/lexicon/certainty-words.json (each list's "_about" there says what it is for and gives examples). The names
// stay those of the code that used to hold them; each list keeps its file order (status-times.ts joins some into
// patterns).
import { namedWordLists } from '../../core/word-lists.js';

const list = namedWordLists('certainty-words.json');
/** The list `key` of data/lexicon/certainty-words.json, in file order. */
const words = (key: string): readonly string[] => [...list(key)];

export const FUTURE_PROGRESSIVE = words('futureProgressive');
export const DUE_SCHEDULE_NEXT = words('dueScheduleNext');
export const EMBEDDED_CLAUSE_OPENERS = words('embeddedClauseOpeners');
export const STATE_BOUND_PREPS = words('stateBoundPreps');
export const CONTENT_NOUNS = words('contentNouns');
export const PROPOSITION_SUBJECTS = words('propositionSubjects');
export const CIRCUMSTANCE_PREPS = words('circumstancePreps');
export const DESIRE_AFTER_WOULD = words('desireAfterWould');
export const POSSIBLE_STATE_AFTER_BE = words('possibleStateAfterBe');
export const AHEAD_PREDICATES = words('aheadPredicates');
export const PLAN_VERBS_WITH_OBJECT = words('planVerbsWithObject');
export const PLAN_OBJECT_START = words('planObjectStart');
export const FRONTED_CLAUSE_OPENERS = words('frontedClauseOpeners');
export const STATIVE_BASE_VERBS = words('stativeBaseVerbs');
export const OPEN_QUESTION_PREDICATES = words('openQuestionPredicates');
export const UNKNOWN_EXTRA = words('unknownExtra');
export const NEGATION_EXCEPTIONS_EXTRA = words('negationExceptionsExtra');
export const INQUIRY_VERBS = words('inquiryVerbs');
export const COMMITMENT_CUES = words('commitmentCues');
export const NOUN_MAKERS = words('nounMakers');
export const SIMPLE_PAST_ONLY = words('simplePastOnly');
export const RELATIVE_OPENERS = words('relativeOpeners');
export const TARGET_PREPS = words('targetPreps');
export const READINESS_AFTER_BE = words('readinessAfterBe');
export const AMBIGUOUS_PAST = words('ambiguousPast');
export const SCHEDULED_NOUN_LEADS = words('scheduledNounLeads');
export const PROBABLE_EXTRA = words('probableExtra');
export const ON_COURSE_NOUNS = words('onCourseNouns');
export const NOMINAL_HEDGE_NEXT = words('nominalHedgeNext');
export const NOMINAL_IDENTITY_HEDGES = words('nominalIdentityHedges');
export const NUMBER_WORDS = words('numberWords');
export const SAYING_VERBS = words('sayingVerbs');
export const PAST_ONLY_FORMS = words('pastOnlyForms');
export const REDUCED_RELATIVE_PREPS = words('reducedRelativePreps');
export const CLAUSE_BREAKERS = words('clauseBreakers');
export const HEADLINE_ONGOING_VERBS = words('headlineOngoingVerbs');
export const CLAUSE_TAKING_PAST = words('clauseTakingPast');
export const EVENT_NOUN_LEADS = words('eventNounLeads');
export const ATTRIBUTIVE_HEDGES = words('attributiveHedges');
export const RESULT_STATE_PARTICIPLES = words('resultStateParticiples');
export const PARTICLE_STATE_PARTICIPLES = words('particleStateParticiples');
export const BACKSHIFTED_STATE_PREDICATES = words('backshiftedStatePredicates');
