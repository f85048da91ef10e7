// Why a gold claim was missed, or why its status is wrong, told by shape and cue only: where the anchor sits
// against our sentences and claims (crosses a sentence, a claim ends early, no claim in the sentence, a headline, a
// quote, a bulleted or live-blog timestamp line) and which tense cue the claim carries (a past reporting verb, a
// progressive, a perfect, "will", its times before or after publication). Read from the analysis the scorer scored,
// so a held-out set can say what kind of claim is missed without any of its text being printed.
import { HEDGE_POSSIBLE, HEDGE_PROBABLE, HEDGE_UNKNOWN, POSSIBLE_CUES, PROBABLE_CUES } from '../src/nlp/claims/lexicon.js';

/** The parts of an analysis-v1 document this reads. */
export interface ShapeAnalysis {
  document: { text: string; publishedAt?: string };
  sentences?: Array<{ start: number; end: number; kind?: string }>;
  claims?: Array<{ start: number; end: number; status?: string; certainty?: string; hedges?: string[]; attribution?: Array<{ kind?: string; cue?: string; cueSpan?: { start: number; end: number } }>; times?: number[] }>;
  times?: Array<{ start: number; end: number; type?: string; value?: string; mod?: string }>;
}


type Span = { start: number; end: number };
const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Where the anchor sits: a headline, a bulleted line, a live-blog timestamp line, inside a quotation, or body text. */
export function placeOf(a: ShapeAnalysis, span: Span): string {
  const text = a.document.text;
  const sent = (a.sentences ?? []).find((s) => s.start <= span.start && span.start < s.end);
  if (sent?.kind === 'HEADLINE') return 'headline';
  if (sent && sent.kind && sent.kind !== 'BODY') return 'byline or dateline';
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const line = text.slice(lineStart, Math.min(text.length, lineStart + 40));
  if (/^\s*[•·▪◦●*–—-]\s/.test(line)) return 'bulleted line';
  if (/^\s*(?:\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s+(?:GMT|UTC|BST|EDT|EST|ET|CET|CEST|IST|JST|local))?\b/i.test(line)) return 'timestamp line';
  // (from the anchor's first word: an anchor may open with the quotation mark itself)
  const word = span.start + (/^[^\p{L}\p{N}]*/u.exec(text.slice(span.start, span.end))?.[0].length ?? 0);
  if (insideQuote(text, lineStart, word)) return 'quote';
  return 'body';
}

/** Offset `at` lies inside a quotation opened on its line (paragraph) before it. */
function insideQuote(text: string, from: number, at: number): boolean {
  let straight = 0, open = 0;
  for (let i = from; i < at; i++) {
    const ch = text[i];
    if (ch === '"') straight++;
    else if (ch === '“') open++;
    else if (ch === '”') open = Math.max(0, open - 1);
  }
  return straight % 2 === 1 || open > 0;
}

/**
 * What stands at a cut: punctuation or a closed class of words, never the word itself. The word looked at is the
 * one the claim leaves out: after `at` where a claim ends (`side` 'end'), before it where one starts late.
 */
export function cutKind(text: string, at: number, side: 'end' | 'start' = 'end'): string {
  // the run of punctuation and spaces on either side of the cut
  const run = (/[^\p{L}\p{N}]*$/u.exec(text.slice(Math.max(0, at - 6), at))?.[0] ?? '') + (/^[^\p{L}\p{N}]*/u.exec(text.slice(at, at + 6))?.[0] ?? '');
  const w = (side === 'end' ? /^[\p{L}']+/u.exec(text.slice(at, at + 30).replace(/^[^\p{L}\p{N}]+/u, ''))?.[0]
    : /[\p{L}']+$/u.exec(text.slice(Math.max(0, at - 30), at).replace(/[^\p{L}\p{N}]+$/u, ''))?.[0] ?? '')?.toLowerCase() ?? '';
  if (/["“”'‘’«»]/.test(run)) return 'a quote mark';
  if (run.includes(',')) return 'a comma';
  if (/[;:]/.test(run)) return 'a colon or semicolon';
  if (/[—–-]/.test(run)) return 'a dash';
  if (/[()[\]]/.test(run)) return 'a bracket';
  if (/[.!?]/.test(run)) return 'a full stop';
  if (/^(and|but|or|nor|yet|while|whereas)$/.test(w)) return 'a coordinator';
  if (/^(who|which|that|whose|whom|where|when)$/.test(w)) return 'a relative or "that"';
  if (/^(said|says|say|told|tells|added|according|reported|announced|claimed|warned|citing)$/.test(w)) return 'a reporting word';
  if (/^(after|before|since|because|as|although|though|until|if|unless|amid|despite)$/.test(w)) return 'a subordinator';
  return 'another word';
}

/**
 * The shape of a gold claim no system claim contains: the anchor not in the text, crossing a sentence boundary,
 * a sentence without claims, an anchor outside every claim (frame words), a claim that ends early or starts late,
 * or an anchor split across claims (with what stands at the first cut); then where it sits.
 */
export function claimMissShape(a: ShapeAnalysis, anchor: string): string {
  const text = a.document.text;
  const at = text.indexOf(anchor);
  if (at < 0) return 'anchor not in the text';
  const span = { start: at, end: at + anchor.length };
  const place = placeOf(a, span);
  const sents = (a.sentences ?? []).filter((s) => overlaps(s, span));
  let shape: string;
  const claims = (a.claims ?? []).filter((c) => overlaps(c, span)).sort((x, y) => x.start - y.start || y.end - x.end);
  if (sents.length > 1) shape = 'anchor crosses a sentence boundary';
  else if (sents.length === 1 && !(a.claims ?? []).some((c) => overlaps(c, sents[0]!))) shape = 'sentence has no claim';
  else if (!claims.length) shape = 'anchor outside every claim of its sentence';
  else {
    const best = [...claims].sort((x, y) => ovl(y, span) - ovl(x, span))[0]!;
    const early = best.start <= span.start && best.end < span.end, late = best.start > span.start && best.end >= span.end;
    if (claims.length > 1) {
      // the first place inside the anchor where one claim stops and another starts
      const cut = claims.map((c) => c.end).filter((e) => e > span.start && e < span.end).sort((x, y) => x - y)[0]
        ?? claims.map((c) => c.start).filter((s) => s > span.start && s < span.end).sort((x, y) => x - y)[0];
      shape = `anchor split across claims at ${cut === undefined ? 'another word' : cutKind(text, cut)}`;
    } else if (early) shape = `claim ends early at ${cutKind(text, best.end)}`;
    else if (late) shape = `claim starts late at ${cutKind(text, best.start, 'start')}`;
    else shape = `claim inside the anchor, starting late at ${cutKind(text, best.start, 'start')} and ending early at ${cutKind(text, best.end)}`;
  }
  return `${shape} (${place})`;
}
const ovl = (c: Span, s: Span): number => Math.max(0, Math.min(c.end, s.end) - Math.max(c.start, s.start));

const PAST_CUE = /^(said|told|reported|announced|added|stated|confirmed|warned|claimed|explained|noted|wrote|insisted|acknowledged|admitted|revealed|declared|indicated|suggested|estimated|described|denied|argued)$/;
const PRESENT_CUE = /^(says|say|tells|tell|reports|adds|states|confirms|warns|claims|explains|notes|writes|insists|believes|thinks|argues|estimates|suggests|acknowledges|admits)$/;

/** How the claim is reported: the outlet's own, a past or present reporting verb, another cue, an unnamed source. */
export function reportCue(c: NonNullable<ShapeAnalysis['claims']>[number]): string {
  const inner = (c.attribution ?? [])[(c.attribution ?? []).length - 1];
  if (!inner) return 'outlet';
  if (inner.kind === 'UNNAMED') return 'unnamed source';
  const ws = (inner.cue ?? '').toLowerCase().split(/\s+/);
  if (ws.some((w) => PAST_CUE.test(w))) return 'past reporting verb';
  if (ws.some((w) => PRESENT_CUE.test(w))) return 'present reporting verb';
  if (ws.includes('according')) return '"according to"';
  return 'other cue';
}

/** The first tense cue of the claim's words after its cue: "will", progressive, perfect, stative, "be", or none. */
export function tenseCue(words: string[]): string {
  const has = (re: RegExp): boolean => words.some((w) => re.test(w));
  const seq = (a: RegExp, b: RegExp, gap = 2): boolean => words.some((w, i) => a.test(w) && words.slice(i + 1, i + 2 + gap).some((x) => b.test(x)));
  const ING = /^[a-z]{2,}ing$/, PART = /^[a-z]{2,}(ed|en|wn|un|ne|lt|pt)$/;
  if (has(/^(will|'ll|shall|wo)$/)) return '"will"';
  if (seq(/^(has|have|'ve)$/, /^been$/, 1) && seq(/^been$/, ING, 1)) return 'present perfect progressive';
  if (seq(/^(has|have|'ve)$/, /^been$/, 1)) return 'present perfect of "be" or passive';
  if (seq(/^(has|have|'ve)$/, PART, 1)) return 'present perfect';
  if (seq(/^had$/, /^been$/, 1) || seq(/^had$/, PART, 1)) return 'past perfect';
  if (has(/^(remain|remains|remained|still|continue|continues|continued|stay|stays|stayed)$/)) return 'stative word (remain, still, continue)';
  if (has(/^would$/)) return '"would"';
  if (seq(/^(is|are|am|'s|'re)$/, ING, 1)) return 'present progressive';
  if (seq(/^(was|were)$/, ING, 1)) return 'past progressive';
  if (seq(/^(is|are|am|'s|'re)$/, /^(to|set|due|expected|scheduled|going|about)$/, 0)) return 'present "be" of a plan';
  if (seq(/^(was|were)$/, /^(to|set|due|expected|scheduled|going|about)$/, 0)) return 'past "be" of a plan';
  if (seq(/^(was|were)$/, PART, 1)) return 'past passive';
  if (has(/^(is|are|am|'s|'re)$/)) return 'present "be"';
  if (has(/^(was|were)$/)) return 'past "be"';
  if (has(/^(may|might|could|can|must|should)$/)) return 'other modal';
  if (has(/^[a-z]{3,}ed$/)) return 'a past form in -ed';
  return 'no auxiliary or -ed form';
}

/** The claim's own times against publication: after, on the day, before, unresolved, or none. */
export function timesCue(a: ShapeAnalysis, c: NonNullable<ShapeAnalysis['claims']>[number]): string {
  const day = (a.document.publishedAt ?? '').slice(0, 10);
  const out = new Set<string>();
  for (const i of c.times ?? []) {
    const t = (a.times ?? [])[i];
    if (!t?.value) continue;
    if (t.value === 'FUTURE_REF') out.add('after');
    else if (t.value === 'PAST_REF') out.add('before');
    else if (t.value === 'PRESENT_REF') out.add('on the day');
    else if (!/^\d{4}/.test(t.value) || !day) out.add(/^P/.test(t.value) ? 'duration' : 'unresolved');
    else {
      const v = t.value.slice(0, 10);
      // a coarser value (a month, a year) holding the day overlaps it
      if (day.startsWith(v.replace(/-W.*$/, '')) || v === day) out.add('on the day');
      else out.add(v > day ? 'after' : 'before');
    }
  }
  return out.size ? `times ${[...out].sort().join('+')}` : 'no time';
}

/** The smallest claim of ours that holds the gold anchor's first occurrence, if any. */
export function claimAt<A extends ShapeAnalysis>(a: A, anchor: string): NonNullable<A['claims']>[number] | undefined {
  const at = a.document.text.indexOf(anchor);
  if (at < 0) return undefined;
  const end = at + anchor.length;
  return (a.claims ?? []).filter((x) => x.start <= at && x.end >= end).sort((x, y) => (x.end - x.start) - (y.end - y.start))[0];
}

/** The smallest claim holding the gold anchor, the text, and the anchor's span; undefined when no claim holds it. */
function claimAndSpan(a: ShapeAnalysis, anchor: string) {
  const c = claimAt(a, anchor);
  if (!c) return undefined;
  const text = a.document.text;
  const at = text.indexOf(anchor);
  return { c, text, span: { start: at, end: at + anchor.length } };
}

/** The cues of a claim whose status was wrong: how it is reported, its tense cue, its times, where it sits. */
export function statusMissCue(a: ShapeAnalysis, anchor: string): string | undefined {
  const found = claimAndSpan(a, anchor);
  if (!found) return undefined;
  const { c, text, span } = found;
  const inner = (c.attribution ?? [])[(c.attribution ?? []).length - 1];
  const from = inner?.cueSpan && inner.cueSpan.start >= c.start && inner.cueSpan.end <= c.end ? inner.cueSpan.end : c.start;
  const words = (text.slice(from, c.end).toLowerCase().match(/[\p{L}]+(?:'[\p{L}]+)?|'(?:s|re|ll|ve)\b/gu) ?? []);
  return `${reportCue(c)}; ${tenseCue(words)}; ${timesCue(a, c)}; ${placeOf(a, span)}`;
}

/** Closed-class words of modality and the hedge lexicon: the only words a certainty miss may name. */
const MODALITY_WORDS = new Set([
  ...HEDGE_PROBABLE, ...HEDGE_POSSIBLE, ...HEDGE_UNKNOWN, ...PROBABLE_CUES, ...POSSIBLE_CUES,
  'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'if', 'unless', 'not', 'never', 'no',
].filter((w) => !w.includes(' ')));
const modalityIn = (words: string[]): string => [...new Set(words.filter((w) => MODALITY_WORDS.has(w)))].sort().join(' ') || 'none';

/**
 * The cues of a claim whose certainty was wrong: the hedge words of ours inside and outside the anchor, the
 * modality and hedge-lexicon words the anchor holds, the innermost cue word, and where it sits. Lexicon words only.
 */
export function certaintyMissCue(a: ShapeAnalysis, anchor: string): string | undefined {
  const found = claimAndSpan(a, anchor);
  if (!found) return undefined;
  const { c, text, span } = found;
  const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}]+(?:'[\p{L}]+)?/gu) ?? [];
  const inAnchor = words(anchor);
  const outside = words(text.slice(c.start, span.start) + ' ' + text.slice(span.end, c.end));
  const cues = new Set((c.attribution ?? []).flatMap((l) => words(l.cue ?? '')));
  const hedgeWords = (c.hedges ?? []).flatMap(words).filter((w) => !cues.has(w) && MODALITY_WORDS.has(w));
  const ours = (ws: string[]): string => [...new Set(hedgeWords.filter((w) => ws.includes(w)))].sort().join(' ') || 'none';
  const inner = (c.attribution ?? [])[(c.attribution ?? []).length - 1];
  const cue = inner ? (inner.kind === 'UNNAMED' ? `unnamed "${inner.cue ?? ''}"` : `cue "${(inner.cue ?? '').toLowerCase()}"`) : 'outlet';
  return `ours in anchor [${ours(inAnchor)}], outside [${ours(outside)}]; anchor holds [${modalityIn(inAnchor)}]; ${cue}; ${placeOf(a, span)}`;
}

/** The finer class of a scorer miss line about a claim (its shape), a status or a certainty (its cues); undefined otherwise. */
export function claimMissDetail(line: string, analysisOf: (label: string) => ShapeAnalysis | undefined): string | undefined {
  const m = /^\s*miss ([^:]*): (claim|status|certainty) "(.*)"(?: want .+ got \w+)?$/.exec(line);
  if (!m) return undefined;
  const a = analysisOf(m[1]!);
  if (!a?.document?.text) return 'no analysis';
  return m[2] === 'claim' ? claimMissShape(a, m[3]!) : m[2] === 'status' ? statusMissCue(a, m[3]!) : certaintyMissCue(a, m[3]!);
}
