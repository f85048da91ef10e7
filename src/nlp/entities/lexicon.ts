// Loads data/lexicon/entities.json once and exposes it as Sets / Maps for O(1) lookups.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../core/shared.js';
import { readWordSet } from '../../core/word-lists.js';
import { escapeRegExp } from '../../core/regex.js';

interface RawLexicon {
  honorifics: string[]; roleNouns: string[]; personParticles: string[]; nameConnectors: string[];
  orgHeads: string[]; facHeads: string[]; locHeads: string[]; gpeHeads: string[];
  locativePreps: string[]; locativeSuffixes: string[]; govVerbs: string[]; governmentBuildingCues: string[];
  nonEntities: string[]; nonEntityNames?: string[]; lowercaseEntityWords: string[]; companySuffixes: string[]; weaponCues: string[];
  roleDescriptionHeads: string[]; roleAliases: Record<string, string[]>;
  personNouns?: string[]; eventPrefixes?: string[]; eraWords?: string[]; tripNumberWords?: string[]; appositionHeads?: Record<string, string[]>;
  norpWords?: string[]; celestialBodies?: string[]; celestialCues?: string[]; celestialNotBefore?: string[]; celestialIdiomBefore?: string[]; possessiveNameOwners?: string[]; celestialLowerWords?: string[]; celestialNotAfter?: string[]; titleModifiers?: string[]; miscHeads?: string[]; taggedWorkHeads?: string[]; advocacyLeadNouns?: string[]; advocacyPreps?: string[]; styledTitles?: string[]; styledPlaceTitles?: string[]; stormPrefixes?: string[]; diseaseNounsAfter?: string[]; taggedWorkSurnameHeads?: string[]; loneMiscAfterArticle?: string[]; vehiclePrefixes?: string[]; nameModifiers?: string[]; weaponAdjectives?: string[]; genericBodyNames?: string[];
  nameContextCues?: { before?: Record<string, string[]>; possessed?: Record<string, string[]>; after?: Record<string, string[]>; itsAfterSpeech?: string[]; basedBefore?: string[]; itsVerbs?: string[]; itsNouns?: string[]; articleNameNext?: string[]; distance?: { hedges?: string[]; numbers?: string[]; units?: string[]; timeUnits?: string[]; travelNouns?: string[] } };
  facModifiers?: string[]; facCompoundHeads?: string[]; facUniqueHeads?: string[]; facNamedHeads?: string[]; roadNumberHeads?: string[]; placeLedOrgHeads?: string[];
  naturalFeatureNouns?: string[]; affiliationSuffixes?: string[]; regionNouns?: string[]; regionHeadNouns?: string[]; orgNounsAfter?: string[]; orgNameNouns?: string[]; placeStrikeVerbs?: string[]; ownedBodyNouns?: string[]; ownedBodyAdjectiveHeads?: string[]; ownedBodyAfterWords?: string[]; streetOnlyFacHeads?: string[]; streetContextBefore?: string[]; bodyBeforeOfHeads?: string[]; genericBodyAtStart?: string[];
  placeLedAfterDemonym?: string[]; orgLeadWords?: string[]; facLeadWords?: string[]; placePreps?: string[]; settlementNouns?: string[]; pluralOpenerVerbs?: string[];
  caseNames?: { inner?: string[]; openers?: string[]; legalCues?: string[]; matchCues?: string[] };
  sportsClubs?: {
    cues?: string[]; clubSuffixes?: string[]; clubPrefixes?: string[]; placeAfter?: string[];
    roleAfter?: string[]; resultBefore?: string[]; resultAfter?: string[]; placeNounsAfter?: string[]; competitions?: string[];
  };
}

export interface Lexicon {
  honorifics: Set<string>; roleNouns: Set<string>; personParticles: Set<string>; nameConnectors: Set<string>;
  orgHeads: Set<string>; facHeads: Set<string>; locHeads: Set<string>; gpeHeads: Set<string>;
  locativePreps: Set<string>; locativeSuffixes: Set<string>; govVerbs: Set<string>; governmentBuildingCues: Set<string>;
  nonEntities: Set<string>;
  /** whole names that are no entity (diseases, a tax: "Ebola", "VAT"): read only by the final junk filter, never to strip
   * a word from a longer name ("Ebola Treatment Centre") nor as a tagger feature */
  nonEntityNames: Set<string>;
  lowercaseEntityWords: Set<string>; companySuffixes: Set<string>; weaponCues: Set<string>;
  roleDescriptionHeads: Set<string>; roleAliases: Map<string, string[]>;
  personNouns: Set<string>; eventPrefixes: Set<string>; eraWords: Set<string>; tripNumberWords: Set<string>; norpWords: Set<string>; celestialBodies: Set<string>; celestialCues: Set<string>; celestialNotBefore: Set<string>; celestialIdiomBefore: Set<string>; possessiveNameOwners: Set<string>; celestialLowerWords: Set<string>; celestialNotAfter: Set<string>; titleModifiers: Set<string>; miscHeads: Set<string>; taggedWorkHeads: Set<string>; advocacyLeadNouns: Set<string>; advocacyPreps: Set<string>; styledTitles: Set<string>; styledPlaceTitles: Set<string>; stormPrefixes: Set<string>; diseaseNounsAfter: Set<string>; taggedWorkSurnameHeads: Set<string>; loneMiscAfterArticle: Set<string>; vehiclePrefixes: Set<string>;
  /** words in nonEntities that can still begin a name ("Government Accountability Office") */
  nameModifiers: Set<string>; weaponAdjectives: Set<string>;
  /** names every state gives its own body ("the Supreme Court", "the Senate"): linked only on the document's country evidence */
  genericBodyNames: Set<string>;
  /** heads of a state body or coast a country's short form may lead ("US Federal Reserve"; data/lexicon/country-prefix-heads.txt) */
  countryPrefixHeads: ReadonlySet<string>;
  /** currency forms before or glued to a figure (data/lexicon/currency-prefixes.txt): all; those that stand alone (*); glued only (~) */
  currencyForms: { withFigure: Set<string>; alone: Set<string>; gluedOnly: Set<string> };
  /** prepositions of place only, a subset of locativePreps: a name after one before ", who" is a place ("in East Austin, who") */
  placePreps: Set<string>;
  /** nouns before "of" + a name that make it a place ("the town of Derna") */
  settlementNouns: Set<string>;
  /** plural verbs after a plural noun opening its sentence that make it no person's name ("Retirees are worried") */
  pluralOpenerVerbs: Set<string>;
  /** given names, lower case (data/lexicon/given-names-gender.tsv): "Chad" in "The Chad Smith Agency" is no country */
  givenNames: ReadonlySet<string>;
  /** nonEntities minus nameModifiers: words stripped from the start of a name */
  leadingJunk: Set<string>;
  /** apposition head noun → entity type ("the state news agency" → ORG) */
  appositionHeads: Map<string, string>;
  /** words around an unknown name that type it: the two words before it ("residents of") and the noun after its possessive ("mayor") → type */
  cueBefore: Map<string, string>; cuePossessed: Map<string, string>;
  /** the one to three lower-case words right after an unknown name ("Varnex employees", "Varnex filed for bankruptcy") → type; the longest phrase in words */
  cueAfter: Map<string, string>; cueAfterMax: number;
  /** words that may stand between a speech verb and "its" in "Varnex said on Tuesday that its profit rose" */
  itsAfterSpeech: Set<string>;
  /** lower-case words between a name and its lower-case facility head ("Dornbach coal power plant"); two-word facility heads ("medical centre") */
  facModifiers: Set<string>; facCompoundHeads: Set<string>;
  /** lower-case facility heads a place name before them names as one facility ("the Mosul dam"), unlike "the Kyiv airport" */
  facUniqueHeads: Set<string>;
  /** lower-case site heads that make an unknown single name before them one site ('Ezeiza airport'), a KB place staying the place */
  facNamedHeads: Set<string>;
  /** road heads after a road number ('the M4 motorway') */
  roadNumberHeads: Set<string>;
  /** words that make a place-led capitalised name an organisation, and only a place-led one ("Kenya Power", not "Tyrone Power") */
  placeLedOrgHeads: Set<string>;
  /** placeLedOrgHeads that make an organisation after a demonym too ("the Indonesian Military"; not "Chinese Gas") */
  placeLedAfterDemonym: Set<string>;
  /** words that lead an organisation's name before a place or an unknown word ("Bank Indonesia", "Grupo Bimbo") */
  orgLeadWords: Set<string>;
  /** words that lead a street's, square's or site's name before a place or an unknown word ('Plaza de Mayo', 'Rue de Rivoli') */
  facLeadWords: Set<string>;
  /** lower-case natural-feature nouns after "the" and a name ("the Mojave desert"): the name is a location */
  naturalFeatureNouns: Set<string>;
  /** "-run", "-backed" …: a capitalised compound before a name describes it ("the Hamas-run Gaza Media Office") */
  affiliationSuffixes: Set<string>;
  /** lower-case nouns after a place name that mean its region ("Washington state", "the Kursk region") */
  regionNouns: Set<string>;
  /** heads of a region's own name that are no region noun in lower case ("Mubende District", but "a Washington district judge") */
  regionHeadNouns: Set<string>;
  /** lower-case nouns after a name that make it an organisation's ("the Adani group"); nouns that are part of one ("the Sinaloa cartel") */
  orgNounsAfter: Set<string>; orgNameNouns: Set<string>; placeStrikeVerbs: Set<string>;
  /** lower-case state bodies after an owner ("Russia’s defence ministry", "the Iraqi military"; index.ts ownedBodies) */
  ownedBodyNouns: Set<string>;
  /** owned-body nouns that are adjectives too ("military") and the words after them that show the noun; street-only facility heads ("road") and their context */
  ownedBodyAdjectiveHeads: Set<string>; ownedBodyAfterWords: Set<string>; streetOnlyFacHeads: Set<string>; streetContextBefore: Set<string>;
  /** a site head that before "of" names a body ("House of Councillors"); one-word generic bodies that open a sentence as a name ("Parliament is expected …") */
  bodyBeforeOfHeads: Set<string>; genericBodyAtStart: Set<string>;
  /** compound suffixes before a firm's name ("Oslo-based Halvora"); words of a distance apposition ("Drovan, about 30 km from") */
  basedBefore: Set<string>; articleNameNext: Set<string>; itsVerbs: Set<string>; itsNouns: Set<string>; distanceHedges: Set<string>; distanceNumberWords: Set<string>; distanceUnits: Set<string>; distanceTimeUnits: Set<string>; distanceTravelNouns: Set<string>;
  /** case names ("Brown v. Board of Education"; case-names.ts): lower-case words inside a party's name, sentence openers that are no party */
  caseNameInner: Set<string>; caseNameOpeners: Set<string>;
  /** words that make a report one about the law (one regex, any case): a dotted "v." in it cites a case */
  legalCues: RegExp | null;
  matchCues: RegExp | null;
  /** a club named by its city in a sports report: report cue words (one regex), club-name affixes, place-keeping prepositions */
  sportsCues: RegExp | null; clubSuffixes: string[]; clubPrefixes: string[]; clubPlaceAfter: Set<string>;
  /** context of a short club name (data/lexicon/club-short-names.tsv, clubs.ts): one- or two-word phrases, lower case */
  clubRoleAfter: Set<string>; clubResultBefore: Set<string>; clubResultAfter: Set<string>; clubPlaceNounsAfter: Set<string>;
  /** competition names as written ("Premier League", "FA Cup"): a text naming one is a sports report */
  clubCompetitions: string[];
}

let cached: Lexicon | undefined;

export function lexicon(): Lexicon {
  if (cached) return cached;
  const raw = JSON.parse(readFileSync(join(projectRoot, 'data', 'lexicon', 'entities.json'), 'utf8')) as RawLexicon;
  const s = (a: string[] | undefined) => new Set((a ?? []).map((x) => x.toLowerCase()));
  cached = {
    honorifics: s(raw.honorifics), roleNouns: s(raw.roleNouns), personParticles: s(raw.personParticles),
    nameConnectors: s(raw.nameConnectors), orgHeads: s(raw.orgHeads), facHeads: s(raw.facHeads),
    locHeads: s(raw.locHeads), gpeHeads: s(raw.gpeHeads), locativePreps: s(raw.locativePreps),
    locativeSuffixes: s(raw.locativeSuffixes), govVerbs: s(raw.govVerbs), governmentBuildingCues: s(raw.governmentBuildingCues),
    nonEntities: s(raw.nonEntities), nonEntityNames: s(raw.nonEntityNames), lowercaseEntityWords: s(raw.lowercaseEntityWords),
    companySuffixes: s(raw.companySuffixes), weaponCues: s(raw.weaponCues),
    roleDescriptionHeads: s(raw.roleDescriptionHeads),
    roleAliases: new Map(Object.entries(raw.roleAliases ?? {})),
    personNouns: s(raw.personNouns), eventPrefixes: s(raw.eventPrefixes), eraWords: s(raw.eraWords), tripNumberWords: s(raw.tripNumberWords), norpWords: s(raw.norpWords), celestialBodies: s(raw.celestialBodies), celestialCues: s(raw.celestialCues), celestialNotBefore: s(raw.celestialNotBefore), celestialIdiomBefore: s(raw.celestialIdiomBefore), possessiveNameOwners: s(raw.possessiveNameOwners), celestialLowerWords: s(raw.celestialLowerWords), celestialNotAfter: s(raw.celestialNotAfter), titleModifiers: s(raw.titleModifiers), miscHeads: s(raw.miscHeads), taggedWorkHeads: s(raw.taggedWorkHeads), advocacyLeadNouns: s(raw.advocacyLeadNouns), advocacyPreps: s(raw.advocacyPreps), styledTitles: s(raw.styledTitles), styledPlaceTitles: s(raw.styledPlaceTitles), stormPrefixes: s(raw.stormPrefixes), diseaseNounsAfter: s(raw.diseaseNounsAfter), taggedWorkSurnameHeads: s(raw.taggedWorkSurnameHeads), loneMiscAfterArticle: s(raw.loneMiscAfterArticle), vehiclePrefixes: s(raw.vehiclePrefixes), nameModifiers: s(raw.nameModifiers), weaponAdjectives: s(raw.weaponAdjectives), genericBodyNames: s(raw.genericBodyNames), leadingJunk: new Set(),
    placePreps: s(raw.placePreps), settlementNouns: s(raw.settlementNouns), pluralOpenerVerbs: s(raw.pluralOpenerVerbs), countryPrefixHeads: readWordSet('country-prefix-heads.txt', { optional: true }), currencyForms: currencyForms(readWordSet('currency-prefixes.txt', { optional: true })), givenNames: readWordSet('given-names-gender.tsv', { optional: true }),
    appositionHeads: new Map(), cueBefore: new Map(), cuePossessed: new Map(), cueAfter: new Map(), cueAfterMax: 0, itsAfterSpeech: s(raw.nameContextCues?.itsAfterSpeech), facModifiers: s(raw.facModifiers), facCompoundHeads: s(raw.facCompoundHeads), facUniqueHeads: s(raw.facUniqueHeads), facNamedHeads: s(raw.facNamedHeads), roadNumberHeads: s(raw.roadNumberHeads), placeLedOrgHeads: s(raw.placeLedOrgHeads), placeLedAfterDemonym: s(raw.placeLedAfterDemonym), orgLeadWords: s(raw.orgLeadWords), facLeadWords: s(raw.facLeadWords), naturalFeatureNouns: s(raw.naturalFeatureNouns), affiliationSuffixes: s(raw.affiliationSuffixes), regionNouns: s(raw.regionNouns), regionHeadNouns: s(raw.regionHeadNouns), orgNounsAfter: s(raw.orgNounsAfter), orgNameNouns: s(raw.orgNameNouns), placeStrikeVerbs: s(raw.placeStrikeVerbs), ownedBodyNouns: s(raw.ownedBodyNouns), ownedBodyAdjectiveHeads: s(raw.ownedBodyAdjectiveHeads), ownedBodyAfterWords: s(raw.ownedBodyAfterWords), streetOnlyFacHeads: s(raw.streetOnlyFacHeads), streetContextBefore: s(raw.streetContextBefore), bodyBeforeOfHeads: s(raw.bodyBeforeOfHeads), genericBodyAtStart: s(raw.genericBodyAtStart),
    basedBefore: s(raw.nameContextCues?.basedBefore), articleNameNext: s(raw.nameContextCues?.articleNameNext), itsVerbs: s(raw.nameContextCues?.itsVerbs), itsNouns: s(raw.nameContextCues?.itsNouns), distanceHedges: s(raw.nameContextCues?.distance?.hedges), distanceNumberWords: s(raw.nameContextCues?.distance?.numbers), distanceUnits: s(raw.nameContextCues?.distance?.units), distanceTimeUnits: s(raw.nameContextCues?.distance?.timeUnits), distanceTravelNouns: s(raw.nameContextCues?.distance?.travelNouns),
    caseNameInner: s(raw.caseNames?.inner), caseNameOpeners: s(raw.caseNames?.openers),
    legalCues: raw.caseNames?.legalCues?.length ? new RegExp(`\\b(?:${raw.caseNames.legalCues.map(escapeRegExp).join('|')})\\b`, 'i') : null,
    matchCues: raw.caseNames?.matchCues?.length ? new RegExp(`\\b(?:${raw.caseNames.matchCues.map(escapeRegExp).join('|')})\\b(?!-)`, 'i') : null,
    sportsCues: raw.sportsClubs?.cues?.length ? new RegExp(`\\b(?:${raw.sportsClubs.cues.map(escapeRegExp).join('|')})\\b`, 'g') : null,
    clubSuffixes: raw.sportsClubs?.clubSuffixes ?? [], clubPrefixes: raw.sportsClubs?.clubPrefixes ?? [], clubPlaceAfter: s(raw.sportsClubs?.placeAfter),
    clubRoleAfter: s(raw.sportsClubs?.roleAfter), clubResultBefore: s(raw.sportsClubs?.resultBefore), clubResultAfter: s(raw.sportsClubs?.resultAfter),
    clubPlaceNounsAfter: s(raw.sportsClubs?.placeNounsAfter), clubCompetitions: raw.sportsClubs?.competitions ?? [],
  };
  for (const [ty, keys] of Object.entries(raw.nameContextCues?.before ?? {})) for (const k of keys) cached.cueBefore.set(k, ty);
  for (const [ty, keys] of Object.entries(raw.nameContextCues?.possessed ?? {})) for (const k of keys) cached.cuePossessed.set(k, ty);
  for (const [ty, keys] of Object.entries(raw.nameContextCues?.after ?? {})) for (const k of keys) { if (k.startsWith('_')) continue; cached.cueAfter.set(k, ty); cached.cueAfterMax = Math.max(cached.cueAfterMax, k.split(' ').length); }
  // a settlement noun after a name types it as a place too ("the Derna town"), one list with the nouns before "of"
  for (const w of cached.settlementNouns) if (!cached.cueAfter.has(w)) cached.cueAfter.set(w, 'GPE');
  for (const w of cached.nonEntities) if (!cached.nameModifiers.has(w)) cached.leadingJunk.add(w);
  for (const [ty, words] of Object.entries(raw.appositionHeads ?? {})) for (const w of words) if (!cached.appositionHeads.has(w)) cached.appositionHeads.set(w, ty);
  for (const w of raw.roleNouns) if (!cached.appositionHeads.has(w)) cached.appositionHeads.set(w, 'PERSON');
  for (const w of raw.personNouns ?? []) if (!cached.appositionHeads.has(w)) cached.appositionHeads.set(w, 'PERSON');
  return cached;
}

function currencyForms(lines: ReadonlySet<string>): Lexicon['currencyForms'] {
  const F = { withFigure: new Set<string>(), alone: new Set<string>(), gluedOnly: new Set<string>() };
  for (const w of lines) {
    F.withFigure.add(w.replace(/[*~]$/, ''));
    if (w.endsWith('*')) F.alone.add(w.slice(0, -1));
    if (w.endsWith('~')) F.gluedOnly.add(w.slice(0, -1));
  }
  return F;
}

/** Lexical class of a lower-cased word, used as a tagger feature (one class, most specific first). */
export function lexClass(lower: string): string {
  const L = lexicon();
  if (L.honorifics.has(lower)) return 'HON';
  if (L.companySuffixes.has(lower)) return 'COSUF';
  if (L.orgHeads.has(lower)) return 'ORGH';
  if (L.facHeads.has(lower)) return 'FACH';
  if (L.locHeads.has(lower)) return 'LOCH';
  if (L.gpeHeads.has(lower)) return 'GPEH';
  if (L.roleNouns.has(lower)) return 'ROLE';
  if (L.personParticles.has(lower)) return 'PART';
  if (L.locativePreps.has(lower)) return 'LPREP';
  if (L.nonEntities.has(lower)) return 'NONE';
  return '';
}

let common: Set<string> | undefined;
/**
 * Ordinary English words (data/kb/common-words.txt, lower case; the KB build's list), loaded on first use. The stage
 * uses it only for a lone sentence-opening word that nothing but the tagger proposed ("Portrait shot of …").
 */
export function isCommonEnglishWord(lower: string): boolean {
  if (!common) {
    common = new Set();
    const path = join(projectRoot, 'data', 'kb', 'common-words.txt');
    if (existsSync(path)) for (const w of readFileSync(path, 'utf8').split('\n')) if (w && w[0] !== '#') common.add(w);
  }
  return common.has(lower);
}
