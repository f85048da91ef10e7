// Objects and prepositional phrases to the right of a trigger, within its clause.
import { ACTOR_HEADS, AUX, HARD_PUNCT, HARD_WORDS, REPORTING, DET, RECIPIENT_VERBS, LED_BY, PLACE_ROLES, PRE_TITLE, MOVE, MEET_LIKE } from './words.js';
import { type Ctx, type Draft, addArg } from './context.js';
import { roleFor } from './roles.js';
import { originPlace, possessesEvent, qualifiesEvent, qualifiesPerson } from './places.js';
import { isPlace, type MentionRef } from './mentions.js';
import { isDemonymSurface } from './triggers.js';
import { eventWords } from './lexicon.js';
import { colonListAfterBy } from './colon-list.js';

/** Nouns naming part of a place: "the coast of", "the outskirts of", "the north of". */
const PLACE_NOUNS = new Set(['coast', 'coasts', 'shore', 'shores', 'outskirts', 'north', 'south', 'east', 'west', 'centre', 'center',
  'heart', 'edge', 'suburbs', 'region', 'province', 'city', 'town', 'village', 'port', 'capital', 'island', 'islands', 'streets',
  'waters', 'border', 'borders', 'north-east', 'north-west', 'south-east', 'south-west', 'northeast', 'northwest', 'southeast', 'southwest']);
function possessedMention(ctx: Ctx, m: MentionRef, s1: number): boolean {
  let q = m.t1 + 1;
  if (ctx.low[q] === "'s") q++;
  return q < s1 && ctx.ments.at[q]! >= 0;
}
function placeNounBefore(ctx: Ctx, t0: number): boolean {
  let k = t0 - 1;
  if (ctx.low[k] !== 'of') return false;
  k--;
  return k >= 0 && PLACE_NOUNS.has(ctx.low[k]!);
}

/** "German Chancellor Olaf Scholz": a nationality qualifying a title, with the person named right after. */
function titledPersonFollows(ctx: Ctx, m: MentionRef, s1: number): boolean {
  const next = m.t1 + 1 < s1 ? ctx.ments.at[m.t1 + 1]! : -1;
  const adjective = !m.pseudo && !m.possessive && m.t0 === m.t1 && ctx.ments.byId.get(m.ids[0]!)?.name !== ctx.doc.text.slice(m.start, m.end);
  // "Saudi Crown Prince Mohammed bin Salman" when the title is inside the person's mention
  if (adjective && next >= 0 && ctx.ments.list[next]!.type === 'PERSON') return true;
  if (!qualifiesPerson(ctx, m)) return false;
  for (let q = m.t1 + 1; q <= m.t1 + 4 && q < s1; q++) {
    const mi = ctx.ments.at[q]!;
    if (mi >= 0) return ctx.ments.list[mi]!.type === 'PERSON';
    if (ctx.toks[q]!.kind !== 'WORD') return false;
  }
  return false;
}

/** The token of the person named in apposition after a nationality and a title ("the Belarusian president, Alexander
 * Lukashenko,", "the French foreign minister, Catherine Colonna."), or -1. Only title words between the nationality and the
 * comma, and the apposition closed right after the name, so "attacked Russian troops, Putin said" keeps Russia. */
function apposedTitleHolderAt(ctx: Ctx, m: MentionRef, s1: number): number {
  if (m.pseudo || m.possessive || m.t0 !== m.t1 || !qualifiesPerson(ctx, m)) return -1;
  let q = m.t1 + 1;
  while (q < s1 && q <= m.t1 + 4 && ctx.ments.at[q]! < 0 && PRE_TITLE.has(ctx.low[q]!)) q++;
  if (q === m.t1 + 1 || q + 1 >= s1 || ctx.low[q] !== ',') return -1;
  const pi = ctx.ments.at[q + 1]!;
  if (pi < 0) return -1;
  const p = ctx.ments.list[pi]!;
  if (p.type !== 'PERSON' || p.pseudo || p.t0 !== q + 1) return -1;
  const after = ctx.low[p.t1 + 1];
  return p.t1 + 1 >= s1 || after === ',' || after === '.' ? q + 1 : -1;
}

/** Second words of titles ("chief executive", "finance minister") that PRE_TITLE lacks. */
const TITLE_TAIL = new Set(['executive', 'officer', 'director', 'spokesperson', 'chairwoman', 'ministers', 'official', 'adviser',
  'advisor', 'attorney', 'prosecutor', 'judge', 'justice', 'coach', 'manager', 'founder', 'economy', 'health', 'trade', 'energy',
  'justice', 'transport', 'education', 'labour', 'labor', 'agriculture', 'environment']);

/** Reporting words that cite a source rather than open a speaker's clause ("…, according to his press service"). */
const CITING = new Set(['according', 'citing', 'cited']);

/** Entity types a nationality may describe before their name ("Italian broadcaster Sky Sport Italia"). */
const DESCRIBED_TYPES = new Set(['ORG', 'PERSON', 'FAC']);
/** The token of the name that nationality adjective `m` describes, or -1: `m` is a nationality adjective ("Italian", not "Italy") followed by one to three lower-case words
 * and then a name of an organisation, a person or a facility: "Italian broadcaster Sky Sport Italia", "Chinese financial
 * outlet Jiemian", "Dutch television programme Nieuwsuur" (the lower-case words are skipped with it). Not a nationality before a plain noun ("attacked Russian
 * positions"), nor before a preposition or a verb ("Russian troops in Bakhmut"), a participle or a trigger ("Russian firms
 * supplying Rosneft"). */
export function describedNameAt(ctx: Ctx, m: MentionRef, s1: number): number {
  if (m.pseudo || m.possessive || m.t0 !== m.t1) return -1;
  if (!isDemonymSurface(ctx, m)) return -1;
  let q = m.t1 + 1;
  let words = 0;
  while (q < s1 && words < 4 && ctx.ments.at[q]! < 0) {
    const w = ctx.low[q]!;
    if (ctx.toks[q]!.kind !== 'WORD' || !/^[a-z-]+$/.test(w) || ctx.lex.roles.has(w) || HARD_WORDS.has(w) || DET.has(w) || REPORTING.has(w)) return -1;
    // a participle or a found trigger opens a clause of its own: "Russian firms supplying Rosneft", "Russian soldiers
    // guarding Zaporizhzhia nuclear plant" describe no Rosneft or plant (a hyphenated "state-owned" still describes)
    if (/^[a-z]{3,}(?:ing|ed)$/.test(w) || ctx.trig[q]) return -1;
    const raw = ctx.doc.text.slice(ctx.toks[q]!.start, ctx.toks[q]!.end);
    if (!/^[a-z]/.test(raw)) return -1;
    words++; q++;
  }
  if (words < 1 || words > 3 || q >= s1) return -1;
  const n = ctx.ments.at[q]!;
  if (n < 0) return -1;
  const next = ctx.ments.list[n]!;
  return !next.pseudo && !next.possessive && DESCRIBED_TYPES.has(next.type) ? q : -1;
}

/** Entity types that can be the source of a statement ("from Russia's foreign ministry" is Russia's). */
const SOURCE_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);

/** Objects and prepositional phrases to the right of the trigger, within its clause. */
export function rightArgs(ctx: Ctx, d: Draft, s1: number): boolean {
  let prep: string | undefined;
  let found = false;
  let lastMentionEnd = -10;
  let k = d.t1 + 1;
  const limit = d.t1 + 20;
  const statement = d.type === 'STATEMENT';
  let byAt = -10;
  // the preposition in force before the last "of" ("visited the city of X": none; "in the city of X": "in")
  let outerPrep: string | undefined;
  while (k < s1 && k <= limit) {
    const w = ctx.low[k]!;
    const mi = ctx.ments.at[k]!;
    if (mi >= 0) {
      const m = ctx.ments.list[mi]!;
      // A possessive pronoun is a determiner here ("aboard his train", "for its war"), not an argument.
      if (m.pseudo === 'PRONOUN' && m.possessive) { k = m.t1 + 1; continue; }
      // "NASA's Johnson Space Center": the possessor of a named object is not an argument itself
      if (m.possessive && !m.pseudo && possessedMention(ctx, m, s1)) { k = m.t1 + 1; continue; }
      // a gap reading's object is what the gap holds, never its possessor ("put Smith's appointment on hold")
      if (m.possessive && d.lemma.includes(' * ')) { k = m.t1 + 1; continue; }
      // A nationality before a title and a name is not an argument: "met German Chancellor Olaf Scholz" (Scholz is).
      if (titledPersonFollows(ctx, m, s1)) { k = m.t1 + 1; continue; }
      // "told Italian broadcaster Sky Sport Italia", "told the Dutch television programme Nieuwsuur": a nationality
      // describing the named object that follows is not an argument (the outlet or the body is)
      // "by the Belarusian president, Alexander Lukashenko,": the nationality of a title whose holder is named in apposition
      const holder = apposedTitleHolderAt(ctx, m, s1);
      if (holder >= 0) { k = holder; continue; }
      const named = describedNameAt(ctx, m, s1);
      if (named >= 0) { k = named; continue; }
      // "killed in Russian strikes": the nationality belongs to the next event ("strikes"), not to this one
      if (qualifiesEvent(ctx, m)) { k = m.t1 + 1; continue; }
      // A passive statement names its speaker after "by" ("was announced by Pfizer").
      // A statement noun names its source after "from" or "by" ("a statement from the Kremlin", "remarks by the
      // president"), and so does a participle right before "by" ("a statement released by the White House").
      // ("a statement from Gaza City": a town after "from" is where it came from, not who made it)
      const source = (prep === 'by' && (d.passive || d.noun || byAt === d.t1 + 1)) || (prep === 'from' && d.noun && !originPlace(ctx, m));
      let role = statement ? (source && SOURCE_TYPES.has(m.type) ? 'agent' : prep || !RECIPIENT_VERBS.has(d.lemma) ? undefined : 'patient') : roleFor(ctx, prep, m, d.type, !d.noun);
      // "off the coast of Lampedusa", "on the outskirts of Kyiv": a place after a place noun and "of" is where
      // ("visited the flood-hit city of Derna": the object of a visit or a journey is still where it goes)
      if (role && prep === 'of' && isPlace(m.type) && placeNounBefore(ctx, m.t0)) role = !outerPrep && (MOVE.has(d.type) || MEET_LIKE.has(d.type)) && !d.noun ? 'destination' : 'location';
      // "killed in Russia's attack on Odesa": the possessor of the next event noun is its agent, not this event's place
      if (role && PLACE_ROLES.has(role) && possessesEvent(ctx, m)) role = undefined;
      if (role) { addArg(d, role, m.ids); found = true; }
      lastMentionEnd = m.t1;
      k = m.t1 + 1;
      if (statement) return found;
      continue;
    }
    if (w === ',') {
      const n = ctx.low[k + 1];
      const nextMention = k + 1 < s1 && ctx.ments.at[k + 1]! >= 0;
      const prevMention = ctx.ments.at[k - 1]! >= 0 || (found && lastMentionEnd >= k - 3);
      let speakerNext = false;
      if (nextMention) {
        const nm = ctx.ments.list[ctx.ments.at[k + 1]!]!;
        // "…, Russian Foreign Minister Sergei Lavrov said": the speaker may follow a nationality and a title
        let q0 = nm.t1 + 1;
        if (titledPersonFollows(ctx, nm, s1) || qualifiesPerson(ctx, nm)) {
          while (q0 < s1 && q0 <= nm.t1 + 5 && ctx.ments.at[q0]! < 0 && PRE_TITLE.has(ctx.low[q0]!)) q0++;
          const pm = q0 < s1 ? ctx.ments.at[q0]! : -1;
          if (pm >= 0 && ctx.ments.list[pm]!.type === 'PERSON') q0 = ctx.ments.list[pm]!.t1 + 1;
        }
        // ("brokered by the Belarusian president, Alexander Lukashenko, according to his press service": a source
        // cited after a comma is another's, so the name is an apposition, not the speaker of a new clause)
        for (let q = q0; q <= q0 + 2 && q < s1; q++) if (REPORTING.has(ctx.low[q]!) && !(CITING.has(ctx.low[q]!) && ctx.low[q - 1] === ',')) speakerNext = true;
      }
      // A list of amounts by place: "4,300 jobs in France, 3,700 in Germany and 400 in Spain".
      const amountList = found && k + 2 < s1 && ctx.toks[k + 1]!.kind === 'NUMBER' && !!prep && ctx.low[k + 2] === prep;
      if (!speakerNext && ((prevMention && nextMention) || amountList || (n && ctx.lex.roles.has(n) && n !== 'as' && n !== 'with'))) { k++; continue; }
      // "arrested Ousmane Sonko, the opposition leader, and his deputy Birame Diop": a description in apposition to the
      // named object is skipped, and the conjunct after it keeps the object's role
      if (!speakerNext && !statement && ctx.ments.at[k - 1]! >= 0) {
        const c = coordinatedAfterApposition(ctx, k, s1);
        if (c > 0) { k = c; continue; }
      }
      // "arrested a 41-year-old man, Tetsuya Yamagami, at the scene": a described object named in an apposition
      if (!speakerNext && nextMention && !found && !prep && !statement && describedObject(ctx, d.t1 + 1, k)) {
        const nm = ctx.ments.list[ctx.ments.at[k + 1]!]!;
        const after = ctx.low[nm.t1 + 1];
        if (nm.type === 'PERSON' && !nm.pseudo && !nm.possessive && (after === ',' || after === '.' || nm.t1 + 1 >= s1)) { k++; continue; }
      }
      // "flown to a clean room, then to NASA's Johnson Space Center": a second leg of the same movement
      if (n === 'then' && ctx.low[k + 2] && ctx.lex.roles.has(ctx.low[k + 2]!)) { k += 2; continue; }
      return found;
    }
    // "cleared by a panel of ministers: A, B and C": the colon opens the list naming the group's members, who keep the
    // "by" role (colon-list.ts)
    if (w === ':' && !statement && colonListAfterBy(ctx, byAt, k, s1)) { d.rule.push('by-colon-list'); prep = 'by'; k++; continue; }
    if (HARD_PUNCT.has(w) || (HARD_WORDS.has(w) && w !== 'as') || REPORTING.has(w) || w === '.') return found;
    if (w === 'as' && ctx.low[k + 1] !== 'well') return found;
    // "attacked a convoy led by X", "a visit by a delegation led by X": the leader takes the role the group has
    // ("protesters led by X marched": right after a group noun trigger, the leader is its agent)
    if (LED_BY.has(w) && ctx.low[k + 1] === 'by') { if (k === d.t1 + 1) prep = 'by'; k += 2; continue; }
    if (ctx.trig[k] && k > d.t1 + 1 && !statement) { d.nestedAt = k; return found; }
    // "by officers from the Metropolitan Police", "an attack by members of Hamas": the group's owner is the agent
    if (w === 'by') byAt = k;
    if (w === 'of') outerPrep = prep;
    if (ctx.lex.roles.has(w)) { if (!(prep === 'by' && (w === 'from' || w === 'of') && (ACTOR_HEADS.has(ctx.low[k - 1]!) || ctx.low[k - 1] === 'members'))) prep = w; }
    else if ((w === 'and' || w === 'or') && !found && !prep && k + 1 < s1 && ctx.ments.at[k + 1]! >= 0) return found; // "the arrests and Bratton declined": a new clause
    else if (w === 'and' || w === 'or' || w === "'s" || w === '’s') { /* coordination keeps the role */ }
    // "was announced by chief executive Magda Chambriard": a title between "by" and a passive statement's speaker
    else if (statement) { if (!DET.has(w) && !(prep === 'by' && d.passive && (PRE_TITLE.has(w) || TITLE_TAIL.has(w)) && k - byAt <= 4)) return found; }
    k++;
  }
  return found;
}

/** Whether tokens a..b-1 are a described object with no name: a determiner, then lower-case words or figures ("a
 * 41-year-old man", "the suspected gunman", "a second suspect"), at most six tokens. */
function describedObject(ctx: Ctx, a: number, b: number): boolean {
  if (b - a < 2 || b - a > 6 || !DET.has(ctx.low[a]!)) return false;
  for (let q = a + 1; q < b; q++) {
    if (ctx.ments.at[q]! >= 0 || ctx.trig[q]) return false;
    const kind = ctx.toks[q]!.kind;
    if (kind !== 'WORD' && kind !== 'NUMBER') return false;
    if (!/^[a-z0-9-]+$/.test(ctx.low[q]!) || ctx.lex.roles.has(ctx.low[q]!) || HARD_WORDS.has(ctx.low[q]!)) return false;
  }
  return true;
}

/** Determiners that open a description in apposition ("the opposition leader", "his former aide", "a senior commander"). */
const APPOSITION_DETS = eventWords('apposition-determiners');

/** The token of "and"/"or" after a description in apposition that opens at comma k and names a further conjunct, or -1:
 * ", the opposition leader, and his deputy Birame Diop", ", the Chinese president, and Fumio Kishida". The description
 * opens with a determiner, runs at most eight tokens of lower-case words, figures and names that are no person (a
 * nationality or a party: "the Hamas leader"; or the coreference's own description of the object), holds no trigger, preposition of a new phrase or reporting word, and closes
 * with a comma; after "and" a named person, organisation or state follows within four tokens. */
function coordinatedAfterApposition(ctx: Ctx, k: number, s1: number): number {
  const prev = ctx.ments.list[ctx.ments.at[k - 1]!]!;
  if (prev.possessive || (prev.type !== 'PERSON' && prev.type !== 'ORG' && prev.type !== 'GPE')) return -1;
  // at the closing comma of a description the coreference gave to the name before it ("Sonko, the opposition leader, and")
  const before = prev.pseudo && prev.t0 >= 2 && ctx.low[prev.t0 - 1] === ',' ? ctx.ments.at[prev.t0 - 2]! : -1;
  if (before >= 0 && !ctx.ments.list[before]!.pseudo && prev.ids.every((id) => ctx.ments.list[before]!.ids.includes(id))) return conjunctAt(ctx, k + 1, s1);
  if (prev.pseudo || !APPOSITION_DETS.has(ctx.low[k + 1] ?? '')) return -1;
  let c = k + 2;
  for (; c < s1 && c <= k + 10 && ctx.low[c] !== ','; c++) {
    const mi = ctx.ments.at[c]!;
    if (mi >= 0) {
      const m = ctx.ments.list[mi]!;
      // a description the coreference gave to the named object itself ("the opposition leader" for Sonko) is that object's
      const same = !!m.pseudo && m.ids.every((id) => prev.ids.includes(id));
      if (!same && (m.type === 'PERSON' || m.pseudo)) return -1;
      c = m.t1;
      continue;
    }
    const w = ctx.low[c]!;
    const kind = ctx.toks[c]!.kind;
    if (kind !== 'WORD' && kind !== 'NUMBER') return -1;
    if (ctx.trig[c] || HARD_WORDS.has(w) || REPORTING.has(w) || DET.has(w) || (ctx.lex.roles.has(w) && w !== 'of')) return -1;
    if (!/^[a-z0-9-]+$/.test(w) && kind === 'WORD' && !/^\p{Lu}/u.test(ctx.doc.text.slice(ctx.toks[c]!.start, ctx.toks[c]!.end))) return -1;
  }
  if (c >= s1 || ctx.low[c] !== ',' || c === k + 2) return -1;
  return conjunctAt(ctx, c + 1, s1);
}

/** `conj` when it is "and"/"or" with a named person, organisation or state within four tokens after it, else -1. */
function conjunctAt(ctx: Ctx, conj: number, s1: number): number {
  if (ctx.low[conj] !== 'and' && ctx.low[conj] !== 'or') return -1;
  for (let q = conj + 1; q < s1 && q <= conj + 4; q++) {
    const mi = ctx.ments.at[q]!;
    if (mi < 0) continue;
    const m = ctx.ments.list[mi]!;
    if (m.pseudo === 'PRONOUN' && m.possessive) continue;
    // ("…, and Birame Diop said": a name with a verb after it opens a clause of its own)
    const next = ctx.low[m.t1 + 1] ?? '';
    if (REPORTING.has(next) || AUX.has(next) || ctx.trig[m.t1 + 1]) return -1;
    return !m.pseudo && !m.possessive && (m.type === 'PERSON' || m.type === 'ORG' || m.type === 'GPE') ? conj : -1;
  }
  return -1;
}
