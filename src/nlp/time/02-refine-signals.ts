// Words around a time expression that change its span or mod (TimeML keeps modifiers inside the span,
// prepositions outside): "early 2019" (START), "mid-September" (MID), "the end of March" (END),
// "as early as Tuesday" (ON_OR_AFTER, span "Tuesday"), "no later than Friday" (ON_OR_BEFORE), "since 2019" (past).
import { deadlineAhead } from './deadline.js';
import { frontedSayingDay } from './saying-day.js';
import type { TimeMod } from '../../core/types.js';
import type { Cand } from './cand.js';
import { atSentenceStart, pastMidnightAfter, wordBefore } from './text-util.js';
import { atLeastBound, fromBound, negatedUntilBound, plannedFrom } from './bounds.js';
import { readWordSet } from '../../core/word-lists.js';
import { alternation } from '../../core/regex.js';
import { AMBIGUOUS_PAST, IRREGULAR_PAST_CUES } from './lexicon.js';

const EXTENDABLE = /^(?:date\.(?:month|year|month-year|month-day|day-month|fiscal-year)|period\.(?:decade|century|season|quarter)|relative\.(?:weekday|weekday-part|today|yesterday|tomorrow|unit|part-of-day|tonight)|date\.holiday|clock\.part-of-day)$/;
const EARLY_LATE = /(?:\b([Ee]arly|[Ll]ate|[Mm]id)[\s-]+|\b([Mm]id)-?|\b([Ee]nd)-)$/;
/** A stretch at one end of a period: "the final days of", "the first weeks of", "the closing months of", "the first half of". */
const PORTION_OF = /\b[Tt]he\s+(first|opening|early|earliest|final|last|closing|dying|waning|latter|second)\s+(?:(?:few|couple\s+of)\s+)?(?:days|weeks|months|hours|half)\s+of\s+$/;
/** A year after "the first half of": the half-year (period.half, "2025-H1") is the reading, not the year's START. */
const HALF_YEAR = /^(?:\d{4}|(?:this|next|last|the)\s+year)$/i;
const EARLY_LATE_ON = /\b([Ee]arly|[Ll]ate)\s+(?:on|in)\s+$/;
/** Market-session nouns (data/lexicon/time-market-sessions.txt: trading, trade). */
const MARKET_SESSIONS = readWordSet('time-market-sessions.txt');
/** "in early trading Friday", "in late trade on Monday": a market session at one end of the day (news gold: START);
 *  only after "in" ("early deals on Monday", "pushed for early trade on Monday" are no session). */
const EARLY_LATE_SESSION = new RegExp(String.raw`\b[Ii]n\s+([Ee]arly|[Ll]ate)\s+(?:${alternation([...MARKET_SESSIONS])})\s+(?:on\s+)?$`);
const END_OF = /\b((?:[Tt]he|[Tt]his)\s+)?([Ee]nd|[Bb]eginning|[Ss]tart|[Mm]iddle|[Cc]lose|[Tt]urn|[Dd]awn)\s+of\s+(?:the\s+)?$/;
const ON_OR_AFTER = /\b(?:as\s+early\s+as|as\s+soon\s+as|no\s+earlier\s+than|not\s+before|from)\s+(?:on\s+)?$/i;
const AT_LEAST_UNTIL = /\b(?:at\s+least\s+(?:until|till|through)|(?:until|till|through)\s+at\s+least)\s+(?:on\s+)?$/i;
const ON_OR_BEFORE = /\b(?:no\s+later\s+than|not\s+later\s+than|as\s+late\s+as)\s+(?:on\s+)?$/i;
/** Dates whose year or week depends on tense; "by" before them marks a deadline. */
const DEADLINE_RULES = /^(?:date\.(?:month|month-day|day-month)|relative\.weekday)$/;
/** -ed words that are no past verb ("indeed", "based", "needed to"). */
const NOT_PAST_ED = readWordSet('time-not-past-ed.txt');
/** Past forms that do not make a "by" deadline past: those, reporting verbs and future-looking participles. */
const NOT_PAST_BY: ReadonlySet<string> = new Set([...NOT_PAST_ED, ...readWordSet('time-not-past-by.txt')]);
/** Irregular simple past forms ("knew", "began"), read as the past of a verb chain. */
const IRREGULAR_PAST: ReadonlySet<string> = new Set(IRREGULAR_PAST_CUES.map((w) => w.toLowerCase()));
/** A past form of a word that is also present or a noun, made a verb by its particle: "set up", "cut off", "put out". */
const AMBIGUOUS_PAST_PHRASAL = new RegExp(`\\b(?:${alternation(AMBIGUOUS_PAST)})\\s+(?:up|off|out|down|aside|back|in)\\b`, 'i');
/** A modal or plan in a verb chain: it looks ahead ("could come", "is expected", "set to", "'ll"). */
const CHAIN_AHEAD = /\b(?:will|would|could|can|may|might|shall|should|must|expected|due|scheduled|slated|planned|likely|poised|set\s+to)\b|['’]ll\b/i;
/** "to" before a bare verb ("to meet"), not the preposition before a noun phrase ("to their homes", "to Kyiv"). */
const INFINITIVE_TO = /\b[Tt]o\s+(?!(?:the|a|an|their|his|her|its|our|my|your|this|that|these|those|some|all|each|every|no|one|two|three|four|five)\b)[a-z]+\b/;

/** A past -ed form ("warned", "returned"), longer than four letters and not in `except`. */
function pastEd(w: string, except: ReadonlySet<string>): boolean {
  return w.length > 4 && w.endsWith('ed') && !except.has(w);
}
/** Some word of `s` is a past -ed form not in `except`. */
function hasPastEd(s: string, except: ReadonlySet<string>): boolean {
  return (s.toLowerCase().match(/[a-z]+ed\b/g) ?? []).some((w) => pastEd(w, except));
}
const PAST_SIGNAL = /\b(?:since|last|ago)\s+$/i;
const SIGNAL_WORDS = new Set(['in', 'least', 'till', 'early', 'late', 'mid', 'end', 'of', 'the', 'as', 'than', 'before', 'from', 'since', 'last', 'ago', 'until', 'till', 'on', 'mid-', 'end-', 'by',
  // (a market session before a day: "in early trading Friday", EARLY_LATE_SESSION)
  ...MARKET_SESSIONS]);
const SIGNAL_MAX = Math.max(...[...SIGNAL_WORDS].map((w) => w.length));
const MOD_OF: Record<string, TimeMod> = { early: 'START', late: 'END', mid: 'MID', end: 'END', beginning: 'START', start: 'START', middle: 'MID', close: 'END', turn: 'START', dawn: 'START' };

/** "declared Monday a non-working day": a weekday named as a day off or of mourning is one ahead (data/lexicon/time-declared-day-verbs.txt). */
const DECLARED_DAY_BEFORE = new RegExp(`\\b(?:${alternation(readWordSet('time-declared-day-verbs.txt'))})\\s+$`, 'i');
/** The day named: "a non-working day", "a day of national mourning", "a public holiday", "a day off" — a day-off word
 * (data/lexicon/time-day-off-words.txt) among its words, and no "a day after/before/later" (a span from an event). */
const DAY_OFF = readWordSet('time-day-off-words.txt');
const DECLARED_DAY_AFTER = /^\s+(?:as\s+)?(?:a|an)\s+((?:[a-z-]+\s+){0,3}?(?:day|holiday)\b(?:\s+(?:of\s+)?(?:[a-z-]+\s+)?[a-z-]+)?)/i;
function declaredDayOff(after: string): boolean {
  const m = DECLARED_DAY_AFTER.exec(after);
  if (!m || /^day\s+(?:after|before|later|earlier|ago)\b/i.test(m[1]!)) return false;
  return m[1]!.toLowerCase().split(/\s+/).some((w) => DAY_OFF.has(w));
}
/** A participle of speaking right before a day: "speaking on Wednesday", "writing Tuesday", "in an interview on Monday". */
const REPORTING_PARTICIPLE = /\b(?:speaking|writing|talking|testifying|briefing\s+reporters|in\s+an\s+interview|in\s+a\s+statement)\s+(?:on\s+)?$/i;
/**
 * A fronted frame of speech that the weekday dates and a comma closes: "Speaking to reporters on Monday, he said …",
 * "At a news conference on Tuesday, the mayor said …", "In a televised address on Sunday, …". It tells when the
 * words were said, so the day is past, whatever the reported clause looks ahead to. (Only fronted: "will announce
 * it at a news conference on Friday" looks ahead.)
 */
const FRONTED_SPEECH_FRAME = /(?:^|[^A-Za-z])((?:Speaking|Writing|Talking|Testifying|Addressing|Briefing)\b[^,.;:!?"“”\n]{0,60}?|(?:At|In|During)\s+(?:a|an|the|his|her|their|its)\s+(?:[A-Za-z-]+\s+){0,3}?(?:news\s+conference|press\s+conference|conference|briefing|speech|statement|interview|address|remarks|post|message|letter|tweet|video)(?:\s+(?:to|with|at|in|from)\s+[^,.;:!?"“”\n]{1,40}?)?)\s+(?:on\s+)?$/;
/** A main clause that looks ahead: "will", "'ll", "is expected to", "are set to", "is due to", "plans to". */
const MAIN_AHEAD = /(?:\bwill\b|['’]ll\b|\b(?:is|are)\s+(?:expected|set|due)\s+to\b|\bplans?\s+to\b)/i;
function frontedSpeechFrame(text: string, c: Cand): boolean {
  if (!/^\s*,/.test(text.slice(c.end, c.end + 3))) return false;
  // "At a conference on Friday, leaders will sign the accord": the main clause itself looks ahead, so the frame is
  // an event to come, not a saying (a reporting verb ends the main clause: "…, the mayor said the city will recover").
  let main = text.slice(c.end, c.end + 120);
  const cut = main.search(/[.!?;](?:\s|$)|\n|\b(?:said|says|told|tells|announced|added|stated|declared|warned|insisted|argued|noted|urged)\b/i);
  if (cut >= 0) main = main.slice(0, cut);
  if (MAIN_AHEAD.test(main)) return false;
  const from = Math.max(0, c.start - 110);
  const m = FRONTED_SPEECH_FRAME.exec(text.slice(from, c.start));
  return m !== null && atSentenceStart(text, from + m.index + m[0].indexOf(m[1]!));
}

/** A day that dates a saying by its frame: "speaking on Wednesday", "Speaking at a briefing this afternoon, she said …". */
export function speechFrameDay(text: string, c: Cand): boolean {
  return REPORTING_PARTICIPLE.test(text.slice(Math.max(0, c.start - 24), c.start)) || frontedSpeechFrame(text, c);
}

const PAST_AUX = /\b(?:was|were|had|did|remained|stayed|lasted)\b/i;
/** "was expected to", "were due to", "was set to": a plan told in the past still looks ahead ("was expected to reopen by Friday"). */
const PLAN_IN_PAST = /\b(?:was|were)\s+(?:(?:also|still|originally|initially|widely|already)\s+)?(?:expected|due|set|scheduled|slated|planned|supposed|likely|poised|going|about|meant)\s+to\b/gi;
/** A past auxiliary in the clause, a plan told in the past ("was expected to") not counted. */
function pastAux(s: string): boolean {
  return PAST_AUX.test(s.replace(PLAN_IN_PAST, ' '));
}
/** A participle after a present or future form of "be" ("are closed", "will be banned"): no past. */
const PRESENT_PASSIVE = /\b(?:is|are|be|remain|remains|stay|stays|been)\s+(?:(?:still|also|now|all|temporarily|fully)\s+)?[a-z]+ed\b/gi;
/** "adjourned until Monday", "suspended until Friday": the time a halt lasts to lies ahead, in a past clause too. */
const HALTED_UNTIL = /\b(?:adjourn(?:ed|s)?|suspend(?:ed|s)?|postpone[sd]?|delay(?:ed|s)?|defer(?:red|s)?|extend(?:ed|s)?|put\s+off|pushed\s+back|recessed)\b[^.;:!?"“”]{0,60}?\b(?:until|till)\s+(?:the\s+)?$/i;

/** Up to 80 characters before and 60 after [start, end), cut at sentence ends (". " and newlines). */
function sentenceAround(text: string, start: number, end: number): string {
  let left = text.slice(Math.max(0, start - 80), start);
  const l = Math.max(left.lastIndexOf('. '), left.lastIndexOf('\n'), left.lastIndexOf('? '), left.lastIndexOf('! '));
  if (l >= 0) left = left.slice(l + 1);
  let right = text.slice(end, Math.min(text.length, end + 60));
  const r = right.search(/[.!?](?:\s|$)|\n/);
  if (r >= 0) right = right.slice(0, r);
  return left + text.slice(start, end) + right;
}

/** False when no signal word (or hyphen) precedes `start`: refineSignals then never moves that start. */
export function maySignal(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) === 45) return true;
  // Without cutting a string: the previous word must be a short run of letters ("in", "mid", "before"; a
  // dot, hyphen or apostrophe may cling to it), not a number or a long word.
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  let j = i;
  while (j >= 0 && i - j <= SIGNAL_MAX + 2 && isWordish(text.charCodeAt(j))) j--;
  if (j === i || i - j > SIGNAL_MAX + 2) return false;
  return SIGNAL_WORDS.has(wordBefore(text, start).toLowerCase());
}
/** The next word after `pos` (past a comma and spaces) starts with "a": "…, at the earliest" is possible. */
function atNext(text: string, pos: number): boolean {
  let i = pos;
  if (text.charCodeAt(i) === 44) i++;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 10) i++;
  return (text.charCodeAt(i) | 32) === 97;
}
const isWordish = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 46 || c === 39 || c === 8217;

/** Rules naming a point or stretch of the calendar (not durations, sets or vague references). */
const POINT_RULE = /^(?:date|period|relative|clock|anaphor)\./;
/** Words whose presence right before a point may bound it; a cheap gate before the regexes below. */
const POINT_SIGNAL_WORDS = new Set(['around', 'about', 'approximately', 'roughly', 'circa', 'c', 'ca', 'before', 'to', 'than', 'of',
  'after', 'past', 'by', 'until', 'till', 'til', 'through', 'thru', 'starting', 'beginning', 'effective', 'on', 'from', 'least',
  'beyond', 'in', 'since']);
const P_APPROX = /\b(?:around|approximately|roughly|circa|ca?\.|(?:at|in|from|since|until|by|on|to|till|after|before)\s+about)\s+$/i;
const P_BEFORE = /\b(?:before|prior\s+to|earlier\s+than|ahead\s+of)\s+$/i;
const P_AFTER = /\b(?:after|later\s+than|beyond)\s+$/i;
const P_ON_OR = /\bon\s+or\s+(after|before)\s+$/i;
const P_ON_OR_BEFORE = /\b(?:by|until|till|til|through|thru|up\s+to|up\s+until|on\s+or\s+before)\s+(?:on\s+)?$/i;
const P_ON_OR_AFTER = /\b(?:starting(?:\s+(?:on|in|from))?|beginning(?:\s+(?:on|in))?|effective(?:\s+(?:on|from))?|on\s+or\s+after)\s+$/i;

const isApostrophe = (ch: number): boolean => ch === 39 || ch === 8217;
/** "'s" (or "’s") at `pos`, followed by a non-word character. */
function possessiveAt(text: string, pos: number): boolean {
  if (!isApostrophe(text.charCodeAt(pos)) || text.charCodeAt(pos + 1) !== 115) return false;
  const n = text.charCodeAt(pos + 2);
  return !((n >= 48 && n <= 57) || (n >= 65 && n <= 90) || (n >= 97 && n <= 122) || n === 95);
}

/**
 * Whether a bound may follow `end` ("2015 or so", "2018 or earlier", "from 2021 onwards"): an optional
 * comma, then spaces, then a word in "o" or "a". Read without cutting a string: most times have none.
 * Unsure (a non-ASCII character) counts as may.
 */
function mayBoundOnRight(text: string, end: number): boolean {
  let i = end;
  if (text.charCodeAt(i) === 44) i++;
  const s = i;
  for (; i < end + 16; i++) {
    const ch = text.charCodeAt(i);
    if (ch > 127) return true;
    if (ch !== 32 && (ch < 9 || ch > 13)) break;
  }
  if (i === s) return false;
  const ch = text.charCodeAt(i) | 32;
  return ch === 111 || ch === 97;
}

/** The bound a phrase right after the time gives it: "2015 or so", "2018 or earlier", "from 2021 onwards". */
function rightSignalMod(text: string, c: Cand): TimeMod | undefined {
  const right = text.slice(c.end, c.end + 16);
  if (/^,?\s+or\s+so\b/i.test(right)) return 'APPROX';
  if (/^\s+(?:on(?:wards?)?|and\s+(?:beyond|after|later))\b(?!\s+(?:the|a|an|\d)\b)/i.test(right) && /\bfrom\s+$/i.test(text.slice(Math.max(0, c.start - 6), c.start))) return 'ON_OR_AFTER';
  // "2025 and beyond", "2027 onwards" without "from": open towards the future all the same, when the phrase ends
  // there ("grew in 2019 and beyond its home market" is the preposition)
  if (/^\s+(?:onwards?|and\s+beyond)(?=\s*(?:[,.;:)]|$))/i.test(right)) return 'ON_OR_AFTER';
  if (/^\s+or\s+(?:earlier|before)\b/i.test(right)) return 'ON_OR_BEFORE';
  if (/^\s+or\s+(?:later|after)\b/i.test(right)) return 'ON_OR_AFTER';
  return undefined;
}

/**
 * The TimeML mod a signal word gives a point in time: "around 3 p.m."/"circa 1990" APPROX, "before 2020"/
 * "prior to Monday" BEFORE, "after 2025"/"shortly after midnight"/"just past 9 a.m." AFTER, "by Friday"/
 * "until March" ON_OR_BEFORE, "starting Monday"/"from 2021 onwards" ON_OR_AFTER, "2015 or so" APPROX, "2018 or
 * earlier" ON_OR_BEFORE, "since 2019"/"ever since March" ON_OR_AFTER (the state holds from then on; the newer
 * gold writes that mod, the older leaves it out, and the scorer reads a mod only where gold has one). The words
 * stay outside the span (TimeML signals).
 */
export function pointSignalMod(text: string, c: Cand): TimeMod | undefined {
  if (!POINT_RULE.test(c.rule) || c.rule === 'relative.ago') return undefined;
  // "after Sunday's attack", "before Monday's vote": a possessive time dates its noun; the signal bounds the noun's
  // event, not the day
  if (possessiveAt(text, c.end) || (c.end - c.start >= 2 && text.charCodeAt(c.end - 1) === 115 && isApostrophe(text.charCodeAt(c.end - 2)))) return undefined;
  if (mayBoundOnRight(text, c.end)) {
    const r = rightSignalMod(text, c);
    if (r) return r;
  }
  const w = wordBefore(text, c.start).toLowerCase();
  if (!POINT_SIGNAL_WORDS.has(w)) return undefined;
  const left = text.slice(Math.max(0, c.start - 24), c.start);
  if (P_APPROX.test(left) || (w === 'about' && c.rule.startsWith('clock.'))) return 'APPROX';
  // "closed until at least Friday", "at least until March": the end comes on or after it
  if ((w === 'least' || w === 'until' || w === 'till' || w === 'through' || w === 'thru') && atLeastBound(left)) return 'ON_OR_AFTER';
  // "two weeks before Christmas", "a day after Monday's strike": the bound belongs to the counted shift.
  if (/\b(?:second|minute|hour|day|night|week|month|year|decade)s?\s+(?:before|after|prior\s+to)\s+$/i.test(left)) return undefined;
  // "worked through the night": a stretch, not a deadline.
  if (c.rule.startsWith('clock.part-of-day') && /\b(?:through|thru)\s+$/i.test(left)) return undefined;
  // "on or after June 1", "on or before March 1": the day itself is in, unlike a bare "after"/"before"
  const onOr = P_ON_OR.exec(left);
  if (onOr) return onOr[1]!.toLowerCase() === 'after' ? 'ON_OR_AFTER' : 'ON_OR_BEFORE';
  if (P_BEFORE.test(left)) return 'BEFORE';
  // "shortly past 9 a.m."; a named clock needs no adverb: "a session that ran past midnight" (no "half past midnight")
  if (P_AFTER.test(left) || (w === 'past' && c.rule.startsWith('clock.') && (/\b(?:just|shortly|soon|a\s+little)\s+past\s+$/i.test(left)
    || (c.rule === 'clock.named' && pastMidnightAfter(text, c.start, c.end))))) return 'AFTER';
  // "won't reopen until Monday", "not until 2019": on or after it
  if ((w === 'until' || w === 'till') && negatedUntilBound(text, c.start - (/\b(?:until|till)\s+(?:on\s+)?$/i.exec(left)?.[0].length ?? 0))) return 'ON_OR_AFTER';
  if (P_ON_OR_BEFORE.test(left)) return 'ON_OR_BEFORE';
  if (P_ON_OR_AFTER.test(left)) return 'ON_OR_AFTER';
  if (w === 'since' && /\bsince\s+$/i.test(left)) return 'ON_OR_AFTER';
  // "the ban applies from Monday", "From January, fares rise" (not "from Monday to Friday", "up from 2019")
  if (w === 'from') { const m = /\bfrom\s+(?:on\s+)?$/i.exec(left); if (m) return fromBound(text, c, c.start - m[0].length); }
  return undefined;
}

export function refineSignals(text: string, cands: Cand[]): void {
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k]!;
    const pm = pointSignalMod(text, c);
    if (pm) c.signalMod = pm;
    // "The minister, speaking on Wednesday, said …": the day of the reported speech is past, whatever the
    // reported clause looks ahead to.
    if (!c.tense && c.rule === 'relative.weekday' && DECLARED_DAY_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start))
      && declaredDayOff(text.slice(c.end, c.end + 60))) c.tense = 'FUTURE';
    if (!c.tense && c.rule.startsWith('relative.weekday') && (REPORTING_PARTICIPLE.test(text.slice(Math.max(0, c.start - 24), c.start)) || frontedSpeechFrame(text, c))) c.tense = 'PAST';
    // "Also on Tuesday, Vale announced it would …": a fronted day whose main clause is a saying dates the saying
    if (!c.tense && c.rule === 'relative.weekday' && frontedSayingDay(text, c.start, c.end)) c.tense = 'PAST';
    // "Starting Monday, shops close at 6 p.m.", "effective Friday": a change that begins ahead, unless the
    // sentence tells it in the past ("Starting on Monday, police arrested …").
    // "Masks are mandatory from Monday", "schools are closed from Monday" likewise: a present-tense clause
    // (a participle after "is"/"are"/"be" is no past) tells a change to come.
    // (For "from", "as of" a past sentence leaves the clause's own tense to decide: "rules, which take effect from
    // Monday, were announced".)
    const lead = pm === 'ON_OR_AFTER' && DEADLINE_RULES.test(c.rule) ? /\b(starting|beginning|effective|from|as\s+of)\s+(?:on\s+|in\s+|from\s+)?$/i.exec(text.slice(Math.max(0, c.start - 20), c.start)) : null;
    if (lead) {
      const sent = sentenceAround(text, c.start, c.end).replace(PRESENT_PASSIVE, ' ');
      const past = pastAux(sent) || hasPastEd(sent, NOT_PAST_BY);
      // "agreed on Monday to cut output from November": a plan told in the past still looks ahead
      if (!past || (/^from/i.test(lead[1]!) && plannedFrom(text, c.start - lead[0].length))) c.tense = 'FUTURE';
      else if (!/^(?:from|as)/i.test(lead[1]!)) c.tense = 'PAST';
    }
    // Cheap gate: most candidates have no signal word before them.
    if (!maySignal(text, c.start)) {
      if (atNext(text, c.end) && /^,?\s+at\s+the\s+(?:earliest|latest)\b/i.test(text.slice(c.end, c.end + 20))) c.mod = /earliest/i.test(text.slice(c.end, c.end + 20)) ? 'ON_OR_AFTER' : 'ON_OR_BEFORE';
      continue;
    }
    const left = text.slice(Math.max(0, c.start - 40), c.start);
    if (EXTENDABLE.test(c.rule)) {
      let m = EARLY_LATE.exec(left);
      if (m && !(c.rule === 'relative.weekday' && /^late|early/i.test(m[1] ?? ''))) {
        const w = (m[1] ?? m[2] ?? m[3])!.toLowerCase();
        c.start -= m[0].length;
        c.outerMod = MOD_OF[w];
      } else if ((m = END_OF.exec(left))) {
        c.start -= m[0].length;
        c.outerMod = MOD_OF[m[2]!.toLowerCase()];
      } else if ((m = PORTION_OF.exec(left)) && !(/half/i.test(m[0]) && HALF_YEAR.test(text.slice(c.start, c.end)))) {
        // "the final days of August", "the first weeks of 2024": the part of the period, in the span.
        c.start -= m[0].length;
        c.outerMod = /^(?:first|opening|early|earliest)$/i.test(m[1]!) ? 'START' : 'END';
      } else if ((m = EARLY_LATE_SESSION.exec(left)) && /^relative\.(?:weekday|today|yesterday)$/.test(c.rule)) {
        c.outerMod = MOD_OF[m[1]!.toLowerCase()];
      } else if ((m = EARLY_LATE_ON.exec(left))) {
        // "early on Monday", "late in 2019": the mod, with the preposition (and the adverb) outside the span.
        c.outerMod = MOD_OF[m[1]!.toLowerCase()];
      }
    }
    const left2 = text.slice(Math.max(0, c.start - 30), c.start);
    if (ON_OR_AFTER.test(left2) && !/from\s+$/i.test(left2)) {
      c.mod = 'ON_OR_AFTER';
      // "could come as early as Tuesday": a bound on something still ahead.
      // (Not when its own verb chain is past: "Kyiv had warned as early as October that …" is an early date told.)
      const early = /\bas\s+(?:early|soon)\s+as\s+(?:on\s+)?$/i.exec(left2);
      if (early) c.tense = pastChain(verbChainBefore(text, c.start - early[0].length)) ? 'PAST' : 'FUTURE';
      // "will take effect no earlier than March": "earlier" is no past tense; a bound, ahead unless told in the past.
      else if (/\bno\s+(?:earlier|sooner)\s+than\s+(?:on\s+)?$/i.test(left2)) c.tense = pastAux(sentenceAround(text, c.start, c.end)) ? 'PAST' : 'FUTURE';
    }
    else if (ON_OR_BEFORE.test(left2)) {
      c.mod = 'ON_OR_BEFORE';
      // "no later than March": a deadline, ahead unless the clause is past ("had to be paid no later than March").
      if (/\b(?:no|not)\s+later\s+than\s+(?:on\s+)?$/i.test(left2)) c.tense = pastAux(sentenceAround(text, c.start, c.end)) ? 'PAST' : 'FUTURE';
    }
    const right = text.slice(c.end, c.end + 20);
    if (/^,?\s+at\s+the\s+earliest\b/i.test(right)) c.mod = 'ON_OR_AFTER';
    else if (/^,?\s+at\s+the\s+latest\b/i.test(right)) c.mod = 'ON_OR_BEFORE';
    // "closed until at least Friday", "at least until Friday": an end not known yet, so ahead of the telling
    // whatever the tense ("schools were ordered closed until at least Friday"), unless told from a past moment
    // ("had been closed until at least Friday"): only the verb chain governing "until" counts, not a "had" in
    // another clause ("Officials, who had inspected the site, ordered schools closed until at least Friday").
    if (!c.tense && DEADLINE_RULES.test(c.rule) && AT_LEAST_UNTIL.test(left2) && !/\bhad\b/i.test(verbChainBefore(text, c.start))) c.tense = 'FUTURE';
    if (c.tense) continue; // fixed by "as early as"
    if (PAST_SIGNAL.test(left2)) c.tense = 'PAST';
    else if (DEADLINE_RULES.test(c.rule) && /\bby\s+$/i.test(left2)) {
      // "pay down the loan by February": a deadline, so ahead unless the clause itself is past
      // ("had repaid it by February", "By March, sales doubled"); "said it plans to pay down the loan by
      // February" still looks ahead.
      let past = pastAux(sentenceAround(text, c.start, c.end));
      // A fronted "By March, sales doubled": the main clause after the comma carries the tense.
      if (!past && /(?:^|[.!?\n"“]\s*)By\s+$/.test(text.slice(Math.max(0, c.start - 6), c.start))) {
        const rest = text.slice(c.end, Math.min(text.length, c.end + 60)).split(/[.!?\n]/)[0]!;
        past = hasPastEd(rest, NOT_PAST_BY);
      }
      c.tense = past ? 'PAST' : 'FUTURE';
    } else if (/\b(?:until|till)\s+$/i.test(left2)) {
      // "remain closed until Friday": the end of a state that still holds, so ahead; unless told in the past.
      c.tense = HALTED_UNTIL.test(text.slice(Math.max(0, c.start - 100), c.start)) || deadlineAhead(text, c.start, c.end) || !pastAux(sentenceAround(text, c.start, c.end)) ? 'FUTURE' : 'PAST';
    }
  }
}

/**
 * A verb chain told in the past: no modal or plan in it, and a past auxiliary ("had returned to their homes"), or,
 * with no infinitive "to", a past form: regular ("warned"), irregular ("knew", "began") or an ambiguous one made a
 * verb by its particle ("set up camp"). A reporting verb counts only as the chain's last word ("warned as early as
 * October that …"); before a clause it dates the saying ("announced talks resume as early as Monday").
 */
function pastChain(chain: string): boolean {
  if (CHAIN_AHEAD.test(chain)) return false;
  if (pastAux(chain)) return true;
  if (INFINITIVE_TO.test(chain)) return false;
  const words = chain.toLowerCase().match(/[a-z]+/g) ?? [];
  const last = words.length - 1;
  return words.some((w, i) => {
    const except = i === last ? NOT_PAST_ED : NOT_PAST_BY;
    return pastEd(w, except) || (IRREGULAR_PAST.has(w) && !except.has(w));
  }) || AMBIGUOUS_PAST_PHRASAL.test(chain);
}

/** The verb chain before a position ("until", "as early as"): the text back to the last clause break (punctuation or a relative). */
function verbChainBefore(text: string, start: number): string {
  const s = text.slice(Math.max(0, start - 100), start);
  const m = /^[\s\S]*(?:[,;:.!?\n(\u2013\u2014]|\b(?:who|which|that|when|after|before|because|while|as|and|but)\b)/i.exec(s);
  return m ? s.slice(m[0].length) : s;
}
