// A court case named by its parties, "X v. Y" (issue #3): "Roe v. Wade", "Brown v. Board of Education", "Dobbs v
// Jackson Women's Health Organization". The whole is one OTHER name (a case, as a law is), so neither party becomes a
// person or a body of its own ("Roe" and "Wade" were two people); a one-word first party alone elsewhere in the
// report is the case's short name ("the ruling overturned Roe") and is OTHER too.
// Only the lower-case "v"/"v." of case citations: "vs."/"versus" join the sides of a match or a contest ("Liverpool vs.
// Chelsea"), and so does a bare "v" in a sports report or between places or clubs the KB knows ("England v Australia
// at Lord's"; resolve.ts sportsReport), and a dotted "v." there too unless the report is about the law, between places
// only with a cue of a match ("Liverpool v. Chelsea ended 2-1", but "The court ruled in Texas v. Johnson", "Miranda v.
// Arizona established the right"; dottedMatch). Each side is a run of capitalised words (with "of", "the", "for" or a possessive clitic inside the second
// one; not "and", which joins two cases); a sentence's first word that is a preposition or article, or that the report
// also writes in lower case, is no party ("In Roe v. Wade"). Both word lists are data (entities.json caseNames).
import type { Cand } from './recognize.js';
import { isCapWord, tokNorm, type Tok } from './tokenize.js';
import type { EntityKb } from './kbview.js';
import { sportsReport, writesScore } from './resolve.js';
import { lexicon } from './lexicon.js';

const MAX_SIDE = 8;

const capWord = isCapWord;

/** The KB entries named by the side toks[s..e). */
function sideEntries(toks: readonly Tok[], s: number, e: number, kb: EntityKb | null) {
  return kb ? kb.byAlias(toks.slice(s, e).map(tokNorm).filter(Boolean).join(' ')) : [];
}

/** A side the KB knows as a place or a club: a match's side ("England v Australia", "Leeds United v Chelsea"). */
function teamSide(toks: readonly Tok[], s: number, e: number, kb: EntityKb | null): boolean {
  return sideEntries(toks, s, e, kb).some((x) => x.type === 'GPE' || x.kind === 'CLUB');
}

/** A report about the law: a word of a court or a suit in it (data/lexicon/entities.json caseNames.legalCues). */
function legalReport(text: string): boolean {
  const re = lexicon().legalCues;
  return !!re && re.test(text);
}

/** A side the KB knows as a club ("Leeds United"): a club's name is a cue of a match by itself. */
function clubSide(toks: readonly Tok[], s: number, e: number, kb: EntityKb | null): boolean {
  return sideEntries(toks, s, e, kb).some((x) => x.kind === 'CLUB');
}

/**
 * A cue of a match around "X v. Y" (sides toks[s..k) and toks[k+1..last]): a club for a side, a ground right after
 * ("at Anfield", a KB facility; "at Lord's", a possessive name), or in its sentence a sports cue word, a word of a
 * match (data caseNames.matchCues: "match", "washed out") or a score ("ended 2-1").
 */
function matchCue(toks: readonly Tok[], s: number, k: number, last: number, text: string, kb: EntityKb | null): boolean {
  if (clubSide(toks, s, k, kb) || clubSide(toks, k + 1, last + 1, kb)) return true;
  if (toks[last + 1]?.lower === 'at' && capWord(toks[last + 2])) {
    let j = last + 2;
    while (capWord(toks[j + 1]) && toks[j + 1]!.sent === toks[j]!.sent) j++;
    if (toks[j + 1]?.poss) return true;
    if (sideEntries(toks, last + 2, j + 1, kb).some((x) => x.type === 'FAC')) return true;
  }
  let a = s; let b = last;
  while (a > 0 && toks[a - 1]!.sent === toks[s]!.sent) a--;
  while (b + 1 < toks.length && toks[b + 1]!.sent === toks[last]!.sent) b++;
  const sentence = text.slice(toks[a]!.start, toks[b]!.end);
  const L = lexicon();
  return !!sentence.match(L.sportsCues ?? /$^/) || !!L.matchCues?.test(sentence) || writesScore(sentence);
}

/**
 * A dotted "v." joins a match's sides (review r1 finding 6: "Liverpool v. Chelsea ended 2-1", "England v. Australia at
 * Lord's was washed out"): in a sports report when a side is a team or the report is not about the law; elsewhere when
 * a side is a team, the report is not about the law and a cue of a match is near (matchCue). Places alone make no
 * match, since many cases are between a state and a person who shares a place's name (review r2 finding 1: "Miranda v.
 * Arizona established the right", "New York v. Trump went to trial", "Texas v. Johnson still stands"). A citation
 * keeps its places ("South Africa v. Israel" in a report of a court) and a sports report its cited case ("NCAA v. Alston").
 */
function dottedMatch(team: boolean, sports: boolean, legal: boolean, cue: () => boolean): boolean {
  return sports ? team || !legal : team && !legal && cue();
}

/** The OTHER candidates of the case names in the text and of their one-word short names. */
export function caseNameCandidates(toks: readonly Tok[], text: string, lowerSeen: ReadonlySet<string>, kb: EntityKb | null): Cand[] {
  const out: Cand[] = [];
  // the lower-case words inside a party's name and the sentence openers that are no party (entities.json caseNames)
  const { caseNameInner: INNER, caseNameOpeners: OPENERS } = lexicon();
  let sports: boolean | undefined;
  let legal: boolean | undefined;
  const shortNames = new Set<string>();
  // (a splitter may end a sentence at "v.": the second side is read on from the next token whatever its sentence)
  for (let k = 1; k < toks.length - 1; k++) {
    const v = toks[k]!;
    if ((v.text !== 'v' && v.text !== 'v.') || v.headline) continue;
    const dot = v.text === 'v' && toks[k + 1]?.text === '.' ? 1 : 0;
    const dotted = dot === 1 || v.text === 'v.';
    if (!dotted && (sports ??= sportsReport(text))) continue;
    let s = k;
    while (s - 1 >= 0 && k - s < MAX_SIDE && capWord(toks[s - 1]) && toks[s - 1]!.sent === v.sent) s--;
    if (s < k && toks[s]!.sentStart && (lowerSeen.has(toks[s]!.lower) || OPENERS.has(toks[s]!.lower))) s++;
    if (s === k) continue;
    const first = toks[k + 1 + dot];
    if (!capWord(first)) continue;
    let last = k + 1 + dot;
    for (let j = last; j < toks.length && j - k < MAX_SIDE && toks[j]!.sent === first!.sent; j++) {
      const t = toks[j]!;
      if (capWord(t)) { last = j; continue; }
      if ((INNER.has(t.lower) || t.poss) && capWord(toks[j + 1]) && toks[j + 1]!.sent === t.sent) continue;
      break;
    }
    const team = teamSide(toks, s, k, kb) || teamSide(toks, k + 1, last + 1, kb);
    if (dotted ? dottedMatch(team, sports ??= sportsReport(text), legal ??= legalReport(text), () => matchCue(toks, s, k, last, text, kb)) : team) continue;
    out.push({ s, e: last + 1, type: 'OTHER', src: 'head', rule: 'case-name', score: 0 });
    if (k - s === 1) shortNames.add(toks[s]!.text);
    k = last;
  }
  if (!shortNames.size) return out;
  const inCase = new Uint8Array(toks.length);
  for (const c of out) for (let k = c.s; k < c.e; k++) inCase[k] = 1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (inCase[i] || !capWord(t) || !shortNames.has(t.text)) continue;
    if (capWord(toks[i - 1]) && toks[i - 1]!.sent === t.sent && !t.sentStart) continue;
    if (capWord(toks[i + 1]) && toks[i + 1]!.sent === t.sent) continue;
    out.push({ s: i, e: i + 1, type: 'OTHER', src: 'head', rule: 'case-short-name', score: 0 });
  }
  return out;
}
