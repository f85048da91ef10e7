// A body reporting about itself: "The chipmaker said revenue rose 200%", "Tesla said quarterly profit fell 44%", "The
// company laid off 12,000 workers, Google said". An event with no agent in the words a named organisation reports, whose
// subject is a bare figure of accounts ("revenue", "quarterly profit", "its sales") or an unresolved description of a
// business ("the company", "the firm"), is the reporting body's own.
import { AUX, BE } from './words.js';
import { type Ctx, type Draft, addArg } from './context.js';
import { reportedLinks } from './foreign.js';
import { lemmaCandidates } from './lemma.js';
import { SPEECH_ACTS } from './triggers.js';
import { isOutletKind } from '../claims/sources.js';

/** Figures of a company's accounts that name no owner of their own. */
const ACCOUNTS = new Set(['revenue', 'revenues', 'profit', 'profits', 'sales', 'earnings', 'income', 'loss', 'losses', 'turnover', 'margin',
  'margins', 'ebitda', 'output', 'deliveries', 'shipments', 'orders', 'bookings']);
/** Descriptions of a business that may stand for the body reporting. */
const BUSINESS = new Set(['company', 'firm', 'group', 'carmaker', 'automaker', 'airline', 'retailer', 'lender', 'insurer', 'chipmaker',
  'drugmaker', 'manufacturer', 'bank', 'giant', 'operator', 'maker']);
/** Descriptions that name a kind of business the speaker must itself be ("the bank" after "Deutsche Bank said"). */
const KIND_WORDS = new Set(['group', 'bank']);

/** Whether a speaker is a business that "the <head>" (or a bare figure of accounts) may stand for: a company of the
 * knowledge base, or an organisation of unknown kind whose own name holds "group"/"bank" when those are the head ("The
 * World Bank said the company had laid off 5,000 workers": the World Bank is no business). */
function business(ctx: Ctx, id: string, head: string): boolean {
  const e = ctx.ments.byId.get(id);
  if (!e || e.type !== 'ORG') return false;
  if (e.kind) return e.kind === 'COMPANY';
  if (KIND_WORDS.has(head)) return (e.name ?? '').toLowerCase().split(/[\s-]+/).includes(head);
  return true;
}

/** Words that may stand between "the"/"its" and a figure: periods and kinds of figure ("quarterly net profit"). */
const FIGURE_MODS = new Set(['quarterly', 'annual', 'net', 'gross', 'operating', 'underlying', 'adjusted', 'pre-tax', 'pretax', 'full-year',
  'first-quarter', 'second-quarter', 'third-quarter', 'fourth-quarter', 'half-year', 'first-half', 'second-half', 'total', 'global',
  'its', 'the', 'overall', 'core', 'monthly', 'weekly']);

/** The token where a verb trigger's subject ends (auxiliaries and adverbs skipped), or -1. */
function subjectEnd(ctx: Ctx, d: Draft, s0: number): number {
  let k = d.t0 - 1;
  while (k >= s0 && (AUX.has(ctx.low[k]!) || /^[a-z]+ly$/.test(ctx.low[k]!))) k--;
  return k >= s0 ? k : -1;
}

/** Whether the phrase ending at k is a bare figure of accounts ("quarterly profit", "its revenue") or an unnamed
 * business ("the company"), opening its clause. */
function ownerless(ctx: Ctx, k: number, s0: number): boolean {
  if (k < s0 || ctx.ments.at[k]! >= 0) return false;
  const head = ctx.low[k]!;
  let q = k - 1;
  if (ACCOUNTS.has(head)) while (q >= s0 && q >= k - 3 && ctx.ments.at[q]! < 0 && FIGURE_MODS.has(ctx.low[q]!)) q--;
  else if (BUSINESS.has(head) && ctx.low[q] === 'the') q--;
  else return false;
  // the phrase opens what was said: the start of the sentence, "that", or the reporting verb right before it
  const w = q >= s0 ? ctx.low[q]! : '';
  return q < s0 || w === 'that' || w === ',' || w === '"' || w === '“' || ctx.stmt[q] === 1;
}

/** Applies the rule to every draft with no agent, from the statements of its own sentence. */
export function reportedOwner(ctx: Ctx, drafts: Draft[]): void {
  for (const d of drafts) {
    if (d.type === 'STATEMENT' || d.passive || d.args.get('agent')?.length) continue;
    const range = ctx.sentRange[d.sentence];
    if (!range) continue;
    const s0 = range[0];
    // the noun is its own subject ("Tesla said quarterly profit fell": the trigger is "profit")
    const end = d.noun ? d.t0 : subjectEnd(ctx, d, s0);
    const subject = ownerless(ctx, end, s0);
    if (!subject) continue;
    // the statement of its sentence: before it ("X said revenue rose") or after a comma ("…, Google said")
    const st = drafts.find((s) => s.type === 'STATEMENT' && !s.noun && s.sentence === d.sentence && (s.t1 < d.t0 || (s.t0 > d.t1 && ctx.low[s.t0 - 1] !== undefined && isParenthetical(ctx, s))));
    const speaker = (st?.args.get('agent') ?? []).filter((id) => business(ctx, id, ctx.low[end]!));
    if (!speaker.length || (st!.args.get('agent') ?? []).length !== speaker.length) continue;
    addArg(d, 'agent', speaker);
    d.rule.push('reported-owner');
  }
}

/** ", Google said", ", the company said": a reporting verb after a comma and its subject. */
function isParenthetical(ctx: Ctx, s: Draft): boolean {
  for (let k = s.t0 - 1; k >= 0 && k >= s.t0 - 5; k--) if (ctx.low[k] === ',') return true;
  return false;
}

/** The named body an agentless event is reported by ("More than 560 people were injured, the coordination group
 * reported", "At least four people have died, the sheriff's office said", "Classes are suspended, Malacañang announced")
 * is where the report places it: the source of the smallest claim holding the trigger joins the event as its `source`,
 * when that source is an organisation or a state body (or an official speaking in office), its cue is a reporting verb (events-source-cues.txt), and the
 * event has no agent of its own. A body reacting to the event is none ("NATO condemned the attack on the convoy"), nor
 * one that judges an event noun its words open with a copula ("The leader of the Labour Party said the vote was
 * rigged"; a cue after the event still reports it), nor a reporter of an event a speech act takes as its object ("NATO condemned the attack, the ministry
 * said"). Statements and their kin are left alone (their speaker is the agent); outlets and news agencies are no
 * source here. */
export function reportedSource(ctx: Ctx, drafts: Draft[], saying: ReadonlySet<string>): void {
  for (const d of drafts) {
    if (d.type === 'STATEMENT' || saying.has(d.type) || d.args.get('agent')?.length) continue;
    if (reactedTo(ctx, d, drafts)) continue;
    const b = ctx.toks[d.t1]!.end;
    // a cue before the event ("the ministry said three people were killed") reports it, unless the event noun is the
    // subject of a copula: the speaker then judges it ("the Labour Party said the vote was rigged")
    const judged = d.noun && BE.has(ctx.low[d.t1 + 1] ?? '');
    // (a person speaking in office is the body's voice: "Classes are suspended, presidential spokesman Salvador Panelo
    // announced", "more than 1.8 million vaccinators had been deployed, the agency's executive director, Dr Faisal
    // Shuaib, told PUNCH"; a person with no office, "John Smith said", is no source)
    const ids = reportedLinks(ctx, d).filter((l) => !!l.cueSpan && (l.cueSpan.start >= b || !judged) && reportingCue(ctx, l.cue))
      .filter((l) => { const e = ctx.ments.byId.get(l.entity!); return !!e && (e.type === 'ORG' || (e.type === 'PERSON' && l.kind === 'OFFICIAL')) && !isOutletKind(e.kind) /* an outlet is a report's messenger, no party ("…, a source told Arab News") */; })
      .map((l) => l.entity!);
    if (!ids.length) continue;
    const have = new Set([...d.args.values()].flat());
    const add = ids.filter((id) => !have.has(id));
    if (!add.length) continue;
    addArg(d, 'source', add);
    d.rule.push('reported-source');
  }
}

/** Whether an attribution cue ("said", "has reported", "told reporters") holds a reporting verb of the list. */
function reportingCue(ctx: Ctx, cue: string): boolean {
  for (const w of cue.toLowerCase().split(/[^a-z]+/)) {
    if (!w) continue;
    for (const c of lemmaCandidates(w, ctx.lex.irregular)) if (ctx.lex.sourceCues.has(c.lemma)) return true;
  }
  return false;
}

/** The trigger is what a speech act of its sentence acts on: it follows the act's trigger within six tokens, with no
 * clause break between ("condemned the attack on the convoy", "praised the rescue"). */
function reactedTo(ctx: Ctx, d: Draft, drafts: Draft[]): boolean {
  return drafts.some((s) => {
    if (s === d || s.sentence !== d.sentence || !SPEECH_ACTS.has(s.type) || s.t1 >= d.t0 || d.t0 - s.t1 > 6) return false;
    for (let k = s.t1 + 1; k < d.t0; k++) if (ctx.low[k] === ',' || ctx.low[k] === ';' || ctx.low[k] === 'that' || ctx.low[k] === '.') return false;
    return true;
  });
}
