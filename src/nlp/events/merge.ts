// Merging repeats of one event and family inheritance of participants.
import { PLACE_ROLES } from './words.js';
import { type Ctx, type Draft, hard, addArg } from './context.js';

export const PARTICIPANT_ROLES = ['agent', 'patient', 'partner', 'origin', 'destination', 'location', 'theme', 'instrument'];
export const hasParticipants = (d: Draft): boolean => PARTICIPANT_ROLES.some((r) => (d.args.get(r)?.length ?? 0) > 0);

export function mergeInto(a: Draft, b: Draft, why: string): void {
  for (const [role, ids] of b.args) addArg(a, role, ids);
  if (a.time === undefined && b.time !== undefined) a.time = b.time;
  if (!a.rule.includes(why)) a.rule.push(why);
  if (a.type === 'MATCH') sidesNotPlaces(a, b);
}

/** A match merged from two mentions keeps no side as its place: "Spain will face Germany in the quarter-finals" —
 * the noun's sentence-place fallback took Spain, which the verb names as a side. A side called the host keeps it
 * (either mention's "place-is-host"). */
function sidesNotPlaces(a: Draft, b: Draft): void {
  const loc = a.args.get('location');
  if (!loc?.length || a.rule.includes('place-is-host') || b.rule.includes('place-is-host')) return;
  const sides = new Set(['agent', 'partner', 'patient'].flatMap((r) => a.args.get(r) ?? []));
  const kept = loc.filter((id) => !sides.has(id));
  if (kept.length === loc.length) return;
  if (kept.length) a.args.set('location', kept); else a.args.delete('location');
  a.rule.push('merged-place-is-side');
}

/** Prepositions that make a statement noun the occasion of its sentence's saying: "In a statement, Boeing said",
 * "Speaking at a news conference, Erdogan said", "During a televised speech, Putin warned". */
const FRAME_PREPS = new Set(['in', 'at', 'during']);
const FRAME_DETS = new Set(['a', 'an', 'its', 'their', 'his', 'her', 'the', 'this']);
/** A statement noun after a framing preposition, a determiner and at most two plain modifiers ("at a joint news
 * conference", "in a televised address", "during his weekly briefing"). */
function framedNoun(ctx: Ctx, d: Draft): boolean {
  let k = d.t0 - 1;
  for (let n = 0; n < 2 && k >= 0 && !FRAME_DETS.has(ctx.low[k]!) && !FRAME_PREPS.has(ctx.low[k]!) && ctx.ments.at[k]! < 0 && !ctx.trig[k]
    && ctx.toks[k]!.kind === 'WORD' && /^[a-z-]+$/.test(ctx.low[k]!); n++) k--;
  if (k >= 0 && FRAME_DETS.has(ctx.low[k]!)) k--;
  return k >= 0 && FRAME_PREPS.has(ctx.low[k]!) && (k === d.t0 - 1 || FRAME_DETS.has(ctx.low[k + 1]!));
}

/** Whether two statements name speakers and share none of them. */
function otherSpeaker(a: Draft, b: Draft): boolean {
  const x = a.args.get('agent') ?? [], y = b.args.get('agent') ?? [];
  return x.length > 0 && y.length > 0 && !x.some((id) => y.includes(id));
}

/** Merges same-type triggers in one clause ("delivered ... aid") and definite repeats of the same noun
 * in a paragraph ("the summit ... the summit"). */
export function merge(ctx: Ctx, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  // "In a statement, Boeing said …": the statement noun is the saying of its sentence's statement verb
  const inStatement = new Set<Draft>();
  for (const d of drafts) {
    if (d.type !== 'STATEMENT' || !d.noun) continue;
    if (!framedNoun(ctx, d)) continue;
    const verb = drafts.find((x) => x !== d && x.type === 'STATEMENT' && !x.noun && x.sentence === d.sentence);
    // "During the speech by Putin, Zelensky said": a noun with a speaker of its own, none of the verb's, is another saying
    if (verb && otherSpeaker(d, verb)) continue;
    if (verb) { mergeInto(verb, d, 'merged'); inStatement.add(d); }
  }
  for (const d of drafts) {
    if (inStatement.has(d)) continue;
    let target: Draft | undefined;
    for (let j = out.length - 1; j >= 0 && j >= out.length - 40; j--) {
      const p = out[j]!;
      if (p.paragraph !== d.paragraph) break;
      if (p.type !== d.type) continue;
      if (p.sentence === d.sentence && d.t0 - p.t1 <= 8 && d.type !== 'STATEMENT') {
        let clean = true;
        for (let k = p.t1 + 1; k < d.t0; k++) if (hard(ctx, k)) { clean = false; break; }
        if (clean) { target = p; break; }
      }
      if (d.noun && d.definite && p.lemma === d.lemma && !otherDate(ctx, d, p)) { target = p; break; }
    }
    if (target) mergeInto(target, d, 'merged');
    else out.push(d);
  }
  return out;
}

/** Events with no participants inherit them from the last event of the same family ("the sentencing
 * hearing" after "convicted Bankman-Fried"; a death toll after "floods in Derna"), unless the two are of one type and dated apart. */
export function inherit(ctx: Ctx, drafts: Draft[]): void {
  const last = new Map<string, Draft>();
  for (const d of drafts) {
    const fam = ctx.lex.types.get(d.type)?.family;
    if (!fam) continue;
    if (!hasParticipants(d)) {
      const src = last.get(fam + ':patient') ?? last.get(fam);
      // (an event of the same type dated otherwise is another one: "Biden met Xi on Monday. The meeting on Thursday will
      // focus on trade"; the next step of a sequence keeps its own date: a sentencing weeks after the conviction)
      if (src && d.sentence - src.sentence <= (fam === 'court' ? 10 : 4) && !(src.type === d.type && otherDate(ctx, d, src))) {
        for (const [role, ids] of src.args) {
          if (fam === 'disaster' && !PLACE_ROLES.has(role)) continue;
          addArg(d, role, ids);
        }
        d.rule.push('inherit:' + src.type);
      }
    } else {
      last.set(fam, d);
      if (d.args.get('patient')?.length) last.set(fam + ':patient', d);
    }
  }
}

/** Whether two events are dated, and on different dates (their normalised values differ, neither is only a duration). */
function otherDate(ctx: Ctx, a: Draft, b: Draft): boolean {
  if (a.time === undefined || b.time === undefined) return false;
  const x = ctx.doc.times[a.time], y = ctx.doc.times[b.time];
  if (!x || !y || !x.value || !y.value) return false;
  return x.value !== y.value && !x.value.startsWith(y.value) && !y.value.startsWith(x.value);
}

/** Roles that say who took part, not where: what a definite repeat takes over from its antecedent. */
const WHO_ROLES = ['agent', 'partner', 'patient'];
/** Talks are a meeting and, about something, a negotiation: "the talks" repeats either. */
const TALKS = new Set(['MEET', 'NEGOTIATE']);
/** How many sentences back a definite event noun looks for the event it repeats. */
const DEFINITE_REACH = 8;

/** "Zelensky met Duda in Kyiv on Tuesday. … The talks focused on grain": a definite event noun ("the talks", "the
 * meeting", "the deal", "this visit") that names nobody refers back to the latest earlier event of its type, across
 * paragraphs, and takes its participants (and its places when it has none of its own or only the report's fallback).
 * Only within a few sentences, only from an antecedent with a named agent or partner, never for statements (each
 * saying has its own speaker); an indefinite noun ("a meeting") is a new event and takes nothing. */
export function definiteRepeats(ctx: Ctx, drafts: Draft[]): void {
  for (let n = 0; n < drafts.length; n++) {
    const d = drafts[n]!;
    if (!d.noun || !d.definite || d.type === 'STATEMENT') continue;
    if (WHO_ROLES.some((r) => d.args.get(r)?.length)) { complementaryRepeat(ctx, drafts, n); continue; }
    let src: Draft | undefined;
    for (let j = n - 1; j >= 0; j--) {
      const p = drafts[j]!;
      if (d.sentence - p.sentence > DEFINITE_REACH) break;
      if (p.type !== d.type && !(TALKS.has(p.type) && TALKS.has(d.type))) continue;
      // "Biden met Xi on Monday. … The meeting on Thursday": dated otherwise, it is another meeting, and an older one is
      // not sought past it
      if (otherDate(ctx, d, p)) break;
      if (p.args.get('agent')?.length || p.args.get('partner')?.length) { src = p; break; }
    }
    if (!src) continue;
    for (const r of WHO_ROLES) { const ids = src.args.get(r); if (ids?.length) addArg(d, r, ids); }
    const fallback = d.rule.includes('place:document') || d.rule.includes('place:dateline');
    const ownPlace = [...PLACE_ROLES].some((r) => d.args.get(r)?.length) && !fallback;
    if (!ownPlace) {
      if (fallback) d.args.delete('location');
      for (const r of PLACE_ROLES) { const ids = src.args.get(r); if (ids?.length) addArg(d, r, ids); }
    }
    d.rule.push('definite-repeat:' + src.type);
  }
}

/** "Holmes has been sentenced to 11 years. Judge Davila handed down the sentence": a definite event noun that names only
 * who did it, right after a passive verb of its type that names only who underwent it, is that event: each takes the
 * other's side. Only for the nearest earlier event of the type, within two sentences, no name shared; not for talks or
 * statements (each has its own parties). */
function complementaryRepeat(ctx: Ctx, drafts: Draft[], n: number): void {
  const d = drafts[n]!;
  const sides = (x: Draft) => WHO_ROLES.filter((r) => x.args.get(r)?.length);
  const own = sides(d);
  if (own.length !== 1 || TALKS.has(d.type)) return;
  for (let j = n - 1; j >= 0; j--) {
    const p = drafts[j]!;
    if (d.sentence - p.sentence > 2) return;
    if (p.type !== d.type || p.sentence === d.sentence) continue;
    if (otherDate(ctx, d, p)) return;
    const theirs = sides(p);
    if (!p.passive || p.noun || own[0] !== 'agent' || theirs.length !== 1 || theirs[0] !== 'patient') return;
    const mine = new Set(d.args.get(own[0]!)!);
    if (p.args.get(theirs[0]!)!.some((id) => mine.has(id))) return;
    addArg(d, theirs[0]!, p.args.get(theirs[0]!)!);
    addArg(p, own[0]!, d.args.get(own[0]!)!);
    d.rule.push('complementary-repeat:' + p.type);
    p.rule.push('complementary-repeat:' + d.type);
    return;
  }
}
