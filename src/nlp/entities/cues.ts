// Context cues that type an unknown name from the words around one of its mentions (data: nameContextCues in
// data/lexicon/entities.json): "residents of Tolvane", "10 km north of Tolvane" → a place; "shares in Varnex",
// "Varnex's chief executive" → an organisation. The tagger's default for an unknown capitalised word is a person;
// these cues outvote it (resolve.ts, type vote of unlinked entities).
import type { EntityType } from '../../core/types.js';
import { lexicon } from './lexicon.js';
import type { Tok } from './tokenize.js';
import { WC_GIVEN, WC_SURNAME, wordClassOf } from './tagger.js';

/** The type the words around the mention [s, e) give it, or undefined. */
export function contextCueType(toks: readonly Tok[], s: number, e: number, sentenceCues = true, tagType?: string): EntityType | undefined {
  const L = lexicon();
  // "<noun> <preposition> NAME" within the sentence, both lower-case (the noun may open the sentence)
  const p1 = toks[s - 1], p2 = toks[s - 2];
  if (p1 && p2 && p1.sent === toks[s]!.sent && p2.sent === p1.sent && !p1.cap) {
    const cue = L.cueBefore.get(p2.lower + ' ' + p1.lower);
    // (a capitalised first word only opening the sentence, or as an organisation cue's title: "CEO of Brivane",
    // "Chief Executive of Solvane", "Residents of" in a headline stays out)
    const ty = !p2.cap || p2.sentStart || (cue === 'ORG' && L.roleNouns.has(p2.lower)) ? cue : undefined;
    // "according to Mbeki" is a source, but "according to Tolvane police" names the police of a place: a person cue
    // needs the name to be the whole noun phrase,
    const nx = toks[e];
    // and to be one word that is no acronym ("according to BBC Weather", "according to OCHA" are organisations)
    if (ty && !(ty === 'PERSON' && ((nx && nx.isWord && !nx.cap) || e - s > 1 || toks[s]!.allCaps))) return ty as EntityType;
  }
  // "NAME's <noun>" / "NAME's <noun> <noun>"
  const poss = toks[e];
  if (poss && poss.poss) {
    const n1 = toks[e + 1], n2 = toks[e + 2];
    if (n1 && n1.isWord && !n1.cap) {
      const two = n2 && n2.isWord && !n2.cap ? L.cuePossessed.get(n1.lower + ' ' + n2.lower) : undefined;
      const ty = two ?? L.cuePossessed.get(n1.lower);
      if (ty) return ty as EntityType;
    }
  }
  // "NAME employees", "NAME shares fell", "NAME filed for bankruptcy", "NAME, which makes …"
  const after = afterCueType(toks, e);
  if (after) return after;
  // "NAME said on Tuesday that its profit rose": a person has no "its"
  if (itsAfterSpeech(toks, e)) return 'ORG';
  // "Torvik cut its forecast", "Kelmira listed its shares": a verb, "its" and a firm's noun
  if (itsPossessedAfter(toks, e, s)) return 'ORG';
  // "Oslo-based Halvora", "Tokyo-listed Kelmira": a name right after a place's -based compound is a firm's
  if (basedBefore(toks, s, e, tagType === 'PER')) return 'ORG';
  // "Drovan, about 30 km from the capital", "Lyptsi, 5 miles north of Kharkiv": a distance from it is a place's
  if (distanceAppositionAfter(toks, e)) return 'GPE';
  // (a cue from the whole sentence, not the words next to the name: only for names the KB does not know)
  if (sentenceCues && companySaidAfter(toks, s, e)) return 'ORG';
  return undefined;
}

/**
 * "The deal values Quintrex at $4 billion, the company said": a sentence that ends in ", the <organisation noun>
 * <speech verb>" and names nothing else speaks of the one name in it as that organisation. Not when another
 * capitalised word (a second name, a person who could be "the company"'s subject) stands in the sentence.
 */
export function companySaidAfter(toks: readonly Tok[], s: number, e: number): boolean {
  const L = lexicon();
  const sent = toks[s]!.sent;
  // a name that reads as a person's stays one ("Kerrigan will step down, the company said")
  if (wordClassOf(toks[s]!.lower) & (WC_GIVEN | WC_SURNAME)) return false;
  // nor a name after a preposition ("The fire started near Lahaina, the utility said": the place, not the utility)
  const pv = toks[s - 1];
  if (pv && pv.sent === sent && (L.locativePreps.has(pv.lower) || pv.lower === 'of' || pv.lower === 'by')) return false;
  // nor the object of a verb of striking ("Floods hit Duxbury overnight, the company said": the place struck)
  if (pv && pv.sent === sent && pv.isWord && !pv.cap && L.placeStrikeVerbs.has(pv.lower)) return false;
  let k = e;
  for (; k < toks.length && toks[k]!.sent === sent && k - e < 30; k++) {
    const t = toks[k]!;
    if (t.text === ',' && toks[k + 1]?.lower === 'the') {
      const n = toks[k + 2]; const v = toks[k + 3];
      if (n && v && n.sent === sent && v.sent === sent && n.isWord && !n.cap && L.appositionHeads.get(n.lower) === 'ORG' && L.govVerbs.has(v.lower)) break;
    }
    if (t.isWord && t.cap && !t.sentStart) return false;
  }
  if (k >= toks.length || toks[k]!.sent !== sent || toks[k]!.text !== ',') return false;
  for (let j = s - 1; j >= 0 && toks[j]!.sent === sent; j--) { const t = toks[j]!; if (t.isWord && t.cap && !t.sentStart) return false; }
  return true;
}

/** The type the lower-case words right after a name ending at e give it ("employees", "shares fell"), or undefined. */
export function afterCueType(toks: readonly Tok[], e: number): EntityType | undefined {
  const L = lexicon();
  if (!L.cueAfter.size) return undefined;
  let k = e;
  const sent = toks[e - 1]?.sent;
  if (toks[k]?.text === ',' && toks[k + 1]?.lower === 'which') k++;
  const words: string[] = [];
  while (words.length < L.cueAfterMax && k < toks.length) {
    const t = toks[k]!;
    if (!t.isWord || t.cap || t.poss || t.sent !== sent) break;
    words.push(t.lower); k++;
  }
  for (let n = words.length; n >= 1; n--) {
    const ty = L.cueAfter.get(words.slice(0, n).join(' '));
    if (ty) return ty as EntityType;
  }
  return undefined;
}

/** A speech verb right after the name ending at e, then "its" within the same clause ("said on Tuesday that its"). */
export function itsAfterSpeech(toks: readonly Tok[], e: number): boolean {
  const L = lexicon();
  const v = toks[e];
  if (!v || !v.isWord || v.cap || !L.govVerbs.has(v.lower)) return false;
  for (let k = e + 1; k < toks.length && k <= e + 8; k++) {
    const t = toks[k]!;
    if (t.sent !== v.sent) return false;
    if (t.lower === 'its') return true;
    if (!t.isWord || !L.itsAfterSpeech.has(t.lower)) return false;
  }
  return false;
}

/**
 * "in Tolvane", "across Kherbet", "near Marvik": a name of one or two words right after a preposition of place only
 * (placePreps, without "at": "at Varnex" is as often a firm) and ending its noun phrase (no capitalised word or
 * possessive after it: "in Smith's view", "in Tolvane Police custody").
 */
export function placePrepBefore(toks: readonly Tok[], s: number, e: number): boolean {
  const p = toks[s - 1], n = toks[e];
  if (!p || p.sent !== toks[s]!.sent || p.cap || p.lower === 'at' || !lexicon().placePreps.has(p.lower) || e - s > 2) return false;
  return !(n && n.sent === p.sent && ((n.isWord && n.cap) || n.poss));
}

/**
 * "buildings in Silom and Sathon": the second name of a pair after a preposition of place is a place too (issue #3:
 * places typed PERSON without a cue). One to three capitalised words after the preposition, "and" / "or", then the
 * name, with no capitalised word, possessive or speech verb (govVerbs, "told", "who") after it.
 */
export function placePrepListBefore(toks: readonly Tok[], s: number, e: number): boolean {
  const j = s - 1, p = toks[j], n = toks[e];
  if (!p || p.sent !== toks[s]!.sent || (p.lower !== 'and' && p.lower !== 'or') || e - s > 2) return false;
  if (n && n.sent === p.sent && ((n.isWord && n.cap) || n.poss)) return false;
  // (nor a person speaking: "officials in Doha and Kovac said")
  if (n && n.sent === p.sent && (lexicon().govVerbs.has(n.lower) || n.lower === 'told' || n.lower === 'who')) return false;
  let k = j;
  while (k > 0 && j - k < 3 && toks[k - 1]!.isWord && toks[k - 1]!.cap && !toks[k - 1]!.sentStart && toks[k - 1]!.sent === p.sent) k--;
  return k < j && placePrepBefore(toks, k, j);
}

/**
 * "the Burj Khalifa", "The Kremlin said", "the Taliban's leader": an article right before a name that ends its noun
 * phrase. A person's name takes none ("the Kerrigan family" uses the name as a modifier: the next word must be
 * punctuation, a possessive, a capitalised word, a speech verb or a closed-class word, articleNameNext in the lexicon).
 * Evidence that the name is no person's, not of which other type it is (resolve.ts, type vote of unlinked entities).
 */
export function articleBefore(toks: readonly Tok[], s: number, e: number): boolean {
  const L = lexicon();
  const p = toks[s - 1];
  if (!p || p.lower !== 'the' || p.sent !== toks[s]!.sent || (p.cap && !p.sentStart)) return false;
  // (a headline's capitalised article opens a title, not a noun phrase)
  if (p.headline) return false;
  const n = toks[e];
  if (!n || n.sent !== p.sent || !n.isWord || n.poss) return true;
  if (n.cap) return false;
  return L.articleNameNext.has(n.lower) || L.govVerbs.has(n.lower);
}

/**
 * "chief strategist at Monex", "an analyst at Corvane": a person's role noun, "at", then a name that ends its noun
 * phrase is where the person works, an organisation (a name the KB knows, or one with a head word, is typed already).
 */
export function roleAtBefore(toks: readonly Tok[], s: number, e: number): boolean {
  const L = lexicon();
  const p1 = toks[s - 1], p2 = toks[s - 2];
  if (!p1 || !p2 || p1.lower !== 'at' || p1.cap || p2.cap || !p2.isWord || p1.sent !== toks[s]!.sent || p2.sent !== p1.sent) return false;
  // a singular role noun (plurals are a place's people as often: "officials at Kherbet")
  if (p2.lower.endsWith('s') || !(L.roleNouns.has(p2.lower) || L.personNouns.has(p2.lower))) return false;
  const n = toks[e];
  return !(n && n.sent === p1.sent && ((n.isWord && n.cap) || n.poss));
}

/** "X, which …": the mention [s, e) is followed by a comma and "which" — a thing or a place, not a person. */
export function nonPersonCue(toks: readonly Tok[], s: number, e: number): boolean {
  void s;
  const c = toks[e], w = toks[e + 1];
  return !!c && !!w && c.text === ',' && w.lower === 'which' && c.sent === w.sent;
}

/** A span [s, e) of a mention, with whether it is a strongly typed organisation (KB, head word, acronym of one). */
export interface CoordSpan { s: number; e: number; strongOrg: boolean; strongPlace?: boolean }

/**
 * "Ofcom and the Competition and Markets Authority", "Vodafone and Orange", "Nokia, Tarnex and Ericsson": a name
 * coordinated with an organisation the KB or a head word typed is an organisation too (issue #3: unknown names
 * default to persons). `at(k)` gives the mention starting at token k, `endAt(k)` the one ending at k. The joint is
 * "and" / "or" (an article may follow), or a comma inside a list that goes on with another comma or "and".
 */
export function coordinatedWithOrg(toks: readonly Tok[], s: number, e: number,
  at: (k: number) => CoordSpan | undefined, endAt: (k: number) => CoordSpan | undefined): boolean {
  return coordinatedWith(toks, s, e, at, endAt, (sp) => sp.strongOrg);
}

/**
 * "Jaffarabad and Dadu", "Omdurman and Bahri", "Wajima, Suzu and Noto": a name coordinated with a town or region the
 * KB knows (`strongPlace`; not a country, which people and bodies are set beside) is a place too.
 */
export function coordinatedWithPlace(toks: readonly Tok[], s: number, e: number,
  at: (k: number) => CoordSpan | undefined, endAt: (k: number) => CoordSpan | undefined): boolean {
  return coordinatedWith(toks, s, e, at, endAt, (sp) => !!sp.strongPlace);
}

function coordinatedWith(toks: readonly Tok[], s: number, e: number,
  at: (k: number) => CoordSpan | undefined, endAt: (k: number) => CoordSpan | undefined, strong: (sp: CoordSpan) => boolean): boolean {
  const sent = toks[s]!.sent;
  const joint = (k: number) => { const t = toks[k]; return !!t && t.sent === sent && (t.lower === 'and' || t.lower === 'or' || t.text === ','); };
  const listGoesOn = (k: number) => { const t = toks[k]; return !!t && t.sent === sent && (t.lower === 'and' || t.lower === 'or' || t.text === ','); };
  // right: NAME and [the] ORG
  if (joint(e)) {
    let k = e + 1;
    if (toks[k]?.lower === 'the') k++;
    const n = at(k);
    if (n && strong(n) && (toks[e]!.text !== ',' || listGoesOn(n.e))) return true;
  }
  // left: ORG and [the] NAME
  let j = s - 1;
  if (toks[j]?.lower === 'the') j--;
  if (j > 0 && joint(j)) {
    const p = endAt(j - 1);
    if (p && strong(p) && (toks[j]!.text !== ',' || listGoesOn(e))) return true;
  }
  return false;
}

/** Compound suffixes after which a name is a firm's ("Oslo-based Halvora"); data: nameContextCues.basedBefore. */
export function basedBefore(toks: readonly Tok[], s: number, e: number, taggedPerson = false): boolean {
  const L = lexicon();
  const p = toks[s - 1];
  if (!p || !p.isWord || p.sent !== toks[s]!.sent) return false;
  const dash = p.text.lastIndexOf('-');
  if (dash <= 0 || !/^\p{Lu}/u.test(p.text)) return false;
  if (!L.basedBefore.has(p.text.slice(dash + 1).toLowerCase())) return false;
  // a person keeps the person's reading ("London-based Jane Smith", "Dubai-based Sanjay Mehta"): a known given name
  // first, a known surname last, or a name of two words or more the tagger read as a person's
  if (taggedPerson && e - s >= 2) return false;
  return !(wordClassOf(toks[s]!.lower) & WC_GIVEN) && !(wordClassOf(toks[e - 1]!.lower) & WC_SURNAME) && e - s <= 3;
}

/**
 * ", [about|some|nearly] 30 km [north] from|of": the name before the comma is a place. The number may be a digit run
 * or a number word; the unit a distance unit; an optional compass word; then "from" or "of".
 */
export function distanceAppositionAfter(toks: readonly Tok[], e: number): boolean {
  const L = lexicon();
  const c = toks[e];
  if (!c || c.text !== ',' || c.sent !== toks[e - 1]?.sent) return false;
  let k = e + 1;
  const at = (j: number) => { const t = toks[j]; return t && t.sent === c.sent ? t : undefined; };
  if (at(k) && L.distanceHedges.has(at(k)!.lower)) {
    // "more than 30 km", "less than a mile": the comparison's "than" belongs to the hedge
    if (/^(more|less|fewer)$/.test(at(k)!.lower) && at(k + 1)?.lower === 'than') k++;
    k++;
  }
  const num = at(k);
  if (!num || !(/^\d[\d,.]*$/.test(num.text) || L.distanceNumberWords.has(num.lower))) return false;
  k++;
  // "a few miles"
  if (num.lower === 'a' && at(k)?.lower === 'few') k++;
  const unit = at(k);
  if (!unit || !L.distanceUnits.has(unit.lower)) return false;
  k++;
  // a time is a distance only as a journey: "two hours' drive from", "an hour by road from"; else "two hours from the
  // start of the hearing" is a time
  if (L.distanceTimeUnits.has(unit.lower)) {
    if (at(k) && /^['’]$/.test(at(k)!.text)) k++;
    if (at(k) && L.distanceTravelNouns.has(at(k)!.lower)) k++;
    else if (at(k)?.lower === 'by' && at(k + 1) && L.distanceTravelNouns.has(at(k + 1)!.lower)) k += 2;
    else return false;
  }
  // "30 km (19 miles)"
  if (at(k)?.text === '(') { while (at(k) && at(k)!.text !== ')' && k < e + 12) k++; k++; }
  const dir = at(k);
  if (dir && /^(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|northeast|northwest|southeast|southwest)$/.test(dir.lower)) k++;
  const pr = at(k);
  return !!pr && (pr.lower === 'from' || pr.lower === 'of' || pr.lower === 'outside');
}

/**
 * "NAME cut its forecast", "NAME listed its shares", "NAME raised its quarterly dividend": a finite verb right after
 * the name (an -ed / -s form or a past of nameContextCues.itsVerbs), then "its" and, at most one word later, a noun
 * a firm owns (nameContextCues.possessed ORG, "shares", "dividend", or itsNouns, "forecast", "stake": nouns a place
 * rarely owns). A person owns no "its".
 */
export function itsPossessedAfter(toks: readonly Tok[], e: number, s = e - 1): boolean {
  const L = lexicon();
  const v = toks[e], its = toks[e + 1];
  if (!v || !its || v.sent !== toks[e - 1]?.sent || its.sent !== v.sent || !v.isWord || v.cap || its.lower !== 'its') return false;
  if (personNamed(toks, s, e)) return false;
  if (!(/(?:ed|es)$/.test(v.lower) || (/[^s]s$/.test(v.lower) && v.lower.length > 3) || L.itsVerbs.has(v.lower))) return false;
  if (L.locativePreps.has(v.lower) || L.nonEntities.has(v.lower)) return false;
  for (let k = e + 2; k <= e + 3; k++) {
    const n = toks[k];
    if (!n || n.sent !== v.sent || !n.isWord || n.cap) return false;
    const n2 = toks[k + 1];
    const two = n2 && n2.sent === v.sent && n2.isWord && !n2.cap ? L.cuePossessed.get(n.lower + ' ' + n2.lower) : undefined;
    if ((two ?? L.cuePossessed.get(n.lower)) === 'ORG' || L.itsNouns.has(n.lower)) return true;
  }
  return false;
}

/**
 * The name [s, e) reads as a person's: a word of it is a known given name or surname, or its last word is the last
 * word of an earlier, longer name ("The firm hired Halvard Brenne … Brenne reshaped its business": Brenne is the
 * person named in full before).
 */
function personNamed(toks: readonly Tok[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (wordClassOf(toks[k]!.lower) & (WC_GIVEN | WC_SURNAME)) return true;
  if (e - s !== 1) return false;
  const last = toks[s]!.text;
  for (let j = 1; j < s; j++) {
    const t = toks[j]!, p = toks[j - 1]!;
    if (t.text === last && p.isWord && p.cap && !p.sentStart && p.sent === t.sent && !p.poss) return true;
  }
  return false;
}
