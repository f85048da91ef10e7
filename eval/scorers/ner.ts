// NER precision / recall / F1 (CoNLL-style exact spans) on wikigold and the GUM news documents.
//
// Type mapping, corpus → ours:   PER → PERSON;  ORG → ORG;  LOC → GPE | LOC | FAC;  MISC → NORP | EVENT | OTHER | WEAPON |
// VEHICLE, and adjectival country mentions (demonyms such as "Russian", which the corpora tag MISC and we attach to
// the country). Role descriptions ("the North Korean leader") are not names and are left out.
// Corpus preparation (GUM spans from entity annotation, MEANTIME not scored here) is in scripts/ner/corpora.ts.
//
// The tagger is trained on the train split of wikigold + GUM news and interviews (scripts/train-ner.ts); every table here
// that involves the tagger is computed on held-out documents only (20% of wikigold documents, 25% of GUM news).
// The "rules + KB, no tagger" rows use no trained component, so they are also given on the full corpora.
import { join } from 'node:path';
import type { EntityType } from '../../src/core/types.js';
import { newDoc } from '../../src/nlp/doc.js';
import { recognizeEntities } from '../../src/nlp/entities/index.js';
import { getKb } from '../../src/kb/load.js';
import { defaultTagger, kbTags, LABELS, setEntityTagger } from '../../src/nlp/entities/tagger.js';
import { nerSplits, readGum, readWikigold, type NerDoc } from '../../scripts/ner/corpora.js';
import { bioSpans, table, tally, type Tally } from '../../scripts/ner/metrics.js';
import { cuesOf, lowerSeenOf, tagToks } from '../../scripts/train-ner.js';

export function ourTypeToConll(t: EntityType, rule?: string): string {
  if (rule === 'kb-demonym') return 'MISC';
  switch (t) {
    case 'PERSON': return 'PER';
    case 'ORG': return 'ORG';
    case 'GPE': case 'LOC': case 'FAC': return 'LOC';
    default: return 'MISC';
  }
}

/**
 * Runs the entities stage over a corpus document → BIO per sentence. The text is rebuilt one sentence per line, tokens
 * joined by spaces except around a hyphen the corpus records as written without them (GUM SpaceAfter=No: "Lee
 * Cheuk-yan", not "Lee Cheuk - yan", which no report prints). Other SpaceAfter=No marks are not followed: some GUM news
 * documents carry them between ordinary words.
 */
export function stageLabels(d: NerDoc): string[][] {
  let text = '';
  const offs: { s: number; e: number }[][] = [];
  const sentences: { start: number; end: number }[] = [];
  for (const se of d.sents) {
    const start = text.length; const o: { s: number; e: number }[] = [];
    se.toks.forEach((t, i) => { if (i && !(se.glue?.[i - 1] && (t === '-' || se.toks[i - 1] === '-'))) text += ' '; o.push({ s: text.length, e: text.length + t.length }); text += t; });
    sentences.push({ start, end: text.length });
    offs.push(o); text += '\n';
  }
  const doc = newDoc({ id: d.id, text, language: 'en' });
  doc.sentences = sentences;
  const ents = recognizeEntities(doc);
  const startAt = new Map<number, [number, number]>(); const endAt = new Map<number, [number, number]>();
  offs.forEach((o, si) => o.forEach((x, ti) => { startAt.set(x.s, [si, ti]); endAt.set(x.e, [si, ti]); }));
  const out = d.sents.map((s) => s.toks.map(() => 'O'));
  // CoNLL spans do not nest: an outer mention wins over one inside it ("US Army" over its "US"), whatever the
  // order of the entities. A role-holder mention ("the North Korean leader" for Kim Jong Un) is no name and is never
  // labelled, so it hides nothing nested in it ("North Korean"): it is left out before the outer-wins check.
  const all = ents.flatMap((e) => e.mentions.filter((m) => m.rule !== 'role-holder').map((m) => ({ e, m })));
  const nested = (x: { m: { start: number; end: number } }) => all.some((y) => y.m !== x.m && y.m.start <= x.m.start && x.m.end <= y.m.end && y.m.end - y.m.start > x.m.end - x.m.start);
  for (const { e, m } of all) {
    if (nested({ m })) continue;
    const a = startAt.get(m.start), b = endAt.get(m.end);
    const ty = ourTypeToConll(e.type, m.rule);
    if (!a || !b || a[0] !== b[0]) { out.push(['B-' + ty]); continue; } // unalignable: a false positive
    const row = out[a[0]]!;
    if (row.slice(a[1], b[1] + 1).some((l) => l !== 'O')) continue;
    for (let k = a[1]; k <= b[1]; k++) row[k] = (k === a[1] ? 'B-' : 'I-') + ty;
  }
  return out;
}

/**
 * NER_VERBOSE=1: every stage error on the dev splits, one line each, classed as TYPE (same span, other type), SPAN
 * (overlapping spans), FP (nothing in the gold overlaps) or FN (nothing predicted overlaps), with the sentence.
 */
function printErrors(d: NerDoc, gold: readonly string[], pred: readonly string[], toks: readonly string[]): void {
  const g = bioSpans(gold), p = bioSpans(pred);
  const txt = (x: { s: number; e: number }) => toks.slice(x.s, x.e).join(' ');
  const same = (a: { s: number; e: number; ty: string }, b: { s: number; e: number; ty: string }) => a.s === b.s && a.e === b.e && a.ty === b.ty;
  const over = (a: { s: number; e: number }, b: { s: number; e: number }) => a.s < b.e && b.s < a.e;
  const ctx = toks.join(' ').slice(0, 220);
  const done = new Set<object>();
  for (const x of p) {
    if (g.some((y) => same(x, y))) continue;
    const o = g.filter((y) => over(x, y) && !p.some((z) => same(z, y)));
    if (o.length) {
      for (const y of o) done.add(y);
      const kind = o.length === 1 && o[0]!.s === x.s && o[0]!.e === x.e ? 'TYPE' : 'SPAN';
      console.log(`ERR ${kind}\t${d.id}\tpred ${x.ty} [${txt(x)}]\tgold ${o.map((y) => `${y.ty} [${txt(y)}]`).join(' ')}\t| ${ctx}`);
    } else console.log(`ERR FP\t${d.id}\tpred ${x.ty} [${txt(x)}]\t\t| ${ctx}`);
  }
  for (const y of g) if (!done.has(y) && !p.some((z) => same(z, y)) && !p.some((z) => over(z, y))) console.log(`ERR FN\t${d.id}\t\tgold ${y.ty} [${txt(y)}]\t| ${ctx}`);
}

function scoreStage(docs: NerDoc[], verbose = false): Tally {
  const t: Tally = new Map();
  for (const d of docs) {
    const pred = stageLabels(d);
    d.sents.forEach((s, i) => { tally(t, s.labels, pred[i]!); if (verbose) printErrors(d, s.labels, pred[i]!, s.toks); });
    for (let k = d.sents.length; k < pred.length; k++) tally(t, ['O'], pred[k]!);
  }
  return t;
}

function scoreTagger(docs: NerDoc[]): Tally {
  const p = defaultTagger();
  const t: Tally = new Map();
  if (!p) return t;
  for (const d of docs) {
    const seen = lowerSeenOf(d); const cues = cuesOf(d);
    for (const s of d.sents) { const toks = tagToks(s.toks); tally(t, s.labels, Array.from(p.tag(toks, seen, kbTags(toks, getKb()), cues), (l) => LABELS[l]!)); }
  }
  return t;
}

export default async function run(shared: string): Promise<void> {
  const corpora = join(shared, 'corpora');
  const { devWikigold, devGum } = nerSplits(corpora);
  console.log('NER, CoNLL exact-span P/R/F1. Types: PER=PERSON, ORG=ORG, LOC=GPE|LOC|FAC, MISC=NORP|EVENT|OTHER|demonyms.');
  const verbose = process.env.NER_VERBOSE === '1';
  console.log(table('wikigold dev (held out, 20% of docs): entities stage', scoreStage(devWikigold, verbose)));
  console.log(table('wikigold dev: tagger alone', scoreTagger(devWikigold)));
  console.log(table('GUM news dev (held out, 25% of docs): entities stage', scoreStage(devGum, verbose)));
  console.log(table('GUM news dev: tagger alone', scoreTagger(devGum)));
  setEntityTagger(null);
  try {
    console.log(table('wikigold, all docs: rules + KB, no tagger', scoreStage(readWikigold(join(corpora, 'wikigold')))));
    console.log(table('GUM news, all docs: rules + KB, no tagger', scoreStage(readGum(join(corpora, 'gum-news')))));
  } finally { setEntityTagger(undefined); }
}
