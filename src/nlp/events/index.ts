// The events stage: finds event triggers (verb and noun lemmas from data/lexicon/events-triggers.tsv),
// fills their arguments from the sentence's shape (subject to the left, objects and prepositional
// phrases to the right, roles from data/lexicon/events-roles.tsv, entity types, light coreference),
// maps types to CAMEO codes, merges simple repeats, and takes certainty/polarity/status from the
// smallest claim that contains the trigger. Every event carries a `rule` naming how it was found.
//
// Steps, per document (all bounded to the sentence, hash lookups per token):
//  1. tokens/sentences (segment layers or a local split) and a mention index with pseudo mentions
//     resolved by light coreference (mentions.ts): pronouns, "the city", "the company", "the two leaders";
//  2. per sentence, triggers: lemma → readings (multiword first, then context-conditioned, then default),
//     part-of-speech guesses from neighbours, nominal context for nouns, no triggers inside names or cues;
//  3. per trigger, arguments: appositive/relative-clause-aware subject (possessor for nouns, "by" agent for
//     passives, the governing light verb's subject for "launched an appeal"), right-hand objects and
//     prepositional roles until the clause or another trigger ends, weapons/vehicles, clause places,
//     sentence or document place fallbacks for located events, the nearest date;
//  4. STATEMENT speakers from inverted order ("said X"), quotations, and the attribution stage;
//  5. merges (same type in one clause; definite repeats of a noun in a paragraph), family inheritance
//     for participant-less events, nesting (`parent`), claims ↔ events.
//
// Files: context.ts (document context, drafts), words.ts (closed word classes), triggers.ts (step 2),
// attach.ts → subject.ts / objects.ts / roles.ts / places.ts (step 3), topics.ts (a reaction's object event), statements.ts (4),
// merge.ts (5); self-commitment.ts (a statement committing the speaker's side: also a PROMISE); speech-content.ts (a statement typed by
// what it says: "said the verdict was 'political'" is also a CRITICIZE); passive-gerund.ts ("after being arrested": the main clause's subject undergoes it), fronted-ing.ts
// ("After arriving in Sochi, Erdogan met": the subject after the comma), trailing-ing.ts ("Hamas attacked Israel, killing
// 1,200": the opening subject).
import type { Claim, EventArgs, NewsEvent } from '../../core/types.js';
import { passiveGerunds } from './passive-gerund.js';
import { frontedIng } from './fronted-ing.js';
import { trailingIng } from './trailing-ing.js';
import { publishedDocuments } from './published-document.js';
import { declaredWinner } from './declared-winner.js';
import { type NlpDoc, type Stage } from '../doc.js';
import { type Lexicon, eventWords, lexicon } from './lexicon.js';
import { type Ctx, type Draft, addArg, buildCtx, hard } from './context.js';
import { COMMITMENTS, SPEECH_ACTS, findTriggers } from './triggers.js';
import { PARTICIPANT_ROLES, merge, inherit, definiteRepeats } from './merge.js';
import { bodyPerson, firstPersonSpeaker, reportedWhere, speakerBody, speakerFromClaims, speechActSpeakers, statementsFromAttribution } from './statements.js';
import { attachArgs } from './attach.js';
import { dropSupportVerbs, retypeDocumentFire, retypeFireEffects, wildfireAsFire } from './retype.js';
import { AUX, BE, DET, ING_OPENERS_CONTROLLED, MOVE, gapAdverb } from './words.js';
import { coordinatedSpeakers, reactionTopics } from './topics.js';
import { reportedOwner, reportedSource } from './reported-owner.js';
import { selfCommitments } from './self-commitment.js';
import { speechContent } from './speech-content.js';
import { criticsStatements } from './critics.js';
import { complementArgs, thatComplementArgs } from './complement-args.js';
import { marketMoveAgent, marketMoves } from './market-moves.js';
import { matchContests } from './match-contest.js';
import { lowerBound } from '../../core/lower-bound.js';

export { buildLexicon, lexicon } from './lexicon.js';

/** Types done by saying something: a reporting verb's coordinated partner of these types shares its speaker. */
const SAYING = new Set([...SPEECH_ACTS, ...COMMITMENTS]);

function detect(ctx: Ctx): Draft[] {
  const drafts: Draft[] = [];
  for (let s = 0; s < ctx.sentRange.length; s++) {
    const [s0, s1] = ctx.sentRange[s]!;
    const pending = dropSupportVerbs(ctx, findTriggers(ctx, s, s0, s1));
    const moved = marketMoves(ctx, s, s0, s1, pending);
    const here: Draft[] = [];
    for (const p of pending) {
      const d = attachArgs(ctx, p, s0, s1);
      if (!d) continue;
      marketMoveAgent(d, moved);
      declaredWinner(ctx, d);
      const trip = journeyOf(ctx, d) ?? negotiationOf(ctx, d, s1) ?? secondType(d, p.also);
      if (trip) here.push(trip);
      here.push(d);
    }
    matchOfResult(ctx, here, s0, s1);
    if (here.length > 1) { retypeFireEffects(here); matchSides(here); }
    // (a lone "before lifting the curbs" too: with no event verb before it, it takes the sentence's opening subject)
    controlledSubjects(ctx, here);
    if (here.length > 1) { occasionSubjects(ctx, here); occasionPlaces(ctx, here); eventSubjects(ctx, here); causeAgents(ctx, here); attackHarms(ctx, here); reactionTopics(ctx, here); coordinatedSpeakers(ctx, here, SAYING); }
    passiveGerunds(ctx, here, openingSubject);
    frontedIng(ctx, here, s0, s1);
    trailingIng(ctx, here, s0);
    publishedDocuments(ctx, here, s0, s1);
    // an occasion inside a fronted participle clause ("Speaking after a cabinet meeting, X said") takes the participle's
    // subject, known only now
    if (here.length > 1) occasionSubjects(ctx, here);
    for (const d of here) sideNotPlace(ctx, d);
    here.push(...matchContests(ctx, here));
    for (const d of here) { responsibleAgent(ctx, d, s0); claimedBy(ctx, d, s1); }
    drafts.push(...here);
  }
  retypeDocumentFire(drafts);
  return wildfireAsFire(drafts);
}

/** The journey a visit or a person's arrival or departure implies: "Scholz visited Beijing", "Modi arrived in Moscow",
 * "Kim left Pyongyang" are each also the traveller's TRAVEL (the visit stays a MEET between parties, the arrival an
 * ARRIVE). Only with a named traveller and, for a visit, a named place among its arguments ("visited Tom Ray at the
 * hospital" names none); vehicles and cargo arriving are no one's trip. The copy comes first so that nesting still
 * finds the original at its token. */
function journeyOf(ctx: Ctx, d: Draft): Draft | undefined {
  const agent = d.args.get('agent') ?? [];
  if (!agent.length) return undefined;
  const ent = (id: string) => ctx.ments.byId.get(id);
  if (d.type === 'MEET') {
    if (d.lemma !== 'visit') return undefined;
    const placed = ['destination', 'location'].some((r) => (d.args.get(r) ?? []).some((id) => { const t = ent(id)?.type; return t === 'GPE' || t === 'LOC' || t === 'FAC'; }));
    if (!placed) return undefined;
  } else if (d.type === 'ARRIVE' || d.type === 'DEPART') {
    if (!agent.every((id) => ent(id)?.type === 'PERSON')) return undefined;
  } else return undefined;
  const args = new Map<string, string[]>();
  for (const [role, ids] of d.args) args.set(role, [...ids]);
  return { ...d, type: 'TRAVEL', args, rule: [...d.rule, 'journey-of:' + d.type], nestedAt: undefined };
}

/** The second type a lexicon reading gives its mention ("also:DEMAND"): a copy with the same arguments, first so that
 * nesting still finds the original at its token. */
function secondType(d: Draft, also: string | undefined): Draft | undefined {
  if (!also || also === d.type) return undefined;
  const args = new Map<string, string[]>();
  for (const [role, ids] of d.args) args.set(role, [...ids]);
  return { ...d, type: also, args, rule: [...d.rule, 'also:' + also], nestedAt: undefined };
}

/** The claim's only negation is the failing trigger itself ("Talks failed to produce a deal": the failure is the event,
 * told as having happened, while "failed to" negates what follows it; a denial keeps the claim's reading). */
function selfNegated(trigger: string, c: Claim): boolean {
  const t = trigger.toLowerCase();
  return /^fail/.test(t) && c.hedges.length > 0 && c.hedges.every((h) => h.toLowerCase().split(/\s+/)[0] === t);
}

/** Auxiliaries a negator follows when it negates the verb after it ("did not", "has never", "would not"). */
const NEG_AUX = new Set(['do', 'does', 'did', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could',
  'should', 'shall', 'may', 'might', 'must']);
/** A verb trigger negated right before it: "did not welcome", "didn't praise", "has never criticized", "never
 * criticized", "did not publicly criticize" (adverbs between; not "did not only criticize … but"). The claim's polarity
 * does not carry this when the verb is the claim's own cue ("did not welcome the decision": the decision is asserted,
 * the negation scopes over the welcoming), so the event reads it here. */
function negatedVerb(ctx: Ctx, d: Draft): boolean {
  if (d.noun) return false;
  const s0 = ctx.sentRange[d.sentence]?.[0] ?? 0;
  const back = (k: number): number => { let b = k - 1; while (b > s0 && ctx.low[b] !== 'only' && gapAdverb(ctx.low[b]!)) b--; return b; };
  const b = back(d.t0);
  if (b < s0) return false;
  const w = ctx.low[b];
  if (w === 'never') return true;
  if (w !== 'not' && w !== "n't" && w !== 'n’t') return false;
  const a = back(b);
  return a >= s0 && NEG_AUX.has(ctx.low[a]!);
}

/** Outcomes talks may be held for ("talks for a bailout", "for a ceasefire"; data/lexicon/events-words.tsv "negotiable"). */
const NEGOTIABLE = eventWords('negotiable');
/** Entity types a party to talks may have ("in talks with the IMF", "in talks with Hamas"). */
const PARTY_TYPES = new Set(['ORG', 'GPE', 'PERSON', 'NORP']);

/** Words after "on" that date talks or place them, not their topic ("talks on Tuesday", "on the sidelines of"). */
const NOT_TOPIC = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|the|a|an|this|that|its|their|his|her|sidelines|friday's|\d.*)$/;
/** Verbs after "to" that make talks a negotiation: "talks to end the fighting", "to resolve the dispute". */
const TALKS_PURPOSE = new Set(['end', 'resolve', 'settle', 'reach', 'secure', 'broker', 'ease', 'defuse', 'restore', 'agree', 'finalise', 'finalize',
  'conclude', 'negotiate', 'hammer', 'revive', 'salvage', 'break']);
/** A party to talks at token k: an organisation, a state, a nationality or a person named, "the" allowed before it. */
function partyAt(ctx: Ctx, k: number, s1: number): boolean {
  if (k < s1 && ctx.low[k] === 'the') k++;
  if (k >= s1) return false;
  const mi = ctx.ments.at[k]!;
  return mi >= 0 && PARTY_TYPES.has(ctx.ments.list[mi]!.type);
}

/** Talks about something are also a negotiation ("held talks in Beijing on restoring ties", "talks over the border
 * dispute", "talks aimed at ending the war", "talks to resolve the dispute"): the meeting stays a MEET, and a NEGOTIATE copy is added when a topic
 * phrase follows the noun in its clause. "Talks on Tuesday" and "talks on the sidelines" name no topic. */
function negotiationOf(ctx: Ctx, d: Draft, s1: number): Draft | undefined {
  if (d.type !== 'MEET' || d.lemma !== 'talk' || !d.noun) return undefined;
  // "is in talks with the IMF", "remain in talks with creditors": being in talks with a party is negotiating with it
  // (the party a named organisation, state or person, after "the" or not: not "in talks with his doctor")
  let topic = d.t0 > 0 && ctx.low[d.t0 - 1] === 'in' && ctx.low[d.t1 + 1] === 'with' && partyAt(ctx, d.t1 + 2, s1);
  for (let k = d.t1 + 1; !topic && k < s1 && k <= d.t1 + 12; k++) {
    const w = ctx.low[k]!;
    if (w === '.' || w === ';' || w === ':' || ctx.toks[k]!.kind === 'QUOTE' || ctx.stmt[k]) break;
    const next = ctx.low[k + 1] ?? '';
    // "talks for a bailout", "talks for a deal": "for" and an event noun the talks seek (not "talks for a second day")
    // (an outcome that is negotiated: not "talks for the visit of the pope", "talks for the summit in Paris")
    if (w === 'for' && (NEGOTIABLE.has(next) || ((next === 'a' || next === 'an' || next === 'the') && NEGOTIABLE.has(ctx.low[k + 2] ?? '')))
      && ctx.ments.at[k + 1]! < 0) { topic = true; break; }
    // "talks on the \"reintegration\" of the region": a quotation mark opening the topic
    if ((w === 'on' || w === 'over' || w === 'about') && next === 'the' && ctx.toks[k + 2]?.kind === 'QUOTE' && ctx.toks[k + 3]?.kind === 'WORD'
      && ctx.ments.at[k + 3]! < 0 && !NOT_TOPIC.test(ctx.low[k + 3]!)) { topic = true; break; }
    if ((w === 'on' || w === 'over' || w === 'about') && ctx.ments.at[k + 1]! < 0 && !NOT_TOPIC.test(next) && ctx.toks[k + 1]?.kind === 'WORD') { topic = true; break; }
    // "on the war", "over the dispute": a determiner, then a word that is no date
    if ((w === 'on' || w === 'over' || w === 'about') && (next === 'the' || next === 'a' || next === 'its' || next === 'their') && !NOT_TOPIC.test(ctx.low[k + 2] ?? '') && ctx.ments.at[k + 2]! < 0 && ctx.toks[k + 2]?.kind === 'WORD') { topic = true; break; }
    if (w === 'aimed' && next === 'at') { topic = true; break; }
    // "talks to end the war", "held talks to resolve the dispute": a purpose that settles something
    if (w === 'to' && TALKS_PURPOSE.has(next)) { topic = true; break; }
  }
  if (!topic) return undefined;
  const args = new Map<string, string[]>();
  for (const [role, ids] of d.args) args.set(role, [...ids]);
  return { ...d, type: 'NEGOTIATE', args, rule: [...d.rule, 'talks-on-topic'], nestedAt: undefined };
}

/** A result's sides are the match's: "Argentina beat France on penalties in the World Cup final" — the final (a MATCH)
 * is between the winner and the loser of the WIN/LOSS in its sentence. The match takes every named side of a verbal
 * result (agent, patient, theme) as a participant ("partner"); only for a result that names both sides, so an election
 * "won" by one candidate gives a match nobody. */
/** A win or a loss between two named sides in a sentence that names a game or a score ("South Africa beat New Zealand
 * 12-11 in the final", "England lost to Spain in the final") is also the MATCH the two sides played, when the sentence
 * holds no MATCH of its own: both sides its participants, the result's place its place. Not a noun ("the win over X"),
 * nor a result with one side ("won the election", "won the award"): the other side must be a named party. */
function matchOfResult(ctx: Ctx, here: Draft[], s0: number, s1: number): void {
  if (here.some((d) => d.type === 'MATCH')) return;
  // a tally of votes is no score: no match in a sentence of an election or a vote ("Macron beat Le Pen 58-42 in the runoff")
  if (here.some((d) => d.type === 'ELECTION' || d.type === 'VOTE')) return;
  const voteWords = eventWords('match-vote-words');
  for (let k = s0; k < s1; k++) if (voteWords.has(ctx.low[k]!)) return;
  const nouns = eventWords('match-nouns');
  const weak = eventWords('match-nouns-weak');
  const weakNext = eventWords('match-weak-noun-followers');
  let game = false;
  for (let k = s0; k < s1 && !game; k++) {
    if (nouns.has(ctx.low[k]!)) game = true;
    // "in the final in Paris", not "in the final count": a noun that is also an adjective heads its phrase
    else if (weak.has(ctx.low[k]!) && (k + 1 >= s1 || ctx.toks[k + 1]!.kind !== 'WORD' || weakNext.has(ctx.low[k + 1]!))) game = true;
    // a score: "12-11", "2-1", "3–0"
    else if (/^\d{1,3}[-–]\d{1,3}$/.test(ctx.doc.text.slice(ctx.toks[k]!.start, ctx.toks[k]!.end))) game = true;
    else if (ctx.toks[k]!.kind === 'NUMBER' && /^[-–]$/.test(ctx.low[k + 1] ?? '') && ctx.toks[k + 2]?.kind === 'NUMBER') game = true;
  }
  if (!game) return;
  const SIDE = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);
  const side = (id: string): boolean => SIDE.has(ctx.ments.byId.get(id)?.type ?? '');
  for (const r of [...here]) {
    if ((r.type !== 'WIN' && r.type !== 'LOSS') || r.noun || r.passive) continue;
    const agent = (r.args.get('agent') ?? []).filter(side);
    const other = [...(r.args.get('patient') ?? []), ...(r.args.get('destination') ?? []), ...(r.args.get('partner') ?? [])].filter((id) => side(id) && !agent.includes(id));
    if (!agent.length || !other.length) continue;
    const args = new Map<string, string[]>([['agent', [...agent]], ['partner', [...new Set(other)]]]);
    const loc = r.args.get('location');
    if (loc?.length) args.set('location', [...loc]);
    here.push({ ...r, type: 'MATCH', args, rule: [...r.rule, 'match-of-result:' + r.type], nestedAt: undefined });
    return;
  }
}

function matchSides(here: Draft[]): void {
  const matches = here.filter((d) => d.type === 'MATCH');
  if (!matches.length) return;
  for (const r of here) {
    if ((r.type !== 'WIN' && r.type !== 'LOSS') || r.noun) continue;
    const agent = r.args.get('agent') ?? [];
    const other = [...(r.args.get('patient') ?? []), ...(r.args.get('theme') ?? [])];
    if (!agent.length || !other.length) continue;
    for (const m of matches) {
      const have = new Set([...(m.args.get('agent') ?? []), ...(m.args.get('partner') ?? []), ...(m.args.get('patient') ?? [])]);
      const add = [...agent, ...other].filter((id) => !have.has(id));
      if (!add.length) continue;
      addArg(m, 'partner', add);
      m.rule.push('match-sides:' + r.type);
    }
  }
}

/** A side of an event is not where it happened: the sentence's nearest place ('place:sentence') was a participant in
 * "Argentina beat France on penalties in the World Cup final" (France, once the match took both sides) and "India will
 * take on Australia in the final". A location so picked that is the event's agent or partner (or, for a match, its other
 * side) is dropped with what was derived from it (the town's country); a wrong place is worse than none. */
function sideNotPlace(ctx: Ctx, d: Draft): void {
  const loc = d.args.get('location');
  if (!loc?.length || !d.rule.includes('place:sentence')) return;
  const sides = new Set([...(d.args.get('agent') ?? []), ...(d.args.get('partner') ?? []), ...(d.type === 'MATCH' ? d.args.get('patient') ?? [] : [])]);
  if (!sides.has(loc[0]!)) return;
  // a side called the host plays at home: "hosts Qatar lost to Ecuador in the opening match", "host nation France",
  // "Germany, the hosts," keep their country as the place
  if (hostSide(ctx, d.sentence, loc[0]!)) { d.rule.push('place-is-host'); return; }
  d.args.delete('location');
  d.rule.push('place-is-side');
  const host = [...sides].find((id) => hostSide(ctx, d.sentence, id));
  if (host) { addArg(d, 'location', [host]); d.rule.push('place-is-host'); }
}

/** Words that call a side the host: "hosts Qatar", "host nation France", "co-hosts Mexico", "Germany, the hosts,". */
const HOST_WORDS = new Set(['host', 'hosts', 'co-host', 'co-hosts']);
/** Whether a mention of `id` in the sentence is called the host: a host word at most two words before it ("host nation
 * France") or ", the host(s)" right after it. */
function hostSide(ctx: Ctx, sentence: number, id: string): boolean {
  const [s0, s1] = ctx.sentRange[sentence]!;
  for (let k = s0; k < s1; k++) {
    const mi = ctx.ments.at[k]!;
    if (mi < 0) continue;
    const m = ctx.ments.list[mi]!;
    k = m.t1;
    if (!m.ids.includes(id)) continue;
    for (let q = m.t0 - 1; q >= s0 && q >= m.t0 - 2; q--) if (HOST_WORDS.has(ctx.low[q]!)) return true;
    if (ctx.low[m.t1 + 1] === ',' && ctx.low[m.t1 + 2] === 'the' && HOST_WORDS.has(ctx.low[m.t1 + 3] ?? '')) return true;
  }
  return false;
}

/** Words before a non-finite verb whose subject is the main clause's: "before heading to", ", heading to", "to meet". */
const NONFINITE_BEFORE = new Set(['before', 'after', 'while', 'when', 'since', 'by', 'without', ',', 'then']);

/** A non-finite verb with no subject of its own ("Kim arrived in Vladivostok, before heading to the cosmodrome to meet
 * Putin") takes the agent of the nearest earlier verb of its sentence that has one (statements excepted: "X said,
 * adding" is handled by the speaker, and a reported clause has its own subject). */
function controlledSubjects(ctx: Ctx, drafts: Draft[]): void {
  for (let n = 0; n < drafts.length; n++) {
    const d = drafts[n]!;
    if (d.noun || d.passive || d.args.get('agent')?.length) continue;
    const prev = ctx.low[d.t0 - 1] ?? '';
    const w = ctx.low[d.t0]!;
    // a statement only after a subordinator ("has championed the idea since announcing it"; not "X said, adding")
    if (d.type === 'STATEMENT' && !(w.endsWith('ing') && ING_OPENERS_CONTROLLED.has(prev))) continue;
    const ing = w.endsWith('ing') && NONFINITE_BEFORE.has(prev);
    const inf = prev === 'to' && !/(?:ed|ing|s)$/.test(w);
    if (!ing && !inf) continue;
    let found = false;
    for (let j = n - 1; j >= 0; j--) {
      const p = drafts[j]!;
      if (p.type === 'STATEMENT' || p.noun) continue;
      const agent = p.args.get('agent');
      if (agent?.length) { addArg(d, 'agent', agent); d.rule.push('controlled-subject'); }
      found = true;
      break;
    }
    // "Claudia Sheinbaum became president after winning the vote": with no event verb before it, an adverbial -ing
    // clause takes the subject that opens the sentence, a name right before its finite verb
    if (!found && ing && ING_OPENERS_CONTROLLED.has(prev)) {
      const subj = openingSubject(ctx, d);
      if (subj) { addArg(d, 'agent', subj); d.rule.push('controlled-subject:opening'); }
    }
  }
}

/** The name that opens a draft's sentence as its subject: a non-possessive person, organisation or state at most
 * three tokens from the start (determiners, titles), followed by a finite verb (a past form, an irregular past, or
 * an auxiliary). */
function openingSubject(ctx: Ctx, d: Draft): string[] | undefined {
  const [s0] = ctx.sentRange[d.sentence]!;
  for (let k = s0; k < d.t0 && k <= s0 + 3; k++) {
    const mi = ctx.ments.at[k]!;
    if (mi < 0) continue;
    const m = ctx.ments.list[mi]!;
    if (m.t0 !== k || m.possessive || !(m.type === 'PERSON' || m.type === 'ORG' || m.type === 'GPE')) return undefined;
    let v = m.t1 + 1;
    // "President Nayib Bukele, a 40-year-old former advertising executive, has championed": an appositive after the name
    if (ctx.low[v] === ',' && DET.has(ctx.low[v + 1] ?? '')) {
      let c = v + 2;
      while (c < d.t0 && c <= v + 12 && ctx.low[c] !== ',' && ctx.ments.at[c]! < 0 && ctx.toks[c]!.kind !== 'QUOTE' && !hard(ctx, c)) c++;
      if (ctx.low[c] === ',') v = c + 1;
    }
    if (v >= d.t0) return undefined;
    const verb = ctx.low[v]!;
    if (ctx.toks[v]!.kind !== 'WORD' || ctx.ments.at[v]! >= 0) return undefined;
    const finite = AUX.has(verb) || BE.has(verb) || (/[a-z]{3,}ed$/.test(verb)) || ctx.lex.irregular.has(verb);
    return finite ? m.ids : undefined;
  }
  return undefined;
}

/** Prepositions that make an event noun an occasion of its clause ("said during a visit to Berlin", "resigned after a
 * meeting with party leaders", "During talks with Lula, Ramaphosa said"). */
const OCCASION_PREPS = eventWords('occasion-preps');
/** Types whose occasion noun the clause's subject takes part in (a meeting, talks, a trip), unlike "arrived after an attack". */
const SHARED_OCCASIONS = eventWords('shared-occasion-types');

/** An event noun with no agent that is the object of an occasion preposition (after at most two modifiers) takes the
 * agent of its clause's verb: the verb before it in the sentence ("Ruto said during a visit to Berlin"), or, when the
 * phrase is fronted and closed by a comma, the verb after it ("After talks with Lula, Ramaphosa said"). */
function occasionSubjects(ctx: Ctx, drafts: Draft[]): void {
  drafts.forEach((d, n) => {
    if (!d.noun || d.viaLight || d.args.get('agent')?.length || !SHARED_OCCASIONS.has(d.type.toLowerCase())) return;
    let p = d.t0 - 1;
    for (let m = 0; m < 3 && p >= 0 && ctx.ments.at[p]! < 0 && ctx.toks[p]!.kind === 'WORD' && !OCCASION_PREPS.has(ctx.low[p]!)
      && /^[a-z-]+$/.test(ctx.low[p]!) && !ctx.trig[p] && !AUX.has(ctx.low[p]!) && !ctx.lex.roles.has(ctx.low[p]!); m++) p--;
    if (p > 0 && ctx.low[p] === 'of' && ctx.low[p - 1] === 'ahead') p--; // "ahead of talks"
    if (p < 0 || !OCCASION_PREPS.has(ctx.low[p]!)) return;
    const [s0] = ctx.sentRange[d.sentence]!;
    const before = drafts.slice(0, n).reverse().find((v) => !v.noun && v.t1 < p);
    let agent: string[] | undefined;
    if (before) {
      // the verb's clause runs on to the preposition: no clause break or other trigger between
      for (let k = before.t1 + 1; k < p; k++) if (hard(ctx, k) || ctx.low[k] === ';' || ctx.low[k] === 'and' || ctx.low[k] === 'but' || ctx.low[k] === 'which' || ctx.low[k] === 'who') return;
      agent = before.args.get('agent');
    } else if (p === s0) {
      const after = drafts.slice(n + 1).find((v) => !v.noun && v.t0 > d.t1);
      if (!after) return;
      let comma = -1;
      for (let k = d.t1 + 1; k < after.t0; k++) if (ctx.low[k] === ',') { comma = k; break; }
      if (comma < 0) return;
      agent = after.args.get('agent');
      // the subject opens the main clause right after the comma
      const mi = ctx.ments.at[comma + 1] ?? -1;
      if (!agent?.length || mi < 0 || !ctx.ments.list[mi]!.ids.some((id) => agent!.includes(id))) return;
    }
    if (!agent?.length) return;
    const partner = d.args.get('partner') ?? [];
    const ids = agent.filter((id) => !partner.includes(id) && ['PERSON', 'ORG', 'GPE'].includes(ctx.ments.byId.get(id)?.type ?? ''));
    if (!ids.length) return;
    addArg(d, 'agent', ids);
    d.rule.push('occasion-of-clause');
  });
}

/** A journey to or from an occasion ("returned from a summit in Brussels", "flew to talks in Geneva", "left for a
 * conference in Vienna") goes to or comes from the occasion's own place: the meeting noun nested right after the verb's
 * "from"/"to"/"for" (at most three plain words between) lends the place of its own phrase (not one it took from the
 * sentence or the document) as the journey's origin or destination, when the journey has none. A saying "at" an
 * occasion ("announcing it at a bitcoin conference in Miami") is located where the occasion is, when it has no place. */
function occasionPlaces(ctx: Ctx, drafts: Draft[]): void {
  for (const d of drafts) {
    if (d.noun) continue;
    const saying = d.type === 'STATEMENT';
    if (!saying && (!MOVE.has(d.type) || d.nestedAt === undefined)) continue;
    // a saying at an occasion ("announcing it at a bitcoin conference in Miami"): the nearest occasion noun after it
    const n = saying
      ? drafts.find((v) => v !== d && v.noun && v.t0 > d.t1 && v.t0 - d.t1 <= 8 && v.sentence === d.sentence && SHARED_OCCASIONS.has(v.type.toLowerCase()))
      : drafts.find((v) => v !== d && v.noun && v.t0 === d.nestedAt && SHARED_OCCASIONS.has(v.type.toLowerCase()));
    const places = n?.args.get('location');
    // (a place the noun took from its sentence or the report is none of its own; for a saying, the town's country added
    // to the occasion's own town is)
    if (!n || !places?.length || n.rule.some((r) => r.startsWith('place:') && !(saying && r === 'place:country-of-town'))) continue;
    let p = n.t0 - 1;
    for (let m = 0; m < 3 && p > d.t1 && ctx.ments.at[p]! < 0 && /^[a-z0-9-]+$/.test(ctx.low[p]!) && !ctx.lex.roles.has(ctx.low[p]!); m++) p--;
    const prep = ctx.low[p];
    const role = saying ? (prep === 'at' ? 'location' : undefined)
      : prep === 'from' ? 'origin' : prep === 'to' || prep === 'for' ? 'destination' : undefined;
    if (!role || p <= d.t1 || d.args.get(role)?.length) continue;
    addArg(d, role, places);
    d.rule.push('occasion-place');
  }
}

/** A verb whose subject is an event noun takes that event's agent: "Israeli air strikes killed 35 people",
 * "Russian shelling damaged the plant" (the strikes' agent did the killing). */
function eventSubjects(ctx: Ctx, drafts: Draft[]): void {
  for (let n = 1; n < drafts.length; n++) {
    const d = drafts[n]!;
    const s = drafts[n - 1]!;
    // "The ceasefire was brokered by Qatar", "the deal, brokered by Turkey and the UN,": the passive's agent is the noun's
    // ("The ban, announced by the health secretary,": a statement verb with its speaker right after "by" is a passive too)
    const announcedBy = !d.noun && d.type === 'STATEMENT' && ctx.low[d.t1 + 1] === 'by' && /ed$/.test(ctx.low[d.t1]!);
    if ((announcedBy || (d.passive && !ctx.stmt[d.t0] && d.type !== 'STATEMENT')) && !d.noun && !ctx.react[d.t0] && s.noun && s.type !== 'STATEMENT' && !s.args.get('agent')?.length && d.args.get('agent')?.length && s.t1 < d.t0) {
      let k = s.t1 + 1;
      if (ctx.low[k] === ',') k++;
      while (k < d.t0 && (AUX.has(ctx.low[k]!) || BE.has(ctx.low[k]!) || /ly$/.test(ctx.low[k]!))) k++;
      if (k === d.t0) { addArg(s, 'agent', d.args.get('agent')!); s.rule.push('passive-of-noun'); }
      continue;
    }
    if (d.noun || d.passive || d.type === 'STATEMENT' || d.args.get('agent')?.length) continue;
    if (!s.noun || s.type === 'STATEMENT' || s.t1 >= d.t0) continue;
    let adjacent = true;
    let k = s.t1 + 1;
    // "Israeli strikes on Rafah killed": a short prepositional phrase after the noun
    if (ctx.lex.roles.has(ctx.low[k] ?? '') && d.t0 - k <= 6) {
      k++;
      while (k < d.t0 && (ctx.ments.at[k]! >= 0 || (ctx.toks[k]!.kind === 'WORD' && /^[a-z-]+$/.test(ctx.low[k]!) && !ctx.trig[k] && !AUX.has(ctx.low[k]!) && !ctx.lex.roles.has(ctx.low[k]!)))) k++;
    }
    for (; k < d.t0; k++) if (!AUX.has(ctx.low[k]!) && !/ly$/.test(ctx.low[k]!)) { adjacent = false; break; }
    // the noun must start its clause's subject: nothing but its modifiers and a determiner before it
    const agent = s.args.get('agent');
    if (!adjacent || !agent?.length || !leftAgent(ctx, s, agent)) continue;
    addArg(d, 'agent', agent);
    d.rule.push('event-subject');
  }
}
/** Harm whose cause is an attack noun right after it. */
const HARM = new Set(['DEATHS', 'INJURY']);
/** Prepositions that name the cause of a harm: "killed in an Israeli strike", "wounded by Russian shelling", "died
 * during Hamas's attack", "died from Russian shelling". */
const CAUSE_PREPS = new Set(['in', 'by', 'during', 'from']);
/** A death or injury with no agent of its own takes the agent of the attack that caused it, when the attack's noun
 * phrase follows it as its cause and names that agent in its own phrase: "Five people were killed in an Israeli air
 * strike", "two soldiers were wounded by Hezbollah rocket attacks", "killed in a strike by the Israeli army". Not a cause
 * in another clause ("killed three people, days after a Russian strike") nor an attack whose agent came from
 * elsewhere (a subject of its own sentence). */
function causeAgents(ctx: Ctx, drafts: Draft[]): void {
  for (let n = 0; n + 1 < drafts.length; n++) {
    const d = drafts[n]!;
    const s = drafts[n + 1]!;
    if (!HARM.has(d.type) || d.noun || d.args.get('agent')?.length) continue;
    if (!s.noun || s.type !== 'ATTACK' || s.t0 <= d.t1) continue;
    let k = d.t1 + 1;
    if (!CAUSE_PREPS.has(ctx.low[k] ?? '') || s.t0 - k > 6) continue;
    k++;
    let plain = true;
    for (; k < s.t0; k++) {
      const mi = ctx.ments.at[k]!;
      if (mi >= 0) { k = ctx.ments.list[mi]!.t1; continue; }
      const w = ctx.low[k]!;
      if (ctx.toks[k]!.kind !== 'WORD' || AUX.has(w) || ctx.lex.roles.has(w) || ctx.trig[k] || w === 'and' || w === 'or') { plain = false; break; }
    }
    const agent = s.args.get('agent');
    if (!plain || !agent?.length || !(leftAgent(ctx, s, agent) || ctx.low[s.t1 + 1] === 'by')) continue;
    addArg(d, 'agent', agent);
    d.rule.push('cause-agent');
  }
}

/** An attack noun whose relative clause tells its harm ("the drone strike that killed Qassem Soleimani", "an attack,
 * which wounded two soldiers,", "the strike, killing 12 people"): the harmed are the attack's patients too, and the
 * attack's agent, when it has one, is the harm's when the harm has none, and the harm's places are the attack's. Only the relative "that"/"which" (auxiliaries
 * and -ly adverbs between) or a comma and an -ing form right after the noun; not a harm in a clause of its own ("the
 * strike came as a bomb killed 12"). */
function attackHarms(ctx: Ctx, drafts: Draft[]): void {
  for (let n = 0; n + 1 < drafts.length; n++) {
    const s = drafts[n]!;
    const d = drafts[n + 1]!;
    if (!s.noun || s.type !== 'ATTACK' || !HARM.has(d.type) || (d.noun && !/ing$/.test(ctx.low[d.t0]!)) || d.passive || d.t0 <= s.t1) continue;
    let k = s.t1 + 1;
    const comma = ctx.low[k] === ',';
    if (comma) k++;
    if (ctx.low[k] === 'that' || ctx.low[k] === 'which') {
      k++;
      while (k < d.t0 && (AUX.has(ctx.low[k]!) || /^[a-z]{3,}ly$/.test(ctx.low[k]!))) k++;
    } else if (!(comma && /ing$/.test(ctx.low[d.t0]!))) continue;
    if (k !== d.t0) continue;
    const patient = d.args.get('patient');
    if (patient?.length) { addArg(s, 'patient', patient); s.rule.push('harm-of-attack'); }
    // "the strike that killed X in Baghdad": where the harm happened, the attack did
    const place = d.args.get('location');
    if (patient?.length && place?.length) addArg(s, 'location', place);
    const agent = s.args.get('agent');
    if (agent?.length && !d.args.get('agent')?.length) { addArg(d, 'agent', agent); d.rule.push('attack-of-harm'); }
  }
}

/** Verbs of taking responsibility: "claimed responsibility for the attack", "took responsibility for the bombing". */
const RESPONSIBILITY_VERBS = new Set(['claimed', 'claim', 'claims', 'claiming', 'took', 'take', 'takes', 'taking', 'accepted', 'accepts',
  'admitted', 'admits', 'assumed', 'bears', 'bore']);
/** Forms of "claim" whose object is an attack claimed as one's own ("Islamic State claimed the bombing"). */
const CLAIM_FORMS = new Set(['claimed', 'claim', 'claims', 'claiming']);
/** Words that may follow an attack claimed as one's own: the end of the clause or a phrase of place or time ("claimed the
 * bombing in Kabul"); a verb there makes it a claim about the attack ("Moscow claimed the strike hit a military target"). */
const AFTER_CLAIMED = new Set(['.', ',', ';', ':', 'in', 'on', 'at', 'near', 'against', 'outside', 'inside', 'last', 'this', 'which', 'that', 'as', 'and']);
function claimedObject(ctx: Ctx, d: Draft): boolean {
  const next = ctx.low[d.t1 + 1];
  if (next === undefined || ctx.toks[d.t1 + 1]!.sentence !== ctx.toks[d.t0]!.sentence) return true;
  // a relative clause still names the attack it claims ("claimed the attack that killed 20")
  return AFTER_CLAIMED.has(next);
}
/** Group nouns written after an armed group's name ("the Islamic State group", "Houthi rebels"). */
const GROUP_HEADS = new Set(['group', 'militants', 'fighters', 'rebels', 'militia', 'movement', 'insurgents']);
/** Whoever claimed responsibility for an event did it (and an attack claimed outright, "IS claimed the bombing"): "Islamic State claimed responsibility for the attack", "the
 * group, which took responsibility for the bombing,". A noun trigger with no agent of its own, after "responsibility
 * for" and a determiner or up to two modifiers, takes the subject of the verb of responsibility: the name right
 * before it (auxiliaries and adverbs aside) or, after a relative "which"/"who", the name before that. */
function responsibleAgent(ctx: Ctx, d: Draft, s0: number): void {
  if (!d.noun || d.args.get('agent')?.length) return;
  let k = d.t0 - 1;
  for (let n = 0; n < 3 && k >= s0 && ctx.ments.at[k]! < 0 && /^[a-z-]+$/.test(ctx.low[k]!) && ctx.low[k] !== 'for' && !CLAIM_FORMS.has(ctx.low[k]!); n++) k--;
  if (ctx.low[k] === 'for' && ctx.low[k - 1] === 'responsibility') {
    k -= 2;
    if (ctx.low[k] === 'full' || ctx.low[k] === 'sole') k--;
    if (k < s0 || !RESPONSIBILITY_VERBS.has(ctx.low[k]!)) return;
  } else if (!(d.type === 'ATTACK' && CLAIM_FORMS.has(ctx.low[k]!) && claimedObject(ctx, d))) return;
  k--;
  while (k >= s0 && ctx.ments.at[k]! < 0 && (AUX.has(ctx.low[k]!) || /^[a-z]+ly$/.test(ctx.low[k]!))) k--;
  if (k >= s0 && (ctx.low[k] === 'which' || ctx.low[k] === 'who')) { k--; if (ctx.low[k] === ',') k--; }
  // "the Islamic State group claimed": the name before its group noun
  if (k > s0 && ctx.ments.at[k]! < 0 && GROUP_HEADS.has(ctx.low[k]!)) k--;
  const mi = k >= s0 ? ctx.ments.at[k]! : -1;
  const m = mi >= 0 ? ctx.ments.list[mi]! : undefined;
  if (!m || m.t1 !== k || m.possessive || !(m.type === 'ORG' || m.type === 'NORP' || m.type === 'GPE' || m.type === 'PERSON')) return;
  addArg(d, 'agent', m.ids);
  d.rule.push('claimed-responsibility');
}

/** "The attack, which was claimed by Hamas, killed 12", "a bombing claimed by Islamic State": an attack noun with no agent
 * of its own whose relative or reduced passive "claimed by X" follows it takes X as its agent. */
function claimedBy(ctx: Ctx, d: Draft, s1: number): void {
  if (!d.noun || d.type !== 'ATTACK' || d.args.get('agent')?.length) return;
  let k = d.t1 + 1;
  if (ctx.low[k] === ',') k++;
  if (ctx.low[k] === 'which' || ctx.low[k] === 'that') k++;
  while (k < s1 && (AUX.has(ctx.low[k]!) || BE.has(ctx.low[k]!))) k++;
  if (!CLAIM_FORMS.has(ctx.low[k] ?? '') || ctx.low[k + 1] !== 'by') return;
  k += 2;
  if (ctx.low[k] === 'the') k++;
  const mi = k < s1 ? ctx.ments.at[k]! : -1;
  const m = mi >= 0 ? ctx.ments.list[mi]! : undefined;
  if (!m || m.t0 !== k || m.possessive || !(m.type === 'ORG' || m.type === 'NORP' || m.type === 'GPE' || m.type === 'PERSON')) return;
  addArg(d, 'agent', m.ids);
  d.rule.push('claimed-by');
}

/** The noun's agent is written in its own phrase, before it: "Israeli air strikes", "Russia's invasion". */
function leftAgent(ctx: Ctx, s: Draft, agent: readonly string[]): boolean {
  let k = s.t0 - 1;
  for (let n = 0; n < 2 && k >= 0 && ctx.ments.at[k]! < 0 && /^[a-z-]+$/.test(ctx.low[k]!) && !DET.has(ctx.low[k]!) && !ctx.lex.roles.has(ctx.low[k]!) && !AUX.has(ctx.low[k]!); n++) k--;
  if (k >= 0 && (ctx.low[k] === "'s" || ctx.low[k] === '’s')) k--;
  const mi = k >= 0 ? ctx.ments.at[k]! : -1;
  return mi >= 0 && ctx.ments.list[mi]!.ids.some((id) => agent.includes(id));
}

/** An event with the extra `parent` field: the id of the event whose complement holds it
 * ("discuss [the potential for North Korea to provide military support]"). */
export type NestedEvent = NewsEvent & { parent?: string };

/** Runs detection and returns the events (without touching doc); exported for tests and tools. */
export function extractEvents(doc: NlpDoc, lex: Lexicon = lexicon()): NewsEvent[] {
  if (!doc.text) return [];
  const ctx = buildCtx(doc, lex);
  let drafts = detect(ctx);
  for (const d of drafts) { speakerFromClaims(ctx, d); firstPersonSpeaker(ctx, d, ctx.sentRange[d.sentence]?.[0] ?? 0); }
  drafts = statementsFromAttribution(ctx, drafts);
  speechActSpeakers(ctx, drafts, SAYING);
  for (const d of drafts) { speakerBody(ctx, d); bodyPerson(ctx, d); }
  reportedOwner(ctx, drafts);
  reportedSource(ctx, drafts, SAYING);
  reportedWhere(ctx, drafts);
  drafts = selfCommitments(ctx, drafts);
  drafts = speechContent(ctx, drafts);
  drafts = criticsStatements(ctx, drafts);
  complementArgs(ctx, drafts);
  thatComplementArgs(ctx, drafts);
  drafts = merge(ctx, drafts);
  inherit(ctx, drafts);
  definiteRepeats(ctx, drafts);
  // Claims by start, to find those holding a trigger without scanning them all for every event.
  const byStart = [...(doc.claims ?? [])].sort((x, y) => x.start - y.start || y.end - x.end);
  const holdingOf = (a: number, b: number): Claim[] => {
    const lo = lowerBound(byStart.length, (m) => byStart[m]!.start <= a);
    const out: Claim[] = [];
    // Claims holding a trigger start before it; nested claims sit close by, so a bounded look-back suffices.
    for (let k = lo - 1; k >= 0 && k >= lo - 64; k--) { const c = byStart[k]!; if (c.end >= b) out.push(c); }
    return out.sort((x, y) => (x.end - x.start) - (y.end - y.start));
  };
  // Nesting: the event whose trigger starts at a parent's nestedAt token gets `parent`.
  const idAtToken = new Map<number, string>();
  drafts.forEach((d, n) => idAtToken.set(d.t0, `ev${n + 1}`));
  const parentOf = new Map<string, string>();
  drafts.forEach((d, n) => {
    if (d.nestedAt === undefined) return;
    const child = idAtToken.get(d.nestedAt);
    if (child && child !== `ev${n + 1}`) parentOf.set(child, `ev${n + 1}`);
  });
  return drafts.map((d, n): NewsEvent => {
    const trig = { start: ctx.toks[d.t0]!.start, end: ctx.toks[d.t1]!.end, text: '' };
    trig.text = doc.text.slice(trig.start, trig.end);
    const args: EventArgs = {};
    for (const role of PARTICIPANT_ROLES) { const ids = d.args.get(role); if (ids?.length) args[role] = [...ids]; }
    for (const [role, ids] of d.args) if (!(role in args) && ids.length) args[role] = [...ids];
    if (d.time !== undefined) args.time = [d.time];
    const holding: Claim[] = holdingOf(trig.start, trig.end);
    const c0 = holding[0];
    const info = lex.types.get(d.type);
    const ev: NewsEvent = {
      id: `ev${n + 1}`,
      type: d.type,
      trigger: trig,
      args,
      certainty: c0?.certainty ?? 'CERTAIN',
      polarity: negatedVerb(ctx, d) ? 'NEGATIVE' : c0?.polarity === 'NEGATIVE' && selfNegated(trig.text, c0) ? 'POSITIVE' : c0?.polarity ?? 'POSITIVE',
      status: c0?.status ?? 'PAST',
      claims: holding.map((c) => c.id),
      rule: d.rule.join('+'),
    };
    if (info?.cameo) ev.cameo = info.cameo;
    const parent = parentOf.get(ev.id);
    if (parent) (ev as NestedEvent).parent = parent;
    return ev;
  });
}

export const eventsStage: Stage = {
  name: 'events',
  reads: ['sentences', 'tokens', 'entities', 'times', 'claims'],
  writes: ['events', 'claims'],
  run(doc) {
    const events = extractEvents(doc);
    doc.events = events;
    // Each claim lists the events whose trigger lies inside it (events are in text order).
    const starts = events.map((e) => e.trigger.start);
    for (const c of doc.claims ?? []) {
      const lo = lowerBound(starts.length, (m) => starts[m]! < c.start);
      const ids: string[] = [];
      for (let k = lo; k < events.length && events[k]!.trigger.start < c.end; k++) if (events[k]!.trigger.end <= c.end) ids.push(events[k]!.id);
      c.events = ids;
    }
  },
};
