// Builds one story from its documents' analyses: entities merged across documents (KB id, then
// normalised name, then name coreference), events merged (same type, overlapping participants,
// compatible time and place), facts with sources and verdicts, independent-source counts, a timeline.

import { negatedHere } from './negation.js';
import { entryNation, orgNation } from './nation.js';
import { currentKb } from '../nlp/entities/kbview.js';
import type { Analysis, AttributionLink, Certainty, Claim, Entity, Mention, NewsEvent, Offsets, TimeExpr } from '../core/types.js';
import { entityKey, normName, typeGroup } from '../store/rows.js';
import type { DocRow, Sighting } from '../store/store.js';
import type { Fact, FactSource, FactValue, Story, StoryEvent, TimelineEntry } from './types.js';
import { judgeSeries, splitPhases } from './series.js';
import { deadlineOf, durationAmount, describedGiver, giverSpan, normDescription, recipientText, type DeadlineReading } from './deadlines.js';
import { aheadOf, judgeRevisedTimes, revisedTime, type TimeReading } from './revisions.js';
import { MANY_PER_STORY } from './group.js';
import { listPatterns, readListFile } from './lead-event.js';
import { ageAt, judgeAges } from './ages.js';
import { measuredNoun, roleOf, storyLexicon, vehicleCue, type Role } from './roles.js';
import { DAY_MS } from '../nlp/time/date-math.js';
import { DURATIVE, REPEATED, dayCount, priorFigure, spanValue, dimension, interval, intersects, isCumulative, scale, judgePlaces, judgeTimes, placesCompatible, timeInterval, toSi, type Interval, type Place, type Reading } from './values.js';
import { alternation, phrasePattern } from '../core/regex.js';
import { changeAlternation } from './change-verbs.js';
import { IRREGULAR_PLURALS, PEOPLE_GROUPS } from '../nlp/quantity/lexicon.js';
import { peopleNoun, singular } from '../nlp/quantity/nouns.js';
import { readDataRows } from '../core/data-rows.js';
import { LOOSE_SRC } from '../nlp/checks/approx.js';
import { comparisonSince } from './since-comparison.js';
import { projectRoot } from '../core/shared.js';
import { join } from 'node:path';
import { lowerBound } from '../core/lower-bound.js';

export interface StoryDoc { a: Analysis; row: Pick<DocRow, 'id' | 'outlet' | 'title' | 'url' | 'publishedAt' | 'copyOf'>; copies?: Sighting[] }

interface Group {
  id: number; keys: Set<string>; names: Map<string, number>; type: string; qid?: string; kbName?: string;
  lat?: number; lon?: number; country?: string; isCountry: boolean; large: boolean; docs: Set<string>;
  /** the entity stage's finer kind (GOVERNMENT, COMPANY, MEDIA …), first seen */
  kind?: string;
}

const CERT_RANK: Record<string, number> = { CERTAIN: 3, PROBABLE: 2, POSSIBLE: 1, UNKNOWN: 0 };
const PLACE_ROLES = new Set(['location', 'destination', 'origin']);

class UnionFind {
  p: number[];
  constructor(n: number) { this.p = Array.from({ length: n }, (_, i) => i); }
  find(x: number): number { while (this.p[x] !== x) { this.p[x] = this.p[this.p[x]]; x = this.p[x]; } return x; }
  union(a: number, b: number): void { const ra = this.find(a); const rb = this.find(b); if (ra !== rb) this.p[Math.max(ra, rb)] = Math.min(ra, rb); }
}

function isCountry(e: Entity): boolean {
  return Boolean(e.iso) || e.kind === 'COUNTRY' || (e.type === 'GPE' && Boolean(e.geo?.country) && e.geo?.lat === undefined);
}

let letterFolds: { re: RegExp; to: Map<string, string> } | undefined;
/**
 * A normalised name (normName) with the letters Unicode does not decompose folded to plain ones
 * (data/lexicon/story-letter-folds.tsv): "taner yıldız" → "taner yildiz", "lech wałęsa" → "lech walesa".
 */
export function foldLetters(name: string): string {
  if (!letterFolds) {
    const rows = readDataRows(join(projectRoot, 'data', 'lexicon', 'story-letter-folds.tsv')).filter((r) => r[0] && r[1] !== undefined);
    const to = new Map(rows.map((r) => [r[0]!, r[1]!]));
    // (an alternation of the escaped keys, not a character class built from them: a key such as "-", "]" or "^", or
    // one of more than one code point, would break or widen a class)
    letterFolds = { re: new RegExp(alternation(to.keys()), 'gu'), to };
  }
  const { re, to } = letterFolds;
  return name.replace(re, (c) => to.get(c) ?? c);
}

/** Entities of all documents merged into groups; returns the group of each `docId#localId`. */
function mergeEntities(docs: StoryDoc[]): { groups: Group[]; of: Map<string, Group> } {
  const byKey = new Map<string, Group>();
  const groups: Group[] = [];
  const of = new Map<string, Group>();
  for (const { a, row } of docs) {
    for (const e of a.entities ?? []) {
      const key = entityKey(e);
      let g = byKey.get(key);
      if (!g) {
        g = { id: groups.length, keys: new Set([key]), names: new Map(), type: e.type, isCountry: false, large: false, docs: new Set() };
        groups.push(g);
        byKey.set(key, g);
      }
      g.names.set(e.name, (g.names.get(e.name) ?? 0) + 1);
      if (e.kb?.wikidata) g.qid ??= e.kb.wikidata;
      if (e.kb?.name) g.kbName ??= foldLetters(normName(e.kb.name));
      if (e.geo) { g.lat ??= e.geo.lat; g.lon ??= e.geo.lon; g.country ??= e.geo.country; }
      if (e.iso && !g.country) g.country = e.iso;
      g.isCountry ||= isCountry(e);
      g.kind ??= e.kind;
      g.large ||= /^(REGION|AREA|SEA|CONTINENT|OCEAN|RIVER|MOUNTAIN)/.test(e.kind ?? '') || e.type === 'LOC';
      g.docs.add(row.id);
      of.set(`${row.id}#${e.id}`, g);
    }
  }
  // Name coreference across documents: "Putin" → "Vladimir Putin", "Red Crescent" → "Libyan Red Crescent",
  // when exactly one longer name of the same kind ends with (person) or contains (organisation) the shorter.
  const uf = new UnionFind(groups.length);
  // the Wikidata item of each set of groups joined so far (by its root): a chain of joins never puts two items in one set
  const qidOf = new Map<number, string>();
  for (const g of groups) if (g.qid) qidOf.set(g.id, g.qid);
  const join = (a: number, b: number): void => {
    const ra = uf.find(a), rb = uf.find(b);
    if (ra === rb) return;
    const qa = qidOf.get(ra), qb = qidOf.get(rb);
    if (qa && qb && qa !== qb) return;
    uf.union(ra, rb);
    const q = qa ?? qb;
    if (q) qidOf.set(uf.find(ra), q);
  };
  // One name spelt with and without letters that do not decompose ("Taner Yıldız" in one report, "Taner Yildiz" in
  // another) is one entity of the same kind: only where folding changed the name on one side at least (two "Paris"
  // kept apart by their KB names, "Paris" and "Paris, Texas", stay apart), not between groups keyed by different KB
  // names, and not where the sets are linked to different Wikidata items.
  const byFolded = new Map<string, Array<{ g: Group; changed: boolean }>>();
  for (const g of groups) {
    for (const n of g.names.keys()) {
      const plain = normName(n);
      const folded = foldLetters(plain);
      const changed = folded !== plain;
      const k = `${typeGroup(g.type)}:${folded}`;
      const seen = byFolded.get(k);
      if (!seen) { byFolded.set(k, [{ g, changed }]); continue; }
      for (const h of seen) {
        if (h.g === g || !(changed || h.changed) || (g.kbName && h.g.kbName && g.kbName !== h.g.kbName)) continue;
        join(g.id, h.g.id);
      }
      if (!seen.some((h) => h.g === g && h.changed === changed)) seen.push({ g, changed });
    }
  }
  const words = groups.map((g) => foldLetters(normName(top(g.names))).split(' '));
  // the sets before name coreference: two spellings of one longer name are one candidate, whatever the loop joins
  const root0 = groups.map((g) => uf.find(g.id));
  for (const g of groups) {
    if (g.type !== 'PERSON' && g.type !== 'ORG') continue;
    const w = words[g.id];
    let cands = groups.filter((h) => h !== g && typeGroup(h.type) === typeGroup(g.type) && words[h.id].length > w.length && !(g.qid && h.qid && g.qid !== h.qid) &&
      (g.type === 'PERSON' ? words[h.id].slice(-w.length).join(' ') === w.join(' ') : ` ${words[h.id].join(' ')} `.includes(` ${w.join(' ')} `)));
    // (two spellings of one longer name, already one entity above, are one candidate)
    const seen = new Set<number>();
    cands = cands.filter((h) => { const r = root0[h.id]!; if (seen.has(r)) return false; seen.add(r); return true; });
    if (cands.length === 1) join(g.id, cands[0].id);
    else if (cands.length > 1) {
      // "the Coast Guard" beside the "US Coast Guard" of most reports and the "Canadian Coast Guard" of a few:
      // the one named in at least twice as many reports as any other is the one the short name stands for
      const byDocs = [...cands].sort((x, y) => y.docs.size - x.docs.size || x.id - y.id);
      if (byDocs[0].docs.size >= 2 && byDocs[0].docs.size >= 2 * byDocs[1].docs.size) join(g.id, byDocs[0].id);
    }
  }
  // One unlinked name typed a place in one report and an organisation in another ("a crush in Itaewon", "the
  // Itaewon crush") is the place: an organisation reading of a place name is the tagger's, a place reading is
  // what the story's figures are placed by.
  const placeByName = new Map<string, Group>();
  for (const g of groups) if (isPlaceType(g.type) && g.type !== 'FAC') placeByName.set(normName(top(g.names)), g);
  // (an organisation name coreference tied to a longer one, "Itaewon" to "Itaewon Police Station", stays with it)
  const setSize = new Map<number, number>();
  for (const g of groups) setSize.set(uf.find(g.id), (setSize.get(uf.find(g.id)) ?? 0) + 1);
  for (const g of groups) {
    if (g.type !== 'ORG' || g.qid || setSize.get(uf.find(g.id))! > 1) continue;
    const p = placeByName.get(normName(top(g.names)));
    if (p) join(g.id, p.id);
  }
  const merged = new Map<number, Group>();
  for (const g of groups) {
    const r = uf.find(g.id);
    const m = merged.get(r);
    if (!m) { merged.set(r, g); continue; }
    if (isPlaceType(g.type) && !isPlaceType(m.type)) m.type = g.type;
    for (const k of g.keys) m.keys.add(k);
    for (const [n, c] of g.names) m.names.set(n, (m.names.get(n) ?? 0) + c);
    for (const d of g.docs) m.docs.add(d);
    m.qid ??= g.qid; m.lat ??= g.lat; m.lon ??= g.lon; m.country ??= g.country; m.isCountry ||= g.isCountry; m.large ||= g.large;
  }
  for (const [k, g] of of) of.set(k, merged.get(uf.find(g.id))!);
  return { groups: [...merged.values()], of };
}

/** The canonical name: the most used, then the longest ("Kim Jong Un" over "Kim"). */
function top(names: Map<string, number>): string {
  let best = ''; let bc = -1;
  for (const [n, c] of names) if (c > bc || (c === bc && n.length > best.length)) { best = n; bc = c; }
  return best;
}

function canonical(g: Group): string {
  // prefer the longest name used at least half as often as the most used one
  const max = Math.max(...g.names.values());
  let best = top(g.names);
  for (const [n, c] of g.names) if (c * 2 >= max && n.length > best.length && normName(n).includes(normName(best))) best = n;
  return best;
}

function place(g: Group): Place {
  const p: Place = { key: String(g.id), name: canonical(g), type: g.type, isCountry: g.isCountry, large: g.large };
  if (g.lat !== undefined && g.lon !== undefined) { p.lat = g.lat; p.lon = g.lon; }
  if (g.country) p.country = g.country;
  return p;
}

const within = (o: Offsets, x: Offsets) => x.start >= o.start && x.end <= o.end;

function claimOf(a: Analysis, span: Offsets, pick?: (c: Claim) => boolean): Claim | undefined {
  let best: Claim | undefined;
  for (const c of a.claims ?? []) {
    if ((pick && pick(c)) || within(c, span)) if (!best || c.end - c.start < best.end - best.start) best = c;
  }
  return best;
}

function sentenceOf(a: Analysis, span: Offsets): Offsets {
  for (const s of a.sentences ?? []) if (span.start >= s.start && span.start < s.end) return s;
  return { start: Math.max(0, span.start - 200), end: Math.min(a.document.text.length, span.end + 200) };
}

const docDate = (a: Analysis) => a.document.publishedAt?.slice(0, 10);
/** Days before its first report after which a time no longer dates an event told as news (see the time facts). */
export const STALE_DAYS = 30;

/**
 * A time in the frame of a report that tells an event, outside what was said, dates the saying, not the event
 * told: "The submersible imploded, the Coast Guard said on Thursday"; "Officials on Thursday confirmed that the
 * plane crashed"; "Prosecutors said Thursday the co-pilot crashed the jet". A story that reads it as the event's
 * time sets the reports at odds with those that date the event itself. A time among the words said keeps dating
 * the event ("said that on Tuesday the plane…", "said Tuesday's crash…", "The plane crashed on Tuesday, officials
 * said").
 */
export function frameTime(a: Analysis, ev: Pick<NewsEvent, 'trigger'>, t: TimeExpr): boolean {
  const text = a.document.text;
  const sent = sentenceOf(a, ev.trigger);
  if (!within(sent, t) || (t.start < ev.trigger.end && t.end > ev.trigger.start)) return false;
  for (const c of a.claims ?? []) {
    if (!within(c, ev.trigger)) continue;
    for (const l of c.attribution) {
      const cue = l.cueSpan;
      if (!cue || !within(sent, cue) || (cue.start < ev.trigger.end && cue.end > ev.trigger.start)) continue;
      if (ev.trigger.start >= cue.end) {
        // content after the cue: a time before the cue, or right after it ("said Thursday the …", "confirmed on
        // Thursday that …"), not a genitive that dates a noun of the content ("said Thursday's crash …")
        if (t.end <= cue.start && t.end <= ev.trigger.start) return true;
        if (t.start >= cue.end && t.end <= ev.trigger.start && /^\s*(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?$/i.test(text.slice(cue.end, t.start)) && !/^['’]s?\b/.test(text.slice(t.end, t.end + 3))) return true;
      } else if (ev.trigger.end <= cue.start && t.start >= cue.start) return true; // "…, the Coast Guard said on Thursday"
    }
  }
  return false;
}

let measureHeads: Set<string> | undefined;
/**
 * A genitive time dates the noun it stands before, not an event told elsewhere in its sentence: in "the man said
 * the group was behind Friday's attack", Friday is the attack's day, not the saying's; "Tuesday's statement",
 * "Friday's deadly attack" keep dating their own noun (the trigger within the next two words).
 */
export function genitiveOfOther(text: string, trigger: Offsets, t: Offsets): boolean {
  const m = /^['’]s?\s+/.exec(text.slice(t.end, t.end + 4));
  if (!m) return false;
  // a bare apostrophe is a genitive only after a plural in -s ("the two days' talks"), and not the closing quote of a
  // quoted time ("would be held ‘on Thursday’ despite …")
  if (!/s\s/.test(m[0]) && (!/s$/i.test(text.slice(t.start, t.end)) || quotedBefore(text, t.start, m[0][0]!))) return false;
  const head = t.end + m[0].length;
  // "in two weeks' time", "at a day's notice": the genitive measures, the time still dates its sentence's event
  measureHeads ??= new Set(readListFile('story-genitive-measure-heads.txt').map((w) => w.toLowerCase()));
  if (measureHeads.has((/^[\p{L}-]+/u.exec(text.slice(head, head + 20))?.[0] ?? '').toLowerCase())) return false;
  if (trigger.start >= t.start && trigger.start < t.end) return false;
  if (trigger.start >= head && /^(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(head, trigger.start))) return false;
  return true;
}

/** An opening quote matching the closing `close` stands before `at` in its sentence, with no closing one between. */
function quotedBefore(text: string, at: number, close: string): boolean {
  const before = text.slice(Math.max(0, at - 80), at);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  const span = before.slice(cut + 1);
  if (close === '’') return span.lastIndexOf('‘') > span.lastIndexOf('’');
  // a straight quote opens after white space or a bracket and closes after a letter
  const open = span.search(/(?:^|[\s(\[])'[^']*$/u);
  return open >= 0;
}

let onsetCues: { cues: readonly RegExp[]; state: RegExp; end: RegExp } | undefined;
/**
 * The rest of a figure's clause pins it to the moment the event happened (data/lexicon/story-onset-moment-cues.txt:
 * "… had been underground when the fire broke out", "… were in the mine at the time"): of a count of a state, such
 * figures of different days are one moment's and are compared (see judgeQuantities). The clause must tell a state
 * (story-onset-state-verbs.txt: "were", "had been", "remained"), not an event ("people died when the boat capsized"),
 * and ends at the next figure or clause.
 */
export function atOnset(afterInSentence: string): boolean {
  onsetCues ??= {
    cues: listPatterns('story-onset-moment-cues.txt'),
    state: new RegExp(`\\b(?:${readListFile('story-onset-state-verbs.txt').join('|')})\\b`, 'i'),
    // where a figure's own clause ends: the next figure, a semicolon or colon, or a comma or "and"/"but"/"while"
    // before another clause ("787 were in the mine, and 450 were rescued when …": the cue is the 450's)
    end: new RegExp(`[;:]|\\d|,\\s*(?:and|but|while|whereas)\\b|\\b(?:and|but|while|whereas)\\s+(?!a\\b|and\\b)${NUMBER_WORD}\\b`, 'i'),
  };
  const { cues, state, end } = onsetCues;
  let s = afterInSentence.slice(0, 120);
  const cut = end.exec(s);
  if (cut) s = s.slice(0, cut.index);
  // (the state is told before the cue: "died when the boat was hit" tells none)
  return cues.some((re) => { const m = re.exec(s); return !!m && state.test(s.slice(0, m.index)); });
}

/**
 * Whether a figure's clause says it is the count first given (data/lexicon/story-initial-count-cues.txt: "initially",
 * "at first", "at the time"): "The bombing on Saturday initially killed 12 people" in a report days later tells
 * Saturday's toll, not the report's. `before` and `after` are the figure's clause on each side of it.
 */
export function initialCount(before: string, after: string): boolean {
  const b = before.slice(-120), a = after.slice(0, 120);
  return listPatterns('story-initial-count-cues.txt').some((re) => re.test(b) || re.test(a));
}

let stateCue: { any: RegExp; ing: RegExp } | undefined;
/**
 * A mention that reads a state going on ("70 were still missing on Monday", "remained missing", "was still burning on
 * Friday"; data/lexicon/story-state-reading-cues.txt right before the trigger, an adverb in -ly between at most; and
 * story-state-reading-ing-cues.txt before a trigger in -ing, "dozens still missing"): its time dates the reading, not
 * when the event happened. A bare "still" before a past verb is no state ("Israel still struck Gaza on Tuesday").
 */
export function stateReading(text: string, trigger: Offsets): boolean {
  const cue = (file: string) => new RegExp(`\\b(?:${readListFile(file).join('|')})\\s+(?:[a-z]+ly\\s+)?$`, 'i');
  stateCue ??= { any: cue('story-state-reading-cues.txt'), ing: cue('story-state-reading-ing-cues.txt') };
  const before = text.slice(Math.max(0, trigger.start - 40), trigger.start);
  return stateCue.any.test(before) || (/ing$/i.test(text.slice(trigger.start, trigger.end)) && stateCue.ing.test(before));
}

/** A determiner or possessive before a modifier ("the", "its", "of the" ends in "the"), or a count ("12 injured workers"). */
const MODIFIER_BEFORE = /(?:^|[^\p{L}])(?:the|its|their|his|her|these|those|all|many|some|several|\d[\d,]*)\s+$/iu;
/** A noun right after a modifier, no possessive after it ("the missing students"; its head must name people). */
const MODIFIED_NOUN = /^\s+([a-z][a-z-]*)\b(?!\s*['’])/;
/** A plural noun of people right after a modifier ("the missing students", "the injured workers", "the kidnapped boys";
 * not "the collapsed buildings", "the flooded areas"): a people noun of the quantity stage. */
function modifiedPeople(after: string): boolean {
  const m = MODIFIED_NOUN.exec(after);
  return !!m && peopleNoun(m[1]!.split('-').pop()!);
}

/**
 * Whether an event's trigger is a participle or adjective that describes people in a noun phrase ("parents of the
 * missing students on Tuesday staged a protest", "the injured workers were moved on Monday"): the sentence's time
 * dates the clause's own verb, not the state or harm the modifier recalls.
 */
export function modifierTrigger(text: string, trigger: Offsets): boolean {
  const word = text.slice(trigger.start, trigger.end);
  if (!/^(?:[a-z]+(?:ed|en)|missing|dead)$/.test(word)) return false;
  return MODIFIER_BEFORE.test(text.slice(Math.max(0, trigger.start - 20), trigger.start)) && modifiedPeople(text.slice(trigger.end, trigger.end + 40));
}

/**
 * A time expression's value as a story reads it: the span it starts ("from 12 to 28 November" →
 * "2023-11-12/2023-11-28"), the range the time stage gave it, or its own value.
 */
function timeValue(a: Analysis, t: TimeExpr): string {
  if (t.range && t.type === 'DATE') return `${t.range.from}/${t.range.to}`;
  let next: TimeExpr | undefined;
  for (const x of a.times ?? []) if (x.start >= t.end && (!next || x.start < next.start)) next = x;
  return spanValue(a.document.text, t, next);
}

/**
 * The bound a time expression puts on the event it dates. A genitive time dates its noun exactly
 * ("after Sunday's attack": the attack was on Sunday; the "after" places something else after it), so
 * its bound, read from a signal word before it, is not the event's.
 */
export function eventMod(text: string, t: Pick<TimeExpr, 'end' | 'mod'> & { start?: number }): string | undefined {
  // "since 2019" starts the event then: a point to compare, not a bound open to any later date ("since 2019" and
  // "since 2021" in two reports disagree on when it began); not a comparison ("the highest level since 2019")
  if (t.mod === 'ON_OR_AFTER' && t.start !== undefined && /\bsince\s+(?:on\s+)?$/i.test(text.slice(Math.max(0, t.start - 12), t.start))
    && !comparisonSince(text, t.start)) return undefined;
  return t.mod && /^['’]s?\b/.test(text.slice(t.end, t.end + 3)) ? undefined : t.mod;
}

/** Characters between a span and a mention on either side of it (negative when they overlap). */
const gap = (q: Offsets, m: Offsets) => (m.start >= q.end ? m.start - q.end : q.start - m.end);

/**
 * The group of the document's entity mention that `score` ranks lowest (the first on ties); `score`
 * returns undefined for a mention that does not qualify. One search serves every "nearest mention"
 * question the fact builder asks: whose vehicle a crew is, whose force troops are, what a figure is about.
 */
function nearestGroup(d: StoryDoc, of: Map<string, Group>, score: (g: Group, m: Mention) => number | undefined): Group | undefined {
  let best = Infinity; let out: Group | undefined;
  for (const e of d.a.entities ?? []) {
    const g = of.get(`${d.row.id}#${e.id}`);
    if (!g) continue;
    for (const m of e.mentions ?? []) {
      const s = score(g, m);
      if (s !== undefined && s < best) { best = s; out = g; }
    }
  }
  return out;
}

/**
 * The origin a source's report goes back to: the innermost named source of its attribution chain
 * ("ten outlets citing Interfax" → Interfax), else the outlet of the original report (syndicated copies
 * collapse onto their original).
 */
export function originOf(chain: AttributionLink[], rootKey: string): string {
  for (let i = chain.length - 1; i >= 0; i--) {
    const l = chain[i];
    if (l.kind === 'UNNAMED') continue;
    const n = normName(l.source);
    if (!n || /^(a|an|one|some|several|two|three|other) /.test(l.source.toLowerCase().trim())) continue; // "a government official": not identifiable
    return `src:${l.entity ? `${l.entity}|` : ''}${n}`;
  }
  return rootKey;
}

/**
 * Independent sources among a fact's or an event's sources: their distinct origins (originOf), where a report that
 * names a source for it ("Police said 12 people died") adds no origin of its own by also telling it in its own words
 * ("A fire killed 12 people"): the reporter's line restates what it cites. A report naming no source is its own
 * origin (its outlet, a copy its original's), and two named sources in one report are two.
 */
export function countOrigins(items: { document: string; origin?: string }[]): number {
  const named = new Set(items.filter((x) => x.origin?.startsWith('src:')).map((x) => x.document));
  return new Set(items.filter((x) => x.origin?.startsWith('src:') || !named.has(x.document)).map((x) => x.origin)).size;
}

interface EvItem { doc: StoryDoc; ev: NewsEvent; parts: Set<Group>; /** the story's countries its public bodies act for (see nationTie) */ nations?: Set<Group>; /** weapons it was done with: listed, never a tie or a veto (see toolOnly) */ tools?: Set<Group>; agents: Set<Group>; /** the one named person it was done to ("rescued Zhou Ti", "arrested the captain, Zhang"), see the core participants */ patient?: Group; /** whom it was done to or with: its patients and partners (see sameReportBack) */ undergoers?: Set<Group>; places: Group[]; time?: Interval; date?: string; idx: number; onlyOfType?: boolean; generic?: boolean; late?: boolean; placeRoles: Map<string, Group[]>; /** negated in its own clause (see negatedHere) */ neg?: boolean; /** a definite mention pointing back (see backReference) */ back?: boolean; /** its report tells one event of its type (see oneToldHere) */ oneTold?: boolean }

/**
 * A weapon an event was done with ("shooting sporadically with AK-47s", "a knife attack") tells how, not who: one
 * report names the rifles, another the school stormed, and they are one attack. It is listed among the
 * participants but neither ties two mentions nor keeps them apart (a mention naming only the weapon counts as
 * naming no participant).
 */
export function toolOnly(role: string, entityType: string): boolean {
  return role === 'instrument' && entityType === 'WEAPON';
}

/** Places and facilities (a group's or an entity's type): where things happen, as opposed to who takes part. */
const isPlaceType = (type: string) => typeGroup(type) === 'PLACE' || type === 'FAC';

/**
 * Two sets of events of a type a story holds many of cannot be one event when both name who did it and
 * neither's doers take part in the other: aid from the UAE and aid from the Red Cross are two events.
 * (An agent on one side that is a partner or recipient on the other is the same event told from the
 * other side: "Kim met Putin" and "Putin met Kim".)
 */
export function agentsClash(ax: Set<Group>, px: Set<Group>, ay: Set<Group>, py: Set<Group>): boolean {
  if (!ax.size || !ay.size) return false;
  for (const g of ax) if (py.has(g)) return false;
  for (const g of ay) if (px.has(g)) return false;
  return true;
}

/**
 * Types a story holds many distinct instances of (statements, meetings, journeys, aid from several
 * donors, attacks). Any other type that one report of a story tells only once ("an investigation",
 * "the arrests") is taken to be the same event as that type in the story's other reports, even when
 * they name different actors ("requested by the president" / "run by the prosecutor general").
 */

/** Two dated mentions no more than a day apart (the first widened by a day each way, closed). */
const withinADay = (a: Interval, b: Interval): boolean => intersects({ lo: a.lo - DAY_MS, hi: a.hi + DAY_MS }, b);

/** How many days two reports' dates of one event may drift apart: a time zone, a weekday read a week off ("last
 * Wednesday" / "Wednesday"); beyond it, with no party in common, they tell two events (see farApartOwnParties). */
export const ONE_OFF_DRIFT_DAYS = 8;
/** The most pairs of dated, named mentions compared when two merged sets meet. */
const SET_CHECK_CAP = 2500;
/** A time no longer than a day or two (a calendar day, a part of one, a night across two), not a week or a month. */
export const dayOrFiner = (t: Interval): boolean => t.hi - t.lo <= 2 * DAY_MS;

/**
 * Two mentions each dated to its own day, more than ONE_OFF_DRIFT_DAYS apart, that each name parties and share none:
 * two events even of a type a story holds one of (see eventsCompatible). Mentions whose date belongs to something
 * else their sentence tells (`late`) say nothing.
 */
export function farApartOwnParties(x: Pick<EvItem, 'time' | 'late' | 'parts'>, y: Pick<EvItem, 'time' | 'late' | 'parts'>): boolean {
  if (!x.time || !y.time || x.late || y.late || !dayOrFiner(x.time) || !dayOrFiner(y.time) || !x.parts.size || !y.parts.size) return false;
  if ([...x.parts].some((g) => y.parts.has(g))) return false;
  return !intersects({ lo: x.time.lo - ONE_OFF_DRIFT_DAYS * DAY_MS, hi: x.time.hi + ONE_OFF_DRIFT_DAYS * DAY_MS }, y.time);
}

/** Gatherings: who attends varies between reports (one names the bloc, another its chair, a third nobody). */
const GATHERING = /^(MEET|NEGOTIATE)$/;
/**
 * Two gatherings held in the same named town or venue (not a whole country or large region), each dated
 * by its own report, within a day of each other are one gathering whatever attendees each report names:
 * "ECOWAS leaders met in Abuja on Thursday" and "the summit in Abuja on 10 August".
 */
function sameGathering(x: EvItem, y: EvItem): boolean {
  if (!GATHERING.test(x.ev.type) || x.ev.type !== y.ev.type || !x.time || !y.time) return false;
  if (!withinADay(x.time, y.time)) return false;
  // a week or a month is no date for a gathering
  if (x.time.hi - x.time.lo > 2 * DAY_MS || y.time.hi - y.time.lo > 2 * DAY_MS) return false;
  return x.places.some((p) => !p.isCountry && !p.large && y.places.includes(p));
}

/**
 * Dates of two merged sets that can be one occurrence: every dated mention of one within a day of every
 * dated mention of the other (complete link). Checking only the two mentions being compared let an
 * undated mention ("told the summit") chain a summit on 30 July to another on 10 August. Over summaries,
 * so that a set of hundreds of dated mentions costs nothing more: every pair is within a day exactly
 * when the latest start of each set is no more than a day after the earliest end of the other.
 * `undefined` stands for a set with no dated mention.
 */
export interface DateSpan { maxLo: number; minHi: number }
export function spanOf(iv: Interval[]): DateSpan | undefined {
  return iv.length ? { maxLo: Math.max(...iv.map((x) => x.lo)), minHi: Math.min(...iv.map((x) => x.hi)) } : undefined;
}
export function spansAgree(a: DateSpan | undefined, b: DateSpan | undefined): boolean {
  return !a || !b || (b.maxLo <= a.minHi + DAY_MS && a.maxLo <= b.minHi + DAY_MS);
}
const joinSpans = (a: DateSpan | undefined, b: DateSpan | undefined): DateSpan | undefined =>
  (!a ? b : !b ? a : { maxLo: Math.max(a.maxLo, b.maxLo), minHi: Math.min(a.minHi, b.minHi) });

/**
 * Two reports that each tell the one event of a type the story holds one of tell the same one, so
 * dates that disagree become a time fact marked inconsistent, not two events.
 */
const oneOffPair = (x: EvItem, y: EvItem): boolean => Boolean(x.onlyOfType && y.onlyOfType) && x.doc !== y.doc && !MANY_PER_STORY.test(x.ev.type);

/**
 * A mention of no particular occurrence: "any attack against its citizens", "a possible military
 * intervention", "potential sanctions". It refers to nothing another mention could also refer to.
 */
const GENERIC_BEFORE = /\b(?:any|every|possible|potential|eventual|hypothetical)\s+(?:(?:further|new|military|armed|foreign|such|future)\s+)?$/i;
export function genericMention(text: string, trigger: Offsets): boolean {
  return GENERIC_BEFORE.test(text.slice(Math.max(0, trigger.start - 40), trigger.start));
}

/**
 * Two mentions whose places in one role (where it happened, where from, where to) are all far apart: an
 * arrest "in Belo Horizonte" and one "at the mine" are two, but the engineers' origin ("from the German
 * firm") says nothing against an arrest at the mine.
 */
export function farPlaces(x: Pick<EvItem, 'placeRoles'>, y: Pick<EvItem, 'placeRoles'>): boolean {
  for (const role of PLACE_ROLES) {
    const px = x.placeRoles.get(role); const py = y.placeRoles.get(role);
    if (px?.length && py?.length && !px.some((p) => py.some((q) => placesCompatible(place(p), place(q), 150)))) return true;
  }
  return false;
}

/**
 * One side names a public body, the other the state it acts for: "the RCMP is investigating" and "Canada
 * has opened an investigation", "the U.S. Coast Guard will investigate" and "the United States is
 * investigating". Only for a type a story holds few of (an investigation, an arrest, a rescue): statements
 * or aid by a state and by one of its agencies are often two.
 */
export function nationTie(x: Pick<EvItem, 'parts' | 'nations'>, y: Pick<EvItem, 'parts' | 'nations'>): boolean {
  for (const g of x.nations ?? []) if (y.parts.has(g)) return true;
  for (const g of y.nations ?? []) if (x.parts.has(g)) return true;
  return false;
}

/**
 * A mention that points back to one its report told before: "The arrests were carried out in Belo Horizonte",
 * "those arrested may have known", "the investigation". A definite or demonstrative determiner (or "those")
 * right before the trigger, not a possessive, which can name another party's event ("its own investigation").
 */
const BACK_BEFORE = /(?:^|[^\p{L}])(?:the|these|those|this|such)\s+(?:[\p{Ll}-]+\s+)?$/iu;
/** "that" as a demonstrative: opening its sentence, or after a word of story-back-that-openers.txt ("after that attack"),
 * not the conjunction after a saying ("Police said that arrests were made") */
let backThat: RegExp | undefined;
/** The roles of whom an event was done to or with (see sameReportBack). */
const UNDERGOER_ROLES = new Set(['patient', 'partner']);
let setApart: RegExp | undefined;
export function backReference(text: string, trigger: Offsets): boolean {
  const before = text.slice(Math.max(0, trigger.start - 40), trigger.start);
  // "the first arrests", "the second investigation": an ordinal sets it apart from another one
  // (data/lexicon/story-back-set-apart.txt)
  setApart ??= new RegExp(`\\b(?:${readListFile('story-back-set-apart.txt').join('|')})\\s+$`, 'i');
  if (setApart.test(before)) return false;
  if (BACK_BEFORE.test(before)) return true;
  // (the text's own start counts as a sentence start; the window's does not)
  backThat ??= new RegExp(`(?:[\\n.!?;:"“”]\\s*|\\b(?:${readListFile('story-back-that-openers.txt').join('|')})\\s+)that\\s+(?:[\\p{Ll}-]+\\s+)?$`, 'iu');
  return backThat.test((trigger.start <= 40 ? '\n' : '') + before);
}

/**
 * Mentions of a type a story holds one of, in one report, that name different parties or none: a report tells
 * its arrest once and then refers back ("police arrested five people, three Vale employees and two TÜV SÜD
 * engineers" ... "The arrests were carried out in Belo Horizonte on warrants issued by a Minas Gerais court" ...
 * "those arrested"). The later mention joins when it names no participant or points back with a definite
 * determiner; two indefinite mentions that each name parties ("an arrest in X", "an arrest in Y") stay two, and so do
 * two that each name whom it was done to or with and share none of them.
 */
export function sameReportBack(x: Pick<EvItem, 'doc' | 'ev' | 'parts' | 'undergoers' | 'back' | 'oneTold'>, y: Pick<EvItem, 'doc' | 'ev' | 'parts' | 'undergoers' | 'back' | 'oneTold'>): boolean {
  if (x.doc !== y.doc || x.ev.type !== y.ev.type || MANY_PER_STORY.test(x.ev.type) || !x.oneTold) return false;
  // the parts must be compatible: two mentions that each name whom it was done to or with, and share none of them, tell
  // two events ("police arrested five Vale employees" / "the arrest of the mayor"); the doer is not asked, since a
  // mention pointing back takes a "by" phrase of another verb for its own ("on warrants issued by a court")
  const ux = x.undergoers, uy = y.undergoers;
  if (ux?.size && uy?.size && ![...ux].some((g) => uy.has(g))) return false;
  return Boolean(x.back || y.back);
}

/**
 * Whether one report's mentions of a type tell one event: every two of its mentions that name participants
 * and do not point back share one. "Oh Se-hoon apologised … Lee stopped short of an apology" and "Han
 * Duck-soo apologized … Yoon, who apologized on Friday" tell several, and no bare mention may tie them.
 */
export function oneToldHere(mentions: Pick<EvItem, 'parts' | 'back'>[]): boolean {
  const named = mentions.filter((m) => m.parts.size && !m.back);
  for (let i = 0; i < named.length; i++) for (let j = i + 1; j < named.length; j++) if (![...named[i].parts].some((g) => named[j].parts.has(g))) return false;
  return true;
}

/** The longest time a gathering is expected for that still says which one it meant ("next week", not "this month"). */
export const EXPECTED_SPAN_DAYS = 8;
/**
 * A gathering one report expects ("Defence chiefs are expected to meet in Abuja next week") and one a report published
 * later tells as held within the time it was expected for ("army chiefs meeting in Accra said on Friday"): one
 * gathering, whose venue the reports disagree on (a location fact marked inconsistent), so the far places veto
 * nothing. Only when the expected time is known and no longer than EXPECTED_SPAN_DAYS, the held one's is a day or
 * finer inside it, and the two name no parties or share one.
 */
export function expectedThenHeld(x: Pick<EvItem, 'ev' | 'doc' | 'time' | 'parts'>, y: Pick<EvItem, 'ev' | 'doc' | 'time' | 'parts'>): boolean {
  const [exp, held] = x.ev.status === 'FUTURE' ? [x, y] : [y, x];
  if (exp.ev.status !== 'FUTURE' || held.ev.status === 'FUTURE' || !exp.time || !held.time) return false;
  if (exp.time.hi - exp.time.lo > EXPECTED_SPAN_DAYS * DAY_MS || !dayOrFiner(held.time)) return false;
  if (held.time.lo < exp.time.lo || held.time.hi > exp.time.hi) return false;
  const de = docDate(exp.doc.a); const dh = docDate(held.doc.a);
  if (!de || !dh || dh <= de) return false;
  return (!exp.parts.size && !held.parts.size) || [...exp.parts].some((g) => held.parts.has(g));
}

function eventsCompatible(x: EvItem, y: EvItem): boolean {
  if (x.ev.type !== y.ev.type || !!x.neg !== !!y.neg) return false;
  if (x.generic || y.generic) return false;
  // (the days of an effort carried on over days, a rescue or an evacuation, are days of one event; and
  // see oneOffPair)
  const oneOff = oneOffPair(x, y);
  if (x.time && y.time && !x.late && !y.late && !REPEATED.test(x.ev.type) && !oneOff && !withinADay(x.time, y.time)) return false;
  const shared = [...x.parts].filter((g) => y.parts.has(g)).length;
  // Two reports that each tell one event of a type the story holds one of are taken to tell the same one whatever
  // their dates say (see oneOffPair) — but not when each dates it to its own day, more than ONE_OFF_DRIFT_DAYS apart,
  // and each names its own parties: "deputies of the ruling party voted down the inquiry motion on April 29" and "the
  // prime minister, speaking on Saturday, rejected the accusations" (18 days on) are two rejections; a drift of a day
  // or a week between reports ("Thursday" / "Friday", "Wednesday" / "last Wednesday") and a shared party keep them one.
  if (oneOff && farApartOwnParties(x, y)) return false;
  // The same two parties meeting in compatible time is one meeting even where reports disagree on
  // the place (that disagreement becomes a fact marked inconsistent); with weaker ties a far place vetoes.
  const strong = shared >= 2 || (shared >= 1 && shared === x.parts.size && shared === y.parts.size && x.parts.size > 0 && x.time !== undefined && y.time !== undefined);
  if (!strong && farPlaces(x, y) && !(GATHERING.test(x.ev.type) && expectedThenHeld(x, y))) return false;
  if (sameReportBack(x, y)) return true;
  if (x.parts.size && y.parts.size) return shared > 0 || sameGathering(x, y) || (Boolean(x.onlyOfType || y.onlyOfType) && x.doc !== y.doc && !MANY_PER_STORY.test(x.ev.type)) ||
    (!MANY_PER_STORY.test(x.ev.type) && x.doc !== y.doc && nationTie(x, y));
  // neither names a participant ("the floods", "the death toll"): time and place agree, checked above
  if (x.parts.size + y.parts.size === 0) return true;
  // one side names participants, the other none: a shared place ties them, and so does the one event of a type
  // the story holds one of that each report tells ("three engineers were arrested at the mine" / "the arrests")
  return x.places.some((p) => y.places.includes(p)) || oneOff;
}

/** A time that is one calendar day, unmodified ("on Sunday", "August 12"): its day, else undefined. */
function calendarDay(t: TimeExpr | undefined): string | undefined {
  return t?.mod ? undefined : partDay(t);
}
/** A calendar day, or a part of one ("early Sunday", "late Saturday": START, MID, END), as the day it is in. */
export function partDay(t: Pick<TimeExpr, 'type' | 'value' | 'mod'> | undefined): string | undefined {
  return t?.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(t.value) && (!t.mod || /^(?:START|MID|END)$/.test(t.mod)) ? t.value : undefined;
}

/**
 * The day a count is given as of: a calendar day (calendarDay), or a day or part of one the count is reached by ("rose
 * to 58 by Sunday evening", "by Tuesday"), which names the day of the figure as well as an exact date does.
 */
export function asOfDay(t: TimeExpr | undefined): string | undefined {
  if (!t) return undefined;
  const day = calendarDay(t);
  if (day) return day;
  // (only a time the count is reached by: a bare "on Friday evening" beside a count is more often the event's time,
  // "the crash on Friday evening killed 288")
  return (t.type === 'TIME' || t.type === 'DATE') && t.mod === 'ON_OR_BEFORE' && /^\d{4}-\d{2}-\d{2}(?:T|$)/.test(t.value) ? t.value.slice(0, 10) : undefined;
}

let harmTypes: Map<string, boolean> | undefined;
/** data/lexicon/story-harm-day-types.txt: each type, and whether it is a consequence (deaths, injuries) rather than an incident. */
function harmTypeList(): Map<string, boolean> {
  if (!harmTypes) {
    harmTypes = new Map();
    for (const l of readListFile('story-harm-day-types.txt')) { const [t, k] = l.split(/\s+/); harmTypes.set(t!, k === 'consequence'); }
  }
  return harmTypes;
}
const firstIncidentDayOf = new WeakMap<object, string>();
/** The first day a report gives an incident (an event of an incident type of story-harm-day-types.txt), at any time of the day; '' for none. */
export function firstIncidentDay(a: Pick<Analysis, 'events' | 'times'>): string {
  let first = firstIncidentDayOf.get(a);
  if (first !== undefined) return first;
  first = '';
  const types = harmTypeList();
  for (const ev of a.events ?? []) {
    if (types.get(ev.type) !== false) continue;
    for (const v of ev.args?.time ?? []) {
      const value = typeof v === 'number' ? a.times?.[v]?.value : undefined;
      if (value && /^\d{4}-\d{2}-\d{2}/.test(value) && (!first || value.slice(0, 10) < first)) first = value.slice(0, 10);
    }
  }
  firstIncidentDayOf.set(a, first);
  return first;
}
/** The day most of a story's reports give as the first of an incident (ties to the earlier day): the story's onset. */
export function storyOnset(analyses: Pick<Analysis, 'events' | 'times'>[]): string | undefined {
  const n = new Map<string, number>();
  for (const a of analyses) { const d = firstIncidentDay(a); if (d) n.set(d, (n.get(d) ?? 0) + 1); }
  return [...n.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0];
}
/**
 * The days a sentence gives as the day an incident happened (the time of an event of an incident type of
 * data/lexicon/story-harm-day-types.txt whose trigger is in the sentence), before the report's own day: "the Seoul
 * district where 156 people died in a crowd crush last Saturday", in a report of the Thursday after, gives Thursday's
 * count of the dead, not Saturday's. The deaths or injuries themselves (the file's consequence types) give the
 * incident's day only where it is the story's onset (storyOnset; without one, the first day the report gives an
 * incident): "last Saturday's crowd crush that killed 156". Their time is more often the count's ("the toll passed
 * 3,800 on Saturday", "as of Monday, 114 had been confirmed dead"), and a later day of a siege or of a fire that burned
 * on is also a day counts were given ("by the time the search ended on Saturday, 301 miners were dead"). (A day of the
 * report itself stays: "at least 50 were killed on Friday evening" in Friday's report; and so does a day a change or a
 * telling carries: "the toll rose to 114 on Monday", "killed late Saturday, officials said Sunday" is Sunday's.)
 */
export function harmDays(a: Pick<Analysis, 'events' | 'times'>, sent: Offsets, published: string | undefined, onset?: string): Set<string> {
  const out = new Set<string>();
  if (!published) return out;
  const types = harmTypeList();
  const first = onset ?? firstIncidentDay(a);
  // (the report's events of a harm type, by trigger start, found once: a count looks up only its own sentence's, so
  // a report of many counts and many events is not read events × counts times)
  const harm = harmEventsByStart(a);
  const lo = lowerBound(harm.length, (m) => harm[m]!.trigger!.start < sent.start);
  for (let k = lo; k < harm.length && harm[k]!.trigger!.start < sent.end; k++) {
    const ev = harm[k]!;
    const consequence = types.get(ev.type);
    for (const v of ev.args?.time ?? []) {
      // (a plain calendar day: a count reached "by Thursday night" is that day's, whatever event the time was put with)
      // (or a part of one: "left 151 dead late Saturday" happened on Saturday)
      const day = typeof v === 'number' ? partDay(a.times?.[v]) : undefined;
      if (day && day < published && (!consequence || day === first)) out.add(day);
    }
  }
  return out;
}

const harmEventsOf = new WeakMap<object, NewsEvent[]>();
/** A report's events of a type of story-harm-day-types.txt that have a trigger, sorted by the trigger's start (built once per report). */
function harmEventsByStart(a: Pick<Analysis, 'events'>): NewsEvent[] {
  let evs = harmEventsOf.get(a);
  if (!evs) {
    const types = harmTypeList();
    // (a trigger that names a body, "fire authorities said Sunday", "the fire department", tells of no incident:
    // the day it carries is the telling's)
    const text = (a as Partial<Analysis>).document?.text;
    const body = storyLexicon().authorityNouns;
    evs = (a.events ?? []).filter((ev) => types.has(ev.type) && ev.trigger && !(text && body.test(text.slice(ev.trigger.end, ev.trigger.end + 40))))
      .sort((x, y) => x.trigger!.start - y.trigger!.start);
    harmEventsOf.set(a, evs);
  }
  return evs;
}

/** Each document's DATE times sorted by start, built once, so a sentence finds its own by binary search. */
const datesByStart = new WeakMap<Analysis, TimeExpr[]>();
/**
 * The one calendar day a sentence names (several distinct days, a modified or a vaguer time: none). Days in `skip` (the
 * incident's own, see harmDays) are passed over: "left 151 dead late Saturday, fire authorities said Sunday" names
 * Sunday as the count's day.
 */
export function sentenceDay(a: Analysis, sent: Offsets, skip?: Set<string>): string | undefined {
  let dates = datesByStart.get(a);
  if (!dates) { dates = (a.times ?? []).filter((t) => t.type === 'DATE').sort((x, y) => x.start - y.start); datesByStart.set(a, dates); }
  const lo = lowerBound(dates.length, (m) => dates[m]!.start < sent.start);
  let day: string | undefined;
  for (let k = lo; k < dates.length && dates[k]!.start < sent.end; k++) {
    const t = dates[k]!;
    if (t.end > sent.end) continue;
    if (skip?.has(partDay(t) ?? '')) continue;
    const d = calendarDay(t);
    if (!d || (day && day !== d)) return undefined;
    day = d;
  }
  return day;
}

/** What a length of time right before it is a supply of: "96 hours of oxygen", "a 96-hour supply of oxygen", "three days' worth of food". */
export const SUPPLY_AFTER = /^\s*(?:'s?\s+)?(?:(?:supply|supplies|worth|reserves?)\s+)?of\s+(oxygen|air|food|water|fuel|drinking water|life support)\b/i;
/**
 * "78 of the victims have been identified", "45 bodies were identified", "101 unidentified bodies": how many of the
 * dead have (not) been named, a count of its own beside the toll. Only the count's own noun phrase says so: the dead,
 * victims or bodies the count counts, "unidentified" among its words, or "identified" as their predicate (never
 * "identified as": "five men identified as suspects", "12 people identified as militants were killed"); never a word
 * further off ("Unidentified gunmen killed 30 people", "An unidentified gunman killed 12 people").
 */
const DEAD_NOUN = '(?:victims|bodies|dead|remains|corpses)';
const UNIDENTIFIED_NP = new RegExp(`^\\s*(?:[a-z]+\\s+)?unidentified\\s+(?:[a-z]+\\s+)?${DEAD_NOUN}\\b`, 'i');
// "187 bodies had still not been identified", "101 bodies remained unidentified", "bodies that have yet to be identified",
// "victims who could not be identified": the dead not (yet) named, told by the predicate
const NOT_IDENTIFIED_PRED = '(?:(?:who|that|which)\\s+)?(?:(?:(?:have|has|had|are|were|is|was)\\s+(?:still\\s+|so far\\s+)?(?:not|yet to be)|(?:could|can)\\s+not|cannot|(?:could|can)n?[\'’]t|(?:have|has|had)n[\'’]t|(?:are|were|is|was)n[\'’]t)\\s+(?:yet\\s+)?(?:been\\s+|be\\s+)?(?:yet\\s+)?identified\\b|(?:(?:remain(?:s|ed)?|(?:are|were|is|was)(?:\\s+still)?)\\s+(?:still\\s+)?unidentified\\b))';
const NOT_IDENTIFIED_NP = new RegExp(`^\\s*(?:of\\s+(?:the|those)\\s+)?(?:[\\d,]+\\s+)?(?:[a-z]+\\s+)?${DEAD_NOUN}\\s+${NOT_IDENTIFIED_PRED}`, 'i');
const NOT_IDENTIFIED_BARE = new RegExp(`^\\s*(?:of\\s+them\\s+)?${NOT_IDENTIFIED_PRED}`, 'i');
const IDENTIFIED_NP = new RegExp(`^\\s*(?:of\\s+(?:the|those)\\s+)?(?:[\\d,]+\\s+)?(?:[a-z]+\\s+)?${DEAD_NOUN}\\s+(?:(?:who|that)\\s+)?(?:(?:have|has|had|been|were|was)\\s+(?:now\\s+|so far\\s+|already\\s+)?(?:been\\s+)?)?identified\\b(?!\\s+as\\b)`, 'i');
/** A bare count as the subject of "have been identified" ("Of the 442 bodies, 400 have been identified", "the toll rose to 300, of whom 120 have been identified"). */
const IDENTIFIED_BARE = /^\s*(?:of\s+them\s+)?(?:have|has|had|been|were|was)\s+(?:now\s+|so far\s+|already\s+)?(?:been\s+)?identified\b(?!\s+as\b)/i;
const DEAD_BEFORE = /\b(?:dead|died|killed|toll|victims|bodies|remains|corpses|fatalities)\b[^.;:]*$/i;
/**
 * Whether a count counts the dead that have (not) been identified (see DEAD_NOUN): its own noun phrase, or a bare
 * count whose clause names the dead before it ("Of the 442 bodies recovered, 400 have been identified"), or the object
 * of "identified" counting victims or bodies ("Authorities have identified 331 victims").
 */
export function identifiedAttr(own: string, after: string, before = '', sentenceBefore = before, sentenceAfter = after): 'identified' | 'unidentified' | undefined {
  // (the whole in "120 of the 442 bodies have been identified" is not the count identified)
  if (/\b(?:of|among)\s+(?:the|those)\s*$/i.test(before)) return undefined;
  const np = `${own} ${sentenceAfter}`;
  if (UNIDENTIFIED_NP.test(np)) return 'unidentified';
  // (before "identified" as a predicate: "had still not been identified" is no count of the named)
  if (NOT_IDENTIFIED_NP.test(np)) return 'unidentified';
  if (!own.trim() && NOT_IDENTIFIED_BARE.test(after) && DEAD_BEFORE.test(sentenceBefore.slice(-80))) return 'unidentified';
  if (IDENTIFIED_NP.test(np)) return 'identified';
  if (!own.trim() && IDENTIFIED_BARE.test(after) && DEAD_BEFORE.test(sentenceBefore.slice(-80))) return 'identified';
  if (/\bidentified\s+(?:the\s+)?(?:bodies|remains|corpses)\s+of\s+$/i.test(before)) return 'identified';
  if (/\bidentified\s+$/i.test(before) && new RegExp(`^\\s*(?:of\\s+(?:the|those)\\s+)?(?:[\\d,]+\\s+)?(?:[a-z]+\\s+)?${DEAD_NOUN}\\b`, 'i').test(np)) return 'identified';
  return undefined;
}
const PERSON_ATTRS: [RegExp, string][] = [
  [/\b(dead|deaths?|died|die|dying|killed|kill|killing|toll|lives|bodies|fatalit\w*|drowned|perished)\b/i, 'death toll'],
  [/\bmissing\b|\bunaccounted\b/i, 'missing'],
  [/\baccounted for\b/i, 'accounted for'],
  // "41 workers trapped in the tunnel", "the number of men trapped at 41": a state, like the missing (after
  // it, so "missing and believed trapped" stays missing)
  [/\b(trapped|entombed)\b/i, 'trapped'],
  // (the reports' own word names the count: "wounded" and "injured", "freed" and "rescued" are one count each,
  // named after the word most of its readings use, see ATTR_FAMILY; "detained" and "arrested" are two)
  [/\b(injur\w*|hurt)\b/i, 'injured'],
  [/\bwound(?:ed|ing|s)?\b/i, 'wounded'],
  // people moved out of harm's way by someone ("France evacuated 262 people", "577 evacuees", "airlifted"):
  // a count of their own, not those a disaster drove from their homes
  [/\b(evacu\w*|airlift\w*)\b/i, 'evacuated'],
  [/\b(displaced|homeless|fled|sheltered|uprooted)\b|forced (?:from|out of) their homes|lost their homes/i, 'displaced'],
  [/\barrest\w*/i, 'arrested'],
  [/\bdetain\w*|\bin (?:police )?custody\b/i, 'detained'],
  // (a rescue as an effort, its teams or its workers count no one rescued: "1,000 people are involved in the
  // rescue effort", "the rescue involved 90 divers", "rescuers")
  [/\b(?:rescu(?:ed|ing)|saved|pulled)\b|\b(?:to|help|helped|helping|helps)\s+rescue\b/i, 'rescued'],
  [/\b(?:freed|liberated)\b/i, 'freed'],
  // who lived through it: "486 had survived", "14 survivors", "486 of them got out alive"
  [/\b(?:survived|survivors?|got out alive|made it out alive)\b/i, 'survivors'],
  // the ones a court or prosecutor charged, and those let go from custody ("charged eight people", "the other 17
  // were released"; not "released from hospital")
  [/\b(?:charged|indicted)\b/i, 'charged'],
  [/\breleased\b(?!\s+from\s+(?:the\s+)?hospital)|\brelease of\s+(?:the\s+)?(?:other\s+)?$/i, 'released'],
  // "as many as 20 people might have gone into the river", "three went overboard"
  [/\b(?:into|in) the (?:water|river|sea|ocean|bay|harbou?r|lake)\b|\boverboard\b/i, 'in the water'],
];
/**
 * The noun a count depends on through "of", right before it: "the release of the other ", "the evacuation of some ".
 * (The words that loosen a figure, "about", "more than", "up to" …, are data/lexicon/checks-approx-modifiers.tsv's,
 * shared through src/nlp/checks/approx.ts with the checks; RISE_BEFORE and movedOut take them too.)
 */
const OF_HEAD = new RegExp(`\\b\\p{L}+\\s+of\\s+(?:the\\s+|those\\s+)?(?:other\\s+|remaining\\s+)?(?:(?:${LOOSE_SRC})\\s+)?$`, 'iu');
/** A verb of change right before a figure: "rose to 68", "has climbed to", "stood at", "reached". */
const RISE_BEFORE = new RegExp(`\\b(?:${changeAlternation('level')})\\s+(?:to\\s+|at\\s+)?(?:${LOOSE_SRC})?\\s*$`, 'i');
/**
 * The head of a clause's subject: after a leading place or day ("In Derna the number …", "On Tuesday, the toll …"),
 * up to a relative clause or a preposition other than "of" ("the number of police officers | who arrested looters",
 * "the death toll | from the attack"); "of" stays ("the number of people arrested").
 */
export function subjectHead(clause: string): string {
  const body = clause.replace(/^\s*(?:[Ii]n|[Aa]t|[Oo]n|[Nn]ear|[Aa]cross|[Oo]utside|[Ii]nside)\s+(?:[A-Z][\w'’-]*\s*)+,?\s*/, '');
  const end = body.search(/\b(?:who|whom|whose|which|that|where|in|at|on|near|across|outside|inside|from|for|with|by|after|during|since|over|under|among|between|into|against|to)\b/i);
  return end < 0 ? body : body.slice(0, end);
}
/** The harm attribute whose word comes first in the head of a clause's subject, if any. */
function firstAttr(clause: string): string | undefined {
  const head = subjectHead(clause);
  let best: string | undefined; let at = Infinity;
  for (const [re, name] of PERSON_ATTRS) { const m = re.exec(head); if (m && m.index < at) { at = m.index; best = name; } }
  return best;
}
const COUNT_WORD = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozens?|hundreds|thousands|million)\b/i;
/** A part's count and "of its", "of the", right before a count: "three of its ", "2 of the " (the count after it is the whole). */
const WHOLE_BEFORE = new RegExp(`(?:\\d|${COUNT_WORD.source})\\s+of\\s+(?:its|their|his|her|our|the|those)\\s*$`, 'i');
let wholeOwnRes: { relative: RegExp; participle: RegExp } | undefined;
/**
 * What the whole a part is taken from says of itself, straight after its counted noun: a relative clause ("two of the
 * 17 people | who died | were children") or a participle whose phrase a finite verb ends ("two of the 17 people | killed
 * in the blast | were children", "three of the 12 miners | trapped underground | were rescued"), without that finite
 * predicate, which is the part's ("three of its 17 staff at the site | were still unaccounted for"). The auxiliaries
 * that open a finite verb group are data/lexicon/time-clause-auxiliaries.txt.
 */
export function wholeOwnWords(after: string): string | undefined {
  if (!wholeOwnRes) {
    const aux = alternation(readListFile('time-clause-auxiliaries.txt').map((w) => w.toLowerCase()), phrasePattern);
    wholeOwnRes = {
      relative: new RegExp(`^\\s*(?:who|that)\\s+((?:(?:${aux})\\s+)*[^,.;:()\u2014]*?)(?=\\s+(?:${aux})\\b|[,.;:()\u2014]|$)`, 'iu'),
      participle: new RegExp(`^\\s*(\\p{L}+(?:ed|en)\\b[^,.;:()\u2014]*?)(?=\\s+(?:${aux})\\b)`, 'iu'),
    };
  }
  return (wholeOwnRes.relative.exec(after) ?? wholeOwnRes.participle.exec(after))?.[1];
}
/**
 * The predicate after a count coordinated with a noun phrase that has no count of its own: in "12 boys and their
 * coach are missing in the cave", the words after "and" up to the clause's end ("their coach are missing in the
 * cave"). Undefined when the count is not followed by "and", or the words after it hold a figure ("39 people and
 * wounding more than 150", "98 women and 56 men": that figure's own clause).
 */
export function coordinatedPredicate(afterAll: string): string | undefined {
  const m = /^([^.;:,()\u2014\d]*?)\band\s+([^.;:,()\u2014]*)/i.exec(afterAll);
  if (!m || /\d/.test(m[2]) || COUNT_WORD.test(m[2]) || /\b(?:while|but|as|after|before|when)\b/i.test(m[1])) return undefined;
  return m[2];
}
/**
 * The harm attribute a coordinated predicate says of its subjects: only a state or a passive ("are missing",
 * "remain trapped", "were rescued") or a verb that happens to them ("died"); in "400 volunteers and soldiers are
 * helping rescue families" the counted people are the rescuers, not the rescued.
 */
export function predicateAttr(pred: string): string | undefined {
  for (const [re, name] of PERSON_ATTRS) {
    const m = re.exec(pred);
    if (!m) continue;
    // ("are helping rescue families", "are working to rescue them": they do the rescuing)
    if (/^(?:to|help)/i.test(m[0])) continue;
    const lead = pred.slice(0, m.index);
    if (/\b(?:is|are|was|were|be|been|being|remains?|remained|stays?|stayed|lie|lies|lay|got|get|gets)\s+(?:still\s+|now\s+|all\s+|reportedly\s+|(?:believed|feared|reported|thought|presumed)\s+(?:to\s+(?:be|have\s+been)\s+)?)?$/i.test(lead) ||
      /^(?:died|perished|drowned)$/i.test(m[0])) return name;
  }
  return undefined;
}
/** A verb of change before "by" and a figure: "the toll rose by 20", "went up by 12". */
const CHANGE_BY = new RegExp(`\\b(?:${changeAlternation('by')})\\s+by\\s*$`, 'i');
/**
 * A figure that adds to an earlier one rather than giving the count: "four more crew members were detained",
 * "12 additional bodies", "the toll rose by 20". (Only for counts that grow; and not "another 82 were injured" beside
 * "151 were killed", which counts the injured.)
 */
export function incrementOf(qText: string | undefined, before: string): boolean {
  return /^\S+(?:\s+\S+)?\s+(?:more|additional|further|extra)\b/i.test((qText ?? '').replace(boundPattern('^{BOUND}\\s+', 'i'), '')) ||
    CHANGE_BY.test(before);
}
/**
 * A figure that counts the rest of a group once part of it was told apart: "the release of the other 17 suspects
 * detained on Sunday" (after "eight were charged"), "the other 12 injured were sent home". Part of a count, never a
 * reading of the whole ("17 other suspects" and "the other suspects" count no remainder: the group is new or unnumbered).
 */
export function remainderOf(before: string): boolean {
  return /\bthe\s+other\s*$/i.test(before);
}
/** Words between a distance and the place it is measured from: "southeast of", "from", "away from the", "north-west of". */
export const DISTANCE_FROM = /^\s*(?:(?:north|south|east|west)(?:[-\s]?(?:north|south|east|west))?(?:ward)?\s+of|(?:away\s+)?from|(?:inland|offshore|outside|off)(?:\s+(?:of|from))?)\s+(?:the\s+)?(?:(?:coast|city|town|capital|border|port|village)\s+of\s+)?/i;
/** Bodies found are a count of their own (it only grows), not the death toll: "recovered the bodies of two workers". */
const RECOVERED = /\b(recover\w*|retriev\w*|found|find\w*|pull\w*|removed|exhumed|(?:brought|carried|taken)\s+(?:out|up|to the surface))\b/i;
const SIZE_WORDS: [RegExp, string][] = [
  [/\b(long|length)\b/i, 'length'], [/\b(tall|high|height)\b/i, 'height'], [/\b(wide|width)\b/i, 'width'], [/\b(deep|depth)\b/i, 'depth'],
  [/\b(diameter|across)\b/i, 'diameter'], [/\b(thick|thickness)\b/i, 'thickness'],
];
let continuingStates: { re: RegExp; of: Map<string, string> } | undefined;
/**
 * Where a head count's people still are, when the words after the count say it with "still" or "remain" (data/lexicon/
 * story-continuing-states.tsv): "17 miners remained underground", "about 20 miners were believed to still be
 * underground", "of the injured miners were still in hospital" give "still underground", "still in hospital". Without
 * "still" or "remain" ("787 workers were underground at the time") nothing: a count of those there at the time.
 * `words` is the count's own words after its number and the clause after it.
 */
export function continuingState(words: string): string | undefined {
  if (!continuingStates) {
    const of = new Map<string, string>();
    for (const [phrase, attr] of readDataRows(join(projectRoot, 'data', 'lexicon', 'story-continuing-states.tsv'))) {
      if (phrase && attr) of.set(phrase.toLowerCase(), attr);
    }
    const states = alternation([...of.keys()], phrasePattern);
    // up to five words of the noun phrase ("of the injured miners"), then a verb of being that says "still" or "remain"
    continuingStates = { of, re: new RegExp(`^(?:\\s*[\\p{L}'’-]+){0,5}?\\s*(?:(?:is|are|was|were|had been|have been|has been)\\s+still\\s+|(?:is|are|was|were)\\s+(?:believed|thought|feared|said|reported|understood)\\s+to\\s+(?:still\\s+be|be\\s+still|have\\s+still\\s+been)\\s+|(?:remain(?:s|ed|ing)?|stay(?:s|ed)?)\\s+(?:still\\s+)?)(${states})(?![\\p{L}])`, 'iu') };
  }
  const m = continuingStates.re.exec(words);
  return m ? continuingStates.of.get(m[1].toLowerCase().replace(/\s+/g, ' ')) : undefined;
}
/** The size word must touch the measure: "984 feet long", "a 300-metre-high tower", "a depth of 50 feet"; not "moved 2.5 miles on the high tide". */
const SIZE_AFTER = /^\s*-?\s*(long|tall|high|wide|deep|thick|across|in diameter)\b/i;
const sizeBefore = (): RegExp => boundPattern('\\b(length|height|width|depth|diameter|thickness|long|tall|high|wide|deep|thick)\\s+(?:of\\s+)?(?:{BOUND})?\\s*$', 'i');
/** Work that advances through rock or rubble: drilling, boring, digging, pushing a pipe in. */
const PROGRESS = /\b(?:drill\w*|bor(?:e|ed|ing)|dug|dig(?:s|ging)?|excavat\w*|tunnell?(?:ed|ing)|(?:push|insert|drive|drove|driven)\w*\b[^.;:]{0,30}\bpipes?)\b/i;
/** Right after a head count: "150 people on board", "… who were aboard". */
const ON_BOARD_AFTER = /^\s*(?:(?:who\s+)?(?:were|was|are)\s+)?(?:on board|aboard|onboard)\b/i;
/** Below a surface: "12,500 feet below the surface", "3,800 metres down", "40 feet underwater". */
const DEPTH_AFTER = /^\s*(?:(?:below|beneath|under)\s+(?:the\s+)?(?:surface|sea|sea level|water|waves|ocean|seabed|sea floor|ground)\b|(?:down|underwater|underground)\b)/i;
/** A height flown at: the words before the measure say it is where an aircraft was ("cruising at", "descended to"). */
const altitudeBefore = (): RegExp => boundPattern('\\b(?:altitude|cruis\\w*|flying|flew|climb\\w*|descen\\w*|dropp\\w*|plung\\w*|plummet\\w*)\\b[^.;:,]{0,25}?\\b(?:at|to|from|of)\\s+(?:{BOUND}|only)?\\s*$', 'i');

/** The whole a part of a head count is taken from: the words that name it, and how the part's attribute says it. */
const WHOLES: [RegExp, string][] = [
  [/\b(?:dead|deaths?|died|killed|toll|victims|fatalit\w*|lives|bodies|perished|drowned)\b/gi, 'dead'],
  [/\b(?:injur\w*|wound(?:ed|ing|s)?|hurt)\b/gi, 'injured'], [/\bmissing\b/gi, 'missing'], [/\b(?:evacu\w*)\b/gi, 'evacuated'],
  [/\b(?:displaced|homeless)\b/gi, 'displaced'], [/\b(?:arrest\w*|detain\w*)\b/gi, 'arrested'], [/\b(?:rescu\w*)\b/gi, 'rescued'], [/\btrapped\b/gi, 'trapped'],
];
/** Words of a part right before it: "Among the dead were 19 foreigners", "the victims included 98 women", "…, including 26 foreigners". */
const PART_BEFORE = /\b(?:among\s+(?:the|those)\s+(?:[a-z]+\s+){0,2}?(?:[a-z]+)\s+(?:were|was|are|is)|includ(?:ing|ed|es|e)|of whom|of which)\s*$/i;
/** A later part of a list of parts: "The victims included 26 foreigners and 98 women". */
const PART_LIST = /\b(?:includ(?:ing|ed|es|e)|among\s+(?:the|those)\s+(?:[a-z]+\s+){0,3}?(?:were|was|are|is))\s+(?:[^.;:]{1,40}?(?:,|\band\b)\s+)+$/i;
/** "Of the dead, 97 were women": a clause that names the whole before the part. */
const PART_CLAUSE = /\b(?:of|among)\s+(?:the|those)\s+(?:[\d,]+\s+)?(?:[a-z]+\s+){0,2}?[a-z]+\s*,\s*$/i;
/** "26 of the dead were foreigners", "19 of them": a part named after the count. */
const PART_AFTER = /^\s+of\s+(?:them|those|whom|the\s+(?:[\d,]+\s+)?[a-z]+)\b/i;
const NUMBER_WORD = '(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozens?|hundreds|thousands|and)';
/** The words that bound or approximate the figure after them ("about", "at least", "just over"; story.json countBounds), as one group. */
const countBound = (): string => `(?:${storyLexicon().countBound})`;
const boundPatterns = new Map<string, RegExp>();
/** A pattern whose {BOUND} stands for countBound(), compiled once: every reading of the words before a figure skips the same bounds. */
function boundPattern(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let re = boundPatterns.get(key);
  if (!re) { re = new RegExp(source.replaceAll('{BOUND}', countBound()), flags); boundPatterns.set(key, re); }
  return re;
}
/** Counted nouns that say nothing of who is counted ("64 people"): no attribute of their own. */
const GENERIC_NOUN = /^(?:people|persons?|individuals|others|ones|those|men and women|victims|dead|bodies|lives|casualties|fatalities|total|more|times|residents and visitors)$/i;
/** A crowd: people gathered, not a count of harm ("some 100,000 people had gathered for Halloween"). */
const CROWD = /\b(?:gather\w*|attend\w*|pack\w*|crowd\w*|throng\w*|flock\w*|turned out|celebrat\w*|mass(?:ed|ing)|revell\w*|partygoers|visit(?:ed|ing))\b/i;

/** Nationality nouns whose plural is the singular ("four Chinese", "two Swiss", "three Rohingya"), from the quantity stage's people groups. */
const SAME_PLURAL_GROUPS = new Set(PEOPLE_GROUPS.filter((w) => !w.endsWith('s') || w.endsWith('ss')));
/** "two Japanese nationals", "five Iranian citizens": a nationality adjective (by its ending) and a noun that only says they are its people. */
const NATIONALS_OF = /^(\p{Lu}[\p{L}-]*(?:an|i|ese|ish|ch|ss))\s+(?:nationals|citizens)$/u;
/** data/lexicon/nationality-plurals.tsv: the people's plural of a nationality adjective not made with "s" ("Turkish" →
 * "Turks", "Dutch" → "Dutch"), keyed lower-case. */
const NATIONALITY_PLURALS = new Map(readDataRows(join(projectRoot, 'data', 'lexicon', 'nationality-plurals.tsv')).filter((r) => r[0] && r[1]).map((r) => [r[0]!.toLowerCase(), r[1]!]));

/** The people's plural of a nationality adjective: listed ("Turkish" → "Turks"), "s" after -an/-i ("Iranian" →
 * "Iranians"), else the adjective itself ("Japanese", "Swiss"). */
function nationalityPlural(adj: string): string {
  const listed = NATIONALITY_PLURALS.get(adj.toLowerCase());
  if (listed) return listed;
  if (SAME_PLURAL_GROUPS.has(adj.toLowerCase())) return adj;
  return /(?:an|i)$/.test(adj) ? `${adj}s` : adj;
}

/** A nationality written as a capitalised plural, one whose plural is the singular included ("Iranians", "Chinese"). */
export function isNationalityGroup(group: string): boolean {
  return /^(?:\p{Lu}[\p{L}-]*\s+)?\p{Lu}[\p{L}-]*s$/u.test(group) || (/^\p{Lu}/u.test(group) && (SAME_PLURAL_GROUPS.has(group.toLowerCase()) || NATIONALITY_PLURALS.get(group.toLowerCase()) === group));
}

/**
 * The group a head count names as written, when it names one ("26 foreign nationals" → "foreign nationals",
 * "72 Germans" → "Germans", "98 women"), else undefined ("64 people", "19"). A nationality counts as its plural
 * however it is written: "four Chinese" → "Chinese", "two Japanese nationals" → "Japanese", "five Iranian
 * nationals" → "Iranians" (one group with "14 Iranians").
 */
export function countedGroup(text: string | undefined, context = ''): string | undefined {
  const m = new RegExp(`^[^\\p{L}]*(?:(?:${countBound()}|another|all|only|just|exactly)\\s+)?(?:[\\d.,]+|${NUMBER_WORD}(?:[\\s-]+${NUMBER_WORD})*)(?:\\s+(?:million|thousand|hundred|dozen))?\\s+((?:[\\p{L}-]+\\s+)?[\\p{L}-]+)$`, 'iu').exec((text ?? '').trim());
  const g = m?.[1];
  if (!g || GENERIC_NOUN.test(g) || GENERIC_NOUN.test(g.split(/\s+/).pop()!)) return undefined;
  const nat = NATIONALS_OF.exec(g);
  if (nat) return nationalityPlural(nat[1]!);
  if (/^\p{Lu}/u.test(g) && SAME_PLURAL_GROUPS.has(g.toLowerCase())) return g;
  // lower-case words, or a capitalised plural ("Germans", "South Koreans"); one name for a group named in
  // several ways ("26 foreign nationals", "26 foreigners")
  if (!/^(?:[a-z][a-z-]*\s+)?[a-z][a-z-]*$/.test(g) && !/^(?:\p{Lu}[\p{L}-]*\s+)?\p{Lu}[\p{L}-]*s$/u.test(g)) return undefined;
  const owned = ownedGroup(g, context);
  return owned ?? storyLexicon().groupNames.get(g) ?? g;
}

/**
 * The name of a bare group noun whose name depends on whose it is (story.json groupOwners): the body nearest before the
 * count in its sentence ("Police said 137 officers" → "police officers", "The army said 40 officers" → "officers");
 * the noun as written when no body stands before it. Undefined for other nouns.
 */
function ownedGroup(g: string, context: string): string | undefined {
  const owners = storyLexicon().groupOwners.get(g.toLowerCase());
  if (!owners) return undefined;
  let best: [number, string] | undefined;
  for (const [name, re] of owners) for (const m of context.matchAll(re)) if (!best || m.index! > best[0]) best = [m.index!, name];
  return best?.[1] ?? g;
}

// "… of them firefighters", "… were women": the plural after a part's count, up to the word after it
const PART_GROUP_AFTER = /^\s+(?:(?:of\s+(?:them|those|whom|the\s+[a-z]+)\s+)?(?:were|are)|of\s+(?:them|those|whom))\s+(?:all\s+)?((?:[a-z][a-z-]*)?(?:women|men|children|people)|[a-z][a-z-]*s)\b/i;
/**
 * The group named right after a part's count ("of them firefighters", "were women"): a plural that names people (a
 * person noun of the quantity lexicon, a nationality plural, a group name of the story lexicon), not any word in -s
 * ("of them is in critical condition", "of them was", "of them has").
 */
function groupAfterPart(after: string): string | undefined {
  const g = PART_GROUP_AFTER.exec(after)?.[1];
  if (!g) return undefined;
  const last = g.toLowerCase().split('-').pop()!;
  return /(?:women|men|children|people)$/i.test(g) || peopleNoun(g.toLowerCase()) || peopleNoun(last) || isNationalityGroup(g)
    || storyLexicon().groupNames.has(g.toLowerCase()) || storyLexicon().groupOwners.has(g.toLowerCase()) ? g : undefined;
}

/**
 * A count that is part of a larger count the sentence gives ("Among the dead were 19 foreigners", "the death toll
 * stood at 156, including 26 foreigners", "26 of the dead were foreigners"): the part's own attribute, the group
 * and the whole ("foreigners among the dead"), so that its figure neither joins the whole's nor is lost; null for
 * a part that names no group ("19 of them"); undefined for a count that is no part.
 */
export function partOf(q: { text?: string }, after: string, before: string, sentenceBefore = before): string | null | undefined {
  const partBefore = PART_BEFORE.test(before) || PART_CLAUSE.test(sentenceBefore) || PART_LIST.test(sentenceBefore);
  if (!partBefore && !PART_AFTER.test(after)) return undefined;
  // the group: the count's own noun, else "… were women" after it, or a bare "of them firefighters" ("95 were still
  // missing, 85 of them firefighters")
  // (a plural noun: "were women", "were foreigners", "were children"; not "were in serious condition")
  const group = countedGroup(q.text, sentenceBefore) ?? groupAfterPart(after);
  if (!group || GENERIC_NOUN.test(group)) return null;
  // the whole: the last count word of the sentence before the part, or the words after it ("26 of the dead")
  const wholeText = `${sentenceBefore} ${PART_AFTER.exec(after)?.[0] ?? ''}`;
  let whole: string | undefined; let at = -1;
  for (const [re, name] of WHOLES) for (const m of wholeText.matchAll(re)) if ((m.index ?? 0) >= at) { at = m.index ?? 0; whole = name; }
  return whole ? `${group} among the ${whole}` : group;
}

/** The whole a harm attribute names in a part's attribute ("foreigners among the dead"). */
const WHOLE_OF: Record<string, string> = { 'death toll': 'dead', injured: 'injured', wounded: 'injured', missing: 'missing', evacuated: 'evacuated', displaced: 'displaced', arrested: 'arrested', detained: 'arrested', rescued: 'rescued', freed: 'rescued', trapped: 'trapped' };

/**
 * Words for one count of people (ATTR_FAMILY: the word -> the family's first name): reports of one story call the same
 * people "wounded" and "injured", "freed" and "rescued". Their readings are one fact, named after the word most of its
 * reports use ("wounded" where most say so), so that neither word's figures are lost to a fact of their own. Those
 * "detained" and those "arrested" stay two counts: where the law tells custody from a formal arrest, reports give
 * both ("police detained 25 people … a court formally arrested eight of them").
 */
export const ATTR_FAMILY: Record<string, string> = { injured: 'injured', wounded: 'injured', rescued: 'rescued', freed: 'rescued' };

/** Counts of groups by sex or age listed right before or after a count ("98 women and 56 men", "61 were women and"), compiled once. */
let breakdownRe: { before: RegExp; after: RegExp } | undefined;
const breakdownPatterns = (): { before: RegExp; after: RegExp } => {
  if (breakdownRe) return breakdownRe;
  const count = `(?:\\d[\\d,]*|\\b(?!(?:a|and)\\b)${NUMBER_WORD}(?:[\\s-]+${NUMBER_WORD})*)\\s+(?:(?:were|are|was)\\s+)?(?:${[...storyLexicon().breakdownGroups].join('|')})`;
  const join = '(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)';
  breakdownRe = { before: new RegExp(`\\b${count}${join}$`, 'i'), after: new RegExp(`^${join}${count}\\b`, 'i') };
  return breakdownRe;
};

/** Counts of any named groups listed right before or after a count ("61 civilians and six police officers"), compiled once. */
let groupListRe: { before: RegExp; after: RegExp } | undefined;
const groupListPatterns = (): { before: RegExp; after: RegExp } => {
  if (groupListRe) return groupListRe;
  // (an item: a plural in -s, or a group the lexicons name, whatever its plural: "children", "men", "police",
  // "crew", "staff", "personnel")
  const lex = storyLexicon();
  const named = alternation([...lex.breakdownGroups, ...lex.partGroups, ...lex.roles.keys()], phrasePattern);
  const count = `(?:\\d[\\d,]*|\\b(?!(?:a|and)\\b)${NUMBER_WORD}(?:[\\s-]+${NUMBER_WORD})*)\\s+((?:[a-z][a-z-]*\\s+)?(?:${named})(?![a-z])|(?:[a-z][a-z-]*\\s+)?[a-z][a-z-]*s)`;
  const join = '(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)';
  groupListRe = { before: new RegExp(`\\b${count}${join}$`, 'i'), after: new RegExp(`^${join}${count}\\b`, 'i') };
  return groupListRe;
};

/**
 * Whether a count stands in a list of counts of named groups ("killing 61 civilians and six police officers",
 * "12 soldiers, three civilians"): the item right before or after it counts a group of its own (not "people",
 * "others"). Such a list breaks the harmed down, so that no item is the whole.
 */
export function inGroupList(sentenceBefore: string, sentenceAfter: string): boolean {
  const named = (m: RegExpExecArray | null) => !!m && !GENERIC_NOUN.test(m[1]!) && !GENERIC_NOUN.test(m[1]!.split(/\s+/).pop()!);
  return named(groupListPatterns().before.exec(sentenceBefore)) || named(groupListPatterns().after.exec(sentenceAfter));
}

/**
 * The clause that introduces a list of counted groups a count stands in, from the words before the count: the
 * items before it taken off, then back to the last punctuation ("The attack killed " in "The attack killed 61
 * civilians and six soldiers"); empty when a list item or nothing stands right before.
 */
export function listHead(sentenceBefore: string): string {
  let t = sentenceBefore;
  for (let m = groupListPatterns().before.exec(t); m; m = groupListPatterns().before.exec(t)) t = t.slice(0, m.index);
  return t.slice(Math.max(...[...t.matchAll(/[.;:,()\u2014]/g)].map((m) => (m.index ?? -1) + 1), 0));
}

/**
 * A head count of a share of the harmed that names its group: a group by origin (data/lexicon/story.json
 * partGroups: "26 foreigners", "26 foreign nationals"; or a nationality written as a capitalised plural: "14
 * Iranians"), or a group by sex or age (breakdownGroups) listed beside another such count ("98 women and 56
 * men"), that the words at it say were harmed ("… were killed", "died", "Of the dead, …"): the part's
 * attribute, named like `partOf`'s ("foreigners among the dead"). Undefined for other counts, for a group by sex
 * or age no list holds ("41 men were trapped": often the whole), and for a group no harm word touches.
 * `sentenceBefore`/`sentenceAfter` are the sentence's words before and after the count.
 */
export function groupShare(q: { text?: string }, after: string, before: string, sentenceBefore = before, sentenceAfter = after): string | undefined {
  const group = countedGroup(q.text, sentenceBefore);
  if (!group) return undefined;
  const lex = storyLexicon();
  const origin = lex.partGroups.has(group.toLowerCase()) || isNationalityGroup(group);
  const breakdown = lex.breakdownGroups.has(group.toLowerCase()) && (breakdownPatterns().before.test(sentenceBefore) || breakdownPatterns().after.test(sentenceAfter));
  const list = !breakdown && inGroupList(sentenceBefore, sentenceAfter);
  const listed = breakdown || list;
  if (!origin && !listed) return undefined;
  const own = (q.text ?? '').replace(/^[\d.,\s]+/, '');
  // (only the list's own words say what befell them all: its head verb ("killing 61 civilians and six soldiers",
  // "Of the dead, 61 were women and 52 men") or the predicate right after it ("98 women and 56 men died"); a verb
  // before a list rules it before any clause after it ("killed 61 civilians and six soldiers, and 20 people were
  // wounded"), and a harm word further on is another clause's ("The army sent 300 soldiers and 50 medics to Kano,
  // where the blast killed 12 people"; "500 police officers and 200 soldiers were deployed after gunmen killed 12")
  const texts = listed ? [own, listHeadWord(sentenceBefore), listPredicate(sentenceAfter)] : [own, after, before.slice(-60)];
  for (const text of texts) {
    for (const [re, name] of PERSON_ATTRS) if (re.test(text)) return WHOLE_OF[name] ? `${group} among the ${WHOLE_OF[name]}` : undefined;
  }
  return undefined;
}

/** The words before a list of counts with its earlier items taken off (see listHead), however they are listed. */
function beforeList(sentenceBefore: string): string {
  let t = sentenceBefore;
  for (let again = true; again;) {
    again = false;
    for (const re of [groupListPatterns().before, breakdownPatterns().before]) {
      const m = re.exec(t);
      if (m) { t = t.slice(0, m.index); again = true; }
    }
  }
  return t;
}

/**
 * What heads a list of counts: the clause "Of the dead," right before it, or else the one word right before it
 * ("killing", "killed", "were"): "A bus carrying 40 passengers and three crew members crashed" is headed by
 * "carrying", no harm word.
 */
export function listHeadWord(sentenceBefore: string): string {
  const t = beforeList(sentenceBefore);
  const part = PART_CLAUSE.exec(t);
  if (part) return part[0];
  return boundPattern('([A-Za-z]+)\\s+(?:{BOUND}\\s+)?$', '').exec(t)?.[1] ?? '';
}

/**
 * The predicate right after a list of counts, when it says what befell them ("… and 56 men died", "… were killed",
 * "… are missing"): the words after the list's later items, up to a comma or a clause that starts with
 * where/after/when/as/while/before/because; a passive or state there (see predicateAttr), else nothing.
 */
export function listPredicate(sentenceAfter: string): string {
  let t = sentenceAfter;
  for (let again = true; again;) {
    again = false;
    for (const re of [groupListPatterns().after, breakdownPatterns().after]) {
      const m = re.exec(t);
      if (m) { t = t.slice(m[0].length); again = true; }
    }
  }
  const end = t.search(/[.;:,()\u2014]|\b(?:where|after|when|as|while|before|because|and|but)\b/i);
  const pred = end < 0 ? t : t.slice(0, end);
  return predicateAttr(pred) ? pred : '';
}

let whenBreak: RegExp | undefined;
/** A break that ends the "when" clause of a "since YEAR, when …" time: ';', ':', a dash, or ", and" / ", but" / … */
function whenClauseBreak(): RegExp {
  whenBreak ??= new RegExp(`[;:\u2013\u2014]|,\\s*(?:${alternation(readListFile('story-when-clause-breaks.txt'))})\\b`, 'i');
  return whenBreak;
}

/**
 * The year of an older event a head count tells, when the report recalls one: the last time expression before
 * it in its sentence ended more than STALE_DAYS before the report ("In 2005, 11 people died in a crush", "the 2014 sinking
 * of the Sewol ferry, which killed 304 people"). Its figure is no reading of the story's counts, where a
 * toll of 304 beside the story's 156 reads as a toll that went down. A count before any such time ("151 were
 * killed on Saturday, the deadliest since 2014") is the story's; one in the "when" clause of such a time ("the
 * deadliest since 1948, when more than 2,000 people died") is of that year.
 */
export function backgroundCount(a: Analysis, sent: Offsets, q: Offsets): string | undefined {
  const pub = docDate(a);
  if (!pub) return undefined;
  let last: TimeExpr | undefined;
  for (const t of a.times ?? []) if (t.start >= sent.start && t.end <= q.start && (!last || t.start > last.start)) last = t;
  if (!last || last.type === 'DURATION' || last.type === 'SET') return undefined;
  // "the worst shipping disaster in China since 1948, when more than 2,000 people died": the year a "since" opens is
  // the time of what its "when" clause tells — only for a count inside that clause: ", and officials said 396 people
  // died" after it is the story's own toll (data/lexicon/story-when-clause-breaks.txt)
  const gap = a.document.text.slice(last.end, q.start);
  const since = last.mod === 'ON_OR_AFTER' && /^\s*,?\s*when\b/i.test(gap.slice(0, 12)) && !whenClauseBreak().test(gap);
  const iv = timeInterval(last.value, since ? undefined : last.mod);
  return iv && Number.isFinite(iv.hi) && iv.hi < Date.parse(pub) - STALE_DAYS * DAY_MS ? new Date(Number.isFinite(iv.lo) ? iv.lo : iv.hi - 1).toISOString().slice(0, 4) : undefined;
}

/**
 * The earlier head count a figure's demonstrative partitive points back to: "More than 100 of those girls are still
 * missing" after "… the 2014 abduction of 276 schoolgirls …". The group is the one counted in the sentence before
 * or the one before that, whose counted noun ends with the partitive's noun ("schoolgirls" for "girls"); the figure
 * belongs to that count's event and place, not to the sentence it stands in. "37 of them" (no noun) and "of the
 * girls" (no demonstrative) point nowhere here.
 */
export function antecedentCount(a: Pick<Analysis, 'sentences' | 'quantities'>, sent: Offsets, after: string): { sent: Offsets; q: Offsets } | undefined {
  const m = /^\s*of\s+(?:those|these)\s+(\p{L}+)/iu.exec(after);
  if (!m) return undefined;
  const noun = m[1].toLowerCase().replace(/(?<=\p{L}{3})s$/u, '');
  const sents = a.sentences ?? [];
  const si = sents.findIndex((x) => x.start === sent.start);
  for (let k = 1; k <= 2 && si - k >= 0; k++) {
    const s = sents[si - k];
    const hit = (a.quantities ?? []).filter((x) => x.unit === 'person' && x.start >= s.start && x.end <= s.end && x.noun &&
      x.noun.toLowerCase().replace(/(?<=\p{L}{3})s$/u, '').endsWith(noun)).at(-1);
    if (hit) return { sent: s, q: hit };
  }
  return undefined;
}

/**
 * How badly hurt a head count's people are, when the words right at it say so: "19 seriously injured", "37 of
 * them seriously" (after a count of the injured), "33 were in critical condition". `near` is the count's own
 * words and the clause after it; `context` the sentence, which must speak of injuries or a condition.
 */
export function severity(near: string, context: string): string | undefined {
  const m = /^\s*(?:[a-z]+\s+)?(?:(?:of\s+(?:them|whom|those)\s+)?(?:were\s+|are\s+|was\s+)?(?:left\s+)?(?:in\s+)?)(serious(?:ly)?|critical(?:ly)?|severe(?:ly)?|grave(?:ly)?)\b/i.exec(near);
  if (!m || !/\b(?:injur\w*|wounded|hurt|condition)\b/i.test(context)) return undefined;
  return /^critical/i.test(m[1]) ? 'critically injured' : 'seriously injured';
}

/**
 * A past verb right after a counted noun phrase, then its own object: a figure, an article or a possessive ("… workers |
 * detained 25 people"); not a time phrase, which dates a reduced passive ("30 people injured the previous night were
 * discharged", "12 killed the day before").
 */
const activeAfter = (): RegExp => boundPattern(`^\\s*[a-z]+ed\\s+(?!(?:the|a|an|that)\\s+(?:day|night|week|month|year|weekend|morning|afternoon|evening|previous|following|next|same|day\'s|night\'s)\\b)(?:\\d|(?:a|an|the|some|dozens|hundreds|his|her|their|its)\\s|{BOUND}\\s+(?:\\d|${NUMBER_WORD}\\b))`, 'i');
/** A relative pronoun in the clause before a figure, which the figure's noun phrase then ends ("the fire that killed | 301 workers | detained …"). */
const RELATIVE_BEFORE = /\b(?:that|which|who)\b/i;
/** A verb between a team's formation verb and "with" (a past or present form, an auxiliary): the "with" is that verb's. */
const TEAM_OTHER_VERB = /\b(?:[a-z]+ed|met|meets?|meeting|spoke|speaks?|spoken|talk(?:s|ing)?|work(?:s|ing)?|is|are|was|were|has|have|had|will|would|can|could)\b/;
/** Words that are never a team's own modifier ("the squad of", "said the unit of"): articles, pronouns, prepositions, conjunctions. */
const TEAM_NOT_MODIFIER = '(?:a|an|the|its|their|his|her|our|this|that|these|those|of|to|in|on|at|by|for|with|from|and|or|but)';
/**
 * The size of a team a head count numbers its members by: "a special investigation team of about 500 officers", "the
 * Israeli rescue team of 136 soldiers", and a team the sentence opens with, formed or sent "with" the count ("The
 * special investigation team, launched by the police agency with some 500 officers, …"). The team's own lower-case
 * words name it ("special investigation team size", "rescue team size"): the count is how big that team is, not the
 * strength of its members' role (137 officers on duty that night and a team of 500 officers are two figures).
 * Undefined for other counts ("a team of doctors treated 50 patients", "500 officers were deployed").
 */
export function teamSize(before: string, sentenceBefore: string): string | undefined {
  const nouns = storyLexicon().teamNouns;
  // (the modifiers are no article, pronoun or preposition: the determiner nearest the noun opens the team's words,
  // so "said the unit of" is the unit, not "said the unit")
  const of = new RegExp(`(?:\\b(?:a|an|the|its|their|his|her|our)\\s+|\\b[A-Z][\\p{L}-]*\\s+)((?:(?!${TEAM_NOT_MODIFIER}\\s)[a-z][a-z-]*\\s+){0,2})(${nouns})\\s+of\\s+(?:${countBound()}\\s+)?$`, 'u').exec(before);
  // "killed a team of five climbers", "rescued a team of 12": the harm or rescue befell the members, whom the
  // verb's own attribute counts (not a team sent or formed: "sent a medical contingent of")
  if (of) {
    const verb = /(\p{L}+)\s*$/u.exec(before.slice(0, of.index))?.[1];
    if (verb && /\p{Ll}/u.test(verb[0]!) && PERSON_ATTRS.some(([re]) => re.test(verb))) return undefined;
  }
  const sent0 = of ? undefined : new RegExp(`^\\W*(?:a|an|the|its|their)\\s+((?:[a-z][a-z-]*\\s+){0,2})(${nouns})\\b[^.;:!?]*\\b(?:${storyLexicon().teamFormationVerbs})\\b([^.;:!?]*)\\bwith\\s+(?:${countBound()}\\s+)?$`, 'iu').exec(sentenceBefore);
  // the "with" is the formation verb's own: only its agent, time or place between them, no comma that closes the
  // participle and no other verb ("set up by the ministry in May, met with 12 relatives": the team met them)
  const sent = sent0 && !/,/.test(sent0[3]!) && !TEAM_OTHER_VERB.test(sent0[3]!) ? sent0 : undefined;
  const m = of ?? sent;
  if (!m) return undefined;
  return `${m[1]!.toLowerCase().replace(/\s+/g, ' ')}${m[2]!.toLowerCase().replace(/\s+/g, ' ')} size`;
}

/** What a quantity measures, from its unit, counted noun and the words around it. */
export function attributeOf(q: { unit: string; noun?: string; text?: string }, after: string, before: string, role?: Role, sentenceBefore?: string, sentenceAfter?: string, clauseBefore = before): string | undefined {
  const dim = dimension(q.unit);
  // a market's move ('Shares in Vale plunged 24%'): a fact of its own; any other percentage stays unread
  if (q.unit === '%' || q.unit === 'percent') return percentChange(sentenceBefore ?? before);
  // "19 seriously injured", "33 people were in critical condition", "37 of them seriously": how many are
  // badly hurt, a part of the injured of its own
  if (q.unit === 'person' && !role) {
    const sev = severity(`${(q.text ?? '').replace(/^[\d.,\s]+/, '')} ${after}`, `${sentenceBefore ?? before} ${q.text ?? ''} ${after}`);
    if (sev) return sev;
  }
  // "17 miners remained underground", "18 of the injured were still in hospital": where they still are (a crew or
  // workers counted by role as much as people)
  if (q.unit === 'person' || role) {
    // (the count's own words after its number: "about 20 miners" -> "miners")
    const still = continuingState(`${(q.text ?? '').replace(/^[^\d]*\d[\d.,]*\s*/, '')} ${sentenceAfter ?? after}`);
    if (still) return still;
  }
  if (q.unit === 'person' && !role) {
    // how many of the dead have (not) been identified: a count of its own, before any part of the dead
    // (the count's own words after its number and any bound before it: "around 100 bodies" -> "bodies")
    const named = identifiedAttr((q.text ?? '').replace(/^[^\d]*\d[\d.,]*\s*/, ''), after, before, sentenceBefore ?? before, sentenceAfter ?? after);
    if (named) return named;
    // a part of a whole the sentence counts is not the whole: "Among the dead were 19 foreigners"
    const part = partOf(q, after, before, sentenceBefore);
    if (part !== undefined) return part ?? undefined;
    // a group by origin is a share of the harmed even where no whole stands beside it ("Twenty-six foreign
    // nationals were killed", "Two Americans died"): its figure is no reading of the toll
    const share = groupShare(q, after, before, sentenceBefore, sentenceAfter);
    if (share) return share;
  }
  // a role's head count listed beside another group's, that a harm word touches ("killing 61 civilians and six
  // police officers"): a share of the harmed, not the role's strength
  if (q.unit === 'person' && role && inGroupList(sentenceBefore ?? before, sentenceAfter ?? after)) {
    const share = groupShare(q, after, before, sentenceBefore, sentenceAfter);
    // (no harm word heads the list nor follows it: the role's strength, whatever another clause says befell
    // others: "500 police officers and 200 soldiers were deployed after gunmen killed 12 people")
    return share ?? role.attribute;
  }
  // "a port city of 15 million people", "a city with 15 million residents", "home to 15 million residents", "a population
  // of 15 million": how many live there (people, residents or inhabitants; "home to 300 firefighters" is no population).
  // A figure with no noun is one only after "population of", where the quantity stage keeps it as a head count ("15
  // million", "15,000"); it keeps nothing for a bare "a city of 15 million,", which stays unread.
  if (q.unit === 'person' && populationBefore().test(before.slice(-60))) {
    const noun = (q.text ?? '').trim().split(/\s+/).pop() ?? '';
    if (/^(?:people|persons|residents|inhabitants)$/i.test(noun) || (/^(?:[\d.,]+|million|billion)$/i.test(noun) && boundPattern('\\bpopulations?\\s+(?:of|is|was|stands at)\\s*{BOUND}?\\s*$', 'i').test(before.slice(-60)))) return 'population';
  }
  if (q.unit === 'person' || role) {
    // the quantity's own words first: "nine dead … as rescue teams join the search" is a death toll
    const own = (q.text ?? '').replace(/^[\d.,\s]+/, '');
    if ((/\bbodies\b/i.test(own) || /\bbodies of\s*$/i.test(before)) && RECOVERED.test(`${before.slice(-60)} ${after}`)) return 'bodies recovered';
    for (const [re, name] of PERSON_ATTRS) if (re.test(own)) return name;
    // "the release of the other 17 suspects detained on Sunday", "the evacuation of 500 people trapped by the water":
    // the noun the count depends on says what befell them; a participle after the counted noun only says who they are
    // (not when a verb that stops, delays or asks for the act governs its noun: "Floods halted the evacuation of 500
    // people trapped by the water" counts the trapped, "delayed the release of the other 17 hostages" no one released)
    const ofHead = OF_HEAD.exec(before)?.[0];
    const unrealised = ofHead !== undefined && unrealisedHead(before.slice(0, before.length - ofHead.length));
    if (ofHead && !unrealised) for (const [re, name] of PERSON_ATTRS) if (re.test(ofHead)) return name;
    // "France has flown out 1,079 people", "four flights had carried 992 people out of Niger": moved away, evacuated
    if (movedOut(before, after)) return 'evacuated';
    // "three of its 17 Japanese staff were still unaccounted for": a count after "<count> of its" is the whole a part
    // is taken from; what the predicate says is the part's, and the whole keeps its role or group, or what its own
    // participle or relative clause says of it ("two of the 17 people killed in the blast were children")
    if (WHOLE_BEFORE.test(sentenceBefore ?? before)) {
      const whole = wholeOwnWords(after);
      if (whole) for (const [re, name] of PERSON_ATTRS) if (re.test(whole)) return name;
      if (role) return role.attribute;
      const g = countedGroup(q.text, sentenceBefore ?? before);
      return g && !GENERIC_NOUN.test(g) && !storyLexicon().roles.has(g.toLowerCase()) ? g : undefined;
    }
    // a verb right after the figure that takes an object of its own is the main clause's, not said of the figure
    // ("the fire that killed 301 workers detained 25 people"): the words before it tell what it counts
    // (only in a relative clause: the figure then ends it, and the verb after it is the main clause's)
    if (!(activeAfter().test(after) && RELATIVE_BEFORE.test(before))) for (const [re, name] of PERSON_ATTRS) if (re.test(after)) return name;
    // (an unrealised act's noun said nothing above, nor here)
    const near = unrealised ? before.slice(0, before.length - ofHead!.length) : before;
    for (const [re, name] of PERSON_ATTRS) if (re.test(near.slice(-60))) return name;
    // "The death toll from the attack on the mall in Nairobi rose to 68": the head of a long subject before a
    // verb of change names the count (the word that comes first in the clause)
    if (RISE_BEFORE.test(before)) { const head = firstAttr(clauseBefore); if (head) return head; }
    // "Twelve boys and their football coach are missing", "Eight boys and the coach remain trapped": the
    // predicate after a coordinated noun phrase with no count of its own
    const pred = coordinatedPredicate(sentenceAfter ?? after);
    if (pred) { const name = predicateAttr(pred); if (name) return name; }
    // "suspended its search on Tuesday for six workers": those searched for are missing
    if (/\bsearch(?:es|ed|ing)?\b.{0,40}\bfor\s*$/i.test(before)) return 'missing';
    // "22 crew members", "a crew of eight": a head count by role
    if (role) return role.attribute;
    // "some 100,000 people had gathered", "a crowd of 100,000": the size of a crowd
    if (CROWD.test(after) || CROWD.test(before.slice(-40)) || /\bcrowds? of\s*$/i.test(before)) return 'crowd';
    // "98 women", "72 Germans": the group as written (a role's noun is the role's to count); "64 people": a
    // head count whose meaning the words around do not give
    const group = countedGroup(q.text, sentenceBefore ?? before);
    return group && !storyLexicon().roles.has(group.toLowerCase()) ? group : undefined;
  }
  if (dim === 'money') {
    const lex = storyLexicon();
    const m = lex.moneyPattern.exec(after) ?? lex.moneyPattern.exec(before.slice(-60));
    const what = m ? lex.moneyWords.get(m[1].toLowerCase().replace(/\s+/g, ' ')) ?? 'amount' : 'amount';
    // "Dives on the Titan cost $250,000 a person": what a cost asks of each one who pays is a price
    return what === 'cost' && perPersonAfter(after) ? 'price' : what;
  }
  if (/\brain\w*/i.test(`${before.slice(-60)} ${after}`) && /^(mm|cm|in)$/.test(q.unit)) return 'rainfall';
  if (dim === 'distance') {
    // "ordered everyone living within 3km of the blast site to evacuate", "a 5km evacuation radius": how far out people
    // were cleared, the radius of a zone, not a distance between two places
    if (evacuationRadius(q.text, after, before, sentenceBefore ?? before, sentenceAfter ?? after)) return 'evacuation radius';
    // "984 feet long", "a 300-metre-high tower": a size, not a distance travelled
    const near = `${sizeBefore().exec(before)?.[1] ?? ''} ${/[a-z]-[a-z]+$/i.test(q.text ?? '') ? (q.text ?? '') : ''} ${SIZE_AFTER.exec(after)?.[1] ?? ''}`;
    for (const [re, name] of SIZE_WORDS) if (re.test(near)) return name;
    // "in 25 feet of water", "about 12,500 feet below the surface", "3,800 metres down": a depth
    if (/^\s*of (?:the )?(?:water|sea|river)\b/i.test(after) || DEPTH_AFTER.test(after)) return 'depth';
    // "cruising at 38,000 feet", "descended from 38,000 feet", "an altitude of 6,000 feet": how high it flew
    if (altitudeBefore().test(before) || /^\s*(?:above (?:sea level|the ground)|in altitude)\b/i.test(after)) return 'altitude';
  }
  // "700 tonnes of sodium cyanide", "12 million cubic metres of tailings": a measure of a substance is the substance's
  if (dim === 'mass' || dim === 'volume') { const what = substanceOf(after); if (what) return what; }
  if (dim === q.unit) return countedAttribute(qualifiedNoun(q.text, q.unit) ?? q.unit); // a counted noun: "dams", "cars"
  return dim;
}

let marketMove: { re: RegExp; way: Map<string, string> } | undefined;
/**
 * The fact a percentage right after a market's verb of move tells: "Shares in Vale, the world's largest iron ore
 * producer, plunged 24%", "Vale's shares lost 24 percent of their value", "American depositary receipts fell about 8
 * percent" -> "shares fall", "receipts fall" (data/lexicon/story-market-nouns.txt, story-market-moves.tsv). The noun
 * heads the clause's subject, before any "in/of <Name>" and an appositive between commas; the verb comes right before
 * the figure, after "by" or a hedge at most. Undefined for anything else: a level ("had fallen below 30 percent"), a
 * share of a whole ("accounts for about 10%"), a move of no market noun ("Turnout fell 5%").
 */
export function percentChange(sentenceBefore: string): string | undefined {
  if (!marketMove) {
    const way = new Map(readDataRows(join(projectRoot, 'data', 'lexicon', 'story-market-moves.tsv')).filter((r) => r[0] && r[1]).map((r) => [r[0]!.toLowerCase(), r[1]!]));
    const nouns = readListFile('story-market-nouns.txt').map((w) => w.toLowerCase());
    const re = new RegExp(`\\b(${alternation(nouns, phrasePattern)})(?:\\s+(?:in|of)\\s+\\p{Lu}[\\p{L}'’.&-]*(?:\\s+\\p{Lu}[\\p{L}'’.&-]*)*)?(?:\\s*,[^,]{1,80},)?\\s+(?:(?:have|has|had)\\s+)?(${alternation([...way.keys()], phrasePattern)})\\s+(?:by\\s+)?(?:(?:about|some|nearly|almost|around|roughly|more than|over|as much as|up to)\\s+)?$`, 'iu');
    marketMove = { re, way };
  }
  const m = marketMove.re.exec(sentenceBefore);
  if (!m) return undefined;
  return `${m[1]!.toLowerCase().replace(/\s+/g, ' ')} ${marketMove.way.get(m[2]!.toLowerCase())}`;
}

/** Plurals written otherwise than with -s, by their singular ("child" -> "children"). */
let pluralOf: Map<string, string> | undefined;
/**
 * The attribute of a count of things: its noun in the plural, as the spec's "cars" and as readers name it ("14
 * countries", "150 vessels", "two black boxes"), whatever the number, so that every report's reading of one count keeps
 * one attribute. Only the last word turns ("fire engine" -> "fire engines"), and only a lower-case word whose plural the
 * quantity stage reads back as it ("country" -> "countries" -> "country"); any other stays as it is ("TNT", "series").
 */
export function countedAttribute(noun: string): string {
  const m = /^(.*?)([a-z]+)$/.exec(noun);
  if (!m) return noun;
  const w = m[2]!;
  pluralOf ??= new Map(Object.entries(IRREGULAR_PLURALS).map(([pl, sg]) => [sg, pl]));
  const pl = pluralOf.get(w) ?? (/[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : /(?:s|x|z|ch|sh)$/.test(w) ? `${w}es` : `${w}s`);
  return singular(pl) === w ? `${m[1]}${pl}` : noun;
}

let unrealisedRe: RegExp | undefined;
/**
 * Whether the words before an act's noun and "of" end in a verb that stops, delays, blocks, awaits or asks for the act
 * (data/lexicon/story-unrealised-act-verbs.txt), up to three words before the noun and no "and", "but" or "then" among
 * them: "Floods halted the", "Hamas delayed the", "demanded the immediate". Not "Soldiers halted traffic and began the".
 */
export function unrealisedHead(beforeHead: string): boolean {
  unrealisedRe ??= new RegExp(`\\b(?:${alternation(readListFile('story-unrealised-act-verbs.txt').map((w) => w.toLowerCase()), phrasePattern)})\\s+(?:(?!(?:and|but|then|or)\\b)[\\p{L}'’-]+\\s+){0,3}$`, 'iu');
  return unrealisedRe.test(beforeHead);
}

let movingOut: { out: RegExp; outOf: RegExp } | undefined;
/**
 * Whether a head count counts people carried away by transport (data/lexicon/story-moving-out-verbs.txt): "flown out"
 * right before it, or a moving verb before it and "out of" a named place right after it ("carried 992 people out of Niger").
 */
export function movedOut(before: string, after: string): boolean {
  if (!movingOut) {
    const rows = readDataRows(join(projectRoot, 'data', 'lexicon', 'story-moving-out-verbs.txt')).filter((r) => r[0]);
    const all = alternation(rows.map((r) => r[0]!.toLowerCase()), phrasePattern);
    const out = alternation(rows.filter((r) => r[1] !== 'of-only').map((r) => r[0]!.toLowerCase()), phrasePattern);
    const bound = `(?:(?:${LOOSE_SRC})\\s+)?`;
    movingOut = { out: new RegExp(`\\b(?:${out})\\s+out\\s+${bound}$`, 'i'), outOf: new RegExp(`\\b(?:${all})\\s+${bound}$`, 'i') };
  }
  return movingOut.out.test(before) || (movingOut.outOf.test(before) && /^\s*out\s+of\s+(?:the\s+)?\p{Lu}/u.test(after));
}

/** Where a coordinated clause starts: a semicolon or dash, or a comma and a conjunction (", and", ", but", ", while"). */
const ZONE_CLAUSE_BREAK = /[;\u2014]|,\s*(?:and|but|while|whereas|although|though)\b/gi;
/**
 * Whether a distance is the radius of a zone people were cleared from or kept out of: after "within" ("everyone living
 * within 3km … to evacuate") or beside "radius" ("a 5km radius", "a radius of 5km"), with a cue of clearing in the words
 * either side (data/lexicon/story-evacuation-zone-cues.txt: 80 characters either side, in the figure's own clause); "within" may open the figure's own words (its bound). "within 3km of
 * the border" alone is no zone.
 */
export function evacuationRadius(qText: string | undefined, after: string, before: string, sentenceBefore: string, sentenceAfter: string): boolean {
  const zone = /\bwithin\s*$/i.test(before) || /^within\b/i.test(qText ?? '') || /\bradius\s+of\s*$/i.test(before) || /^\s*radius\b/i.test(after) || /-radius$/i.test(qText ?? '');
  if (!zone) return false;
  // (the cue's window is the list's: 80 characters either side, within the figure's own clause: "Police evacuated the
  // mall after the shooting, and the suspect was arrested within 3km of the mall" clears no zone of 3km)
  const left = sentenceBefore.slice(-80);
  const right = sentenceAfter.slice(0, 80);
  const fromLeft = Math.max(0, ...[...left.matchAll(ZONE_CLAUSE_BREAK)].map((m) => m.index! + m[0].length));
  const toRight = right.search(ZONE_CLAUSE_BREAK);
  const near = `${left.slice(fromLeft)} ${qText ?? ''} ${toRight < 0 ? right : right.slice(0, toRight)}`;
  return listPatterns('story-evacuation-zone-cues.txt').some((re) => re.test(near));
}

let perPerson: RegExp | undefined;
/** A sum followed by "a person", "a head", "per passenger" (data/lexicon/story-price-per-person.txt): asked of each one who pays. */
export function perPersonAfter(after: string): boolean {
  perPerson ??= new RegExp(`^\\s*(?:a|per)\\s+(?:${alternation(readListFile('story-price-per-person.txt'), phrasePattern)})(?![\\p{L}])`, 'iu');
  return perPerson.test(after);
}

/** Prepositions, shared by the readers of a noun phrase's end (an occurrence's, a substance's name). */
export const PREPOSITIONS = ['at', 'in', 'on', 'from', 'to', 'for', 'by', 'with', 'near', 'into', 'inside', 'across', 'over', 'under', 'between',
  'among', 'against', 'during', 'after', 'before', 'since', 'until', 'through', 'throughout', 'about', 'around', 'along', 'amid', 'behind',
  'beyond', 'outside', 'off', 'of', 'per', 'as', 'than', 'like', 'without', 'within', 'toward', 'towards', 'upon', 'onto', 'following'];
const FUNCTION_WORDS = ['a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'which', 'who', 'and', 'or', 'but',
  'is', 'was', 'were', 'are', 'be', 'been', 'had', 'has', 'have', 'each', 'every', 'more', 'later', 'earlier', 'ago'];
/**
 * Words after a length of time that name no occurrence of its own: function words, and nouns whose length other
 * readings take or that are no occurrence (an ultimatum or deadline: see deadlines; a period, an age). Supplies ("96
 * hours of oxygen") are SUPPLY_AFTER's; nouns of no occurrence of the story ("a 100-year flood") are the lexicon's.
 */
const NO_OCCURRENCE = new RegExp(`^(?:${[...PREPOSITIONS, ...FUNCTION_WORDS, 'ultimatum', 'deadline', 'period', 'time', 'times', 'window', 'span', 'stretch', 'term', 'notice', 'supply', 'supplies', 'age', 'old', 'worth', 'reserves?'].join('|')})$`, 'i');
/** Past tenses with no -ed (news tells in the past): "The four-day search began", "the siege left 37 dead". */
const IRREGULAR_PAST = /^(?:began|begun|left|took|saw|came|went|brought|kept|held|made|drew|ran|led|put|set|cost|hit|became|got|gave|won|lost|meant|found|told|said|showed|shown|broke|ended|ends|began|begins|starts|lasted|lasts)$/i;

/**
 * The occurrence a length of time names as written, when it does: a hyphenated length before a noun ("the four-day
 * siege", "the 17-day rescue operation": the noun, and a second word only after a known modifier, see the lexicon's
 * durationModifiers), or a length before "of" and an occurrence ("three days of national mourning", "ten hours of
 * talks"). Undefined for other lengths ("for 10 hours", "17 days underground"), a determiner or preposition where the
 * noun should be ("four days of the siege"), a supply (SUPPLY_AFTER), a noun that is no occurrence or has readings of
 * its own (an ultimatum, a period, an age; "a 100-year flood", "a 20-year high", "6,000 hours of flight experience", "a
 * two-hour drive from Marseille"), and, where the words before are given, a hyphenated length that does not stand for
 * the story's event with a definite determiner ("a 24-hour strike": one of many; "the four-day siege": the story's).
 */
export function eventDuration(timeText: string, after: string, before?: string): string | undefined {
  const hyphen = /-(?:second|minute|hour|day|week|month|year)s?(?:-long)?$/i.test(timeText);
  if (hyphen && before !== undefined && !/(?:\b(?:the|this|that|its|their|his|her|our)|['\u2019]s)\s*$/i.test(before)) return undefined;
  if (SUPPLY_AFTER.test(after)) return undefined;
  const m = hyphen ? /^\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?/.exec(after) : /^\s+of\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?/.exec(after);
  if (!m) return undefined;
  const lex = storyLexicon();
  const first = m[1]!; const second = m[2];
  const none = (w: string) => NO_OCCURRENCE.test(w) || lex.durationNotOccurrences.has(w.toLowerCase());
  if (none(first)) return undefined;
  // a second word is the head only after a modifier ("hostage siege", "national mourning"); never a preposition, a
  // verb or an adverb ("siege left", "strike over pay", "strike between unions", "search began")
  const head2 = second && lex.durationModifiers.has(first.toLowerCase()) && !NO_OCCURRENCE.test(second) && !IRREGULAR_PAST.test(second) && !/(?:ed|ly)$/.test(second) ? second : undefined;
  if (head2 && lex.durationNotOccurrences.has(head2.toLowerCase())) return undefined;
  return head2 ? `${first} ${head2}` : first;
}

/**
 * Words right before a count of the people who live in a place: "a (port) city of", "a city with", "a town of", "home to", "a
 * population of" (with a bound: "some", "more than").
 */
const populationBefore = (): RegExp => boundPattern('\\b(?:(?:city|town|village|port|metropolis|megacity|capital|municipality|province|region|country|nation|island)\\s+(?:of|with)|home\\s+to|population\\s+(?:of|is|was|stands at)|populations?\\s+of)\\s*{BOUND}?\\s*$', 'i');

/** Words that end a substance's name after 'of': a preposition (shared list), a verb, a relative or a conjunction. */
const SUBSTANCE_END = new RegExp(`^(?:${[...PREPOSITIONS, 'were', 'was', 'is', 'are', 'had', 'has', 'have', 'be', 'been', 'which', 'that', 'who', 'and', 'or', 'but', 'a', 'an', 'the', 'its', 'their', 'this', 'these', 'those', 'some', 'such', 'each', 'every', 'equivalent'].join('|')})$`, 'i');

/**
 * The substance a measure of mass or volume is of, as written right after it ("of sodium cyanide", "of TNT
 * equivalent" → "TNT", "of water", "of heating oil", "of animal feed", "of red mud"): the words up to a preposition, a
 * verb (the lexicon's substanceEndParticiples: "stored", "leaked") or a conjunction, with the leading words that say
 * how it is rather than what it is taken off ("highly toxic sodium cyanide" → "sodium cyanide": substanceModifiers); at
 * most three words, else undefined (never a name cut short). An acronym keeps its case, other words are lower-cased.
 * Undefined when no 'of' follows, or 'of' opens a determiner or a number ("of the 700 tonnes", "of 2,000 tonnes").
 */
export function substanceOf(after: string): string | undefined {
  const m = /^\s*(?:-\s*)?of\s+([A-Za-z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*){0,6})/.exec(after);
  if (!m) return undefined;
  const lex = storyLexicon();
  const words: string[] = [];
  let ended = false;
  for (const w of m[1]!.split(/\s+/)) {
    // (a finite verb in -ed after the name ends it too, "red mud flooded villages"; not a short word, "red", nor a
    // first word, "liquefied natural gas", "compressed air")
    if (SUBSTANCE_END.test(w) || lex.substanceEndParticiples.has(w.toLowerCase()) || (words.length > 0 && /^[a-z]{3,}ed$/.test(w))) { ended = true; break; }
    words.push(/^[A-Z]{2,}$/.test(w) ? w : w.toLowerCase());
  }
  // (leading modifiers off, the head kept: "toxic red mud" → "red mud")
  while (words.length > 1 && (lex.substanceModifiers.has(words[0]!) || /^[a-z]+ly$/.test(words[0]!))) words.shift();
  if (!words.length) return undefined;
  // (a name the words did not end within the window, or longer than three words, is no name read whole)
  if (words.length > 3 || (!ended && m[1]!.split(/\s+/).length > 6)) return undefined;
  return words.join(' ');
}

/** Words before a counted noun that restrict nothing: "30 other boats", "three more ships", "two new dams". */
const NON_RESTRICTIVE = /^(?:other|more|further|additional|extra|new|separate|different|several|many|few|such|similar|same|total|whole|entire|remaining|some|all|both|each|of|the|a|an|and|or|than|least|most|about|around|nearly|almost|roughly|over|under|up|to|only|just|another)$/i;

/**
 * A counted noun with a word that narrows it, as written: "two passenger trains" counts passenger trains,
 * "twelve fishing boats" fishing boats: a part of the trains or boats a story counts, never a reading of
 * their number ("three trains" collided: two passenger trains and a goods train). Undefined when nothing
 * narrows the noun ("three trains", "30 other boats") or the words are not one lower-case modifier.
 */
export function qualifiedNoun(text: string | undefined, unit: string): string | undefined {
  const words = (text ?? '').trim().split(/\s+/);
  if (words.length < 3) return undefined;
  const mod = words[words.length - 2]!;
  // one lower-case word, no number or number word, no hyphenated measure ("a 300-metre bridge")
  if (!/^[a-z]{3,}$/.test(mod) || NON_RESTRICTIVE.test(mod) || new RegExp(`^${NUMBER_WORD}$`, 'i').test(mod) || /^(?:million|thousand|hundred|dozens?)$/.test(mod)) return undefined;
  return `${mod} ${unit}`;
}

/**
 * The key of a length of time among a fact's values: its exact length in seconds, so that "a one-week
 * ultimatum", "seven days" and "168 hours" are one value (a month, of no fixed length, stays its own).
 */
export function durationKey(value: number, unit: string, bound?: string): string {
  return `${Number(toSi(value, unit).toPrecision(9))}|s|${bound ?? ''}`;
}

function chainKey(c: AttributionLink[]): string { return c.map((l) => normName(l.source)).join('>'); }

let actorTypes: Set<string> | undefined;
/** Whether a report's source (the body that told an agentless event) can be the actor of an event of this type (data/lexicon/story-source-actor-types.txt). */
export function sourceActs(type: string): boolean {
  actorTypes ??= new Set(readListFile('story-source-actor-types.txt'));
  return actorTypes.has(type);
}

let judgingTypes: Set<string> | undefined;
/** Whether events of this type judge another event (data/lexicon/story-judging-types.txt: condemn, praise, accuse). */
export function judgingType(type: string): boolean {
  judgingTypes ??= new Set(readListFile('story-judging-types.txt'));
  return judgingTypes.has(type);
}

const triggerOrder = new WeakMap<object, NewsEvent[]>();
/**
 * The entities of a report that judge (condemn, praise, accuse) an event right before it in its own sentence:
 * "Buhari condemned what he called a cowardly attack on innocent children" — Buhari judges the attack and is no
 * doer of it, whatever agent the events stage gave the attack. Only the event whose trigger comes next after the
 * judging one's (no other event's trigger between them) is judged: in "condemned the attack and ordered the police
 * to …" the order is Buhari's own. Returns the entity ids to drop from the event's agent role (empty when no
 * judging event comes right before it, and for a judging event itself).
 */
export function judgedBy(a: Pick<Analysis, 'events' | 'sentences'>, ev: Pick<NewsEvent, 'type' | 'trigger'>): Set<string> {
  const out = new Set<string>();
  if (judgingType(ev.type) || !a.events?.length) return out;
  let sorted = triggerOrder.get(a);
  if (!sorted) { sorted = [...a.events].sort((x, y) => x.trigger.start - y.trigger.start); triggerOrder.set(a, sorted); }
  // the last trigger starting before this one (binary search), and every event sharing that trigger
  const lo = lowerBound(sorted.length, (m) => sorted[m]!.trigger.start < ev.trigger.start);
  if (lo === 0) return out;
  const prevStart = sorted[lo - 1]!.trigger.start;
  const sent = (a.sentences ?? []).find((x) => ev.trigger.start >= x.start && ev.trigger.start < x.end);
  if (!sent || prevStart < sent.start) return out;
  for (let i = lo - 1; i >= 0 && sorted[i]!.trigger.start === prevStart; i--) {
    const j = sorted[i]!;
    if (judgingType(j.type)) for (const v of j.args?.agent ?? []) if (typeof v === 'string') out.add(v);
  }
  return out;
}

export function buildStory(id: string, docs: StoryDoc[]): Story {
  const sorted = [...docs].sort((x, y) => (docDate(x.a) ?? '9999').localeCompare(docDate(y.a) ?? '9999') || x.row.id.localeCompare(y.row.id));
  const { groups, of } = mergeEntities(sorted);
  // the country group each public body's name or KB entry says it acts for (see nationTie)
  const countryByIso = new Map<string, Group>();
  for (const g of groups) if (g.isCountry && g.country && g.type === 'GPE' && !countryByIso.has(g.country)) countryByIso.set(g.country, g);
  const nationOfGroup = new Map<Group, Group | undefined>();
  const nationOf = (g: Group): Group | undefined => {
    if (g.type !== 'ORG') return undefined;
    if (!nationOfGroup.has(g)) {
      const kb = currentKb();
      // a body the entity stage linked is the state its KB entry acts for ("Defence Ministry" linked to the
      // Russian ministry is Russia's, whatever other states' ministries share the alias): its entry by QID, else
      // the KB name it was linked to; only an unlinked body's own names are read
      const entry = g.qid ? kb?.get(g.qid) : undefined;
      const read = entry?.type === 'ORG' ? [entryNation(entry, g.kind)] : g.kbName ? [orgNation(g.kbName, kb, g.kind)] : [...g.names.keys()].map((n) => orgNation(n, kb, g.kind));
      const isos = new Set(read.filter((x): x is string => Boolean(x)));
      nationOfGroup.set(g, isos.size === 1 ? countryByIso.get([...isos][0]!) : undefined);
    }
    return nationOfGroup.get(g);
  };
  const rootOf = (d: StoryDoc) => d.row.copyOf ?? d.row.id;
  const outletOf = new Map(sorted.map((d) => [d.row.id, d.row.outlet ?? d.a.document.outlet]));
  const rootKey = (d: StoryDoc) => {
    const root = rootOf(d);
    const o = outletOf.get(root) ?? (root === d.row.id ? d.row.outlet : undefined);
    return o ? `outlet:${normName(o)}` : `doc:${root}`;
  };

  // ---- events
  const items: EvItem[] = [];
  for (const d of sorted) {
    for (const ev of d.a.events ?? []) {
      const parts = new Set<Group>(); const agents = new Set<Group>(); const places: Group[] = []; const placeRoles = new Map<string, Group[]>(); const tools = new Set<Group>();
      const undergoers = new Set<Group>();
      let time: Interval | undefined; let date: string | undefined;
      const judges = ev.args?.agent?.length ? judgedBy(d.a, ev) : undefined;
      const patients = new Set<Group>();
      for (const [role, vals] of Object.entries(ev.args ?? {})) {
        for (const v of vals) {
          if (role === 'patient' && typeof v === 'string') { const g = of.get(`${d.row.id}#${v}`); if (g?.type === 'PERSON') patients.add(g); }
          if (role === 'time') {
            const t0 = typeof v === 'number' ? d.a.times?.[v] : undefined;
            const t = t0 && !frameTime(d.a, ev, t0) && !genitiveOfOther(d.a.document.text, ev.trigger, t0) ? t0 : undefined;
            const mod = t ? eventMod(d.a.document.text, t) : undefined;
            if (t && !time) { const iv = timeInterval(timeValue(d.a, t), mod); if (iv) { time = iv; if (/^\d{4}-\d{2}-\d{2}/.test(t.value) && !mod) date = t.value.slice(0, 10); } }
            continue;
          }
          // the body a report places an agentless event with ("…, the sheriff's office said", "…, the junta said") takes
          // part as the story's reports see it when it can be the actor itself (the junta suspending the constitution,
          // the coast guard searching, the airline offering compensation: the types of sourceActs), so two reports'
          // events that name it meet; of deaths, a fire, an attack it only reported, it is no participant ("Floods
          // killed 40 people in Derna, the health ministry said"). It is never an agent (who did it), so aid from two
          // donors that one ministry reports still clashes. (Grouping skips it: a ministry that reports unrelated
          // deaths must not pull two stories together.)
          if (role === 'source' && !sourceActs(ev.type)) continue;
          if (role === 'agent' && typeof v === 'string' && judges?.has(v)) continue;
          const g = typeof v === 'string' ? of.get(`${d.row.id}#${v}`) : undefined;
          if (!g) continue;
          // a person or organisation in a place role ("teams from the Red Cross") takes part; it is no place
          if (PLACE_ROLES.has(role) && isPlaceType(g.type)) {
            if (!places.includes(g)) places.push(g);
            if (!placeRoles.has(role)) placeRoles.set(role, []);
            placeRoles.get(role)!.push(g);
          } else if (toolOnly(role, g.type)) tools.add(g);
          else { parts.add(g); if (UNDERGOER_ROLES.has(role)) undergoers.add(g); }
          if (role === 'agent') agents.add(g);
        }
      }
      const generic = genericMention(d.a.document.text, ev.trigger);
      const neg = negatedHere(d.a.document.text, ev);
      const back = ev.trigger ? backReference(d.a.document.text, ev.trigger) : false;
      const nations = new Set([...parts].map(nationOf).filter((g): g is Group => Boolean(g) && !parts.has(g!)));
      items.push({ doc: d, ev, parts, ...(tools.size ? { tools } : {}), agents, ...(patients.size === 1 ? { patient: [...patients][0] } : {}), ...(undergoers.size ? { undergoers } : {}), places, ...(time ? { time } : {}), ...(date ? { date } : {}), idx: items.length, placeRoles, ...(generic ? { generic } : {}), ...(neg ? { neg } : {}), ...(back ? { back } : {}), ...(nations.size ? { nations } : {}) });
    }
  }
  // each report's mentions of a type: whether they tell one event (see sameReportBack)
  const perDocType = new Map<string, EvItem[]>();
  for (const it of items) { const k = `${it.doc.row.id}\u0000${it.ev.type}`; if (!perDocType.has(k)) perDocType.set(k, []); perDocType.get(k)!.push(it); }
  for (const list of perDocType.values()) if (oneToldHere(list)) for (const it of list) it.oneTold = true;
  // A type a story holds one of (the deaths, the collapse) was already reported as past on the day of its
  // first such report: a date a mention carries from two days after that on belongs to something else
  // its sentence tells ("met the families of the six workers who died" on Friday, "found the body of the
  // last worker killed" on Tuesday), and neither keeps nor vetoes a merge. (Types a story holds many of,
  // a second summit, keep their later dates.)
  const firstPast = new Map<string, number>();
  for (const it of items) {
    const dd = docDate(it.doc.a);
    if (it.ev.status !== 'PAST' || !dd || MANY_PER_STORY.test(it.ev.type) || REPEATED.test(it.ev.type)) continue;
    const t = Date.parse(dd);
    if (!firstPast.has(it.ev.type) || t < firstPast.get(it.ev.type)!) firstPast.set(it.ev.type, t);
  }
  for (const it of items) {
    const fp = firstPast.get(it.ev.type);
    if (it.time && fp !== undefined && it.time.lo >= fp + 2 * DAY_MS) it.late = true;
  }
  const uf = new UnionFind(items.length);
  // Only events of one type can corefer. A small bucket is compared pair by pair; a large one (a long
  // story's hundreds of STATEMENTs) only where two events share a participant or place, each against
  // the 50 before it in date order, so a story of thousands of reports stays near-linear.
  const byType = new Map<string, EvItem[]>();
  for (const it of items) { if (!byType.has(it.ev.type)) byType.set(it.ev.type, []); byType.get(it.ev.type)!.push(it); }
  // who did it and who took part, per merged set (kept at the union-find root), so that a chain of
  // participant-less mentions cannot tie two donors' aid into one event
  const setAgents = new Map<number, Set<Group>>(items.map((it) => [it.idx, new Set(it.agents)]));
  const setParts = new Map<number, Set<Group>>(items.map((it) => [it.idx, new Set(it.parts)]));
  const setPlaces = new Map<number, Set<Group>>(items.map((it) => [it.idx, new Set(it.places)]));
  const setTimes = new Map<number, DateSpan | undefined>(items.map((it) => [it.idx, it.time && !it.late ? spanOf([it.time]) : undefined]));
  // per merged set, its mentions dated to a day that name parties (see farApartOwnParties)
  const farSets = new Set<string>();
  const setDated = new Map<number, EvItem[]>(items.map((it) => [it.idx, it.time && !it.late && dayOrFiner(it.time) && it.parts.size ? [it] : []]));
  const tryPair = (x: EvItem, y: EvItem) => {
    const rx = uf.find(x.idx); const ry = uf.find(y.idx);
    if (rx === ry || !eventsCompatible(x, y)) return;
    // For types a story holds many of (summits, attacks), the dates of the two sets, not only of these
    // two mentions, must allow one occurrence. (Not for a type it holds one of, whose mentions are one
    // event whatever a stray date says; nor for efforts carried on over days. On ECB+, checking every
    // type this way cost 0.6 CoNLL F1 of merged events: noisy dates split true sets.)
    if (MANY_PER_STORY.test(x.ev.type) && !REPEATED.test(x.ev.type) && !spansAgree(setTimes.get(rx), setTimes.get(ry))) return;
    // nor may a mention that gives no date chain two events of a type the story holds one of that their reports date
    // to days far apart and tell with parties of their own (see farApartOwnParties): every such pair across the two
    // sets is checked (the dated, named mentions of a set are few; past SET_CHECK_CAP of them the check is skipped)
    // (a veto between two sets holds for as long as both keep their roots: a set only grows, and keeps the pair that
    // vetoed, so it is remembered by the pair of roots)
    if (!MANY_PER_STORY.test(x.ev.type) && !REPEATED.test(x.ev.type)) {
      const key = rx < ry ? `${rx},${ry}` : `${ry},${rx}`;
      if (farSets.has(key)) return;
      const dx = setDated.get(rx)!; const dy = setDated.get(ry)!;
      if (dx.length && dy.length && dx.length * dy.length <= SET_CHECK_CAP && dx.some((a) => dy.some((b) => a.doc !== b.doc && farApartOwnParties(a, b)))) { farSets.add(key); return; }
    }
    if (MANY_PER_STORY.test(x.ev.type) && !sameGathering(x, y)) {
      const px = setParts.get(rx)!; const py = setParts.get(ry)!;
      if (agentsClash(setAgents.get(rx)!, px, setAgents.get(ry)!, py)) return;
      // sets that each name participants must share one, however they were reached
      if (px.size && py.size && ![...px].some((g) => py.has(g))) return;
      // nor may a mention that names no place chain a meeting in Abuja to one in Paris: sets that each
      // name places must have two compatible ones, unless these two mentions share two participants
      const lx = setPlaces.get(rx)!; const ly = setPlaces.get(ry)!;
      const strong = [...x.parts].filter((g) => y.parts.has(g)).length >= 2;
      if (!strong && lx.size && ly.size && ![...lx].some((p) => [...ly].some((q) => placesCompatible(place(p), place(q), 150))) && !(GATHERING.test(x.ev.type) && expectedThenHeld(x, y))) return;
    }
    uf.union(rx, ry);
    const r = uf.find(rx); const o = r === rx ? ry : rx;
    for (const g of setAgents.get(o)!) setAgents.get(r)!.add(g);
    for (const g of setParts.get(o)!) setParts.get(r)!.add(g);
    for (const g of setPlaces.get(o)!) setPlaces.get(r)!.add(g);
    setTimes.set(r, joinSpans(setTimes.get(r), setTimes.get(o)));
    setDated.set(r, [...setDated.get(r)!, ...setDated.get(o)!]);
  };
  const pass = (bucket: EvItem[]) => {
    if (bucket.length <= 400) {
      for (let i = 0; i < bucket.length; i++) for (let j = i + 1; j < bucket.length; j++) tryPair(bucket[i], bucket[j]);
      return;
    }
    const index = new Map<Group, EvItem[]>();
    for (const it of bucket) for (const g of [...it.parts, ...it.places]) { if (!index.has(g)) index.set(g, []); index.get(g)!.push(it); }
    for (const list of index.values()) for (let i = 0; i < list.length; i++) for (let j = Math.max(0, i - 50); j < i; j++) tryPair(list[j], list[i]);
  };
  for (const bucket of byType.values()) pass(bucket);
  // Second pass for types a story holds one of: a report that tells one such event (after merging its
  // own mentions) ties it to the other reports' events of that type.
  for (const [type, bucket] of byType) {
    if (MANY_PER_STORY.test(type)) continue;
    const roots = new Map<string, Set<number>>();
    for (const it of bucket) { if (!roots.has(it.doc.row.id)) roots.set(it.doc.row.id, new Set()); roots.get(it.doc.row.id)!.add(uf.find(it.idx)); }
    for (const it of bucket) it.onlyOfType = roots.get(it.doc.row.id)!.size === 1;
    pass(bucket);
  }
  const clusters = new Map<number, EvItem[]>();
  for (const it of items) { const r = uf.find(it.idx); if (!clusters.has(r)) clusters.set(r, []); clusters.get(r)!.push(it); }

  const events: StoryEvent[] = [];
  const clusterOf = new Map<StoryEvent, EvItem[]>();
  const ordered = [...clusters.values()].map((c) => ({ c, date: c.map((x) => x.date).filter(Boolean).sort()[0] ?? docDate(c[0].doc.a) ?? '9999' }))
    .sort((x, y) => x.date.localeCompare(y.date) || x.c[0].idx - y.c[0].idx);
  for (const [n, { c, date }] of ordered.entries()) {
    // each mention's participants and instruments, built once for both tallies below
    const named = c.map((it) => ({ it, groups: [...it.parts, ...(it.tools ?? [])] }));
    const pc = new Map<Group, number>();
    for (const { groups } of named) for (const g of groups) pc.set(g, (pc.get(g) ?? 0) + 1);
    const plc = new Map<Group, number>();
    for (const it of c) for (const g of it.places) plc.set(g, (plc.get(g) ?? 0) + 1);
    const docsOf = [...new Set(c.map((x) => x.doc.row.id))];
    // each name once; a place the event happened in is listed among the places, not again as a participant.
    // An event told by three reports or more lists as participants those at least two of them name; a
    // name only one report attaches (often a parsing stray) goes to `otherParticipants`.
    const pdocs = new Map<Group, Set<string>>();
    for (const { it, groups } of named) for (const g of groups) { if (!pdocs.has(g)) pdocs.set(g, new Set()); pdocs.get(g)!.add(it.doc.row.id); }
    const ranked = [...pc.keys()].filter((g) => !plc.has(g)).sort((x, y) => pdocs.get(y)!.size - pdocs.get(x)!.size || pc.get(y)! - pc.get(x)!);
    // ... unless it is that report's one doer (the mention's only agent: "X ordered the inquiry"), no stray even when
    // only one report names it; a mention with two agents, one the other reports confirm, keeps the other apart (a
    // speaker parsed in beside the storm that flooded the city)
    // ... nor the one named person a mention says it was done to ("firefighters pulled Zhou Ti alive from the debris"):
    // whom one report names as rescued, freed or arrested is who the event happened to, not a stray
    const doers = new Set<Group>(c.flatMap((it) => [...(it.agents.size === 1 ? [...it.agents].filter((g) => it.parts.has(g)) : []), ...(it.patient && it.parts.has(it.patient) ? [it.patient] : [])]));
    const corePart = docsOf.length >= 3 && ranked.some((g) => pdocs.get(g)!.size >= 2) ? ranked.filter((g) => pdocs.get(g)!.size >= 2 || doers.has(g)) : ranked;
    const core = [...new Set(corePart.map(canonical))];
    const others = [...new Set(ranked.filter((g) => !corePart.includes(g)).map(canonical))].filter((n) => !core.includes(n));
    // the best supported certainty: the one most documents give, ties to the surer
    const cc = new Map<string, Set<string>>();
    for (const it of c) { if (!cc.has(it.ev.certainty)) cc.set(it.ev.certainty, new Set()); cc.get(it.ev.certainty)!.add(it.doc.row.id); }
    const certainty = [...cc.entries()].sort((x, y) => y[1].size - x[1].size || CERT_RANK[y[0]] - CERT_RANK[x[0]])[0][0] as Certainty;
    const latest = c.reduce((x, y) => ((docDate(y.doc.a) ?? '') >= (docDate(x.doc.a) ?? '') ? y : x));
    const e: StoryEvent = {
      id: `ev${n + 1}`, type: c[0].ev.type,
      participants: core,
      documents: docsOf, certainty, status: latest.ev.status,
      places: [...new Set([...plc.entries()].sort((x, y) => y[1] - x[1]).map(([g]) => canonical(g)))],
      // negated when its members are, in their own clause (negatedHere), not when the first report's claim is: "X, which
      // has suspended operations, has not responded" tells the suspension
      polarity: c.filter((x) => x.neg).length * 2 > c.length ? 'NEGATIVE' : 'POSITIVE',
      triggers: [...new Set(c.map((x) => x.ev.trigger?.text).filter(Boolean))],
      members: c.map((x) => `${x.doc.row.id}#${x.ev.id}`),
      independentSources: countOrigins(c.map((x) => ({ document: x.doc.row.id, origin: originOf(claimOf(x.doc.a, x.ev.trigger, (cl) => cl.events?.includes(x.ev.id))?.attribution ?? [], rootKey(x.doc)) }))),
    };
    if (others.length) e.otherParticipants = others;
    if (date !== '9999') e.date = date;
    if (c[0].ev.cameo) e.cameo = c[0].ev.cameo;
    const firstPlace = [...plc.keys()][0];
    if (firstPlace?.lat !== undefined && firstPlace.lon !== undefined) { e.lat = firstPlace.lat; e.lon = firstPlace.lon; }
    events.push(e);
    clusterOf.set(e, c);
  }

  // ---- facts
  const facts: Fact[] = [];
  const source = (d: StoryDoc, span: Offsets, fallback: Certainty, pick?: (c: Claim) => boolean, asOf?: string): FactSource => {
    const cl = claimOf(d.a, span, pick);
    const s: FactSource = { document: d.row.id, attribution: cl?.attribution ?? [], certainty: cl?.certainty ?? fallback };
    const outlet = d.row.outlet ?? d.a.document.outlet;
    if (outlet) s.outlet = outlet;
    const sent = sentenceOf(d.a, span);
    s.text = d.a.document.text.slice(sent.start, sent.end).slice(0, 300);
    if (asOf) s.asOf = asOf;
    s.origin = originOf(s.attribution, rootKey(d));
    return s;
  };
  const finish = (subject: string, attribute: string, kind: Fact['kind'], values: FactValue[], verdict: { consistent: boolean; why: string; verdict?: Fact['verdict'] }): Fact => {
    const srcs = values.flatMap((v) => v.sources);
    const dates = srcs.map((s) => s.asOf?.slice(0, 10)).filter((x): x is string => Boolean(x)).sort();
    return {
      subject, attribute, values, consistent: verdict.consistent,
      corroboration: { documents: new Set(srcs.map((s) => s.document)).size, independentSources: countOrigins(srcs) },
      why: verdict.why, ...(kind ? { kind } : {}),
      verdict: verdict.verdict ?? (!verdict.consistent ? 'contradiction' : srcs.length > 1 ? 'agree' : 'single'),
      ...(dates.length ? { period: { from: dates[0], to: dates[dates.length - 1] } } : {}),
    };
  };

  // time and place of each merged event
  for (const e of events) {
    const c = clusterOf.get(e)!;
    const tv = new Map<string, FactValue>();
    const pv = new Map<string, { v: FactValue; places: Place[]; docs: Set<string> }>();
    const scheduled = new Set<string>(); const revised = new Set<string>();
    // An event already reported on day D happened by D: a time after the first report's date belongs to
    // something else the report tells (a later development, the report's own day), not to this event.
    // (An effort carried on over days, a rescue or evacuation flights, goes on after its first report.)
    const firstReport = c.filter((x) => x.ev.status === 'PAST').map((x) => docDate(x.doc.a)).filter((x): x is string => Boolean(x)).sort()[0];
    const latest = firstReport && !REPEATED.test(e.type) ? Date.parse(firstReport) + 2 * DAY_MS : Infinity;
    const firstTold = c.filter((x) => x.ev.status !== 'FUTURE').map((x) => docDate(x.doc.a)).filter((x): x is string => Boolean(x)).sort()[0];
    // The event a report tells as news happened shortly before it was first reported: where some mention
    // dates it to the days before the first report, a time that ended weeks earlier ("the co-pilot, treated
    // in 2009, …", "the dam, built in 1976, …") belongs to the background its sentence tells.
    const floor = firstReport && !REPEATED.test(e.type) ? Date.parse(firstReport) - STALE_DAYS * DAY_MS : -Infinity;
    const readTime = (it: EvItem, v: number) => {
      const t0 = it.doc.a.times?.[v];
      const t = t0 && !frameTime(it.doc.a, it.ev, t0) && !modifierTrigger(it.doc.a.document.text, it.ev.trigger) && !stateReading(it.doc.a.document.text, it.ev.trigger) ? t0 : undefined;
      const value = t ? timeValue(it.doc.a, t) : '';
      const mod = t ? eventMod(it.doc.a.document.text, t) : undefined;
      return { t, value, mod, tiv: t ? timeInterval(value, mod) : undefined };
    };
    const recent = Number.isFinite(floor) && c.some((it) => (it.ev.args?.time ?? []).some((v) => {
      const { tiv } = typeof v === 'number' ? readTime(it, v) : { tiv: undefined };
      return tiv && tiv.hi > floor && tiv.lo < latest;
    }));
    for (const it of c) {
      const pick = (cl: Claim) => cl.events?.includes(it.ev.id) ?? false;
      for (const [role, vals] of Object.entries(it.ev.args ?? {})) {
        for (const v of vals) {
          if (role === 'time' && typeof v === 'number') {
            const { t, value, mod, tiv } = readTime(it, v);
            if (!t || !tiv || tiv.lo >= latest || (recent && tiv.hi <= floor)) continue;
            // a later report's own day, after an earlier report told the event as past or under way ("has been
            // missing since it lost contact"), is the telling's day ("… the coast guard confirmed on Thursday"),
            // not the event's
            const own = docDate(it.doc.a);
            if (!REPEATED.test(e.type) && firstTold && own && own > firstTold && tiv.lo >= Date.parse(own)) continue;
            const k = `${value}|${mod ?? ''}`;
            if (!tv.has(k)) tv.set(k, { value, ...(mod ? { mod } : {}), sources: [] });
            const fv = tv.get(k)!;
            if (!fv.sources.some((s) => s.document === it.doc.row.id)) fv.sources.push(source(it.doc, t, it.ev.certainty, pick, docDate(it.doc.a)));
            // a plan ("will meet on Thursday") and a time the words say was moved ("postponed to Saturday")
            if (it.ev.status === 'FUTURE' || aheadOf(value, mod, docDate(it.doc.a))) scheduled.add(`${k}|${it.doc.row.id}`);
            if (revisedTime(it.doc.a.document.text, sentenceOf(it.doc.a, t), t)) revised.add(`${k}|${it.doc.row.id}`);
          } else if (PLACE_ROLES.has(role) && typeof v === 'string') {
            const g = of.get(`${it.doc.row.id}#${v}`);
            if (!g) continue;
            const k = `${role}|${g.id}`;
            if (!pv.has(k)) pv.set(k, { v: { value: canonical(g), sources: [] }, places: [place(g)], docs: new Set() });
            pv.get(k)!.docs.add(it.doc.row.id);
            const fv = pv.get(k)!.v;
            if (!fv.sources.some((s) => s.document === it.doc.row.id)) fv.sources.push(source(it.doc, it.ev.trigger, it.ev.certainty, pick, docDate(it.doc.a)));
          }
        }
      }
    }
    if (tv.size) {
      const values = [...tv.values()];
      const readings: TimeReading[] = values.flatMap((v) => v.sources.map((s) => {
        const k = `${v.value}|${v.mod ?? ''}|${s.document}`;
        return { value: String(v.value), ...(v.mod ? { mod: v.mod } : {}), label: `"${v.value}${v.mod ? ` ${v.mod}` : ''}" (${s.outlet ?? s.document.slice(0, 8)})`, doc: s.document,
          ...(s.asOf ? { published: s.asOf } : {}), ...(scheduled.has(k) ? { scheduled: true } : {}), ...(revised.has(k) ? { revised: true } : {}) };
      }));
      let verdict: { consistent: boolean; why: string; verdict?: Fact['verdict'] } = judgeRevisedTimes(readings, DURATIVE.test(e.type) ? DAY_MS / 2 : 0);
      if (!verdict.consistent && REPEATED.test(e.type)) {
        const days = values.map((v) => String(v.value)).sort();
        verdict = { consistent: true, why: `an effort carried on over days: the reports date it from ${days[0].split('/')[0]} to ${days[days.length - 1].split('/').pop()}` };
      }
      facts.push(finish(e.id, 'time', 'time', values, verdict));
    }
    for (const role of PLACE_ROLES) {
      const vals = [...pv.entries()].filter(([k]) => k.startsWith(`${role}|`)).map(([, x]) => x);
      if (!vals.length) continue;
      const byDoc = new Map<string, Place[]>();
      for (const x of vals) for (const d of x.docs) { if (!byDoc.has(d)) byDoc.set(d, []); byDoc.get(d)!.push(...x.places); }
      facts.push(finish(e.id, role, 'place', vals.map((x) => x.v), judgePlaces([...byDoc.values()])));
    }
  }

  // quantities: subject from the nearest place (counts of people) or entity in the sentence
  const topPlace = groups.filter((g) => isPlaceType(g.type)).sort((x, y) => y.docs.size - x.docs.size)[0];
  // the place a report mentions most (its own focus), before the story's
  const docTopPlace = (d: StoryDoc): Group | undefined => {
    let best: Group | undefined; let n = 0;
    for (const e of d.a.entities ?? []) {
      const g = of.get(`${d.row.id}#${e.id}`);
      // ties go to the place more of the story's reports name ("Surfside" over a "near Miami Beach")
      const k = e.mentions?.length ?? 0;
      if (g && isPlaceType(g.type) && (k > n || (k === n && best && g.docs.size > best.docs.size))) { n = k; best = g; }
    }
    return best;
  };
  // where each report's place mentions end and start (qualifierUse reads both)
  const placeMarksOf = new Map<string, { ends: Set<number>; starts: Set<number> }>();
  const placeMarksFor = (d: StoryDoc): { ends: Set<number>; starts: Set<number> } => {
    let marks = placeMarksOf.get(d.row.id);
    if (!marks) {
      marks = { ends: new Set(), starts: new Set() };
      for (const e of d.a.entities ?? []) if (isPlaceType(e.type)) for (const m of e.mentions ?? []) { marks.ends.add(m.end); marks.starts.add(m.start); }
      placeMarksOf.set(d.row.id, marks);
    }
    return marks;
  };
  // Vehicles: a name the reports put on board, describe as a ship or give a hull ("on board the Dali"),
  // whatever type the entities stage gave it; the one most reports name stands for "the vessel".
  const lex = storyLexicon();
  const vehicles = new Set<Group>(groups.filter((g) => g.type === 'VEHICLE'));
  for (const d of sorted) {
    for (const e of d.a.entities ?? []) {
      const g = of.get(`${d.row.id}#${e.id}`);
      if (!g || vehicles.has(g) || g.type === 'PERSON' || g.isCountry) continue;
      if ((e.mentions ?? []).some((m) => vehicleCue(d.a.document.text, m))) vehicles.add(g);
    }
  }
  // the story's site: the place most reports name that is no country, region or vehicle ("Surfside", not "Florida")
  const mainSite = groups.filter((g) => isPlaceType(g.type) && !g.isCountry && !g.large && !vehicles.has(g)).sort((x, y) => y.docs.size - x.docs.size || x.id - y.id)[0];
  const mainVehicle = [...vehicles].sort((x, y) => y.docs.size - x.docs.size || x.id - y.id)[0];
  const vehicleWord = new RegExp(`\\b(?:${[...lex.vehicleNouns].join('|')})\\b`, 'i');
  // "the bridge", "the vessel": a description stands for the story's named thing whose name ends with
  // its noun ("Francis Scott Key Bridge"), or for the story's vehicle
  const described = (noun: string): Group | undefined => {
    if (lex.vehicleNouns.has(noun) && mainVehicle) return mainVehicle;
    const named = groups.filter((g) => g.type !== 'PERSON' && normName(canonical(g)).split(' ').length > 1 && normName(canonical(g)).endsWith(` ${noun}`));
    return named.sort((x, y) => y.docs.size - x.docs.size || x.id - y.id)[0];
  };
  // the place a distance is measured from ("1,300 km southeast of Algiers", "1,600 feet from the bow of the Titanic"):
  // the distance's subject, so that figures from Algiers and from the border are no readings of one distance
  const refOf = (d: StoryDoc, q: Offsets): Group | undefined => {
    if (dimension(d.a.quantities?.find((x) => x.start === q.start)?.unit ?? '') !== 'distance') return undefined;
    const rest = d.a.document.text.slice(q.end);
    const unbracketed = rest.replace(/^\s*\([^()]*\)/, '');
    const rel = DISTANCE_FROM.exec(unbracketed);
    if (!rel) return undefined;
    const at = q.end + (rest.length - unbracketed.length) + rel[0].length;
    return nearestGroup(d, of, (g, m) => (isPlaceType(g.type) && m.start >= at && m.start <= at + 2 ? 0 : undefined));
  };
  const qfacts = new Map<string, { subject: string; group?: Group; attribute: string; values: Map<string, FactValue>; readings: QReading[] }>();
  // the day most reports give as the incident's first (see harmDays)
  const onset = storyOnset(sorted.map((d) => d.a));
  for (const d of sorted) {
    const text = d.a.document.text;
    const { ends: placeEnds, starts: placeStarts } = placeMarksFor(d);
    for (const [qi, q] of (d.a.quantities ?? []).entries()) {
      // "(37 mph)" restates "59 km/h": the pair links both ways, so only the later of the two is skipped
      if (q.equivalentOf !== undefined && q.equivalentOf < qi) continue;
      // "a 27-year-old German", "Zhu, 65,", "the 500-year-old bridge": an age is no length of the story's occurrences
      // (a person's age beside their name is read apart, src/story/ages.ts); two people's ages are no conflict
      if (q.unit === 'year' && /\bcount:age\b/.test(q.rule ?? '')) continue;
      const sent = sentenceOf(d.a, q);
      // the clause around the number: up to the next punctuation, conjunction or number after it,
      // and back to the previous one before it ("the toll had passed 2,000 and 5,000 were missing")
      // (a restatement in brackets right after the figure is passed over: "984 feet (300 metres) long")
      const afterAll = text.slice(q.end, Math.min(sent.end, q.end + 80)).replace(/^\s*\([^()]*\)/, '');
      const after = afterAll.slice(0, afterAll.search(/[.;:,()\u2014]|\band\b|\bwhile\b|\d/) + 1 || afterAll.length);
      const beforeAll = text.slice(Math.max(sent.start, q.start - 80), q.start);
      const cut = Math.max(...[...beforeAll.matchAll(/[.;:,()\u2014]|\band\b|\d(?=\D*$)/g)].map((m) => (m.index ?? -1) + m[0].length), 0);
      const before = beforeAll.slice(cut);
      // the same clause back to its start however long ("In Derna the number of police officers who arrested looters in
      // the flooded eastern districts … rose to 400"): the head of a long subject lies beyond the 80 characters
      const clauseAll = text.slice(sent.start, q.start);
      const clauseBefore = clauseAll.slice(Math.max(...[...clauseAll.matchAll(/[.;:,()\u2014]|\band\b|\d(?=\D*$)/g)].map((m) => (m.index ?? -1) + m[0].length), 0));
      // "…since the 2014 sinking of the Sewol ferry, which killed 304 people": a head count of an older event,
      // a fact of that year's, never a reading of the story's own count
      // "More than 100 of those girls …": the count an earlier sentence gave, whose year and place this figure takes
      const ante = q.unit === 'person' ? antecedentCount(d.a, sent, text.slice(q.end, sent.end)) : undefined;
      const older = q.unit === 'person' ? backgroundCount(d.a, sent, q) ?? (ante ? backgroundCount(d.a, ante.sent, ante.q) : undefined) : undefined;
      const role0 = roleOf(q, before);
      // "all 150 people on board were killed", "a plane carrying 150 people": besides what happened to them,
      // how many were on board (a head count of the vehicle, like its crew); not "144 passengers on board",
      // whose role counts them
      const aboard = q.unit === 'person' && !role0 && !countedGroup(q.text) && !older && (ON_BOARD_AFTER.test(after) || (/\b(?:carrying|carried|carries)\s*$/i.test(before) && vehicleWord.test(text.slice(sent.start, sent.end))));
      const passes: { role?: Role; force?: string }[] = [{ ...(role0 ? { role: role0 } : {}) }];
      if (aboard) passes.push({ role: { attribute: 'on board', owner: 'vehicle' }, force: 'on board' });
      for (const { role, force } of passes) {
      // "a crew of eight filling potholes": the collective makes it a head count whatever noun follows
      const unit = role ? 'person' : q.unit;
      let attribute = force ?? (unit === 'person' ? teamSize(before, clauseAll) : undefined) ?? attributeOf({ ...q, unit }, after, before, role, beforeAll, afterAll, clauseBefore);
      // "100 of those girls are still missing": the state the predicate says of the part, not the antecedent's noun
      if (ante && !force) attribute = predicateAttr(afterAll.replace(/^\s*of\s+(?:those|these)\s+\p{L}+\s*/iu, '')) ?? attribute;
      if (!attribute || !Number.isFinite(q.value)) continue;
      if (force && passes[0].role === undefined && attributeOf({ ...q, unit }, after, before, undefined, beforeAll) === force) continue;
      // "four more crew members were detained": an addition to a count, not a reading of it
      if (unit === 'person' && isCumulative(attribute) && (incrementOf(q.text, before) || remainderOf(before))) continue;
      // "if the remaining missing are found dead, the toll would exceed 440", "the toll could reach 20,000": a projection
      // of a count that only grows, no reading of it
      if (isCumulative(attribute) && projectedFigure(before, q.text ?? '')) continue;
      if (older) attribute = `${attribute} (${older})`;
      // what a size measures: "the 1.6-mile bridge" (a bridge's length), "the channel, 50 feet deep"
      const measured = dimension(unit) === 'distance' ? measuredNoun(q.text, afterAll, beforeAll) : undefined;
      if (measured?.dimension && attribute === 'distance') attribute = measured.dimension;
      // a pipe is millimetres across but metres long: "800 mm pipes", "a 57-metre pipe"
      if (attribute === 'diameter' && toSi(q.value, unit) >= 2) attribute = 'length';
      // "rescuers have drilled 22 metres", "pushed the pipe 57 metres into the rubble": how far the work
      // has got, a figure that only grows as reports come in
      if (attribute === 'distance' && PROGRESS.test(beforeAll.slice(Math.max(0, ...[...beforeAll.matchAll(/[.;:!?]/g)].map((m) => (m.index ?? -1) + 1))).slice(-60))) attribute = 'distance drilled';
      // "1,300 km southeast of Algiers", "40 miles from the Libyan border": how far the story's place lies from
      // another, a fact of each place measured from, whatever place is nearer in the sentence
      const from = attribute === 'distance' ? refOf(d, q) : undefined;
      const sized = /^(length|height|width|depth|diameter|thickness)$/.test(attribute);
      // subject: the nearest named mention in the sentence (places first for counts of people); a
      // sentence naming none ("…in the east of the country, said up to 2,000 died") continues the
      // place the paragraph was about, so the last named one in the two sentences before; then a
      // description in the sentence ("the country"); then the story's main place.
      const sents = d.a.sentences ?? [];
      const si = sents.findIndex((x) => x.start === sent.start);
      const windows: { start: number; end: number; named: boolean; before: boolean }[] = [{ start: sent.start, end: sent.end, named: true, before: false }];
      // (news paragraphs are a sentence or two long: the window crosses their breaks)
      for (let k = 1; k <= 2 && si - k >= 0; k++) windows.push({ start: sents[si - k].start, end: sents[si - k].end, named: true, before: true });
      windows.push({ start: sent.start, end: sent.end, named: false, before: false });
      // Within a window: a place the clause puts the figure in ("…forced from their homes in Derna")
      // wins; otherwise the nearest. Money goes with organisations first (appeals, pledges), head counts
      // with places, physical measures with the nearest named vehicle, weapon or place.
      // (a market's move is the company's, like its money: "Shares in Vale plunged 24%" on the São Paulo exchange)
      const money = dimension(unit) === 'money' || dimension(unit) === 'percent';
      const tier = (g: Group): number => {
        const isPlace = isPlaceType(g.type);
        // a vehicle is not where people are counted, whatever type its name got ("the Dali")
        if (unit === 'person') return isPlace && !vehicles.has(g) ? (role?.owner === 'org' ? 1 : 0) : role?.owner === 'org' && g.type === 'ORG' ? 0 : -1;
        if (money) return g.type === 'ORG' ? 0 : isPlace ? 1 : -1;
        // a measure of a named machine ("the Dali, 984 feet long", "the Hwasong-18's range") is the machine's
        if (g.type === 'VEHICLE' || g.type === 'WEAPON') return 0;
        return isPlace ? 0 : g.type === 'ORG' ? 1 : -1;
      };
      let subj: Group | undefined;
      let descr: string | undefined;
      let fromBefore = false;
      if (from) subj = from;
      else if ((role?.owner === 'vehicle' || attribute === 'on board') && mainVehicle) {
        // a crew or passengers belong to a vehicle: one named in the sentence ("on board the Dali", "the
        // Dali's 22 crew"), else the story's vehicle when the sentence speaks of one ("the ship's 21 crew");
        // "456 people were on board" names no vehicle but is aboard one: the story's
        subj = nearestGroup(d, of, (g, m) => (!vehicles.has(g) || m.start < sent.start || m.end > sent.end ? undefined : gap(q, m)));
        if (!subj && (attribute === 'on board' || vehicleWord.test(text.slice(sent.start, sent.end)))) subj = mainVehicle;
      } else if (role?.owner === 'country') {
        // whose force it is: a demonym inside the count ("1,500 French troops"), else the place that has
        // them, named before the count and not after a preposition ("France has 1,500 soldiers in Niger")
        subj = nearestGroup(d, of, (g, m) => {
          if (!isPlaceType(g.type)) return undefined;
          if (m.start >= q.start && m.end <= q.end) return -1;
          if (m.start < sent.start || m.end > q.start) return undefined;
          if (/\b(?:in|at|to|from|into|near|of|for|across)\s+(?:the\s+)?$/i.test(text.slice(Math.max(sent.start, m.start - 12), m.start))) return undefined;
          return q.start - m.end;
        });
      } else if (sized && measured && !measured.named) {
        // "the 1.6-mile bridge" measures the bridge of the story; "the channel, 50 feet deep" the channel
        subj = described(measured.noun);
        // (one description for "the pipe" and "800 mm pipes")
        if (!subj && lex.measureNouns.has(measured.noun)) descr = `the ${lex.measureNouns.has(measured.noun.replace(/s$/, '')) ? measured.noun.replace(/s$/, '') : measured.noun}`;
      }
      // a figure of a group an earlier sentence counted takes the place nearest that count, the narrowest named
      // there ("the town of Chibok in northeastern Borno state": Chibok)
      if (!subj && !descr && ante) {
        subj = nearestGroup(d, of, (g, m) => {
          const t = tier(g);
          if (t < 0 || m.start < ante.sent.start || m.end > ante.sent.end || !/^\p{Lu}/u.test(m.text)) return undefined;
          return t * 1000 + (g.isCountry || g.large ? 500 : 0) + gap(ante.q, m);
        });
      }
      // the body a head count is attributed to ("…, with 157 injured, according to the Central Disaster and Safety
      // Countermeasures Headquarters") gives the figure, it is not where the people were counted (a country or a town
      // that speaks stays: "China said 400 people were missing" may count China's; and a measure or a sum stays with
      // the body that speaks of its own: "Volkswagen said about 2,700 of its cars had been destroyed")
      const quoted = claimOf(d.a, q, (c) => c.quantities?.includes(qi) ?? false)?.attribution ?? [];
      for (const w of windows) {
        if (subj || descr) break;
        subj = nearestGroup(d, of, (g, m) => {
          const t = tier(g);
          if (t < 0 || m.start < w.start || m.end > w.end) return undefined;
          if (unit === 'person' && g.type !== 'GPE' && !g.isCountry && sourceMention(quoted, m)) return undefined;
          // (a news outlet the figure is attributed to reports it, whatever it counts or measures: "…, Xinhua reported")
          if (g.kind && NEWS_KINDS.has(g.kind) && sourceMention(quoted, m)) return undefined;
          if (w.named !== /^\p{Lu}|^\d/u.test(m.text)) return undefined; // "Derna" is named; "the country" describes
          if (t === 0 && typeGroup(g.type) === 'PLACE' && qualifierUse(text, m, placeEnds, placeStarts)) return undefined;
          let dd = w.before ? q.start - m.end : gap(q, m);
          if (!w.before && m.start >= q.end && dd <= 60 && typeGroup(g.type) === 'PLACE' && /\b(in|at|near|around)\s+(the\s+)?$/i.test(text.slice(Math.max(q.end, m.start - 12), m.start)) &&
            !/[.;,]/.test(text.slice(q.end, m.start))) dd = -1;
          return t * 1000 + dd;
        });
        if (subj) { fromBefore = w.before; break; }
      }
      // a broad area (a state, a country) around the story's main place stands for that place: in an
      // earlier sentence ("…before the storm reached Florida. The toll rose to 24") or as a report's focus
      const broad = (g: Group | undefined): boolean => Boolean(g && (g.isCountry || g.large) && mainSite && mainSite !== g &&
        (!g.country || !mainSite.country || g.country === mainSite.country));
      if (subj && fromBefore && unit === 'person' && !subj.isCountry && broad(subj)) subj = mainSite;
      const own = docTopPlace(d);
      if (!descr) subj ??= broad(own) ? mainSite : (own ?? topPlace);
      const subject = subj ? canonical(subj) : (descr ?? sorted[0].row.title ?? id);
      const cl = claimOf(d.a, q, (c) => c.quantities?.includes(qi) ?? false);
      let asOf = docDate(d.a);
      // the latest day the claim names, up to the report's own: a count is as of the day it was given ("the toll from
      // last Wednesday's blasts rose to 114 on Monday" is Monday's toll), an earlier day is the event's; a count reached
      // "by Sunday evening" is Sunday's, whatever earlier day the claim gives its older figure ("up from 34 a day earlier")
      const published = asOf;
      let claimDated = false;
      // (a day the sentence gives as the day the incident or its harm happened, before the report's own, is no day of
      // the count: "where 156 people died in a crowd crush last Saturday", see harmDays)
      // (but a count its clause says was the first given, "the bombing on Saturday initially killed 12 people", is the
      // incident day's: see initialCount)
      const harm = initialCount(clauseBefore, after) ? new Set<string>() : harmDays(d.a, sent, published, onset);
      for (const ti of cl?.times ?? []) {
        const day = asOfDay(d.a.times?.[ti]);
        if (day && harm.has(day)) continue;
        if (day && (!published || day <= published) && (!claimDated || day > asOf!)) { asOf = day; claimDated = true; }
      }
      // a figure its claim does not date takes the one day its sentence names ("Li visited the site on Sunday, as the
      // toll rose to 112"): a report published the next day, or reprinted then, still gives Sunday's figure
      if (!claimDated) { const day = sentenceDay(d.a, sent, harm); if (day && !harm.has(day) && (!asOf || day <= asOf)) asOf = day; }
      const dim = dimension(unit);
      const key = `${normName(subject)}|${attribute}|${dim}`;
      if (!qfacts.has(key)) qfacts.set(key, { subject, ...(subj ? { group: subj } : {}), attribute, values: new Map(), readings: [] });
      const f = qfacts.get(key)!;
      // ("within 3km" of a zone is its radius, 3 km, not at most 3 km)
      const bound = attribute === 'evacuation radius' && /^within\b/i.test(q.text ?? '') ? undefined : q.bound;
      const vk = dim === 'duration' ? durationKey(q.value, unit, bound) : `${q.value}|${unit}|${bound ?? ''}`;
      if (!f.values.has(vk)) {
        const fv: FactValue = { value: q.value, unit, sources: [] };
        if (bound) fv.mod = bound;
        if (asOf) fv.asOf = asOf;
        if (dim !== q.unit && dim !== 'money') fv.si = { value: Number(toSi(q.value, unit).toPrecision(6)), unit: q.si?.unit ?? dim };
        f.values.set(vk, fv);
      }
      const fv = f.values.get(vk)!;
      // one report's figure is one figure however often it repeats it (headline, lead, "24 of the 112 dead"): every
      // reading of it in that report takes the earliest day any of them names ("rose to 112 on Sunday" in a Monday copy)
      const mine = f.readings.filter((r) => r.doc === d.row.id && r.vk === vk);
      const first = [asOf, ...mine.map((r) => r.asOf)].filter((x): x is string => Boolean(x)).sort()[0];
      if (first) {
        for (const r of mine) if (r.asOf !== first) { r.asOf = first; r.src.asOf = first; }
        asOf = first;
        if (!fv.asOf || first < fv.asOf) fv.asOf = first;
      }
      if (fv.sources.some((s) => s.document === d.row.id && chainKey(s.attribution) === chainKey(cl?.attribution ?? []))) continue;
      fv.sources.push(source(d, q, 'CERTAIN', (c) => c.quantities?.includes(qi) ?? false, asOf));
      if (asOf && (!fv.asOf || asOf < fv.asOf)) fv.asOf = asOf;
      f.readings.push({ vk, src: fv.sources.at(-1)!, doc: d.row.id, voice: chainKey(cl?.attribution ?? []), value: q.value, unit, ...(bound ? { mod: bound } : {}), ...(asOf ? { asOf } : {}), ...(priorFigure(beforeAll, unit) ? { prior: true } : {}), ...(atOnset(text.slice(q.end, sent.end)) ? { atOnset: true } : {}), ...(dayCount(attribute, clauseBefore, after, clauseAll) ? { dayCount: true } : {}), label: `"${q.text}" (${fv.sources.at(-1)!.outlet ?? d.row.id.slice(0, 8)})` });
      }
    }
  }
  /**
   * One document's reading of a length of time as a quantity fact of `subject` (a supply's duration, an ultimatum's
   * length): one value per length however written ("one week" and "seven days" are one value with both sources),
   * one source per document. Documents come in date order, so a value keeps the date of its first report.
   */
  const addDurationReading = (subject: string, group: Group | undefined, attribute: string, value: number, unit: string, d: StoryDoc, t: Offsets & { text: string }, ti: number): void => {
    const key = `${normName(subject)}|${attribute}|duration`;
    if (!qfacts.has(key)) qfacts.set(key, { subject, ...(group ? { group } : {}), attribute, values: new Map(), readings: [] });
    const f = qfacts.get(key)!;
    const vk = durationKey(value, unit);
    const asOf = docDate(d.a);
    if (!f.values.has(vk)) f.values.set(vk, { value, unit, ...(asOf ? { asOf } : {}), si: { value: toSi(value, unit), unit: 's' }, sources: [] });
    const fv = f.values.get(vk)!;
    if (fv.sources.some((x) => x.document === d.row.id)) return;
    const src = source(d, t, 'CERTAIN', (c) => c.times?.includes(ti) ?? false, asOf);
    fv.sources.push(src);
    if (asOf && (!fv.asOf || asOf < fv.asOf)) fv.asOf = asOf;
    f.readings.push({ vk, src, doc: d.row.id, voice: chainKey(src.attribution), value, unit, ...(asOf ? { asOf } : {}), label: `"${t.text}" (${src.outlet ?? d.row.id.slice(0, 8)})` });
  };
  // How long a supply lasts ("about 96 hours of oxygen", "a 96-hour supply of oxygen", "food for three days" is not
  // read): a duration fact named by what is supplied (SUPPLY_AFTER), under the story's vehicle, else its site. It runs
  // down as time passes, so it is a count of a state (isStock): figures of different days are not compared.
  for (const d of sorted) {
    const text = d.a.document.text;
    for (const [ti, t] of (d.a.times ?? []).entries()) {
      if (t.type !== 'DURATION') continue;
      const amt = durationAmount(t.value);
      if (!amt) continue;
      const m = SUPPLY_AFTER.exec(text.slice(t.end, t.end + 40));
      if (!m) continue;
      // what is left at the time of telling ("about 40 hours of oxygen left", "the remaining oxygen") is another figure
      // than what there was at the start ("had a 96-hour supply of oxygen when it dived")
      const left = /^\s*(?:left|remaining)\b/i.test(text.slice(t.end + m[0].length, t.end + m[0].length + 20)) || boundPattern('\\b(?:remaining|left with|only)\\s*(?:{BOUND})?\\s*$', 'i').test(text.slice(Math.max(0, t.start - 30), t.start));
      const attribute = `${m[1].toLowerCase()}${left ? ' left' : ''}`;
      const subj = mainVehicle ?? mainSite ?? topPlace;
      addDurationReading(subj ? canonical(subj) : id, subj, attribute, amt.value, amt.unit, d, t, ti);
    }
  }
  // How long an occurrence lasted, where the duration names it: "the four-day siege", "a 17-day rescue operation",
  // "three days of national mourning" (see eventDuration): a duration fact of the occurrence as described.
  for (const d of sorted) {
    const text = d.a.document.text;
    for (const [ti, t] of (d.a.times ?? []).entries()) {
      if (t.type !== 'DURATION') continue;
      const amt = durationAmount(t.value);
      const what = amt && eventDuration(t.text, text.slice(t.end, t.end + 60), text.slice(Math.max(0, t.start - 20), t.start));
      if (what) addDurationReading(`the ${what}`, undefined, 'duration', amt.value, amt.unit, d, t, ti);
    }
  }
  // A person's age beside their name ("Andreas Lubitz, 27,", "the 27-year-old co-pilot Andreas Lubitz"): a length of
  // time of theirs, one reading per report
  for (const d of sorted) {
    for (const e of d.a.entities ?? []) {
      const g = e.type === 'PERSON' ? of.get(`${d.row.id}#${e.id}`) : undefined;
      if (!g) continue;
      for (const m of e.mentions ?? []) {
        const age = ageAt(d.a.document.text, m);
        if (age) { addDurationReading(canonical(g), g, 'age', age.value, 'year', d, age.span, -1); break; }
      }
    }
  }
  // Deadlines and ultimatums: the time allowed ("a one-week ultimatum") joins the quantity facts, the day
  // it runs out ("until Sunday") is a time fact. Both belong to whoever gave it: the first organisation,
  // person or country the sentence names before the time; a sentence naming none ("the deadline expires
  // on Sunday") speaks of the ultimatum the story's other sentences give most often.
  const dl: { d: StoryDoc; t: TimeExpr; ti: number; r: DeadlineReading; giver?: Group; described?: string }[] = [];
  for (const d of sorted) {
    const text = d.a.document.text;
    for (const [ti, t] of (d.a.times ?? []).entries()) {
      const sent = sentenceOf(d.a, t);
      const r = deadlineOf(text, sent, t);
      if (!r) continue;
      // the syntactic giver: a name in the subject of the giving verb or after its "by" (not the nearest
      // name: "Speaking to Reuters, the army gave …" is the army's); a sentence with no giving verb, the
      // first name before the time
      const span = giverSpan(text, sent, t);
      const within = span === undefined ? { start: sent.start, end: t.start } : span === 'none' ? undefined : span;
      const giver = within && nearestGroup(d, of, (g, m) => (m.start >= within.start && m.end <= within.end && (g.type === 'ORG' || g.type === 'PERSON' || g.isCountry) && !vehicles.has(g) ? m.start : undefined));
      // a giving verb whose subject names none of the story's entities has a giver all the same: "the
      // junta gave the French troops a month" is the junta's, not the usual giver's; an elided subject
      // ("… and gave them a month") leaves the giver unknown, and the reading is left out
      let described: string | undefined;
      if (!giver && span && span !== 'none') {
        const dsc = describedGiver(text.slice(span.start, span.end));
        if (dsc === null) continue;
        described = dsc;
      }
      dl.push({ d, t, ti, r, ...(giver ? { giver } : {}), ...(described ? { described } : {}) });
    }
  }
  // A described giver is someone else than the usual giver only where the story's deadlines are given
  // to it: "ECOWAS gave the junta seven days" makes "the junta gave the French troops a month" the
  // junta's own; "West African leaders gave the soldiers a week" is told of the usual giver.
  const recipients = new Set<string>();
  for (const { d, t } of dl) { const r = recipientText(d.a.document.text, sentenceOf(d.a, t), t); if (r) recipients.add(r); }
  for (const x of dl) if (x.described && !recipients.has(normDescription(x.described))) delete x.described;
  // the usual giver, named or described, for the sentences that name none ("the deadline expires on …")
  const giverCount = new Map<Group | string, number>();
  for (const x of dl) { const k = x.giver ?? x.described; if (k) giverCount.set(k, (giverCount.get(k) ?? 0) + 1); }
  const rank = (k: Group | string) => (typeof k === 'string' ? 1e9 : k.id);
  const usual = [...giverCount.entries()].sort((a, b) => b[1] - a[1] || rank(a[0]) - rank(b[0]))[0]?.[0];
  const usualGiver = typeof usual === 'string' ? undefined : usual;
  const usualDescribed = typeof usual === 'string' ? usual : undefined;
  const deadlineDays = new Map<string, { subject: string; values: Map<string, FactValue>; revised: Set<string> }>();
  for (const { d, t, ti, r, giver, described } of dl) {
    const g = giver ?? (described ? undefined : usualGiver);
    const subject = g ? canonical(g) : (described ?? usualDescribed ?? (topPlace ? canonical(topPlace) : id));
    const pick = (c: Claim) => c.times?.includes(ti) ?? false;
    const asOf = docDate(d.a);
    if (r.kind === 'quantity') {
      addDurationReading(subject, g, r.attribute, r.value, r.unit, d, t, ti);
    } else {
      const key = normName(subject);
      if (!deadlineDays.has(key)) deadlineDays.set(key, { subject, values: new Map(), revised: new Set() });
      const f = deadlineDays.get(key)!;
      const vk = `${r.value}|${r.mod ?? ''}`;
      if (!f.values.has(vk)) f.values.set(vk, { value: r.value, ...(r.mod ? { mod: r.mod } : {}), sources: [] });
      const fv = f.values.get(vk)!;
      if (!fv.sources.some((x) => x.document === d.row.id)) fv.sources.push(source(d, t, 'CERTAIN', pick, asOf));
      if (r.revised) f.revised.add(`${vk}|${d.row.id}`);
    }
  }
  for (const { subject, values, revised } of deadlineDays.values()) {
    const vs = [...values.values()];
    // a deadline is a scheduled time: a later report extending it updates it
    const readings: TimeReading[] = vs.flatMap((v) => v.sources.map((x) => ({ value: String(v.value), ...(v.mod ? { mod: v.mod } : {}), label: `"${v.value}" (${x.outlet ?? x.document.slice(0, 8)})`, doc: x.document,
      ...(x.asOf ? { published: x.asOf } : {}), scheduled: true, ...(revised.has(`${v.value}|${v.mod ?? ''}|${x.document}`) ? { revised: true } : {}) })));
    facts.push(finish(subject, 'deadline', 'time', vs, judgeRevisedTimes(readings)));
  }
  // A sentence a later report repeats word for word (wire copy run again a day later: "More than 700 people remain in
  // hospital") gives its figure as of the first report's day, not the later one's, where it would meet that day's own figures.
  for (const f of qfacts.values()) repeatedSentenceDays(f.readings);
  // One count, several words: "wounded" and "injured" of one subject are one fact (ATTR_FAMILY), named after the word
  // most of its reports use.
  const families = new Map<string, string[]>();
  for (const [k, f] of qfacts) {
    const fam = ATTR_FAMILY[f.attribute];
    if (!fam) continue;
    const fk = `${normName(f.subject)}|${fam}|${k.split('|').pop()}`;
    if (!families.has(fk)) families.set(fk, []);
    families.get(fk)!.push(k);
  }
  for (const keys of families.values()) {
    if (keys.length < 2) continue;
    const docsOf = (k: string) => new Set(qfacts.get(k)!.readings.map((r) => r.doc)).size;
    keys.sort((x, y) => docsOf(y) - docsOf(x) || Number(ATTR_FAMILY[qfacts.get(y)!.attribute] === qfacts.get(y)!.attribute) - Number(ATTR_FAMILY[qfacts.get(x)!.attribute] === qfacts.get(x)!.attribute));
    const head = qfacts.get(keys[0])!;
    for (const k of keys.slice(1)) {
      const f = qfacts.get(k)!;
      mergeInto(head, f);
      qfacts.delete(k);
    }
  }
  // One head count, one site: reports put the same count at the site and at the town around it (a
  // dateline's "Baltimore", a suburb near the bridge). Counts of one attribute at places that are one
  // site (see sameSite; never a country or a region, whose count is another figure) are one fact, under
  // the place the story's head counts name in the most reports.
  const siteDocs = new Map<Group, Set<string>>();
  for (const f of qfacts.values()) {
    if (!f.group || f.readings[0]?.unit !== 'person') continue;
    if (!siteDocs.has(f.group)) siteDocs.set(f.group, new Set());
    for (const r of f.readings) siteDocs.get(f.group)!.add(r.doc!);
  }
  // one site: the same or nested names, two points a few km apart, or a facility no point places (a
  // bridge, a tower) and a town that does; never two places of which one has no point
  // (places a report puts one inside the other by a possessive, "Seoul's Itaewon district": one site, whatever
  // points the places have or lack)
  const nested = possessivePlaces(sorted, of);
  const sameSite = (a: Group, b: Group): boolean => {
    const pa = place(a); const pb = place(b);
    const na = normName(pa.name); const nb = normName(pb.name);
    if (na.includes(nb) || nb.includes(na)) return true;
    if (nested.has(`${a.id}>${b.id}`) || nested.has(`${b.id}>${a.id}`)) return true;
    const located = (p: Place) => p.lat !== undefined && p.lon !== undefined;
    if (located(pa) && located(pb)) return placesCompatible(pa, pb);
    return (a.type === 'FAC') !== (b.type === 'FAC') && (located(pa) || located(pb));
  };
  const site = (g: Group | undefined): g is Group => Boolean(g && isPlaceType(g.type) && !g.isCountry && !g.large && !vehicles.has(g));
  const byAttr = new Map<string, string[]>();
  for (const [k, f] of qfacts) {
    if (!site(f.group) || f.readings[0]?.unit !== 'person') continue;
    if (!byAttr.has(f.attribute)) byAttr.set(f.attribute, []);
    byAttr.get(f.attribute)!.push(k);
  }
  for (const keys of byAttr.values()) {
    if (keys.length < 2) continue;
    const weight = (k: string) => siteDocs.get(qfacts.get(k)!.group!)?.size ?? 0;
    keys.sort((x, y) => weight(y) - weight(x) || qfacts.get(y)!.group!.docs.size - qfacts.get(x)!.group!.docs.size || qfacts.get(x)!.group!.id - qfacts.get(y)!.group!.id);
    const head = qfacts.get(keys[0])!;
    for (const k of keys.slice(1)) {
      const f = qfacts.get(k)!;
      if (!sameSite(head.group!, f.group!)) continue;
      mergeInto(head, f);
      qfacts.delete(k);
    }
  }
  // A head count put at a country or a large region ("292 people were listed as missing" in a report on "a
  // dam collapse in south-eastern Brazil") is the count of the story's main site there when the story counts
  // that attribute at that site only in that country: a single disaster's missing, named by the country. (Not
  // a toll or another count that only grows: a country's toll is checked against its cities' instead.) Where
  // the story counts it at two or more sites of the country (Derna and Bayda), the country's count is another,
  // wider figure and stays apart; so does a count in another country ("Israel"), or in a country no site is in.
  const sitesIn = new Map<string, string[]>();
  for (const [k, f] of qfacts) {
    if (!site(f.group) || f.readings[0]?.unit !== 'person' || !f.group.country) continue;
    const key = `${f.attribute}\u0000${f.group.country}`;
    if (!sitesIn.has(key)) sitesIn.set(key, []);
    sitesIn.get(key)!.push(k);
  }
  // the story's reports with the given readings' sentences taken out (what else the story says; see otherCauseToll)
  const storyTextOutside = (rs: QReading[]) => {
    const own = new Set(rs.map((r) => r.src.text).filter((t): t is string => Boolean(t)));
    return sorted.map((d) => { let t = d.a.document.text; for (const x of own) t = t.split(x).join(' '); return t; }).join('\n');
  };
  for (const [k, f] of [...qfacts]) {
    const g = f.group;
    if (!g || !(g.isCountry || g.large) || vehicles.has(g) || !g.country || f.readings[0]?.unit !== 'person') continue;
    const there = sitesIn.get(`${f.attribute}\u0000${g.country}`);
    if (there?.length !== 1) continue;
    const head = qfacts.get(there[0]!);
    if (!head || head === f || head.group !== mainSite) continue;
    // (only a count whose own clause leaves the country to the report's lead: one said in the same clause to be
    // "in Brazil", "floods in Brazil had displaced 40,000 people", is the country's figure, often of another event;
    // "after a dam collapsed in south-eastern Brazil, … 238 people were still missing" is not)
    if (f.readings.some((r) => countedInClauseNaming(r.src.text, g.names.keys()))) continue;
    // a toll (a count that only grows) joins the site's only where, put together, its readings still tell one
    // count rising over the days ("at least 233 killed" in India on the 3rd, 288 at Balasore on the 4th); one that
    // would contradict the site's ("more than 3,000 workers have died in Turkish mines since 1941" beside the
    // 284 of Soma) is another figure and stays apart, checked against the site's as a country's toll is
    // (and only a toll of the incident: one its sentence counts over a period, "700 people were killed by dengue
    // this year" across Brazil, is another event's figure however its numbers run beside the site's)
    if (isCumulative(f.attribute) && (!seriesHolds(f.attribute, [...head.readings, ...f.readings]) || f.readings.some((r) => periodCount(r.src.text)))) continue;
    // (nor one its sentence gives a cause of its own that nothing else in the story's reports names: "across Brazil,
    // 700 people were killed by dengue, the ministry said" beside a dam collapse, with no period word)
    if (isCumulative(f.attribute)) {
      const rest = storyTextOutside(f.readings);
      if (f.readings.some((r) => otherCauseToll(r.src.text, rest))) continue;
    }
    mergeInto(head, f);
    qfacts.delete(k);
  }
  for (const f of [...qfacts.values()].flatMap(splitUnrelated)) {
    // a count revised upward over time is told phase by phase, each with its own verdict
    const phases = splitPhases(f.attribute, f.readings);
    phases.forEach((ph, k) => {
      let verdict: { consistent: boolean; why: string; verdict?: Fact['verdict'] } = f.attribute === 'age' ? judgeAges(ph.readings) : judgeSeries(f.attribute, ph.readings);
      // A country's toll cannot stay below the toll of one of its cities: "at least 11,300 dead in Derna"
      // on the 15th contradicts "3,958 dead in Libya" on the 17th.
      if (verdict.consistent && isCumulative(f.attribute) && f.group?.isCountry && f.group.country) {
        for (const inner of qfacts.values()) {
          if (inner === f || inner.attribute !== f.attribute || !inner.group || inner.group.isCountry || inner.group.country !== f.group.country) continue;
          const bad = findBelow(ph.readings, inner.readings);
          if (bad) { verdict = { consistent: false, verdict: 'contradiction', why: `${bad[0].label} (${bad[0].asOf}) for ${f.subject} is below ${bad[1].label} (${bad[1].asOf}) for ${inner.subject}, which lies inside it` }; break; }
        }
      }
      const values = phases.length === 1 ? [...f.values.values()] : phaseValues(f.values, ph.readings);
      const fact = finish(f.subject, f.attribute, 'quantity', values, verdict);
      if (phases.length > 1) {
        const prev = phases[k - 1];
        const top = prev ? prev.readings.reduce((x, y) => (toSi(y.value, y.unit) > toSi(x.value, x.unit) ? y : x)) : undefined;
        fact.phase = { index: k + 1, of: phases.length, ...(top && prev ? { supersedes: `revised upward from ${top.label} (${prev.from}${prev.to !== prev.from ? ` to ${prev.to}` : ''})` } : {}) };
        if (top && verdict.consistent) fact.why = `${fact.phase.supersedes}; ${verdict.why}`;
      }
      facts.push(fact);
    });
  }

  // ---- timeline, entities, documents
  const timeline: TimelineEntry[] = events.map((e) => {
    const c = clusterOf.get(e)!;
    const evDate = c.map((x) => x.date).filter(Boolean).sort()[0];
    const date = evDate ?? c.map((x) => docDate(x.doc.a)).filter(Boolean).sort()[0] ?? '';
    return { date, event: e.id, documents: e.documents, type: e.type, dateFrom: evDate ? ('event' as const) : ('document' as const) };
  }).sort((x, y) => x.date.localeCompare(y.date) || x.event.localeCompare(y.event, undefined, { numeric: true }));

  const need = sorted.length >= 3 ? 2 : 1;
  const entities = groups.filter((g) => g.docs.size >= need).sort((x, y) => y.docs.size - x.docs.size || canonical(x).localeCompare(canonical(y))).slice(0, 15)
    .map((g) => ({ name: canonical(g), type: g.type, ...(g.qid ? { kb: { wikidata: g.qid } } : {}), key: [...g.keys][0], documents: g.docs.size }));

  const documents = sorted.map((d) => {
    const o: Story['documents'][number] = { id: d.row.id };
    const outlet = d.row.outlet ?? d.a.document.outlet; if (outlet) o.outlet = outlet;
    const title = d.row.title ?? d.a.document.title; if (title) o.title = title;
    const pub = d.row.publishedAt ?? d.a.document.publishedAt; if (pub) o.publishedAt = pub;
    if (d.row.url) o.url = d.row.url;
    if (d.row.copyOf) o.copyOf = d.row.copyOf;
    if (d.copies?.length) o.copies = d.copies.map((c) => ({ ...(c.outlet ? { outlet: c.outlet } : {}), ...(c.url ? { url: c.url } : {}), ...(c.publishedAt ? { publishedAt: c.publishedAt } : {}) }));
    return o;
  });
  const titled = sorted.find((d) => d.row.title ?? d.a.document.title);
  const title = titled ? (titled.row.title ?? titled.a.document.title)!
    : (headlineOf(sorted) ?? (events[0] ? `${events[0].type}${events[0].places?.[0] ? ` in ${events[0].places[0]}` : ''}` : (entities[0]?.name ?? firstLine(sorted[0]?.a.document.text ?? id))));
  const dates = sorted.map((d) => docDate(d.a)).filter((x): x is string => Boolean(x)).sort();
  return { id, title, documents, entities, events, facts, timeline, ...(dates.length ? { updated: dates[dates.length - 1] } : {}) };
}

function firstLine(t: string): string { return t.split('\n')[0].slice(0, 100); }

const CALENDAR = /^\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** A possessive's 's and the space after it, before a capitalised name ("Seoul's Itaewon"). */
const POSSESSIVE_BEFORE_NAME = /^['’]s\s+(?=\p{Lu})/u;

/**
 * Pairs of place groups ("outer>inner") that a report writes as a possessive right before another place's name:
 * "Seoul's Itaewon district", "Hubei's Jianli county" put the second inside the first. Mentions are looked up by
 * their start, one pass over each report's place mentions.
 */
function possessivePlaces(docs: StoryDoc[], of: Map<string, Group>): Set<string> {
  const out = new Set<string>();
  for (const d of docs) {
    const text = d.a.document.text;
    const at = new Map<number, Group>();
    const ms: { m: Mention; g: Group }[] = [];
    for (const e of d.a.entities ?? []) {
      const g = of.get(`${d.row.id}#${e.id}`);
      if (!g || !isPlaceType(e.type)) continue;
      for (const m of e.mentions ?? []) { at.set(m.start, g); ms.push({ m, g }); }
    }
    for (const { m, g } of ms) {
      const poss = POSSESSIVE_BEFORE_NAME.exec(text.slice(m.end, m.end + 8));
      const inner = poss ? at.get(m.end + poss[0].length) : undefined;
      if (inner && inner !== g) out.add(`${g.id}>${inner.id}`);
    }
  }
  return out;
}

/** The entity stage's kinds of news outlets (see sourceMention's use for a figure's subject). */
const NEWS_KINDS = new Set(['MEDIA', 'AGENCY']);

/** Whether a mention lies inside the span of one of a claim's sources (its attribution chain). */
export function sourceMention(chain: Pick<AttributionLink, 'span'>[], m: Offsets): boolean {
  return chain.some((l) => l.span !== undefined && m.start >= l.span.start && m.end <= l.span.end);
}

/**
 * A place named only to qualify something else is not where a figure belongs: a place before a title or
 * name ("Miami-Dade County Mayor …", "Surfside Fire Rescue"), before a body or office in lower case
 * ("the Minas Gerais fire department"), and the region after a place ("Surfside, Florida": the town is
 * the place, the state only locates it), and a place in the possessive before another place's name ("Seoul's
 * Itaewon district", "Odisha's Balasore district": the second place is where it happened, the first only locates it).
 */
export function qualifierUse(text: string, m: Offsets, placeEnds: Set<number>, placeStarts?: Set<number>): boolean {
  const after = text.slice(m.end, m.end + 30);
  if (/^ \p{Lu}/u.test(after) && !CALENDAR.test(after)) return true;
  // (the possessive's 's and the space after it, then the start of another place's mention)
  const possPlace = POSSESSIVE_BEFORE_NAME.exec(after);
  if (possPlace && placeStarts?.has(m.end + possPlace[0].length)) return true;
  // "the Minas Gerais fire department said 292 were missing": the place names whose department it is
  if (storyLexicon().authorityNouns.test(after)) return true;
  // "South Korea's interior ministry said", "Brazil's federal police": whose body it is, as a possessive
  const poss = /^['’]s((?:\s+[a-z']+){1,3})/.exec(text.slice(m.end, m.end + 40))?.[1].trim().split(/\s+/) ?? [];
  for (let k = 0; k < poss.length; k++) if (storyLexicon().authorityNouns.test(` ${poss.slice(k).join(' ')}`)) return true;
  // "a Florida condominium": a place used as an adjective
  if (/^ [a-z]/.test(after) && /\b(?:a|an)\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start))) return true;
  const comma = /,\s*$/.exec(text.slice(Math.max(0, m.start - 3), m.start));
  return Boolean(comma) && placeEnds.has(m.start - (text.slice(Math.max(0, m.start - 3), m.start).length - comma!.index));
}

interface QReading extends Reading { vk: string; src: FactSource }

/**
 * Readings of one value whose sentences are word for word the same in several reports take the earliest day any of
 * them has: the later ones repeat the first report's figure. Only the same value and the same words; in place.
 */
export function repeatedSentenceDays(readings: { vk: string; doc?: string; asOf?: string; src: { text?: string; asOf?: string } }[]): void {
  const first = new Map<string, string>();
  const keyOf = (r: (typeof readings)[number]) => (r.src.text && r.asOf ? `${r.vk}\u0000${r.src.text.replace(/\s+/g, ' ').trim().toLowerCase()}` : undefined);
  for (const r of readings) { const k = keyOf(r); if (k && (!first.has(k) || r.asOf! < first.get(k)!)) first.set(k, r.asOf!); }
  for (const r of readings) {
    const k = keyOf(r);
    const day = k ? first.get(k) : undefined;
    if (day && day < r.asOf!) { r.asOf = day; r.src.asOf = day; }
  }
}
interface QFact { subject: string; group?: Group; attribute: string; values: Map<string, FactValue>; readings: QReading[] }

/**
 * Sums in two currencies cannot be judged against each other without an exchange rate, so a sum that only
 * "amount" names ("$250,000 a seat", "Rs 10 lakh") is split by currency: facts of their own, not a
 * contradiction. (Figures of one dimension far apart, "1,600 feet" and "900 miles", are left in one fact: on
 * the stories written for the scorer splitting them lost a true contradiction and found nothing.)
 */
export function splitUnrelated<F extends Pick<QFact, 'attribute' | 'values' | 'readings'>>(f: F): F[] {
  const unit = f.readings[0]?.unit;
  if (!unit || dimension(unit) !== 'money' || f.attribute !== 'amount') return [f];
  const units = [...new Set(f.readings.map((r) => r.unit))];
  if (units.length < 2) return [f];
  return units.map((u) => {
    const rs = f.readings.filter((r) => r.unit === u);
    return { ...f, readings: rs, values: new Map([...f.values].filter(([vk]) => rs.some((r) => r.vk === vk))) };
  });
}

/**
 * Whether a sentence names one of a group's names as a whole word ("in Brazil", not "Brazilian") in a clause (between
 * commas, semicolons, colons or dashes) that holds a figure in digits: "officials said that floods in Brazil had
 * displaced 40,000 people" does, "One week after a dam collapsed in south-eastern Brazil, officials said 238 people
 * were still missing" and a dateline "BRUMADINHO, Brazil (AFP) - 292 people …" do not.
 */
export function countedInClauseNaming(text: string | undefined, names: Iterable<string>): boolean {
  if (!text) return false;
  const low = text.toLowerCase();
  const boundary = /[,;:\u2013\u2014]|\s-\s/g;
  const cuts = [0, ...[...low.matchAll(boundary)].map((m) => m.index!), low.length];
  for (const n of names) {
    const k = n.toLowerCase();
    if (!k) continue;
    for (let i = low.indexOf(k); i >= 0; i = low.indexOf(k, i + 1)) {
      const before = i === 0 ? '' : low[i - 1]!; const after = low[i + k.length] ?? '';
      if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
      const from = Math.max(...cuts.filter((c) => c <= i)); const to = Math.min(...cuts.filter((c) => c >= i + k.length));
      if (/\d/.test(low.slice(from, to))) return true;
    }
  }
  return false;
}

/** Whether a figure's sentence counts over a period (data/lexicon/story-period-count-cues.txt): "this year", "since 1941". */
export function periodCount(text: string | undefined): boolean {
  if (!text) return false;
  return listPatterns('story-period-count-cues.txt').some((re) => re.test(text));
}

const CAUSE_PATTERNS = [
  // (the window of up to three words after "by"/"of"/"from" is captured whole and each of its words tried: "killed by
  // severe flooding across Brazil", "died from complications of dengue")
  /\b(?:killed|claimed|taken)\s+by\s+(?:the\s+|a\s+|an\s+)?((?:[\p{L}\p{N}-]+\s+){0,2}[\p{L}\p{N}-]+)/giu, // "killed by dengue"
  /\b(?:died|dead|deaths?|fatalities|victims)\s+(?:of|from)\s+(?:the\s+|a\s+|an\s+)?((?:[\p{L}\p{N}-]+\s+){0,2}[\p{L}\p{N}-]+)/giu, // "died of cholera"
  // (the word opens at a word start: unanchored, each start inside one long word was tried again, quadratic)
  /(?<![\p{L}\p{N}-])([\p{L}\p{N}-]+)(?:\s+(?:fever|outbreak|epidemic|virus))?\s+(?:has\s+|have\s+|had\s+)?(?:killed|claimed)\b/giu, // "dengue fever killed"
];
/** Each listed cause's stem, with a pattern finding any word of its group (a line of the list) as a whole word. */
let otherCauses: Map<string, RegExp> | undefined;
function causeGroups(): Map<string, RegExp> {
  const out = new Map<string, RegExp>();
  for (const line of readListFile('story-other-death-causes.txt')) {
    const stems = [...new Set(line.split(/\s+/).map(causeStem))];
    // (the stem as a whole word, with a plural or -ing ending at most: "fluid", "heated", "stormed" do not name the cause)
    const re = new RegExp(`(?:^|[^\\p{L}])(?:${stems.join('|')})(?:s|es|ing|ings)?(?![\\p{L}])`, 'u');
    for (const st of stems) out.set(st, re);
  }
  return out;
}
/** A cause word's lexicon form: lower case, without a plural or -ing ending ("floods", "flooding" -> "flood"). */
/** (a number after a hyphen is the disease's year or strain: "COVID-19", "H5N1" stays whole) */
const causeStem = (w: string) => w.toLowerCase().replace(/-\d+$/, '').replace(/(?<=sh|ch|ss|x)es$|s$/, '').replace(/ing$/, '');
/**
 * Whether a toll's sentence gives as its cause an event of its own (data/lexicon/story-other-death-causes.txt: "killed
 * by dengue", "dengue fever killed 700", "died of cholera") that `rest`, the story's reports with this toll's sentences
 * taken out, never names: a country's figure of another event, not a reading of the story's incident. Linear.
 */
export function otherCauseToll(text: string | undefined, rest: string): boolean {
  if (!text) return false;
  otherCauses ??= causeGroups();
  const lowRest = rest.toLowerCase();
  const seen = new Set<string>(); // (each listed cause looked up in the rest once, however often the sentence gives it)
  for (const m of CAUSE_PATTERNS.flatMap((re) => [...text.matchAll(re)])) {
    for (const word of (m[1] ?? '').split(/\s+/)) {
      if (!word) continue;
      const stem = causeStem(word);
      const group = otherCauses.get(stem);
      if (!group || seen.has(stem)) continue;
      seen.add(stem);
      // (foreign only when no word of the cause's group appears elsewhere: "the earthquake killed 70" in a quake story)
      if (!group.test(lowRest)) return true;
    }
  }
  return false;
}

/** Whether readings, told phase by phase as a count that only grows is, agree in every phase (judgeSeries). */
export function seriesHolds(attribute: string, readings: QReading[]): boolean {
  return splitPhases(attribute, readings).every((ph) => judgeSeries(attribute, ph.readings).consistent);
}

let projection: RegExp | undefined;
/**
 * Whether a figure is projected, not reached (data/lexicon/story-projection-cues.tsv): a modal ends the clause before
 * it, with a verb of rising after the modal or opening the figure ("the toll would exceed 440", the verb inside the
 * figure's own text; "could reach 20,000"; "is expected to rise to 500"). `before` is the figure's clause up to it, `own` the figure's text.
 */
export function projectedFigure(before: string, own: string): boolean {
  if (!projection) {
    const rows = readDataRows(join(projectRoot, 'data', 'lexicon', 'story-projection-cues.tsv'));
    const of = (k: string) => alternation(rows.filter((r) => r[1] === k).map((r) => r[0]!.toLowerCase()), phrasePattern);
    const verb = of('verb');
    // a verb of rising must follow the modal, before the figure or as its opening word: a modal alone right before a
    // figure is no projection, and "May" or "Will" so placed is a month or a name ("Since May 310 people have died")
    const more = `(?:more\\s+than\\s+|at\\s+least\\s+)?`;
    projection = new RegExp(`\\b(?:${of('modal')})\\s+(?:(?:${verb})\\s+(?:(?:to|above|beyond|past|over)\\s+)?${more}\u0000|${more}\u0000(?:${verb})\\b)`, 'i');
  }
  // the clause's last 60 characters, then the figure's own opening word ("exceed 440")
  return projection.test(`${before.slice(-60)}\u0000${own.slice(0, 20)}`);
}

/** Adds a fact's values, sources and readings to another's (each source and reading once). */
function mergeInto(head: QFact, f: QFact): void {
  for (const [vk, fv] of f.values) {
    const h = head.values.get(vk);
    if (!h) { head.values.set(vk, fv); continue; }
    for (const src of fv.sources) if (!h.sources.some((x) => x.document === src.document && chainKey(x.attribution) === chainKey(src.attribution))) h.sources.push(src);
    if (fv.asOf && (!h.asOf || fv.asOf < h.asOf)) h.asOf = fv.asOf;
  }
  for (const r of f.readings) if (!head.readings.some((x) => x.doc === r.doc && x.voice === r.voice && x.vk === r.vk)) head.readings.push(r);
}

/** The values of one phase: the fact's values restricted to the phase's readings and their sources. */
function phaseValues(all: Map<string, FactValue>, readings: QReading[]): FactValue[] {
  const out = new Map<string, FactValue>();
  for (const r of readings) {
    const base = all.get(r.vk)!;
    if (!out.has(r.vk)) { const { sources: _s, asOf: _a, ...rest } = base; out.set(r.vk, { ...rest, sources: [] }); }
    const fv = out.get(r.vk)!;
    fv.sources.push(r.src);
    if (r.src.asOf && (!fv.asOf || r.src.asOf < fv.asOf)) fv.asOf = r.src.asOf;
  }
  return [...out.values()];
}

/** A reading of the whole that falls below a same-day-or-earlier floor of a part, if any. */
function findBelow(whole: Reading[], part: Reading[]): [Reading, Reading] | undefined {
  for (const w of whole) {
    const wi = scale(interval(w.value, w.mod), toSi(1, w.unit));
    for (const p of part) {
      if (!w.asOf || !p.asOf || p.asOf.slice(0, 10) > w.asOf.slice(0, 10)) continue;
      const pi = scale(interval(p.value, p.mod), toSi(1, p.unit));
      if (wi.hi < pi.lo || (wi.hi === pi.lo && (wi.hiOpen || pi.loOpen))) return [w, p];
    }
  }
  return undefined;
}

/** The earliest report's headline line (a document without a title often starts with one). */
function headlineOf(docs: StoryDoc[]): string | undefined {
  for (const d of docs) {
    const h = d.a.sentences.find((x) => x.kind === 'HEADLINE');
    if (h) return d.a.document.text.slice(h.start, h.end).trim();
  }
  return undefined;
}
