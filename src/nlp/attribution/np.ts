// Source noun phrases: scanning left or right of a cue, and rejecting candidates that are not noun phrases.
import type { Tok } from '../claims/text.js';
import * as L from '../claims/lexicon.js';
import { attributionWords } from './data-words.js';
import { IRR_PAST as IRR, DOC_HEADS, SPEECH, NPOBJ, NPB, INNER, PARTICLE, DET, PRON, INTRO_PREP, NOUNISH, COLLECTIVE, TITLE_ABBR, PLURAL, WH, OFFICIAL_ROLE, STANCE, MONTHS_DAYS } from './words.js';

const ARTICLE = new Set(['the', 'a', 'an']);
const ADJ = new Set(L.PRENOMINAL_ADJECTIVES);
const NUMBERISH = /^(\d+|one|two|three|four|five|six|seven|eight|nine|ten)$/;
/** The prepositions a source noun phrase can hold (data/lexicon/attribution-words.json npPrepositions), one set for leftNP, srcOk and trimContactRelative. */
const NP_PREP = (): ReadonlySet<string> => attributionWords('npPrepositions');

/** A "%" sign right after a number ("42% say"): part of the source phrase. */
export function isPercent(toks: Tok[], i: number): boolean { return toks[i]?.t === '%' && /^\d/.test(toks[i - 1]?.l ?? ''); }

/** Source phrase ending at token k, scanned leftwards. Returns [first, last] token indexes or null. */
export function leftNP(toks: Tok[], k: number, limit: number, lists = true): [number, number] | null {
  if (k < limit || (!toks[k]!.w && !isPercent(toks, k))) return null;
  if (PRON.has(toks[k]!.l)) return [k, k];
  let i = k;
  let n = 0;
  // the rightmost "and"/"or" of a list of sources crossed ("officials and witnesses said", "the premiers of Alberta,
  // Saskatchewan, Quebec and Manitoba said"): -1 when none
  let coordAt = -1;
  // the rightmost "and"/"or" crossed inside a name ("Procter and Gamble"): -1 when none
  let innerAt = -1;
  while (i >= limit && n < 14) {
    const t = toks[i]!;
    // a comma between two names or two plural nouns of a list whose "and" has been crossed: "Alberta, Saskatchewan, Quebec and …"
    if (lists && !t.w && t.t === ',' && coordAt > i && i > limit && listPair(toks, i)) { i--; n++; continue; }
    if (lists && t.w && (t.l === 'and' || t.l === 'or') && i < k && i > limit && listPair(toks, i)) {
      if (coordAt < 0) coordAt = i;
      i--; n++; continue;
    }
    if (t.w) {
      const ofFor = ((t.l === 'of' || t.l === 'for') && i < k && i > limit && !!toks[i - 1]?.w && !NPB.has(toks[i - 1]!.l) && !PRON.has(toks[i - 1]!.l))
        || (i < k && i > limit && /^(with|to|in|about|on)$/.test(t.l) && /^(familiar|close|involved|knowledgeable|briefed|privy|loyal|linked|connected|opposed|sympathetic)$/.test(toks[i - 1]?.l ?? ''));
      // "officials in Beijing", "residents from Kharkiv": a place after a group noun is part of the source
      const placeOf = i < k && i > limit && /^(in|from|at)$/.test(t.l) && !!toks[i + 1]?.cap
        && /^(officials|official|leaders|residents|authorities|sources|diplomats|analysts|experts|lawmakers|officers|troops|forces|witnesses|activists|doctors|workers|prosecutors|investigators|rescuers|spokesman|spokeswoman|spokesperson)$/.test(toks[i - 1]?.l ?? '');
      // poll shares: "two in three (voters)", "4 in 10", "all but two"
      const share = i < k && i > limit && (t.l === 'in' || t.l === 'but') && NUMBERISH.test(toks[i + 1]?.l ?? '') && (NUMBERISH.test(toks[i - 1]?.l ?? '') || toks[i - 1]?.l === 'all');
      // a prepositional phrase after a head noun: "data from the survey", "a study by two economists", "advisers to Mr. Obama"
      // (also "a source with knowledge of the matter": a bare noun of access after "with", data/lexicon/attribution-words.json)
      const postMod = i < k && i > limit && /^(from|by|in|at|to|with|on)$/.test(t.l) && headNoun(toks[i - 1])
        && (npStart(toks[i + 1]) || (t.l === 'with' && attributionWords('sourceWithNouns').has(toks[i + 1]?.l ?? '')));
      const lowerStop = !t.cap && NPB.has(t.l) && !ofFor && !placeOf && !share && !postMod && !(INNER.has(t.l) && toks[i - 1]?.cap && toks[i + 1]?.cap && i < k);
      if (lowerStop) break;
      if (!t.cap && NPB.has(t.l) && (t.l === 'and' || t.l === 'or') && innerAt < 0 && coordAt < 0 && !ofFor && !placeOf && !share && !postMod) innerAt = i;
      if (t.cap && i < k && NPB.has(t.l) && !DET.has(t.l) && i === limit) break; // sentence-initial "However", "But"
      // (an acronym written in capitals is no pronoun: "IT specialists", "US officials")
      if (PRON.has(t.l) && i < k && !acronym(t)) break;
      if (SPEECH.has(t.l) && !t.cap && i < k && !(t.l === 'state' && i > limit && toks[i - 1]?.w)) break; // "Chinese state media"
    } else if (!((t.t === '’' || t.t === "'") && /s$/i.test(toks[i - 1]?.t ?? '')) && t.t !== '-' && t.t !== '&' && t.t !== '.' && !isPercent(toks, i)) break;
    // a short intro phrase with no comma before the article opens the phrase: "In May the board said" → "the board",
    // "After the vote the party said" (not "the head of the agency", "all the experts")
    if (t.w && ARTICLE.has(t.l) && i > limit && i - limit <= 5 && INTRO_PREP.has(toks[limit]!.l)) {
      const p = toks[i - 1]!;
      if (!(NP_PREP().has(p.l) || attributionWords('npArticleQuantifiers').has(p.l) || /'s$/.test(p.l) || p.t === '’' || p.t === "'")
        && toks.slice(limit, i).every((x) => x.w)) { i--; break; }
    }
    i--; n++;
  }
  let a = i + 1;
  // drop sentence-initial connectives
  while (a <= k && (INTRO_PREP.has(toks[a]!.l) && toks[a]!.l !== 'last' && toks[a]!.l !== 'this')) a++;
  // a list crossed whose left part is no noun phrase is a clause before the speaker ("The storm hit the coast and
  // officials said"), or a phrase the list does not close ("Donors including the United States and Japan have"): the
  // phrase is read as it is without lists
  // (a list opens a clause: after a preposition or a verb it is their object, "Fighting continued in Gaza and Israel
  // said", "The talks ended in Geneva and Russian officials said")
  if (coordAt >= 0 && (a >= coordAt || !nounPhraseRun(toks, a, coordAt) || objectBefore(toks[a - 1]))) return leftNP(toks, k, limit, false);
  // two names joined inside a prepositional object or after a date are no name: "in Gaza and Israel said", "on Monday
  // and Smith said", "in Geneva and Russian officials said" keep the right part only
  if (innerAt >= a && innerAt < k && (objectBefore(toks[a - 1]) || dateName(toks, innerAt - 1))) return [innerAt + 1, k];
  const clauseAnd = innerAt >= a && innerAt < k ? andAfterClause(toks, a, innerAt) : -1;
  if (clauseAnd >= 0) return [clauseAnd + 1, k];
  if (a > k) return null;
  return [a, k];
}

/**
 * A subject and a verb in the past before an "and" between two names: a clause, the phrase after its first "and" past
 * the verb is the source ("Russia attacked Kyiv and Ukrainian officials said", "Trump visited Paris and French and
 * German officials said"). The index of that "and", or -1 when no such verb is crossed.
 */
function andAfterClause(toks: Tok[], a: number, innerAt: number): number {
  let verb = -1;
  for (let j = a + 1; j < innerAt; j++) if (toks[j - 1]!.w && toks[j - 1]!.cap && objectBefore(toks[j])) verb = j;
  if (verb < 0) return -1;
  for (let j = verb + 1; j <= innerAt; j++) if (toks[j]!.l === 'and' || toks[j]!.l === 'or') return j;
  return -1;
}

/** The word before a list is a preposition or a verb in the past, the list its object: no source starts there. */
function objectBefore(p: Tok | undefined): boolean {
  return !!p?.w && !p.cap && (attributionWords('listObjectPrepositions').has(p.l) || IRR.has(p.l) || /ed$/.test(p.l));
}

/**
 * A weekday or a month name written with a capital ("on Monday and Smith said", "On Monday, Smith and Jones said"): a
 * date, no member of a list of sources; after a capitalised word it is a name ("Theresa May and Boris Johnson").
 */
const dateName = (toks: Tok[], j: number): boolean => !!toks[j]?.cap && MONTHS_DAYS.has(toks[j]!.l)
  && !(toks[j - 1]?.w && toks[j - 1]!.cap && !NPB.has(toks[j - 1]!.l) && !INTRO_PREP.has(toks[j - 1]!.l));

/** The words either side of the "and", "or" or comma at i can be members of one list of sources. */
const listPair = (toks: Tok[], i: number): boolean => listMember(toks[i - 1], toks[i + 1]) && !dateName(toks, i - 1) && !dateName(toks, i + 1);

/**
 * Two words either side of an "and", "or" or a list comma that can be members of one list of sources: two names
 * ("Quebec and Manitoba") or two nouns, the right one plural or a name ("officials and witnesses", "police and rescue
 * workers"): no verb form, pronoun or function word on either side.
 */
function listMember(left: Tok | undefined, right: Tok | undefined): boolean {
  if (!left?.w || !right?.w || PRON.has(right.l) || DET.has(right.l) || NPB.has(right.l) || !headNoun(left)) return false;
  if (left.cap && right.cap) return true;
  if (SPEECH.has(right.l) || NPOBJ.has(right.l) || IRR.has(right.l) || /(ed|ly)$/.test(right.l)) return false;
  // the left noun is a plural or a role ("officials and witnesses", "the mayor and police"), the right a noun
  return (/s$/.test(left.l) || PLURAL.has(left.l) || OFFICIAL_ROLE.has(left.l) || left.cap) && (right.cap || /^[a-z-]+$/.test(right.l));
}

/** Tokens [a, end) read as one noun phrase: a determiner first, then names, nouns, adjectives, numbers, NP prepositions and list commas. */
function nounPhraseRun(toks: Tok[], a: number, end: number): boolean {
  for (let i = a; i < end; i++) {
    const t = toks[i]!;
    if (!t.w) { if (t.t === ',' || t.t === '-' || t.t === '&' || t.t === '.' || t.t === '’' || t.t === "'") continue; return false; }
    if (t.cap || /^\d/.test(t.l)) continue;
    if (DET.has(t.l) && (i === a || NP_PREP().has(toks[i - 1]!.l))) continue;
    if (NP_PREP().has(t.l) || t.l === 'and' || t.l === 'or' || ADJ.has(t.l)) continue;
    if (!headNoun(t) && !attributionWords('npModifierNouns').has(t.l)) return false;
  }
  return true;
}

/** A word of two letters or more written all in capitals ("IT", "US"): an acronym, not the pronoun it spells. */
const acronym = (t: Tok): boolean => t.t.length >= 2 && /^[A-Z]+$/.test(t.t);

/** A word that can end a head noun phrase before a preposition: not a function word, verb form, adverb or number. */
function headNoun(p: Tok | undefined): boolean {
  if (!p || !p.w || NPB.has(p.l) || PRON.has(p.l) || DET.has(p.l) || /^\d/.test(p.l) || /^(me|us|him|them|let|lets)$/.test(p.l)) return false;
  if (p.cap) return true;
  return !SPEECH.has(p.l) && !NPOBJ.has(p.l) && !IRR.has(p.l) && !/(ed|ing|ly)$/.test(p.l) && !/^(is|are|was|were|be|been|go|goes|went|come|comes|came|get|gets|got|take|takes|took|make|makes|made|put|puts|turn|turns|move|moves|look|looks|run|runs|there|here|up|out|down|back|off|away|more|less|most|much|many|one)$/.test(p.l);
}
const npStart = (x: Tok | undefined): boolean => !!x && x.w && (x.cap || DET.has(x.l) || /^\d/.test(x.l));

/** Rejects source candidates that are not noun phrases: adverbs, wh-words, a determiner inside, nominal cues. */
export function srcOk(toks: Tok[], src: [number, number], cue: string, cueIdx = -1, named = false): boolean {
  const first = toks[src[0]]!, last = toks[src[1]]!;
  if ((WH.has(first.l) && first.t !== 'WHO') || (WH.has(last.l) && last.t !== 'WHO')) return false; // "The WHO said" is the agency
  // "let editorials tell them", "There's some thought", "It's worth noting": no subject of a report
  if (/^(let|lets|there's|there’s|worth)$/.test(first.l) || last.l === 'worth') return false;
  // "(Having said that": a participle opening a parenthesis or quotation is no name
  if (src[0] === src[1] && first.cap && /ing$/.test(first.l) && src[0] > 0 && /^[([]$/.test(toks[src[0] - 1]!.t)) return false;
  if (src[0] === src[1] && (/^\d/.test(first.l) || /^(his|her|its|their|my|our|your)$/.test(first.l) || (/ing$/.test(first.l) && first.l.length > 5 && !(first.cap && (src[0] > 0 || named))))) return false;
  if (/ly$/.test(last.l) && !last.cap && last.l !== 'ally' && last.l !== 'family') return false;
  for (let i = src[0] + 1; i <= src[1]; i++) {
    const t = toks[i]!;
    const p = toks[i - 1]!;
    if ((t.l === 'a' || t.l === 'an' || t.l === 'the' || t.l === 'his' || t.l === 'her' || t.l === 'its' || t.l === 'their') && !(NP_PREP().has(p.l) || /'s$/.test(p.l) || p.t === '’' || p.t === "'")
      && !(i === src[0] + 1 && /^(all|both|half)$/.test(p.l))) return false;
  }
  if ((NOUNISH.has(cue) || (NPOBJ.has(cue) && /s$/.test(cue))) && !DOC_HEADS.has(last.l) && /^[a-z]+$/.test(first.t) && !DET.has(first.l) && !PRON.has(first.l) && !COLLECTIVE.has(first.l) && (src[1] > src[0] || !/s$/.test(first.l))) return false;
  if (/'s$/.test(last.l) || last.t === '’' || last.t === "'") return false;
  if (/ed$/.test(last.l) && !last.cap && !/^(accused|injured|wounded|polled|surveyed|interviewed|questioned|contacted|reached)$/.test(last.l)) return false;
  // a bare plural-form cue ("demand", "say") needs a plural or first/second-person subject: "the low demand" is a noun
  // (a stance adjective is no verb: "Haddad was confident that …")
  if (/^[a-z]+$/.test(cue) && !/(s|ed|ing)$/.test(cue) && !STANCE.has(cue) && !/^(said|told|wrote|thought|knew|felt|found|put|saw|heard|made|gave|sent|held|led|met|spoke|swore|understood|sought|cut|set|let|read|hit|bid|cast|forecast|quit|spread|shut|bet|went)$/.test(cue)) {
    let aux = false;
    for (let i = src[1] + 1; i < cueIdx; i++) if (/^(do|does|did|will|would|can|could|may|might|should|must|to|shall|wo|ca)$/.test(toks[i]!.l)) aux = true;
    // "those surveyed say", "42% say", "Executives for Mondelez say": plural by determiner, share or head noun
    const pluralHead = toks.slice(src[0], src[1]).some((x, m) => (/s$/.test(x.l) || PLURAL.has(x.l)) && /^(of|for|from|at|in|with|by|to|on)$/.test(toks[src[0] + m + 1]!.l));
    const plural = aux || /s$/.test(last.l) || last.t === '%' || pluralHead || /^(those|these|both|many|several|most|few)$/.test(first.l) || (NUMBERISH.test(last.l) && last.l !== 'one') || PLURAL.has(last.l) || /^(i|we|they|you)$/.test(last.l) || toks.slice(src[0], src[1] + 1).some((t) => t.l === 'and');
    if (!plural) return false;
  }
  // ("the Ministry of Health says", "the head of the agency denies": a cue read as a verb first, after an article or a name)
  if (NOUNISH.has(cue) && src[1] > src[0] && !(attributionWords('verbFirstNounishCues').has(cue) && (first.cap || /^(the|a|an)$/.test(first.l)))) {
    // "Video of the incident shows …" is a document's finding; otherwise "of" marks a noun phrase around a nominal cue
    for (let i = src[0]; i <= src[1]; i++) if (toks[i]!.l === 'of' && !(i > src[0] && DOC_HEADS.has(toks[i - 1]!.l))) return false;
  }
  // a cue in "-s" after a plural quantifier or a prenominal adjective is a plural noun: "Two questions:", "All rates",
  // "any tough questions", "no immediate plans to …" (a verb in "-s" agrees with a singular subject)
  if (/^[a-z]+s$/.test(cue) && !/(ss|us|is)$/.test(cue) && (/^(two|three|four|five|six|seven|eight|nine|ten|all|many|several|both|few|some|most|no)$/.test(last.l)
    || (src[1] > src[0] && !last.cap && ADJ.has(last.l)))) return false;
  // a source phrase never ends on a verb of saying or thinking: "Many believe reports …" ("reports" is no cue there)
  // (unless an article or a possessive opens the phrase, whose head is then a noun: "The judge said", "a presiding judge")
  if (src[1] > src[0] && !last.cap && SPEECH.has(last.l) && !NOUNISH.has(last.l) && !DOC_HEADS.has(last.l) && last.l !== 'state'
    && !(/^(the|a|an|his|her|its|their|our)$/.test(first.l) && !/(ed|ing)$/.test(last.l))) return false;
  return true;
}

/** "the debate Trump" → "Trump": a capitalised name after a non-role common noun is the source. */
export function trimToName(toks: Tok[], src: [number, number]): [number, number] {
  let i = src[1];
  if (!toks[i]!.cap) return src;
  while (i > src[0] && (toks[i - 1]!.cap || PARTICLE.has(toks[i - 1]!.l) || toks[i - 1]!.t === '.')) i--;
  if (i <= src[0]) return src;
  const before = toks[i - 1]!;
  if (!before.w || before.cap || /'s$/.test(before.l) || INNER.has(before.l) || OFFICIAL_ROLE.has(before.l) || DET.has(before.l)) return src;
  // the name is the object of a preposition inside the phrase: "advisers to Mr. Obama"
  if (/^(to|from|by|at|with)$/.test(before.l)) return src;
  return [i, src[1]];
}

/**
 * "a step critics say could end …" → "critics": a phrase opened by a determiner that takes only a singular head ("a",
 * "an", "another", "each", "every") cannot end in a bare plural noun, so a plural after its singular noun starts a
 * contact relative clause ("a step [that] critics say …") whose subject is the speaker. The speaker is the plural with the
 * capitalised words right before it ("a move Western diplomats said" → "Western diplomats"). Left whole: a quantity
 * ("a few analysts", "a dozen lawmakers"), a phrase with a number, a preposition, a possessive or "and" in it.
 */
export function trimContactRelative(toks: Tok[], src: [number, number]): [number, number] {
  const [a, b] = src;
  const first = toks[a]!, last = toks[b]!;
  if (b - a < 2 || !attributionWords('contactRelativeOpeners').has(first.l) || last.cap) return src;
  const plural = (t: Tok): boolean => attributionWords('contactRelativePlurals').has(t.l) || (/^[a-z]{3,}s$/.test(t.t) && !/(ss|us|is)$/.test(t.l));
  if (!plural(last) || attributionWords('contactRelativeQuantifiers').has(toks[a + 1]!.l)) return src;
  for (let i = a + 1; i <= b; i++) {
    const t = toks[i]!;
    if (!t.w || /\d/.test(t.l) || NUMBERISH.test(t.l) || NP_PREP().has(t.l) || t.l === 'and' || t.l === 'or' || /'s$/.test(t.l)) return src;
  }
  let s = b;
  while (s - 1 > a + 1 && toks[s - 1]!.cap) s--;
  // the singular noun between the determiner and the speaker must be a lower-case word, not a name ("a Reuters reporter")
  if (s - 1 <= a || toks[s - 1]!.cap) return src;
  return [s, b];
}

/** Noun phrase starting at token j, scanned rightwards; stops at punctuation or a clause word. */
export function rightNP(toks: Tok[], j: number, end: number, stop: Set<string>): [number, number] | null {
  let i = j;
  while (i < end) {
    const t = toks[i]!;
    if (!t.w) {
      if ((t.t === '’' || t.t === "'" || t.t === '-' || t.t === '&') && i > j) { i++; continue; }
      if (t.t === '.' && i > j && TITLE_ABBR.has(toks[i - 1]!.l) && toks[i + 1]?.cap) { i++; continue; }
      break;
    }
    if (i > j && (stop.has(t.l) || PRON.has(t.l))) break;
    // "secretary of state", "state media": the noun, not the verb
    if (i > j && !t.cap && SPEECH.has(t.l) && !DET.has(toks[i - 1]!.l) && !(t.l === 'state' && toks[i - 1]!.w)) break;
    i++;
    if (i - j > 14) break;
  }
  return i > j ? [j, i - 1] : null;
}

export function isNameChunk(toks: Tok[], a: number, b: number): boolean {
  let caps = 0;
  for (let i = a; i <= b; i++) {
    const t = toks[i]!;
    if (!t.w) { if (t.t === '-' || t.t === '.') continue; return false; }
    if (t.cap) caps++;
    else if (!PARTICLE.has(t.l.replace(/-.*$/, '')) && !/^(al|el)-/.test(t.l)) return false;
  }
  return caps >= 1 && !DET.has(toks[a]!.l) && b - a < 6;
}

export function introChunk(toks: Tok[], a: number): boolean {
  const t = toks[a]!;
  if (INTRO_PREP.has(t.l)) return true;
  if (/ing$/.test(t.l) && !t.cap) return true;
  if (/(ing|ed)$/.test(t.l) && t.cap && a === 0 && toks[a + 1] && !toks[a + 1]!.cap) return true;
  return false;
}

/**
 * "Residents the BBC spoke to said …", "officials we interviewed said …", "doctors Reuters has talked with said …": a
 * source phrase ending in a contact relative clause whose subject is the reporter ("I", "we", or a name, "the BBC") and
 * whose verb is one of reaching a source (data/lexicon/attribution-words.json interviewRelativeVerbs; a verb of
 * speaking takes its "to"/"with", interviewRelativeContactVerbs). The speaker is the head phrase before the reporter
 * ("Residents"), not the reporter. Returns the head phrase's [first, last] tokens, or null when the tokens ending at k
 * are no such clause.
 */
export function interviewRelative(toks: Tok[], k: number, limit: number): [number, number] | null {
  let v = k;
  if (!toks[v]?.w) return null;
  if (/^(to|with)$/.test(toks[v]!.l)) {
    v--;
    if (!toks[v]?.w || !attributionWords('interviewRelativeContactVerbs').has(toks[v]!.l)) return null;
  } else if (!attributionWords('interviewRelativeVerbs').has(toks[v]!.l)) return null;
  // "we have spoken to", "the BBC has interviewed": one auxiliary between the reporter and the verb
  let x = v - 1;
  if (toks[x]?.w && /^(has|have|had)$/.test(toks[x]!.l)) x--;
  if (x <= limit || !toks[x]?.w) return null;
  let x0 = x;
  if (/^(i|we)$/.test(toks[x]!.l)) { if (toks[x]!.t !== 'I' && toks[x]!.t !== 'we') return null; }
  else {
    // a name of at most five words, with its article: "the BBC", "The Associated Press", "Reuters"
    if (!toks[x]!.cap) return null;
    while (x0 - 1 > limit && x - x0 < 4 && (toks[x0 - 1]!.cap || toks[x0 - 1]!.t === '.' || toks[x0 - 1]!.t === '&')) x0--;
    if (!toks[x0]!.w) return null;
    if (toks[x0 - 1]?.w && /^(the)$/.test(toks[x0 - 1]!.l)) x0--;
  }
  // the head before the reporter: a lower-case noun ("residents", "officials", "the economists")
  const h = x0 - 1;
  const head = toks[h];
  // (capitalised only as the clause's first word, and then a plural: "Residents the BBC spoke to said")
  const capOk = !!head?.cap && h === limit && (attributionWords('contactRelativePlurals').has(head.l) || /^[A-Z][a-z]{2,}s$/.test(head.t));
  if (h < limit || !head?.w || (head.cap && !capOk) || DET.has(head.l) || PRON.has(head.l) || NPB.has(head.l) || SPEECH.has(head.l) || /(ly|ing|ed)$/.test(head.l) || /^\d/.test(head.l)) return null;
  const np = leftNP(toks, h, limit);
  return np && np[1] === h ? np : null;
}
