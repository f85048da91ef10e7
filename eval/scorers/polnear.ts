// PolNeAR (political news attribution relations): source and cue span F1 of our attribution links against
// each annotator's brat file of the dev split. Research-only corpus: measured, never copied.
// Usage: part of `npm run eval`; standalone: node dist/eval/scorers/polnear.js [split] (POLNEAR_VERBOSE=1 lists misses).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newDoc } from '../../src/nlp/doc.js';
import { runPipeline } from '../../src/nlp/pipeline.js';
import { sha256 } from '../../src/ingest/normalize.js';

type Frag = [number, number];
interface Gold { source: Frag[][]; cue: Frag[][]; content: Frag[][] }

export function parseAnn(ann: string): Gold {
  const g: Gold = { source: [], cue: [], content: [] };
  for (const line of ann.split('\n')) {
    if (!line.startsWith('T')) continue;
    const [, head] = line.split('\t');
    if (!head) continue;
    const sp = head.indexOf(' ');
    const type = head.slice(0, sp);
    const frags = head.slice(sp + 1).split(';').map((r) => r.trim().split(' ').map(Number) as Frag);
    if (type === 'Source') g.source.push(frags);
    else if (type === 'Cue') g.cue.push(frags);
    else if (type === 'Content') g.content.push(frags);
  }
  return g;
}

const overlaps = (a: Frag[], b: Frag[]): boolean => a.some(([s, e]) => b.some(([x, y]) => s < y && x < e));
const exact = (a: Frag[], b: Frag[]): boolean => a.length === b.length && a.every(([s, e], i) => s === b[i]![0] && e === b[i]![1]);

export interface Counts { tpS: number; tpG: number; sys: number; gold: number; exS: number; exG: number }
const zero = (): Counts => ({ tpS: 0, tpG: 0, sys: 0, gold: 0, exS: 0, exG: 0 });

export function compare(sys: Frag[][], gold: Frag[][], c: Counts, misses?: { fp: Frag[][]; fn: Frag[][] }): void {
  c.sys += sys.length; c.gold += gold.length;
  for (const s of sys) {
    const o = gold.some((g) => overlaps(s, g));
    if (o) c.tpS++; else misses?.fp.push(s);
    if (gold.some((g) => exact(s, g))) c.exS++;
  }
  for (const g of gold) {
    const o = sys.some((s) => overlaps(s, g));
    if (o) c.tpG++; else misses?.fn.push(g);
    if (sys.some((s) => exact(s, g))) c.exG++;
  }
}

export function prf(c: Counts): { p: number; r: number; f: number; ep: number; er: number; ef: number } {
  const p = c.sys ? c.tpS / c.sys : 0, r = c.gold ? c.tpG / c.gold : 0;
  const ep = c.sys ? c.exS / c.sys : 0, er = c.gold ? c.exG / c.gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0, ef = ep + er ? (2 * ep * er) / (ep + er) : 0;
  return { p, r, f, ep, er, ef };
}

/** System source, cue and content spans for one raw text (offsets index the raw text). */
export function systemSpans(text: string): { source: Frag[][]; cue: Frag[][]; content: Frag[][] } {
  const doc = runPipeline(newDoc({ id: sha256(text), text, language: 'en' }));
  const src = new Map<string, Frag[]>(), cue = new Map<string, Frag[]>(), content = new Map<string, Frag[]>();
  for (const c of doc.claims) {
    if (!c.attribution.length) continue;
    content.set(`${c.start}:${c.end}`, [[c.start, c.end]]);
    for (const l of c.attribution) {
      if (l.span && l.span.end <= text.length) src.set(`${l.span.start}:${l.span.end}`, [[l.span.start, l.span.end]]);
      if (l.cueSpan) cue.set(`${l.cueSpan.start}:${l.cueSpan.end}`, [[l.cueSpan.start, l.cueSpan.end]]);
    }
  }
  return { source: [...src.values()], cue: [...cue.values()], content: [...content.values()] };
}

export default async function run(shared: string, split = 'dev'): Promise<void> {
  const base = join(shared, 'corpora', 'polnear', split);
  if (!existsSync(base)) { console.log(`polnear: ${base} absent; skipped`); return; }
  const texts = readdirSync(join(base, 'text')).filter((f) => f.endsWith('.txt')).sort();
  const anns = readdirSync(join(base, 'attributions')).filter((f) => f.endsWith('.ann'));
  const verbose = !!process.env.POLNEAR_VERBOSE;
  const cS = zero(), cC = zero(), cT = zero();
  let docs = 0, pairs = 0, words = 0;
  const t0 = performance.now();
  for (const tf of texts) {
    const stem = tf.replace(/\.txt$/, '');
    const mine = anns.filter((a) => a.startsWith(stem + '_'));
    if (!mine.length) continue;
    const text = readFileSync(join(base, 'text', tf), 'utf8');
    words += text.split(/\s+/).length;
    const sys = systemSpans(text);
    docs++;
    for (const a of mine) {
      const g = parseAnn(readFileSync(join(base, 'attributions', a), 'utf8'));
      pairs++;
      const ms = verbose ? { fp: [] as Frag[][], fn: [] as Frag[][] } : undefined;
      compare(sys.source, g.source, cS, ms);
      compare(sys.cue, g.cue, cC);
      compare(sys.content, g.content, cT);
      if (ms) {
        const show = (f: Frag[]): string => JSON.stringify(f.map(([s, e]) => text.slice(s, e)).join(' … ').slice(0, 80));
        const ctx = (f: Frag[]): string => JSON.stringify(text.slice(Math.max(0, f[0]![0] - 60), f[0]![1] + 40).replace(/\s+/g, ' '));
        for (const f of ms.fn) console.log(`  FN ${a}: ${show(f)}  in ${ctx(f)}`);
        for (const f of ms.fp) console.log(`  FP ${a}: ${show(f)}  in ${ctx(f)}`);
      }
    }
  }
  const secs = (performance.now() - t0) / 1000;
  const row = (name: string, c: Counts): string => {
    const m = prf(c);
    return `| ${name.padEnd(8)} | ${m.p.toFixed(3)} | ${m.r.toFixed(3)} | ${m.f.toFixed(3)} | ${m.ef.toFixed(3)} | ${String(c.gold).padStart(5)} |`;
  };
  console.log(`PolNeAR ${split}: ${docs} articles, ${pairs} annotator files, ${words} words, ${secs.toFixed(1)} s`);
  console.log('| span     | P (ovl) | R (ovl) | F1 overlap | F1 exact | gold |');
  console.log('|----------|---------|---------|------------|----------|------|');
  console.log(row('source', cS));
  console.log(row('cue', cC));
  console.log(row('content', cT));
  console.log('| BBC Citron (PARC 3.0, published) source | | | 0.853 | 0.820 | |');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { sharedDir } = await import('../../src/core/shared.js');
  const sh = sharedDir();
  if (sh) await run(sh, process.argv[2] ?? 'dev');
}
