// Trigger detection: lemma → readings (multiword first, then context-conditioned, then default),
// part-of-speech guesses from neighbours, the nominal context a noun trigger needs, no triggers inside
// names or attribution cues.
import { type Reading, eventWords } from './lexicon.js';
import { type Inflection, type LemmaHit, lemmaCandidates, lemmatize } from './lemma.js';
import { BARE_PLACES, COPULA, NAMED_PARTY, adverbsBack, adverbsOn, gapAdverb } from './words.js';
import { UNDERGO, HARD_PUNCT, REPORTING, DET, LIGHT, AUX, BE, VERB_CUE, NOUN_NEXT, GROUP_NOUN, MODIFIED_HEAD, PAST_AS_BASE, NUM_WORDS, COMPOUND_MODIFIERS, TOPIC_LEMMAS, PREDICATIVE } from './words.js';
import { type Ctx, type Draft, isWordTok } from './context.js';
import { type MentionRef } from './mentions.js';
import { pointWords } from './market-moves.js';

/** Does a context word occur within ±8 tokens of [t0, t1] in the sentence? */
export function ctxMatch(ctx: Ctx, r: Reading, t0: number, t1: number, s0: number, s1: number, sentence: number): boolean {
  if (r.ctxWeapon && ctx.weaponSent.has(sentence)) return true;
  if (r.ctxPersonObj && personObject(ctx, t1, s1)) return true;
  if (r.ctxPassive && personPassive(ctx, t0, t1, s0, s1)) return true;
  if (r.ctxPlaceObj && placeObject(ctx, t1, s1)) return true;
  if (r.ctxPlaceOn && (ctx.low[t1 + 1] === 'on' || ctx.low[t1 + 1] === 'against') && placeObject(ctx, t1 + 1, s1)) return true;
  if (r.ctxDemonym && demonymBefore(ctx, t0, s0)) return true;
  if (r.ctxScore && scoreAfter(ctx, t1, s1)) return true;
  if (r.ctxMarketPoints && marketPoints(ctx, t0, t1, s0, s1)) return true;
  if (r.ctxToVerb && toVerbAfter(ctx, t1, s1)) return true;
  if (r.ctxOrgObj && orgObject(ctx, t1, s1)) return true;
  if (!r.ctx) return false;
  const k = ctxWordAt(ctx, r, r.ctx, t0, t1, s0, s1);
  if (k < 0 || !r.ctx2) return k >= 0;
  // "said the government would help": the verb the modal governs, adverbs between; a negation or another verb is none
  if (r.modalHead) return k + 1 < s1 && r.ctx2.has(ctx.low[adverbsOn(ctx.low, k + 1, s1)]!);
  // "shares ended mixed": the second word right after the trigger
  if (r.next && r.before) return t1 + 1 < s1 && r.ctx2.has(ctx.low[t1 + 1]!);
  return secondWordAfter(ctx, r.ctx2, k, t0, t1, s1);
}

/** "points" within eight tokens of the trigger, in a sentence with a market word ("the Hang Seng … closed up 511.51
 * points"): an index's points, not a team's ("Liverpool dropped 2 points"). */
function marketPoints(ctx: Ctx, t0: number, t1: number, s0: number, s1: number): boolean {
  let near = false;
  for (let k = Math.max(s0, t0 - 8); k < Math.min(s1, t1 + 9) && !near; k++) near = POINT_FIGURES.has(ctx.low[k]!);
  return near && pointWords(ctx, s0, s1);
}
const POINT_FIGURES = eventWords('market-move-point-figures');

/** The token of the reading's first context word in its window, or -1. */
function ctxWordAt(ctx: Ctx, r: Reading, words: Set<string>, t0: number, t1: number, s0: number, s1: number): number {
  // A context word that is an event noun of its own but only modifies a listed head is not that event ("launched attack
  // ads"); other context words keep their domain as modifiers ("JAXA officials", "joint drills").
  const modifier = (k: number): boolean => k + 1 < s1 && MODIFIED_HEAD.has(ctx.low[k + 1]!) && ctx.lex.triggers.has(ctx.low[k]!);
  if (r.prev) {
    // "into police custody": the context word right before the trigger, a "pre:" word right before it
    const k = t0 - 1;
    if (k < s0 || !words.has(ctx.low[k]!)) return -1;
    return !r.pre || (k - 1 >= s0 && r.pre.has(ctx.low[k - 1]!)) ? k : -1;
  }
  if (r.before) {
    // in the trigger's clause: no comma, no clause word between ("Portugal shares a border with Spain, and tensions rose",
    // "The rain fell as she sold her shares", "Oil shares climbed while bond yields rose")
    for (let k = t0 - 1; k >= s0 && k >= t0 - 6; k--) {
      if (HARD_PUNCT.has(ctx.low[k]!) || ctx.low[k] === ',' || CLAUSE_WORDS.has(ctx.low[k]!)) break;
      // with "nof", a context word inside an "of" phrase is no subject head ("the sale of the park closed")
      if (r.nof && words.has(ctx.low[k]!) && (ctx.low[k - 1] === 'of' || (DET.has(ctx.low[k - 1] ?? '') && ctx.low[k - 2] === 'of'))) continue;
      if (words.has(ctx.low[k]!) && !modifier(k) && !verbUse(ctx, k, s1) && (!r.subjHead || subjectHead(ctx, k, t0, s1))) return k;
    }
    return -1;
  }
  if (r.after) {
    for (let k = t1 + 1; k < Math.min(s1, r.next ? t1 + 2 : r.far ? t1 + 13 : t1 + 7); k++) {
      if (r.objHead && OBJ_END.has(ctx.low[k]!) && !quantifierWord(ctx, k)) break;
      // a far context stays in the trigger's clause ("warned that it would take countermeasures"; not "warned of rain; the
      // army's response was slow")
      if (r.far && farEnd(ctx, k, s1)) break;
      // a verdict on the object stands before any preposition or particle ("called the walkout disappointing"; not
      // "called a press conference after a disappointing season", "called up three players after a tragic accident"); a
      // multiword reading's context may follow a preposition ("came under fire from critics")
      if (VERDICT_READINGS.has(r.type) && !r.rest.length && VERDICT_END.has(ctx.low[k]!) && !words.has(ctx.low[k]!)) break;
      // a direct object's head is not a modifier of a noun after it ("cutting electricity bills", "the power cord", "a
      // data breach")
      if (r.objHead && words.has(ctx.low[k]!) && nounHeadAfter(ctx, k, s1)) continue;
      // "cut the power of the regional council": the power of a body, no supply
      if (r.nof && words.has(ctx.low[k]!) && ctx.low[k + 1] === 'of') continue;
      // "showed up to the hearing"; not "show up to 40% growth"
      if (r.next && words.has(ctx.low[k]!) && ctx.toks[k + 1]?.kind === 'NUMBER') continue;
      if (words.has(ctx.low[k]!) && !(VERDICT_READINGS.has(r.type) && modifiesNoun(ctx, k, t1, s1))) {
        if (r.pre && !preWord(ctx, r.pre, k, t1)) continue;
        if (r.notBetween && betweenWord(ctx, r.notBetween, t1, k)) continue;
        if (r.verdict && !verdictPredicate(ctx, k, t1)) continue;
        return k;
      }
    }
    // "the curfew was lifted", "martial law has been lifted" (and for a direct object, its passive subject: "police
    // officers were sent to the mine", "a new phone was announced")
    // an adverb may stand between the auxiliary and the participle ("whose price was later cut by half")
    const b = adverbsBack(ctx.low, t0, s0);
    if (b >= s0 && (BE.has(ctx.low[b]!) || ctx.low[b] === 'been')) {
      // a direct object's passive subject is the head noun right before the auxiliaries and adverbs ("police officers
      // were sent"; not "Police said the parcel was sent", "the police chief's letter was sent")
      if (r.objHead) {
        const k = passiveHead(ctx, t0, s0);
        if (k >= 0 && words.has(ctx.low[k]!)) return k;
        // ... or the head before a prepositional phrase ending there ("communications between Europe and Asia were disrupted")
        for (let j = k - 1; k >= 0 && j > s0 && j >= k - 5; j--) {
          if (HARD_PUNCT.has(ctx.low[j]!) || ctx.low[j] === ',') break;
          if (SUBJECT_PP.has(ctx.low[j]!)) return words.has(ctx.low[j - 1]!) ? j - 1 : -1;
        }
        return -1;
      }
      for (let k = Math.max(s0, t0 - 7); k < t0; k++) if (words.has(ctx.low[k]!)) return k;
    }
    // a reduced relative after its noun: "The data, released by the statistics office,", "the report issued on Monday"
    // (for a direct object too: "a quick count released by the electoral institute")
    if (t0 - 1 > s0 && (ctx.low[t0 - 1] === ',' ? words.has(ctx.low[t0 - 2]!) : words.has(ctx.low[t0 - 1]!)) && /ed$/.test(ctx.low[t0]!)
      && (ctx.low[t1 + 1] === 'by' || ctx.low[t1 + 1] === 'on' || ctx.low[t1 + 1] === 'in' || ctx.low[t1 + 1] === 'last' || ctx.low[t1 + 1] === 'this')) return ctx.low[t0 - 1] === ',' ? t0 - 2 : t0 - 1;
    return -1;
  }
  if (r.near) {
    for (let k = Math.max(s0, t0 - 6); k < Math.min(s1, t1 + 7); k++) {
      if ((k < t0 || k > t1) && words.has(ctx.low[k]!) && !modifier(k) && !(r.notNext && r.notNext.has(ctx.low[k + 1] ?? ''))) return k;
    }
    return -1;
  }
  const a = Math.max(s0, t0 - 8), b = Math.min(s1, t1 + 9);
  for (let k = a; k < b; k++) {
    if (k >= t0 && k <= t1) continue;
    if (modifier(k)) continue;
    // A company's or a person's one-word name is no weapon ("Shell sold its Nigerian business" is no arms sale); other
    // readings keep names as context ("the probe" near NASA or JAXA is a spacecraft)
    if (WEAPON_READINGS.has(r.type) && namedActorTok(ctx, k)) continue;
    const w = ctx.low[k]!;
    if (words.has(w)) return k;
    if (w.length > 3) {
      let cands = ctx.cands[k];
      if (!cands) { cands = lemmaCandidates(w, ctx.lex.irregular).map((c) => c.lemma); ctx.cands[k] = cands; }
      for (const c of cands) if (words.has(c)) return k;
    }
  }
  return -1;
}

/** A lower-case noun right after token k, outside any name: no clause word, determiner, auxiliary, time word, adverb
 * in -ly nor participle ("electricity bills", "the power cord", "a data breach"; not "power to 10,000 homes", "data on
 * Monday", "power yesterday", "data showing"). */
function nounHeadAfter(ctx: Ctx, k: number, s1: number): boolean {
  // (a preposition is none either: "send ships around Africa")
  const n = k + 1;
  if (n >= s1 || ctx.toks[n]!.kind !== 'WORD' || ctx.ments.at[n]! >= 0) return false;
  const w = ctx.low[n]!;
  if (OBJ_END.has(w) || AUX.has(w) || BE.has(w) || DET.has(w) || NOT_PREDICATE.has(w) || CLAUSE_WORDS.has(w) || REL_WORDS.has(w) || ctx.lex.roles.has(w)) return false;
  if (/^[a-z]+ly$/.test(w) || /(?:ing|ed)$/.test(w) || w.length < 3) return false;
  return /^[a-z-]+$/.test(ctx.doc.text.slice(ctx.toks[n]!.start, ctx.toks[n]!.end));
}
const REL_WORDS = new Set(['who', 'which', 'whose', 'where', 'what', 'than', 'said', 'says', 'say', 'not', 'also', 'only', 'even', 'still', 'already']);
/** Prepositions that open a phrase after a passive subject's head ("communications between Europe and Asia"). */
const SUBJECT_PP = new Set(['between', 'of', 'in', 'from', 'across', 'to', 'on', 'at', 'for', 'with']);
/** Words that open a clause of their own: a context word in the trigger's clause stands after them ("before" flag; "and"
 * joins verbs of one subject: "thousands of fans ignored health rules and gathered at the Obelisk"). */
const CLAUSE_WORDS = new Set(['as', 'while', 'when', 'whereas', 'but', 'because', 'although', 'though', 'if', 'since', 'until', 'after', 'before']);
/** Prepositions and particles that end a verdict's object ("called a press conference after …", "called up"). */
const VERDICT_END = new Set(['after', 'before', 'following', 'during', 'since', 'until', 'amid', 'in', 'at', 'on', 'for', 'from', 'with', 'up', 'off', 'when', 'while', 'because']);
/** The context word at k is a verb: a third-person form before a determiner, a possessive or a name ("Portugal shares a
 * border", "shares her view"; not "shares in Saudi Aramco"). */
function verbUse(ctx: Ctx, k: number, s1: number): boolean {
  const n = k + 1;
  if (n >= s1 || !/s$/.test(ctx.low[k]!)) return false;
  if (DET.has(ctx.low[n]!) && ctx.low[n] !== "'s" && ctx.low[n] !== '’s') return true;
  const mi = ctx.ments.at[n]!;
  return mi >= 0 && ctx.ments.list[mi]!.t0 === n;
}

/** The head noun of a passive's subject: the word before the participle at t0 once auxiliaries and adverbs are
 * skipped ("officers [have] [already] been sent"), or -1. */
function passiveHead(ctx: Ctx, t0: number, s0: number): number {
  let k = t0 - 1;
  while (k >= s0 && (AUX.has(ctx.low[k]!) || BE.has(ctx.low[k]!) || gapAdverb(ctx.low[k]!) || ctx.low[k] === 'not')) k--;
  return k >= s0 && isWordTok(ctx.toks[k]) ? k : -1;
}

/** Words after a participle that open no predicated adjective: times and the frame of a declaration ("declared on
 * Monday", "declared last week", "was declared yesterday"). */
const NOT_PREDICATE = new Set(['that', 'to', 'yesterday', 'today', 'tonight', 'last', 'this', 'earlier', 'late', 'early', 'soon', 'after',
  'before', 'when', 'while', 'as', 'and', 'or', 'but', 'by', 'so', 'then', 'since', 'until', 'because', 'if', 'amid']);
/** A participle of PREDICATIVE after a form of "be" (adverbs between), followed by a lower-case word that is no
 * determiner, preposition, time or conjunction: the adjective it predicates ("was declared invalid", "were pronounced
 * dead"). */
export function predicativeParticiple(ctx: Ctx, i: number, s0: number, s1: number): boolean {
  if (!PREDICATIVE.has(ctx.low[i]!)) return false;
  const k = adverbsBack(ctx.low, i, s0);
  if (k < s0 || !BE.has(ctx.low[k]!)) return false;
  const n = i + 1;
  if (n >= s1 || ctx.toks[n]!.kind !== 'WORD' || ctx.ments.at[n]! >= 0) return false;
  const w = ctx.low[n]!;
  if (DET.has(w) || NOT_PREDICATE.has(w) || ctx.lex.roles.has(w)) return false;
  return /^[a-z-]+$/.test(ctx.doc.text.slice(ctx.toks[n]!.start, ctx.toks[n]!.end));
}

/** Words that negate a verdict between its "be"/"a" and itself ("was not illegal", "is no travesty"). */
const VERDICT_NEG = new Set(['not', 'no', "n't", 'never', 'hardly', 'neither', 'nor']);
/** The verdict word at k (after the trigger at t1) is a predicate: a form of "be" or "a"/"an" within the three words
 * before it, only adverbs, adjectives or quotation marks between and no negation, and no existential "there" before
 * the "be" ("said the deal was illegal", "said it was a grave mistake"; not "said the deal was not illegal", "said there
 * had been a mistake in the count"). */
function verdictPredicate(ctx: Ctx, k: number, t1: number): boolean {
  for (let j = k - 1; j > t1 && j >= k - 3; j--) {
    const w = ctx.low[j]!;
    if (VERDICT_NEG.has(w) || /n['’]t$/.test(w)) return false;
    if (!(BE.has(w) || w === 'a' || w === 'an')) continue;
    // "there was a mistake", "there had been a failure": an existential, no verdict on anything
    let q = j - 1;
    while (q > t1 && (AUX.has(ctx.low[q]!) || BE.has(ctx.low[q]!) || ctx.low[q] === 'a' || ctx.low[q] === 'an')) q--;
    return ctx.low[q] !== 'there';
  }
  return false;
}

/** A word of OBJ_END that opens a number's quantifier in the object, not a phrase after it: "at least four ships",
 * "at most", "up to 500 troops", "as many as 20 jets". */
function quantifierWord(ctx: Ctx, k: number): boolean {
  const w = ctx.low[k]!, next = ctx.low[k + 1] ?? '';
  // "at least four ships"; not "sent a letter at least to the families"
  if (w === 'at') return (next === 'least' || next === 'most') && (ctx.toks[k + 2]?.kind === 'NUMBER' || NUM_WORDS.has(ctx.low[k + 2] ?? ''));
  if (w === 'to') return ctx.low[k - 1] === 'up' && (ctx.toks[k + 1]?.kind === 'NUMBER' || NUM_WORDS.has(next));
  if (w === 'as') return (next === 'many' || next === 'much' || next === 'few') || ((ctx.low[k - 1] === 'many' || ctx.low[k - 1] === 'much') && ctx.low[k - 2] === 'as');
  return false;
}
/** One of the three words before the context word at k, after the trigger ending at t1, is a "pre:" word; quotes are
 * skipped ("would take \"military-technical\" countermeasures"). */
function preWord(ctx: Ctx, pre: Set<string>, k: number, t1: number): boolean {
  for (let j = k - 1, n = 0; j > t1 && n < 3; j--) {
    if (ctx.toks[j]!.kind === 'QUOTE') continue;
    if (pre.has(ctx.low[j]!)) return true;
    n++;
  }
  return false;
}
/** A "notbetween:" word stands after the trigger ending at t1 and before the context word at k. */
function betweenWord(ctx: Ctx, words: Set<string>, t1: number, k: number): boolean {
  for (let j = t1 + 1; j < k; j++) if (words.has(ctx.low[j]!)) return true;
  return false;
}
/** Words that end the clause a "far" context is looked for in. */
const FAR_END = new Set([';', ':', 'but', 'while', 'whereas', 'although', 'though', 'because', 'which', 'who', 'whom', 'whose']);
/** Subjects and auxiliaries that open a new clause after "and" or a comma. */
const CLAUSE_OPENERS = new Set(['he', 'she', 'they', 'we', 'it', 'i', 'there', ...AUX].filter((w) => w !== 'to' && w !== 'not'));
/** Token k ends the clause a "far" context is looked for in: FAR_END, or "and"/a comma before a subject pronoun or an
 * auxiliary ("warned that it would retaliate, and it did"; not "the army and navy would take countermeasures"). */
function farEnd(ctx: Ctx, k: number, s1: number): boolean {
  const w = ctx.low[k]!;
  if (FAR_END.has(w)) return true;
  return (w === 'and' || w === ',') && k + 1 < s1 && CLAUSE_OPENERS.has(ctx.low[k + 1]!);
}

/** The context word at k heads the trigger's subject: the trigger at t0, an auxiliary or a copula follows it, adverbs
 * between ("the city museum closed", "the spa had already closed"; not "the museum director closed the meeting"). */
function subjectHead(ctx: Ctx, k: number, t0: number, s1: number): boolean {
  const j = adverbsOn(ctx.low, k + 1, s1);
  return j === t0 || (j < t0 && (AUX.has(ctx.low[j]!) || BE.has(ctx.low[j]!)));
}

/** A form of "be" as a copula right before token i, adverbs between ("were down", "were sharply down", "were only up"). */
function afterBeForm(ctx: Ctx, i: number, s0: number): boolean {
  const k = adverbsBack(ctx.low, i, s0);
  return k >= s0 && COPULA.has(ctx.low[k]!);
}

const ACT_VERBS = eventWords('plan-act-verbs');
/** The "actorsubj" flag: a form of "be" right before the trigger at i (adverbs between) whose subject ends right before
 * it and is a named party of events-words.tsv "named-party-types" (a person, organisation, state or group: "Acme is
 * expected to add flights"; not "the toll is expected to rise", "Acme's shares are expected to rise"), and the verb after the trigger's "to" is an act of events-words.tsv
 * "plan-act-verbs" ("Acme is expected to add flights"; not "Acme is likely to face questions", "Acme is expected to
 * win", "Jane Roe is expected to make a full recovery": what befalls a party or how it fares). */
function actorBeforeBe(ctx: Ctx, i: number, end: number, s0: number, s1: number): boolean {
  const b = adverbsBack(ctx.low, i, s0);
  if (b <= s0 || !COPULA.has(ctx.low[b]!) || ctx.low[b] === "'s" || ctx.low[b] === '’s' || ctx.low[b] === 'being') return false;
  const mi = ctx.ments.at[b - 1]!;
  const m = mi >= 0 ? ctx.ments.list[mi]! : undefined;
  if (!m || m.t1 !== b - 1 || m.possessive || !NAMED_PARTY.has(m.type) || !m.ids.length) return false;
  let k = end + 1;
  if (k < s1 && /^[a-z]{3,}ly$/.test(ctx.low[k]!)) k++;
  if (ctx.low[k] !== 'to') return false;
  return k + 1 < s1 && ACT_VERBS.has(ctx.low[k + 1]!);
}

/** Words that end a verb's direct object for the "objhead" flag. */
const OBJ_END = new Set(['that', 'whether', 'if', 'on', 'for', 'in', 'at', 'to', 'with', 'from', 'by', 'about', 'over', 'after', 'before',
  'of', 'as', 'into', ',', '.', ';', ':', 'and', 'but']);

/** Pronouns and bodies of people that may be a verb's object as actors ("pressed them to act", "tore into the government"). */
const ACTOR_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it']);
const ACTOR_WORDS = new Set(['government', 'administration', 'opposition', 'officials', 'lawmakers', 'leaders', 'leader', 'minister',
  'president', 'party', 'company', 'companies', 'regulators', 'regulator', 'authorities', 'critics', 'rivals', 'rival', 'board', 'management',
  'ministers', 'congress', 'parliament', 'allies', 'governments', 'countries', 'states', 'banks', 'firms', 'club', 'team', 'players',
  'coach', 'manager', 'media', 'press', 'police', 'judge', 'court', 'committee', 'union', 'unions', 'members', 'voters', 'candidates']);

/** An actor is the direct object: right after the verb or after a determiner, a person, organisation, state or group
 * named, an object pronoun, or a word for a body of people. */
export function actorObject(ctx: Ctx, t1: number, s1: number): boolean {
  let k = t1 + 1;
  while (k < s1 && k <= t1 + 3 && ctx.ments.at[k]! < 0 && DET.has(ctx.low[k]!)) k++;
  if (k >= s1) return false;
  const mi = ctx.ments.at[k]!;
  if (mi >= 0) return NAMED_PARTY.has(ctx.ments.list[mi]!.type);
  const w = ctx.low[k]!;
  if (k === t1 + 1 && ACTOR_PRONOUNS.has(w)) return true;
  if (ACTOR_WORDS.has(w)) return true;
  // "the country's leaders", "the ruling party"
  return k + 1 < s1 && ACTOR_WORDS.has(ctx.low[k + 1]!) && ctx.ments.at[k + 1]! < 0;
}

/** Readings whose context word is a verdict on the object ("called the strikes illegal", "described it as reckless"). */
const VERDICT_READINGS = new Set(['CRITICIZE', 'PRAISE']);
/** Words that may follow a verdict word that is a complement ("called the vote illegal under the constitution"). */
const AFTER_COMPLEMENT = new Set(['and', 'or', 'but', 'by', 'under', 'in', 'on', 'at', 'for', 'to', 'as', 'because', 'since', 'after', 'with',
  'from', 'over', 'of', 'that', 'which', 'while', 'when', 'amid', 'despite', 'if', 'than', 'adding', 'saying']);
/** The verdict word at k modifies a noun after it and is no complement: a lower-case word follows it and no "a"/"an"
 * stands before it ("report illegal dumping", "a meeting on dangerous driving"; not "called it a dangerous escalation",
 * "called the vote illegal"). */
function modifiesNoun(ctx: Ctx, k: number, t1: number, s1: number): boolean {
  if (k + 1 >= s1 || ctx.toks[k + 1]!.kind !== 'WORD' || AFTER_COMPLEMENT.has(ctx.low[k + 1]!)) return false;
  if (!/^[a-z-]+$/.test(ctx.doc.text.slice(ctx.toks[k + 1]!.start, ctx.toks[k + 1]!.end))) return false;
  if (k === t1 + 1) return true;
  // a quotation mark opening the verdict stands between it and its article ("called the strikes a \"heinous act of war\"")
  let j = k - 1;
  if (ctx.toks[j]!.kind === 'QUOTE' && j - 1 > t1) j--;
  return ctx.low[j] !== 'a' && ctx.low[j] !== 'an';
}

/** A word of the reading's second context ("and:" flag) within six tokens after the context word at k, outside the
 * trigger, as written or by lemma ("left [rates] unchanged", "spend $2 [billion] on new factories"). */
function secondWordAfter(ctx: Ctx, words: Set<string>, k: number, t0: number, t1: number, s1: number): boolean {
  for (let j = k + 1; j < s1 && j <= k + 6; j++) {
    if (j >= t0 && j <= t1) continue;
    const w = ctx.low[j]!;
    // the second context stays in the clause ("raised $2 million for victims, investors said" is no investment)
    if (w === ',' || HARD_PUNCT.has(w)) return false;
    if (words.has(w)) return true;
    if (w.length > 3 && lemmaCandidates(w, ctx.lex.irregular).some((c) => words.has(c.lemma))) return true;
  }
  return false;
}

/** Types whose context words are weapons. */
const WEAPON_READINGS = new Set(['ARMS_TRANSFER', 'ATTACK', 'MILITARY_SUPPORT', 'WEAPONS_TEST', 'DISPLAY']);
/** Token k is a one-word name of an organisation or a person ("Shell", "Amazon"); a word inside a longer name
 * ("the Metropolitan Police") still counts as context. */
function namedActorTok(ctx: Ctx, k: number): boolean {
  const mi = ctx.ments.at[k]!;
  if (mi < 0) return false;
  const m = ctx.ments.list[mi]!;
  return !m.pseudo && m.t0 === k && m.t1 === k && (m.type === 'ORG' || m.type === 'PERSON');
}

/** Words after a range of a figure ("10-15 per cent", "3-4 years"): no score. */
const UNIT_AFTER_RANGE = new Set(['%', 'per', 'percent', 'pc', 'years', 'year', 'days', 'months', 'weeks', 'hours', 'minutes', 'km', 'miles', 'metres', 'meters', 'people', 'million', 'billion']);
/** A match score within eight tokens after the trigger: two numbers of one or two digits joined by a hyphen or a dash
 * ("beat Arsenal 2-1", "won 3–0"). Years ("2019-20") have more digits; a range of a figure ("10-15 per cent") is
 * followed by its unit. */
export function scoreAfter(ctx: Ctx, t1: number, s1: number): boolean {
  for (let k = t1 + 1; k < s1 && k <= t1 + 8; k++) {
    if (ctx.toks[k]!.kind !== 'NUMBER') continue;
    // one token ("2-1") where the tokenizer kept the score whole
    if (/^\d{1,2}[-–]\d{1,2}$/.test(ctx.low[k]!) && !UNIT_AFTER_RANGE.has(ctx.low[k + 1] ?? '')) return true;
    if (!/^\d{1,2}$/.test(ctx.low[k]!)) continue;
    if (k + 2 < s1 && (ctx.low[k + 1] === '-' || ctx.low[k + 1] === '–') && ctx.toks[k + 2]!.kind === 'NUMBER' && /^\d{1,2}$/.test(ctx.low[k + 2]!)
      && !UNIT_AFTER_RANGE.has(ctx.low[k + 3] ?? '')) return true;
  }
  return false;
}

/** Words after "to" that open a noun phrase, not a verb ("pledged to the fund", "committed to its allies"). */
const NOT_VERB_AFTER_TO = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'them', 'him',
  'us', 'me', 'it', 'each', 'all', 'both', 'every', 'some', 'any', 'no', 'more', 'date']);
/** "to" and a verb right after the trigger (one adverb may stand before "to"): "pledged to send troops", "vowed to
 * cut taxes", "committed to cutting emissions"; not "to" and a name, a number or a noun phrase's determiner. */
export function toVerbAfter(ctx: Ctx, t1: number, s1: number): boolean {
  let k = t1 + 1;
  if (k < s1 && /^[a-z]{3,}ly$/.test(ctx.low[k]!) && ctx.ments.at[k]! < 0) k++;
  if (k + 1 >= s1 || ctx.low[k] !== 'to') return false;
  const v = k + 1;
  if (ctx.toks[v]!.kind !== 'WORD' || ctx.ments.at[v]! >= 0 || NOT_VERB_AFTER_TO.has(ctx.low[v]!)) return false;
  return /^[a-z-]+$/.test(ctx.doc.text.slice(ctx.toks[v]!.start, ctx.toks[v]!.end));
}

/** The word before the trigger at i, a determiner skipped, is one of these ("by the end of the pandemic"); for a verb,
 * up to two auxiliaries skipped too ("the army has taken control of"). */
function notAfterWord(ctx: Ctx, words: Set<string>, i: number, s0: number, verb = false): boolean {
  let k = i - 1;
  for (let n = 0; verb && n < 2 && k > s0 && AUX.has(ctx.low[k]!) && !words.has(ctx.low[k]!); n++) k--;
  if (k > s0 && DET.has(ctx.low[k]!)) k--;
  return k >= s0 && words.has(ctx.low[k]!);
}

/** Adverbs of place or time after an intransitive verb ("gathered outside", "gathered overnight"). */
const INTRANS_ADVERBS = new Set(['outside', 'inside', 'together', 'overnight', 'again', 'here', 'there', 'early', 'late', 'nearby', 'around',
  'today', 'yesterday', 'tonight', 'and', 'as', 'while', 'when', 'to', 'near', 'across', 'along', 'throughout', 'despite', 'amid', 'opposite',
  'beside', 'behind', 'into', 'onto', 'since', 'until', 'after', 'before', 'during', 'ahead', 'once', 'anew']);
/** The verb ending at t1 takes no direct object: the sentence ends, punctuation, a preposition, an adverb of place or
 * time, or an adverb in -ly follows it ("relatives gathered at a hotel", "crowds gathered, waving flags"; not "gathered
 * information", "gathered evidence"). */
function intransitiveAt(ctx: Ctx, t1: number, s1: number): boolean {
  const n = t1 + 1;
  if (n >= s1 || ctx.toks[n]!.kind !== 'WORD') return true;
  const w = ctx.low[n]!;
  return ctx.lex.roles.has(w) || INTRANS_ADVERBS.has(w) || /^[a-z]{3,}ly$/.test(w);
}

/** Lower-case words that may stand between a verb and the person it takes as object ("fired its head coach Jim O'Brien"). */
const OBJ_SKIP = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'longtime', 'embattled', 'former', 'then', 'interim', 'head', 'chief', 'top', 'star', 'veteran']);

const OBJ_STOP = new Set(['and', 'or', 'but', 'then', 'back', 'up', 'off', 'out', 'again', 'shots', 'shot', 'rounds', 'bullets']);

/** A person is the direct object: a non-possessive PERSON mention within four tokens after the trigger, with only
 * determiners, titles or other lower-case nouns before it ("fired Jim O'Brien", "sacked manager Graham Potter", "fired him"). */
export function personObject(ctx: Ctx, t1: number, s1: number): boolean {
  for (let k = t1 + 1; k < s1 && k <= t1 + 5; k++) {
    const mi = ctx.ments.at[k]!;
    if (mi >= 0) {
      const m = ctx.ments.list[mi]!;
      if (m.type === 'PERSON') return !m.possessive && m.t0 === k;
      // "fired FBI director James Comey": a name modifying the title before the person
      if (m.pseudo || m.t0 !== k || !/^[a-z]+$/.test(ctx.doc.text.slice(ctx.toks[m.t1 + 1]?.start ?? 0, ctx.toks[m.t1 + 1]?.end ?? 0))) return false;
      k = m.t1;
      continue;
    }
    const w = ctx.low[k]!;
    if (ctx.toks[k]!.kind !== 'WORD' || ctx.lex.roles.has(w) || ctx.trig[k] || OBJ_STOP.has(w) || /(?:ed|ing)$/.test(w)) return false;
    if (!OBJ_SKIP.has(w) && !/^[a-z]+$/.test(ctx.doc.text.slice(ctx.toks[k]!.start, ctx.toks[k]!.end))) return false;
  }
  return false;
}

/** An organisation named as the direct object after the verb ending at t1: a determiner and up to three lower-case
 * modifiers before it ("joined NATO", "join Irish province Leinster", "joins the military alliance NATO"), not a possessor
 * ("joined NATO's mission"), nor one joined in an act ("joined Amnesty in calling for", "joined the UN in urging"). */
export function orgObject(ctx: Ctx, t1: number, s1: number): boolean {
  let k = t1 + 1;
  if (k < s1 && ctx.ments.at[k]! < 0 && DET.has(ctx.low[k]!)) k++;
  for (let n = 0; n < 3 && k < s1 && ctx.ments.at[k]! < 0; n++, k++) {
    const w = ctx.low[k]!;
    if (ctx.toks[k]!.kind !== 'WORD' || ctx.lex.roles.has(w) || OBJ_STOP.has(w) || !/^[a-z-]+$/.test(ctx.doc.text.slice(ctx.toks[k]!.start, ctx.toks[k]!.end))) return false;
  }
  if (k >= s1 || ctx.ments.at[k]! < 0) return false;
  const m = ctx.ments.list[ctx.ments.at[k]!]!;
  if (m.pseudo || m.possessive || m.t0 !== k || m.type !== 'ORG') return false;
  const n = m.t1 + 1;
  // "joined Greenpeace activists": a lower-case plural noun after the name makes the name a modifier of people joined
  if (n < s1 && ctx.ments.at[n]! < 0 && /^[a-z]{3,}[^s]s$/.test(ctx.doc.text.slice(ctx.toks[n]!.start, ctx.toks[n]!.end))
    && (ctx.lex.roles.has(ctx.low[n]!) || nounHeadAfter(ctx, m.t1, s1))) return false;
  // "joined the UN in urging restraint", "joined Amnesty in a call for"
  return !(ctx.low[n] === 'in' && n + 1 < s1 && (/ing$/.test(ctx.low[n + 1]!) || JOINED_IN_ACT.has(ctx.low[n + 1]!)));
}
/** Words after "in" that make an organisation one joined in an act, not the body joined ("joined Amnesty in a call for"). */
const JOINED_IN_ACT = new Set(['a', 'an', 'their', 'its', 'his', 'her', 'calls', 'call']);

/** Words after an object that give the reason for verbal criticism ("attacked China over trade", "for its stance"). */
const REASON_AFTER = new Set(['over', 'for', 'as', 'about', 'saying', 'calling', 'accusing']);

/** A place is the direct object: a GPE/LOC/FAC mention (not a nationality adjective) right after the trigger, or after
 * a determiner ("attacked Ukraine", "attacked the Gaza Strip", "attacked Kyiv's power grid"), with no reason after it. */
export function placeObject(ctx: Ctx, t1: number, s1: number): boolean {
  let k = t1 + 1;
  while (k < s1 && k <= t1 + 2 && ctx.ments.at[k]! < 0 && (ctx.low[k] === 'the' || ctx.low[k] === 'a' || ctx.low[k] === 'an')) k++;
  if (k >= s1 || ctx.ments.at[k]! < 0) return false;
  const m = ctx.ments.list[ctx.ments.at[k]!]!;
  if (m.t0 !== k || (m.type !== 'GPE' && m.type !== 'LOC' && m.type !== 'FAC') || isDemonymSurface(ctx, m)) return false;
  for (let q = m.t1 + 1; q < s1 && q <= m.t1 + 5; q++) {
    const w = ctx.low[q]!;
    if (REASON_AFTER.has(w)) return false;
    if (w === ',' || w === '.' || ctx.toks[q]!.kind === 'QUOTE') return !(ctx.low[q + 1] && REASON_AFTER.has(ctx.low[q + 1]!));
  }
  return true;
}

/** A nationality adjective right before token t0, or before one compound modifier ("an Israeli strike", "a Russian drone
 * strike"); a country's name as a modifier ("US strikes") counts too, a possessive ("Israel's strike") does not. */
export function demonymBefore(ctx: Ctx, t0: number, s0: number): boolean {
  let k = t0 - 1;
  if (k > s0 && COMPOUND_MODIFIERS.has(ctx.low[k]!) && ctx.ments.at[k]! < 0) k--;
  if (k < s0 || ctx.ments.at[k]! < 0) return false;
  const m = ctx.ments.list[ctx.ments.at[k]!]!;
  if (m.pseudo || m.possessive || m.t1 !== k) return false;
  return m.type === 'NORP' || (m.type === 'GPE' && (isDemonymSurface(ctx, m) || m.t0 === m.t1));
}

const PERFECT = new Set(['has', 'have', 'had']);
const PERSON_PRONOUNS = new Set(['he', 'she']);

/** A passive participle whose subject is a person ("Calhoun was fired", "a man who was fired from the firm"). */
export function personPassive(ctx: Ctx, t0: number, t1: number, s0: number, s1: number): boolean {
  let k = t0 - 1;
  let been = false;
  while (k >= s0 && (gapAdverb(ctx.low[k]!) || ctx.low[k] === 'been' || ctx.low[k] === 'being' || ctx.low[k] === 'not')) {
    if (ctx.low[k] === 'been') been = true;
    k--;
  }
  // "was fired", and the perfect "has been held", "who had been detained"
  const aux = k >= s0 && ((BE.has(ctx.low[k]!) && ctx.low[k] !== "'s") || (been && PERFECT.has(ctx.low[k]!)));
  if (!aux) return false;
  // "a man who was fired from the firm" (missiles "which were fired" are not people)
  if (ctx.low[k - 1] === 'who') return true;
  // "he was still being held": a personal pronoun subject
  if (k - 1 >= s0 && PERSON_PRONOUNS.has(ctx.low[k - 1]!)) return true;
  for (let j = k - 1; j >= Math.max(s0, k - 6); j--) {
    const mi = ctx.ments.at[j]!;
    if (mi >= 0) { const m = ctx.ments.list[mi]!; return m.type === 'PERSON' && !m.possessive; }
    if (HARD_PUNCT.has(ctx.low[j]!)) return false;
  }
  return false;
}

/** Words that may stand between a verb of defeat and the name it takes ("edged past Arsenal", "crushed the Lakers"). */
const NAME_OBJ_SKIP = new Set(['the', 'past', 'out']);
/** Words that may follow a team's name as the object of a verb of defeat: a preposition, a conjunction, a punctuation
 * mark or a score ("edged Arsenal 2-1", "crushed Italy in the final", "upset Nadal, the defending champion"); a
 * lower-case noun after it makes the name a modifier ("crushed Hong Kong protests"). */
const AFTER_NAME_OBJ = new Set(['in', 'at', 'on', 'to', 'and', 'for', 'with', 'after', 'before', 'by', 'as', 'during', 'from', 'despite',
  'thanks', 'without', 'behind', 'inside', 'over', 'until', 'when', 'while', 'who', 'which', 'but', 'again', 'twice', 'once']);

/** A name is the direct object of the trigger ("edged Arsenal 2-1", "stunned the Lakers", "upset Nadal in the final"), or
 * the agent of its passive ("Italy were crushed by Spain"): a non-possessive person, organisation or country written as
 * its name, not as a nationality adjective ("crushed Russian forces"). */
export function nameObject(ctx: Ctx, t0: number, t1: number, s0: number, s1: number): boolean {
  let k = t1 + 1;
  const passive = t0 > s0 && (BE.has(ctx.low[t0 - 1]!) || ctx.low[t0 - 1] === 'been');
  if (passive) {
    // a score between the verb and its agent ("were crushed 4-0 by Spain", "4 - 0")
    while (k < s1 && k <= t1 + 3 && (ctx.toks[k]!.kind === 'NUMBER' || ctx.low[k] === '-' || ctx.low[k] === '–')) k++;
    if (ctx.low[k] !== 'by') return false;
    k++;
  }
  while (k < s1 && k <= t1 + 3 && ctx.ments.at[k]! < 0 && NAME_OBJ_SKIP.has(ctx.low[k]!)) k++;
  if (k >= s1 || ctx.ments.at[k]! < 0) return false;
  const m = ctx.ments.list[ctx.ments.at[k]!]!;
  if (m.pseudo || m.possessive || m.t0 !== k || !(m.type === 'ORG' || m.type === 'PERSON' || m.type === 'GPE') || isDemonymSurface(ctx, m)) return false;
  const n = m.t1 + 1;
  if (n >= s1) return true;
  const nt = ctx.toks[n]!;
  return nt.kind !== 'WORD' || AFTER_NAME_OBJ.has(ctx.low[n]!) || ctx.ments.at[n]! >= 0;
}

/** Words a gap ("*") of a multiword reading never spans: a clause runs on past them ("put pressure on them and on hold"). */
const GAP_STOP = new Set(['and', 'or', 'but', 'that', 'which', 'who', 'because', 'after', 'before', 'while', 'when', 'if', 'as', 'to', 'on', 'off', 'down', 'out']);
/** The most words a gap ("put the $2 billion project on hold") spans. */
const GAP_MAX = 4;

/** Matches the words after the first one of a multiword reading; returns the last token or -1. A "*" stands for the
 * verb's object, one to four words with no punctuation nor clause word ("put the project on hold", "called the strike
 * off", "took the minister to task"). */
export function matchRest(ctx: Ctx, r: Reading, i: number, s1: number): number {
  const end = matchFrom(ctx, r.rest, 0, i, s1);
  // a particle followed by a determiner is a preposition of its own phrase ("turned his car down a side road")
  if (end >= 0 && r.rest.includes('*') && end + 1 < s1 && GAP_DET.has(ctx.low[end + 1]!)) return -1;
  return end;
}
const GAP_DET = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

function matchFrom(ctx: Ctx, rest: string[], n: number, k: number, s1: number): number {
  if (n === rest.length) return k;
  const word = rest[n]!;
  if (word === '*') {
    // a currency or percent sign rides with its number ("put the $2 billion plan on hold") and is no word of its own
    for (let j = k + 1, words = 0; j < s1; j++) {
      const t = ctx.toks[j]!;
      if (t.kind === 'SYMBOL') continue;
      // so does a possessive "'s" with its owner ("put the company's expansion plans on hold")
      if ((ctx.low[j] === "'s" || ctx.low[j] === '’s') && j > k + 1) { const end = matchFrom(ctx, rest, n + 1, j, s1); if (end >= 0) return end; continue; }
      if ((t.kind !== 'WORD' && t.kind !== 'NUMBER') || GAP_STOP.has(ctx.low[j]!) || ++words > GAP_MAX) return -1;
      const end = matchFrom(ctx, rest, n + 1, j, s1);
      if (end >= 0) return end;
    }
    return -1;
  }
  const k1 = k + 1;
  if (k1 >= s1) return -1;
  const w = ctx.low[k1]!;
  if (w !== word && !lemmaCandidates(w, ctx.lex.irregular).some((c) => c.lemma === word)) return -1;
  return matchFrom(ctx, rest, n + 1, k1, s1);
}

const ARTICLE = new Set(['the', 'a', 'an', 'this', 'that']);
const DEFINITE = new Set(['the', 'this', 'that']);

/** A mention written as a nationality adjective ("Russian", "Israeli"), not as the place's name. */
export function isDemonymSurface(ctx: Ctx, m: MentionRef): boolean {
  if (m.type === 'PERSON') return false; // a person's short name ("Modi", "Erdogan") only ends like one
  const surface = ctx.doc.text.slice(m.start, m.end);
  return /(?:an|ese|ish|ian|i|ch)$/.test(surface) && ctx.ments.byId.get(m.ids[0]!)?.name !== surface;
}

/** Words in -ly that are adjectives, not adverbs ("an early election", "a deadly attack"). */
const LY_ADJECTIVES = new Set(['early', 'only', 'daily', 'weekly', 'monthly', 'yearly', 'likely', 'unlikely', 'friendly', 'elderly', 'deadly',
  'costly', 'timely', 'lonely', 'family', 'holy', 'ugly', 'lively', 'orderly', 'hourly', 'quarterly', 'nightly', 'kindly', 'bodily', 'italy']);

/** A reading with a context condition that ctxMatch checks (words, an object, a passive, a score …). */
function hasCtx(r: Reading): boolean {
  return !!(r.ctx || r.ctxWeapon || r.ctxPersonObj || r.ctxPassive || r.ctxPlaceObj || r.ctxPlaceOn || r.ctxDemonym || r.ctxScore || r.ctxMarketPoints || r.ctxToVerb || r.ctxOrgObj);
}

/** A reading that applies only with a context of its own (a context condition or more words after it). */
function conditioned(r: Reading): boolean {
  return hasCtx(r) || r.rest.length > 0;
}

/** Words that open a gerund's object: articles, demonstratives and possessive pronouns. */
const GERUND_OBJ = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** The token after the "-ing" form at i opens an object: an article, a demonstrative or a possessive, a number, or a name. */
function gerundObject(ctx: Ctx, i: number): boolean {
  const n = i + 1;
  if (n >= ctx.low.length) return false;
  if (GERUND_OBJ.has(ctx.low[n]!) || ctx.toks[n]!.kind === 'NUMBER') return true;
  const mi = ctx.ments.at[n]!;
  return mi >= 0 && !ctx.ments.list[mi]!.pseudo && ctx.ments.list[mi]!.t0 === n;
}

export function guessNoun(ctx: Ctx, i: number, s0: number, infl: Inflection): 'N' | 'V' | '?' {
  if (infl === 'ED' || infl === 'IRREGULAR') return 'V';
  const prev = i > s0 ? ctx.low[i - 1]! : '';
  // "Israeli air strikes", "a Russian missile attack": the head of a compound
  if ((infl === 'BASE' || infl === 'S') && COMPOUND_MODIFIERS.has(prev) && ctx.ments.at[i - 1]! < 0 && !PAST_AS_BASE.has(ctx.low[i]!)) return 'N';
  if (DET.has(prev) || (i > s0 && ctx.ments.at[i - 1]! >= 0 && ctx.ments.list[ctx.ments.at[i - 1]!]!.possessive)) return 'N';
  // a gerund after a preposition takes an object as a verb does: "for lifting its tsunami warning", "after killing three
  // people", "by firing the coach Jim Ray" (a noun "-ing" after a preposition has none: "in fighting between", "of killings")
  if (infl === 'ING' && NOUN_NEXT.has(prev) && prev !== 'to' && gerundObject(ctx, i)) return 'V';
  if (NOUN_NEXT.has(prev) && prev !== 'to') return 'N';
  if (ctx.toks[i - 1]?.kind === 'NUMBER') return 'N';
  // "faced sanctions", "drew protests", "faces charges": a plural right after a verb a reaction is undergone by is its object
  if (infl === 'S' && UNDERGO.has(prev)) return 'N';
  if (VERB_CUE.has(prev)) return 'V';
  // "We strongly condemn", "they will firmly reject": one adverb between a pronoun or auxiliary and the verb
  if (/^[a-z]{3,}ly$/.test(prev) && !LY_ADJECTIVES.has(prev) && i - 1 > s0 && ctx.ments.at[i - 1]! < 0 && ctx.low[i - 2] !== 'to' && VERB_CUE.has(ctx.low[i - 2]!)) return 'V';
  if (i > s0 && ctx.ments.at[i - 1]! >= 0 && !ctx.ments.list[ctx.ments.at[i - 1]!]!.possessive) {
    // A name between a determiner and a singular noun modifies it: "the Air Canada deal", "a Russian attack".
    const m = ctx.ments.list[ctx.ments.at[i - 1]!]!;
    if (infl === 'BASE' && !m.pseudo && m.t0 > s0 && ARTICLE.has(ctx.low[m.t0 - 1]!)) return 'N';
    // "in Russian strikes", "after Israeli raids": a nationality adjective after a preposition modifies a noun
    if (!m.pseudo && m.t0 === m.t1 && m.t0 > s0 && ctx.lex.roles.has(ctx.low[m.t0 - 1]!) && isDemonymSurface(ctx, m)) return 'N';
    // "Israeli strikes on Rafah killed …": a nationality adjective cannot be a verb's subject, so a plural after it is a noun
    if (infl === 'S' && !m.pseudo && m.t0 === m.t1 && isDemonymSurface(ctx, m)) return 'N';
    return 'V';
  }
  return '?';
}

/** Prepositions that only open a noun phrase before a trigger: "under investigation", "amid protests", "during the rescue". */
const NOUN_BEFORE = new Set(['under', 'amid', 'during']);

/** A noun trigger needs some nominal context: a determiner/possessive/number/preposition/light verb before it,
 * a preposition after it, a plural form, or a following group noun ("rescue teams"). */
export function nounContextOk(ctx: Ctx, i: number, t1: number, s0: number, s1: number, infl: Inflection): boolean {
  const next = t1 + 1 < s1 ? ctx.low[t1 + 1]! : '';
  if (MODIFIED_HEAD.has(next)) return false;
  if (infl === 'S') return true;
  if (NOUN_NEXT.has(next) || GROUP_NOUN.has(next)) return true;
  if (i === s0) return true;
  for (let k = i - 1; k >= Math.max(s0, i - 3); k--) {
    const w = ctx.low[k]!;
    const t = ctx.toks[k]!;
    if (t.kind === 'PUNCT' || t.kind === 'QUOTE') return k === i - 1 ? true : false;
    if (DET.has(w) || NOUN_NEXT.has(w) || NOUN_BEFORE.has(w) || LIGHT.has(w) || t.kind === 'NUMBER') return true;
    const mi = ctx.ments.at[k]!;
    if (mi >= 0) return ctx.ments.list[mi]!.possessive || k === i - 1 || headOfCompound(ctx, i, t1, s1);
  }
  return headOfCompound(ctx, i, t1, s1);
}

/** The last noun of a compound before a clause boundary or a verb: "a deadly office Christmas party
 * shooting.", "Michigan office shooting kills 1". Not a modifier ("shooting range") by construction. */
function headOfCompound(ctx: Ctx, i: number, t1: number, s1: number): boolean {
  const prev = ctx.toks[i - 1];
  if (!prev || prev.kind !== 'WORD' || AUX.has(ctx.low[i - 1]!) || VERB_CUE.has(ctx.low[i - 1]!)) return false;
  if (t1 + 1 >= s1) return true;
  const nt = ctx.toks[t1 + 1]!;
  const next = ctx.low[t1 + 1]!;
  if (nt.kind === 'PUNCT' || nt.kind === 'QUOTE') return next !== '-';
  if (AUX.has(next) && next !== 'to' && next !== 'not') return true;
  // A finite verb after it: a known trigger verb form or a -ed form ("shooting kills", "crash killed").
  if (nt.kind === 'WORD' && /^[a-z]{3,}ed$/.test(next) && !/(?:eed|hundred)$/.test(next)) return true;
  // an irregular past: "a 6.1-magnitude quake struck", "an office shooting left one dead"
  if (nt.kind === 'WORD' && ctx.lex.irregular.has(next) && !ctx.lex.triggers.has(next)) return true;
  return nt.kind === 'WORD' && /^[a-z]+s$/.test(next) && !/(?:ss|us|is|ness|ics)$/.test(next) && !!lemmatize(next, ctx.lex.irregular, ctx.lex.triggers, true);
}

/** Types of what is done by saying it: typed even on an attribution cue. */
export const SPEECH_ACTS = new Set(['APPEAL', 'ACCUSE', 'CRITICIZE', 'PRAISE', 'REJECT', 'DEMAND', 'THREATEN', 'PROMISE', 'APOLOGIZE', 'PROPOSE']);

/** Types of a commitment made by saying it, events of their own even where the attribution stage reads the verb as a cue
 * ("Putin and Xi agreed to expand trade", "Japan pledged $200 million", "the Fed decided to hold rates"). */
export const COMMITMENTS = new Set(['AGREEMENT', 'PROVIDE_AID', 'POLICY_DECISION', 'OFFER']);

/** Types that react to another event: their subject is not the agent of the event they govern ("Japan protested the launch"). */
const REACTIONS = new Set(['CRITICIZE', 'PRAISE', 'PROTEST', 'ACCUSE', 'REJECT', 'APPEAL', 'DEMAND', 'INVESTIGATE', 'APOLOGIZE']);

/** A headline in title case ("Esther Williams Dies At 91", "Earthquake Levels Villages"): capitals say nothing
 * about names there. At least three words of four letters or more, all capitalised (one may be lower-case in a long
 * headline), two of them outside mentions. */
export function isTitleCase(ctx: Ctx, s0: number, s1: number): boolean {
  let long = 0, upper = 0, freeUpper = 0;
  for (let k = s0; k < s1; k++) {
    const t = ctx.toks[k]!;
    if (t.kind !== 'WORD' || t.end - t.start < 4) continue;
    long++;
    if (/^\p{Lu}/u.test(ctx.doc.text.slice(t.start, t.start + 1))) { upper++; if (ctx.ments.at[k]! < 0) freeUpper++; }
  }
  return long >= 3 && freeUpper >= 2 && upper >= long - (long >= 8 ? 1 : 0);
}

/** The type of the one contextual noun reading of `lemma` whose context words the document holds ("the strike" in a report
 * that names workers and unions elsewhere); undefined when none or several readings are supported. */
function documentReading(ctx: Ctx, lemma: string): string | undefined {
  if (!ctx.docWords) {
    ctx.docWords = new Set<string>();
    for (const w of ctx.low) {
      if (w.length < 3) continue;
      ctx.docWords.add(w);
      if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) ctx.docWords.add(w.slice(0, -1));
    }
  }
  let found: string | undefined;
  for (const r of ctx.lex.triggers.get(lemma) ?? []) {
    if (!r.ctx || r.rest.length || r.pos === 'V' || r.type === '-' || r.near || r.prev) continue;
    let hit = false;
    for (const w of r.ctx) if (ctx.docWords.has(w)) { hit = true; break; }
    if (!hit) continue;
    if (found !== undefined && found !== r.type) return undefined;
    found = r.type;
  }
  return found;
}

const SUBJECT_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we']);
/** Words after a bare form that make it a verb of a plural subject ("workers commute to the capital"). */
const PREP_AFTER_VERB = new Set(['to', 'into', 'from', 'in', 'between', 'across', 'through', 'back', 'home', 'daily', 'every', 'each']);
/** A WordNet verb reading at token `i` is no clause verb: an -ed/-ing form after a determiner before a word ("the exiled
 * leader", "a bruising trial"), or a bare form opening its sentence right before a lower-case word ("Knife crime"). */
function wordnetNotVerb(ctx: Ctx, i: number, s0: number, s1: number, infl: string): boolean {
  const next = i + 1 < s1 ? ctx.toks[i + 1] : undefined;
  if (!next || next.kind !== 'WORD') return false;
  if ((infl === 'ED' || infl === 'ING') && i > s0 && DET.has(ctx.low[i - 1]!)) return true;
  return infl === 'BASE' && i === s0 && ctx.ments.at[i + 1]! < 0;
}
/** Modal verbs: a base form right after one is a verb ("will raise prices"). */
const MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', "'ll"]);
/** Token i is a finite verb right after its subject: a verb whose past is its base ("cut", "hit", "set") or an -s form,
 * after a non-possessive name of an actor or a subject pronoun ("Tesla cut prices", "it cuts prices"). */
function verbAfterSubject(ctx: Ctx, i: number, s0: number, infl: Inflection): boolean {
  if (i <= s0 || !(infl === 'S' || PAST_AS_BASE.has(ctx.low[i]!))) return false;
  if (SUBJECT_PRONOUNS.has(ctx.low[i - 1]!)) return true;
  const mi = ctx.ments.at[i - 1]!;
  const m = mi >= 0 ? ctx.ments.list[mi]! : undefined;
  return !!m && m.t1 === i - 1 && !m.possessive && (m.type === 'ORG' || m.type === 'PERSON' || m.type === 'GPE' || m.type === 'NORP');
}

/** Head nouns of a region written after its name ("Borno state"), never a trigger there. */
const PLACE_HEADS = new Set(['state', 'province', 'region', 'district', 'county', 'governorate', 'prefecture']);

/** A trigger found in a sentence, with what argument attachment needs to know about its form. */
export interface Pending { d: Draft; infl: Inflection; needObj: boolean; also?: string }

/** The triggers of sentence s (token range [s0, s1)), marked in ctx.trig / ctx.stmt. */
/** A word token that looks like a plural noun ("critics", "analysts"; not "its", "this", "was"). */
function pluralAt(ctx: Ctx, k: number): boolean {
  return ctx.toks[k]?.kind === 'WORD' && /^[a-z]+[^s'’]s$/.test(ctx.low[k]!) && !DET.has(ctx.low[k]!);
}
/**
 * "critics say", "…, say analysts": a saying verb's bare form at i right after a plural noun, or after a comma and
 * before one, is its present tense (not an infinitive or imperative left without a clause verb).
 */
function pluralSays(ctx: Ctx, i: number, s0: number, s1: number): boolean {
  if (!REPORTING.has(ctx.low[i]!) || i <= s0) return false;
  return pluralAt(ctx, i - 1) || (ctx.low[i - 1] === ',' && i + 1 < s1 && pluralAt(ctx, i + 1));
}

export function findTriggers(ctx: Ctx, s: number, s0: number, s1: number): Pending[] {
  const { lex, toks, low, doc } = ctx;
  const paragraph = ctx.sentences[s]?.paragraph ?? s;
  const pending: Pending[] = [];
  const titled = isTitleCase(ctx, s0, s1);
  for (let i = s0; i < s1; i++) {
    const tok = toks[i]!;
    if (!isWordTok(tok)) continue;
    // No triggers inside names, except named events ("Typhoon Haikui", "Storm Daniel").
    if (ctx.ments.at[i]! >= 0) {
      const m = ctx.ments.list[ctx.ments.at[i]!]!;
      if (!m.pseudo && m.type !== 'EVENT') continue;
    }
    const hit = lemmatize(low[i]!, lex.irregular, lex.triggers, true);
    if (!hit) continue;
    // "Borno state", "Kaduna state": a region's head noun right after its name is part of the place
    if (PLACE_HEADS.has(low[i]!) && i > s0 && ctx.ments.at[i - 1]! >= 0 && !ctx.ments.list[ctx.ments.at[i - 1]!]!.possessive
      && (ctx.ments.list[ctx.ments.at[i - 1]!]!.type === 'GPE' || ctx.ments.list[ctx.ments.at[i - 1]!]!.type === 'LOC')) continue;
    const raw = doc.text.slice(tok.start, tok.end);
    if (/^\p{Lu}/u.test(raw) && i !== s0 && !titled && !(toks[i - 1]!.kind === 'QUOTE' || ctx.low[i - 1] === ':')) {
      // Capitalised mid-sentence: part of a name ("Storm Daniel"), unless the whole sentence is upper-case.
      if (raw !== raw.toUpperCase() || raw.length < 3) continue;
    }
    // Sentence-initial capitalised word followed by another capitalised word: a name ("Storm Daniel").
    if (i === s0 && !titled && i + 1 < s1 && /^\p{Lu}/u.test(raw) && ctx.ments.at[i + 1]! < 0 && /^\p{Lu}\p{Ll}/u.test(doc.text.slice(toks[i + 1]!.start, toks[i + 1]!.end))) continue;
    // A noun-like form before a head noun is a modifier ("aid organisation"); verb forms are not ("reported record revenue").
    // A verb right after its subject is no modifier, though: "Tesla cut prices", "it cuts prices" (a verb whose past is its
    // base, or an -s form, after a name or a subject pronoun).
    // After a modal a base form is a verb too: "will raise prices", "would cut rates" (not "to", which also opens a noun
    // phrase: "donated to aid groups").
    if ((hit.infl === 'BASE' || hit.infl === 'S') && i + 1 < s1 && MODIFIED_HEAD.has(low[i + 1]!) && !verbAfterSubject(ctx, i, s0, hit.infl)
      && !(hit.infl === 'BASE' && i > s0 && MODALS.has(low[i - 1]!))) continue;
    // "killing a police officer": a noun lemma that is also an -ing form of a verb trigger tries the verb too
    const hits: LemmaHit[] = [hit];
    if (hit.infl === 'BASE' && low[i]!.endsWith('ing')) {
      for (const c of lemmaCandidates(low[i]!, lex.irregular)) if (c.infl === 'ING' && lex.triggers.has(c.lemma)) { hits.push(c); break; }
    }
    let chosen: Reading | undefined;
    let t1 = i;
    let nounGuess: 'N' | 'V' | '?' = '?';
    let used = hit;
    for (const h of hits) {
    const readings = lex.triggers.get(h.lemma)!;
    for (const r of readings) {
      let end = i;
      if (r.rest.length) {
        end = matchRest(ctx, r, i, s1);
        if (end < 0) continue;
        // "declared the Ebola outbreak over": the gap's last word, before the words after "*", is a context word
        if (r.gapHead && !(r.ctx?.has(ctx.low[end - (r.rest.length - 1 - r.rest.indexOf('*'))] ?? '') ?? false)) continue;
        // a reading with a gap ("put * on hold") is the verb alone: the object between keeps its own triggers ("put the
        // talks on hold" is a suspension of talks)
        if (r.rest.includes('*')) end = i;
      }
      if (r.notAfter && notAfterWord(ctx, r.notAfter, i, s0, r.pos === 'V')) continue;
      if (r.intrans && !intransitiveAt(ctx, end, s1)) continue;
      if (r.noHead && nounHeadAfter(ctx, end, s1)) continue;
      if (r.noToVerb && ctx.low[end] === 'to' && toVerbAfter(ctx, end - 1, s1) && !BARE_PLACES.has(ctx.low[end + 1] ?? '')) continue;
      // with a gap's head, the gap's head was the context
      if (!r.gapHead && hasCtx(r) && !ctxMatch(ctx, r, i, end, s0, s1, s)) continue;
      if (r.vform && h.infl !== 'ED' && h.infl !== 'ING' && h.infl !== 'IRREGULAR') continue;
      if (r.nameObj && !nameObject(ctx, i, end, s0, s1)) continue;
      if (r.actorObj && !actorObject(ctx, end, s1)) continue;
      // "afterbe": a predicate right after a form of "be", adverbs between ("shares were down 11%", "were sharply up"; not
      // "closed up 11%", "slipped 1.6% down to $1.92", where another verb tells the move)
      if (r.afterBe && !afterBeForm(ctx, i, s0)) continue;
      if (r.actorSubj && !actorBeforeBe(ctx, i, end, s0, s1)) continue;
      if (r.noBe && h.infl === 'ED' && i > s0 && (BE.has(ctx.low[i - 1]!) || ctx.low[i - 1] === 'been' || ((ctx.low[i - 1] === 'well' || ctx.low[i - 1] === 'fully' || ctx.low[i - 1] === 'not') && i - 1 > s0 && BE.has(ctx.low[i - 2]!)))) continue;
      const g = guessNoun(ctx, i, s0, h.infl);
      // A WordNet-generated reading has no hand-written guard: a verb reading needs a clause verb, not a participle used as
      // an adjective after a determiner ("The exiled opposition leader", "after a bruising trial") nor a bare form opening
      // the sentence before a noun ("Knife crime has risen": a compound, news has few imperatives); a noun reading is no
      // verb right after a plural or pronoun subject ("workers commute to the capital").
      if (r.wordnet && r.pos !== 'N' && wordnetNotVerb(ctx, i, s0, s1, h.infl)) continue;
      if (r.wordnet && r.pos === 'N' && h.infl === 'BASE' && i > s0 && toks[i - 1]!.kind === 'WORD' && (SUBJECT_PRONOUNS.has(ctx.low[i - 1]!) ||
        (/[^s']s$/.test(ctx.low[i - 1]!) && !DET.has(ctx.low[i - 1]!) && ctx.ments.at[i - 1]! < 0 && PREP_AFTER_VERB.has(ctx.low[i + 1] ?? '')))) continue;
      // After a number a verb-only reading stays a verb ("Three die in bank", "26 killed").
      const afterNumber = i > s0 && (toks[i - 1]!.kind === 'NUMBER' || NUM_WORDS.has(ctx.low[i - 1]!));
      if (r.pos === 'V' && !afterNumber && (g === 'N' || (h.infl === 'S' && (i === s0 || DET.has(ctx.low[i - 1] ?? ''))))) continue;
      // A bare base form is a verb only after "to", a modal, a pronoun, a number or a coordinator.
      // Verbs whose past is their base ("a rocket hit", "the bank cut") after a plain noun are verbs too.
      // ... and after a form of "be" they are participles ("was hit by a car", "being hit").
      const pastAsBase = PAST_AS_BASE.has(low[i]!) && i > s0 && toks[i - 1]!.kind === 'WORD' && !DET.has(ctx.low[i - 1]!) && !lex.roles.has(ctx.low[i - 1]!) &&
        (!AUX.has(ctx.low[i - 1]!) || BE.has(ctx.low[i - 1]!));
      if (r.pos === 'V' && h.infl === 'BASE' && g !== 'V' && !afterNumber && !pastAsBase && !['and', 'or'].includes(ctx.low[i - 1] ?? '') && i !== s0
        && !(r.type === 'STATEMENT' && pluralSays(ctx, i, s0, s1))) continue;
      // "-ing" right after a determiner and an adjective is a noun ("the burning building").
      if (r.pos === 'V' && h.infl === 'ING' && i - 2 >= s0 && DET.has(ctx.low[i - 2]!) && toks[i - 1]!.kind === 'WORD' && ctx.ments.at[i - 1]! < 0) continue;
      // "shot to death", "burned to death": after "to" a noun-only lemma stays a noun
      const nounAfterTo = g === 'V' && ctx.low[i - 1] === 'to' && readings.every((x) => x.pos === 'N');
      // "in southern Iran quake", "the Waitrose fire": a noun-only lemma after a name is the head of a compound
      // ... and so is one whose verb readings all need a context of their own that failed here ("the Waitrose fire": "fire"
      // as a verb needs a person fired or a weapon; "Tesla cut prices" keeps its verb, whose readings are not all conditioned)
      const nounAfterName = g === 'V' && (h.infl === 'BASE' || h.infl === 'S') && i > s0 && ctx.ments.at[i - 1]! >= 0 &&
        !ctx.ments.list[ctx.ments.at[i - 1]!]!.pseudo && readings.every((x) => x.pos === 'N' || (x.pos === 'V' && conditioned(x)));
      if (r.pos === 'N' && ((g === 'V' && !nounAfterTo && !nounAfterName) || h.infl === 'ED' || h.infl === 'ING' && !readings.some((x) => x.lemma === low[i]))) continue;
      if (r.pos === 'N' && !nounContextOk(ctx, i, end, s0, s1, h.infl)) continue;
      chosen = r; t1 = end; nounGuess = r.pos === 'N' ? 'N' : r.pos === 'V' ? 'V' : g; used = h;
      break;
    }
    if (chosen) break;
    }
    // "the collapse", "the strike": a definite noun whose context names no type refers back to the document's earlier
    // event of that lemma, else takes the one reading the document's words support (a reading blocked by its own
    // context, "came under fire", stays blocked)
    if ((!chosen || (chosen.type === '-' && !chosen.ctx && !chosen.ctxWeapon)) && hits[0]!.infl === 'BASE' && i > s0 && DEFINITE.has(low[i - 1]!)) {
      const prior = ctx.lemmaType.get(hits[0]!.lemma) ?? documentReading(ctx, hits[0]!.lemma);
      const nounOk = prior !== undefined && lex.triggers.get(hits[0]!.lemma)!.some((r) => r.pos !== 'V' && !r.rest.length);
      if (prior && nounOk && nounContextOk(ctx, i, i, s0, s1, 'BASE')) {
        const r = lex.triggers.get(hits[0]!.lemma)!.find((x) => x.pos !== 'V' && !x.rest.length)!;
        chosen = { ...r, type: prior, ctx: undefined, ctxWeapon: false, ctxPersonObj: false, ctxPassive: false, ctxPlaceObj: false, ctxPlaceOn: false, ctxDemonym: false, ctxScore: false, ctxMarketPoints: false, ctxToVerb: false, ctxOrgObj: false };
        t1 = i; nounGuess = 'N'; used = hits[0]!;
      }
    }
    if (!chosen) continue;
    // "called the plan a disaster", "described the talks as a catastrophe": a noun naming what the speaker says the
    // object is passes a verdict on it; it is no event of its own (the verdict is the naming verb's CRITICIZE reading)
    if (nounGuess === 'N' && verdictComplement(ctx, i, s0)) continue;
    // "The vote, which was declared invalid", "was declared dead": a participle predicating an adjective after "be" is no
    // saying (a declaration with an object of its own stays one: "a state of emergency was declared on Monday")
    if (chosen.type === 'STATEMENT' && predicativeParticiple(ctx, i, s0, s1)) continue;
    // a multiword reading with no event ("in charge", "free of charge") keeps its words from starting one
    if (chosen.type === '-') { if (chosen.rest.length) i = t1; continue; }
    if (!chosen.rest.length) ctx.lemmaType.set(chosen.lemma, chosen.type);
    // Attribution cues are statements, except a contextual reading of another kind ("recalled its ambassador").
    // A speech act with its own type keeps it ("urged" → APPEAL, "accused" → ACCUSE), and so does a reading conditioned
    // on a verb after "to" ("intends to build" → PLAN); the attribution stage's
    // cue still gives the STATEMENT (statements.ts), so both are kept. So does a reading the lexicon marks as a statement
    // too ("also:STATEMENT": "said in a report" → PUBLISH, "reported that its revenue tripled" → EARNINGS).
    if (ctx.cueTokens[i] && chosen.type !== 'STATEMENT' && chosen.also !== 'STATEMENT' && !((chosen.ctx || chosen.ctxToVerb) && !REPORTING.has(low[i]!)) && !SPEECH_ACTS.has(chosen.type) && !COMMITMENTS.has(chosen.type)) continue;
    const d: Draft = {
      type: chosen.type, lemma: chosen.lemma, t0: i, t1, noun: nounGuess === 'N', args: new Map(), rule: [`lex:${chosen.lemma}/${chosen.pos}${hasCtx(chosen) ? '+ctx' : ''}`],
      sentence: s, paragraph, definite: DET.has(ctx.low[i - 1] ?? '') && ['the', 'this', 'that'].includes(ctx.low[i - 1]!),
    };
    pending.push({ d, infl: used.infl, needObj: chosen.needObj, also: chosen.also });
    for (let k = i; k <= t1; k++) { ctx.trig[k] = 1; if (chosen.type === 'STATEMENT') ctx.stmt[k] = 1; if (REACTIONS.has(chosen.type) || TOPIC_LEMMAS.has(chosen.lemma)) ctx.react[k] = 1; }
    // the words of a multiword trigger ("set fire to", "opened fire") start no trigger of their own
    i = t1;
  }
  return pending;
}

/**
 * Whether the noun at i is the complement of a naming verb (events-words.tsv verdict-naming-verbs) after its object:
 * "called the plan a disaster", "branded it a catastrophe", "described the deal as a disaster". Between the verb and
 * "a"/"an"/"as" stands an object of one to five words, no punctuation, no preposition or subordinator among them
 * (events-words.tsv verdict-naming-object-stops: "called police after a shooting" is no verdict) and none right after
 * the verb ("called for a disaster declaration", "called off", not "called a state of disaster": no object); between
 * "a"/"an"/"as" and the noun at most two modifiers; "as" followed by a finite verb after its noun opens a clause ("as a
 * fire swept through"); the describe forms only with "as" ("a total disaster", "an unmitigated humanitarian catastrophe").
 */
export function verdictComplement(ctx: Ctx, i: number, s0: number): boolean {
  let j = i - 1;
  for (let n = 0; j >= s0 && n < 2 && ctx.toks[j]!.kind === 'WORD' && !['a', 'an', 'as'].includes(ctx.low[j]!) && ctx.ments.at[j]! < 0; j--, n++);
  if (j < s0) return false;
  let art = ctx.low[j]!;
  if (art === 'a' || art === 'an') { if (ctx.low[j - 1] === 'as') { j--; art = 'as'; } }
  else if (art !== 'as') return false;
  // "as a fire swept through the market": "as" opening a clause (its noun followed by a finite verb) is no complement
  if (art === 'as') {
    const nx = ctx.low[i + 1] ?? '';
    if (AUX.has(nx) || BE.has(nx) || /[a-z]{2,}ed$/.test(nx) || ctx.lex.irregular.has(nx)) return false;
  }
  const verbs = eventWords('verdict-naming-verbs');
  const preps = eventWords('verdict-naming-not-after');
  const stops = eventWords('verdict-naming-object-stops');
  // the object: one to five words right before "a"/"an"/"as", none of them a preposition or subordinator ("called
  // police after a shooting": "after" opens another phrase, the shooting is no verdict)
  for (let k = j - 1, n = 0; k >= s0 && n < 6; k--, n++) {
    const t = ctx.toks[k]!;
    if (t.kind === 'PUNCT' || HARD_PUNCT.has(ctx.low[k]!)) return false;
    if (verbs.has(ctx.low[k]!)) return k < j - 1 && !preps.has(ctx.low[k + 1] ?? '') && (art === 'as' || !/^descri/.test(ctx.low[k]!));
    if (stops.has(ctx.low[k]!)) return false;
  }
  return false;
}