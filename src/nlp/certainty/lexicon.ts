// Word lists of the certainty stage beyond the shared claim lexicon (../claims/lexicon.ts).

/** Progressive forms that announce a future when "to" follows: "is planning to sell", "are preparing to leave". */
export const FUTURE_PROGRESSIVE: readonly string[] = [
  'planning', 'preparing', 'aiming', 'hoping', 'looking', 'seeking', 'intending', 'gearing', 'getting', 'bracing',
];

/**
 * Words after "due" that make it a schedule ("is due in April", "due out next week", "due back on Monday");
 * "due to" counts only before a verb ("due to arrive"), not before a cause ("due to bad weather").
 */
export const DUE_SCHEDULE_NEXT: readonly string[] = [
  'in', 'on', 'at', 'by', 'for', 'next', 'this', 'later', 'out', 'back', 'soon', 'tomorrow', 'shortly', 'before',
  'within', 'early', 'late', 'around',
];

/**
 * Openers of a clause that is not the claim's main clause: a "will" inside one ("fearing that firms will
 * fail", "plants, which will be built later") does not make a claim whose main verb came first FUTURE.
 */
export const EMBEDDED_CLAUSE_OPENERS: readonly string[] = [
  'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'as', 'because', 'although', 'though', 'after', 'before',
  'until', 'since', 'once', 'fearing', 'hoping', 'amid', 'amidst', 'whether', 'if', 'unless', 'so',
];

/** Prepositions before a future date that bound a present state rather than date the event ("closed until Friday"). */
export const STATE_BOUND_PREPS: readonly string[] = ['until', 'till', 'til', 'through', 'throughout', 'pending'];

/**
 * Content nouns whose "that"-clause is their content, not the claim's assertion: a hedge or negator inside it
 * ("fell on worries that the measures might not work") does not scope over the claim.
 */
export const CONTENT_NOUNS: readonly string[] = [
  'worries', 'worry', 'fears', 'fear', 'concerns', 'concern', 'hopes', 'hope', 'expectations', 'expectation',
  'speculation', 'rumours', 'rumors', 'rumour', 'rumor', 'suggestions', 'suggestion', 'signs', 'sign', 'evidence',
  'fact', 'news', 'belief', 'beliefs', 'warnings', 'warning', 'assurances', 'assurance', 'doubts', 'doubt',
  'suspicions', 'suspicion', 'optimism', 'pessimism', 'anxiety', 'anxieties', 'talk', 'view', 'idea', 'notion',
  'prospect', 'prospects', 'possibility', 'risk', 'risks', 'threat', 'likelihood', 'chance', 'chances', 'bets',
];

/** Prepositions opening a circumstance phrase whose hedges do not scope over the claim ("amid fears it may spread"). */
export const CIRCUMSTANCE_PREPS: readonly string[] = ['amid', 'amidst'];

/** After "would": a present wish, not a future ("would like to see", "would rather wait"). */
export const DESIRE_AFTER_WOULD: readonly string[] = ['like', 'love', 'prefer', 'rather', 'hate', 'welcome', 'appreciate'];

/** After "may/might/could be": a possible present state ("may be in hiding", "could be alive"). */
export const POSSIBLE_STATE_AFTER_BE: readonly string[] = ['alive', 'dead', 'hiding', 'responsible', 'among', 'inside', 'abroad', 'there', 'here'];

/** After a present "be" and closing the clause, predicates of what is to come: "further delays are possible". */
export const AHEAD_PREDICATES: readonly string[] = ['likely', 'unlikely', 'possible', 'probable', 'planned', 'imminent', 'inevitable', 'forthcoming'];

/** Verbs of planning or expectation that take a plain object as their future ("plans a new round of talks", "economists expect a cut"). */
export const PLAN_VERBS_WITH_OBJECT: readonly string[] = [
  'plans', 'schedules', 'expect', 'expects', 'predict', 'predicts', 'forecast', 'forecasts', 'anticipate', 'anticipates',
];
/** Words opening the object of a planning verb besides determiners ("plans new cuts", "plans more strikes"). */
export const PLAN_OBJECT_START: readonly string[] = ['new', 'more', 'further', 'fresh', 'major', 'additional', 'big', 'huge', 'massive', 'sweeping', 'deep'];

/** Subordinators that open a fronted clause ("If elected, …", "After the vote ends, …"). */
export const FRONTED_CLAUSE_OPENERS: readonly string[] = [
  'if', 'unless', 'when', 'once', 'after', 'before', 'while', 'although', 'though', 'as', 'since', 'until', 'whether',
  'because', 'whenever', 'provided',
];

/** Stative verbs in their base form: "he said he did not know …" still holds at publication. */
export const STATIVE_BASE_VERBS: readonly string[] = [
  'know', 'want', 'need', 'believe', 'think', 'expect', 'understand', 'have', 'like', 'trust', 'own', 'intend',
  'remember', 'recognise', 'recognize', 'accept', 'agree', 'support', 'oppose', 'plan', 'wish', 'mean',
];

/** Predicates after "it is" that leave an embedded question open ("it is unclear how many …"). */
export const OPEN_QUESTION_PREDICATES: readonly string[] = ['unclear', 'unknown', 'uncertain', 'clear', 'known', 'certain'];

/**
 * UNKNOWN cues beyond the shared list: a claim nobody could check. The passive forms ('the figures could not be
 * (independently) verified', 'has not been verified') are not here: they state, certainly, that a check failed — the
 * outlet's own fact, CERTAIN and negative (every readable gold claim of that shape is CERTAIN).
 */
export const UNKNOWN_EXTRA: readonly string[] = [
  'could not verify', 'could not independently verify', 'could not independently confirm',
  'unable to verify', 'unable to independently verify', 'not been confirmed', 'not known',
  // "it was not immediately clear what caused the blast": an adverb inside "not clear/known"
  'not immediately clear', 'not immediately known', 'not yet clear', 'not yet known', 'not entirely clear',
  "n't clear", "n't immediately clear", "n't immediately known", "n't yet clear", "n't yet known", "n't known",
];

/** Negations that assert something ("lows not seen since 1982" = the lowest since 1982). */
export const NEGATION_EXCEPTIONS_EXTRA: readonly string[] = ['not seen since', 'not seen in', 'never seen before', 'not since'];

/** Verbs whose "whether"-object is the matter decided or examined, not an open claim ("will decide whether"). */
export const INQUIRY_VERBS: readonly string[] = [
  'decide', 'decides', 'decided', 'deciding', 'determine', 'determines', 'determined', 'determining', 'assess', 'assessing',
  'examine', 'examining', 'examines', 'investigate', 'investigating', 'investigates', 'consider', 'considering', 'considers',
  'review', 'reviewing', 'establish', 'establishing', 'weigh', 'weighing', 'debate', 'debating', 'study', 'studying', 'rule', 'ruling',
  // with a preposition between ("look at whether", "look into whether", "probe whether")
  'look', 'looks', 'looking', 'probe', 'probes', 'probing', 'evaluate', 'evaluates', 'evaluating', 'verify', 'verifies', 'verifying',
  'explore', 'explores', 'exploring', 'check', 'checks', 'checking', 'test', 'tests', 'testing',
];

/**
 * Cue verbs of intention or commitment whose "to"-infinitive is an event still to come ("agreed to resume talks",
 * "intends to hold two referendums"). Not "want/hope" (a desire is a present state), nor "decided/refused" (narrative:
 * the event followed or was refused), nor speech verbs ("is said to be" is a present state).
 */
export const COMMITMENT_CUES: readonly string[] = [
  'plan', 'plans', 'intend', 'intends', 'agree', 'agrees', 'agreed', 'vow', 'vows',
  'vowed', 'vowing', 'promise', 'promises', 'promised', 'promising', 'pledge', 'pledges', 'pledged', 'pledging',
  'threaten', 'threatens', 'threatened', 'threatening', 'aim', 'aims', 'seek', 'seeks', 'offer', 'offers', 'offered',
  'expect', 'expects',
];

/** Words before "plan(s)/hope(s)/aim/offer … to" that make it a noun ("no current plans to", "the plan to build"). */
export const NOUN_MAKERS: readonly string[] = [
  'no', 'any', 'current', 'new', 'future', 'further', 'previous', 'earlier', 'original', 'initial', 'ambitious',
  'controversial', 'latest', 'such', 'similar', 'government', 'official', 'long-term', 'short-term', 'existing',
];

/**
 * Past verbs that, right after a clause-opening "this"/"that", take it as a pronoun subject ("This became the
 * reason …", "That prompted calls …") rather than follow it as a determiner ("the injured", "those affected").
 */
export const SIMPLE_PAST_ONLY: readonly string[] = [
  'became', 'came', 'went', 'fell', 'rose', 'took', 'gave', 'began', 'saw', 'ran', 'grew', 'knew', 'drew', 'flew',
  'threw', 'wrote', 'spoke', 'chose', 'drove', 'rode', 'sank', 'ate', 'forgot', 'shook', 'woke', 'wore', 'tore',
  'swore', 'arose', 'overcame', 'withdrew', 'prompted', 'sparked', 'triggered', 'led', 'caused', 'meant', 'marked',
];

/** Openers of a clause after the main verb whose dates belong to that clause ("an order … which it will fly in 2009"). */
export const RELATIVE_OPENERS: readonly string[] = ['which', 'who', 'whom', 'whose', 'where'];

/** Prepositions before a date that make it a target of a past act ("postponed to Monday", "called for 11 March"). */
export const TARGET_PREPS: readonly string[] = ['for', 'to', 'until', 'till', 'by', 'from', 'next', 'this', 'before', 'after', 'into'];

/** After "be", readiness whose "to"-infinitive is still to come ("was prepared to raise rates", "is determined to win"). */
export const READINESS_AFTER_BE: readonly string[] = ['prepared', 'willing', 'determined', 'eager', 'keen'];

/** Past forms spelled as the present or base form ("cut", "set", "put"): no proof of a past tense on their own. */
export const AMBIGUOUS_PAST: readonly string[] = [
  'cut', 'set', 'put', 'hit', 'cost', 'let', 'shut', 'spread', 'quit', 'read', 'beat', 'hurt', 'split', 'burst', 'bid',
  'cast', 'upset', 'bet', 'broadcast', 'forecast',
];

/** Before a date, a phrase that makes it the date of the noun that follows, not the claim's ("ahead of elections in May"). */
export const SCHEDULED_NOUN_LEADS: readonly string[] = ['ahead of', 'in the run-up to', 'in the lead-up to', 'in preparation for', 'in the build-up to'];

/** PROBABLE cues beyond the shared list: near-certainty is still a judgement ("GM's bankruptcy becomes almost certain"). */
export const PROBABLE_EXTRA: readonly string[] = [
  'almost certain', 'almost certainly', 'nearly certain', 'virtually certain', 'all but certain', 'envisioned',
  'envisaged', 'envisages', 'envisions', 'envisage', 'envision',
  // heading for an outcome: "on track to grow 3%", "on course to win", "tipped to succeed him", "in line to become"
  'on track to', 'on course to', 'on target to', 'tipped to', 'in line to', 'favoured to', 'favored to',
];

/** Nouns of "be on … to": heading for an outcome ("is on track to grow", "on course to win"). */
export const ON_COURSE_NOUNS: readonly string[] = ['track', 'course', 'target', 'pace'];

/** After a hedge noun ("fears", "hopes"), words that show it is the noun: "alleviating fears about the economy". */
export const NOMINAL_HEDGE_NEXT: readonly string[] = ['of', 'about', 'over', 'regarding', 'among', 'around'];

/**
 * Hedge words that, as a noun or a participle modifying a noun, hedge only who someone is, not what the claim
 * says: "two suspects fled", "the suspected gunman was shot dead", "a man suspected of arson was arrested".
 */
export const NOMINAL_IDENTITY_HEDGES: readonly string[] = ['suspect', 'suspects', 'suspected'];

/** Number words: after a headline's "to" they are a figure ("death toll rises to four"), not an infinitive. */
export const NUMBER_WORDS: readonly string[] = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty',
  'forty', 'fifty', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'dozen', 'dozens',
  'nearly', 'almost', 'about', 'around', 'over', 'more', 'at', 'record',
];

/** Verbs of saying: "would not say" is a past refusal, so "would" before them is no future. */
export const SAYING_VERBS: readonly string[] = [
  'say', 'comment', 'confirm', 'disclose', 'reveal', 'specify', 'elaborate', 'discuss', 'identify', 'name', 'tell', 'give',
  'provide', 'release', 'answer', 'respond', 'explain', 'detail', 'speculate', 'deny',
];

/**
 * Past forms that are never past participles ("rose", "went", "began"): they cannot open a reduced relative
 * clause after the subject ("people displaced by the fighting are …"), so they stay the main verb.
 */
export const PAST_ONLY_FORMS: readonly string[] = [
  'was', 'were', 'had', 'did', 'came', 'went', 'fell', 'rose', 'took', 'gave', 'began', 'broke', 'ran', 'saw', 'grew',
  'knew', 'drew', 'flew', 'threw', 'wrote', 'spoke', 'chose', 'drove', 'rode', 'sank', 'ate', 'forgot', 'shook', 'woke',
  'wore', 'tore', 'swore', 'arose', 'overcame', 'withdrew', 'became', 'froze', 'hid', 'rang', 'sang', 'stole', 'swam',
  'bore', 'bit', 'blew', 'forbade', 'forgave', 'mistook', 'sprang', 'strove', 'overthrew', 'undertook', 'oversaw',
  'foresaw', 'lay', 'sat', 'stood', 'struck', 'won', 'met', 'led', 'fled', 'dove',
];

/** Prepositions that may follow a past participle modifying the subject ("roads damaged in the storm remain …"). */
export const REDUCED_RELATIVE_PREPS: readonly string[] = [
  'by', 'in', 'on', 'at', 'during', 'after', 'since', 'from', 'with', 'for', 'over', 'under', 'near', 'across', 'into',
  'to', 'last', 'earlier', 'this', 'yesterday', 'overnight', 'outside', 'inside', 'around', 'along', 'amid', 'following',
];

/** Words that close the subject's reduced relative clause without reaching the main verb: another clause starts. */
export const CLAUSE_BREAKERS: readonly string[] = [
  'and', 'but', 'or', 'nor', 'that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'because', 'although',
  'though', 'as', 'if', 'unless', 'so', 'than', 'whether', 'until',
];

/**
 * Headline verbs in the present simple that describe a continuing activity or state rather than a finished event
 * ("Rescuers race to find survivors", "Florida braces for hurricane", "Fighting rages in Khartoum"): the headline
 * present of an event ("Earthquake kills 2,000") reports the past, of these a situation that still holds.
 */
export const HEADLINE_ONGOING_VERBS: readonly string[] = [
  'race', 'races', 'struggle', 'struggles', 'wait', 'waits', 'await', 'awaits', 'rage', 'rages',
  'hunt', 'hunts', 'battle', 'battles', 'mourn', 'mourns', 'brace', 'braces', 'grapple', 'grapples', 'scramble',
  'scrambles', 'persist', 'persists', 'linger', 'lingers', 'loom', 'looms', 'languish', 'languishes', 'reel', 'reels',
  'cope', 'copes', 'shelter', 'shelters', 'dig', 'digs', 'lack', 'lacks', 'fear', 'fears', 'face',
  'faces', 'need', 'needs', 'remain', 'remains', 'continue', 'continues', 'stay', 'stays', 'simmer', 'simmers',
  'smoulder', 'smoulders', 'smolder', 'smolders', 'grip', 'grips',
];

/**
 * Past verbs that take a clause without "that" ("the court ruled on Monday the law is void"): after one of them a
 * later finite verb is its complement's, so it is the main verb, not a participle modifying the subject.
 */
export const CLAUSE_TAKING_PAST: readonly string[] = [
  'ruled', 'decided', 'agreed', 'concluded', 'determined', 'ordered', 'predicted', 'promised', 'vowed', 'pledged',
  'stressed', 'emphasised', 'emphasized', 'urged', 'demanded', 'argued', 'feared', 'hoped', 'believed', 'thought',
  'felt', 'learned', 'learnt', 'discovered', 'realised', 'realized', 'noticed', 'showed', 'proved', 'revealed',
  'suggested', 'estimated', 'assumed', 'guessed', 'judged', 'found', 'heard', 'knew', 'understood', 'signalled',
  'signaled', 'hinted', 'conceded', 'recalled', 'reiterated', 'repeated', 'announced', 'declared', 'voted',
];

/** Before a noun and its date, words that make the date the noun's ("shelter in schools after the storm on March 3"). */
export const EVENT_NOUN_LEADS: readonly string[] = ['after', 'since', 'following', 'in the wake of', 'in the aftermath of', 'because of', 'due to'];

/**
 * Hedge words that, before a noun ("the widely expected rate cut came") or inside a comparison ("as had been
 * expected", "than many had feared"), describe what was awaited, not how sure the claim is.
 */
export const ATTRIBUTIVE_HEDGES: readonly string[] = [
  'expected', 'anticipated', 'predicted', 'projected', 'feared', 'forecast', 'hoped', 'estimated', 'believed', 'thought',
];

/**
 * Participles whose present perfect passive names a state that still holds ("production has been suspended",
 * "roads have been blocked", "thousands have been displaced"), unlike an event's ("flights have been cancelled").
 */
export const RESULT_STATE_PARTICIPLES: readonly string[] = [
  'closed', 'shut', 'suspended', 'halted', 'blocked', 'banned', 'displaced', 'paralysed', 'paralyzed', 'stalled',
  'frozen', 'detained', 'submerged', 'flooded', 'grounded', 'barred', 'overwhelmed', 'overcrowded', 'inundated',
  'isolated', 'disrupted',
  // held by force or kept apart ("officials said the town was besieged", "the water was contaminated")
  'besieged', 'encircled', 'occupied', 'contained', 'contaminated', 'quarantined', 'stationed',
  // sought by the police ("police said the man was wanted for murder")
  'wanted',
  // placed, held or bound and still so ("officials said troops were deployed along the border", "said the plant was
  // owned by a Chinese firm", "said the town was surrounded by rebels"); not "linked"/"tied" ("said the attack was
  // linked to the group" judges a finished event), nor "armed"/"employed", which describe the person in a finished
  // incident ("police said the attacker, who was shot dead, was armed with a knife", "the victim was employed by …")
  'deployed', 'surrounded', 'affiliated', 'owned', 'controlled', 'equipped',
  'restricted', 'prohibited', 'forbidden', 'protected', 'guarded', 'imprisoned',
];
/** Participles that name such a state only with their particle ("cut off", "locked down", "sealed off"). */
export const PARTICLE_STATE_PARTICIPLES: readonly string[] = ['cut', 'locked', 'sealed', 'cordoned', 'knocked'];

/**
 * Predicates after a backshifted "was"/"were" in reported speech that name a condition still holding when the report
 * is read ("police said roads were impassable", "the company said its systems were back online", "officials said the
 * situation was tense"), unlike judgements of a finished event ("she said the attack was horrific": past).
 */
export const BACKSHIFTED_STATE_PREDICATES: readonly string[] = [
  'safe', 'stable', 'calm', 'critical', 'serious', 'unclear', 'unknown', 'alive', 'open', 'available', 'ready', 'able',
  'unable', 'aware', 'confident', 'willing', 'likely', 'unlikely', 'necessary', 'possible', 'impossible', 'illegal',
  'legal', 'responsible', 'free', 'secure', 'under', 'in', 'at', 'on',
  // conditions of places, services and people
  'impassable', 'inaccessible', 'unreachable', 'uninhabitable', 'unsafe', 'unstable', 'unusable', 'inoperable',
  'operational', 'functional', 'intact', 'underwater', 'offline', 'online', 'back', 'down',
  'without', 'short', 'scarce', 'tense', 'fragile', 'volatile', 'dire', 'precarious', 'desperate', 'grim',
  'vulnerable', 'dangerous', 'hopeful', 'optimistic', 'pessimistic', 'determined', 'ongoing', 'underway', 'pending',
  'due', 'unresolved',
];
