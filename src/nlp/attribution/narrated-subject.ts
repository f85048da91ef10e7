// The person the outlet's own narration last made the subject of a sentence: the antecedent of a "he"/"she" speaker
// when that narration comes after the last speaker ("Nasri said two were missing. Haddad toured the district.
// '…,' he said." → Haddad). A person named as an object, inside a quotation, inside someone's report or in a
// possessive ("Haddad's office said") is not a subject here.
import type { Entity } from '../../core/types.js';
import type { NlpDoc } from '../doc.js';
import { entityGenders, PRONOUN_MENTION, type Gender } from './gender.js';
import { BE, FINITE, SPEECH, DET, IRR_PAST } from './words.js';
import { findQuotes } from '../claims/text.js';
import * as L from '../claims/lexicon.js';

const quoteCache = new WeakMap<NlpDoc, Array<[number, number]>>();
const quotesOf = (doc: NlpDoc): Array<[number, number]> => {
  let q = quoteCache.get(doc);
  if (!q) { q = findQuotes(doc.text); quoteCache.set(doc, q); }
  return q;
};

/** How far back (characters) a narrated subject may stand from the pronoun. */
const REACH = 1200;
/** An opening adverbial set off by a comma: "On Monday,", "Later in the day,", "In Tarsk," — skipped. */
const OPENER = /^(?:(?:On|In|At|Later|Earlier|After|Before|During|Meanwhile|However|Also|But|And|Then|Last|This|Since|By|Separately|Elsewhere|Overnight|Today|Yesterday|Now)\b[^,"“”]{0,60},\s*)/u;
// office words that take an "of"/"for" complement before the holder's name ("the minister for energy Karim Haddad")
const OFFICE = new Set(L.OFFICIAL_NOUNS.filter((w) => !/^(attorney|spokes\w+|aides?|advis[eo]rs?|representatives?|deputy|officials|officers)$/.test(w)));
const LINK_WORDS = new Set(['of', 'for', 'at', 'in', 'to']);

/** The words before a mention in its sentence leave it the subject: a title, a description, an apposition. */
function subjectPrefix(prefix: string): boolean {
  const rest = prefix.replace(OPENER, '');
  if (/["“”«»‘]/u.test(rest)) return false;
  const found = [...rest.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)];
  const words = found.map((x) => x[0]);
  if (words.length > 10) return false;
  for (let n = 0; n < words.length; n++) {
    const w = words[n]!;
    const l = w.toLowerCase().replace(/’/g, "'");
    // "A lawyer for Karim Haddad", "The brother of Karim Haddad": the subject is the lower-case head, the name its
    // complement (unless an apposition comma follows, or an office word takes it: "the minister of defence Karim Haddad")
    if (/^\p{Ll}/u.test(w) && /^(of|for)$/.test(words[n + 1] ?? '') && !DET.has(l) && !OFFICE.has(l) && !rest.slice(found[n]!.index).includes(',')) return false;
    if (/^\p{Lu}/u.test(w) && !BE.has(l) && !FINITE.has(l)) continue;
    if (DET.has(l) || LINK_WORDS.has(l) || /'s$/.test(l)) continue;
    if (BE.has(l) || FINITE.has(l) || SPEECH.has(l) || /^(that|who|whom|which|when|while|and|or|but|as|with|by|from|after|before|said|says|told)$/.test(l)) return false;
    // a verb in the past or participle ("met", "visited", "arrested") makes the mention an object
    if ((/(ed|ing)$/.test(l) && l.length > 4) || IRR_PAST.has(l)) return false;
  }
  // no semicolon, colon or bracket between the prefix and the name (an apposition set off by commas may stand)
  return !/[;:(]/.test(rest);
}

export interface NarratedSubject { entity: Entity; name: string; at: number }

/**
 * The latest PERSON mention before `at` (within REACH, after offset `after`) that opens its sentence as its subject,
 * of the pronoun's gender `g` when the report shows the person's gender.
 */
export function narratedSubject(doc: NlpDoc, at: number, g: Gender | undefined, after: number): NarratedSubject | undefined {
  const genders = entityGenders(doc);
  const text = doc.text;
  let best: NarratedSubject | undefined;
  for (const e of doc.entities) {
    if (e.type !== 'PERSON') continue;
    const eg = genders.get(e.id);
    if (g && eg && eg !== g) continue;
    for (const m of e.mentions) {
      if (m.end > at || m.start <= after || at - m.end > REACH || (best && m.start <= best.at)) continue;
      if (PRONOUN_MENTION.test(m.text.trim())) continue;
      // a name inside a quotation is the speaker's words, not the outlet's narration
      if (quotesOf(doc).some(([a, b]) => a <= m.start && m.end <= b)) continue;
      // "Haddad's office said …": the subject is the office
      if (/^['’]s?\b/u.test(text.slice(m.end, m.end + 3))) continue;
      const s = doc.sentences.find((x) => x.start <= m.start && m.start < x.end);
      if (!s) continue;
      if (!subjectPrefix(text.slice(s.start, m.start))) continue;
      // the name opens a clause whose verb follows (not a vocative or a heading): a lower-case word or a comma after it
      if (!/^\s*(?:,|[\p{Ll}])/u.test(text.slice(m.end, m.end + 4))) continue;
      // a role description standing for the person ("the interior minister") gives way to the person's name
      best = { entity: e, name: /^(the|a|an|his|her|its|their)\s/i.test(m.text.trim()) ? e.name : m.text, at: m.start };
    }
  }
  return best;
}
