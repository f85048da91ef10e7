// Short club names that are also places, ordinary words or several clubs' names ("Liverpool", "Chelsea", "Arsenal",
// "Spurs"; data/lexicon/club-short-names.tsv). The KB leaves them out as aliases, so a bare "Liverpool" is the city
// and a bare "Arsenal" nothing. This module reads the table and judges the words around one occurrence; resolve.ts
// (shortClubNames) decides per document: a name is the club when the document names the club in full, or one of its
// occurrences has strong sports context ("Liverpool manager", "Arsenal's goalkeeper", a score next to it), or weak
// context ("beat Chelsea", "signed for Arsenal", a score in the sentence) in a sports report. Then every occurrence
// that nothing keeps a place ("flooding in Liverpool", "the Liverpool city council", "Chelsea, London") is the club.
import { join } from 'node:path';
import { projectRoot } from '../../core/shared.js';
import { readDataRows } from '../../core/data-rows.js';
import { lexicon } from './lexicon.js';
import type { Tok } from './tokenize.js';

let table: Map<string, string[]> | undefined;
let strong: Set<string> | undefined;

/** Lower-case short name → names of the clubs it may stand for (their KB names), in file order. */
export function clubShortNames(): ReadonlyMap<string, readonly string[]> {
  if (table) return table;
  table = new Map();
  // the first row is the header
  strong = new Set();
  for (const [short, club, cue] of readDataRows(join(projectRoot, 'data', 'lexicon', 'club-short-names.tsv')).slice(1)) {
    if (!short || !club) continue;
    const k = short.toLowerCase();
    if (cue === 'strong') strong.add(k);
    const l = table.get(k) ?? [];
    if (!l.includes(club)) l.push(club);
    table.set(k, l);
  }
  return table;
}

/** Lower-case short names that are the club only with the club named in full or a strong cue (column "cue": strong). */
export function clubStrongOnly(): ReadonlySet<string> {
  clubShortNames();
  return strong!;
}

/** A text that names a competition ("Premier League", "FA Cup"), as written. */
export function namesCompetition(text: string): boolean {
  return lexicon().clubCompetitions.some((c) => text.includes(c));
}

/** What the words around token i say about a short club name there. */
export type ClubCue = 'place' | 'person' | 'strong' | 'weak' | undefined;

const SCORE = /^\d{1,2}[-–]\d{1,2}$/;
const NUM = /^\d{1,2}$/;

/** A score ("2-1", "2 – 1") starting at token k of sentence `sent`. */
function scoreAt(toks: readonly Tok[], k: number, sent: number): boolean {
  const t = toks[k];
  if (!t || t.sent !== sent) return false;
  if (SCORE.test(t.text)) return true;
  const d = toks[k + 1]; const b = toks[k + 2];
  return NUM.test(t.text) && !!d && (d.text === '-' || d.text === '–') && !!b && b.sent === sent && NUM.test(b.text);
}

/** Lower-case words from k on (at most n), within the sentence, stopping at punctuation and capitalised words. */
function wordsFrom(toks: readonly Tok[], k: number, n: number, sent: number): string[] {
  const out: string[] = [];
  for (let j = k; j < toks.length && out.length < n; j++) {
    const t = toks[j]!;
    if (t.sent !== sent || !t.isWord || t.cap) break;
    out.push(t.lower);
  }
  return out;
}

/** Lower-case words before k (at most n, nearest last), within the sentence. */
function wordsBefore(toks: readonly Tok[], k: number, n: number, sent: number): string[] {
  const out: string[] = [];
  for (let j = k - 1; j >= 0 && out.length < n; j--) {
    const t = toks[j]!;
    if (t.sent !== sent || !t.isWord || (t.cap && !t.sentStart)) break;
    out.unshift(t.lower);
  }
  return out;
}

const phraseIn = (set: ReadonlySet<string>, words: readonly string[], fromEnd: boolean): boolean => {
  for (const n of [2, 1]) {
    if (words.length < n) continue;
    const w = fromEnd ? words.slice(words.length - n) : words.slice(0, n);
    if (set.has(w.join(' '))) return true;
  }
  return false;
};

/**
 * The context of a short club name at token i: 'place' when a place noun follows it ("city council", "'s mayor"), a
 * locative preposition comes before it and no club role noun after it, or a place follows a comma ("Chelsea, London"; `placeAt` says whether a place mention
 * starts at a token); 'person' after an honorific or before an age ("Chelsea, 24,"); 'strong' before a club role
 * noun ("manager", "'s goalkeeper") or beside a score; 'weak' after a result or transfer verb ("beat", "signed for"),
 * before one ("drew", "won") or with a score elsewhere in the sentence.
 */
export function clubCue(toks: readonly Tok[], i: number, placeAt: (k: number) => boolean): ClubCue {
  const L = lexicon();
  const t = toks[i]!; const sent = t.sent;
  const before = wordsBefore(toks, i, 2, sent);
  const prev = toks[i - 1]?.sent === sent ? toks[i - 1] : undefined;
  if (prev && L.honorifics.has(prev.lower.replace(/\.$/, ''))) return 'person';
  let k = i + 1;
  const possessed = toks[k]?.poss === true;
  if (possessed) k++;
  const after = wordsFrom(toks, k, 2, sent);
  if (after.length && L.clubPlaceNounsAfter.has(after[0]!)) return 'place';
  // a role noun outweighs a preposition before the name ("thousands of Everton fans", "a move to Chelsea's academy")
  const role = phraseIn(L.clubRoleAfter, after, false);
  // (a preposition, or a journey's end: "flew home to Nice", "travelled to Lens")
  if (!role && phraseIn(L.clubPlaceAfter, before, true)) return 'place';
  const nx = toks[i + 1];
  if (nx && nx.text === ',' && nx.sent === sent) {
    if (placeAt(i + 2)) return 'place';
    if (NUM.test(toks[i + 2]?.text ?? '') && toks[i + 3]?.text === ',') return 'person';
  }
  if (role) return 'strong';
  for (let j = Math.max(0, i - 3); j <= i + 4; j++) if (j !== i && scoreAt(toks, j, sent)) return 'strong';
  if (!possessed && phraseIn(L.clubResultBefore, before, true)) return 'weak';
  if (!possessed && phraseIn(L.clubResultAfter, after, false)) return 'weak';
  for (let j = i - 1; j >= 0 && toks[j]!.sent === sent; j--) if (scoreAt(toks, j, sent)) return 'weak';
  for (let j = i + 1; j < toks.length && toks[j]!.sent === sent; j++) if (scoreAt(toks, j, sent)) return 'weak';
  return undefined;
}
