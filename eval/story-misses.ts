// Why a gold story event or fact was missed, with no text: EVAL_MISS_KINDS=1 makes the story scorer print, instead
// of its gold/system tables, counts of the misses by cause, so the stories written for the scorer say what kind of
// thing the story stage loses without anyone reading their reports or golds. A kind names only event types, roles
// (participant/place), the rule that decided a verdict and features of the values (bounds, units, days), never a
// name, value or sentence.
//   merged events: no system event of the type / every name held but too few documents (told by several events of
//     the type, or not at all) / a name only one report attaches (in otherParticipants) / names spread over several
//     events of the type (with their dates) / a name no event of the type holds (on an event of another type, or on
//     none); a suffix says when the closest event is another gold event's hit (two gold events merged into one).
//   facts: no fact with the attribute / the attribute under another subject / gold values missing / verdict wrong
//     (want consistent got conflict and the reverse) with the rule that decided it.

import type { Fact, StoryEvent } from '../src/story/types.js';
import { calendarShape } from './value-shape.js';
import { isRoleAttribute } from '../src/story/roles.js';

export interface StoryGoldEvent { type: string; participants: string[]; places?: string[]; anyOf?: string[]; minDocuments?: number }
export interface StoryGoldValue { value: number | string; unit?: string; mod?: string; documents?: string[]; asOf?: string }
export interface StoryGoldFact { subject: string; attribute: string; values: StoryGoldValue[]; consistent: boolean; eventType?: string }
/** Whether a gold name and a system name are one (the scorer's match, with the story's aliases). */
export type NameMatch = (gold: string, sys: string) => boolean;

/**
 * The cause of a missed gold event (undefined for a hit). `hits` are the system events that matched other gold
 * events of the story.
 */
export function storyEventMissKind(g: StoryGoldEvent, events: StoryEvent[], match: NameMatch, hits: Set<StoryEvent> = new Set()): string | undefined {
  const min = g.minDocuments ?? 1;
  const required: { name: string; role: 'participant' | 'place' }[] = [
    ...g.participants.map((name) => ({ name, role: 'participant' as const })),
    ...(g.places ?? []).map((name) => ({ name, role: 'place' as const })),
  ];
  const names = (e: StoryEvent, others = false) => [...e.participants, ...(e.places ?? []), ...(others ? e.otherParticipants ?? [] : [])];
  const holds = (ns: string[], n: string) => ns.some((x) => match(n, x));
  const whole = (ns: string[]) => required.every((r) => holds(ns, r.name)) && (!g.anyOf?.length || g.anyOf.some((n) => holds(ns, n)));
  const same = events.filter((e) => e.type === g.type);
  const full = same.filter((e) => whole(names(e)));
  if (full.some((e) => e.documents.length >= min)) return undefined;
  const tag = (k: string) => `event ${g.type}: ${k}`;
  if (!same.length) {
    const other = events.some((e) => whole(names(e, true)));
    return tag(`no system event of the type${required.length && other ? ' (an event of another type holds every name)' : ''}`);
  }
  const merged = (es: StoryEvent[]) => (es.some((e) => hits.has(e)) ? '; that event is another gold event\'s hit' : '');
  if (full.length) {
    // every name is on one event, but too few reports tell it: do the type's other events hold the rest?
    const docs = new Set(same.flatMap((e) => e.documents));
    const best = full.reduce((a, b) => (b.documents.length > a.documents.length ? b : a));
    return tag(`every name held, too few documents (${docs.size >= min ? `the type's other events hold the rest: split; ${splitWhy(best, same)}` : 'too few even over all events of the type'})${merged([best])}`);
  }
  const withOthers = same.filter((e) => whole(names(e, true)));
  if (withOthers.length) return tag(`a name only one report attaches (in otherParticipants)${merged(withOthers)}`);
  // names spread over several events of the type
  const covered = required.every((r) => same.some((e) => holds(names(e), r.name))) && (!g.anyOf?.length || g.anyOf.some((n) => same.some((e) => holds(names(e), n))));
  if (covered) {
    const holders = same.filter((e) => required.some((r) => holds(names(e), r.name)));
    const dates = new Set(holders.map((e) => e.date ?? 'undated'));
    return tag(`names spread over several events of the type (${dates.size > 1 ? 'their dates differ' : 'same or no date'})`);
  }
  // the event of the type that holds most names: what it lacks, and whether any event of the story holds it
  let best = same[0]; let bestN = -1;
  for (const e of same) {
    const n = required.filter((r) => holds(names(e, true), r.name)).length;
    if (n > bestN) { bestN = n; best = e; }
  }
  const lacks = new Set<string>();
  for (const r of required) {
    if (same.some((e) => holds(names(e, true), r.name))) continue;
    lacks.add(`${r.role} on no event of the type (${events.some((e) => holds(names(e, true), r.name)) ? 'on an event of another type' : 'on no event'})`);
  }
  if (g.anyOf?.length && !g.anyOf.some((n) => same.some((e) => holds(names(e, true), n)))) lacks.add(`anyOf name on no event of the type (${g.anyOf.some((n) => events.some((e) => holds(names(e, true), n))) ? 'on an event of another type' : 'on no event'})`);
  return tag(`${[...lacks].sort().join(' + ') || 'names spread over events and otherParticipants'}${merged([best])}`);
}

/**
 * What sets the best event apart from the type's other events that hold reports it lacks: their dates more than a
 * day apart, participants on both sides with none shared, participants on one side only, places on both sides
 * with none shared; "nothing seen" when the story's fields show no difference.
 */
export function splitWhy(best: StoryEvent, same: StoryEvent[]): string {
  const day = (e: StoryEvent) => (e.date ? Date.parse(e.date) : undefined);
  const reasons = new Set<string>();
  for (const o of same) {
    if (o === best || !o.documents.some((d) => !best.documents.includes(d))) continue;
    const r: string[] = [];
    const a = day(best); const b = day(o);
    if (a !== undefined && b !== undefined && Math.abs(a - b) > 86400000) r.push('dates apart');
    const pa = new Set(best.participants); const pb = o.participants;
    if (pa.size && pb.length && !pb.some((p) => pa.has(p))) r.push('participants disjoint');
    else if (Boolean(pa.size) !== Boolean(pb.length)) r.push('participants on one side only');
    const la = best.places ?? []; const lb = o.places ?? [];
    if (la.length && lb.length && !lb.some((p) => la.includes(p))) r.push('places disjoint');
    reasons.add(r.length ? r.join(' & ') : 'nothing seen');
  }
  return [...reasons].sort().join(' | ');
}

const BOUND = /^(AT_LEAST|MIN|EQUAL_OR_MORE|MORE_THAN|AT_MOST|MAX|EQUAL_OR_LESS|LESS_THAN|ON_OR_AFTER|AFTER|ON_OR_BEFORE|BEFORE)$/;

/** Features of a fact's values that a verdict turns on: bounds, approximation, several units, one or several days. */
export function valueFeatures(f: Fact): string {
  const mods = f.values.map((v) => v.mod).filter((m): m is string => Boolean(m));
  const out: string[] = [];
  if (mods.some((m) => BOUND.test(m))) out.push('bound');
  if (mods.includes('APPROX')) out.push('approx');
  if (new Set(f.values.map((v) => v.unit).filter(Boolean)).size > 1) out.push('units differ');
  const days = new Set(f.values.flatMap((v) => v.sources.map((s) => s.asOf?.slice(0, 10) ?? v.asOf?.slice(0, 10))).filter(Boolean));
  out.push(days.size > 1 ? 'several days' : 'one day');
  if (f.kind === 'time') out.push(...timeFeatures(f));
  return out.join(', ');
}

const DAY = 86400000;
/**
 * How a time fact's days lie: the spread between its earliest and latest day, how many readings fall on their own
 * report's day (a day that may be the telling's, not the event's), and whether some day is after the first report.
 */
export function timeFeatures(f: Fact): string[] {
  const day = (v: string | number) => (/^\d{4}-\d{2}-\d{2}/.test(String(v)) ? Date.parse(String(v).slice(0, 10)) : undefined);
  const ds = f.values.map((v) => day(String(v.value).split('/')[0])).filter((x): x is number => x !== undefined);
  const out: string[] = [];
  // the shapes of the values (day, time-of-day, week, month, a span "a/b" …) and, for each value that is no
  // plain day, how the fact's days lie against it
  const shapes = [...new Set(f.values.map((v) => { const x = String(v.value); return x.includes('/') ? 'span' : calendarShape(x, /W\d|-WE$/); }))].sort();
  out.push(`shapes ${shapes.join('+')}`);
  if (ds.length < f.values.length) out.push('some not a day');
  if (ds.length > 1) {
    const spread = Math.round((Math.max(...ds) - Math.min(...ds)) / DAY);
    out.push(`spread ${spread <= 1 ? '1 day' : spread <= 3 ? '2-3 days' : spread <= 7 ? '4-7 days' : 'over a week'}`);
  }
  const srcs = f.values.flatMap((v) => v.sources.map((s) => ({ v: day(String(v.value).split('/')[0]), pub: s.asOf ? Date.parse(s.asOf.slice(0, 10)) : undefined })));
  const own = srcs.filter((x) => x.v !== undefined && x.v === x.pub).length;
  const before = srcs.filter((x) => x.v !== undefined && x.pub !== undefined && x.v === x.pub - DAY).length;
  out.push(`${own}/${srcs.length} readings on their report's day, ${before} on the day before`);
  const first = Math.min(...srcs.map((x) => x.pub ?? Infinity));
  if (ds.some((d) => d > first)) out.push('a day after the first report');
  return out;
}

/** The rule that decided a fact's verdict, from its reason and kind (the reason's values and names are dropped). */
export function verdictRule(f: Fact): string {
  const why = f.why ?? '';
  if (f.kind === 'place') return /km apart/.test(why) ? 'place distance' : f.consistent ? 'places compatible (same, contained, near or unlocated)' : 'places differ';
  if (f.kind === 'time') {
    if (/time was moved/.test(why)) return 'time: read as rescheduled (update)';
    if (/effort carried on over days/.test(why)) return 'time: an effort over days';
    return f.consistent ? 'time: the times overlap' : 'time: the days exclude each other';
  }
  if (/which lies inside it/.test(why)) return 'quantity: a whole below its part';
  if (/cannot go down/.test(why)) return 'update-vs-conflict by asOf: a later figure below an earlier floor';
  if (/cannot both be true/.test(why)) return `quantity: readings disagree ${/on the same day/.test(why) ? 'on the same day' : 'across days or undated (not a growing count)'}`;
  if (/rose as reports came in|agree or rise over time/.test(why)) return 'update-vs-conflict by asOf: read as a rising count';
  if (/figures of each day agree/.test(why)) return 'update-vs-conflict by asOf: a count of a state, days not compared';
  if (/within their bounds, rounding and units/.test(why)) return 'quantity: agree within bounds, rounding and units';
  if (/a single value/.test(why)) return 'a single value';
  return 'other';
}

/** What kind of value a gold value is: a date, a count (of people or things), a measure with a unit, a name. */
export function valueShape(v: StoryGoldValue): string {
  if (typeof v.value === 'number') return !v.unit || v.unit === 'person' ? 'count' : /^[A-Z]{3}$/.test(v.unit) ? 'money' : 'measure';
  return /^\d{4}(-|$)/.test(v.value) ? 'date' : 'name';
}
/** Attributes the story stage names from its own lists (people counts, sizes, dimensions, money words). */
const SYSTEM_ATTRS = /^(death toll|missing|accounted for|trapped|injured|evacuated|displaced|arrested|rescued|in the water|bodies recovered|length|height|width|depth|diameter|thickness|distance|distance drilled|rainfall|speed|mass|duration|area|volume|amount|appeal|aid|fund|pledge|budget|cost|damage|loan|grant|donation|assistance|package|deal|contract|deadline|time|location|origin|destination)$/;
const sameValue = (gv: StoryGoldValue, v: { value: string | number; unit?: string }) =>
  (typeof gv.value === 'number' ? Number(v.value) === gv.value : String(v.value).startsWith(String(gv.value).slice(0, 10))) && (!gv.unit || !v.unit || gv.unit === v.unit);

export interface FactMiss { kind: string; values?: string }

/**
 * The cause of a gold fact the system got wrong or did not find (undefined for a right verdict), and separately
 * whether gold values are missing from the fact that was found (`values`, also for a right verdict).
 */
export function storyFactMissKind(g: StoryGoldFact, f: Fact | undefined, facts: Fact[], attrMatch: (gold: string, sys: string) => boolean, valueHits: number, typeOf: (subject: string) => string = () => 'unlisted'): FactMiss | undefined {
  if (!f) {
    const withAttr = facts.filter((x) => attrMatch(g.attribute, x.attribute));
    // what the gold values are (a date, a count of people, a measure with a unit, a name), and whether a fact of
    // another attribute holds one of them (the figure was read, but called something else)
    const shapes = [...new Set(g.values.map(valueShape))].sort().join('/');
    const holders = facts.filter((x) => !attrMatch(g.attribute, x.attribute) && g.values.some((gv) => x.values.some((v) => sameValue(gv, v))));
    // the system's attributes that hold a gold value, where they come from the story stage's closed list (a counted
    // noun, which could be any word of the reports, is only said to be one)
    const named = [...new Set(holders.map((x) => (SYSTEM_ATTRS.test(x.attribute) || isRoleAttribute(x.attribute) ? x.attribute : 'a counted noun')))].sort().join('/');
    const elsewhere = holders.length > 0;
    const kind = g.attribute === 'time' || g.eventType ? `no time fact for an event of the type${withAttr.length ? ' (time facts of other events exist)' : ''}`
      : withAttr.length ? 'no fact for the subject: the attribute is there under another subject' : 'no fact with the attribute';
    return { kind: `fact not found: ${kind} (gold ${shapes}${elsewhere ? `; a gold value is on a fact of another attribute: ${named}` : ''})` };
  }
  // where the gold values the fact lacks are: another phase of it, the attribute under another subject, another
  // attribute, or no fact
  const where = new Set<string>();
  for (const gv of g.values) {
    if (f.values.some((v) => sameValue(gv, v))) continue;
    const others = facts.filter((x) => x !== f && x.values.some((v) => sameValue(gv, v)));
    const sub = others.find((x) => x.subject !== f.subject && attrMatch(g.attribute, x.attribute));
    where.add(others.some((x) => x.subject === f.subject && x.attribute === f.attribute) ? 'another phase'
      : sub ? `another subject (${typeOf(f.subject)} vs ${typeOf(sub.subject)})`
        : others.length ? 'another attribute' : 'no fact');
  }
  const values = valueHits < g.values.length ? `${f.kind ?? 'quantity'}: ${valueHits === 0 ? 'no gold value' : 'some gold values'} among the fact's values (the rest on ${[...where].sort().join('/')})` : undefined;
  if (f.consistent === g.consistent) return values ? { kind: '', values } : undefined;
  const phase = f.phase ? `, phase ${f.phase.index}/${f.phase.of}` : '';
  const kind = `verdict want ${g.consistent ? 'consistent got conflict' : 'conflict got consistent'}: ${verdictRule(f)} (${f.values.length > 1 ? `${f.values.length} values` : '1 value'}, ${valueFeatures(f)}${phase})`;
  return { kind, ...(values ? { values } : {}) };
}

/** Counts of kinds, most frequent first, ties by name. */
export function countKinds(kinds: string[]): [string, number][] {
  const m = new Map<string, number>();
  for (const k of kinds) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
