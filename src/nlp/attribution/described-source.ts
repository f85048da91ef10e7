// A source written as a definite description ("the Chief Justice said", "the central bank said", "the prime
// minister said") names someone the report introduced earlier: "Chief Justice DY Chandrachud", "The Bank of Japan",
// "Prime Minister Rishi Sunak". The link keeps the words as written and takes that entity, found as the nearest
// earlier mention (a) after the same role as a title ("Prime Minister Rishi Sunak"), (b) apposed to the same role
// ("Hui Ka Yan, the group's founder,"), or (c) of an organisation whose own name holds the head noun ("the central
// bank" → "Bank of Japan"). Matched by the head noun alone, no modifier before it ("the union" → "European
// Union"), the organisation loses the description when a rival that could be called so too ("British Medical
// Association") is named after its last mention, however near or far. Generic heads that any body could be called
// ("the company", "the firm", "the group") tie the words to no name; a few of them that name the kind of organisation
// a report is about ("the company", "the firm", "the operator", "the agency") take the organisation of that kind the
// report has named most often before the sentence, when one leads (salientOrganisation). The whole
// role must be told of the entity: the words before an organisation's head must stand in its name or aliases ("the
// central bank" is no "World Bank"), an apposition with "former"/"acting"/"late" gives no present role, and when two
// entities fit ("President Joe Biden met President Volodymyr Zelensky … the president said") the description is left
// unlinked. Word lists: data/lexicon/attribution-described-*.txt/tsv.
import { join } from 'node:path';
import { projectRoot } from '../../core/shared.js';
import { readDataRows } from '../../core/data-rows.js';
import { readWordSet } from '../../core/word-lists.js';
import { phrasePattern } from '../../core/regex.js';
import type { Entity } from '../../core/types.js';
import { PRONOUN_MENTION } from './gender.js';
import type { Tok } from '../claims/text.js';

/** How far back (characters) an antecedent may stand. */
const WINDOW = 3000;
const ORG_TYPES = new Set(['ORG']);
const PERSON_TYPES = new Set(['PERSON']);

interface WordsKinds { words: Set<string>; kinds: Set<string> }
interface Lists {
  generic: ReadonlySet<string>; notNow: ReadonlySet<string>; away: ReadonlySet<string>; stand: Map<string, WordsKinds>; rivals: Map<string, WordsKinds>;
  salient: Map<string, WordsKinds>; short: Map<string, string>; agePersons: ReadonlySet<string>;
  notCompany: ReadonlySet<string>;
}
let cached: Lists | undefined;
function lists(): Lists {
  if (cached) return cached;
  const table = (file: string): Map<string, WordsKinds> => {
    const out = new Map<string, WordsKinds>();
    for (const [key, words, kinds] of readDataRows(join(projectRoot, 'data', 'lexicon', file))) {
      out.set(key!, { words: new Set((words ?? '').split(/\s+/).filter(Boolean)), kinds: new Set((kinds ?? '').split(/\s+/).filter(Boolean)) });
    }
    return out;
  };
  cached = {
    generic: readWordSet('attribution-described-generic.txt'), notNow: readWordSet('attribution-described-not-now.txt'),
    stand: table('attribution-described-modifiers.tsv'), rivals: table('attribution-described-rivals.tsv'),
    away: readWordSet('attribution-described-away.txt'), salient: new Map(), agePersons: readWordSet('attribution-described-age-persons.txt'),
    notCompany: readWordSet('attribution-described-not-company.txt'),
    short: new Map(readDataRows(join(projectRoot, 'data', 'lexicon', 'attribution-described-short-roles.tsv')).map(([w, r]) => [w!.toLowerCase(), r!.toLowerCase()])),
  };
  // (the kinds are the second cell here: the head's own row holds no name words)
  for (const [head, kinds] of readDataRows(join(projectRoot, 'data', 'lexicon', 'attribution-described-salient.tsv'))) {
    cached.salient.set(head!, { words: new Set(), kinds: new Set((kinds ?? '').split(/\s+/).filter(Boolean)) });
  }
  return cached;
}

const nameWords = (e: Entity): Set<string> => new Set([e.name, e.kb?.name ?? '', ...((e as { aliases?: string[] }).aliases ?? [])]
  .flatMap((n) => n.toLowerCase().split(/[^\p{L}]+/u)).filter(Boolean));
/**
 * Every modifier before the head stands in the organisation's name (`words`: its nameWords), or is told by a word or
 * kind that stands for it.
 */
function modifiersFit(e: Entity, words: ReadonlySet<string>, mods: string[]): boolean {
  return mods.every((m) => {
    if (words.has(m)) return true;
    const st = lists().stand.get(m);
    return !!st && ([...st.words].some((w) => words.has(w)) || (!!e.kind && st.kinds.has(e.kind)));
  });
}

/**
 * No rival for an organisation matched by the head noun alone ("the union" → "European Union"): no other organisation
 * that could be called so too is named between its last mention before `at` and the description. A rival's name holds
 * the head, or a word or KB kind listed for the head (data/lexicon/attribution-described-rivals.tsv: a "Medical
 * Association" is a union too). Any distance counts alike; an organisation that could not be so called ("Reuters")
 * is no rival. Called only for a head-noun match, so the other mentions are read only then.
 */
function noRivalSince(e: Entity, entities: readonly Entity[], head: string, at: number): boolean {
  let end = -1;
  for (const m of e.mentions) if (m.end <= at && at - m.end <= WINDOW && m.end > end) end = m.end;
  if (end < 0) return false;
  const kin = lists().rivals.get(head);
  for (const o of entities) {
    if (o === e || !ORG_TYPES.has(o.type) || !o.mentions.some((m) => m.end > end && m.end <= at)) continue;
    const words = nameWords(o);
    if (words.has(head) || (!!kin && ([...kin.words].some((w) => words.has(w)) || (!!o.kind && kin.kinds.has(o.kind))))) return false;
  }
  return true;
}

/**
 * The entity a description toks[a..b] ("the" + up to four words, no name) refers back to, or undefined. `text` is
 * the document text, `at` the description's start offset. Undefined too when more than one entity fits.
 */
export function describedEntity(text: string, entities: readonly Entity[], toks: Tok[], a: number, b: number): Entity | undefined {
  if (toks[a]?.l !== 'the' || b <= a || b - a > 4) return undefined;
  const age = /^(\d{1,3})-year-old$/.exec(toks[a + 1]!.l);
  // an age names a person only alone ("the 35-year-old") or before a person noun ("the 35-year-old woman"): "the
  // 120-year-old retailer" is a company, and no head of a company or generic body takes a person by age
  if (age) {
    const L = lists();
    const ageHead = toks[b]!.l;
    if (b === a + 1 || (L.agePersons.has(ageHead) && !L.salient.has(ageHead))) return agedPerson(text, entities, age[1]!, toks[0]!.s, toks[a]!.s);
    return undefined;
  }
  const words = toks.slice(a + 1, b + 1);
  if (words.some((w) => !w.w || /'s?$/.test(w.l) || /^\d/.test(w.l))) return undefined;
  const L = lists();
  // a role written short stands for its title: "the PM said" → "Prime Minister Narendra Modi"
  const written = words.map((w) => w.l);
  const role = written.length === 1 ? L.short.get(written[0]!) ?? written[0]! : written.join(' ');
  const head = role.split(' ').pop()!;
  if (head.length < 3) return undefined;
  // ("the former minister said" names no one by a present role)
  if (words.some((w) => L.notNow.has(w.l))) return undefined;
  const mods = words.slice(0, -1).map((w) => w.l);
  const generic = L.generic.has(head);
  const at = toks[a]!.s;
  // (b) the whole role apposed right after the name, no "former"/"acting" before it: "Rishi Sunak, the prime minister,"
  const apposition = generic ? null : appositionRe(role);
  let best: Entity | undefined;
  let bestEnd = -1;
  const fits = new Set<Entity>();
  for (const e of entities) {
    const person = PERSON_TYPES.has(e.type);
    const org = ORG_TYPES.has(e.type);
    if (!person && !org) continue;
    // (c) an organisation whose name holds the head, and the words before it: "the central bank" → "Bank of Japan";
    // a property of the entity, read once for all its mentions. Only a match by the bare head ("the union") asks for
    // no rival named since: a modifier that fits ("central") already ties the words to this organisation.
    let named: boolean | undefined;
    for (const m of e.mentions) {
      if (m.end > at || at - m.end > WINDOW) continue;
      // (a) the role as a title right before the name: "Chief Justice DY Chandrachud" (not "former Prime Minister …")
      const before = text.slice(Math.max(0, m.start - role.length - 30), m.start).toLowerCase().replace(/\s+/g, ' ');
      const lead = before.trimEnd();
      const titled = lead.endsWith(role) && /(^|[^a-z])$/.test(lead.slice(0, lead.length - role.length) || ' ')
        && !L.notNow.has(lead.slice(0, lead.length - role.length).trim().split(/[\s-]+/).pop() ?? '');
      const after = text.slice(m.end, m.end + 80).toLowerCase();
      const ap = apposition ? apposition.exec(after) : null;
      const apposed = !!ap && !(ap[1] ?? '').split(/\s+/).some((w) => L.notNow.has(w) || /^ex-/.test(w));
      if (named === undefined) {
        // (a name in the plural only for a head naming a kind of organisation: "the airline" → "Malaysia Airlines",
        // but "the doctor" is no "Doctors Without Borders")
        const words = org && !generic ? nameWords(e) : undefined;
        named = !!words && (words.has(head) || (L.salient.has(head) && words.has(head + 's'))) && modifiersFit(e, words, mods) && (mods.length > 0 || noRivalSince(e, entities, head, at));
      }
      if (titled || apposed || named) {
        fits.add(e);
        if (m.end > bestEnd) { best = e; bestEnd = m.end; }
      }
    }
  }
  if (fits.size) return fits.size === 1 ? best : undefined;
  return salientOrganisation(text, entities, L, head, mods, toks[0]!.s, at);
}

// The patterns of one role or head, built once and kept: built per call, every description of a report compiled its
// own copy on first use. They have neither the g nor the y flag, so exec and test keep no state between uses and one
// copy serves every report. Roles come from the report's words: the cache is emptied when it grows large.
/** How many roles (and heads) keep their patterns before the cache is emptied. */
export const PATTERN_CACHE_LIMIT = 5000;
const appositionCache = new Map<string, RegExp>();
/** The apposition pattern of a role (", the finance minister"); one shared object per role. Exported for tests. */
export function appositionRe(role: string): RegExp {
  let re = appositionCache.get(role);
  if (!re) {
    if (appositionCache.size >= PATTERN_CACHE_LIMIT) appositionCache.clear();
    appositionCache.set(role, re = new RegExp(`^,\\s+(?:the|a|an)\\s+((?:[\\w'’-]+\\s+){0,2}?)${phrasePattern(role)}\\b`));
  }
  return re;
}
const calledCache = new Map<string, { apposed: RegExp; premodified: RegExp }>();
/** The apposed and premodified patterns of a head; one shared pair per head. Exported for tests. */
export function calledRes(head: string): { apposed: RegExp; premodified: RegExp } {
  let r = calledCache.get(head);
  if (!r) {
    if (calledCache.size >= PATTERN_CACHE_LIMIT) calledCache.clear();
    calledCache.set(head, r = {
      apposed: new RegExp(`^\\s*,\\s+(?:a|an|the)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?${phrasePattern(head)}\\b`, 'iu'),
      premodified: new RegExp(`\\b${phrasePattern(head)}\\s+$`, 'iu'),
    });
  }
  return r;
}
/** Test hook: how many roles and heads the two caches hold now. */
export const patternCacheSizes = (): { apposition: number; called: number } => ({ apposition: appositionCache.size, called: calledCache.size });

/**
 * "the company said", "the Las Vegas-based operator said": a head no name holds (data/lexicon/attribution-described-
 * salient.tsv) names the organisation the report is about — of the head's kinds, the one named most often before
 * the description's sentence (`sentStart`), its last mention within WINDOW of `at`. A tie leaves it unlinked ("UBS
 * … Credit Suisse … the bank said"), and so does a modifier pointing elsewhere ("the rival company", "the former
 * operator"). Mentions in the description's own sentence do not count: '"If Adani is serious, …," the firm said'.
 */
function salientOrganisation(text: string, entities: readonly Entity[], L: Lists, head: string, mods: string[], sentStart: number, at: number): Entity | undefined {
  const row = L.salient.get(head);
  if (!row || mods.some((m) => L.away.has(m) || L.notNow.has(m) || /^ex-/.test(m))) return undefined;
  // an organisation the report itself called so ("Counterpoint, a research firm,", "research firm Counterpoint") is
  // the one meant, whatever else is named more often; two so called: none
  const { apposed, premodified } = calledRes(head);
  const called = new Set<Entity>();
  for (const e of entities) {
    if (!ORG_TYPES.has(e.type)) continue;
    for (const m of e.mentions) {
      if (m.end > at || at - m.end > WINDOW) continue;
      if (apposed.test(text.slice(m.end, m.end + 60)) || premodified.test(text.slice(Math.max(0, m.start - 40), m.start))) called.add(e);
    }
  }
  if (called.size) return called.size === 1 ? [...called][0] : undefined;
  let best: Entity | undefined, bestCount = 0, second = 0;
  for (const e of entities) {
    if (!ORG_TYPES.has(e.type) || !row.kinds.has(e.kind ?? '-')) continue;
    // an organisation of no known kind is a company only when its name shows no other body ("Metropolitan Police")
    if (!e.kind && row.kinds.has('COMPANY') && [...nameWords(e)].some((w) => L.notCompany.has(w))) continue;
    let count = 0, last = -1;
    for (const m of e.mentions) if (m.end <= sentStart) { count++; last = Math.max(last, m.end); }
    if (!count || at - last > WINDOW) continue;
    if (count > bestCount) { second = bestCount; bestCount = count; best = e; } else if (count > second) second = count;
  }
  return best && bestCount > second ? best : undefined;
}

/** How far back (characters) the person a bare age description ("the 35-year-old said") refers to may stand. */
const AGE_WINDOW = 1500;
/** Between "a 35-year-old" and the name it gives the age to: up to three words and a comma ("man, John Smith"). */
const UNNAMED_GAP = /^(?:\s+[\p{L}'’.-]+){0,3}\s*[,(]?\s*$/u;
/** Words that end the phrase of "a 35-year-old" before a name: a verb or preposition ("was rescued by Tom Reyes"). */
const AGE_GAP_STOP = new Set(['was', 'were', 'is', 'are', 'has', 'had', 'who', 'that', 'and', 'or', 'by', 'from', 'of', 'in', 'on', 'at', 'to', 'with', 'for', 'said', 'says']);
/**
 * "The 35-year-old said", "the 72-year-old former general thanked voters": the person the report gave that age
 * ("Lionel Messi, 35,", "Messi (35)", "35-year-old Messi"), else the person named last before the sentence
 * (`sentStart`), within AGE_WINDOW — unless the report gave that person another age. Two persons of that age: none.
 */
function agedPerson(text: string, entities: readonly Entity[], age: string, sentStart: number, at: number): Entity | undefined {
  const given = new Map<Entity, Set<string>>();
  for (const e of entities) {
    if (!PERSON_TYPES.has(e.type)) continue;
    for (const m of e.mentions) {
      const after = /^\s*(?:,|\()\s*(\d{1,3})\s*(?:,|\))/.exec(text.slice(m.end, m.end + 8));
      const before = /(\d{1,3})-year-old\s+(?:[\p{L}'’.-]+\s+){0,3}$/u.exec(text.slice(Math.max(0, m.start - 60), m.start));
      for (const g of [after?.[1], before?.[1]]) if (g) (given.get(e) ?? given.set(e, new Set()).get(e)!).add(g);
    }
  }
  // the report gave that age to someone it never named ("a 17-year-old was arrested", "a 62-year-old woman was
  // rescued by firefighter Tom Reyes"): the description is that person, neither a named one nor the last named
  const persons = entities.filter((e) => PERSON_TYPES.has(e.type));
  const from = Math.max(0, sentStart - AGE_WINDOW);
  for (const u of text.slice(from, at).matchAll(new RegExp(`\\b(?:a|an)\\s+${age}-year-old\\b`, 'giu'))) {
    const end = from + u.index! + u[0].length;
    const named = persons.filter((e) => e.mentions.some((m) => m.start >= end && m.start - end <= 60 && !PRONOUN_MENTION.test(m.text.trim())
      && UNNAMED_GAP.test(text.slice(end, m.start)) && !text.slice(end, m.start).split(/[\s,(]+/).some((w) => AGE_GAP_STOP.has(w.toLowerCase()))));
    if (!named.length) return undefined;
    // ("a 41-year-old climber, Tomas Berg," gives him that age)
    for (const e of named) (given.get(e) ?? given.set(e, new Set()).get(e)!).add(age);
  }
  const ofAge = [...given].filter(([e, ages]) => ages.has(age) && e.mentions.some((m) => m.end <= at)).map(([e]) => e);
  if (ofAge.length) return ofAge.length === 1 ? ofAge[0] : undefined;
  let best: Entity | undefined, bestEnd = -1;
  for (const e of entities) {
    if (!PERSON_TYPES.has(e.type)) continue;
    for (const m of e.mentions) if (m.end <= sentStart && sentStart - m.end <= AGE_WINDOW && m.end > bestEnd && !PRONOUN_MENTION.test(m.text.trim())) { best = e; bestEnd = m.end; }
  }
  return best && !given.has(best) ? best : undefined;
}
