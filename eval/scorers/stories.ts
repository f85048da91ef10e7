// Story scorer: ingests every example report (the Libya floods story and the unrelated ones beside it)
// into a scratch SQLite store through the real ingest path, builds stories, and compares with
// examples/libya-floods-2023/story.gold.json: grouping, merged events, fact verdicts.

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../src/ingest/run.js';
import { openSqlite } from '../../src/store/sqlite/index.js';
import { normName } from '../../src/store/rows.js';
import { updateStories } from '../../src/story/index.js';
import type { Fact, Story, StoryEvent } from '../../src/story/types.js';

interface GoldEvent { type: string; participants: string[]; places?: string[]; anyOf?: string[]; minDocuments?: number; note?: string }
interface GoldValue { value: number | string; unit?: string; mod?: string; documents: string[]; asOf?: string }
interface GoldFact { subject: string; attribute: string; values: GoldValue[]; consistent: boolean }
interface GoldStory { story: string; documents: string[]; events: GoldEvent[]; facts: GoldFact[] }
interface DocGold { file: string; publishedAt?: string; outlet?: string; title?: string; url?: string; entities?: { name: string; aliases?: string[]; wikidata?: string }[] }

const STOP = new Set(['of', 'the', 'for', 'and', 'a', 'an', 'in', 'on']);
const words = (s: string) => normName(s).split(' ').filter((w) => w && !STOP.has(w));
const initials = (s: string) => words(s).map((w) => w[0]).join('');

/** Alias sets from the per-document gold files: "Derna" ~ "Darnah", "OCHA" ~ "UN Office for the Coordination…". */
function aliasMap(golds: DocGold[]): Map<string, Set<string>> {
  const m = new Map<string, Set<string>>();
  for (const g of golds) {
    for (const e of g.entities ?? []) {
      const names = [e.name, ...(e.aliases ?? [])].map(normName);
      for (const n of names) {
        if (!m.has(n)) m.set(n, new Set());
        for (const x of names) m.get(n)!.add(x);
      }
    }
  }
  return m;
}

export function nameMatches(gold: string, sys: string, aliases: Map<string, Set<string>>): boolean {
  const g = normName(gold); const s = normName(sys);
  if (!g || !s) return false;
  if (g === s || aliases.get(g)?.has(s) || aliases.get(s)?.has(g)) return true;
  const gw = words(gold); const sw = words(sys);
  if (gw.length && sw.length && (gw.every((w) => sw.includes(w)) || sw.every((w) => gw.includes(w)))) return true;
  if (sw.length === 1 && sw[0].length >= 2 && sw[0] === initials(gold)) return true; // "UAE", "OCHA"
  if (gw.length === 1 && gw[0].length >= 2 && gw[0] === initials(sys)) return true;
  return false;
}

function eventMatches(g: GoldEvent, e: StoryEvent, aliases: Map<string, Set<string>>): boolean {
  if (e.type !== g.type) return false;
  const names = [...e.participants, ...(e.places ?? [])];
  const has = (n: string) => names.some((x) => nameMatches(n, x, aliases));
  if (!g.participants.every(has)) return false;
  if (g.places && !g.places.every(has)) return false;
  if (g.anyOf && g.anyOf.length && !g.anyOf.some(has)) return false;
  return e.documents.length >= (g.minDocuments ?? 1);
}

const ATTR_WORDS: [RegExp, RegExp][] = [
  [/death|toll|dead|killed/i, /death|toll|dead|killed/i],
  [/missing/i, /missing/i],
  [/displaced/i, /displaced/i],
  [/rain/i, /rain/i],
  [/appeal/i, /appeal/i],
  [/collapsed|dams?\b/i, /^dams?$/i],
  [/^time$/i, /^time$/i],
];

function attributeMatches(gold: string, sys: string): boolean {
  for (const [g, s] of ATTR_WORDS) if (g.test(gold)) return s.test(sys);
  return normName(gold) === normName(sys);
}

function valueOverlap(g: GoldFact, f: Fact): number {
  let n = 0;
  for (const gv of g.values) {
    if (f.values.some((v) => (typeof gv.value === 'number' ? Number(v.value) === gv.value : String(v.value).startsWith(String(gv.value).slice(0, 10))) && (!gv.unit || !v.unit || gv.unit === v.unit))) n++;
  }
  return n;
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(0)}%` : '—');

export default async function run(shared: string): Promise<void> {
  const exdir = join(shared, 'examples');
  const goldPath = join(exdir, 'libya-floods-2023', 'story.gold.json');
  if (!existsSync(goldPath)) { console.log('stories: no story gold file; nothing to score'); return; }
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldStory;

  // Every example report, with the metadata its gold file gives (as a news feed would).
  const tmp = mkdtempSync(join(tmpdir(), 'ng-eval-stories-'));
  const lines: string[] = [];
  const fileOf = new Map<string, string>(); // text → "dir/file"
  const golds: DocGold[] = [];
  for (const sub of readdirSync(exdir).sort()) {
    const d = join(exdir, sub);
    let files: string[];
    try { files = readdirSync(d).filter((f) => f.endsWith('.txt')).sort(); } catch { continue; }
    for (const f of files) {
      const text = readFileSync(join(d, f), 'utf8');
      const gp = [join(d, f.replace(/\.txt$/, '.gold.json')), join(d, 'gold.json')].find(existsSync);
      const g = gp ? (JSON.parse(readFileSync(gp, 'utf8')) as DocGold) : ({ file: f } as DocGold);
      if (sub === 'libya-floods-2023') golds.push(g);
      const o: Record<string, string> = { text };
      for (const k of ['publishedAt', 'outlet', 'title', 'url'] as const) if (g[k]) o[k] = g[k]!;
      lines.push(JSON.stringify(o));
      fileOf.set(`${sub}/${f}`, `${sub}/${f}`);
    }
  }
  // A syndicated reprint of the AP report (another outlet's byline and footer): it must be recorded as a
  // copy of the AP report, join its story, and add no independent source.
  const apFile = 'libya-floods-2023/05-ap-2023-09-14.txt';
  const ap = JSON.parse(lines[[...fileOf.keys()].indexOf(apFile)] ?? 'null') as Record<string, string> | null;
  if (ap) lines.push(JSON.stringify({ ...ap, outlet: 'Reprint Daily', url: 'https://reprint.example/derna', text: `By The Associated Press\n\n${ap.text}\n\nCopyright 2023 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.` }));
  const jsonl = join(tmp, 'examples.jsonl');
  writeFileSync(jsonl, lines.join('\n') + '\n');
  const store = await openSqlite(join(tmp, 'eval.db'));
  try {
    const t0 = performance.now();
    const s = await ingest(store, [jsonl], { workers: 0 });
    await updateStories(store);
    const ms = performance.now() - t0;
    const docs = (await store.listDocuments({ limit: 1000 })).items;
    // map stored documents back to example files through the JSONL line number
    const byLine = new Map(docs.map((d) => [Number(d.source?.split(':').pop()), d]));
    const files: string[] = [];
    for (const sub of readdirSync(exdir).sort()) {
      try { for (const f of readdirSync(join(exdir, sub)).filter((x) => x.endsWith('.txt')).sort()) files.push(`${sub}/${f}`); } catch { /* not a folder */ }
    }
    const idOf = new Map<string, string>();
    files.forEach((f, i) => { const d = byLine.get(i + 1); if (d) idOf.set(f, d.id); });
    const fileById = new Map([...idOf.entries()].map(([f, id]) => [id, f]));
    const stories = (await store.listStories({ limit: 1000 })).items;
    const storyOf = new Map<string, Story>();
    for (const st of stories) for (const d of st.documents) storyOf.set(d.id, st);

    const reprint = byLine.get(files.length + 1);
    const apId = idOf.get(apFile);
    const copyOk = Boolean(reprint && apId && reprint.copyOf === apId && storyOf.get(reprint.id) === storyOf.get(apId));
    const goldIds = gold.documents.map((f) => idOf.get(`libya-floods-2023/${f}`)).filter((x): x is string => Boolean(x));
    const counts = new Map<Story, number>();
    for (const id of goldIds) { const st = storyOf.get(id); if (st) counts.set(st, (counts.get(st) ?? 0) + 1); }
    const [main, inMain] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [undefined, 0];
    const foreign = main ? main.documents.filter((d) => !goldIds.includes(d.id) && d.id !== reprint?.id).length : 0;
    const others = files.filter((f) => !f.startsWith('libya-floods-2023/'));

    const aliases = aliasMap(golds);
    const evHits = gold.events.map((g) => (main ? main.events.find((e) => eventMatches(g, e, aliases)) : undefined));
    const factRows = gold.facts.map((g) => {
      const cands = (main?.facts ?? []).filter((f) => attributeMatches(g.attribute, f.attribute) && (nameMatches(g.subject, f.subject, aliases) || valueOverlap(g, f) > 0 ||
        (f.attribute === 'time' && main!.events.some((e) => e.id === f.subject && e.type === 'DISASTER'))));
      const best = cands.sort((a, b) => Number(nameMatches(g.subject, b.subject, aliases)) - Number(nameMatches(g.subject, a.subject, aliases)) || valueOverlap(g, b) - valueOverlap(g, a))[0];
      return { g, f: best };
    });
    const found = factRows.filter((r) => r.f).length;
    const right = factRows.filter((r) => r.f && r.f.consistent === r.g.consistent).length;

    console.log(`story scorer — ${files.length} example reports and 1 syndicated reprint ingested (${s.added} added, ${s.nearDuplicates} near-duplicates, ${s.failed.length} failed) and grouped in ${(ms / 1000).toFixed(1)} s; ${stories.length} stories`);
    console.log('');
    console.log('| measure | value | target |');
    console.log('|---|---:|---:|');
    console.log(`| Libya reports in one story | ${inMain}/${gold.documents.length}${inMain === gold.documents.length ? ' ✓' : ''} | all |`);
    console.log(`| other reports wrongly in that story | ${foreign}/${others.length} | 0 |`);
    console.log(`| syndicated reprint of the AP report recorded as its copy, in its story | ${copyOk ? 'yes ✓' : 'no ✗'} | yes |`);
    console.log(`| merged events found (type, participants, places, ≥ min documents) | ${evHits.filter(Boolean).length}/${gold.events.length} = ${pct(evHits.filter(Boolean).length, gold.events.length)} | ≥ 80% |`);
    console.log(`| facts found | ${found}/${gold.facts.length} | |`);
    console.log(`| fact verdicts right (over all gold facts) | ${right}/${gold.facts.length} = ${pct(right, gold.facts.length)} | ≥ 90% |`);
    console.log(`| fact verdicts right (over facts found) | ${right}/${found} = ${pct(right, found)} | |`);
    console.log('');
    console.log('| gold event | system event |');
    console.log('|---|---|');
    gold.events.forEach((g, i) => {
      const e = evHits[i];
      console.log(`| ${g.type} ${[...g.participants, ...(g.places ?? []), ...(g.anyOf ? [`any of ${g.anyOf.join('/')}`] : [])].join(', ')} (≥${g.minDocuments ?? 1} docs) | ${e ? `${e.id} ${e.type}: ${[...e.participants, ...(e.places ?? [])].slice(0, 4).join(', ')} — ${e.documents.length} docs` : '✗'} |`);
    });
    console.log('');
    console.log('| gold fact | gold | system fact | system |');
    console.log('|---|---|---|---|');
    for (const { g, f } of factRows) {
      console.log(`| ${g.subject} — ${g.attribute} | ${g.consistent ? '✓' : '✗'} | ${f ? `${f.subject} — ${f.attribute} (${f.values.length} values, ${f.corroboration.documents} docs, ${f.corroboration.independentSources} independent)` : 'not found'} | ${f ? (f.consistent ? '✓' : '✗') + (f.consistent === g.consistent ? '' : ' (wrong)') : '—'} |`);
    }
    if (process.env.EVAL_VERBOSE) {
      for (const st of stories) console.log(`story ${st.id}: ${st.documents.map((d) => fileById.get(d.id) ?? d.id.slice(0, 8)).join(', ')}`);
    }
  } finally {
    await store.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}
