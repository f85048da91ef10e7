// A document that a participle says was put out ("In a report released on Tuesday, Amnesty said", "In a poll by the
// Central American University published last week, …"): the participle (a PUBLISH or STATEMENT verb right after a
// document noun of data/lexicon/events-words.tsv "published-documents") had an author, written either as "by X" between
// the noun and the participle, or, when the phrase opens the sentence with "In" and has no author of its own, as the
// main clause's subject after the comma (the body that cites its own report). "A report released by X" is the passive
// agent rule's, and a document with another author named in its phrase keeps that author.
import { type Ctx, type Draft, addArg } from './context.js';
import { eventWords } from './lexicon.js';
import { subjectAfterComma } from './fronted-ing.js';

const DOCUMENTS = eventWords('published-documents');
const AUTHOR_VERBS = eventWords('document-author-verbs');
/** Determiners and possessives that may open the document phrase after "In" ("In a report", "In its latest survey"). */
const DOC_DETS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'this', 'that', 'new']);
const TYPES = new Set(['PUBLISH', 'STATEMENT']);
/** Types a document's author may have. */
const AUTHOR_TYPES = new Set(['ORG', 'PERSON', 'GPE']);

export function publishedDocuments(ctx: Ctx, drafts: Draft[], s0: number, s1: number): void {
  for (const d of drafts) {
    if (d.noun || !TYPES.has(d.type) || d.t0 !== d.t1 || (d.args.get('agent')?.length ?? 0) > 0) continue;
    const form = ctx.low[d.t0]!;
    if (!/ed$/.test(form) && !ctx.lex.irregular.has(form)) continue;
    // the author "by X" right before the participle: "a poll by the Central American University published last week"
    const before = d.t0 - 1;
    const mi = ctx.ments.at[before] ?? -1;
    if (mi >= 0) {
      const m = ctx.ments.list[mi]!;
      let b = m.t0 - 1;
      if (ctx.low[b] === 'the') b--;
      if (m.t1 === before && !m.possessive && AUTHOR_TYPES.has(m.type) && ctx.low[b] === 'by' && DOCUMENTS.has(ctx.low[b - 1] ?? '')) {
        addArg(d, 'agent', m.ids); d.rule.push('document-by');
      }
      continue;
    }
    if (!DOCUMENTS.has(ctx.low[before] ?? '')) continue;
    // "In a report released on Tuesday, X said": the phrase opens the sentence with "In", up to two modifiers between
    // the determiner and the noun, no name among them
    let k = before - 1;
    let mods = 0;
    while (k > s0 && mods < 3 && !DOC_DETS.has(ctx.low[k]!) && ctx.toks[k]!.kind === 'WORD' && (ctx.ments.at[k] ?? -1) < 0) { k--; mods++; }
    if (DOC_DETS.has(ctx.low[k]!)) k--;
    if (k !== s0 || ctx.low[k] !== 'in') continue;
    const subj = subjectAfterComma(ctx, d.t1, s1);
    if (subj && authorVerbAfter(ctx, d.t1, s1)) { addArg(d, 'agent', subj); d.rule.push('document-fronted'); }
  }
}

/**
 * The main clause after the document phrase has a verb of saying or finding (data/lexicon/events-words.tsv
 * document-author-verbs), after "has"/"had"/"also" or an adverb in -ly: "In a report released on Tuesday, Amnesty
 * said", "…, the IMF has warned". Not any verb: "In a poll published on Sunday, Labour led the Conservatives", "…,
 * Nigeria was ranked" name no author.
 */
function authorVerbAfter(ctx: Ctx, t: number, s1: number): boolean {
  let c = t + 1;
  while (c < s1 && ctx.low[c] !== ',') c++;
  let k = c + 1;
  if (ctx.low[k] === 'the') k++;
  const mi = ctx.ments.at[k] ?? -1;
  if (mi < 0) return false;
  let v = ctx.ments.list[mi]!.t1 + 1;
  while (v < s1 && (/^(has|have|had|also|again|further|previously)$/.test(ctx.low[v]!) || /[a-z]{3,}ly$/.test(ctx.low[v]!))) v++;
  return v < s1 && AUTHOR_VERBS.has(ctx.low[v]!);
}
