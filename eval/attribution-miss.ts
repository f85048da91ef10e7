// Why a claim's attribution chain was wrong, told with no text of the report: for each link of ours that no gold
// link takes (an extra or a wrong source) the rule that made it, where its cue stands against the claim's sentence
// (the same sentence, an earlier one in the paragraph, an earlier paragraph) and its kind; for each gold source we
// lack, where the report names it (in the claim's sentence, inside the claim, the sentence before, earlier in the
// paragraph or the report, only later, or nowhere). Names are compared as the scorer compares them, never printed.
import { claimAt, type ShapeAnalysis } from './claim-shape.js';
import {
  ACT_WITH_OBJECT_CUES, AS_CUES, CLAIM_NOUNS, EXPECTATION_CUES, FIGURE_CUES, INTENT_CUES, NEEDS_THAT, NP_OBJECT_CUES,
  PARTICIPLE_CUES, POSSIBLE_CUES, PROBABLE_CUES, SPEECH_VERBS, UNNAMED_ADVERBS,
} from '../src/nlp/claims/lexicon.js';

/** Our own cue lexicon: a cue word printed is one of these, never a word only the report has. */
export const CUE_WORDS = new Set([...SPEECH_VERBS, ...NP_OBJECT_CUES, ...INTENT_CUES, ...AS_CUES, ...CLAIM_NOUNS, ...FIGURE_CUES,
  ...UNNAMED_ADVERBS, ...PARTICIPLE_CUES, ...EXPECTATION_CUES, ...ACT_WITH_OBJECT_CUES, ...POSSIBLE_CUES, ...PROBABLE_CUES,
  ...NEEDS_THAT, 'according', 'citing', 'quoted', 'quoting']);
export const cueWord = (cue: string | undefined): string => {
  const w = (cue ?? '').toLowerCase().split(/\s+/)[0] ?? '';
  return CUE_WORDS.has(w) ? `"${w}"` : 'another cue';
};

type Span = { start: number; end: number };
type Link = { source?: string; kind?: string; cue?: string; rule?: string; span?: Span; cueSpan?: Span; entity?: string };
export type AttrAnalysis = ShapeAnalysis & {
  claims?: Array<NonNullable<ShapeAnalysis['claims']>[number] & { attribution?: Link[]; rule?: string }>;
  entities?: Array<{ id: string; name: string }>;
};

// the scorer's name comparison (shared/tools/score.mjs)
const norm = (s: string): string[] => String(s ?? '').toLowerCase().replace(/[’']s\b/g, '').replace(/[^\p{L}\p{N} ]+/gu, ' ')
  .split(/\s+/).filter((w) => w && !['a', 'an', 'the', 'of'].includes(w));
const contains = (big: string[], small: string[]): boolean => small.length > 0 && small.every((w) => big.includes(w));
export const nameMatch = (sys: string, gold: string): boolean => { const s = norm(sys), g = norm(gold); return contains(s, g) || contains(g, s); };

/** Where the words of `name` next stand in `text` within [from, to): every normalised word, in order, close together. */
function namedIn(text: string, name: string, from: number, to: number): boolean {
  const g = norm(name);
  if (!g.length) return false;
  const words = norm(text.slice(Math.max(0, from), Math.max(0, to)));
  // all words within a window of the name's length plus two (a title or a middle name between)
  for (let i = 0; i < words.length; i++) {
    const win = words.slice(i, i + g.length + 2);
    if (win[0] === g[0] && contains(win, g)) return true;
  }
  return false;
}

/** The paragraph (blank-line or line-break delimited block) holding offset `at`. */
function paragraphOf(text: string, at: number): Span {
  const start = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
  const nl = text.indexOf('\n', at);
  return { start, end: nl < 0 ? text.length : nl };
}

/** Where a cue stands against the claim's sentence. */
function cuePlace(a: AttrAnalysis, sent: Span | undefined, l: Link): string {
  const cs = l.cueSpan ?? l.span;
  if (!cs || !sent) return 'no cue span';
  if (cs.start >= sent.start && cs.end <= sent.end) return 'cue in the sentence';
  if (cs.start >= sent.end) return 'cue in a later sentence';
  const para = paragraphOf(a.document.text, sent.start);
  return cs.start >= para.start ? 'cue earlier in the paragraph' : 'cue in an earlier paragraph';
}

/** Closed-class words that may be printed after a name: auxiliaries, connectives, prepositions, relatives. */
const CLOSED = /^(has|have|had|is|are|was|were|will|would|could|can|may|might|should|also|and|or|but|who|which|that|on|in|at|to|for|of|with|by|from|as|then|later|however|still|last|this|on)$/;

/** What follows a name inside the claim: a cue word of ours, a comma, another word (no word printed). */
function afterName(text: string, name: string, claim: Span): string {
  const g = norm(name);
  const toks = [...text.slice(claim.start, claim.end).matchAll(/[\p{L}\p{N}’']+|[^\s\p{L}\p{N}]/gu)].map((m) => m[0]);
  const w = toks.map((t) => norm(t)[0] ?? (/^[\p{L}\p{N}]/u.test(t) ? '' : t));
  for (let i = 0; i < w.length; i++) {
    if (w[i] !== g[0]) continue;
    // skip the name's own words (and any dropped article or title) to the first word after its last
    let k = i, left = new Set(g);
    while (k < w.length && left.size) { left.delete(w[k]!); k++; }
    if (left.size) continue;
    const next = toks[k]?.toLowerCase() ?? '';
    const at = i === 0 || (i === 1 && /^(the|a|an)$/i.test(toks[0]!)) ? 'opening the claim' : 'inside the claim';
    const what = !next ? 'at its end' : CUE_WORDS.has(next) ? `then our cue "${next}"` : next === ',' ? 'then a comma' : /^["“”'‘’]$/.test(next) ? 'then a quote mark' : /^[\p{L}]+ed$/u.test(next) ? 'then another verb in -ed' : CLOSED.test(next) ? `then "${next}"` : /^[\p{L}]+s$/u.test(next) ? 'then another word in -s' : 'then another word';
    return `${at}, ${what}`;
  }
  return 'inside the claim';
}

/** Where the report names a gold source against the claim: a closed list of places, no text. */
function goldPlace(a: AttrAnalysis, sent: Span | undefined, claim: Span, name: string): string {
  if (name === 'UNNAMED') return 'gold UNNAMED';
  const text = a.document.text;
  if (!sent) return 'no sentence';
  const sents = a.sentences ?? [];
  const si = sents.findIndex((s) => s.start === sent.start);
  const prev = si > 0 ? sents[si - 1] : undefined;
  if (namedIn(text, name, sent.start, sent.end)) {
    if (namedIn(text, name, claim.start, claim.end) && !namedIn(text, name, sent.start, claim.start) && !namedIn(text, name, claim.end, sent.end)) return `gold named ${afterName(text, name, claim)} only`;
    // outside the claim: before it or after it, and what follows the name there (a cue of ours, a comma, a word)
    const side = namedIn(text, name, sent.start, claim.start) ? { start: sent.start, end: claim.start, at: 'before the claim' } : { start: claim.end, end: sent.end, at: 'after the claim' };
    return `gold named in the sentence, ${side.at}, ${afterName(text, name, side).replace(/^(opening|inside) the claim, /, '')}`;
  }
  if (prev && namedIn(text, name, prev.start, prev.end)) return 'gold named in the sentence before';
  const para = paragraphOf(text, sent.start);
  if (namedIn(text, name, para.start, sent.start)) return 'gold named earlier in the paragraph';
  if (namedIn(text, name, 0, sent.start)) return 'gold named in an earlier paragraph';
  if (namedIn(text, name, sent.end, text.length)) return 'gold named only later';
  return 'gold not named as written';
}

const sysMatches = (l: Link, g: string, ents: Map<string, string>): boolean =>
  g === 'UNNAMED' ? l.kind === 'UNNAMED' : nameMatch(l.source ?? '', g) || (!!l.entity && !!ents.get(l.entity) && nameMatch(ents.get(l.entity)!, g));

/** Of our pronoun's source and the gold source, which was the source of an earlier claim last, if either. */
function lastSpeaker(a: AttrAnalysis, c: { start: number }, ours: Link, gold: string, ents: Map<string, string>): string {
  let oursAt = -1, goldAt = -1;
  for (const x of a.claims ?? []) {
    if (x.start >= c.start) continue;
    for (const l of (x.attribution ?? []) as Link[]) {
      if (sysMatches(l, gold, ents)) goldAt = Math.max(goldAt, x.start);
      else if (l.source === ours.source || (!!l.entity && l.entity === ours.entity)) oursAt = Math.max(oursAt, x.start);
    }
  }
  if (goldAt < 0) return oursAt < 0 ? 'neither spoke before' : 'only ours spoke before';
  if (oursAt < 0) return 'only gold spoke before';
  return goldAt > oursAt ? 'gold spoke last' : 'ours spoke last';
}

/**
 * The class of an attribution miss: against the gold alternative closest in length, each link of ours no gold link
 * takes ("ours attr.post OFFICIAL, cue in the sentence") and each gold link none of ours takes ("gold named in the
 * sentence before"), joined by "; ".
 */
export function attributionMissDetail(a: AttrAnalysis, anchor: string, want: string[][]): string | undefined {
  const text = a.document.text;
  const c = claimAt(a, anchor);
  if (!c) return undefined;
  const sent = (a.sentences ?? []).find((s) => s.start <= c.start && c.start < s.end);
  const ents = new Map((a.entities ?? []).map((e) => [e.id, e.name]));
  const got = (c.attribution ?? []) as Link[];
  const alt = [...want].sort((x, y) => Math.abs(x.length - got.length) - Math.abs(y.length - got.length))[0] ?? [];
  const usedG = new Set<number>();
  const extra: Link[] = [];
  for (const l of got) {
    const gi = alt.findIndex((g, i) => !usedG.has(i) && sysMatches(l, g, ents));
    if (gi >= 0) usedG.add(gi); else extra.push(l);
  }
  const parts: string[] = [];
  // with two or more links of ours, whether the one no gold link takes is the outer (first) or an inner one
  const pos = (l: Link): string => got.length < 2 ? '' : got.indexOf(l) === 0 ? 'outer ' : 'inner ';
  for (const l of extra) parts.push(`ours ${pos(l)}${(l.rule ?? 'no rule').replace(/^attr\./, '')} ${cueWord(l.cue)} ${l.kind ?? '?'}, ${cuePlace(a, sent, l)}`);
  // a pronoun taken for the wrong source: which of the two spoke last before the claim (a link of an earlier claim)
  const pron = extra.find((l) => l.rule?.includes('+pronoun'));
  const missing = alt.filter((g, i) => !usedG.has(i) && g !== 'UNNAMED');
  if (pron && missing.length === 1) parts.push(lastSpeaker(a, c, pron, missing[0]!, ents));
  alt.forEach((g, i) => { if (!usedG.has(i)) parts.push(goldPlace(a, sent, c, g)); });
  if (!parts.length) parts.push(`same sources, other order: ours ${got.map((l) => `${(l.rule ?? 'no rule').replace(/^attr\./, '')} ${cueWord(l.cue)}`).join(' > ')}`);
  return parts.join('; ');
}

/** The detail of a scorer line "miss LABEL: attribution "ANCHOR" want [...] got [...]", or undefined. */
export function attributionLineDetail(line: string, analysisOf: (label: string) => ShapeAnalysis | undefined): string | undefined {
  const m = /^\s*miss ([^:]*): attribution "(.*)" want (\[.*\]) got (\[.*\])$/.exec(line);
  if (!m) return undefined;
  const a = analysisOf(m[1]!) as AttrAnalysis | undefined;
  if (!a?.document?.text) return 'no analysis';
  let want: string[][];
  try { want = JSON.parse(m[3]!) as string[][]; } catch { return undefined; }
  return attributionMissDetail(a, m[2]!, want);
}
