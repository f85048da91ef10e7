// Cross-document event coreference on ECB+ (CC BY 3.0): the documents of the test topics (36–45, the
// split of Cybulska & Vossen 2015) are analysed, grouped into stories by the story grouper, and their
// events merged by the story builder. Scored on the gold action mentions of the sentences that
// ECBplus_coreference_sentences.csv lists, singletons included: MUC, B³, CEAF-e and CoNLL F1 (their mean).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../../src/core/types.js';
import { buildStory } from '../../src/story/build.js';
import { assign, Df, profile, terms, type Profile } from '../../src/story/group.js';

export interface EcbToken { id: number; sentence: number; text: string; start: number; end: number }
export interface EcbMention { doc: string; mid: string; tokens: number[]; sentence: number; start: number; end: number; text: string; gold: string }
export interface EcbDoc { name: string; topic: number; sub: string; text: string; tokens: Map<number, EcbToken>; mentions: EcbMention[] }

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** One ECB+ XML file: text rebuilt from tokens (sentences on lines), action mentions with their gold cluster. */
export function readEcbDoc(xml: string, name: string, selected: Set<string> | undefined): EcbDoc {
  const topic = Number(name.split('_')[0]);
  const sub = `${topic}${name.includes('ecbplus') ? '+' : ''}`;
  const tokens = new Map<number, EcbToken>();
  let text = '';
  let sent = -1;
  for (const m of xml.matchAll(/<token t_id="(\d+)" sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    const s = Number(m[2]);
    if (s !== sent) { if (text) text += '\n'; sent = s; } else text += ' ';
    const t = decode(m[3]);
    tokens.set(Number(m[1]), { id: Number(m[1]), sentence: s, text: t, start: text.length, end: text.length + t.length });
    text += t;
  }
  const markables = xml.slice(xml.indexOf('<Markables>'), xml.indexOf('</Markables>'));
  const anchored = new Map<string, number[]>();
  const isAction = new Set<string>();
  const instance = new Map<string, string>();
  for (const m of markables.matchAll(/<((?:NEG_)?ACTION_\w+|[A-Z_]+)\s+m_id="(\d+)"([^>]*?)(\/?)>([\s\S]*?)(?=<(?:[A-Z_]+)\s+m_id=|$)/g)) {
    const [, tag, mid, attrs, selfClose, body] = m;
    if (/^(NEG_)?ACTION_/.test(tag)) isAction.add(mid);
    const inst = /instance_id="([^"]+)"/.exec(attrs)?.[1];
    if (inst) instance.set(mid, inst);
    if (!selfClose) {
      const toks = [...body.matchAll(/<token_anchor t_id="(\d+)"/g)].map((x) => Number(x[1]));
      if (toks.length) anchored.set(mid, toks);
    }
  }
  const cluster = new Map<string, string>();
  const rel = xml.slice(xml.indexOf('<Relations>'));
  for (const r of rel.matchAll(/<(CROSS_DOC_COREF|INTRA_DOC_COREF)[^>]*>([\s\S]*?)<\/\1>/g)) {
    const target = /<target m_id="(\d+)"/.exec(r[2])?.[1];
    if (!target) continue;
    const id = r[1] === 'CROSS_DOC_COREF' ? (instance.get(target) ?? `${name}:${target}`) : `${name}:${target}`;
    for (const s of r[2].matchAll(/<source m_id="(\d+)"/g)) cluster.set(s[1], id);
  }
  const mentions: EcbMention[] = [];
  const fileKey = name.replace(/^\d+_/, '').replace(/\.xml$/, '');
  for (const [mid, toks] of anchored) {
    if (!isAction.has(mid)) continue;
    const ts = toks.map((t) => tokens.get(t)).filter((t): t is EcbToken => Boolean(t)).sort((a, b) => a.start - b.start);
    if (!ts.length) continue;
    if (selected && !selected.has(`${topic}|${fileKey}|${ts[0].sentence}`)) continue;
    mentions.push({ doc: name, mid, tokens: toks, sentence: ts[0].sentence, start: ts[0].start, end: ts[ts.length - 1].end, text: ts.map((t) => t.text).join(' '), gold: cluster.get(mid) ?? `${name}:single:${mid}` });
  }
  return { name, topic, sub, text, tokens, mentions };
}

// ---- coreference metrics over clusterings of the same mentions (Pradhan et al. 2014)
type Clusters = Map<string, string[]>;
const groupBy = (ms: string[], of: (m: string) => string): Clusters => {
  const c: Clusters = new Map();
  for (const m of ms) { const k = of(m); if (!c.has(k)) c.set(k, []); c.get(k)!.push(m); }
  return c;
};
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

export function muc(key: Clusters, resp: Map<string, string>): number[] {
  const part = (clusters: Clusters, other: Map<string, string>) => {
    let num = 0; let den = 0;
    for (const c of clusters.values()) {
      const parts = new Set(c.map((m) => other.get(m) ?? `single:${m}`));
      num += c.length - parts.size; den += c.length - 1;
    }
    return den ? num / den : 0;
  };
  const keyOf = new Map<string, string>();
  for (const [k, c] of key) for (const m of c) keyOf.set(m, k);
  const respClusters = groupBy([...resp.keys()], (m) => resp.get(m)!);
  const r = part(key, resp); const p = part(respClusters, keyOf);
  return [p, r, f1(p, r)];
}

export function b3(key: Clusters, resp: Clusters): number[] {
  const kOf = new Map<string, Set<string>>(); const rOf = new Map<string, Set<string>>();
  for (const c of key.values()) { const s = new Set(c); for (const m of c) kOf.set(m, s); }
  for (const c of resp.values()) { const s = new Set(c); for (const m of c) rOf.set(m, s); }
  let p = 0; let r = 0;
  for (const [m, k] of kOf) {
    const rs = rOf.get(m)!;
    let inter = 0; for (const x of k) if (rs.has(x)) inter++;
    r += inter / k.size; p += inter / rs.size;
  }
  const n = kOf.size || 1;
  return [p / n, r / n, f1(p / n, r / n)];
}

/** Maximum-weight assignment (Hungarian algorithm, O(n³)) on a square matrix of similarities. */
function hungarianMax(w: number[][]): number {
  const n = w.length;
  if (!n) return 0;
  const max = Math.max(...w.flat());
  const cost = w.map((row) => row.map((v) => max - v));
  const u = new Array(n + 1).fill(0); const v = new Array(n + 1).fill(0);
  const p = new Array(n + 1).fill(0); const way = new Array(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i; let j0 = 0;
    const minv = new Array(n + 1).fill(Infinity); const used = new Array(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]; let delta = Infinity; let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost[i0 - 1][j - 1] - u[i0] - v[j];
        if (cur < minv[j]) { minv[j] = cur; way[j] = j0; }
        if (minv[j] < delta) { delta = minv[j]; j1 = j; }
      }
      for (let j = 0; j <= n; j++) { if (used[j]) { u[p[j]] += delta; v[j] -= delta; } else minv[j] -= delta; }
      j0 = j1;
    } while (p[j0] !== 0);
    do { const j1 = way[j0]; p[j0] = p[j1]; j0 = j1; } while (j0);
  }
  let total = 0;
  for (let j = 1; j <= n; j++) if (p[j]) total += w[p[j] - 1][j - 1];
  return total;
}

/** CEAF-e (φ4), with the optimal alignment solved per connected component of overlapping clusters. */
export function ceafe(key: Clusters, resp: Clusters): number[] {
  const keys = [...key.values()]; const resps = [...resp.values()];
  const rIdx = new Map<string, number>();
  resps.forEach((c, i) => c.forEach((m) => rIdx.set(m, i)));
  // union-find over key i and response j (offset)
  const parent = Array.from({ length: keys.length + resps.length }, (_, i) => i);
  const find = (x: number): number => { while (parent[x] !== x) { parent[x] = parent[parent[x]]; x = parent[x]; } return x; };
  const overlap = keys.map((c) => { const m = new Map<number, number>(); for (const x of c) { const j = rIdx.get(x); if (j !== undefined) m.set(j, (m.get(j) ?? 0) + 1); } return m; });
  overlap.forEach((m, i) => { for (const j of m.keys()) parent[find(i)] = find(keys.length + j); });
  const comps = new Map<number, { k: number[]; r: number[] }>();
  keys.forEach((_, i) => { const c = find(i); if (!comps.has(c)) comps.set(c, { k: [], r: [] }); comps.get(c)!.k.push(i); });
  resps.forEach((_, j) => { const c = find(keys.length + j); if (!comps.has(c)) comps.set(c, { k: [], r: [] }); comps.get(c)!.r.push(j); });
  let sim = 0;
  for (const { k, r } of comps.values()) {
    if (!k.length || !r.length) continue;
    const n = Math.max(k.length, r.length);
    const w = Array.from({ length: n }, (_, a) => Array.from({ length: n }, (_, b) => {
      if (a >= k.length || b >= r.length) return 0;
      const inter = overlap[k[a]].get(r[b]) ?? 0;
      return (2 * inter) / (keys[k[a]].length + resps[r[b]].length);
    }));
    sim += hungarianMax(w);
  }
  const p = resps.length ? sim / resps.length : 0; const rr = keys.length ? sim / keys.length : 0;
  return [p, rr, f1(p, rr)];
}

export function score(mentions: string[], gold: (m: string) => string, sys: (m: string) => string): { muc: number[]; b3: number[]; ceafe: number[]; conll: number } {
  const key = groupBy(mentions, gold); const resp = groupBy(mentions, sys);
  const m = muc(key, new Map(mentions.map((x) => [x, sys(x)])));
  const b = b3(key, resp); const c = ceafe(key, resp);
  return { muc: m, b3: b, ceafe: c, conll: (m[2] + b[2] + c[2]) / 3 };
}

/** A crude lemma: lower case, common inflections stripped ("killed", "kills", "killing" → "kill"). */
export function stem(w: string): string {
  let s = w.toLowerCase().replace(/[^a-z]/g, '');
  const before = s;
  if (s.length > 5 && s.endsWith('ing')) s = s.slice(0, -3);
  else if (s.length > 4 && s.endsWith('ied')) s = `${s.slice(0, -3)}y`;
  else if (s.length > 4 && s.endsWith('ed')) s = s.slice(0, -2);
  else if (s.length > 4 && s.endsWith('es')) s = s.slice(0, -2);
  else if (s.length > 3 && s.endsWith('s') && !s.endsWith('ss')) s = s.slice(0, -1);
  // "planned" → "plan", but "killed" → "kill", "passed" → "pass"
  if (s !== before && s.length > 3 && s[s.length - 1] === s[s.length - 2] && !/[lsfz]/.test(s[s.length - 1])) s = s.slice(0, -1);
  return s;
}

const AUX = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'has', 'have', 'had', 'to', 'will', 'would', 'not', 'did', 'do', 'does', 'the', 'a', 'an']);

export default async function run(shared: string): Promise<void> {
  const root = join(shared, 'corpora', 'ecbplus');
  if (!existsSync(join(root, 'ECB+'))) { console.log('ecbplus: corpus absent; nothing to score'); return; }
  const selected = new Set<string>();
  for (const line of readFileSync(join(root, 'ECBplus_coreference_sentences.csv'), 'utf8').split('\n').slice(1)) {
    const [t, f, s] = line.trim().split(',');
    if (t && f && s) selected.add(`${t}|${f}|${s}`);
  }
  const topics = (process.env.ECB_TOPICS ?? '36-45').split('-').map(Number);
  const docs: EcbDoc[] = [];
  for (const t of readdirSync(join(root, 'ECB+')).map(Number).filter((x) => x >= topics[0] && x <= (topics[1] ?? topics[0])).sort((a, b) => a - b)) {
    for (const f of readdirSync(join(root, 'ECB+', String(t))).filter((x) => x.endsWith('.xml')).sort()) {
      docs.push(readEcbDoc(readFileSync(join(root, 'ECB+', String(t), f), 'utf8'), f, selected));
    }
  }
  const { analyze } = await import('../../src/analyze.js'); // loaded here: the metrics above need no NLP
  const t0 = performance.now();
  const analyses = new Map<string, Analysis>();
  for (const d of docs) analyses.set(d.name, analyze(d.text, {}));
  const tAnalyse = performance.now() - t0;

  // group into stories as ingest does (documents in corpus order; ECB+ has no publication dates)
  const df = new Df();
  const tfs = new Map(docs.map((d) => { const tf = terms(analyses.get(d.name)!); df.add(tf); return [d.name, tf]; }));
  const profs: Profile[] = docs.map((d) => profile(d.name, analyses.get(d.name)!, tfs.get(d.name)!, df));
  const stories = new Map<string, Profile[]>();
  const placed = assign(profs, stories, (p) => `s:${p.id}`);
  const storyOf = new Map(placed.map((x) => [x.docId, x.storyId]));

  // merged events: mention → story event whose trigger overlaps it
  const eventCluster = new Map<string, string>(); // "doc#event" → story/merged id
  for (const [sid, members] of stories) {
    const built = buildStory(sid, members.map((p) => ({ a: analyses.get(p.id)!, row: { id: p.id } })));
    for (const e of built.events) for (const m of e.members ?? []) eventCluster.set(m, `${sid}/${e.id}`);
  }
  const all = docs.flatMap((d) => d.mentions);
  const byId = new Map(all.map((m) => [`${m.doc}#${m.mid}`, m]));
  const ids = [...byId.keys()];
  const evOf = (m: EcbMention): string | undefined => {
    const a = analyses.get(m.doc)!;
    const ev = a.events.find((e) => e.trigger.start < m.end && m.start < e.trigger.end);
    return ev ? eventCluster.get(`${m.doc}#${ev.id}`) : undefined;
  };
  const lemmaOf = (m: EcbMention) => {
    const words = m.text.split(' ').filter((w) => !AUX.has(w.toLowerCase()));
    return stem(words[0] ?? m.text);
  };
  // union of the two signals: same merged event, or same lemma within one story
  const parent = new Map<string, string>();
  const find = (x: string): string => { let r = x; while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r)!; parent.set(x, r); return r; };
  const union = (a: string, b: string) => { const ra = find(a); const rb = find(b); if (ra !== rb) parent.set(ra, rb); };
  for (const id of ids) {
    const m = byId.get(id)!;
    union(id, `L:${storyOf.get(m.doc)}:${lemmaOf(m)}`);
    const e = evOf(m);
    if (e) union(id, `E:${e}`);
  }
  const gold = (id: string) => byId.get(id)!.gold;
  const runs: [string, (id: string) => string][] = [
    ['same lemma, all documents in one cluster (baseline)', (id) => `L:${lemmaOf(byId.get(id)!)}`],
    ['same lemma within gold sub-topic (oracle documents)', (id) => `L:${byId.get(id)!.doc.split('_')[0]}${byId.get(id)!.doc.includes('plus') ? '+' : ''}:${lemmaOf(byId.get(id)!)}`],
    ['newsgraph merged events only (others singletons)', (id) => { const e = evOf(byId.get(id)!); return e ? `E:${e}` : `S:${id}`; }],
    ['same lemma within newsgraph stories', (id) => `L:${storyOf.get(byId.get(id)!.doc)}:${lemmaOf(byId.get(id)!)}`],
    ['newsgraph: merged events ∪ same lemma within stories', (id) => find(id)],
  ];
  // story grouping against the gold sub-topics (B³ over documents)
  const subOf = new Map(docs.map((d) => [d.name, d.sub]));
  const docB3 = b3(groupBy(docs.map((d) => d.name), (n) => subOf.get(n)!), groupBy(docs.map((d) => d.name), (n) => storyOf.get(n)!));
  const covered = ids.filter((id) => evOf(byId.get(id)!)).length;
  const subs = groupBy(docs.map((d) => d.name), (n) => subOf.get(n)!);
  const whole = [...subs.values()].filter((ns) => new Set(ns.map((n) => storyOf.get(n))).size === 1).length;

  const f = (x: number) => (100 * x).toFixed(1);
  console.log(`ECB+ test topics ${topics[0]}–${topics[1] ?? topics[0]}: ${docs.length} documents, ${ids.length} gold action mentions in the listed sentences, ${new Set(ids.map(gold)).size} gold clusters (singletons included); analysed in ${(tAnalyse / 1000).toFixed(1)} s`);
  console.log(`story grouping vs gold sub-topics: ${stories.size} stories for ${new Set(subOf.values()).size} sub-topics, document B³ P ${f(docB3[0])} R ${f(docB3[1])} F1 ${f(docB3[2])}; ${whole}/${subs.size} sub-topics entirely in one story; ${covered}/${ids.length} mentions (${f(covered / (ids.length || 1))}%) overlap a newsgraph event trigger`);
  console.log('');
  console.log('| system | MUC F1 | B³ F1 | CEAF-e F1 | CoNLL F1 |');
  console.log('|---|---:|---:|---:|---:|');
  for (const [name, sys] of runs) {
    const s = score(ids, gold, sys);
    console.log(`| ${name} | ${f(s.muc[2])} | ${f(s.b3[2])} | ${f(s.ceafe[2])} | ${f(s.conll)} |`);
  }
}
