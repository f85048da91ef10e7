// A statement made by critics is a criticism: "by which time, critics say, the waves had already hit", "Critics argue
// the law goes too far", "opponents said the plan would raise prices". The speakers are a generic noun of critics
// (data/lexicon/events-words.tsv "critic-speakers") standing as the saying verb's subject, right before it (auxiliaries
// and adverbs between: "critics have long said") or right after it in an inversion ("…, say critics"); the CRITICIZE
// copy keeps the statement's arguments, and the named parties of its sentence are what the criticism is about (its
// patient), since the critics themselves are nobody named, and neither it nor the statement keeps a named agent. Not a statement about critics ("he said critics were
// wrong": "critics" is no subject of "said" there) nor one by a named critic ("critic Jane Roe said", a speaker of
// its own that speech-content.ts reads), nor one that praises ("Critics say Jane Roe's new film is a masterpiece": a word of
// events-words.tsv "critic-praise-words" not negated, or a PRAISE read in the same sentence).
import { type Ctx, type Draft, addArg } from './context.js';
import { eventWords } from './lexicon.js';
import { AUX, NAMED_PARTY, gapAdverb } from './words.js';

/** Whether a critics noun is the subject of the saying verb of d: right before it (auxiliaries, adverbs and one
 * modifier such as "some" or "many" skipped going back) or right after it. */
function criticsSpeak(ctx: Ctx, d: Draft, s0: number, s1: number, critics: ReadonlySet<string>): boolean {
  let k = d.t0 - 1;
  while (k >= s0 && (AUX.has(ctx.low[k]!) || gapAdverb(ctx.low[k]!))) k--;
  if (k >= s0 && critics.has(ctx.low[k]!) && ctx.ments.at[k]! < 0) return true;
  const after = d.t1 + 1;
  return after < s1 && critics.has(ctx.low[after]!) && ctx.ments.at[after]! < 0 && (after + 1 >= s1 || /^[,.;:"”]$/.test(ctx.low[after + 1]!));
}

/** The sentence [s0, s1) holds a word of praise not right after a negation (one word between: "not a success"). */
function praiseIn(ctx: Ctx, s0: number, s1: number): boolean {
  const praise = eventWords('critic-praise-words');
  const neg = eventWords('critic-praise-negations');
  for (let k = s0; k < s1; k++) {
    if (!praise.has(ctx.low[k]!)) continue;
    if ((k - 1 >= s0 && neg.has(ctx.low[k - 1]!)) || (k - 2 >= s0 && neg.has(ctx.low[k - 2]!))) continue;
    return true;
  }
  return false;
}

/** CRITICIZE copies of the statements in `drafts` whose speakers are critics. */
export function criticsStatements(ctx: Ctx, drafts: Draft[]): Draft[] {
  const critics = eventWords('critic-speakers');
  const saying = eventWords('content-saying');
  const out: Draft[] = [];
  const held = new Set(drafts.filter((x) => x.type === 'CRITICIZE').map((x) => x.sentence));
  const praised = new Set(drafts.filter((x) => x.type === 'PRAISE').map((x) => x.sentence));
  for (const d of drafts) {
    out.push(d);
    if (d.type !== 'STATEMENT' || d.noun || d.passive || held.has(d.sentence) || !saying.has(ctx.low[d.t0]!)) continue;
    const [s0, s1] = ctx.sentRange[d.sentence] ?? [d.t0, d.t1 + 1];
    if (!criticsSpeak(ctx, d, s0, s1, critics) || praised.has(d.sentence) || praiseIn(ctx, s0, s1)) continue;
    // the critics are the speakers: a named agent found for the verb elsewhere in the sentence is no speaker of it
    // ("Acme will raise fees, say opponents")
    d.args.delete('agent');
    const args = new Map<string, string[]>();
    for (const [role, ids] of d.args) args.set(role, [...ids]);
    const copy: Draft = { ...d, type: 'CRITICIZE', args, rule: [...d.rule, 'critics-say'], nestedAt: undefined };
    const about: string[] = [];
    for (const m of ctx.ments.list) {
      if (m.t0 < s0 || m.t1 >= s1 || m.pseudo || !NAMED_PARTY.has(m.type)) continue;
      for (const id of m.ids) if (!about.includes(id)) about.push(id);
    }
    if (about.length) addArg(copy, 'patient', about);
    out.push(copy);
    held.add(d.sentence);
  }
  return out;
}
