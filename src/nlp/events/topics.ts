// A reaction whose object is another event names that event's parties: "condemned the arrest of Ekrem Imamoglu" is
// criticism about Imamoglu, "demanded the resignation of Sheikh Hasina" a demand on Hasina, "welcomed the release of
// the hostages by Hamas" praise of Hamas. The reaction takes the participants of the event noun it governs as its
// patient. Only when the noun is its direct object (determiners, "of" and lower-case modifiers between them: "called
// for the immediate release of", "condemnation of the killing of"), not a noun further on ("condemned the visit, and
// the arrest of …") nor an event in a clause of its own.
import { type Ctx, type Draft, addArg } from './context.js';
import { AUX } from './words.js';

/** Types that react to an event named as their object. */
const TOPIC_REACTIONS = new Set(['CRITICIZE', 'PRAISE', 'DEMAND', 'APPEAL', 'REJECT', 'PROTEST', 'INVESTIGATE']);
/** Reactions that look into an event where it happened: "investigating the death of a tourist in Spain" is in Spain. */
const PLACED_TOPICS = new Set(['INVESTIGATE']);
const PLACE_ROLES = ['location'];
/** Roles of the governed event that name its parties (places and times stay its own). */
const PARTY_ROLES = ['agent', 'patient', 'partner'];
/** Most tokens between the reaction's trigger and the event noun ("the immediate and unconditional release"). */
const MAX_GAP = 5;

/** Whether the words between the reaction and the noun are only a determiner, "of" and lower-case modifiers. */
function plainObject(ctx: Ctx, from: number, to: number): boolean {
  if (to - from > MAX_GAP) return false;
  for (let k = from; k < to; k++) {
    const w = ctx.low[k]!;
    if (ctx.toks[k]!.kind !== 'WORD' || ctx.ments.at[k]! >= 0 || ctx.trig[k] || AUX.has(w)) return false;
    if (w !== 'of' && ctx.lex.roles.has(w)) return false;
    if (!/^[a-z-]+$/.test(ctx.doc.text.slice(ctx.toks[k]!.start, ctx.toks[k]!.end))) return false;
  }
  return true;
}

/** Gives each reaction of the sentence the parties of the event noun it takes as object (drafts in text order). */
export function reactionTopics(ctx: Ctx, drafts: Draft[]): void {
  for (const d of drafts) {
    if (!TOPIC_REACTIONS.has(d.type)) continue;
    let s: Draft | undefined;
    for (const q of drafts) if (q.noun && q.t0 > d.t1 && (!s || q.t0 < s.t0)) s = q;
    if (!s || TOPIC_REACTIONS.has(s.type) || s.type === 'STATEMENT' || !plainObject(ctx, d.t1 + 1, s.t0)) continue;
    const own = new Set([...d.args.values()].flat());
    const ids: string[] = [];
    for (const role of PARTY_ROLES) for (const id of s.args.get(role) ?? []) if (!own.has(id) && !ids.includes(id)) ids.push(id);
    const places = PLACED_TOPICS.has(d.type) && !d.args.get('location')?.length ? PLACE_ROLES.flatMap((r) => s.args.get(r) ?? []) : [];
    if (!ids.length && !places.length) continue;
    if (ids.length) addArg(d, 'patient', ids);
    if (places.length) addArg(d, 'location', places);
    d.rule.push('topic-event:' + s.type);
  }
}

/** Words that may stand between the coordinator and the verb ("and also urged", "but later rejected"). */
const COORD_ADVERBS = new Set(['also', 'then', 'later', 'again', 'still', 'further']);

/** Past forms of saying ("said", "told"). */
const SAID_PAST = new Set(['said', 'told', 'added', 'stated', 'announced', 'declared', 'insisted', 'argued', 'warned', 'noted']);
/** Auxiliaries that mark the reported clause's own verb ("had lost", "was working", "would help"). */
const CLAUSE_AUX = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'would', 'will', 'could', 'can', 'may', 'might', 'should']);
/** Whether a bare past after the coordinator ("… and called for", "… and pledged") goes with a past verb of saying
 * rather than with the reported clause, whose verb has an auxiliary: "X said the government had lost control and called
 * for an early election", "X said the airline was working with Boeing and apologized". Not "X says China is worried and
 * has asked Malaysia" (an auxiliary before the verb too), nor "X said the army stormed the camp and arrested 30" (the
 * clause's verb a bare past as well). */
function pastBesideSaying(ctx: Ctx, p: Draft, d: Draft, coord: number): boolean {
  if (!SAID_PAST.has(ctx.low[p.t0]!) || !/[a-z]{2,}ed$/.test(ctx.low[d.t0]!) && !ctx.lex.irregular.has(ctx.low[d.t0]!)) return false;
  for (let q = coord + 1; q < d.t0; q++) if (!COORD_ADVERBS.has(ctx.low[q]!)) return false;
  for (let q = p.t1 + 1; q < coord; q++) if (CLAUSE_AUX.has(ctx.low[q]!)) return true;
  return false;
}

/** A speech act coordinated with an earlier reporting verb shares its speaker when the reported clause between them gave
 * it none: "Amnesty said the trial was unfair and demanded the release of the activists", "The Kremlin said the talks
 * were useful but rejected the proposal". Only verbs of saying (a reported clause's own verbs, "X said the army stormed
 * the camp and arrested 30", keep their own subject) in an inflected form after "and"/"but". */
export function coordinatedSpeakers(ctx: Ctx, drafts: Draft[], sayingTypes: ReadonlySet<string>): void {
  for (let n = 1; n < drafts.length; n++) {
    const d = drafts[n]!;
    // (an agent the reported clause's first name lent it is replaced when the tenses show the verb goes with the saying:
    // see pastBesideSaying)
    const lent = d.rule.includes('coordinated-verb');
    if (d.noun || d.passive || !sayingTypes.has(d.type) || (d.args.get('agent')?.length && !lent) || ctx.low[d.t0] === d.lemma) continue;
    let k = d.t0 - 1;
    while (k > 0 && COORD_ADVERBS.has(ctx.low[k]!)) k--;
    if (ctx.low[k] !== 'and' && ctx.low[k] !== 'but') continue;
    let p: Draft | undefined;
    for (let j = n - 1; j >= 0; j--) {
      const q = drafts[j]!;
      if (q.sentence !== d.sentence || q.noun || q.passive || q.t0 >= k) continue;
      if (q.type === 'STATEMENT' || sayingTypes.has(q.type)) p = q;
    }
    const agent = p?.args.get('agent');
    if (!agent?.length) continue;
    if (lent) {
      if (!pastBesideSaying(ctx, p!, d, k)) continue;
      // a person the reported clause names keeps a verb that is not itself one of saying ("The Vatican said Pope Francis
      // had slept well and thanked well-wishers": Francis thanked them)
      const personLent = (d.args.get('agent') ?? []).every((id) => ctx.ments.byId.get(id)?.type === 'PERSON');
      if (personLent && !SAID_PAST.has(ctx.low[d.t0]!)) continue;
      d.args.delete('agent');
    }
    addArg(d, 'agent', agent);
    d.rule.push('coordinated-speaker');
  }
}
