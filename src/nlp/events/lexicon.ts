// Loads the event lexicons (data/lexicon/events-*.tsv) once: trigger lemmas → readings, event
// type → CAMEO code/family, preposition → role, irregular forms → lemma. Pure data, no strings here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../core/shared.js';
import { dataRows as rows } from '../../core/data-rows.js';

export type TriggerPos = 'V' | 'N' | 'VN' | 'A';

export interface Reading {
  /** The full lemma as listed ("give way"). */
  lemma: string;
  /** Words after the first one, matched literally (or by lemma) on the following tokens. */
  rest: string[];
  pos: TriggerPos;
  /** Read from the WordNet-generated rows (events-triggers-wordnet.tsv): no hand-written context guards it, so a verb
   * reading needs a clause verb and a noun reading a noun (src/nlp/events/triggers.ts). */
  wordnet?: boolean;
  /** Event type, or '-' for "no event for this reading". */
  type: string;
  /** Context words, one of which must be near the trigger; undefined = default reading. */
  ctx?: Set<string>;
  /** "and:w1|w2" flag: a second context, one word of which must follow the context word that matched, within six tokens
   * of it ("left rates unchanged", "spend $2 billion on a new plant"; not "left the city as rates climbed"). */
  ctx2?: Set<string>;
  /** "nameobj" flag: a name (a team, a player, a country) must be the direct object, right after the trigger or after
   * "the" or a particle ("edged Arsenal 2-1", "crushed Italy in the final"), or the passive's agent ("were crushed by
   * Spain"); not "stocks edged higher", "upset investors", "crushed the rebellion". */
  nameObj?: boolean;
  /** "actorobj" flag: a person, an organisation, a state, a pronoun or a body of people is the direct object ("tore into
   * the government", "pressed Congress to act"; not "tore into a crowd", "pressed the button to open the door"). */
  actorObj?: boolean;
  /** "objhead" flag (with "after"): the context word stands in the direct object, before any "that", preposition or comma
   * ("announced a new phone"; not "announced that a car had crashed", "announced an update on the investigation"). */
  objHead?: boolean;
  /** "pre:w1|w2" flag: one of these words must stand within three tokens before the context word that matched ("announced
   * a new model", not "announced the model's price"). */
  pre?: Set<string>;
  /** "notbetween:w1|w2" flag (with "after"): none of these words stands between the trigger and the context word that
   * matched ("declared the outbreak a public health emergency"; not "declared that Covid-19 is no longer a global health
   * emergency", "declared an end to the health emergency"). */
  notBetween?: Set<string>;
  /** "before" flag: the context word stands within six tokens before the trigger, in its clause ("delegates gathered",
   * "a doping ban"; not "gathered in the square as leaders spoke", "a ban on violent video games"). */
  before?: boolean;
  /** "afterbe" flag: the trigger is a predicate right after a form of "be", adverbs in -ly between ("shares were down
   * 11%"; not "closed up 11%", "slipped 1.6% down to $1.92"). */
  afterBe?: boolean;
  /** "actorsubj" flag: the trigger is a predicate right after a form of "be" whose subject, right before it, is a named
   * party (events-words.tsv named-party-types), and the verb after its "to" is an act of events-words.tsv "plan-act-verbs", not a
   * forecast ("Acme is expected to add flights", "Ruritania is set to host the summit"; not "prices are
   * expected to rise", "Acme is expected to post a loss"). */
  actorSubj?: boolean;
  /** "nobe" flag: an -ed form not right after a form of "be" ("we are prepared to negotiate" is a readiness, no plan). */
  noBe?: boolean;
  /** "verdict" flag (with "after"): the context word is a predicate, after a form of "be" or "a"/"an" with at most two
   * words between, none of them "not"/"no"/"never", and no "there" before the "be" ("said the deal was illegal", "said
   * it was a grave mistake"; not "said the deal was not illegal", "said there had been a mistake"). */
  verdict?: boolean;
  ctxWeapon: boolean;
  /** "@PERSONOBJ": a person named (or "him"/"her") as the direct object satisfies the context ("fired its coach Jim O'Brien"). */
  ctxPersonObj: boolean;
  /** "@PLACEOBJ": a place (country, city, site) named as the direct object ("attacked Ukraine", "attacked Kyiv's power grid"),
   * not followed by a reason ("attacked China over trade" is criticism). */
  ctxPlaceObj: boolean;
  /** "@PLACEON": a place (country, city, site) named right after "on" or "against" ("a strike on Rafah", "strikes against Kharkiv"). */
  ctxPlaceOn?: boolean;
  /** "@DEMONYM": a nationality adjective right before the trigger, or before one compound modifier ("an Israeli strike",
   * "a Russian drone strike"). */
  ctxDemonym?: boolean;
  /** "@SCORE": a match score ("2-1", "3–0") within eight tokens after the trigger ("beat Arsenal 2-1"). */
  ctxScore?: boolean;
  /** "@MARKETPOINTS": "points" within eight tokens and a market word of its sentence (events-words.tsv
   * market-move-point-words: "the Nikkei … lost 6.4 percent, or 486.18 points, to close"); not a league's points. */
  ctxMarketPoints?: boolean;
  /** "@TOVERB": "to" and a verb right after the trigger ("pledged to send", "committed to cutting"), not "to" and a name,
   * a determiner or a number ("pledged $50 million to Ukraine", "committed to the fund"). */
  ctxToVerb?: boolean;
  /** "@ORGOBJ": an organisation named as the direct object, a determiner and up to three lower-case modifiers before it
   * ("joined NATO", "leaves to join Irish province Leinster"), not one joined in an act ("joined Amnesty in calling for"). */
  ctxOrgObj?: boolean;
  /** "@PASSIVE": a passive form with a person to its left ("O'Brien was fired", "a man who was fired"). */
  ctxPassive: boolean;
  /** Needs an entity to its right in the clause. */
  needObj: boolean;
  /** "also:TYPE" flag: the mention is an event of that second type too, with the same arguments ("called for the
   * release of" is an APPEAL and a DEMAND; "attended the summit" a MEET and an ATTEND). */
  also?: string;
  /** The context word must be written as listed (no lemma) within six tokens either side ("house fire", "fire at a hotel"). */
  near: boolean;
  /** Only an inflected verb form (-ed, -ing, irregular) triggers this reading. */
  vform: boolean;
  /** The context word must be written as listed within six tokens after the trigger (its object: "lifted the state of
   * emergency"), or before a passive participle ("the curfew was lifted"); not in a clause of its own before it
   * ("declared an emergency to end the violence"). */
  after: boolean;
  /** "notafter:w1|w2" flag: the trigger does not follow one of these words, a determiner allowed between ("the end of the
   * outbreak" is no end declared in "by the end of the pandemic", "until the end of the lockdown"). */
  notAfter?: Set<string>;
  /** "notnext:w1|w2" flag (with near): a context word followed by one of these words is no context ("its largest
   * trading partner", "a trading bloc"; not "in early trading on Monday"). */
  notNext?: Set<string>;
  /** "prev" flag: the context word stands right before the trigger; with "pre:", one of those words right before the
   * context word ("into police custody", "in police custody"; not "deaths in custody", "Police said the custody battle"). */
  prev?: boolean;
  /** "intrans" flag: the verb has no direct object: punctuation, the sentence's end, a preposition or an adverb of
   * place or time follows it ("relatives gathered at the hotel"; not "gathered evidence"). */
  intrans?: boolean;
  /** "far" flag (with "after"): the context word may stand up to twelve tokens after the trigger, in its clause ("warned
   * that it would take \"military-technical\" countermeasures"). */
  far?: boolean;
  /** "next" flag (with "after"): the context word stands right after the trigger ("showed up to the hearing"); (with
   * "before" and "and:") the second context word stands right after the trigger ("shares ended mixed"; not "temperatures
   * ended higher", "companies ended the year with higher profits"). */
  next?: boolean;
  /** "modalhead" flag (with "and:"): the context word is a modal and the second context word is the verb it governs,
   * adverbs between ("said the government would quickly help"; not "would not help", "would continue to help"). */
  modalHead?: boolean;
  /** "subjhead" flag (with "before"): the context word heads the trigger's subject: the trigger, an auxiliary or an
   * adverb follows it ("the city museum closed", "the spa had already closed"; not "the museum director closed"). */
  subjHead?: boolean;
  /** "nof" flag (with "objhead"): a context word followed by "of" is no head ("cut the power of the council"); (with
   * "before") a context word after "of" is no subject head ("the sale of the park closed"). */
  nof?: boolean;
  /** "gaphead" flag (a reading with "*"): the gap's last word, the object's head, is a context word ("declared the
   * Ebola outbreak over"; not "declared the meeting over before the outbreak was discussed"). */
  gapHead?: boolean;
  /** "notoverb" flag: no verb after the trigger's closing "to" ("checked in to a hotel"; not "checked in to see whether
   * she was fine"); a bare place word of the events-words list "bare-places" is no verb ("checked in to rehab"). */
  noToVerb?: boolean;
  /** "nohead" flag: no lower-case noun right after the trigger, which would make it a modifier ("the red card reader"). */
  noHead?: boolean;
}

export interface TypeInfo {
  cameo?: string; family?: string; place: boolean; docPlace: boolean;
  /** Every place of the trigger's clause is a location (loc, loc+doc); near/near+doc only fall back to the nearest place. */
  clause: boolean;
}
export interface RoleInfo { role: string; nonPlace?: string }

export interface Lexicon {
  /** First word's lemma → readings, multiword and contextual ones first. */
  triggers: Map<string, Reading[]>;
  types: Map<string, TypeInfo>;
  roles: Map<string, RoleInfo>;
  irregular: Map<string, string>;
  /** Common nouns of a local place that a visit can take as its object ("visited the site"). */
  sites: Set<string>;
  /** Reporting verbs (lemmas) whose speaker may be an agentless event's `source` (events-source-cues.txt). */
  sourceCues: Set<string>;
}

/** Builds a lexicon from the four TSV texts (exported for tests that use their own data). */
export function buildLexicon(src: { triggers: string; types: string; roles: string; irregular: string; sites?: string; sourceCues?: string; wordnet?: string }): Lexicon {
  const triggers = readTriggers(src.triggers);
  // WordNet's widening (events-triggers-wordnet.tsv) adds words only: a first word the hand lexicon lists keeps the hand
  // lexicon's readings alone, and a row of an unknown event type is dropped
  if (src.wordnet) {
    const known = new Set(rows(src.types).map(([t]) => t));
    for (const [key, list] of readTriggers(src.wordnet)) {
      const ok = list.filter((r) => known.has(r.type)).map((r) => ({ ...r, wordnet: true }));
      if (!triggers.has(key) && ok.length) triggers.set(key, ok);
    }
  }
  const types = new Map<string, TypeInfo>();
  for (const [type, cameo, family, place] of rows(src.types)) {
    if (!type) continue;
    types.set(type, {
      cameo: cameo && cameo !== '-' ? cameo : undefined,
      family: family && family !== '-' ? family : undefined,
      place: place === 'loc' || place === 'loc+doc' || place === 'near' || place === 'near+doc',
      docPlace: place === 'loc+doc' || place === 'near+doc',
      clause: place === 'loc' || place === 'loc+doc',
    });
  }
  const roles = new Map<string, RoleInfo>();
  for (const [prep, role, nonPlace] of rows(src.roles)) {
    if (!prep || !role) continue;
    roles.set(prep.toLowerCase(), { role, nonPlace: nonPlace && nonPlace !== '-' ? nonPlace : undefined });
  }
  const irregular = new Map<string, string>();
  for (const [form, lemma] of rows(src.irregular)) if (form && lemma) irregular.set(form.toLowerCase(), lemma.toLowerCase());
  const sites = new Set<string>();
  for (const [w] of rows(src.sites ?? '')) if (w) sites.add(w.toLowerCase());
  const sourceCues = new Set<string>();
  for (const [w] of rows(src.sourceCues ?? '')) if (w) sourceCues.add(w.toLowerCase());
  return { triggers, types, roles, irregular, sites, sourceCues };
}

/** Trigger rows (events-triggers.tsv's columns) → first word → readings, multiword and contextual ones first. */
function readTriggers(text: string): Map<string, Reading[]> {
  const triggers = new Map<string, Reading[]>();
  // named contexts ("@VERDICT<tab>CTX<tab>-<tab>words"): word lists readings refer to by name in their ctx
  const named = new Map<string, string[]>();
  for (const [lemma, pos, , ctx] of rows(text)) {
    if (lemma?.startsWith('@') && pos === 'CTX' && ctx) named.set(lemma.toLowerCase(), ctx.split(',').map((w) => w.trim().toLowerCase()).filter(Boolean));
  }
  for (const r of rows(text)) {
    const [lemma, pos, type, ctx, flags] = r;
    if (!lemma || !pos || !type || pos === 'CTX') continue;
    const words = lemma.toLowerCase().split(/\s+/);
    const ctxWords = ctx && ctx !== '-' ? ctx.split(',').map((w) => w.trim().toLowerCase()).filter(Boolean).flatMap((w) => named.get(w) ?? [w]) : [];
    const flagSet = new Set(flags && flags !== '-' ? flags.split(',') : []);
    /** The value of a "name:" flag ("and:unchanged|steady" → "unchanged|steady"), or undefined. */
    const flagValue = (prefix: string): string | undefined => [...flagSet].find((f) => f.startsWith(prefix))?.slice(prefix.length);
    const reading: Reading = {
      lemma: words.join(' '),
      rest: words.slice(1),
      pos: (['V', 'N', 'VN', 'A'].includes(pos) ? pos : 'VN') as TriggerPos,
      type,
      ctx: ctxWords.some((w) => !w.startsWith('@')) ? new Set(ctxWords.filter((w) => !w.startsWith('@'))) : undefined,
      ctxWeapon: ctxWords.includes('@weapon'),
      ctxPersonObj: ctxWords.includes('@personobj'),
      ctxPassive: ctxWords.includes('@passive'),
      ctxPlaceObj: ctxWords.includes('@placeobj'),
      ctxPlaceOn: ctxWords.includes('@placeon'),
      ctxDemonym: ctxWords.includes('@demonym'),
      ctxScore: ctxWords.includes('@score'),
      ctxMarketPoints: ctxWords.includes('@marketpoints'),
      ctxToVerb: ctxWords.includes('@toverb'),
      ctxOrgObj: ctxWords.includes('@orgobj'),
      needObj: flagSet.has('obj'),
      also: flagValue('also:'),
      ctx2: andSet(flagValue('and:'), named),
      nameObj: flagSet.has('nameobj'),
      actorObj: flagSet.has('actorobj'),
      objHead: flagSet.has('objhead'),
      pre: andSet(flagValue('pre:'), named),
      notBetween: andSet(flagValue('notbetween:'), named),
      before: flagSet.has('before'),
      noBe: flagSet.has('nobe'),
      actorSubj: flagSet.has('actorsubj'),
      afterBe: flagSet.has('afterbe'),
      verdict: flagSet.has('verdict'),
      vform: flagSet.has('vform'),
      near: flagSet.has('near'),
      after: flagSet.has('after'),
      notAfter: andSet(flagValue('notafter:'), named),
      notNext: andSet(flagValue('notnext:'), named),
      prev: flagSet.has('prev'),
      intrans: flagSet.has('intrans'),
      next: flagSet.has('next'),
      modalHead: flagSet.has('modalhead'),
      subjHead: flagSet.has('subjhead'),
      far: flagSet.has('far'),
      nof: flagSet.has('nof'),
      gapHead: flagSet.has('gaphead'),
      noToVerb: flagSet.has('notoverb'),
      noHead: flagSet.has('nohead'),
    };
    const key = words[0]!;
    const list = triggers.get(key) ?? [];
    list.push(reading);
    triggers.set(key, list);
  }
  // Multiword readings first (longest match), then contextual, then defaults; stable otherwise.
  for (const list of triggers.values()) {
    const cond = (r: Reading): number => (r.ctx || r.ctxWeapon || r.ctxPersonObj || r.ctxPassive || r.ctxPlaceObj || r.ctxPlaceOn || r.ctxDemonym || r.ctxScore || r.ctxMarketPoints || r.ctxToVerb || r.ctxOrgObj ? 0 : 1);
    list.sort((a, b) => (b.rest.length - a.rest.length) || (cond(a) - cond(b)));
  }
  return triggers;
}

/** The words of an "and:" flag ("unchanged|steady|hold"), or undefined when there is none. */
function andSet(list: string | undefined, named?: Map<string, string[]>): Set<string> | undefined {
  const words = (list ?? '').split('|').map((w) => w.trim().toLowerCase()).filter(Boolean).flatMap((w) => named?.get(w) ?? [w]);
  return words.length ? new Set(words) : undefined;
}

let cached: Lexicon | undefined;

/** The lexicon from data/lexicon, loaded on first use. */
export function lexicon(): Lexicon {
  if (cached) return cached;
  cached = buildLexicon(lexiconSources());
  return cached;
}

/** The texts of data/lexicon the events lexicon is built from (one list for lexicon() and for eval/wordnet-triggers.ts,
 * which drops `wordnet` to compare with the hand lexicon alone). */
export function lexiconSources(): Parameters<typeof buildLexicon>[0] {
  const dir = join(projectRoot, 'data', 'lexicon');
  const read = (f: string): string => readFileSync(join(dir, f), 'utf8');
  return {
    triggers: read('events-triggers.tsv'),
    types: read('events-types.tsv'),
    roles: read('events-roles.tsv'),
    irregular: read('events-irregular.tsv'),
    sites: read('events-sites.txt'),
    sourceCues: read('events-source-cues.txt'),
    wordnet: read('events-triggers-wordnet.tsv'),
  };
}

let words: Map<string, Set<string>> | undefined;

/** A named word list of data/lexicon/events-words.tsv ("light", "predicative", "securities", "body-titles"); an
 * unknown name is an error, so a list renamed in the data cannot silently empty a rule. */
export function eventWords(name: string): Set<string> {
  if (!words) {
    words = new Map();
    for (const [n, list] of rows(readFileSync(join(projectRoot, 'data', 'lexicon', 'events-words.tsv'), 'utf8'))) {
      if (n) words.set(n, new Set((list ?? '').split(',').map((w) => w.trim().toLowerCase()).filter(Boolean)));
    }
  }
  const set = words.get(name);
  if (!set) throw new Error(`events-words.tsv: no list '${name}'`);
  return set;
}
