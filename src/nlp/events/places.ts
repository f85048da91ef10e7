// Where and when: the nearest date, the nearest place, and every place of a located event's clause.
import { isPlace, type MentionRef } from './mentions.js';
import { ACTOR_HEADS, HARD_PUNCT, HARD_WORDS, REPORTING, ROLE_NOUNS } from './words.js';
import { type Ctx, type Draft, addArg } from './context.js';

export function nearestTime(ctx: Ctx, d: Draft, s0: number, s1: number): number | undefined {
  let best: number | undefined;
  let bestDist = 1e9;
  const times = ctx.doc.times;
  const a = ctx.toks[s0]!.start, b = ctx.toks[s1 - 1]!.end;
  for (let i = 0; i < times.length; i++) {
    const t = times[i]!;
    if (t.start < a || t.end > b) continue;
    if (t.type === 'DURATION' || t.type === 'SET') continue; // "for four years", "every week": not when it happened
    const trig = ctx.toks[d.t0]!;
    const dist = t.start >= trig.end ? t.start - trig.end : trig.start - t.end;
    if (dist < bestDist && dist < 120) { best = i; bestDist = dist; }
  }
  return best;
}

/** A nationality qualifying a person ("German Chancellor Olaf Scholz", "Ukrainian officials", "Russian forces")
 * says whose they are, not where the event happened. */
function qualifiesPerson(ctx: Ctx, m: MentionRef): boolean {
  if (m.pseudo || m.possessive || m.t0 !== m.t1) return false;
  const surface = ctx.doc.text.slice(m.start, m.end);
  if (!/(?:an|ese|ish|ian|i|ch)$/.test(surface) || ctx.ments.byId.get(m.ids[0]!)?.name === surface) return false;
  const n = m.t1 + 1;
  const t = ctx.toks[n];
  if (!t || t.kind !== 'WORD') return false;
  const w = ctx.low[n]!;
  return ROLE_NOUNS.has(w) || ACTOR_HEADS.has(w) || (/^\p{Lu}/u.test(ctx.doc.text.slice(t.start, t.end)) && ctx.ments.at[n]! < 0 && /^[a-z-]+$/.test(w) && w.length > 3);
}

export function nearestPlace(ctx: Ctx, d: Draft, s0: number, s1: number): MentionRef | undefined {
  let best: MentionRef | undefined;
  let bestDist = 1e9;
  for (let k = s0; k < s1; k++) {
    const mi = ctx.ments.at[k]!;
    if (mi < 0) continue;
    const m = ctx.ments.list[mi]!;
    if (m.t0 !== k) continue;
    if (!isPlace(m.type) || qualifiesPerson(ctx, m)) continue;
    const dist = Math.abs(k - d.t0);
    if (dist < bestDist) { best = m; bestDist = dist; }
  }
  return best;
}


/** For events that happen somewhere (disasters, attacks, deaths): every place named in the trigger's
 * clause ("Flash floods in eastern Libya have killed 2,300 people in Derna"). */
export function clausePlaces(ctx: Ctx, d: Draft, s0: number, s1: number): void {
  const stop = (k: number): boolean => {
    const w = ctx.low[k]!;
    return HARD_PUNCT.has(w) || HARD_WORDS.has(w) || REPORTING.has(w);
  };
  for (let k = d.t0 - 1; k >= s0 && k >= d.t0 - 25 && !stop(k); k--) {
    const mi = ctx.ments.at[k]!;
    if (mi < 0) continue;
    const m = ctx.ments.list[mi]!;
    if (isPlace(m.type) && !(m.pseudo === 'PRONOUN') && !qualifiesPerson(ctx, m)) addArg(d, 'location', m.ids.slice(0, 1));
    k = m.t0;
  }
  for (let k = d.t1 + 1; k < s1 && k <= d.t1 + 25 && !stop(k); k++) {
    const mi = ctx.ments.at[k]!;
    if (mi < 0) continue;
    const m = ctx.ments.list[mi]!;
    if (isPlace(m.type) && !(m.pseudo === 'PRONOUN') && !qualifiesPerson(ctx, m)) addArg(d, 'location', m.ids.slice(0, 1));
    k = m.t1;
  }
}
