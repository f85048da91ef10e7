// Event participants against MEANTIME's HAS_PARTICIPANT links (English, intra-document annotation,
// CC BY 4.0). The text is rebuilt from the corpus tokens, analysed by the whole pipeline, and:
//  - triggers: a gold event mention (one with at least one participant link) is found when a system
//    trigger overlaps its tokens; trigger precision counts system events overlapping any gold event mention;
//  - participants: a gold link (event mention → entity mention) is recovered when a system event whose
//    trigger overlaps the event mention has an argument entity with a mention overlapping the target;
//    targets are matched through MEANTIME's coreference (any mention of the same instance, REFERS_TO);
//    recall over all links, over links to named instances (one NAM/PRE.NAM mention: our args hold named entities), and
//    over named links of found events; precision over the (event, argument entity) pairs of system events
//    that overlap a gold event mention.
// Usage: node dist/eval/scorers/events-meantime.js [--verbose] (or through npm run eval).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sharedDir } from '../../src/core/shared.js';
import type { Analysis } from '../../src/core/types.js';

interface Tok { id: string; sentence: number; text: string; start: number; end: number }
interface Markable { id: string; kind: 'ENTITY' | 'EVENT'; syn?: string; toks: string[]; start: number; end: number; sentence: number }
interface Link { source: string; target: string; role: string }
export interface MeantimeDoc {
  name: string; text: string; created?: string; toks: Tok[]; markables: Map<string, Markable>; links: Link[];
  /** Entity mention id → the ids of every mention of the same instance (REFERS_TO), itself included. */
  cluster?: Map<string, string[]>;
}

const decode = (s: string): string => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}]|'s|’s|'|n't|'re|'ve|'ll|'d|'m)$/i;
const NO_SPACE_AFTER = /^[([{$]$/;

/** Parses one MEANTIME XML file and rebuilds its text (headline, blank line, date, blank line, body). */
export function parseMeantime(xml: string, name: string): MeantimeDoc {
  const raw: Array<{ id: string; sentence: number; text: string }> = [];
  for (const m of xml.matchAll(/<token\s+([^>]*)>([^<]*)<\/token>/g)) {
    const attrs = m[1]!;
    const id = /t_id="([^"]+)"/.exec(attrs)?.[1];
    const sentence = Number(/sentence="(\d+)"/.exec(attrs)?.[1] ?? 0);
    if (id) raw.push({ id, sentence, text: decode(m[2]!) });
  }
  let text = '';
  const toks: Tok[] = [];
  let prevSent = -1;
  let prev = '';
  for (const t of raw) {
    if (t.sentence !== prevSent) {
      if (prevSent >= 0) text += prevSent <= 1 ? '\n\n' : ' ';
      prevSent = t.sentence;
    } else if (text && !NO_SPACE_BEFORE.test(t.text) && !NO_SPACE_AFTER.test(prev)) text += ' ';
    const start = text.length;
    text += t.text;
    toks.push({ id: t.id, sentence: t.sentence, text: t.text, start, end: text.length });
    prev = t.text;
  }
  const byId = new Map(toks.map((t) => [t.id, t]));
  const markables = new Map<string, Markable>();
  for (const m of xml.matchAll(/<(ENTITY_MENTION|EVENT_MENTION)\s+([^>]*?)>([\s\S]*?)<\/\1>/g)) {
    const attrs = m[2]!;
    const id = /m_id="([^"]+)"/.exec(attrs)?.[1];
    if (!id) continue;
    const ids = [...m[3]!.matchAll(/t_id="([^"]+)"/g)].map((x) => x[1]!).filter((x) => byId.has(x));
    if (!ids.length) continue;
    const ts = ids.map((x) => byId.get(x)!);
    markables.set(id, {
      id, kind: m[1] === 'ENTITY_MENTION' ? 'ENTITY' : 'EVENT', syn: /syntactic_type="([^"]*)"/.exec(attrs)?.[1], toks: ids,
      start: Math.min(...ts.map((t) => t.start)), end: Math.max(...ts.map((t) => t.end)), sentence: ts[0]!.sentence,
    });
  }
  const links: Link[] = [];
  for (const m of xml.matchAll(/<HAS_PARTICIPANT\s+([^>]*)>([\s\S]*?)<\/HAS_PARTICIPANT>/g)) {
    const source = /<source m_id="([^"]+)"/.exec(m[2]!)?.[1];
    const target = /<target m_id="([^"]+)"/.exec(m[2]!)?.[1];
    const role = /sem_role="([^"]*)"/.exec(m[1]!)?.[1] ?? '';
    if (source && target) links.push({ source, target, role });
  }
  const groups = new Map<string, string[]>();
  for (const m of xml.matchAll(/<REFERS_TO\s[^>]*>([\s\S]*?)<\/REFERS_TO>/g)) {
    const target = /<target m_id="([^"]+)"/.exec(m[1]!)?.[1];
    if (!target) continue;
    const srcs = [...m[1]!.matchAll(/<source m_id="([^"]+)"/g)].map((x) => x[1]!);
    groups.set(target, [...(groups.get(target) ?? []), ...srcs]);
  }
  const cluster = new Map<string, string[]>();
  for (const ids of groups.values()) for (const id of ids) cluster.set(id, ids);
  const created = /functionInDocument="CREATION_TIME"[^>]*value="(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1]
    ?? /value="(\d{4}-\d{2}-\d{2})"[^>]*functionInDocument="CREATION_TIME"/.exec(xml)?.[1];
  return { name, text, created, toks, markables, links, cluster };
}

export interface Counts {
  goldEvents: number; foundEvents: number; sysEvents: number; sysOnGold: number;
  goldLinks: number; goldNamed: number; hitLinks: number; hitNamed: number; namedOfFound: number; hitNamedOfFound: number;
  sysPairs: number; sysPairsOk: number;
}
export const zero = (): Counts => ({ goldEvents: 0, foundEvents: 0, sysEvents: 0, sysOnGold: 0, goldLinks: 0, goldNamed: 0, hitLinks: 0, hitNamed: 0, namedOfFound: 0, hitNamedOfFound: 0, sysPairs: 0, sysPairsOk: 0 });

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
const NAMED = new Set(['NAM', 'PRE.NAM']);

/** Scores one analysed document against its gold links, adding to `c`; returns misses for --verbose. */
export function scoreDoc(doc: MeantimeDoc, out: Analysis, c: Counts): string[] {
  const misses: string[] = [];
  const ents = new Map(out.entities.map((e) => [e.id, e]));
  const links = doc.links.filter((l) => doc.markables.get(l.source)?.kind === 'EVENT' && doc.markables.get(l.target)?.kind === 'ENTITY');
  const goldEvIds = [...new Set(links.map((l) => l.source))];
  const evsFor = (em: Markable) => out.events.filter((e) => overlap(e.trigger, em));
  const found = new Set<string>();
  for (const id of goldEvIds) {
    const em = doc.markables.get(id)!;
    c.goldEvents++;
    if (evsFor(em).length) { c.foundEvents++; found.add(id); }
  }
  const argEntities = (ev: Analysis['events'][number]): string[] => Object.entries(ev.args).filter(([r]) => r !== 'time').flatMap(([, ids]) => ids.map(String));
  // A target counts as found through any mention of its instance (MEANTIME coreference): "the company"
  // resolved to General Motors is General Motors. A target is "named" when its instance has a name.
  const members = (id: string): Markable[] => (doc.cluster?.get(id) ?? [id]).map((x) => doc.markables.get(x)).filter((x): x is Markable => !!x && x.kind === 'ENTITY');
  const hasMentionIn = (entId: string, targetId: string): boolean => {
    const ms = members(targetId);
    return (ents.get(entId)?.mentions ?? []).some((m) => ms.some((t) => overlap(m, t)));
  };
  for (const l of links) {
    const em = doc.markables.get(l.source)!;
    const tm = doc.markables.get(l.target)!;
    const named = members(l.target).some((x) => NAMED.has(x.syn ?? ''));
    c.goldLinks++;
    if (named) c.goldNamed++;
    if (named && found.has(l.source)) c.namedOfFound++;
    const hit = evsFor(em).some((ev) => argEntities(ev).some((id) => hasMentionIn(id, l.target)));
    if (hit) { c.hitLinks++; if (named) { c.hitNamed++; if (found.has(l.source)) c.hitNamedOfFound++; } }
    else if (named) {
      const noEnt = !out.entities.some((e) => e.mentions.some((m) => members(l.target).some((t) => overlap(m, t))));
      misses.push(`${doc.name}: "${doc.text.slice(em.start, em.end)}" → "${doc.text.slice(tm.start, tm.end)}" (${l.role})${found.has(l.source) ? '' : ' [no trigger]'}${noEnt ? ' [no entity]' : ''}`);
    }
  }
  const goldEms = goldEvIds.map((id) => doc.markables.get(id)!);
  for (const ev of out.events) {
    c.sysEvents++;
    const ems = goldEms.filter((em) => overlap(ev.trigger, em));
    if (!ems.length) continue;
    c.sysOnGold++;
    for (const id of new Set(argEntities(ev))) {
      c.sysPairs++;
      const ok = ems.some((em) => links.some((l) => l.source === em.id && hasMentionIn(id, l.target)));
      if (ok) c.sysPairsOk++;
      else misses.push(`${doc.name}: extra "${ev.trigger.text}" ${ev.type} → ${ents.get(id)?.name ?? id}`);
    }
  }
  return misses;
}

const pct = (n: number, d: number): string => (d ? (n / d).toFixed(3) : '  -  ');

function row(label: string, c: Counts): string {
  const p = c.sysPairs ? c.sysPairsOk / c.sysPairs : 0;
  const r = c.goldNamed ? c.hitNamed / c.goldNamed : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return [label.padEnd(14), String(c.goldEvents).padStart(6), pct(c.foundEvents, c.goldEvents).padStart(8), pct(c.sysOnGold, c.sysEvents).padStart(8),
    String(c.goldLinks).padStart(6), pct(c.hitLinks, c.goldLinks).padStart(8), pct(c.hitNamed, c.goldNamed).padStart(8),
    pct(c.hitNamedOfFound, c.namedOfFound).padStart(8), pct(c.sysPairsOk, c.sysPairs).padStart(8), f.toFixed(3).padStart(8)].join(' ');
}

export default async function run(shared: string, opts: { verbose?: boolean } = {}): Promise<void> {
  const { analyze } = await import('../../src/analyze.js');
  const base = join(shared, 'corpora', 'meantime', 'intra-doc_annotation');
  if (!existsSync(base)) { console.log(`events-meantime: ${base} is absent; nothing to measure`); return; }
  const total = zero();
  console.log('MEANTIME English (intra-doc), event participants (HAS_PARTICIPANT):');
  console.log(['corpus'.padEnd(14), 'g.ev'.padStart(6), 'trig.R'.padStart(8), 'trig.P'.padStart(8), 'links'.padStart(6), 'R.all'.padStart(8),
    'R.named'.padStart(8), 'R.nm|ev'.padStart(8), 'P.pairs'.padStart(8), 'F.named'.padStart(8)].join(' '));
  const misses: string[] = [];
  for (const corpus of readdirSync(base).filter((d) => d.startsWith('corpus_')).sort()) {
    const c = zero();
    for (const f of readdirSync(join(base, corpus)).filter((x) => x.endsWith('.xml')).sort()) {
      const doc = parseMeantime(readFileSync(join(base, corpus, f), 'utf8'), f.replace(/\.xml$/, ''));
      let out: Analysis;
      try { out = analyze(doc.text, doc.created ? { publishedAt: doc.created } : {}); } catch (e) { console.log(`  ${f}: analyze failed: ${(e as Error).message}`); continue; }
      misses.push(...scoreDoc(doc, out, c));
    }
    console.log(row(corpus.replace('corpus_', ''), c));
    for (const k of Object.keys(total) as Array<keyof Counts>) total[k] += c[k];
  }
  console.log(row('TOTAL', total));
  console.log('  trig.R/P: gold event mentions with participants found / system events on a gold mention;');
  console.log('  R.all: links recovered over all links; R.named: over links to named targets; R.nm|ev: named, given the trigger was found;');
  console.log('  P.pairs: (event, argument entity) pairs of system events on gold mentions that are gold links; F.named: of P.pairs and R.named.');
  if (opts.verbose) for (const m of misses) console.log('  miss ' + m);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const shared = sharedDir();
  if (!shared) console.log('events-meantime: ../shared is absent');
  else await run(shared, { verbose: process.argv.includes('--verbose') });
}
