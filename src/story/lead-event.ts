// A report's lead events, for telling a report of the story from a look-alike in the same country: the events its
// lead (headline, dateline, first body sentence) reports, each with its own day and its own town or site. Two reports
// that lead with an explosion in one country can be of two explosions: one in Tianjin, one ten days later in Zibo,
// 300 km away; the shared country says nothing, the event's own date and place do.

import type { Analysis, Entity } from '../core/types.js';
import { DAY_MS } from '../nlp/time/date-math.js';
import { matchDateline } from '../nlp/segment/dateline.js';
import { haversineKm } from './values.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../core/shared.js';
import { readDataRows } from '../core/data-rows.js';
import { readWordSet } from '../core/word-lists.js';
import { SPEECH_VERBS } from '../nlp/claims/lexicon.js';

/** One lead event: its type, its day (ms, UTC midnight) when the report dates it, and one town or site it happens at. */
export interface LeadEvent { type: string; day?: number; lat: number; lon: number }

/**
 * Lead events apart by more than this many km happen at different places. A town and the port district or plant on
 * its edge lie within a few tens of km (Tianjin and its Binhai port district: 45 km); two towns of one province that
 * far apart are two places.
 */
export const FAR_KM = 100;

/** Lead events apart by at least this many days happen on different dates (a night's event is dated either side of midnight). */
export const APART_DAYS = 2;

/**
 * A town or a site: a place with coordinates that can stand for where an event happened (not a country, river or sea,
 * nor a region: a region's centroid can lie hundreds of km from the town in it where the event happened).
 */
function spot(e: Entity | undefined): e is Entity & { geo: { lat: number; lon: number } } {
  return !!e?.geo && (e.kind === 'CITY' || e.type === 'FAC');
}

/**
 * The report's own dateline towns: places named in its DATELINE sentence, or in the capitalised "BEIJING (Reuters) -"
 * opening of its first body sentence, that its headline (or title) does not name. The event stage often places a lead
 * event at the dateline's town, which is where the reporter is, not where the event happened (a follow-up from Beijing
 * on the Tianjin blast: "BEIJING (Reuters) - The explosion at a chemical warehouse killed 112 people, officials in
 * Beijing said"); a headline naming the town ("Blast at Zibo plant kills five") makes it the event's place again.
 */
export function datelineTowns(a: Analysis): Set<string> {
  const sents = a.sentences ?? [];
  const spans: { start: number; end: number }[] = sents.filter((s) => s.kind === 'DATELINE');
  const firstBody = sents.find((s) => !s.kind || s.kind === 'BODY');
  if (!spans.length && firstBody) {
    // the segmenter's own dateline shapes, where it left the dateline inside the sentence
    const end = matchDateline(a.document.text, firstBody.start, firstBody.end);
    if (end > 0) spans.push({ start: firstBody.start, end });
  }
  const heads = [a.document.title ?? '', ...sents.filter((s) => s.kind === 'HEADLINE').map((s) => a.document.text.slice(s.start, s.end))];
  const out = new Set<string>();
  for (const e of a.entities ?? []) {
    if (!e.mentions?.some((m) => spans.some((s) => m.start >= s.start && m.start < s.end))) continue;
    const named = heads.some((h) => e.mentions!.some((m) => m.text.length > 2 && h.includes(m.text)) || (e.name.length > 2 && h.includes(e.name)));
    if (!named) out.add(e.id);
  }
  return out;
}

/** One of a report's events. */
type Ev = NonNullable<Analysis['events']>[number];

/**
 * The report's own lead events: each event whose trigger is in the lead, of a type `skip` does not match, that its
 * sentence does not recall (a recall cue before it: 'days after the blasts in Tianjin') nor name back as the cause of
 * another (see `backReference`, `followsBackReference`), and that is not of a type another event of its sentence has
 * and follows such a back reference ('The death toll from the fire rose to 64 after two injured people died in
 * hospital in Coimbra': both deaths are the story's). One filter for both the `K:` and the `J:` terms.
 */
export function ownLeadEvents(a: Analysis, inLead: (offset: number) => boolean, skip: RegExp, sentenceStart?: (offset: number) => number): Ev[] {
  const text = a.document.text;
  const cands = (a.events ?? []).filter((ev) => ev.trigger && inLead(ev.trigger.start) && !skip.test(ev.type));
  if (!sentenceStart) return cands;
  const follows = cands.filter((ev) => followsBackReference(a, ev, sentenceStart));
  return cands.filter((ev) => {
    const from = sentenceStart(ev.trigger!.start);
    if (recalledBefore(text.slice(from, ev.trigger!.start))) return false;
    if (backReference(a, ev, sentenceStart) || follows.includes(ev)) return false;
    return !follows.some((o) => o.type === ev.type && sentenceStart(o.trigger!.start) === from);
  });
}

/**
 * The `K:` terms of a report: one per own lead event (see `ownLeadEvents`) and town or site among its locations,
 * `K:<type>|<yyyy-mm-dd or empty>|<lat>|<lon>`; and the `J:` terms, one per own lead event and place among its
 * locations, `J:<type>|<place key>`, any place (a village, a province, a country: no coordinates needed), and
 * `J:<type>|` for a lead event with no place; the `N:` terms (see `introducedAsNew`); and the `D:` terms, one per own
 * lead event its sentence dates, `D:<type>|<yyyy-mm-dd>`, placed or not. The report's own dateline towns (see
 * `datelineTowns`: where the reporter is) are no place of either; a `K:` or `D:` day is only the event's own date, never
 * the report's publication day.
 */
export function leadTerms(a: Analysis, inLead: (offset: number) => boolean, skip: RegExp,
  sentenceStart?: (offset: number) => number, keyOf?: (e: Entity) => string): { k: string[]; j: string[]; n: string[]; d: string[] } {
  const byId = new Map((a.entities ?? []).map((e) => [e.id, e]));
  const dateline = datelineTowns(a);
  const k = new Set<string>(); const j = new Set<string>(); const n = new Set<string>(); const d = new Set<string>();
  for (const ev of ownLeadEvents(a, inLead, skip, sentenceStart)) {
    if (sentenceStart && introducedAsNew(a.document.text, ev, sentenceStart)) n.add(`N:${ev.type}`);
    const t = (ev.args?.time ?? []).map((i) => (typeof i === 'number' ? a.times?.[i]?.value : undefined)).find((v) => v && /^\d{4}-\d{2}-\d{2}/.test(v));
    const day = t ? t.slice(0, 10) : '';
    if (day) d.add(`D:${ev.type}|${day}`);
    let placed = false;
    for (const id of ev.args?.location ?? []) {
      const e = typeof id === 'string' && !dateline.has(id) ? byId.get(id) : undefined;
      if (!e || !PLACE_TYPES.has(e.type)) continue;
      if (spot(e)) k.add(`K:${ev.type}|${day}|${e.geo.lat.toFixed(2)}|${e.geo.lon.toFixed(2)}`);
      if (keyOf) { j.add(`J:${ev.type}|${keyOf(e)}`); placed = true; }
    }
    if (keyOf && !placed) j.add(`J:${ev.type}|`);
  }
  return { k: [...k], j: [...j], n: [...n], d: [...d] };
}

/** A `D:` term back: the lead event's type and its own day (ms, UTC midnight). */
export function parseOwnDay(k: string): { type: string; day: number } | undefined {
  const m = /^D:([A-Z0-9_]+)\|(\d{4}-\d{2}-\d{2})$/.exec(k);
  const day = m ? Date.parse(m[2]!) : NaN;
  return m && Number.isFinite(day) ? { type: m[1]!, day } : undefined;
}

/**
 * An indefinite or 'new'/'another' noun phrase ending right before a trigger: 'A blaze', 'as a new forest fire',
 * 'Another huge explosion', 'New fire', and a verb's indefinite subject of up to three words before it ('when a goods
 * cable lift fell'); no determiner or possessive among those words ('a witness said the fire …' introduces nothing).
 */
const NEW_BEFORE = /(?:^|[^\p{L}])(?:a|an|another|new)\s+((?:(?!(?:the|this|that|these|those|its|his|her|their|our)\s)[\p{L}-]+\s+){0,3})$/iu;
/** Words that end a noun phrase inside NEW_BEFORE's window: a verb of saying (the claims stage's list), a preposition
 * (data/lexicon/events-roles.tsv, story-new-window-stops.txt) — 'A witness said fire …', 'a day after explosions …' introduce nothing. */
let prepositions: Set<string> | undefined;
let speech: Set<string> | undefined;
function windowStop(w: string, first: boolean): boolean {
  prepositions ??= new Set([...readWordSet('story-new-window-stops.txt'), ...readDataRows(join(projectRoot, 'data', 'lexicon', 'events-roles.tsv')).map((r) => r[0]!.toLowerCase())]);
  speech ??= new Set(SPEECH_VERBS);
  // past the first word a verb of saying or an -ed word is a verb ('a witness said', 'a man crashed'); right after the
  // determiner it is an adjective ('a suspected gas explosion', 'a reported fire')
  return prepositions.has(w) || (!first && (speech.has(w) || /ed$/.test(w)));
}

/**
 * Whether a lead event's trigger is introduced as a new event: an indefinite noun phrase or one with 'new' or
 * 'another' ('A new forest fire broke out near Figueiro dos Vinhos', 'Another blast hit Zibo'), not a definite one
 * ('The blaze that began on Saturday spread to Gois': the event the reader knows). The `N:<type>` terms of `leadTerms`.
 */
export function introducedAsNew(text: string, ev: Ev, sentenceStart: (offset: number) => number): boolean {
  const tr = ev.trigger;
  if (!tr) return false;
  const from = sentenceStart(tr.start);
  const m = NEW_BEFORE.exec(text.slice(Math.max(from, tr.start - 40), tr.start));
  return !!m && !m[1]!.toLowerCase().split(/\s+/).filter(Boolean).some((w, i) => windowStop(w, i === 0));
}

/** A `K:` term back as a lead event (undefined for a malformed one). */
export function parseLeadEvent(k: string): LeadEvent | undefined {
  const m = /^K:([A-Z_]+)\|(\d{4}-\d{2}-\d{2})?\|(-?[\d.]+)\|(-?[\d.]+)$/.exec(k);
  if (!m) return undefined;
  const day = m[2] ? Date.parse(m[2]) : NaN;
  return { type: m[1]!, ...(Number.isFinite(day) ? { day } : {}), lat: Number(m[3]), lon: Number(m[4]) };
}

/** Whether two lead events' places are near: within FAR_KM. */
export function nearPlaces(a: LeadEvent, b: LeadEvent): boolean {
  return haversineKm(a, b) <= FAR_KM;
}

interface Dated { date?: number; events?: readonly LeadEvent[] }

/**
 * Whether a report leads with another event of the story's kind: one of its lead events has a type some of the
 * story's reports lead with too, most of those reports lead with none of that type near it (FAR_KM), and it is dated
 * on another day than those (APART_DAYS). Only the event's own date counts: an undated event is never on another day
 * (its report's publication day says when it was written, not when the event happened: a follow-up four days on).
 * Against a story's undated event the report's event must come at least APART_DAYS after that report was published.
 * Its other lead events may be the story's own (a lead that recalls it: 'days after the Tianjin blasts'), and a few of
 * the story's reports may recall it in their leads in turn (a later report of the story: 'a week after the Tianjin
 * blasts, another blast hit Zibo'). A follow-up that leads with a new place and another kind of event (a funeral, a
 * court hearing, a visit) does not; nor one whose lead event is near the story's, or on its day.
 * Gives why it does not (undefined when it does).
 */
export function otherEventWhyNot(p: Dated, members: readonly Dated[]): string | undefined {
  if (!p.events?.length) return 'its lead event has no town or site';
  const whys = new Map<string, number>();
  for (const e of p.events) {
    const w = apart(e, members.filter((m) => m !== p));
    if (!w) return undefined;
    whys.set(w, (whys.get(w) ?? 0) + 1);
  }
  return [...whys].map(([w, n]) => `${n} lead event${n > 1 ? 's' : ''}: ${w}`).join('; ');
}

function apart(e: LeadEvent, members: readonly Dated[]): string | undefined {
  let compared = 0; let near = 0;
  const far: { o: LeadEvent; m: Dated }[] = [];
  for (const m of members) {
    const same = (m.events ?? []).filter((o) => o.type === e.type);
    if (!same.length) continue;
    compared++;
    if (same.some((o) => nearPlaces(e, o))) near++;
    else for (const o of same) far.push({ o, m });
  }
  if (!compared) return 'the story\'s reports lead with none of its kind at a town or site';
  if (near * 2 >= compared) return 'near one most of the story\'s reports lead with';
  if (e.day === undefined) return 'it is not dated in its lead';
  for (const { o, m } of far) {
    const apartDays = o.day !== undefined ? Math.abs(e.day - o.day) / DAY_MS : m.date !== undefined ? (e.day - m.date) / DAY_MS : -Infinity;
    if (apartDays < APART_DAYS) return 'on the day of one the story\'s reports lead with (or before that report)';
  }
  return undefined;
}

/**
 * The lines of a word list in data/lexicon (`name`: its file name), each trimmed, with '#' comments (a '#' at the
 * start of a line or after white space) and empty lines dropped. The one reader of the story's lists.
 */
export function readListFile(name: string): string[] {
  const raw = readFileSync(join(projectRoot, 'data', 'lexicon', name), 'utf8');
  return raw.split('\n').map((l) => l.replace(/(^|\s)#.*$/, '').trim()).filter(Boolean);
}

const patternLists = new Map<string, RegExp[]>();
/** The lines of a list file of data/lexicon (readListFile) as case-insensitive patterns, one a line, read on first use. */
export function listPatterns(name: string): readonly RegExp[] {
  let out = patternLists.get(name);
  if (!out) patternLists.set(name, (out = readListFile(name).map((l) => new RegExp(l, 'i'))));
  return out;
}

let cues: RegExp[] | undefined;
/** data/lexicon/story-recall-cues.txt, loaded on first use: phrases that say a sentence recalls an earlier event. */
export function recallCues(): RegExp[] {
  if (cues) return cues;
  cues = readListFile('story-recall-cues.txt').map((l) => new RegExp(l, 'gi'));
  return cues;
}

/**
 * Whether the text of a sentence before a mention recalls an earlier event: "…, days after the deadly blasts in the
 * port of Tianjin", "The incident came barely two days after the release of 344 students of … Kankara". A place
 * named there is where the recalled event happened, not the report's own event (see `ownEventElsewhere`).
 */
export function recalledBefore(textBefore: string): boolean {
  for (const g of recallCues()) {
    g.lastIndex = 0;
    for (let m = g.exec(textBefore); m; m = g.exec(textBefore)) {
      // the cue's phrase ends at the first clause boundary after it: "Three days after the blasts, rescuers in
      // Tianjin" recalls no Tianjin; an elaboration of the recalled event goes on ("the latest in a series of
      // attacks on schools, after one in Kankara")
      if (!CLAUSE_END.test(textBefore.slice(m.index + m[0].length))) return true;
      if (m[0].length === 0) g.lastIndex++;
    }
  }
  return false;
}

/**
 * A clause boundary after a recall cue: a semicolon, colon or dash, or a comma before a lower-case word but 'after',
 * 'following', 'like', 'such as', 'including' (a comma before a name goes on with an address or apposition: "students
 * of Government Science Secondary School, Kankara").
 */
const CLAUSE_END = /[;:\u2013\u2014]|,(?!\s+(?:after|following|like|such as|including)\b)(?=\s+\p{Ll})/u;

/** A definite noun phrase after a preposition before a trigger: "in the explosions", "over the deadly blasts", "after last week's abduction". */
const DEFINITE_BEFORE = /(?:^|[^\p{L}])(?:in|over|by|from|for|of|after|since|into|about|following|during)\s+(?:the|these|those|this|that|its|their|[\p{L}]+'s)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** A place phrase of the noun's own right after a trigger: "the explosion at a plant in Zibo". */
const OWN_PLACE_AFTER = /^\s+(?:in|at|near|outside|on the outskirts of)\s/i;

/**
 * Whether a lead event is the story's event named back as the cause or subject of another event in its sentence:
 * "Dozens of people injured in the explosions were flown to hospitals in Beijing", "Prosecutors in Beijing charged ten
 * officials over the explosions", "Families in Cangzhou mourned three firefighters killed in the explosions". A
 * definite noun with no place phrase of its own, the object of a preposition ("injured in", "charged over"), beside an event of another type in the same sentence: the places
 * the event stage gave it are the other event's (the hospital's town, the court's), not where it happened. An
 * indefinite or verbal trigger ("An explosion at a chemical plant in Zibo killed one"), or a definite one with its
 * own place ("the blast at the Zibo plant"), is the report's own.
 */
export function backReference(a: Analysis, ev: Ev, sentenceStart: (offset: number) => number): boolean {
  const tr = ev.trigger;
  if (!tr) return false;
  const text = a.document.text;
  const from = sentenceStart(tr.start);
  const before = text.slice(Math.max(from, tr.start - 60), tr.start);
  if (knownByItsStart(text, from, tr)) return true;
  if (!DEFINITE_BEFORE.test(before) || OWN_PLACE_AFTER.test(text.slice(tr.end, tr.end + 40))) return false;
  return (a.events ?? []).some((o) => o !== ev && o.type !== ev.type && o.trigger && sentenceStart(o.trigger.start) === from
    && o.type !== 'STATEMENT' && o.type !== 'OTHER');
}

/** A definite noun phrase (of up to two words before its noun) ending right before a trigger: 'The blaze', 'the forest fire'. */
const DEFINITE_NP = /(?:^|[^\p{L}])(?:the|this|that)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
let onsetRe: RegExp | undefined;
/** A place preposition: a relative clause of an event's start that places it ('that started near Pedrogao Grande') is not only a back reference. */
const PLACE_PREP = /\b(?:in|at|near|outside|around|on the outskirts of)\b/i;

/**
 * Whether a definite trigger is followed by a relative clause of its start with no place in its first words ('The
 * blaze that began on Saturday spread on Thursday to Gois', 'the fire which broke out last week'; verbs in
 * data/lexicon/story-onset-verbs.txt): the event the reader knows, named back by when it began, not the report's own.
 * A clause that places the event ('The fire that broke out at a plant in Zibo') is left to the other tests.
 */
export function knownByItsStart(text: string, from: number, tr: { start: number; end: number }): boolean {
  if (!DEFINITE_NP.test(text.slice(Math.max(from, tr.start - 40), tr.start))) return false;
  onsetRe ??= new RegExp(`^\\s+(?:that|which)\\s+(?:had\\s+)?(?:${readListFile('story-onset-verbs.txt').map((v) => v.replace(/\s+/g, '\\s+')).join('|')})\\b((?:\\s+[\\p{L}\\d'-]+){0,4})`, 'iu');
  const m = onsetRe.exec(text.slice(tr.end, tr.end + 100));
  return !!m && !PLACE_PREP.test(m[1] ?? '');
}

/** A consequence's trigger followed by a cause phrase: "killed in", "injured by the", "died during", "(death) toll from". */
const CAUSE_PHRASE = /^\s+(?:toll\s+)?(?:in|by|from|during|over|after)\s+(?:[\p{L}'-]+\s+){0,3}$/iu;

/**
 * Whether a lead event follows from the story's event named back in its sentence: "two Filipino workers killed in
 * the hostage siege", "firefighters killed in the explosions" (see `backReference`): deaths and injuries of the
 * story's own event, reported where the victims are mourned or treated, not an event of the report's own.
 */
export function followsBackReference(a: Analysis, ev: Ev, sentenceStart: (offset: number) => number): boolean {
  const tr = ev.trigger;
  if (!tr) return false;
  const from = sentenceStart(tr.start);
  const text = a.document.text;
  return (a.events ?? []).some((o) => o !== ev && o.trigger && o.trigger.start > tr.end && o.trigger.start - tr.end <= 40
    && sentenceStart(o.trigger.start) === from && CAUSE_PHRASE.test(text.slice(tr.end, o.trigger.start)) && backReference(a, o, sentenceStart));
}

/** Entity types that are places. */
export const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);

/** What a report's own lead says and how it names places, for `ownEventElsewhere`. */
export interface OwnLead {
  /** sentences naming each place (`G:` terms) */
  places?: Map<string, number>;
  /** sentences naming each place only after a recall cue (`B:` terms) */
  recalled?: Map<string, number>;
  /** places of the lead's own events per event type (`J:` terms; an empty set for a lead event with no place) */
  leadAt?: Map<string, Set<string>>;
  /** the lead's places (`L:`) and their countries (`C:`) */
  lead?: Set<string>;
  /** each place's country and whether it is a broad place, a country or a region (`R:` terms, see `placeKindTerm`) */
  kinds?: Map<string, { country?: string; broad: boolean }>;
  /** the types of the lead's own events it introduces as new (`N:` terms, see `introducedAsNew`) */
  fresh?: Set<string>;
  /** its lead events with their days and coordinates (`K:` terms), when it has any */
  events?: readonly LeadEvent[];
  /** the days of its own lead events per event type, placed or not (`D:` terms, see `leadTerms`) */
  days?: Map<string, Set<number>>;
  /** its publication day (ms) */
  date?: number;
}

/**
 * A place's country and breadth as a term: `R:<iso or empty>|<1 for a country, region or continent, else 0>|<key>`.
 * `text`, when given, is the report's text: a place it names only as a region ('the district of Leiria', 'the
 * Coquimbo region', see `regionNamed`) is broad in that report, whatever town the entity stage linked the name to.
 */
export function placeKindTerm(e: Entity, key: string, text?: string): string {
  const broad = e.kind === 'COUNTRY' || e.kind === 'REGION' || e.kind === 'CONTINENT'
    || (text !== undefined && !!e.mentions?.length && e.mentions.every((m) => regionNamed(text, m.start, m.end)));
  return `R:${e.geo?.country ?? e.iso ?? ''}|${broad ? 1 : 0}|${key}`;
}

let regionRes: { before: RegExp; after: RegExp } | undefined;
/**
 * Whether the mention at [start, end) names a region by a region noun (data/lexicon/story-region-nouns.txt) right
 * after 'the' (or a possessive) and before it with 'of' ('the district of Leiria', "Portugal's district of Leiria"), or
 * right after it ('the Coquimbo region', 'in Balasore district killed'): a region that shares its name with its
 * capital is the region there, not the town. Not a noun of another noun's phrase ('The police department of Fort
 * Smith', 'the Secretary of State of Texas', 'the head of state of France'). 'state' after the name must end its
 * phrase (before punctuation, the end of a line, a preposition or 'and'/'or': 'in Katsina state.', 'Katsina state
 * on Friday'): it is a verb too and begins names ('Officials in Pombal state that …', 'Minsk state TV', 'Washington
 * State University', 'Fans of Ohio State celebrated').
 */
export function regionNamed(text: string, start: number, end: number): boolean {
  if (!regionRes) {
    const nouns = readListFile('story-region-nouns.txt').map((l) => l.toLowerCase());
    const others = nouns.filter((n) => n !== 'state').join('|');
    regionRes = {
      before: new RegExp(`(?:\\bthe|\\p{L}'s)\\s+(?:${nouns.join('|')})\\s+of\\s+(?:the\\s+)?$`, 'iu'),
      after: new RegExp(`^\\s+(?:(?:${others})\\b|state(?:\\s*[.,;:!?)\\u2013\\u2014-]|[^\\S\\n]*(?:\\n|$)|\\s+(?:in|on|at|of|near|from|to|for|by|with|since|after|before|during|where|and|or)\\b))`, 'iu'),
    };
  }
  if (regionRes.after.test(text.slice(end, end + 30))) return true;
  return regionRes.before.test(text.slice(Math.max(0, start - 40), start));
}

/** An `R:` term back: the place's key, country and breadth. */
export function parsePlaceKind(k: string): { key: string; country?: string; broad: boolean } | undefined {
  const m = /^R:([A-Z]*)\|([01])\|(.+)$/.exec(k);
  return m ? { key: m[3]!, ...(m[1] ? { country: m[1] } : {}), broad: m[2] === '1' } : undefined;
}

/** A `J:` term back: the lead event's type and its place key (none for a lead event with no place). */
export function parseOwnLeadTerm(k: string): { type: string; at?: string } | undefined {
  const m = /^J:([A-Z0-9_]+)\|(.*)$/.exec(k);
  return m ? { type: m[1]!, ...(m[2] ? { at: m[2] } : {}) } : undefined;
}

/** What a story's reports that carry places say about where the story is, gathered once per member list (see `storyPlaces`). */
interface Gathered {
  /** the member list gathered, element by element (a list changed in place is gathered again) */
  members: readonly OwnLead[];
  n: number;
  /** per place, how many reports name it */
  named: Map<string, number>;
  /** per lead term (`L:` place, `C:` country), how many leads have it */
  lead: Map<string, number>;
  /** per `L:` place key (without its prefix), how many leads have it: the story's lead places */
  leadPlaces: Map<string, number>;
  /** per incident kind and per event type, how many leads carry it */
  kinds: Map<string, number>;
  types: Map<string, number>;
}

/**
 * What a story's reports that carry places say about where the story is, without one report's share (`p`'s, when it is
 * one of the members): how many reports name a place, how many leads have a lead term (`L:` place, `C:` country), an
 * incident kind or an event type; the story's lead places with their counts; whether any lead names a country.
 */
export interface StoryPlaces {
  n: number;
  named(k: string): number;
  lead(k: string): number;
  kind(k: string): number;
  type(t: string): number;
  leadPlaces(): Iterable<[string, number]>;
  anyLeadCountry(): boolean;
}

const gathered = new WeakMap<readonly OwnLead[], Gathered>();
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
const carries = (m: OwnLead): m is OwnLead & { places: Map<string, number>; lead: Set<string> } => !!m.places && !!m.lead;
const leadKinds = (m: OwnLead) => new Set([...m.leadAt?.keys() ?? []].map(incidentKind));

let gatherings = 0;
/** How many member lists `storyPlaces` has gathered so far (for tests: a list is gathered once). */
export function storyPlacesGatherings(): number { return gatherings; }

function gather(members: readonly OwnLead[]): Gathered {
  gatherings++;
  const g: Gathered = { members: [...members], n: 0, named: new Map(), lead: new Map(), leadPlaces: new Map(), kinds: new Map(), types: new Map() };
  for (const m of members) {
    if (!carries(m)) continue;
    g.n++;
    for (const k of m.places.keys()) bump(g.named, k);
    for (const k of m.lead) { bump(g.lead, k); if (k.startsWith('L:')) bump(g.leadPlaces, k.slice(2)); }
    for (const t of leadKinds(m)) bump(g.kinds, t);
    for (const t of m.leadAt?.keys() ?? []) bump(g.types, t);
  }
  return g;
}

/**
 * The story's places without `p` (when it is one of the members): gathered once per member list (both look-alike tests
 * read it, for every candidate story of every newcomer; a list that grew, shrank or had a member replaced, even in
 * place, is gathered again), and `p`'s own share taken out at each lookup (no copy of the counts per call).
 */
export function storyPlaces(members: readonly OwnLead[], p?: OwnLead): StoryPlaces {
  let g = gathered.get(members);
  if (!g || g.members.length !== members.length || g.members.some((m, i) => m !== members[i])) {
    g = gather(members);
    gathered.set(members, g);
  }
  const G = g;
  const out = p && carries(p) && members.includes(p) ? p : undefined;
  const outKinds = out ? leadKinds(out) : undefined;
  const lead = (k: string) => (G.lead.get(k) ?? 0) - (out?.lead!.has(k) ? 1 : 0);
  return {
    n: G.n - (out ? 1 : 0),
    named: (k) => (G.named.get(k) ?? 0) - (out?.places!.has(k) ? 1 : 0),
    lead,
    kind: (k) => (G.kinds.get(k) ?? 0) - (outKinds?.has(k) ? 1 : 0),
    type: (t) => (G.types.get(t) ?? 0) - (out?.leadAt?.has(t) ? 1 : 0),
    *leadPlaces() {
      for (const [k, n] of G.leadPlaces) { const c = n - (out?.lead!.has(`L:${k}`) ? 1 : 0); if (c > 0) yield [k, c] as [string, number]; }
    },
    anyLeadCountry: () => [...G.lead.keys()].some((k) => k.startsWith('C:') && lead(k) > 0),
  };
}

let kinds: Map<string, string> | undefined;
let groups: Map<string, string[]> | undefined;
/**
 * An event type's incident kind: the first type of its group in data/lexicon/story-incident-kinds.txt (a FIRE and a
 * DISASTER lead of one wildfire are of one kind), else the type itself.
 */
export function incidentKind(type: string): string {
  if (!kinds || !groups) {
    kinds = new Map(); groups = new Map();
    for (const l of readListFile('story-incident-kinds.txt')) {
      const ts = l.split(/\s+/);
      for (const t of ts) kinds.set(t, ts[0]!);
      groups.set(ts[0]!, ts);
    }
  }
  return kinds.get(type) ?? type;
}

/** Whether an event type is an incident's (a line of data/lexicon/story-incident-kinds.txt): a fire, a blast, an accident, a disaster. */
export function isIncidentType(type: string): boolean {
  const kind = incidentKind(type); // loads the groups
  return groups!.has(kind);
}

/**
 * How many of the story's reports lead with an event of type `t`, or of its incident kind (see `incidentKind`) when
 * the story's leads carry two types of that kind or more: one incident typed two ways (a wildfire a FIRE in one lead, a
 * DISASTER in another; a mine blast an EXPLOSION and an ACCIDENT). A story whose leads carry one type of the group
 * keeps to it: an earthquake's (DISASTER) fire at a port or bus crash is an event the quake caused, not another quake.
 */
export function storyKindCount(st: Pick<StoryPlaces, 'kind' | 'type'>, t: string): number {
  const kind = incidentKind(t);
  const carried = (groups!.get(kind) ?? [t]).filter((x) => st.type(x) > 0).length;
  return carried >= 2 ? st.kind(kind) : st.type(t);
}

/**
 * How many of a story's `n` placed reports must lead with a kind (see `storyKindCount`) for it to be the story's kind,
 * not a type one report's lead happens to carry: a third of them, two at least when the story has three reports or more.
 */
export function storyKindQuorum(n: number): number {
  return Math.max(n >= 3 ? 2 : 1, Math.ceil(n / 3));
}

/** How many of a report's sentences name place key `k` outside recall (its places' count less its recalled one). */
export function namedOutsideRecall(p: OwnLead, k: string): number {
  return (p.places?.get(k) ?? 0) - (p.recalled?.get(k) ?? 0);
}

/**
 * Whether a report's lead event of `type` is dated, and on another day (APART_DAYS) than every lead event of its incident
 * kind that the story's reports date, and at least two of them date one. Their undated lead events are not compared (a
 * later report's 'the explosions' names the story's event back without its day), nor coordinates: both events may be in
 * one city.
 */
export function datedApart(p: OwnLead, type: string, members: readonly OwnLead[]): boolean {
  const kind = incidentKind(type);
  const own = (p.events ?? []).filter((e) => e.day !== undefined && incidentKind(e.type) === kind);
  if (!own.length) return false;
  let compared = 0;
  for (const m of members) {
    if (m === p) continue;
    const same = (m.events ?? []).filter((o) => o.day !== undefined && incidentKind(o.type) === kind);
    if (!same.length) continue;
    compared++;
    if (same.some((o) => own.some((e) => Math.abs(e.day! - o.day!) / DAY_MS < APART_DAYS))) return false;
  }
  return compared >= 2;
}

/**
 * Whether a report's own lead event of `type` is dated by its own sentence (`D:` terms) on another calendar day than
 * every lead event of its incident kind that the story's other reports date (one at least); undefined when it is, else
 * why not. Unlike `datedApart`, the events need no town with coordinates, and one dated report of the story is enough.
 */
export function ownDayApartWhyNot(p: OwnLead, type: string, members: readonly OwnLead[]): string | undefined {
  const own = p.days?.get(type);
  if (!own?.size) return 'its event is not dated in its lead';
  const kind = incidentKind(type);
  const days: number[] = [];
  for (const m of members) if (m !== p) for (const [u, ds] of m.days ?? []) if (incidentKind(u) === kind) days.push(...ds);
  if (!days.length) return 'the story\'s reports date no lead event of its kind';
  return days.some((d) => [...own].some((e) => Math.abs(e - d) < DAY_MS)) ? 'its event is on the day of the story\'s' : undefined;
}

/**
 * Whether a report leads with its own event of the story's kind somewhere else, and names the story's places only in
 * passing: a same-country look-alike (another abduction of pupils in the same state the same week, another chemical
 * blast in the same country ten days later), whose dates and coordinates need not tell it apart (its place may have
 * no town, or lie near the story's; the story's reports may lead with no placed event). All of, over two or more of
 * the story's reports that carry places:
 * - a lead event of the report (not one its lead recalls: 'days after the blasts in Tianjin') is of a type some of
 *   the story's reports lead with, or of its incident kind when the story's leads carry two types of it (see
 *   `storyKindCount`) (at least a third of them, two at least when the story has three reports or more: the story's kind, not a type one
 *   report's lead happens to carry),
 *   at a place the report names in two sentences or more outside recall (or a town named once, when that lead event is
 *   dated on another day than the story's: see `ownDayApartWhyNot`) and that none of the story's reports names;
 * - its lead names no town or site of the story's reports outside recall (a country or region both events are in may
 *   be named: 'in eastern China's Shandong province', as may a place the report names only as a region, 'the district
 *   of Leiria', even when the entity stage took it for the region's capital town);
 * - the report names at least one of the story's core places (those half of its reports or more lead with), and each
 *   core place it names, but a country or region its own place is in too (the province or country both events are
 *   in), it names outside recall in one sentence, or at least in fewer sentences than its own place (a distance, a
 *   background sentence with no recall cue: 'Five days ago a fire in Pedrogao Grande killed 64 people', a crew sent
 *   from there).
 * The report's own event is what its lead reports; the places it shares with the story in its body, however many
 * officials and agencies come with them, do not make it the story's.
 * A later report of the story leads with the story's own place, or names it in more sentences than its new one; a report from the
 * victims' home country ('six Filipinos dead in the Algeria hostage crisis') names the country of the story's event in
 * its own sentences, and that country is not its own place's. `newOnly`: only a lead event the report introduces as
 * new counts as its own (see `introducedAsNew`; for a lead whose places have no country). Gives why it does not
 * (undefined when it does).
 */
export function ownEventElsewhereWhyNot(p: OwnLead, members: readonly OwnLead[], newOnly = false): string | undefined {
  if (!p.leadAt?.size || !p.places) return 'its lead has no event of its own';
  const st = storyPlaces(members, p);
  // one placed report says too little about where the story is (a charge reported with the state, a verdict with the town)
  if (st.n < 2) return 'fewer than two of the story\'s reports carry places';
  const named = { has: (k: string) => st.named(k) > 0 };
  const leadCount = new Map(st.leadPlaces());
  const minType = storyKindQuorum(st.n);
  const fore = (k: string) => namedOutsideRecall(p, k);
  let own: string | undefined; let ownType: string | undefined;
  for (const [t, at] of p.leadAt) {
    if (storyKindCount(st, t) < minType) continue;
    if (newOnly && !p.fresh?.has(t)) continue;
    // a town of its own named once (a short report of another accident) when its event is dated on another day
    own = [...at].find((k) => !named.has(k) && (fore(k) >= 2 || (fore(k) >= 1 && !p.kinds?.get(k)?.broad && ownDayApartWhyNot(p, t, members) === undefined)));
    if (own) { ownType = t; break; }
  }
  if (!own) return 'none of its lead events of the story\'s kind is at a place of its own';
  // the country its own place is in: the place's own, else (a village the knowledge base does not know) that of the
  // other places its own event is at ('near the village of Figueiro dos Vinhos, in the district of Leiria')
  const ownCountry = p.kinds?.get(own)?.country;
  const countries = new Set(ownCountry ? [ownCountry] : [...p.leadAt.get(ownType!) ?? []].map((k) => p.kinds?.get(k)?.country).filter((c): c is string => !!c));
  // a town its own event is placed at beside its own place ('in Jinghai county on the outskirts of Tianjin') holds
  // that place when the event is dated apart from every lead event of its kind the story's reports date: a second
  // event in the story's city, not the story's event at a site its reports had not named
  const ownAt = p.leadAt.get(ownType!);
  const apartInTown = ownAt !== undefined && ownAt.size > 1 && datedApart(p, ownType!, members);
  const container = (k: string) => {
    const x = p.kinds?.get(k);
    return (!!x?.broad && !!x.country && countries.has(x.country)) || (apartInTown && !x?.broad && ownAt!.has(k));
  };
  const core = (k: string) => (leadCount.get(k) ?? 0) * 2 >= st.n;
  for (const k of p.lead ?? []) {
    if (!k.startsWith('L:')) continue;
    const key = k.slice(2);
    if (key === own || !named.has(key) || fore(key) < 1 || container(key)) continue;
    // a town or site its lead names outside recall that the story's reports name too: the report is about the story's
    // place ('A Spiro man was found guilty … in the shooting death of a Fort Smith woman', after reports of the charge)
    if (!p.kinds?.get(key)?.broad) return 'its lead names a town or site of the story\'s reports outside recall';
    // a core country or region of the story its lead names, not one its own place is in: a report from the victims'
    // home country ('six Filipinos dead in the Algeria hostage crisis')
    if (core(key)) return 'its lead names a core country or region of the story outside recall, not its own place\'s';
  }
  let recalls = false;
  for (const [k] of leadCount) {
    if (!core(k) || !p.places.has(k)) continue;
    recalls = true;
    // a core place it names outside recall more often than its own place: the report is about the story's place too
    if (!container(k) && fore(k) > 1 && fore(k) > fore(own)) return 'it names a core place of the story outside recall in two sentences or more, and more often than its own place';
  }
  return recalls ? undefined : 'it names none of the story\'s core places';
}
