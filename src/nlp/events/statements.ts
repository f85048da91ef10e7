// STATEMENT speakers: inverted order ("said X"), the attribution stage's sources, and statements for
// attribution cues without a speech verb ("according to X").
import type { AttributionLink } from '../../core/types.js';
import { isPlace, type MentionRef } from './mentions.js';
import { originPlace, peopleOfPlace, qualifiesPerson } from './places.js';
import { ACTOR_HEADS, AUX, DET, HARD_PUNCT, HARD_WORDS, NOUN_NEXT, RECIPIENT_VERBS } from './words.js';
import { SPEECH_ACTS } from './triggers.js';
import { eventWords } from './lexicon.js';
import { readWordSet } from '../../core/word-lists.js';
import { type Ctx, type Draft, addArg, tokensStartAt } from './context.js';
import { lowerBound } from '../../core/lower-bound.js';
import { entityCountry } from './country.js';

const LOCATIVE = new Set(['in', 'at', 'near', 'from', 'outside', 'inside']);
/** Prepositions before the one spoken to or through, who is no speaker ("talking with Al Jazeera", "wrote on Twitter"). */
const ADDRESSEE_PREPS = new Set(['to', 'with', 'on']);

/** The word before mention m, past one article ("at the Pentagon", "to a BBC reporter"), when it lies after token
 * `floor`; '' otherwise. */
function prepBefore(ctx: Ctx, m: MentionRef, floor: number): string {
  let b = m.t0 - 1;
  if (b > floor && (ctx.low[b] === 'the' || ctx.low[b] === 'a' || ctx.low[b] === 'an')) b--;
  return b > floor ? ctx.low[b]! : '';
}

/** "…, said Osama Ali, who …" / "said the chairman of Chrysler, Jim Press": the speaker after the verb. */
export function invertedSpeaker(ctx: Ctx, d: Draft, s0: number, s1: number): void {
  const prev = d.t0 > s0 ? ctx.toks[d.t0 - 1]! : undefined;
  if (prev && !(prev.kind === 'QUOTE' || prev.kind === 'PUNCT' || /^["“”'’]$/.test(ctx.low[d.t0 - 1]!))) return;
  // "announced the deal on Twitter, saying it had been approved": a participle inside its sentence is no inverted
  // "said X"; what follows it is what was said, its subject the main clause's (a fronted "Speaking to …, X" still is)
  if (prev && prev.kind === 'PUNCT' && ctx.low[d.t0 - 1] === ',' && /[a-z]ing$/.test(ctx.low[d.t0]!)) return;
  let person: MentionRef | undefined, other: MentionRef | undefined, owner = false;
  for (let k = d.t1 + 1; k < s1 && k <= d.t1 + 12; k++) {
    const w = ctx.low[k]!;
    const mi = ctx.ments.at[k]!;
    if (mi >= 0) {
      const m = ctx.ments.list[mi]!;
      // A place after a locative preposition is where it was said ("Speaking to reporters in Washington, Blinken …").
      if (isPlace(m.type) && LOCATIVE.has(ctx.low[m.t0 - 1] ?? '')) { k = m.t1; continue; }
      // "Speaking outside the Milimani Law Courts, Raila Odinga …", "Speaking at the Pentagon,": in a fronted frame a
      // named seat after a locative preposition and "the" is where it was said, not who said it
      const prep = prepBefore(ctx, m, d.t1);
      if (d.t0 === s0 && LOCATIVE.has(prep) && (isPlace(m.type) || m.type === 'ORG')) { k = m.t1; continue; }
      // "Speaking to the BBC, Rishi Sunak said", "talking with Al Jazeera", "wrote on Twitter": the one spoken to or
      // through is no speaker
      if (ADDRESSEE_PREPS.has(prep)) { k = m.t1; continue; }
      if (m.type === 'PERSON' && !person) person = m;
      else if (!other && (m.type === 'ORG' || m.type === 'GPE')) {
        other = m;
        // "said the head of the WHO, Tedros Adhanom Ghebreyesus": the owner of the speaker's title waits for the name
        let q = m.t0 - 1;
        if (q > d.t1 && ctx.low[q] === 'the') q--;
        owner = q > d.t1 && (ctx.low[q] === 'of' || ctx.low[q] === 'for' || ctx.low[q] === 'at');
      }
      k = m.t1;
      continue;
    }
    // '"…," said the firm's chief executive, Alan Mulally': an owner of the speaker's title waits for the name in apposition
    if (w === '.' || HARD_PUNCT.has(w) || HARD_WORDS.has(w) || (w === ',' && (person || (other && !other.possessive && !owner)))) break;
  }
  const m = person ?? other;
  if (m) { addArg(d, 'agent', m.ids); d.rule.push('inverted'); }
}


/** Whether every mention of entity `id` in sentence `s` is an origin place (see originPlace). */
function onlyOrigin(ctx: Ctx, id: string, s: number): boolean {
  const range = ctx.sentRange[s];
  if (!range) return false;
  let seen = false;
  for (let k = range[0]; k < range[1]; k++) {
    const mi = ctx.ments.at[k]!;
    if (mi < 0) continue;
    const m = ctx.ments.list[mi]!;
    k = m.t1;
    if (!m.ids.includes(id)) continue;
    if (!originPlace(ctx, m)) return false;
    seen = true;
  }
  return seen;
}

export function speakerFromClaims(ctx: Ctx, d: Draft): void {
  // Only when the sentence's shape gave no speaker: where both exist and differ, the local subject is
  // right more often (PolNeAR dev: 22 of 26).
  if (d.type !== 'STATEMENT' || d.args.get('agent')?.length) return;
  const a = ctx.toks[d.t0]!.start, b = ctx.toks[d.t1]!.end;
  // (the links whose cue overlaps the statement, looked up among the cues sorted by start, in claim and link order:
  // every claim's links for every statement was quadratic — 4,000 "according to X, who said that" in one text, 26 s)
  const { list, maxLen } = cueLinks(ctx);
  const lo = lowerBound(list.length, (m) => list[m]!.s <= a - maxLen);
  const hits: CueLink[] = [];
  for (let i = lo; i < list.length && list[i]!.s < b; i++) if (list[i]!.e > a) hits.push(list[i]!);
  hits.sort((x, y) => x.ci - y.ci || x.li - y.li);
  for (const { l } of hits) {
    const entity = l.entity!;
    // "Residents from Gaza City said": the town the source came from does not speak
    if (onlyOrigin(ctx, entity, d.sentence)) continue;
    if (ctx.ments.byId.has(entity)) { addArg(d, 'agent', [entity]); if (!d.rule.includes('claim-source')) d.rule.push('claim-source'); }
  }
}

/** An attribution link with a cue span and an entity: its cue's span, its claim's and its own index. */
interface CueLink { s: number; e: number; ci: number; li: number; l: AttributionLink }
/** Per events run, the claims' links with a cue and an entity, sorted by cue start, and the longest cue span. */
const CUE_LINKS = new WeakMap<Ctx, { list: CueLink[]; maxLen: number }>();
function cueLinks(ctx: Ctx): { list: CueLink[]; maxLen: number } {
  const have = CUE_LINKS.get(ctx);
  if (have) return have;
  const list: CueLink[] = [];
  let maxLen = 0;
  (ctx.doc.claims ?? []).forEach((c, ci) => (c.attribution ?? []).forEach((l, li) => {
    if (!l.cueSpan || !l.entity) return;
    list.push({ s: l.cueSpan.start, e: l.cueSpan.end, ci, li, l });
    maxLen = Math.max(maxLen, l.cueSpan.end - l.cueSpan.start);
  }));
  list.sort((x, y) => x.s - y.s);
  const out = { list, maxLen };
  CUE_LINKS.set(ctx, out);
  return out;
}

/** Attribution cues without a statement verb ("according to the Red Crescent", "citing Interfax"): a
 * STATEMENT for each named source the attribution stage linked to an entity. */
export function statementsFromAttribution(ctx: Ctx, drafts: Draft[]): Draft[] {
  const extra: Draft[] = [];
  for (const c of ctx.doc.claims ?? []) {
    for (const l of c.attribution ?? []) {
      if (!l.cueSpan || !l.entity || !ctx.ments.byId.has(l.entity)) continue;
      const t0 = tokensStartAt(ctx.toks, l.cueSpan.start);
      if (t0 >= ctx.toks.length || ctx.toks[t0]!.start >= l.cueSpan.end) continue;
      let t1 = t0;
      while (t1 + 1 < ctx.toks.length && ctx.toks[t1 + 1]!.end <= l.cueSpan.end) t1++;
      const covered = (d: Draft): boolean => d.type === 'STATEMENT' && d.t0 <= t1 && d.t1 >= t0;
      const have = drafts.find(covered) ?? extra.find(covered);
      if (have) { if (!have.args.get('agent')?.length && !onlyOrigin(ctx, l.entity, have.sentence)) addArg(have, 'agent', [l.entity]); continue; }
      // A cue that the context reads as another act ("recalled 2 million vehicles", "recalled its ambassador") is no statement.
      const other = (d: Draft): boolean => d.t0 <= t1 && d.t1 >= t0 && !SPEECH_ACTS.has(d.type) && d.rule.some((r) => r.endsWith('+ctx'));
      if (drafts.some(other)) continue;
      const sentence = ctx.toks[t0]!.sentence;
      const d: Draft = {
        type: 'STATEMENT', lemma: ctx.low.slice(t0, t1 + 1).join(' '), t0, t1, noun: false, args: new Map([['agent', [l.entity]]]),
        rule: ['attribution-cue'], sentence, paragraph: ctx.sentences[sentence]?.paragraph ?? sentence, definite: false,
      };
      const range = ctx.sentRange[sentence];
      if (range) statementPlaces(ctx, d, range[0], range[1]);
      extra.push(d);
    }
  }
  if (!extra.length) return drafts;
  return [...drafts, ...extra].sort((a, b) => a.t0 - b.t0);
}

/** Words between a first-person subject and its verb: "we strongly condemn", "I will not accept", "we have also asked". */
const FIRST_PERSON_GAP = new Set(['not', "n't", 'also', 'again', 'never', 'still', 'now', 'all', 'both', 'therefore', 'too']);

/** '"We condemn this attack," the ministry said', 'Blinken said: "I demand their release"': an event whose subject is "I"
 * or "we" in reported speech is the speaker's, the source the attribution stage found for the smallest claim holding
 * the trigger. Only with a named source and a verb trigger whose subject the sentence's shape left empty ("we" with no
 * reported speaker, "our attack", and "they" stay without one). */
export function firstPersonSpeaker(ctx: Ctx, d: Draft, s0: number): void {
  if (d.noun || d.passive || d.args.get('agent')?.length) return;
  let k = d.t0 - 1;
  while (k >= s0 && k >= d.t0 - 4 && (AUX.has(ctx.low[k]!) || FIRST_PERSON_GAP.has(ctx.low[k]!) || /^[a-z]+ly$/.test(ctx.low[k]!))) k--;
  if (k < s0 || (ctx.low[k] !== 'we' && ctx.low[k] !== 'i') || ctx.ments.at[k]! >= 0) return;
  const a = ctx.toks[d.t0]!.start, b = ctx.toks[d.t1]!.end;
  let best: { size: number; entity: string } | undefined;
  for (const c of ctx.doc.claims ?? []) {
    if (c.start > ctx.toks[k]!.start || c.end < b || (best && c.end - c.start >= best.size)) continue;
    // the cue itself lies outside the quoted words ('"We condemn it," the ministry said', not 'We said')
    const l = (c.attribution ?? []).find((x) => x.entity && ctx.ments.byId.has(x.entity) && (!x.cueSpan || x.cueSpan.end <= ctx.toks[k]!.start || x.cueSpan.start >= b));
    if (l && c.start <= a) best = { size: c.end - c.start, entity: l.entity! };
  }
  if (!best) return;
  addArg(d, 'agent', [best.entity]);
  d.rule.push('first-person-speaker');
}

/** Words of the frame a statement is made in, after its verb or in a fronted phrase: the audience, the occasion and
 * the day ("told reporters in Tamale", "said at a news conference in Accra on Monday", "Speaking at a rally in Kisumu,"). */
const FRAME_WORDS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'on', 'at', 'in', 'during', 'to', 'after', 'before', 'late',
  'early', 'earlier', 'later', 'also', 'this', 'last', 'reporters', 'journalists', 'news', 'press', 'media', 'conference', 'briefing',
  'rally', 'meeting', 'summit', 'event', 'ceremony', 'interview', 'speech', 'session', 'forum', 'visit', 'address', 'televised',
  'video', 'broadcast', 'supporters', 'crowd', 'gathering', 'hearing', 'audience', 'delegates', 'lawmakers', 'parliament', 'joint',
  'gathered', 'assembled', 'local', 'state', 'national', 'annual', 'emergency', 'weekly', 'daily', 'regular', 'morning', 'afternoon',
  'evening', 'night', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'speaking',
  'addressing', 'talking', 'students', 'workers', 'residents', 'officials', 'diplomats', 'leaders', 'ministers', 'party', 'members',
  'u.n.', 'general', 'assembly', 'council', 'security', 'interview', 'interviews', 'comments', 'remarks', 'broadcaster', 'state-run',
  'state-owned', 'agency', 'newspaper', 'television', 'radio', 'channel', 'public', 'outlet', 'magazine', 'post', 'exclusive',
  'with', 'an', 'daily', 'news', 'from', 'outside', 'office', 'residence', 'home', 'headquarters', 'steps', 'trip', 'tour',
  // occasions with a part or an owner ("at the opening of the party congress in Beijing", "at a cabinet meeting in
  // Jerusalem", "on the sidelines of the summit in Bali", "at a campaign stop in Ohio"); no nouns that may open what
  // was said ("said the talks in Doha had failed")
  'of', 'opening', 'closing', 'start', 'end', 'sidelines', 'congress', 'convention', 'cabinet', 'plenary', 'campaign', 'stop',
  'inauguration', 'funeral', 'memorial', 'commemoration', 'ceremonies', 'celebration', 'parade', 'launch', 'signing', 'dinner',
  'reception', 'banquet', 'panel', 'seminar', 'symposium', 'town', 'hall']);
/** Words of an audience that pass only where the frame names the one spoken to ("told thousands of cheering supporters
 * at Tate Modern", "Addressing flag-waving crowds in Lagos,"): after "said" they may open what was said ("said thousands in
 * Gaza had fled"). */
const AUDIENCE = new Set(['cheering', 'jubilant', 'flag-waving', 'thousands', 'hundreds', 'dozens', 'crowds', 'fans', 'voters',
  'graduates', 'faithful', 'loyalists', 'activists', 'followers', 'mourners', 'worshippers', 'packed',
  'gathered', 'party', 'young', 'business', 'leaders', 'executives', 'investors', 'people', 'lawmakers', 'senators', 'mps']);
/** Audience words that describe the noun after them ("cheering supporters", "business leaders"): the audience goes on. */
const AUDIENCE_MODIFIERS = new Set(['cheering', 'jubilant', 'flag-waving', 'packed', 'gathered', 'party', 'young', 'business']);
/** Counts that take "of" and the audience after it ("thousands of cheering supporters"). */
const AUDIENCE_COUNTS = new Set(['thousands', 'hundreds', 'dozens']);

/** Prepositions before the one a statement is made to or through: "in an interview with the BBC", "speaking to Reuters",
 * "in comments to CNN", "wrote on X". */
const SAID_TO = new Set(['to', 'with', 'on']);
const SAID_WHERE = new Set(['in', 'at', 'outside', 'from']);
/** Prepositions that open a frame before the speaker ("In Geneva,", "From Kyiv,") or after the speaker's name ("X, during
 * a visit to Y, said"); after the name "at"/"from" also need an occasion (FRAME_OCCASIONS). */
const FRAME_OPENERS = new Set([...SAID_WHERE, 'during']);
/** Determiners that open a noun phrase right after "said": the start of what was said. */
const OPENS_CLAUSE = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'its', 'their']);
/** Verbs of saying whose object is what was said as a clause ("said the talks had failed"). */
const CLAUSE_SAYING = new Set(['say', 'add', 'warn', 'insist', 'claim', 'note', 'explain', 'argue', 'state', 'stress', 'assert', 'maintain']);
/** Words after such a determiner that make it a time of the saying, not the start of what was said. */
const TIME_AFTER_DET = new Set(['morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year', 'day', 'following', 'previous',
  'same', 'next', 'past', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'time']);

/** Whether a place's mention (not a pronoun) starts at token `k`. */
function placeAt(ctx: Ctx, k: number): boolean {
  const mi = ctx.ments.at[k] ?? -1;
  const m = mi >= 0 ? ctx.ments.list[mi]! : undefined;
  return !!m && m.t0 === k && isPlace(m.type) && !m.pseudo;
}

/** Social platforms and messaging services (data/lexicon/entities-social-platforms.txt). */
let platforms: Set<string> | undefined;
/** Nouns whose "on X" is their target, not a medium ("a ban on TikTok", "a crackdown on Telegram"). */
const ON_TARGET = eventWords('on-target-nouns');
/** Short objects that are what was said ("the deal", "the news"): an "on <platform>" after them is the medium. */
const STATEMENT_OBJECTS = eventWords('platform-statement-objects');

/** The platform a statement verb was made on, past its object in the same clause ("announced the deal on Twitter
 * shortly after 2 p.m.", "confirmed the news on Instagram"): the medium, as "wrote on Telegram" has it. Only a platform
 * after "on" that no noun of events-words.tsv "on-target-nouns" governs ("a ban on TikTok" is the ban's target) and no possessive ("on Facebook's
 * policy"); the clause ends at a comma, a quotation or a hard word. */
export function statementPlatform(ctx: Ctx, d: Draft, s1: number): void {
  if (d.type !== 'STATEMENT' || d.noun || d.args.has('patient')) return;
  platforms ??= readWordSet('entities-social-platforms.txt') as Set<string>;
  for (let k = d.t1 + 1; k < s1 && k <= d.t1 + 12; k++) {
    const w = ctx.low[k]!;
    if (w === ',' || w === '.' || HARD_PUNCT.has(w) || HARD_WORDS.has(w) || ctx.toks[k]!.kind === 'QUOTE' || w === 'that') return;
    if (w !== 'on' || ON_TARGET.has(ctx.low[k - 1] ?? '')) continue;
    // (only straight after the verb or after a short object that is itself what was said, "the deal", "the news":
    // "announced age checks on Instagram", "announced job cuts on Twitter" put the thing on the platform)
    if (k > d.t1 + 1 && !(k <= d.t1 + 4 && STATEMENT_OBJECTS.has(ctx.low[k - 1] ?? ''))) return;
    const mi = ctx.ments.at[k + 1] ?? -1;
    if (mi < 0) continue;
    const m = ctx.ments.list[mi]!;
    if (m.t0 !== k + 1 || m.pseudo || m.possessive || m.type !== 'ORG') continue;
    const name = ctx.doc.text.slice(ctx.toks[m.t0]!.start, ctx.toks[m.t1]!.end).toLowerCase();
    if (!platforms.has(name)) continue;
    addArg(d, 'patient', m.ids); d.rule.push('said-on-platform');
    return;
  }
}

/** Places a statement was made in: a place after "in"/"at" in the frame after the verb ("told journalists in Tamale",
 * "said at a rally in Kisumu on Sunday") or in a fronted phrase before the speaker ("Speaking at a news conference in
 * Accra, the president said", "In Geneva, the envoy said"). The frame ends at any word that is not of an audience, an
 * occasion or a day, so a place in what was said ("said troops in Bakhmut …") is not where it was said. */
export function statementPlaces(ctx: Ctx, d: Draft, s0: number, s1: number): void {
  if (d.type !== 'STATEMENT') return;
  const scan = (from: number, to: number, prep0 = '', audience = false): void => {
    let prep = prep0;
    let lead = audience;
    for (let k = from; k < to; k++) {
      const mi = ctx.ments.at[k]!;
      if (mi >= 0) {
        const m = ctx.ments.list[mi]!;
        // a possessive pronoun is a determiner here ("from his office in Kano"), and so is a named body's possessive
        // ("at the Electoral Commission's headquarters in Accra")
        if (m.pseudo === 'PRONOUN' && m.possessive) { k = m.t1; continue; }
        if (m.possessive && !m.pseudo && m.type === 'ORG' && SAID_WHERE.has(prep)) { k = /^[’']s$/.test(ctx.low[m.t1 + 1] ?? '') ? m.t1 + 1 : m.t1; continue; }
        // ("a statement from Russia's foreign ministry": the source is no place)
        const speaker = m.ids.every((id) => d.args.get('agent')?.includes(id));
        // "told supporters on Avenida Paulista in Sao Paulo": a street or a square before the town it lies in, whatever
        // type the tagger gave the street (an ORG here would be taken for the one told); the town after it is where
        if (prep === 'on' && !m.pseudo && ctx.low[m.t1 + 1] === 'in' && placeAt(ctx, m.t1 + 2)) { /* the town after it is where */ }
        else if (isPlace(m.type) && SAID_WHERE.has(prep) && !m.pseudo && !speaker && !qualifiesPerson(ctx, m) && !peopleOfPlace(ctx, m)) { addArg(d, 'location', m.ids.slice(0, 1)); d.rule.push('said-where'); }
        // the outlet or body it was said to or through ("in an interview with the BBC", "told state broadcaster NHK")
        else if (m.type === 'ORG' && SAID_TO.has(prep) && !m.pseudo && !m.possessive) { addArg(d, 'patient', m.ids); d.rule.push('said-to'); }
        // a seat named for its occupant is where it was said ("told reporters at the White House", "at the Pentagon")
        // ("Speaking outside the Milimani Law Courts,")
        else if (m.type === 'ORG' && (prep === 'at' || prep === 'outside') && !m.pseudo && !m.possessive) { addArg(d, 'location', m.ids.slice(0, 1)); d.rule.push('said-at-seat'); }
        else if (isPlace(m.type) || m.type === 'PERSON') return;
        // an outlet or a body spoken to ("told CNN in Kyiv", "told the UN Security Council in New York")
        prep = '';
        lead = false;
        k = m.t1;
        continue;
      }
      const w = ctx.low[k]!;
      if (ctx.toks[k]!.kind === 'NUMBER') continue;
      // a short bracketed abbreviation inside the frame ("the Electoral Commission's (EC) headquarters")
      if (w === '(' && ctx.low[k + 2] === ')' && ctx.toks[k + 1]!.kind === 'WORD' && /^\p{Lu}/u.test(ctx.doc.text.slice(ctx.toks[k + 1]!.start, ctx.toks[k + 1]!.end))) { k += 2; continue; }
      // audience words only open the frame, up to its first noun ("told reporters thousands in Gaza had fled", "told
      // lawmakers thousands in Gaza had fled", "told investors people in Gaza" are what was said); only "thousands of",
      // "hundreds of" go on to the audience after them ("told thousands of cheering supporters")
      if (!FRAME_WORDS.has(w) && !(lead && AUDIENCE.has(w))) return;
      if (!AUDIENCE.has(w) && w !== 'of' && w !== 'a' && w !== 'the') lead = false;
      else if (AUDIENCE.has(w) && !AUDIENCE_MODIFIERS.has(w) && !(AUDIENCE_COUNTS.has(w) && ctx.low[k + 1] === 'of')) lead = false;
      // "during a visit to Nairobi": where the visit went is where it was said
      if (w === 'to' && (ctx.low[k - 1] === 'visit' || ctx.low[k - 1] === 'trip' || ctx.low[k - 1] === 'tour')) prep = 'at';
      else if (SAID_WHERE.has(w) || w === 'during' || w === 'on' || w === 'to' || w === 'with' || w === 'after' || w === 'before') prep = w;
    }
  };
  // after the verb, up to the end of the frame ("told state broadcaster NHK": the one told, after its description)
  // ("said the talks in Doha had failed": a determiner right after a verb of saying that names no addressee opens what was
  // said, not the frame)
  // ("said this week in Kyiv", "said the following day in Geneva": a time after the determiner is still the frame)
  // (only verbs that take what was said as a clause: "announced the news at a press conference in Nairobi" is framed)
  const opensWhatWasSaid = !d.noun && CLAUSE_SAYING.has(d.lemma) && OPENS_CLAUSE.has(ctx.low[d.t1 + 1] ?? '') && !TIME_AFTER_DET.has(ctx.low[d.t1 + 2] ?? '');
  const told = !d.noun && RECIPIENT_VERBS.has(d.lemma);
  if (!opensWhatWasSaid) scan(d.t1 + 1, Math.min(s1, d.t1 + 16), told ? 'to' : '', told);
  if (d.noun) return;
  // a fronted phrase: the sentence opens with a framing word and a comma closes it before the speaker and the verb
  const first = ctx.low[s0] ?? '';
  if (d.t0 - s0 > 3 && (FRONTED_SAYING.has(first) || FRAME_OPENERS.has(first))) {
    let c = -1;
    // (the window only bounds where the closing comma may stand: the scan below stops at the first word that names no
    // occasion, audience or day, so a long fronted clause that is no frame gives no place; 24 tokens hold a frame with
    // an owner, a bracketed abbreviation and a time, "Announcing the tally at the Election Board's (EB) headquarters in
    // Tamale late on Sunday,")
    for (let k = s0 + 1; k < d.t0 && k <= s0 + 24; k++) if (ctx.low[k] === ',') { c = k; break; }
    if (c > 0 && d.t0 - c <= 10) {
      let clean = true;
      for (let k = c + 1; k < d.t0; k++) if (ctx.low[k] === ',' || HARD_WORDS.has(ctx.low[k]!)) clean = false;
      const spoken = FRONTED_SAYING.has(first);
      // "Announcing the results at …": what was announced comes first; the frame starts at its first place preposition
      let from = spoken ? s0 + 1 : s0;
      // ("Announcing the results of the vote in Kumasi,", "Presenting a report on flooding in Ho,": a place after another
      // preposition belongs to what was announced, so the frame never starts past one)
      if (OBJECT_SAYING.has(first)) {
        from = c;
        for (let k = s0 + 1; k < c && k <= s0 + 6; k++) {
          if (SAID_WHERE.has(ctx.low[k]!)) { from = k; break; }
          if (NOUN_NEXT.has(ctx.low[k]!)) break;
        }
      }
      if (clean) scan(from, c, '', spoken && from === s0 + 1);
    }
  }
  // a frame set off by commas between the speaker and the verb: "Uhuru Kenyatta, in a televised address from State
  // House, said", "Joe Biden, speaking at the White House, said" (the phrase right after the speaker's name)
  if (ctx.low[d.t0 - 1] === ',' && d.args.get('agent')?.length) {
    let o = -1;
    for (let k = d.t0 - 2; k > s0 && k >= d.t0 - 18; k--) if (ctx.low[k] === ',') { o = k; break; }
    const mi = o > s0 ? ctx.ments.at[o - 1]! : -1;
    const m = mi >= 0 ? ctx.ments.list[mi]! : undefined;
    const w = ctx.low[o + 1] ?? '';
    // ("Jane Doe, from Mombasa, said", "Jane Doe, at Reuters, said": a bare "from"/"at" names where the speaker comes
    // from or works; it frames the saying only with an occasion or a seat after it, "from a stage in Kisumu")
    const occasion = (): boolean => {
      for (let k = o + 2; k < d.t0 - 1 && ctx.ments.at[k]! < 0; k++) if (FRAME_OCCASIONS.has(ctx.low[k]!)) return true;
      return false;
    };
    if (m && m.t1 === o - 1 && m.ids.some((id) => d.args.get('agent')!.includes(id))
      && (FRONTED_SAYING.has(w) || (FRAME_OPENERS.has(w) && ((w !== 'at' && w !== 'from') || occasion())))) {
      const spoken = FRONTED_SAYING.has(w);
      scan(spoken ? o + 2 : o + 1, d.t0 - 1, '', spoken);
    }
  }
}

/** Participles of saying that open a frame before the speaker ("Speaking at a rally in Kisumu,", "Announcing the results
 * at the commission's headquarters in Accra,"). */
const FRONTED_SAYING = eventWords('fronted-saying');
/** Those of them whose object is what was said ("Announcing the results", "Unveiling the plan"). */
const OBJECT_SAYING = eventWords('object-saying');

/** Occasions and seats a statement is made at or from ("from a stage in Kisumu", "at a news conference"): after the
 * speaker's name, "at"/"from" frame the saying only with one of them before any name. */
const FRAME_OCCASIONS = eventWords('frame-occasions');

/** Words of a title a speaker holds in an organisation ("Kremlin spokesman", "Apple's chief executive", "a spokeswoman
 * for the ministry", "the head of the WHO"). */
const BODY_TITLES = eventWords('body-titles');
const BODY_DETS = new Set(['a', 'an', 'the']);

/** Skips title words leftward from k; returns the first token before them and how many were skipped. */
function titleBefore(ctx: Ctx, k: number, s0: number): [number, number] {
  let n = 0;
  while (k >= s0 && n < 4 && ctx.ments.at[k]! < 0 && BODY_TITLES.has(ctx.low[k]!)) { k--; n++; }
  return [k, n];
}

/** The named organisation a mention at k (ending there) is, when it is one. */
function orgEndingAt(ctx: Ctx, k: number, s0: number): MentionRef | undefined {
  if (k < s0) return undefined;
  if (ctx.low[k] === "'s" || ctx.low[k] === '’s') k--;
  const mi = k >= s0 ? ctx.ments.at[k]! : -1;
  const m = mi >= 0 ? ctx.ments.list[mi]! : undefined;
  return m && m.t1 === k && m.type === 'ORG' && !m.pseudo ? m : undefined;
}

/** What befalls or is done by a titled person as a person, not in office: the body does not act through them ("Boeing
 * CEO Dave Calhoun will step down", "Apple CEO Tim Cook traveled to Beijing", "FBI Director Christopher Wray
 * testified"). */
const PERSONAL_TYPES = new Set(['RESIGN', 'TRAVEL', 'ARRIVE', 'DEPART', 'ATTEND', 'TRIAL', 'DEATHS', 'INJURY', 'MISSING', 'ARREST',
  'APPOINT', 'HIRE', 'DISMISS', 'ELECTION', 'AWARD', 'CHARGE', 'CONVICTION', 'ACQUITTAL', 'SENTENCING', 'EXTRADITE', 'DEPORT',
  'RELEASE', 'LAWSUIT', 'ACCIDENT', 'RESCUE', 'EVACUATION', 'DISPLACEMENT', 'APOLOGIZE']);

/** The organisation a named speaker speaks for, from the title around the name: before it ("Kremlin spokesman Dmitry
 * Peskov said", "Apple CEO Tim Cook told") or in an apposition after it ("Tim Cook, Apple's chief executive, said",
 * "said John Kirby, a spokesman for the National Security Council", "Jens Stoltenberg, the head of NATO,"). The
 * organisation is added to the statement's speakers: it speaks through them. Only named organisations with a title
 * word between (a state's nationality, "Russian Foreign Minister Sergei Lavrov", is no body; "Tesla and Elon Musk
 * said" is two speakers already, and "Musk, who owns Tesla," names no title). The same holds for whatever else such a
 * titled person does ("Apple CEO Tim Cook unveiled the phone", "Hezbollah commander Fuad Shukr planned the attack"): the
 * body acts through them and joins the agents. */
export function speakerBody(ctx: Ctx, d: Draft): void {
  if (PERSONAL_TYPES.has(d.type)) return;
  const agents = d.args.get('agent') ?? [];
  const range = ctx.sentRange[d.sentence];
  if (!agents.length || !range) return;
  const [s0, s1] = range;
  for (let k = s0; k < s1; k++) {
    const mi = ctx.ments.at[k]!;
    if (mi < 0) continue;
    const m = ctx.ments.list[mi]!;
    k = m.t1;
    if (m.type !== 'PERSON' || (m.pseudo && m.pseudo !== 'DEFINITE') || m.possessive || !m.ids.some((id) => agents.includes(id))) continue;
    // before the name: "Kremlin spokesman", "Apple's chief executive"; before a description's head: "the Fed chief"
    const [b, n] = titleBefore(ctx, m.t0 - 1, s0);
    let body = n > 0 || m.pseudo ? orgEndingAt(ctx, b, s0) : undefined;
    // a former title speaks for no one ("Former Apple CEO John Sculley said")
    if (body && body.t0 > s0 && ctx.low[body.t0 - 1] === 'former') body = undefined;
    // after it: ", Apple's chief executive,", ", a spokesman for the NSC", ", the head of NATO"
    if (!body && ctx.low[m.t1 + 1] === ',') {
      let q = m.t1 + 2;
      if (BODY_DETS.has(ctx.low[q] ?? '')) q++;
      const owner = q < s1 ? orgEndingAt(ctx, ctx.ments.at[q]! >= 0 ? ctx.ments.list[ctx.ments.at[q]!]!.t1 + (/^['’]s$/.test(ctx.low[ctx.ments.list[ctx.ments.at[q]!]!.t1 + 1] ?? '') ? 1 : 0) : -1, s0) : undefined;
      if (owner) q = owner.t1 + 1 + (/^['’]s$/.test(ctx.low[owner.t1 + 1] ?? '') ? 1 : 0);
      let t = 0;
      while (q < s1 && t < 4 && ctx.ments.at[q]! < 0 && BODY_TITLES.has(ctx.low[q]!)) { q++; t++; }
      if (t > 0 && owner && (ctx.low[q] === ',' || ctx.low[q] === '.' || q === s1)) body = owner;
      else if (t > 0 && !owner && (ctx.low[q] === 'for' || ctx.low[q] === 'of' || ctx.low[q] === 'at')) {
        q++;
        if (ctx.low[q] === 'the') q++;
        const mj = q < s1 ? ctx.ments.at[q]! : -1;
        const o = mj >= 0 ? ctx.ments.list[mj]! : undefined;
        if (o && o.t0 === q && o.type === 'ORG' && !o.pseudo && !o.possessive) body = o;
      }
    }
    if (body && !body.ids.every((id) => agents.includes(id))) { addArg(d, 'agent', body.ids); d.rule.push(d.type === 'STATEMENT' ? 'speaker-body' : 'agent-body'); }
    return;
  }
}

/** The titled person an organisation acts through, when the organisation alone was taken as the agent: the attribution
 * stage often names the body of "European Council President Charles Michel condemned", "Foreign Ministry spokesman Wang
 * Wenbin accused", "NASA Administrator Bill Nelson called"; the person is the one who spoke or acted and joins the agents
 * (the body stays: speakerBody adds it the other way round). Only a named organisation, then at most four title words
 * (none when the organisation's own name ends in one), then a named person right before the trigger (auxiliaries and
 * adverbs aside); not for a former title, nor when the person is already an agent. */
export function bodyPerson(ctx: Ctx, d: Draft): void {
  const agents = d.args.get('agent') ?? [];
  const range = ctx.sentRange[d.sentence];
  if (!agents.length || !range || d.noun) return;
  const [s0] = range;
  let k = d.t0 - 1;
  while (k >= s0 && ctx.ments.at[k]! < 0 && (AUX.has(ctx.low[k]!) || /^[a-z]+ly$/.test(ctx.low[k]!) || ctx.low[k] === 'also')) k--;
  const pi = k >= s0 ? ctx.ments.at[k]! : -1;
  const p = pi >= 0 ? ctx.ments.list[pi]! : undefined;
  if (!p || p.t1 !== k || p.type !== 'PERSON' || p.pseudo || p.possessive || p.ids.some((id) => agents.includes(id))) return;
  const [b, n] = titleBefore(ctx, p.t0 - 1, s0);
  const body = orgEndingAt(ctx, b, s0);
  if (!body || !body.ids.some((id) => agents.includes(id))) return;
  if (n === 0 && !BODY_TITLES.has(ctx.low[body.t1]!)) return;
  if (body.t0 > s0 && ctx.low[body.t0 - 1] === 'former') return;
  addArg(d, 'agent', p.ids);
  d.rule.push('body-person');
}

/** A speech act or a commitment takes the speaker of the statement it is said in: one on the very words of an attribution
 * cue ('"We will not rest," vowed Netanyahu', 'Zelensky said Ukraine would never surrender, vowing to fight on') has the
 * speaker the statement found as its agent, in place of a name that the reported words or the inverted order put there
 * (a speech act's; a commitment's agent is only filled when empty);
 * one in a participle clause after a statement of its sentence ('Warren said, criticizing the court') has that
 * statement's speaker when it has no agent of its own. The statement stays (the more specific type is the same saying,
 * with the same names). */
export function speechActSpeakers(ctx: Ctx, drafts: Draft[], sayingTypes: ReadonlySet<string>): void {
  for (let n = 0; n < drafts.length; n++) {
    const d = drafts[n]!;
    if (d.noun || d.passive || !sayingTypes.has(d.type)) continue;
    const same = drafts.find((s) => s !== d && s.type === 'STATEMENT' && !s.noun && s.t0 <= d.t1 && s.t1 >= d.t0 && s.args.get('agent')?.length);
    if (same) {
      const speaker = same.args.get('agent')!;
      const agent = d.args.get('agent') ?? [];
      // an agent that names the speaker stays ("Putin and Xi agreed": the speaker and a partner); another one is replaced
      // only on a speech act (a commitment's cue may have a source of its own: "Japan pledged aid, the ministry said")
      if (agent.some((id) => speaker.includes(id)) || (agent.length && !SPEECH_ACTS.has(d.type))) continue;
      d.args.set('agent', [...speaker]);
      for (const [role, ids] of d.args) if (role !== 'agent') d.args.set(role, ids.filter((id) => !speaker.includes(id)));
      d.rule.push('statement-speaker');
      continue;
    }
    // ", criticizing the court", ", promising to": an -ing clause after a comma, with a statement verb before it
    if (d.args.get('agent')?.length || !ctx.low[d.t0]!.endsWith('ing') || ctx.low[d.t0 - 1] !== ',') continue;
    for (let j = n - 1; j >= 0; j--) {
      const s = drafts[j]!;
      if (s.sentence !== d.sentence) break;
      if (s.noun || s.t1 >= d.t0) continue;
      // another verb between them governs the clause ("Smith said the ministry banned the
      // rally, criticizing the organisers": the ministry criticizes, not Smith)
      if (s.type !== 'STATEMENT') break;
      const speaker = s.args.get('agent');
      if (speaker?.length) { addArg(d, 'agent', speaker); d.rule.push('statement-speaker:participle'); }
      break;
    }
  }
}

/** "The last polio cases in Nigeria were reported in Borno State", "Heavy fighting was reported in Kano": where a passive
 * report places the event noun that is its subject is where the event happened (the report's own place, 'said-where',
 * is no place of saying here, nobody is named saying it). The noun may carry a place of its own before the verb ("cases
 * in Nigeria"); the report's place is added to it. Not for an active report ("officials reported in Kano that cases
 * rose": the place is where they spoke) nor for a subject that is no event noun ("Three people were reported in Kano"). */
export function reportedWhere(ctx: Ctx, drafts: Draft[]): void {
  for (const st of drafts) {
    if (st.type !== 'STATEMENT' || st.noun || !st.passive || !st.rule.includes('said-where')) continue;
    const loc = st.args.get('location');
    const range = ctx.sentRange[st.sentence];
    if (!loc?.length || !range) continue;
    // "was reported in Geneva by the World Health Organization": a named reporter speaks in that place
    if (st.args.get('agent')?.length || st.args.get('source')?.length || reporterAfter(ctx, st.t1 + 1, range[1])) continue;
    const s0 = range[0];
    // back over the auxiliaries ("were", "have been") and one place phrase on the noun ("in Nigeria")
    let k = st.t0 - 1;
    while (k >= s0 && AUX.has(ctx.low[k]!)) k--;
    const mi = k >= s0 ? ctx.ments.at[k]! : -1;
    if (mi >= 0) {
      const m = ctx.ments.list[mi]!;
      if (m.t1 !== k || !isPlace(m.type) || !LOCATIVE.has(ctx.low[m.t0 - 1] ?? '')) continue;
      k = m.t0 - 2;
    }
    const ev = drafts.find((e) => e !== st && e.noun && e.sentence === st.sentence && e.t1 === k && e.type !== 'STATEMENT');
    if (!ev) continue;
    const have = ev.args.get('location') ?? [];
    // a place known to lie in another country than every place the noun already has is far from the event
    const ownCountries = have.map((id) => countryOfId(ctx, id)).filter((c): c is string => !!c);
    const add = loc.filter((id) => !have.includes(id) && !(ownCountries.length && isForeignPlace(ctx, id, ownCountries)));
    if (!add.length) continue;
    addArg(ev, 'location', add);
    ev.rule.push('place:reported-where');
  }
}

/** A reporter named after a passive report verb, up to the end of its clause: "by" and a body or person ("by the World
 * Health Organization", "by Reuters") or an actor noun within three words ("by Pentagon officials", "by local police").
 * "by Monday evening", "by then" name no one. */
function reporterAfter(ctx: Ctx, from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const w = ctx.low[k]!;
    if (HARD_PUNCT.has(w)) return false;
    if (w !== 'by') continue;
    let j = k + 1;
    while (j < end && DET.has(ctx.low[j]!)) j++;
    const mi = ctx.ments.at[j] ?? -1;
    if (mi >= 0 && REPORTER_TYPES.has(ctx.ments.list[mi]!.type)) return true;
    for (let n = j; n < Math.min(end, j + 3); n++) if (ACTOR_HEADS.has(ctx.low[n]!)) return true;
  }
  return false;
}
const REPORTER_TYPES: ReadonlySet<string> = new Set(['ORG', 'PERSON', 'NORP']);

function countryOfId(ctx: Ctx, id: string): string | undefined {
  const e = ctx.ments.byId.get(id);
  return e ? entityCountry(e) : undefined;
}
function isForeignPlace(ctx: Ctx, id: string, countries: readonly string[]): boolean {
  const c = countryOfId(ctx, id);
  return !!c && !countries.includes(c);
}
