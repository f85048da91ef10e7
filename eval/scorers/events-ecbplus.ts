// Event triggers and participants on ECB+ (CC BY 3.0): every topic's documents (43 topics: earthquakes,
// arrests, shootings, acquisitions, launches, signings …) are analysed by the whole pipeline and, in the
// sentences that ECBplus_coreference_sentences.csv lists:
//  - trig.R: gold action mentions (ACTION_*, NEG_ACTION_*, reporting verbs excluded) overlapped by a system trigger;
//  - trig.P: system triggers in the listed sentences that overlap a gold action mention (ECB+ marks only the
//    actions of its seminal events, so this is a lower bound);
//  - typed: of the found mentions, the share whose event is not OTHER;
//  - arg.P: argument entities (mentioned in the trigger's sentence) of system events on gold mentions whose
//    mention overlaps a gold participant, location or time mention of that sentence (HUMAN_*, NON_HUMAN_*, LOC_*);
//  - arg.R: gold named participants/locations (a capitalised mention) of a sentence with a found action
//    that appear among that sentence's event arguments.
// ECB+ has no event-argument links, so the argument scores are sentence-level proxies.
// Usage: node dist/eval/scorers/events-ecbplus.js [--verbose] (verbose: the most frequent missed lemmas).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../../src/analyze.js';
import { sharedDir } from '../../src/core/shared.js';

interface Tok { sentence: number; text: string; start: number; end: number }
interface Mark { tag: string; start: number; end: number; sentence: number; text: string }
interface Doc { name: string; topic: number; text: string; marks: Mark[] }

const decode = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

export function readDoc(xml: string, name: string, selected: Set<string>): Doc {
  const topic = Number(name.split('_')[0]);
  const toks = new Map<number, Tok>();
  let text = '';
  let sent = -1;
  for (const m of xml.matchAll(/<token t_id="(\d+)" sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    const s = Number(m[2]);
    if (s !== sent) { if (text) text += '\n'; sent = s; } else text += ' ';
    const t = decode(m[3]!);
    toks.set(Number(m[1]), { sentence: s, text: t, start: text.length, end: text.length + t.length });
    text += t;
  }
  const fileKey = name.replace(/^\d+_/, '').replace(/\.xml$/, '');
  const body = xml.slice(xml.indexOf('<Markables>'), xml.indexOf('</Markables>'));
  const marks: Mark[] = [];
  for (const m of body.matchAll(/<([A-Z_]+)\s+m_id="\d+"[^>]*?>([\s\S]*?)<\/\1>/g)) {
    const ids = [...m[2]!.matchAll(/<token_anchor t_id="(\d+)"/g)].map((x) => toks.get(Number(x[1])!)).filter((t): t is Tok => !!t);
    if (!ids.length) continue;
    ids.sort((a, b) => a.start - b.start);
    const sentence = ids[0]!.sentence;
    if (!selected.has(`${topic}|${fileKey}|${sentence}`)) continue;
    marks.push({ tag: m[1]!, start: ids[0]!.start, end: ids[ids.length - 1]!.end, sentence, text: ids.map((t) => t.text).join(' ') });
  }
  return { name, topic, text, marks };
}

const isAction = (tag: string): boolean => /^(NEG_)?ACTION_/.test(tag) && !/REPORTING/.test(tag);
const isPart = (tag: string): boolean => /^(HUMAN_|NON_HUMAN_|LOC_)/.test(tag);

export default async function run(shared: string): Promise<void> {
  const root = join(shared, 'corpora', 'ecbplus');
  if (!existsSync(join(root, 'ECB+'))) { console.log('events-ecbplus: corpus absent; nothing to score'); return; }
  const verbose = process.argv.includes('--verbose');
  const selected = new Set<string>();
  for (const line of readFileSync(join(root, 'ECBplus_coreference_sentences.csv'), 'utf8').split('\n').slice(1)) {
    const [t, f, s] = line.trim().split(',');
    if (t && f && s) selected.add(`${t}|${f}|${s}`);
  }
  const rows = new Map<number, number[]>(); // topic → [gold, found, typed, sys, sysOn, argN, argOk, partN, partOk]
  const missed = new Map<string, number>();
  const topicWords = new Map<number, Map<string, number>>();
  let words = 0;
  let ms = 0;
  const topics = readdirSync(join(root, 'ECB+')).map(Number).filter((x) => x > 0).sort((a, b) => a - b);
  for (const t of topics) {
    const r = rows.get(t) ?? new Array<number>(9).fill(0);
    rows.set(t, r);
    for (const f of readdirSync(join(root, 'ECB+', String(t))).filter((x) => x.endsWith('.xml')).sort()) {
      const d = readDoc(readFileSync(join(root, 'ECB+', String(t), f), 'utf8'), f, selected);
      if (!d.marks.some((m) => isAction(m.tag))) continue;
      const t0 = performance.now();
      const a = analyze(d.text, {});
      ms += performance.now() - t0;
      words += d.text.split(/\s+/).length;
      const ents = new Map(a.entities.map((e) => [e.id, e]));
      const sentOf = (off: number): number => d.text.slice(0, off).split('\n').length - 1;
      const selSents = new Set(d.marks.map((m) => m.sentence));
      const evSent = a.events.map((e) => sentOf(e.trigger.start));
      for (const g of d.marks.filter((m) => isAction(m.tag))) {
        r[0]!++;
        const ev = a.events.find((e) => e.trigger.start < g.end && g.start < e.trigger.end);
        if (ev) { r[1]!++; if (ev.type !== 'OTHER') r[2]!++; }
        else {
          const w = g.text.toLowerCase().split(' ').pop()!;
          missed.set(w, (missed.get(w) ?? 0) + 1);
          const tw = topicWords.get(t) ?? new Map<string, number>();
          tw.set(w, (tw.get(w) ?? 0) + 1); topicWords.set(t, tw);
        }
      }
      a.events.forEach((e, n) => {
        const s = evSent[n]!;
        if (!selSents.has(s)) return;
        r[3]!++;
        const on = d.marks.some((g) => isAction(g.tag) && e.trigger.start < g.end && g.start < e.trigger.end);
        if (!on) return;
        r[4]!++;
        for (const [role, ids] of Object.entries(e.args)) {
          if (role === 'time') continue;
          for (const id of ids as string[]) {
            const ment = ents.get(id)?.mentions.filter((m) => sentOf(m.start) === s) ?? [];
            if (!ment.length) continue;
            r[5]!++;
            if (ment.some((m) => d.marks.some((g) => isPart(g.tag) && g.sentence === s && m.start < g.end && g.start < m.end))) r[6]!++;
          }
        }
      });
      // named gold participants of sentences with a found action
      const foundSents = new Set(d.marks.filter((g) => isAction(g.tag) && a.events.some((e) => e.trigger.start < g.end && g.start < e.trigger.end)).map((g) => g.sentence));
      for (const g of d.marks) {
        if (!isPart(g.tag) || !foundSents.has(g.sentence) || !/^[A-Z]/.test(g.text)) continue;
        const ent = a.entities.find((e) => e.mentions.some((m) => m.start < g.end && g.start < m.end));
        if (!ent) continue; // an entity the entities stage did not find: not this stage's miss
        r[7]!++;
        const inArgs = a.events.some((e, n) => evSent[n] === g.sentence && Object.entries(e.args).some(([role, ids]) => role !== 'time' && (ids as string[]).includes(ent.id)));
        if (inArgs) r[8]!++;
      }
    }
  }
  const f = (n: number, dd: number): string => (dd ? (n / dd).toFixed(3) : '  -  ');
  console.log('ECB+ (all topics, listed sentences), event triggers and sentence-level argument proxies:');
  console.log('topic  gold  trig.R  trig.P  typed   arg.P   arg.R');
  const tot = new Array<number>(9).fill(0);
  for (const [t, r] of rows) {
    if (!r[0]) continue;
    r.forEach((v, i) => { tot[i]! += v; });
    console.log(`${String(t).padStart(5)} ${String(r[0]).padStart(5)}  ${f(r[1]!, r[0]!)}   ${f(r[4]!, r[3]!)}   ${f(r[2]!, r[1]!)}   ${f(r[6]!, r[5]!)}   ${f(r[8]!, r[7]!)}`);
  }
  console.log(`TOTAL ${String(tot[0]).padStart(5)}  ${f(tot[1]!, tot[0]!)}   ${f(tot[4]!, tot[3]!)}   ${f(tot[2]!, tot[1]!)}   ${f(tot[6]!, tot[5]!)}   ${f(tot[8]!, tot[7]!)}`);
  console.log(`(whole pipeline ${(ms / 1000).toFixed(1)} s for ${words} words)`);
  if (verbose) {
    console.log('most frequent missed action words: ' + [...missed].sort((a, b) => b[1] - a[1]).slice(0, 150).map(([w, n]) => `${w}:${n}`).join(' '));
    for (const [t, tw] of topicWords) console.log(`  topic ${t}: ` + [...tw].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([w, n]) => `${w}:${n}`).join(' '));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const shared = sharedDir();
  if (shared) await run(shared);
}
