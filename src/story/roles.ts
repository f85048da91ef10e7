// What a head count or a measure is about, read with data/lexicon/story.json: "22 crew members", "a crew
// of eight" and "six workers" count the crew of a vehicle or the workers of a site; "the 1.6-mile bridge"
// and "the channel, 50 feet deep" measure a bridge and a channel; "on board the Dali", "the bow of the
// Dali" say the Dali is a vehicle, whatever type the entities stage gave the name. "1,500 French troops"
// counts a country's force (its owner 'country': the demonym, or the place that has them, says whose).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../core/shared.js';
import type { Offsets } from '../core/types.js';
import { alternation, phrasePattern } from '../core/regex.js';

export type RoleOwner = 'vehicle' | 'site' | 'org' | 'country';
export interface Role { attribute: string; owner: RoleOwner }

export interface StoryLexicon {
  roles: Map<string, Role>;
  collectives: Set<string>;
  /** Words that bound or approximate the figure right after them ("about", "at least", "just over"): an alternation, longest first. */
  countBound: string;
  /** Bodies formed or sent for a task, whose members a head count after "of" numbers ("a rescue team of 136 soldiers"): an alternation. */
  teamNouns: string;
  /** Verbs that form or staff such a team, whose own "with" gives its size ("launched … with some 500 officers"): an alternation. */
  teamFormationVerbs: string;
  vehicleNouns: Set<string>;
  vehicleParts: Set<string>;
  measureNouns: Map<string, string>;
  /** Words beside a sum of money and what they make it ("fined" → "fine"), longest first, as one pattern. */
  moneyWords: Map<string, string>;
  moneyPattern: RegExp;
  /** One name for a group named in several ways ("foreign nationals" → "foreigners"). */
  groupNames: Map<string, string>;
  /** A bare group noun whose name depends on whose it is ("officers"): name -> a pattern of the bodies that give it, for each name. */
  groupOwners: Map<string, [string, RegExp][]>;
  /** Bodies and offices a place name before them in lower case qualifies ("the Minas Gerais fire department"). */
  authorityNouns: RegExp;
  /** Groups that are a share of the people a story counts, never all of them ("26 foreigners were killed"). */
  partGroups: Set<string>;
  /** Groups by sex or age: a share of the harmed where a sentence lists two or more of them ("98 women and 56 men"). */
  breakdownGroups: Set<string>;
  /** words that modify the noun a length of time names ("hostage siege"), and nouns after one that name no occurrence ("a 100-year flood") */
  durationModifiers: Set<string>;
  durationNotOccurrences: Set<string>;
  /** words before a substance's name that say how it is ('highly toxic'), and participles that end its name ('stored') */
  substanceModifiers: Set<string>;
  substanceEndParticiples: Set<string>;
}

let cached: StoryLexicon | undefined;

/** data/lexicon/story.json, loaded on first use. */
export function storyLexicon(): StoryLexicon {
  if (cached) return cached;
  const raw = JSON.parse(readFileSync(join(projectRoot, 'data', 'lexicon', 'story.json'), 'utf8')) as {
    roles: Record<string, [string, RoleOwner]>; collectives: string[]; countBounds?: string[]; teamNouns?: string[]; teamFormationVerbs?: string[]; vehicleNouns: string[]; vehicleParts: string[]; measureNouns: Record<string, string>; moneyWords: Record<string, string>; groupNames: Record<string, string>; groupOwners?: Record<string, Record<string, string[]>>; authorityNouns: string[]; partGroups?: string[]; breakdownGroups?: string[]; durationModifiers?: string[]; durationNotOccurrences?: string[]; substanceModifiers?: string[]; substanceEndParticiples?: string[];
  };
  cached = {
    roles: new Map(Object.entries(raw.roles).map(([k, [attribute, owner]]) => [k, { attribute, owner }])),
    collectives: new Set(raw.collectives),
    countBound: alternation(raw.countBounds ?? [], phrasePattern) || '(?!)',
    teamNouns: alternation(raw.teamNouns ?? [], phrasePattern) || '(?!)',
    teamFormationVerbs: alternation(raw.teamFormationVerbs ?? [], phrasePattern) || '(?!)',
    vehicleNouns: new Set(raw.vehicleNouns),
    vehicleParts: new Set(raw.vehicleParts),
    measureNouns: new Map(Object.entries(raw.measureNouns)),
    groupNames: new Map(Object.entries(raw.groupNames ?? {})),
    groupOwners: new Map(Object.entries(raw.groupOwners ?? {}).map(([g, names]) => [g, Object.entries(names).map(([name, bodies]) => [name, new RegExp(`\\b(?:${alternation(bodies, phrasePattern)})(?![\\p{L}])`, 'giu')] as [string, RegExp])])),
    partGroups: new Set(raw.partGroups ?? []),
    breakdownGroups: new Set(raw.breakdownGroups ?? []),
    durationModifiers: new Set(raw.durationModifiers ?? []),
    durationNotOccurrences: new Set(raw.durationNotOccurrences ?? []),
    substanceModifiers: new Set(raw.substanceModifiers ?? []),
    substanceEndParticiples: new Set(raw.substanceEndParticiples ?? []),
    moneyWords: new Map(Object.entries(raw.moneyWords ?? {})),
    moneyPattern: new RegExp(`\\b(${alternation(Object.keys(raw.moneyWords ?? {}), phrasePattern)})\\b`, 'i'),
    // longest first, words escaped, a word boundary after: "the Minas Gerais fire department said"
    authorityNouns: new RegExp(`^\\s+(?:state\\s+|city\\s+|municipal\\s+|regional\\s+|local\\s+|federal\\s+|provincial\\s+|county\\s+)?(?:${alternation(raw.authorityNouns, phrasePattern)})(?![\\p{L}])`, 'u'),
  };
  return cached;
}

/**
 * The role a head count counts: a collective just before it ("a crew of eight", "its staff of 300"),
 * whatever noun follows; or its own counted noun, two words or one ("22 crew members", "six
 * construction workers"). Undefined for other counts ("two pilots", "64 people").
 */
export function roleOf(q: { unit: string; text?: string }, before: string): Role | undefined {
  const lex = storyLexicon();
  const c = /\b([a-z]+)\s+of\s*$/i.exec(before)?.[1]?.toLowerCase();
  if (c && lex.collectives.has(c)) return lex.roles.get(c);
  if (q.unit !== 'person') return undefined;
  const w = (q.text ?? '').toLowerCase().match(/[a-z]+/g) ?? [];
  return lex.roles.get(w.slice(-2).join(' ')) ?? lex.roles.get(w[w.length - 1] ?? '');
}

/**
 * Whether the words around a name's mention say it is a vehicle: "on board / aboard the Dali", "the
 * container ship Dali", "the bow of the Dali", "the Dali's hull", "the Dali, a cargo ship".
 */
export function vehicleCue(text: string, m: Offsets): boolean {
  const lex = storyLexicon();
  const before = text.slice(Math.max(0, m.start - 40), m.start).toLowerCase();
  const after = text.slice(m.end, m.end + 60).toLowerCase();
  if (/\b(?:on board|aboard|onboard)\s+(?:the\s+)?$/.test(before)) return true;
  const prev = /\b([a-z]+)\s+$/.exec(before)?.[1];
  if (prev && lex.vehicleNouns.has(prev)) return true;
  const part = /\b([a-z]+)\s+of\s+(?:the\s+)?$/.exec(before)?.[1];
  if (part && lex.vehicleParts.has(part)) return true;
  const own = /^['’]s\s+([a-z]+)/.exec(after)?.[1];
  if (own && lex.vehicleParts.has(own)) return true;
  // the head of the appositive noun phrase is its last word before the next comma or stop
  const appos = /^,\s+(?:a|an|the)\s+([a-z -]+?)\s*[,.;)]/.exec(after);
  return Boolean(appos && lex.vehicleNouns.has(appos[1].split(/[\s-]+/).pop()!));
}

/**
 * The thing a distance measures when the phrase says so: a measure before a noun ("the 1.6-mile
 * bridge", "a 300-metre tower"), or after a description set off by a comma ("the channel, 50 feet
 * deep"). `after` starts right after the quantity (a restatement in brackets already skipped);
 * `beforeAll` is the text before it in its sentence. Returns the noun and the dimension it gives.
 */
export function measuredNoun(qText: string, after: string, beforeAll: string): { noun: string; dimension?: string; prenominal: boolean; named?: boolean } | undefined {
  const lex = storyLexicon();
  // pre-nominal: "1.6-mile bridge", "300-metre-high tower" (the adjective gives its own dimension), or a
  // name whose head is such a noun ("the 2.3-mile Elling Bridge": the name itself is the subject)
  if (/\d\s*-\s*[a-z]+$/i.test(qText)) {
    const ws = after.replace(/^-[a-z]+/, '').trimStart().split(/\s+/).slice(0, 6).map((w) => w.replace(/['’]s$|[^\p{L}-]+$/gu, ''));
    const cap = (w: string) => /^\p{Lu}/u.test(w);
    let k = 0;
    while (k < ws.length && cap(ws[k])) k++;
    const noun = (k ? ws[k - 1] : ws[0])?.toLowerCase();
    if (noun && lex.measureNouns.has(noun)) return { noun, dimension: lex.measureNouns.get(noun), prenominal: true, ...(k ? { named: true } : {}) };
  } else if (/\d\s*[a-z]+$/i.test(qText)) {
    // without a hyphen only a measure noun right after it: "800 mm pipes" (not "drilled 22 metres through the tunnel")
    const w = /^\s+([a-z]+)\b/.exec(after)?.[1]?.toLowerCase();
    if (w && lex.measureNouns.has(w)) return { noun: w, dimension: lex.measureNouns.get(w), prenominal: true };
  }
  // apposition: "the channel, 50 feet deep" (a description right before, then a comma)
  // (a second measure coordinated with a first keeps its description: "the channel, 50 feet deep and 700 feet wide")
  const ap = /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\s*,\s*(?:[\d.,]+\s+[a-z]+\s+(?:long|tall|high|wide|deep)\s+and\s+)?(?:about|some|nearly|almost|roughly|around|more than|over)?\s*$/.exec(beforeAll);
  if (ap) return { noun: ap[1].toLowerCase(), prenominal: false };
  // "pipes with a diameter of 800 millimetres", "a tunnel with a length of 4.5 km"
  const w = /\b([a-z]+)\s+(?:with|of|having)\s+an?\s+(?:diameter|length|height|width|depth|thickness)\s+of\s+(?:about|some|nearly|almost|roughly|around|more than|over|up to)?\s*$/i.exec(beforeAll);
  if (w && lex.measureNouns.has(w[1].toLowerCase())) return { noun: w[1].toLowerCase(), prenominal: false };
  return undefined;
}

/** Whether an attribute is a head count by role (the crew, the workers): a count at a moment, like the missing. */
export function isRoleAttribute(attribute: string): boolean {
  for (const r of storyLexicon().roles.values()) if (r.attribute === attribute) return true;
  return false;
}
