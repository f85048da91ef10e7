// STATEMENT speakers: inverted order ("said X"), the attribution stage's sources, and statements for
// attribution cues without a speech verb ("according to X").
import { isPlace, type MentionRef } from './mentions.js';
import { HARD_PUNCT, HARD_WORDS } from './words.js';
import { SPEECH_ACTS } from './triggers.js';
import { type Ctx, type Draft, addArg, tokensStartAt } from './context.js';

const LOCATIVE = new Set(['in', 'at', 'near', 'from', 'outside', 'inside']);

/** "…, said Osama Ali, who …" / "said the chairman of Chrysler, Jim Press": the speaker after the verb. */
export function invertedSpeaker(ctx: Ctx, d: Draft, s0: number, s1: number): void {
  const prev = d.t0 > s0 ? ctx.toks[d.t0 - 1]! : undefined;
  if (prev && !(prev.kind === 'QUOTE' || prev.kind === 'PUNCT' || /^["“”'’]$/.test(ctx.low[d.t0 - 1]!))) return;
  let person: MentionRef | undefined, other: MentionRef | undefined;
  for (let k = d.t1 + 1; k < s1 && k <= d.t1 + 12; k++) {
    const w = ctx.low[k]!;
    const mi = ctx.ments.at[k]!;
    if (mi >= 0) {
      const m = ctx.ments.list[mi]!;
      // A place after a locative preposition is where it was said ("Speaking to reporters in Washington, Blinken …").
      if (isPlace(m.type) && LOCATIVE.has(ctx.low[m.t0 - 1] ?? '')) { k = m.t1; continue; }
      if (m.type === 'PERSON' && !person) person = m;
      else if (!other && (m.type === 'ORG' || m.type === 'GPE')) other = m;
      k = m.t1;
      continue;
    }
    // '"…," said the firm's chief executive, Alan Mulally': an owner of the speaker's title waits for the name in apposition
    if (w === '.' || HARD_PUNCT.has(w) || HARD_WORDS.has(w) || (w === ',' && (person || (other && !other.possessive)))) break;
  }
  const m = person ?? other;
  if (m) { addArg(d, 'agent', m.ids); d.rule.push('inverted'); }
}


export function speakerFromClaims(ctx: Ctx, d: Draft): void {
  // Only when the sentence's shape gave no speaker: where both exist and differ, the local subject is
  // right more often (PolNeAR dev: 22 of 26).
  if (d.type !== 'STATEMENT' || d.args.get('agent')?.length) return;
  const a = ctx.toks[d.t0]!.start, b = ctx.toks[d.t1]!.end;
  for (const c of ctx.doc.claims ?? []) {
    for (const l of c.attribution ?? []) {
      if (!l.cueSpan || !l.entity || l.cueSpan.start >= b || l.cueSpan.end <= a) continue;
      if (ctx.ments.byId.has(l.entity)) { addArg(d, 'agent', [l.entity]); if (!d.rule.includes('claim-source')) d.rule.push('claim-source'); }
    }
  }
}

/** Attribution cues without a statement verb ("according to the Red Crescent", "citing Interfax"): a
 * STATEMENT for each named source the attribution stage linked to an entity. */
export function statementsFromAttribution(ctx: Ctx, drafts: Draft[]): Draft[] {
  const extra: Draft[] = [];
  for (const c of ctx.doc.claims ?? []) {
    for (const l of c.attribution ?? []) {
      if (!l.cueSpan || !l.entity || !ctx.ments.byId.has(l.entity)) continue;
      const t0 = tokensStartAt(ctx.toks, l.cueSpan.start);
      if (t0 >= ctx.toks.length || ctx.toks[t0]!.start >= l.cueSpan.end) continue;
      let t1 = t0;
      while (t1 + 1 < ctx.toks.length && ctx.toks[t1 + 1]!.end <= l.cueSpan.end) t1++;
      const covered = (d: Draft): boolean => d.type === 'STATEMENT' && d.t0 <= t1 && d.t1 >= t0;
      const have = drafts.find(covered) ?? extra.find(covered);
      if (have) { if (!have.args.get('agent')?.length) addArg(have, 'agent', [l.entity]); continue; }
      // A cue that the context reads as another act ("recalled 2 million vehicles", "recalled its ambassador") is no statement.
      const other = (d: Draft): boolean => d.t0 <= t1 && d.t1 >= t0 && !SPEECH_ACTS.has(d.type) && d.rule.some((r) => r.endsWith('+ctx'));
      if (drafts.some(other)) continue;
      const sentence = ctx.toks[t0]!.sentence;
      const d: Draft = {
        type: 'STATEMENT', lemma: ctx.low.slice(t0, t1 + 1).join(' '), t0, t1, noun: false, args: new Map([['agent', [l.entity]]]),
        rule: ['attribution-cue'], sentence, paragraph: ctx.sentences[sentence]?.paragraph ?? sentence, definite: false,
      };
      extra.push(d);
    }
  }
  if (!extra.length) return drafts;
  return [...drafts, ...extra].sort((a, b) => a.t0 - b.t0);
}
