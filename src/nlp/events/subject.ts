// The subject side of a trigger: appositives, coordinated names, possessors, modifiers, passives
// ("by X"), and the clause boundaries that end the leftward scan.
import { lemmatize } from './lemma.js';
import { eventWords } from './lexicon.js';
import { type MentionRef, beforeShortForm, isCountryEntity, isPlace } from './mentions.js';
import { HARD_PUNCT, HARD_WORDS, REPORTING, DET, AUX, BE, ACTOR_HEADS, ORG_HEADS, COGNITION, ROLE_NOUNS, SUBJECT_TYPES, NUM_WORDS, LED_BY, PRE_TITLE, BLAME_FORMS, INSTITUTION_HEADS, PREDICATIVE } from './words.js';
import { type Ctx, type Draft, addArg } from './context.js';
import { roleFor } from './roles.js';
import { afterCompound, qualifiesPerson } from './places.js';
import { isDemonymSurface, isTitleCase } from './triggers.js';

/** A verb form before a name: a found trigger, or an -ed past form. */
export function isVerbish(ctx: Ctx, k: number): boolean {
  if (ctx.toks[k]!.kind !== 'WORD' || ctx.ments.at[k]! >= 0) return false;
  const w = ctx.low[k]!;
  if (AUX.has(w) || DET.has(w) || ctx.lex.roles.has(w)) return false;
  // Speech and cognition verbs take clauses: "announced it has lost", "said the company expects".
  if (REPORTING.has(w) || ctx.stmt[k] || COGNITION.has(w)) return false;
  if (ctx.trig[k]) return true;
  return /ed$/.test(w) && w.length > 4;
}

/** Words opening a relative clause set off by commas (", whose subsidiary …,"). */
const RELATIVES = new Set(['who', 'whose', 'which', 'where']);

/** Skips left over a comma-delimited relative clause (", who heads X,") ending at comma k. */
export function skipRelative(ctx: Ctx, k: number, s0: number): number {
  for (let c = k - 1; c >= Math.max(s0, k - 20); c--) {
    if (ctx.low[c] === ',') {
      const w = ctx.low[c + 1];
      if (w === 'who' || w === 'which' || w === 'whose' || w === 'where') return c - 1;
      return k - 1;
    }
  }
  return k - 1;
}

export function isModifier(ctx: Ctx, m: MentionRef, triggerAt: number): boolean {
  const n = m.t1 + 1;
  if (n >= triggerAt) return false;
  const t = ctx.toks[n];
  if (!t || t.kind !== 'WORD') return false;
  const w = ctx.low[n]!;
  if (ACTOR_HEADS.has(w)) return false; // "Wagner fighters seized": the group acts
  // "The UN humanitarian office … launched": the organisation's body acts for it.
  for (let q = n; q <= n + 2 && q < triggerAt; q++) if (ORG_HEADS.has(ctx.low[q]!)) return false;
  if (AUX.has(w) || REPORTING.has(w) || HARD_WORDS.has(w) || w === 'and' || w === 'or') return false;
  if (ctx.lex.roles.has(w)) return false;
  if (ctx.ments.at[n]! >= 0) return false;
  const raw = ctx.doc.text.slice(t.start, t.end);
  if (/^\p{Lu}/u.test(raw)) return true; // "UN Secretary-General"
  // A demonym before a lowercase word is an adjective ("the Libyan authorities", "Russian officials").
  const surface = ctx.doc.text.slice(m.start, m.end);
  // (never a person's short name: "Modi thanked voters … and said", "Erdogan" end like "Israeli", "Libyan")
  if (!m.pseudo && m.type !== 'PERSON' && /(?:an|ese|ish|ian|i)$/.test(surface) && ctx.ments.byId.get(m.ids[0]!)?.name !== surface) return true;
  if (BOSS_WORDS.has(w)) return true; // "the former FTX boss" ("boss" is no verb in -s)
  if (/(ed|s)$/.test(w) && lemmatize(w, ctx.lex.irregular, ctx.lex.triggers)) return false; // a verb
  if (/ed$/.test(w)) return false;
  return /^[a-z]/.test(w) && !/ly$/.test(w) && (n + 1 >= triggerAt || !AUX.has(ctx.low[n + 1]!)) ? isNounish(w) : false;
}
export const NOT_NOUNS = new Set(['under', 'over', 'after', 'never', 'ever', 'together', 'whether', 'rather', 'other', 'either', 'neither',
  'later', 'further', 'earlier', 'hereafter', 'thereafter', 'former', 'latter', 'per', 'via', 'for', 'or', 'nor', 'her', 'their', 'our', 'your']);
/** Heads of a person's description after an organisation's name that the noun endings miss ("the former FTX boss"). */
const BOSS_WORDS = new Set(['boss', 'bosses', 'ceo', 'chair', 'coach', 'staff', 'chief']);
export const isNounish = (w: string): boolean => !NOT_NOUNS.has(w) && /(ent|ant|er|or|ist|ian|man|ster|ary|ief|ial|ive|ion|ship)s?$/.test(w) || w === 'chief' || w === 'head' || w === 'president' || w === 'leader';

/** "X, the parent company of Y, has won" / "Osama Hamad, prime minister of …, said": when the verb
 * follows a comma-delimited appositive, the subject is the mention before it (or the appositive itself
 * when it is a name: "Russia's Defence Minister, Sergei Shoigu, attempted"). */
export function appositiveSubject(ctx: Ctx, d: Draft, s0: number, passive: boolean): boolean {
  let k = d.t0 - 1;
  while (k >= s0 && (AUX.has(ctx.low[k]!) || /ly$/.test(ctx.low[k]!)) && ctx.ments.at[k]! < 0) k--;
  // "Derek Chauvin, the former officer who knelt on Floyd's neck, was found guilty": a participle that predicates the
  // adjective trigger of the subject, after a form of "be"
  if (!d.noun && k - 1 >= s0 && PREDICATIVE.has(ctx.low[k]!) && BE.has(ctx.low[k - 1]!) && ctx.ments.at[k]! < 0) {
    k--;
    while (k >= s0 && (AUX.has(ctx.low[k]!) || /ly$/.test(ctx.low[k]!)) && ctx.ments.at[k]! < 0) k--;
  }
  // "The spokesman, John Kirby, declined to comment", "X, the ministry's spokeswoman, refused to say": a control verb in
  // the past or the present, then "to", between the appositive and the trigger
  if (k > s0 && ctx.low[k] !== ',' && ctx.low[k + 1] === 'to' && k + 1 < d.t0 && ctx.ments.at[k]! < 0 && ctx.toks[k]!.kind === 'WORD'
    && /^[a-z]{3,}(?:ed|s)$/.test(ctx.low[k]!) && !/(?:ss|us|is|ness)$/.test(ctx.low[k]!)) {
    k--;
    while (k >= s0 && (AUX.has(ctx.low[k]!) || /ly$/.test(ctx.low[k]!)) && ctx.ments.at[k]! < 0) k--;
  }
  if (k < s0 || ctx.low[k] !== ',') return false;
  let c2 = k - 1;
  while (c2 >= s0 && c2 > k - 25 && ctx.low[c2] !== ',') {
    if (HARD_PUNCT.has(ctx.low[c2]!) && ctx.low[c2] !== ')' && ctx.low[c2] !== '(') return false;
    c2--;
  }
  if (c2 < s0 || ctx.low[c2] !== ',' || c2 >= k - 1) return false;
  // "Peter Berdowski, chief executive of Boskalis, whose subsidiary … has been hired, told": a relative clause after an
  // appositive is skipped, and the appositive before it read as usual
  if (RELATIVES.has(ctx.low[c2 + 1]!)) {
    let c3 = c2 - 1;
    while (c3 >= s0 && c3 > c2 - 25 && ctx.low[c3] !== ',') {
      if (HARD_PUNCT.has(ctx.low[c3]!) && ctx.low[c3] !== ')' && ctx.low[c3] !== '(') break;
      c3--;
    }
    if (c3 >= s0 && ctx.low[c3] === ',' && c3 < c2 - 1 && !RELATIVES.has(ctx.low[c3 + 1]!)) { k = c2; c2 = c3; }
  }
  let first = c2 + 1;
  const role = passive ? 'patient' : 'agent';
  // "The UN humanitarian office, known as OCHA, launched": the appositive gives the subject's own name
  if (ctx.low[first] === 'also') first++;
  if ((ctx.low[first] === 'known' && ctx.low[first + 1] === 'as') || ctx.low[first] === 'called' || ctx.low[first] === 'dubbed') {
    const q = ctx.low[first] === 'known' ? first + 2 : first + 1;
    const mq = ctx.ments.at[q]!;
    const m = mq >= 0 ? ctx.ments.list[mq]! : undefined;
    if (m && m.t0 === q && m.t1 === k - 1 && !m.pseudo && (m.type === 'PERSON' || m.type === 'ORG' || m.type === 'GPE')) { addArg(d, role, m.ids); d.rule.push('appositive-known-as'); return true; }
  }
  first = c2 + 1;
  // "The UN, along with the Red Cross, delivered aid": the names the appositive adds share the subject's role
  const companions = companionStart(ctx, first);
  if (companions > 0) {
    const ids: string[] = [];
    for (let q = companions; q < k; q++) {
      const mq = ctx.ments.at[q]!;
      if (mq < 0) continue;
      const m = ctx.ments.list[mq]!;
      if (m.t0 === q && !m.possessive && SUBJECT_TYPES.has(m.type)) ids.push(...m.ids);
      q = m.t1;
    }
    if (!ids.length) return false;
    const e = c2 - 1;
    const me = e >= s0 ? ctx.ments.at[e]! : -1;
    const head = me >= 0 ? ctx.ments.list[me]! : undefined;
    if (!head || head.t1 !== e || head.possessive || !SUBJECT_TYPES.has(head.type)) return false;
    addArg(d, role, head.ids);
    coordinated(ctx, d, head, s0, role);
    addArg(d, role, ids);
    d.rule.push('appositive-companion');
    return true;
  }
  const mi = ctx.ments.at[first]!;
  if (mi >= 0) {
    const m = ctx.ments.list[mi]!;
    if (m.t1 === k - 1 && (m.type === 'PERSON' || m.type === 'ORG' || m.type === 'GPE')) {
      // "President Buhari, in a statement signed by his adviser, Femi Adesina, commended": the name closes a phrase set off
      // after the subject that a preposition opens; the subject is the name before that phrase
      const outer = parentheticalHolder(ctx, c2, s0);
      if (outer) { addArg(d, role, outer.ids); d.rule.push('appositive-past-phrase'); return true; }
      addArg(d, role, m.ids); d.rule.push('appositive-name'); return true;
    }
  }
  const w = ctx.low[first]!;
  const raw = ctx.doc.text.slice(ctx.toks[first]!.start, ctx.toks[first]!.end);
  // "Dmitry Peskov, Kremlin spokesman, said": an organisation's name before a lower-case title describes the name before
  let bodyTitle = false;
  if (mi >= 0 && ctx.ments.list[mi]!.type === 'ORG' && ctx.ments.list[mi]!.t1 < k - 1) {
    bodyTitle = true;
    for (let q = ctx.ments.list[mi]!.t1 + 1; q < k; q++) if (ctx.ments.at[q]! >= 0 || !/^[a-z-]+$/.test(ctx.low[q]!) || !(ROLE_NOUNS.has(ctx.low[q]!) || PRE_TITLE.has(ctx.low[q]!) || ORG_HEADS.has(ctx.low[q]!))) bodyTitle = false;
  }
  // ("X, a spokesperson for the government, took issue with the ruling, telling the BBC": a segment that opens with a found
  // verb is the main clause's predicate, not a description)
  // (but "Shoigu, quoted by TASS, said", "X, backed by Y, won": a participle with its "by" agent is a reduced relative that
  // describes the subject)
  if (mi < 0 && ctx.trig[first] && ctx.low[first + 1] !== 'of' && ctx.low[first + 1] !== 'by' && /^\p{Ll}/u.test(raw)) return false;
  const descriptive = bodyTitle || DET.has(w) || (/^\p{Ll}/u.test(raw) && !HARD_WORDS.has(w)) || (mi >= 0 && ctx.ments.list[mi]!.possessive);
  if (!descriptive) return false;
  // The mention right before the first comma (skipping a parenthetical acronym).
  let e = c2 - 1;
  if (e >= s0 && (ctx.low[e] === ')' || ctx.low[e] === ']')) {
    while (e >= s0 && e > c2 - 10 && ctx.low[e] !== '(' && ctx.low[e] !== '[') e--;
    e--;
  }
  if (e < s0) return false;
  let mj = ctx.ments.at[e]!;
  if (mj < 0) {
    // "The UN humanitarian office, known as OCHA, launched": a name modifying an organisational head.
    // ("The Pinault family, owners of the luxury group Kering, pledged": a family named for a person acts as that person)
    if (!ORG_HEADS.has(ctx.low[e]!) && !ACTOR_HEADS.has(ctx.low[e]!) && !FAMILY_HEADS.has(ctx.low[e]!)) return false;
    let q = e - 1;
    while (q >= s0 && q >= e - 3 && ctx.ments.at[q]! < 0 && ctx.toks[q]!.kind === 'WORD' && /^[a-z-]+$/.test(ctx.low[q]!)) q--;
    if (q < s0 || ctx.ments.at[q]! < 0) return false;
    mj = ctx.ments.at[q]!;
    // a family is named for a person ("The Palestinian family, survivors of …, said" is no Palestine's)
    if (FAMILY_HEADS.has(ctx.low[e]!) && ctx.ments.list[mj]!.type !== 'PERSON') return false;
  }
  const m = ctx.ments.list[mj]!;
  if (m.possessive || (m.type !== 'PERSON' && m.type !== 'ORG' && m.type !== 'GPE')) return false;
  let p = m.t0 - 1;
  while (p >= s0 && (ctx.low[p] === 'the' || ctx.low[p] === 'a' || ctx.low[p] === 'an')) p--;
  if (p >= s0 && ctx.lex.roles.has(ctx.low[p]!) && ctx.low[p] !== 'for') return false;
  addArg(d, role, m.ids);
  d.rule.push('appositive');
  return true;
}

/** Prepositions that open a phrase set off between a subject and its verb (data/lexicon/events-words.tsv). */
// (prepositions and participles of speaking: "Buhari, in a statement …, commended", "Lee, speaking to reporters, said")
const PARENTHETICAL_PREPS = new Set([...eventWords('parenthetical-preps'), ...eventWords('parenthetical-participles')]);
/** The subject before a phrase set off by commas that a preposition opens, the phrase ending at the comma `c2` ("Buhari,
 * in a statement signed by his adviser, …"): the comma before the phrase, within 25 tokens and with no hard punctuation,
 * right after a named person, organisation or state that is no possessive, and a preposition of the list after it. */
function parentheticalHolder(ctx: Ctx, c2: number, s0: number): MentionRef | undefined {
  let c3 = c2 - 1;
  while (c3 >= s0 && c3 > c2 - 25 && ctx.low[c3] !== ',') {
    if (HARD_PUNCT.has(ctx.low[c3]!)) return undefined;
    c3--;
  }
  if (c3 <= s0 || ctx.low[c3] !== ',' || c3 >= c2 - 2 || !PARENTHETICAL_PREPS.has(ctx.low[c3 + 1]!)) return undefined;
  const mi = ctx.ments.at[c3 - 1]!;
  const m = mi >= 0 ? ctx.ments.list[mi]! : undefined;
  if (!m || m.t1 !== c3 - 1 || m.possessive || (m.type !== 'PERSON' && m.type !== 'ORG' && m.type !== 'GPE')) return undefined;
  return m;
}

/** The token after a phrase that adds companions to a subject (", along with X,", ", together with X,", ", as well as
 * X,", ", alongside X,", ", joined by X,"), or -1. */
function companionStart(ctx: Ctx, k: number): number {
  const w = ctx.low[k], n = ctx.low[k + 1];
  if ((w === 'along' || w === 'together') && n === 'with') return k + 2;
  if (w === 'as' && n === 'well' && ctx.low[k + 2] === 'as') return k + 3;
  if (w === 'alongside') return k + 1;
  if (w === 'joined' && n === 'by') return k + 2;
  return -1;
}

/** The named person whose company a possessive pronoun's conjunct is, in a subject that runs up to the verb at d: "Ann Lee
 * and her husband left", "Ann Lee, 61, her husband and two aides left" (an age in commas after the name). The name opens
 * its clause (a title before it aside), and between the pronoun's noun and the verb stand only plain words, counts and
 * "and" ("his wife and two bodyguards"); not "Ann Lee said her husband left" (a verb between), nor "the lawyer of Ann
 * Lee and her husband" (the name is an object). */
function companionHolder(ctx: Ctx, d: Draft, m: MentionRef, s0: number): MentionRef | undefined {
  if (d.t0 - m.t1 > 7) return undefined;
  for (let q = m.t1 + 1; q < d.t0; q++) {
    const w = ctx.low[q]!;
    if (ctx.ments.at[q]! >= 0 || ctx.trig[q] || HARD_WORDS.has(w) || REPORTING.has(w)) return undefined;
    if (!(ctx.toks[q]!.kind === 'NUMBER' || (ctx.toks[q]!.kind === 'WORD' && /^[a-z-]+$/.test(w)))) return undefined;
  }
  let q = m.t0 - 1;
  if (q < s0 || (ctx.low[q] !== 'and' && ctx.low[q] !== ',')) return undefined;
  q--;
  if (q >= s0 && ctx.low[q] === ',') q--;
  // "Ann Lee, her husband and their son": another such conjunct before this one
  for (let n = 0; n < 3; n++) {
    let r = q, words = 0;
    while (r >= s0 && words < 3 && ctx.ments.at[r]! < 0 && ctx.toks[r]!.kind === 'WORD' && /^[a-z-]+$/.test(ctx.low[r]!) && !HARD_WORDS.has(ctx.low[r]!) && !ctx.trig[r]) { r--; words++; }
    const pi = r >= s0 && words > 0 ? ctx.ments.at[r]! : -1;
    const pm = pi >= 0 ? ctx.ments.list[pi]! : undefined;
    if (!pm || pm.pseudo !== 'PRONOUN' || !pm.possessive || pm.t1 !== r) break;
    q = pm.t0 - 1;
    if (q < s0 || (ctx.low[q] !== 'and' && ctx.low[q] !== ',')) return undefined;
    q--;
  }
  // "Ann Lee, 61, her husband": an age set off by commas
  if (q - 1 >= s0 && ctx.toks[q]!.kind === 'NUMBER' && ctx.low[q - 1] === ',') q -= 2;
  const xi = q >= s0 ? ctx.ments.at[q]! : -1;
  const x = xi >= 0 ? ctx.ments.list[xi]! : undefined;
  if (!x || x.t1 !== q || x.pseudo || x.possessive || x.type !== 'PERSON') return undefined;
  // "Former President Ann Lee, her husband …": title words and an article before the name
  let c = x.t0 - 1;
  while (c >= s0 && ctx.ments.at[c]! < 0 && (PRE_TITLE.has(ctx.low[c]!) || ARTICLES.has(ctx.low[c]!))) c--;
  if (c < s0 || (ctx.toks[c]!.kind === 'PUNCT' && ctx.low[c] !== ',')) return x;
  // "On Sunday, Ann Lee and her husband left": a fronted prepositional phrase closed by its comma
  if (ctx.low[c] === ',' && c > s0 && ctx.lex.roles.has(ctx.low[s0]!)) {
    for (let r = s0; r < c; r++) if (ctx.low[r] === ',' || ctx.trig[r] || (ctx.ments.at[r]! >= 0 && ctx.ments.list[ctx.ments.at[r]!]!.type === 'PERSON')) return undefined;
    return x;
  }
  return undefined;
}

/** Heads of a family named for a person ("the Pinault family", "the Bettencourt Meyers family"). */
const FAMILY_HEADS = new Set(['family', 'families', 'clan', 'dynasty']);

/** Skips left over a title written before a person's name ("Chinese leader", "his Australian counterpart", "Germany's
 * chancellor", "Secretary of State") when a conjunction comes before it; returns the token before the title, or
 * `c` unchanged when there is no title or no conjunction before it. */
function skipTitle(ctx: Ctx, c: number, s0: number, any = false): number {
  let k = c;
  let words = 0;
  while (k >= s0 && c - k < 6) {
    const w = ctx.low[k]!;
    const mi = ctx.ments.at[k]!;
    if (mi >= 0) {
      const t = ctx.ments.list[mi]!;
      // a nationality ("Chinese") or an owner ("Germany's") qualifies the title
      if (t.pseudo ? !(t.pseudo === 'PRONOUN' && t.possessive && t.t0 === t.t1) : !(t.possessive || isDemonymSurface(ctx, t))) break;
      k = t.t0 - 1; words++;
      continue;
    }
    if (w === "'s" || w === '’s') { k--; continue; }
    if (!PRE_TITLE.has(w)) break;
    k--; words++;
  }
  if (!words || k === c || k < s0) return c;
  if (any) return k;
  const w = ctx.low[k]!;
  return w === 'and' || w === '&' || w === ',' ? k : c;
}

/** A headline: the segmenter's HEADLINE kind, or a title-case line. */
function headline(ctx: Ctx, d: Draft, s0: number): boolean {
  if (ctx.sentences[d.sentence]?.kind === 'HEADLINE') return true;
  const r = ctx.sentRange[d.sentence];
  return !!r && r[0] === s0 && isTitleCase(ctx, r[0], r[1]);
}

/** Nouns of a reply to an earlier event: "in retaliation for the killing", "in response to the attack". */
const RETALIATION = new Set(['retaliation', 'response', 'revenge', 'reprisal', 'reprisals', 'answer', 'reaction']);

/** Words naming a part of a place before "of" ("parts of", "much of"), and one word that may stand before them ("large
 * parts of"): data/lexicon/events-words.tsv partitive-heads, partitive-modifiers. */
const PARTITIVE_HEADS = eventWords('partitive-heads');
const PARTITIVE_MODS = eventWords('partitive-modifiers');
/** Whether "and [large] parts of <name>" follows mention m: m is the last but one conjunct of a list. */
function partitiveNext(ctx: Ctx, m: MentionRef): boolean {
  if (ctx.low[m.t1 + 1] !== 'and') return false;
  let q = m.t1 + 2;
  if (PARTITIVE_MODS.has(ctx.low[q]!)) q++;
  return PARTITIVE_HEADS.has(ctx.low[q]!) && ctx.low[q + 1] === 'of' && (ctx.ments.at[q + 2] ?? -1) >= 0;
}

/** Prepositions that take one name and open a sentence or a clause ("Unlike Sweden, …", "Apart from Sweden, …"):
 * data/lexicon/events-words.tsv fronted-comparison-preps, each as its words. */
const FRONTED_PREPS = [...eventWords('fronted-comparison-preps')].map((p) => p.split(/\s+/));
/** Those of them that after a comma closing a noun phrase open examples of it ("Several countries, like Sweden, Norway
 * and parts of Finland, imposed"): data/lexicon/events-words.tsv example-preps. */
const EXAMPLE_PREPS = eventWords('example-preps');
/** Words that may stand before such a preposition where a clause opens ("But unlike Sweden, …", "…, but like Sweden,"). */
const OPENING_CONJ = new Set(['but', 'and', 'yet', 'so', 'still']);
/** Whether the comma at c closes a fronted adjunct opening the sentence: a prepositional phrase ("On Monday,", "In a
 * surprise move,") or one word that names nothing ("Meanwhile,", "Instead,"), not a noun phrase ("Several countries,"). */
function closesAdjunct(ctx: Ctx, c: number, s0: number): boolean {
  if (c - 1 === s0) return ctx.ments.at[s0]! < 0 && ctx.toks[s0]!.kind === 'WORD';
  if (!ctx.lex.roles.has(ctx.low[s0]!)) return false;
  for (let r = s0 + 1; r < c; r++) if (/^[,;:]$/.test(ctx.low[r]!) || ctx.trig[r]) return false;
  return true;
}
/** Whether mention m is the object of a preposition opening its sentence or a clause ("Unlike [the] Sweden,", "On
 * Monday, unlike in Sweden,", "…, but unlike Sweden,"): then the comma after it ends that phrase, not a list's conjunct.
 * An example word after a comma opens a clause only after a fronted adjunct; after a noun phrase it lists examples
 * of it ("Several countries, like Sweden, Norway …"), whose first name is a conjunct. */
function frontedObject(ctx: Ctx, m: MentionRef, s0: number): boolean {
  let b = m.t0 - 1;
  if (b >= s0 && ARTICLES.has(ctx.low[b]!)) b--;
  for (const end of ctx.low[b] === 'in' ? [b, b - 1] : [b]) {
    for (const p of FRONTED_PREPS) {
      const start = end - p.length + 1;
      if (start < s0 || p.some((w, i) => ctx.low[start + i] !== w)) continue;
      const before = start - 1;
      // an opening conjunction at the sentence's start or after a comma
      if (before >= s0 && OPENING_CONJ.has(ctx.low[before]!) && (before === s0 || ctx.low[before - 1] === ',')) return true;
      if (before < s0) return true;
      if (!/^[,;:"“‘'(]$/.test(ctx.low[before]!)) continue;
      if (ctx.low[before] !== ',' || !EXAMPLE_PREPS.has(p.join(' '))) return true;
      if (closesAdjunct(ctx, before, s0)) return true;
    }
  }
  return false;
}

/** Heads of a counted group of a body's people: the name before them is a conjunct ("the 28 EU leaders"). */
const GROUP_HEADS = new Set([...ACTOR_HEADS, ...eventWords('counted-conjunct-heads')]);

/** Coordinated subjects: "Kim Jong Un and Vladimir Putin met", "France, Germany and Italy sent aid". */
export function coordinated(ctx: Ctx, d: Draft, m: MentionRef, s0: number, role: string): void {
  let cur = m;
  for (let n = 0; n < 6; n++) {
    let c = cur.t0 - 1;
    // "Biden and Chinese leader Xi Jinping", "Modi and his Australian counterpart Anthony Albanese": a person's
    // title before the later conjunct.
    if (cur.type === 'PERSON' && !cur.pseudo) c = skipTitle(ctx, c, s0);
    // "Davutoglu and the 28 EU leaders", "Berg and two EU envoys": a count before a later conjunct that heads a group
    // of its people (the name then qualifies the head noun after it)
    if (c > s0 && n === 0 && (ctx.toks[c]!.kind === 'NUMBER' || NUM_WORDS.has(ctx.low[c]!)) && ctx.ments.at[cur.t1 + 1]! < 0
      && GROUP_HEADS.has(ctx.low[cur.t1 + 1] ?? '')) c--;
    // "the European Union and the United States": a determiner before the later conjunct.
    if (c > s0 && (ctx.low[c] === 'the' || ctx.low[c] === 'a' || ctx.low[c] === 'an')) c--;
    if (c - 1 < s0) return;
    const w = ctx.low[c]!;
    if (w !== 'and' && w !== '&' && w !== ',' && w !== 'or') return;
    // "…to Ukraine, Antony Blinken said": a list needs its "and" first (checked below, headlines excepted)
    let e = c - 1;
    if (w === 'and' && ctx.low[e] === ',') e--; // Oxford comma
    // An age or number appositive: "Guillermo Hernandez, 20, and Carlos Velasquez, 24, were arrested".
    if (e - 1 >= s0 && ctx.toks[e]!.kind === 'NUMBER' && ctx.low[e - 1] === ',') e -= 2;
    // "Sudan's army and the RSF", "Israeli troops and Hezbollah fighters": a name with a head naming its fighters
    let head = false;
    if (e - 1 >= s0 && ctx.ments.at[e]! < 0 && ACTOR_HEADS.has(ctx.low[e]!)) {
      e--; head = true;
      if (e - 1 >= s0 && (ctx.low[e] === "'s" || ctx.low[e] === '’s')) e--;
    }
    if (e < s0) return;
    const mi = ctx.ments.at[e]!;
    if (mi < 0) return;
    const prev = ctx.ments.list[mi]!;
    if (prev.t1 !== e || (prev.possessive && !head) || !SUBJECT_TYPES.has(prev.type)) return;
    // a headline's list needs no "and": "Biden, Xi agree to resume military talks"
    // (or the name is the list's last but one, its "and" right after it: "in Metro Manila, Calabarzon and parts of
    // Central Luzon", when the subject found is the conjunct before the partitive)
    // (but not a name a fronted preposition governs: "Unlike Sweden, Norway and parts of Finland imposed lockdowns")
    if (w === ',' && n === 0 && !(prev.t0 === s0 && headline(ctx, d, s0)) && (!partitiveNext(ctx, cur) || frontedObject(ctx, prev, s0))) return;
    // "Russia attacked Kyiv and President Zelensky condemned": the earlier name is a verb's object, not a subject
    let b = skipTitle(ctx, prev.t0 - 1, s0, true);
    if (b >= s0 && ARTICLES.has(ctx.low[b]!)) b--;
    if (b >= s0 && isVerbish(ctx, b)) return;
    // "staff were killed in Darfur and it halted work": a pronoun after "and" opens a clause of its own, so a name
    // before it that is a preposition's object is no co-subject ("of", "by", "including" aside: "the leaders of France
    // and Germany", "donors including Japan and it"; and a name beside another name stays one: "schools in Punjab and
    // Sindh will close")
    if (cur.pseudo === 'PRONOUN' && b >= s0 && ctx.lex.roles.has(ctx.low[b]!) && !['of', 'by', 'between', 'among', 'including'].includes(ctx.low[b]!)) return;
    addArg(d, role, prev.ids);
    cur = prev;
  }
}

/** Subject to the left of the trigger (or of the light verb governing a noun trigger), plus
 * prepositional mentions between it and the trigger. */
const ARTICLES = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);
/** Words that count a group before "of" ("thousands of Israelis", "a group of Palestinians"), or name the people who act for it. */
const GROUP_COUNT = new Set(['dozens', 'hundreds', 'thousands', 'millions', 'tens', 'scores', 'dozen', 'hundred', 'thousand', 'million',
  'group', 'groups', 'crowd', 'crowds', 'handful', 'members', 'delegation',
  // the people who act for a body: "Leaders of the G7 agreed", "Finance ministers of the G20 met"
  'leaders', 'ministers', 'officials', 'representatives', 'delegates', 'envoys', 'diplomats', 'negotiators', 'lawmakers', 'heads']);
/** Forms of speech verbs whose object is the addressee. */
const ADDRESSED = new Set(['told', 'tells', 'tell', 'telling', 'informed', 'informs', 'briefed', 'assured', 'reminded', 'notified']);

/** Verbs of praise or blame whose object did what follows "for" ("thanked Biden for the aid"). */
const PRAISE_BLAME_FORMS = new Set(['thank', 'thanked', 'thanks', 'thanking', 'praise', 'praised', 'praises', 'praising', 'commend',
  'commended', 'commends', 'hail', 'hailed', 'hails', 'applaud', 'applauded', 'applauds', 'credit', 'credited', 'credits', 'criticise',
  'criticised', 'criticises', 'criticize', 'criticized', 'criticizes', 'criticising', 'criticizing', 'condemn', 'condemned', 'condemns',
  'condemning', 'slam', 'slammed', 'slams', 'fault', 'faulted', 'rebuke', 'rebuked', 'chastise', 'chastised', 'denounce', 'denounced',
  'lambast', 'lambasted', 'lauded', 'laud', 'salute', 'saluted']);
/** The blaming members of PRAISE_BLAME_FORMS: the one censured for an act did it ("condemned Russia for the invasion"). */
const CENSURE = new Set(['criticise', 'criticised', 'criticises', 'criticize', 'criticized', 'criticizes', 'criticising', 'criticizing', 'condemn',
  'condemned', 'condemns', 'condemning', 'slam', 'slammed', 'slams', 'fault', 'faulted', 'rebuke', 'rebuked', 'chastise', 'chastised',
  'denounce', 'denounced', 'lambast', 'lambasted']);
/** Acts that parties carry out between themselves and a helper only brings about: thanks or praise for them go to the
 * helper, who is not their agent ("thanked Qatar for the release of the hostages": Hamas released them). */
const BROUGHT_ABOUT = new Set(['RELEASE', 'CEASEFIRE', 'AGREEMENT', 'EXTRADITE', 'DEPORT', 'WITHDRAW', 'NEGOTIATE', 'EVACUATION']);
/** A possessive determiner between "for" and the noun makes the act the praised party's own ("for its role in the release"). */
const OWN_DETS = new Set(['its', 'his', 'her', 'their']);
function ownedAct(ctx: Ctx, prep: number, t0: number): boolean {
  for (let q = prep + 1; q < t0; q++) if (OWN_DETS.has(ctx.low[q]!)) return true;
  return false;
}
/** Verbs whose object did what follows "on" or "for" ("congratulated Erdogan on his victory"). */
const CONGRATULATE_FORMS = new Set(['congratulate', 'congratulated', 'congratulates', 'congratulating']);

/** "accused Iran of supplying drones", "blamed Ukraine for the attack": the one blamed is the event's agent. */
function blamedAgent(ctx: Ctx, d: Draft, s0: number, passive: boolean): boolean {
  let k = d.t0 - 1;
  // a determiner or a modifier or two before a noun trigger ("for the deadly attack")
  for (let n = 0; n < 3 && k >= s0 && ctx.ments.at[k]! < 0 && ctx.toks[k]!.kind === 'WORD' && /^[a-z-]+$/.test(ctx.low[k]!)
    && ctx.low[k] !== 'of' && ctx.low[k] !== 'for' && ctx.low[k] !== 'on' && !ctx.lex.roles.has(ctx.low[k]!) && !AUX.has(ctx.low[k]!); n++) k--;
  if (k < s0 || (ctx.low[k] !== 'of' && ctx.low[k] !== 'for' && ctx.low[k] !== 'on')) return false;
  const prep = ctx.low[k]!;
  const mi = k - 1 >= s0 ? ctx.ments.at[k - 1]! : -1;
  if (mi < 0) return false;
  const m = ctx.ments.list[mi]!;
  if (m.t1 !== k - 1 || m.possessive || !SUBJECT_TYPES.has(m.type)) return false;
  let v = m.t0 - 1;
  if (v >= s0 && ARTICLES.has(ctx.low[v]!)) v--;
  if (v < s0) return false;
  // "accused Iran of supplying", "blamed Ukraine for the attack"; "thanked Biden for the aid", "praised Qatar for its
  // mediation", "condemned Russia for the invasion", "congratulated Erdogan on his victory": the one praised or blamed
  // for an event did it
  const verb = ctx.low[v]!;
  const fits = BLAME_FORMS.has(verb) ? prep !== 'on' : PRAISE_BLAME_FORMS.has(verb) ? prep === 'for' : CONGRATULATE_FORMS.has(verb) && (prep === 'on' || prep === 'for');
  if (!fits) return false;
  // "thanked Qatar for the release of the hostages", "praised Egypt for the ceasefire": an act a third party performs is
  // one the praised party only brought about; it did it only when the act is written as its own ("for its mediation")
  if (PRAISE_BLAME_FORMS.has(verb) && !BLAME_FORMS.has(verb) && !CENSURE.has(verb) && BROUGHT_ABOUT.has(d.type) && !ownedAct(ctx, k, d.t0)) return false;
  // praise or blame "for not stopping the attack", "for hosting the talks": a verb between says what they did instead
  if (!BLAME_FORMS.has(verb)) for (let q = k + 1; q < d.t0; q++) if (/ing$/.test(ctx.low[q]!) || ctx.low[q] === 'not' || ctx.low[q] === 'never') return false;
  addArg(d, passive ? 'patient' : 'agent', m.ids);
  d.rule.push('blamed-agent');
  return true;
}

/** Office holders of a state or an organisation: a possessor that is a state or an organisation is the subject of what
 * they do ("Sudan's army chief condemned the attack"). */
const OFFICE_ROLES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'minister', 'ministers', 'chief', 'head',
  'leader', 'envoy', 'ambassador', 'president', 'ceo', 'chairman', 'director', 'secretary', 'general', 'commander', 'office', 'ministry',
  'government', 'army', 'troops', 'forces', 'police']);

/** Heads of a state's or an organisation's body written before "of" and its name ("the central bank of Turkey"). */
/** Prepositions that make a country a place ("in Somalia", "through Pakistan") and those that tie it into an event's
 * phrase ("the war with Russia", "the invasion of Ukraine"). */
const LOCATIVE_PREPS = new Set(['in', 'through', 'across', 'to', 'from', 'into', 'throughout', 'within', 'inside', 'near', 'at', 'over', 'around']);
const PHRASE_PREPS = new Set(['of', 'with', 'against']);
const BODY_HEADS = new Set([...INSTITUTION_HEADS, 'bank', 'senate', 'congress', 'assembly', 'leadership', 'people',
  // "the board of the IMF approved the loan", "the supreme court of Kenya ruled"
  'board', 'court', 'council', 'committee', 'commission', 'executive']);
/** "The government of Sri Lanka decided", "the central bank of Turkey raised rates": a body's head noun (one lower-case
 * modifier and a determiner before it) opening the clause, "of", and the name right before the verb (auxiliaries and
 * adverbs aside); the name is the subject (the body stands for its state or organisation). */
function institutionOf(ctx: Ctx, d: Draft, m: MentionRef, p: number, s0: number): boolean {
  if (m.possessive || !SUBJECT_TYPES.has(m.type) || (isPlace(m.type) && m.type !== 'GPE')) return false;
  for (let q = m.t1 + 1; q < d.t0; q++) if (!AUX.has(ctx.low[q]!) && !/^[a-z]+ly$/.test(ctx.low[q]!)) return false;
  let h = p - 1;
  if (h < s0 || !BODY_HEADS.has(ctx.low[h]!)) return false;
  h--;
  if (h >= s0 && ctx.ments.at[h]! < 0 && /^[a-z]+$/.test(ctx.low[h]!) && !ARTICLES.has(ctx.low[h]!)) h--;
  if (h < s0 || !ARTICLES.has(ctx.low[h]!)) return false;
  return h === s0 || ctx.toks[h - 1]!.kind === 'PUNCT' || ctx.toks[h - 1]!.kind === 'QUOTE';
}

/** The person named before a description in apposition that "who" at token `who` ends ("X, the Thai businessman who",
 * "X, a professor at Radboud University in the Netherlands who"), or undefined. The description opens with an article
 * right after the comma, holds at most twelve plain words, names no person and crosses no clause boundary, and the name
 * before the comma is a person's (not a possessive); "of", "for" or "to" in it gives up, as "who" may then stand for the
 * noun phrase after it. */
const REL_STOPS = new Set(['and', 'or', 'where', 'which', 'whose', 'whom', 'that', 'when', 'who']);
/** A description whose "who" may belong to a noun phrase after one of these is not the person's ("John Smith, the father
 * of a soldier who was killed", "a friend of the victim who died", "a lawyer for the family who"). */
const RELATIONAL_PREPS = new Set(['of', 'for', 'to']);
function describedAntecedent(ctx: Ctx, who: number, s0: number): MentionRef | undefined {
  for (let c = who - 1; c >= s0 && c >= who - 13; c--) {
    const w = ctx.low[c]!;
    if (w === ',') {
      if (!(ctx.low[c + 1] === 'a' || ctx.low[c + 1] === 'an' || ctx.low[c + 1] === 'the') || c + 2 >= who) return undefined;
      const mi = c - 1 >= s0 ? ctx.ments.at[c - 1]! : -1;
      const m = mi >= 0 ? ctx.ments.list[mi]! : undefined;
      return m && m.t1 === c - 1 && m.type === 'PERSON' && !m.possessive && !m.pseudo ? m : undefined;
    }
    const mi = ctx.ments.at[c]!;
    if (mi >= 0 && ctx.ments.list[mi]!.type === 'PERSON') return undefined;
    if (HARD_PUNCT.has(w) || HARD_WORDS.has(w) || REPORTING.has(w) || AUX.has(w) || REL_STOPS.has(w) || RELATIONAL_PREPS.has(w)) return undefined;
  }
  return undefined;
}

/** The personal object pronoun right after a verb trigger ("congratulate him", "thank her") stands for one of `m`'s
 * entities: `m` cannot then be the trigger's subject (the pronoun would be "himself"). */
function boundObject(ctx: Ctx, d: Draft, m: MentionRef): boolean {
  const k = d.t1 + 1;
  if (!OBJECT_PRONOUNS.has(ctx.low[k] ?? '')) return false;
  const pi = ctx.ments.at[k] ?? -1;
  if (pi < 0) return false;
  const p = ctx.ments.list[pi]!;
  return p.pseudo === 'PRONOUN' && !p.possessive && p.ids.some((id) => m.ids.includes(id));
}
/** Object pronouns that a clause's subject cannot bind (data/lexicon/events-words.tsv "object-pronouns"). */
const OBJECT_PRONOUNS = eventWords('object-pronouns');
/** Verbs whose object controls the infinitive after it (data/lexicon/events-words.tsv "object-control-verbs"). */
const OBJECT_CONTROL_VERBS = eventWords('object-control-verbs');

/** An ordinal or a superlative before a predicate noun ("the first Indian to win", "the only Briton to", "the youngest
 * American to"). */
const RANKED = /^(?:first|second|third|fourth|fifth|last|only|next|[a-z]+est)$/;

const BECOME = new Set(['become', 'became', 'becomes', 'becoming']);
/** The one who became what a ranked description says ("X became the first Indian to", "X beat Y to become the youngest
 * American to"): a form of "become" before the article at `b`, and the first name (a person, an organisation, a state) of
 * its clause, before any comma or harder break; undefined when that clause opens with no name (the subject is then
 * unknown), null with no "become" (the scan goes on). */
function becameWhat(ctx: Ctx, b: number, s0: number): MentionRef | undefined | null {
  if (b >= s0 && ARTICLES.has(ctx.low[b]!)) b--;
  if (b < s0 || !BECOME.has(ctx.low[b]!)) return null;
  let first: MentionRef | undefined;
  let q = b - 1;
  for (; q >= s0; q--) {
    const w = ctx.low[q]!;
    if (w === ',' || HARD_PUNCT.has(w) || HARD_WORDS.has(w)) break;
    const mi = ctx.ments.at[q]!;
    if (mi < 0) continue;
    const mm = ctx.ments.list[mi]!;
    first = SUBJECT_TYPES.has(mm.type) && !mm.possessive && !isPlace(mm.type) ? mm : undefined;
    q = mm.t0;
  }
  // the name must open its clause (an article or a title before it aside): "Gukesh beat Ding Liren to become" with no
  // name found for Gukesh gives no subject, not Ding Liren
  if (!first) return undefined;
  for (let r = q + 1; r < first.t0; r++) if (!ARTICLES.has(ctx.low[r]!) && !PRE_TITLE.has(ctx.low[r]!)) return undefined;
  return first;
}

/** Securities held in a company: "shares in UBS", "stock in Tesla". */
const SECURITIES = eventWords('securities');
const SECURITIES_DEALING = eventWords('securities-dealing');

/** Words that may stand between the subject of "found"/"declared" and the verb: a day ("on Tuesday"), "also", "unanimously". */
const FOUND_GAP_WORDS = eventWords('found-gap');
const FOUND_GAP = { test: (w: string): boolean => FOUND_GAP_WORDS.has(w) || /^[a-z]+ly$/.test(w) };
/** "The Constitutional Court on Tuesday found him guilty", "the tribunal declared the president guilty": an adjective
 * trigger predicated of the object of an active PREDICATIVE verb ("found", "declared", data/lexicon/events-words.tsv) is
 * undergone by that object (patient) and done by the verb's subject (agent): a named person, organisation or state right
 * before the verb, only auxiliaries, adverbs or a weekday phrase between, no comma. Only when both are named. */
/** "Olaf Scholz held talks with Xi Jinping in Beijing, becoming the first leader of a G7 nation to visit China": a clause
 * "becoming the <first|youngest|…> … to <trigger>" set off by a comma says what the main clause's subject became, so
 * that subject (the name opening the sentence, after titles and articles) does what follows "to", not the nearer name
 * in the main clause's object. The description may hold names ("of a Group of Seven nation") but no comma, clause break
 * or verb of its own; a sentence that opens with no name gives nothing (the scan goes on). */
function becomingRanked(ctx: Ctx, d: Draft, s0: number, passive: boolean): boolean {
  if (d.noun || passive || d.t0 - 1 <= s0 || ctx.low[d.t0 - 1] !== 'to') return false;
  let r = -1;
  for (let q = d.t0 - 2; q > s0 && q >= d.t0 - 12; q--) {
    const w = ctx.low[q]!;
    if (w === ',' || HARD_PUNCT.has(w) || HARD_WORDS.has(w) || w === 'to') return false;
    if (RANKED.test(w) && ARTICLES.has(ctx.low[q - 1] ?? '') && ctx.low[q - 2] === 'becoming' && ctx.low[q - 3] === ',') { r = q; break; }
  }
  if (r < 0) return false;
  // the name opening the sentence: only articles, titles and capitalised words (a nationality, an office) before it
  let subj: MentionRef | undefined;
  for (let q = s0; q < r - 3 && q <= s0 + 5; q++) {
    const mi = ctx.ments.at[q]!;
    if (mi >= 0) {
      const m = ctx.ments.list[mi]!;
      // ("German Chancellor Olaf Scholz": a nationality before the title is no subject)
      if (isDemonymSurface(ctx, m)) { q = m.t1; continue; }
      if (SUBJECT_TYPES.has(m.type) && !m.possessive && !m.pseudo && m.type !== 'NORP') { subj = m; break; }
      return false;
    }
    const w = ctx.low[q]!;
    if (!ARTICLES.has(w) && !PRE_TITLE.has(w) && !(ctx.toks[q]!.kind === 'WORD' && /^\p{Lu}/u.test(ctx.doc.text.slice(ctx.toks[q]!.start, ctx.toks[q]!.end)))) return false;
  }
  if (!subj) return false;
  addArg(d, 'agent', subj.ids);
  d.rule.push('becoming-ranked');
  return true;
}

function foundWhat(ctx: Ctx, d: Draft, s0: number, passive: boolean): boolean {
  if (d.noun || passive || !(d.rule[0] ?? '').endsWith('/A')) return false;
  const oi = d.t0 - 1 >= s0 ? ctx.ments.at[d.t0 - 1]! : -1;
  const obj = oi >= 0 ? ctx.ments.list[oi]! : undefined;
  if (!obj || obj.t1 !== d.t0 - 1 || obj.possessive || obj.type !== 'PERSON' && obj.type !== 'ORG' && obj.type !== 'GPE') return false;
  const v = obj.t0 - 1;
  if (v <= s0 || ctx.ments.at[v]! >= 0 || !PREDICATIVE.has(ctx.low[v]!) || BE.has(ctx.low[v - 1]!)) return false;
  let q = v - 1;
  while (q >= s0 && q > v - 6 && ctx.ments.at[q]! < 0 && (AUX.has(ctx.low[q]!) || FOUND_GAP.test(ctx.low[q]!))) q--;
  const si = q >= s0 ? ctx.ments.at[q]! : -1;
  const subj = si >= 0 ? ctx.ments.list[si]! : undefined;
  if (!subj || subj.t1 !== q || subj.possessive || subj.type !== 'PERSON' && subj.type !== 'ORG' && subj.type !== 'GPE') return false;
  if (subj.ids.some((id) => obj.ids.includes(id))) return false;
  addArg(d, 'agent', subj.ids);
  addArg(d, 'patient', obj.ids);
  d.rule.push('found-what');
  return true;
}

/** Whether `m` is a company named right before a securities head that, with only auxiliaries or adverbs after it, ends
 * right before the trigger ("Wingtip stock was suspended"), and is either no preposition's object or the object of "in"
 * after a dealing noun ("trading in Twitter shares would be suspended"); `p` is the token before the name (articles
 * skipped), `prepRole` the preposition there read as a role. */
function securitiesHolderOfPassive(ctx: Ctx, d: Draft, m: MentionRef, p: number, prepRole: string | undefined): boolean {
  if (m.type !== 'ORG' || m.possessive || m.pseudo || !SECURITIES.has(ctx.low[m.t1 + 1] ?? '')) return false;
  if (prepRole && !(ctx.low[p] === 'in' && SECURITIES_DEALING.has(ctx.low[p - 1] ?? ''))) return false;
  let q = m.t1 + 2;
  while (q < d.t0 && ctx.ments.at[q]! < 0 && (AUX.has(ctx.low[q]!) || /ly$/.test(ctx.low[q]!))) q++;
  return q === d.t0;
}

export function leftArgs(ctx: Ctx, d: Draft, s0: number, passive: boolean): void {
  if (foundWhat(ctx, d, s0, passive)) return;
  if (becomingRanked(ctx, d, s0, passive)) return;
  if (appositiveSubject(ctx, d, s0, passive)) return;
  if (blamedAgent(ctx, d, s0, passive)) return;
  let k = d.t0 - 1;
  let commas = 0;
  let steps = 0;
  let weak: MentionRef | undefined;
  const statement = d.type === 'STATEMENT';
  // A verb coordinated with an earlier one ("Schultz supported Democrats … and said") shares the
  // clause's first subject, not the nearest name.
  let q0 = d.t0 - 1;
  while (q0 >= s0 && (AUX.has(ctx.low[q0]!) || /ly$/.test(ctx.low[q0]!)) && ctx.ments.at[q0]! < 0) q0--;
  const coordVP = !d.noun && q0 >= s0 && ctx.low[q0] === 'and';
  let leftmost: MentionRef | undefined;
  const done = (): void => {
    if (leftmost) { addArg(d, passive ? 'patient' : 'agent', leftmost.ids); d.rule.push('coordinated-verb'); return; }
    if (weak) addArg(d, passive ? 'patient' : 'agent', weak.ids);
  };
  while (k >= s0 && steps++ < 40) {
    const w = ctx.low[k]!;
    const mi = ctx.ments.at[k]!;
    // "Japan protested the launch", "Nelson congratulated Japan on the landing": the reaction's subject
    // is not the agent of the event it reacts to.
    if (d.noun && !d.viaLight && ctx.react[k] && k < d.t0) { done(); return; }
    if (mi >= 0) {
      const m = ctx.ments.list[mi]!;
      k = m.t0 - 1;
      let p = m.t0 - 1;
      while (p >= s0 && (ctx.low[p] === 'the' || ctx.low[p] === 'a' || ctx.low[p] === 'an')) p--;
      // "Lai Ching-te of the governing Democratic Progressive Party won", "X of the ruling BJP said": a lower-case
      // modifier or two between "of the" and the name still make it the qualifier of the name before "of"
      if (p >= s0 && ctx.ments.at[p]! < 0) {
        let q = p, n = 0;
        while (n < 2 && q >= s0 && ctx.ments.at[q]! < 0 && ctx.toks[q]!.kind === 'WORD' && /^[a-z-]+$/.test(ctx.low[q]!) && !ctx.lex.roles.has(ctx.low[q]!)
          && !AUX.has(ctx.low[q]!) && !ARTICLES.has(ctx.low[q]!) && !ctx.trig[q] && !HARD_WORDS.has(ctx.low[q]!)) { q--; n++; }
        if (n > 0 && q >= s0 && ARTICLES.has(ctx.low[q]!)) { q--; if (q >= s0 && ctx.low[q] === 'of') p = q; }
      }
      const prep = p >= s0 ? ctx.low[p]! : undefined;
      let prepRole = prep && ctx.lex.roles.has(prep) && !(prep === 'for' && ctx.low[m.t1 + 1] === 'to') ? prep : undefined;
      // "Shares in UBS fell": securities "in" a company are its own, as "shares of" it are
      if (prepRole === 'in' && !isPlace(m.type) && SECURITIES.has(ctx.low[p - 1] ?? '')) prepRole = 'of';
      // "Ann Lee, 61, her husband and two aides left": a conjunct owned by a pronoun after a named person is that person's
      // company, so the person heads the coordinated subject
      if (m.possessive && m.pseudo === 'PRONOUN' && !d.noun) {
        const holder = companionHolder(ctx, d, m, s0);
        if (holder) { addArg(d, passive ? 'patient' : 'agent', holder.ids); d.rule.push('companion-subject'); return; }
      }
      // A possessor right before the trigger ("Kim's first trip") is its agent.
      if (m.possessive) {
        let direct = true;
        // "its forces had captured", "Sudan's army has shelled": auxiliaries before an active verb of a state's body
        let end = d.t0;
        let inst = false;
        for (let q = m.t1 + 1; q < d.t0 && q <= m.t1 + 4; q++) if (INSTITUTION_HEADS.has(ctx.low[q]!)) inst = true;
        if (inst && !d.noun && !passive) while (end - 1 > m.t1 + 1 && ctx.low[end - 1] !== 'to' && ctx.ments.at[end - 1]! < 0 && (AUX.has(ctx.low[end - 1]!) || /ly$/.test(ctx.low[end - 1]!))) end--;
        for (let q = m.t1 + 1; q < end; q++) {
          const x = ctx.low[q]!;
          if (x === "'s" || x === '’s') continue;
          // "Iran's decision to expel", "the EU's plan to impose": the possessor of a noun before an infinitive is its subject
          if (x === 'to' && q === d.t0 - 1 && !d.noun && !passive && q - 1 > m.t1 && ctx.low[q - 1] !== "'s" && ctx.low[q - 1] !== '’s' && !ROLE_NOUNS.has(ctx.low[q - 1]!)) continue;
          if (ctx.toks[q]!.kind !== 'WORD' || AUX.has(x) || HARD_WORDS.has(x) || ctx.lex.roles.has(x) || q - m.t1 > 5) { direct = false; break; }
        }
        if (direct) {
          // "Kim's visit", "Kim's train left" — but "her rep told", "Kim's lawyer said" have another subject.
          // A state's or an organisation's office holder acts for it, though: "Sudan's army chief condemned", "Iran's
          // supreme leader praised", "Russia's foreign minister criticised" (their lawyers and families do not).
          let roleNoun = false;
          const body = (m.type === 'GPE' || m.type === 'ORG') && !m.pseudo;
          for (let q = m.t1 + 1; q < d.t0; q++) if (ROLE_NOUNS.has(ctx.low[q]!) && !INSTITUTION_HEADS.has(ctx.low[q]!) && !(body && OFFICE_ROLES.has(ctx.low[q]!))) roleNoun = true;
          if (roleNoun && !d.noun) return;
          addArg(d, 'agent', m.ids);
          return;
        }
        const before = p >= s0 ? ctx.low[p]! : '';
        // (", and Nasa's rover will attempt a landing", ", but Airbus's jets were grounded": a coordinator after a comma
        // opens a new clause, whose possessor is its subject, not the first clause's)
        const clauseStart = m.t0 === s0 || (ctx.toks[m.t0 - 1]!.kind === 'PUNCT' && ctx.low[m.t0 - 1] !== ',') || (ctx.low[m.t0 - 1] === ',' && before === ',')
          || ((before === 'and' || before === 'but') && p - 1 >= s0 && ctx.low[p - 1] === ',');
        if (clauseStart && !statement) {
          if (coordVP) { if (!leftmost) leftmost = m; continue; }
          addArg(d, passive ? 'patient' : 'agent', m.ids);
          return;
        }
        continue;
      }
      // "a delegation led by X arrived", "the team, headed by X, visited": the group's leader stands for the group
      if (prep === 'by' && p - 1 >= s0 && LED_BY.has(ctx.low[p - 1]!) && !statement && SUBJECT_TYPES.has(m.type) && !isPlace(m.type)) {
        addArg(d, passive ? 'patient' : 'agent', m.ids);
        coordinated(ctx, d, m, s0, passive ? 'patient' : 'agent');
        d.rule.push('led-by');
        return;
      }
      // "Twitter shares were suspended", "trading in Twitter shares would be halted": the company whose securities (or the
      // dealing in them) are a passive verb's subject undergoes it
      if (passive && !d.noun && commas === 0 && securitiesHolderOfPassive(ctx, d, m, p, prepRole)) {
        addArg(d, 'patient', m.ids); d.rule.push('securities-holder'); return;
      }
      // "killed in Russian strikes", "in an Israeli air strike", "by Hezbollah rocket attacks": the nationality or group
      // is the strikes' agent, not the place of either event (a place's name stays a place: "in Gaza air strikes")
      if (prepRole && d.noun && !d.viaLight && afterCompound(ctx, m.t1 + 1) === d.t0 && ((m.t0 === m.t1 && isDemonymSurface(ctx, m)) || (!m.pseudo && (m.type === 'ORG' || m.type === 'NORP')))) {
        addArg(d, passive ? 'patient' : 'agent', m.ids); d.rule.push('modifier-agent'); return;
      }
      if (prep === 'of' && !d.noun && commas === 0 && institutionOf(ctx, d, m, p, s0)) {
        addArg(d, passive ? 'patient' : 'agent', m.ids); d.rule.push('institution-of'); return;
      }
      if (prepRole && qualifiesPerson(ctx, m)) continue;
      // "Tens of thousands of Israelis protested", "dozens of Palestinians were killed": the counted group is the subject
      if (prepRole === 'of' && p - 1 >= s0 && (GROUP_COUNT.has(ctx.low[p - 1]!) || ctx.toks[p - 1]!.kind === 'NUMBER') && !d.noun && !statement && commas === 0) {
        addArg(d, passive ? 'patient' : 'agent', m.ids);
        d.rule.push('counted-subject');
        return;
      }
      if (prepRole) {
        if (!statement && commas === 0) {
          const role = roleFor(ctx, prepRole, m, d.type, !d.noun);
          if (role && role !== 'agent') addArg(d, role, m.ids);
          else if (role === 'agent' && passive) addArg(d, 'agent', m.ids);
        }
        continue;
      }
      // A name modifying a noun trigger is its agent: "Israeli air strikes", "Russian attack", "US sanctions".
      if (d.noun && !d.viaLight && m.t1 + 3 >= d.t0 && !m.possessive) {
        let adj = true;
        // an article between them starts a new noun phrase: "told CNN the trip was postponed"
        for (let q = m.t1 + 1; q < d.t0; q++) if (ctx.toks[q]!.kind !== 'WORD' || !/^[a-z-]+$/.test(ctx.low[q]!) || ctx.lex.roles.has(ctx.low[q]!) || AUX.has(ctx.low[q]!) || ARTICLES.has(ctx.low[q]!)) adj = false;
        if (adj) { addArg(d, passive ? 'patient' : 'agent', m.ids); coordinated(ctx, d, m, s0, passive ? 'patient' : 'agent'); d.rule.push('modifier-agent'); return; }
      }
      // "Nissan shares rose 3%", "Adani stock plunged": a company naming the securities that are the verb's subject is
      // whose they are, as in "shares of Nissan" (the securities, no entity, are the subject: the scan ends here)
      if (!d.noun && !passive && commas === 0 && m.type === 'ORG' && !m.possessive && !m.pseudo && SECURITIES.has(ctx.low[m.t1 + 1] ?? '')) {
        let q = m.t1 + 2;
        while (q < d.t0 && ctx.ments.at[q]! < 0 && (AUX.has(ctx.low[q]!) || /ly$/.test(ctx.low[q]!))) q++;
        if (q === d.t0) {
          const role = roleFor(ctx, 'of', m, d.type, true);
          if (role) { addArg(d, role, m.ids); d.rule.push('securities-holder'); }
          return;
        }
      }
      if (isModifier(ctx, m, d.t0)) continue;
      // "Neeraj Chopra became the first Indian to win": a nationality after an ordinal or a superlative and before "to"
      // is what the subject became, not the subject
      // ("Gukesh beat Ding Liren to become the youngest Indian to win": the one who became it, the first name of the clause
      // before "become", is the subject, not the object nearer the trigger)
      if (m.t0 === m.t1 && isDemonymSurface(ctx, m) && ctx.low[m.t1 + 1] === 'to' && RANKED.test(ctx.low[m.t0 - 1] ?? '')) {
        const who = becameWhat(ctx, m.t0 - 2, s0);
        if (who === null) continue;
        if (who && !passive) { addArg(d, 'agent', who.ids); d.rule.push('ranked-controller'); }
        return;
      }
      // "told CNN the trip was postponed": the addressee of a speech verb is not the subject of what it is told
      if (ADDRESSED.has(ctx.low[m.t0 - 1] ?? '') && m.t1 + 1 < d.t0) continue;
      // The object of a verb is no subject ("left Pyongyang … for a meeting"), unless it controls the
      // trigger ("warned North Korea against supplying", "urged Iran to release").
      // "killed three Palestinians in a raid": a count between the verb and its object
      let pv = p;
      while (pv >= s0 && pv > p - 3 && (ctx.toks[pv]!.kind === 'NUMBER' || NUM_WORDS.has(ctx.low[pv]!) || ctx.low[pv] === 'of')) pv--;
      // ("India blamed Pakistan, a charge Islamabad has denied": a trigger word after an article is a noun, whose
      // contact clause has the name for its subject; it is no verb taking the name as its object)
      const nounAfterArticle = pv - 1 >= s0 && (ctx.low[pv - 1] === 'a' || ctx.low[pv - 1] === 'an' || ctx.low[pv - 1] === 'the');
      if (pv >= s0 && m.t1 + 1 < d.t0 && isVerbish(ctx, pv) && !nounAfterArticle) {
        let control = true;
        for (let q = m.t1 + 1; q < d.t0; q++) if (!['to', 'against', 'from', 'into', 'for'].includes(ctx.low[q]!) && !/ly$/.test(ctx.low[q]!)) control = false;
        if (!control) continue;
        // "called Keir Starmer to congratulate him": the trigger's own object pronoun stands for this object, and a
        // pronoun is never bound by its clause's subject, so the object does not control the trigger; the subject is
        // found further left (the caller)
        // ("Lind asked Novak to thank him": after an object-control verb the object is the infinitive's subject and the
        // pronoun stands for someone else, whatever pronoun resolution linked it to)
        if (!d.noun && !OBJECT_CONTROL_VERBS.has(ctx.low[pv]!) && boundObject(ctx, d, m)) continue;
      }
      if (!SUBJECT_TYPES.has(m.type)) { if (!weak) weak = m; continue; }
      // An appositive description ("Tripoli, the capital, ...") is not a new subject.
      // ("Speaking from his office in Kano, the governor said": a person described after a place ends a fronted phrase)
      if (m.pseudo === 'DEFINITE' && m.t0 - 2 >= s0 && ctx.low[m.t0 - 1] === ',' && ctx.ments.at[m.t0 - 2]! >= 0
        && !(m.type === 'PERSON' && ctx.ments.list[ctx.ments.at[m.t0 - 2]!]!.type !== 'PERSON')) continue;
      if (coordVP) { leftmost = m; continue; }
      addArg(d, passive ? 'patient' : 'agent', m.ids);
      coordinated(ctx, d, m, s0, passive ? 'patient' : 'agent');
      return;
    }
    if (w === ',') {
      // "… in Poland and the Czech Republic, officials said": the speaker is the unnamed phrase after the comma.
      if (statement && !d.noun && commas === 0 && k < d.t0 - 1) {
        let plain = false;
        for (let q = k + 1; q < d.t0; q++) if (ctx.toks[q]!.kind === 'WORD' && !AUX.has(ctx.low[q]!) && !DET.has(ctx.low[q]!) && !/ly$/.test(ctx.low[q]!)) plain = true;
        if (plain) { done(); return; }
      }
      commas++; k = skipRelative(ctx, k, s0); continue;
    }
    if (w === ')' || w === ']') {
      // Skip a parenthetical ("on Monday (September 25) ordered").
      let q = k - 1;
      while (q >= s0 && q > k - 25 && ctx.low[q] !== '(' && ctx.low[q] !== '[') q--;
      if (q >= s0 && (ctx.low[q] === '(' || ctx.low[q] === '[')) { k = q - 1; continue; }
      done();
      return;
    }
    // "John Doe, who was arrested by police", "Boeing, which was fined": a relative clause's subject is its antecedent
    // (a noun governed by the relative clause's verb too: "Musa Obi, who led the negotiations", "Greenpeace, which organised the protest")
    if ((w === 'who' || w === 'which') && (!d.noun || d.viaLight) && !leftmost && !weak) {
      let q = k - 1;
      if (q >= s0 && ctx.low[q] === ',') q--;
      q = beforeShortForm(ctx.low, ctx.ments, q, s0);
      const ai = q >= s0 ? ctx.ments.at[q]! : -1;
      const a = ai >= 0 ? ctx.ments.list[ai]! : undefined;
      // "who" for people and groups, "which" for organisations and states ("Russia, which invaded Ukraine"; ", which"
      // after a town, a region or an event is about the place or the event)
      const state = (m: MentionRef): boolean => m.type === 'GPE' && !m.pseudo && m.ids.length === 1 && !!ctx.ments.byId.get(m.ids[0]!) && isCountryEntity(ctx.ments.byId.get(m.ids[0]!)!);
      // a country after a place preposition or in an event's phrase is where it happened, not what did it ("A drought in
      // Somalia, which killed 43,000 people", "Floods swept through Pakistan, which killed 1,700 people", "the war with
      // Russia, which …")
      const placed = (m: MentionRef): boolean => {
        const p = ctx.low[m.t0 - 1] ?? '';
        if (LOCATIVE_PREPS.has(p)) return true;
        for (let r = m.t0 - 1; r >= s0 && r >= m.t0 - 5; r--) { if (HARD_PUNCT.has(ctx.low[r]!)) break; if (ctx.trig[r]) return PHRASE_PREPS.has(p); }
        return false;
      };
      const fits = a && (w === 'who' ? a.type === 'PERSON' || a.type === 'ORG' || a.type === 'NORP' : (a.type === 'ORG' && !a.pseudo) || (state(a) && !placed(a)));
      if (a && fits && a.t1 === q && !a.possessive) {
        addArg(d, passive ? 'patient' : 'agent', a.ids);
        d.rule.push('relative-antecedent');
        return;
      }
      // "Vichai Srivaddhanaprabha, the Thai businessman who bought the club", "Heino Falcke, a professor at Radboud
      // University in the Netherlands who first proposed": "who" after a description in apposition to a person
      if (w === 'who' && !(a && fits && a.t1 === q)) {
        const named = describedAntecedent(ctx, k, s0);
        if (named) {
          addArg(d, passive ? 'patient' : 'agent', named.ids);
          d.rule.push('relative-antecedent');
          return;
        }
      }
    }
    // "Tesla, whose shares fell 6%", "exporters such as Toyota, whose profits have risen": "whose" stands for the
    // antecedent as the possessor of the subject noun ("Tesla's shares fell"), unless that noun names a person of it
    // ("Ann Lee, whose lawyer said": the lawyer said)
    if (w === 'whose' && !d.noun && !leftmost && !weak && d.t0 - k <= 5) {
      let q = k - 1;
      if (q >= s0 && ctx.low[q] === ',') q--;
      const ai = q >= s0 ? ctx.ments.at[q]! : -1;
      const a = ai >= 0 ? ctx.ments.list[ai]! : undefined;
      let plain = true;
      for (let r = k + 1; r < d.t0; r++) if (ctx.ments.at[r]! >= 0 || ctx.toks[r]!.kind !== 'WORD' || ROLE_NOUNS.has(ctx.low[r]!) || ctx.trig[r]) plain = false;
      if (a && plain && a.t1 === q && !a.possessive && !a.pseudo && (a.type === 'ORG' || a.type === 'PERSON' || a.type === 'GPE')) {
        addArg(d, passive ? 'patient' : 'agent', a.ids);
        d.rule.push('whose-antecedent');
        return;
      }
    }
    if (HARD_PUNCT.has(w) || HARD_WORDS.has(w)) { done(); return; }
    if (REPORTING.has(w) && !statement && k < d.t0 - 1) { done(); return; }
    // "fired missiles at Israel in retaliation for the killing of Nasrallah": the event retaliated for is not the subject's
    if (d.noun && (w === 'for' || w === 'to' || w === 'against') && k - 1 >= s0 && RETALIATION.has(ctx.low[k - 1]!)) { done(); return; }
    k--;
  }
  done();
}

