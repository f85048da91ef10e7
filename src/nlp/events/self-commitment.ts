// A statement that commits the speaker's own side to a future act is also a PROMISE: "Netanyahu said Israel would
// try again", "Kishida told reporters that the government will take responsibility", "Shoigu said Moscow would not
// take advantage", "the company said it would repay customers". The reported clause opens right after the saying verb
// (or after "that"), its subject is the speaker's side and a future modal follows it:
//  - the speaker itself, or a pronoun or description the light coreference resolved to the speaker;
//  - a subject pronoun fitting the speaker ("he"/"she" for a person, "it" for a body or a state, "we");
//  - an own-side description (data/lexicon/events-words.tsv "own-side-nouns": "the government", "his party");
//  - a state or a capital of the speaker's own country ("Israel" for Netanyahu, "Moscow" for Shoigu; country.ts).
// Not: another party's future ("Biden said Russia would pay a price", "the FDIC said depositors would have access"),
// a predicate of being or having ("said he would be happy", "said it would have to wait"), a quotation's own clause.
import { entityCountry } from './country.js';
import { type Ctx, type Draft } from './context.js';
import { eventWords } from './lexicon.js';
import { gapAdverb } from './words.js';

const MODALS = new Set(['will', 'would', "'ll", 'shall']);
/** Verbs after the modal that predict or describe rather than commit ("would be", "will have to", "would need"). */
const NOT_ACTS = eventWords('self-commitment-not-acts');
/** Nouns a determiner makes the speaker's own side ("the government", "his administration", "the company"). */
const OWN_SIDE = eventWords('own-side-nouns');
const OWN_DET = new Set(['the', 'his', 'her', 'its', 'their', 'our', 'my']);
/** With "the", a state's own-side noun fits a person, a state or a state body; a company's fits an organisation or a person. */
const STATE_NOUNS = eventWords('own-side-state-nouns');
const ORG_NOUNS = eventWords('own-side-org-nouns');
const STATE_ORG_NAMES = eventWords('own-side-state-org-names');

/** Whether "the" + `noun` can stand for the side of one of the speakers `ents`. */
function fitsSpeaker(noun: string, ents: readonly { type: string; name: string }[]): boolean {
  const stateBody = (e: { type: string; name: string }) => e.type === 'ORG' && e.name.toLowerCase().split(/[^a-z]+/).some((w) => STATE_ORG_NAMES.has(w));
  if (STATE_NOUNS.has(noun)) return ents.some((e) => e.type === 'PERSON' || e.type === 'GPE' || stateBody(e));
  if (ORG_NOUNS.has(noun)) return ents.some((e) => (e.type === 'ORG' && !stateBody(e)) || e.type === 'PERSON');
  return true;
}

/** Whether the subject ending right before the modal at `k` stands for the speaker's side; the subject's first token. */
function ownSubject(ctx: Ctx, k: number, speakers: readonly string[]): number | undefined {
  const w = ctx.low[k]!;
  const ents = speakers.map((id) => ctx.ments.byId.get(id)).filter((e) => !!e);
  const mi = ctx.ments.at[k]!;
  if (mi >= 0) {
    const m = ctx.ments.list[mi]!;
    if (m.t1 !== k || m.possessive) return undefined;
    if (m.ids.some((id) => speakers.includes(id))) return m.t0;
    if (m.pseudo === 'PRONOUN') return undefined;
    // a state or its capital, of the speaker's own country
    if (!m.pseudo && m.type === 'GPE') {
      const e = ctx.ments.byId.get(m.ids[0]!);
      const iso = e ? entityCountry(e) : undefined;
      if (iso && ents.some((s) => s.type !== 'GPE' && entityCountry(s) === iso)) return m.t0;
    }
    if (!m.pseudo) return undefined;
  }
  if (w === 'we') return k;
  if ((w === 'he' || w === 'she') && ents.length === 1 && ents[0]!.type === 'PERSON') return k;
  if (w === 'it' && ents.length >= 1 && ents.every((e) => e.type === 'ORG' || e.type === 'GPE')) return k;
  if (OWN_SIDE.has(w) && k > 0 && OWN_DET.has(ctx.low[k - 1]!) && (ctx.low[k - 1] !== 'the' || fitsSpeaker(w, ents))) return k - 1;
  return undefined;
}

/** The token after the reporting verb (and an addressee or a time before "that") where the reported clause opens. */
function clauseStarts(ctx: Ctx, d: Draft, s1: number): number[] {
  const out = [d.t1 + 1];
  for (let k = d.t1 + 1; k < s1 && k <= d.t1 + 8; k++) {
    const w = ctx.low[k]!;
    if (w === 'that') { out.push(k + 1); break; }
    if (w === '.' || w === ';' || w === ':' || ctx.toks[k]!.kind === 'QUOTE' || ctx.stmt[k] || ctx.trig[k]) break;
  }
  return out;
}

/** PROMISE copies of the statements in `drafts` whose reported clause commits the speaker's own side. */
export function selfCommitments(ctx: Ctx, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  // sentences that already hold a PROMISE: a statement there adds none
  const promised = new Set(drafts.filter((p) => p.type === 'PROMISE').map((p) => p.sentence));
  for (const d of drafts) {
    const promise = commitment(ctx, d, promised);
    out.push(d);
    if (promise) out.push(promise);
  }
  return out;
}

function commitment(ctx: Ctx, d: Draft, promised: ReadonlySet<number>): Draft | undefined {
  if (d.type !== 'STATEMENT' || d.noun || d.passive) return undefined;
  const speakers = d.args.get('agent') ?? [];
  if (!speakers.length) return undefined;
  const s1 = ctx.sentRange[d.sentence]?.[1] ?? d.t1 + 1;
  let hit: number | undefined;
  for (const c of clauseStarts(ctx, d, s1)) {
    // the subject: at most four tokens before the modal
    for (let k = c; k < s1 && k <= c + 4 && hit === undefined; k++) {
      if (!MODALS.has(ctx.low[k + 1] ?? '')) continue;
      const first = ownSubject(ctx, k, speakers);
      if (first !== c) continue;
      let v = k + 2;
      while (v < s1 && (ctx.low[v] === 'not' || gapAdverb(ctx.low[v]!) || ctx.toks[v]!.kind === 'QUOTE')) v++;
      if (v >= s1 || ctx.toks[v]!.kind !== 'WORD' || NOT_ACTS.has(ctx.low[v]!)) continue;
      hit = v;
    }
    if (hit !== undefined) break;
  }
  if (hit === undefined || promised.has(d.sentence)) return undefined;
  const args = new Map<string, string[]>();
  for (const [role, ids] of d.args) args.set(role, [...ids]);
  // the committed verb is the promise's trigger ("would provide"), the saying stays the statement's
  return { ...d, type: 'PROMISE', lemma: ctx.low[hit]!, t0: hit, t1: hit, args, rule: [...d.rule, 'self-commitment'], nestedAt: undefined };
}
