// Story scorer: ingests every example report (the Libya floods story and the unrelated ones beside it)
// and every report of the stories under eval/stories/ into one scratch SQLite store through the real
// ingest path, builds stories, and compares each gold story (examples/libya-floods-2023/story.gold.json,
// seen while the rules were written; eval/stories/*/story.gold.json, written for the scorer and not tuned
// to) with the story holding most of its reports: grouping, copies, merged events, fact verdicts.

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest } from '../../src/ingest/run.js';
import { openSqlite } from '../../src/store/sqlite/index.js';
import { normName } from '../../src/store/rows.js';
import { updateStories } from '../../src/story/index.js';
import { lookalikeWhyNot, parseTerms, profilesFrom, type Profile } from '../../src/story/group.js';
import type { Fact, Story, StoryEvent } from '../../src/story/types.js';
import { countKinds, storyEventMissKind, storyFactMissKind } from '../story-misses.js';
import { apartKind } from '../story-apart.js';
import { orderRobustness } from '../story-orders.js';

interface GoldEvent { type: string; participants: string[]; places?: string[]; anyOf?: string[]; minDocuments?: number; note?: string }
interface GoldValue { value: number | string; unit?: string; mod?: string; documents: string[]; asOf?: string }
interface GoldFact { subject: string; attribute: string; values: GoldValue[]; consistent: boolean; eventType?: string }
interface GoldStory { firstRun?: string; story: string; documents: string[]; events: GoldEvent[]; facts: GoldFact[]; copies?: Record<string, string> }
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

const singular = (w: string) => w.replace(/(?<=\w{3})s$/, '');

export function attributeMatches(gold: string, sys: string): boolean {
  for (const [g, s] of ATTR_WORDS) if (g.test(gold)) return s.test(sys);
  // "units" ~ "unit", "storeys" ~ "storey", "accounted for" ~ "accounted"; a gloss in brackets is ignored
  const gw = words(gold.replace(/\(.*?\)/g, '')).map(singular); const sw = words(sys).map(singular);
  return gw.length > 0 && sw.length > 0 && (gw.every((w) => sw.includes(w)) || sw.every((w) => gw.includes(w)));
}

function valueOverlap(g: GoldFact, f: Fact): number {
  let n = 0;
  for (const gv of g.values) {
    if (f.values.some((v) => (typeof gv.value === 'number' ? Number(v.value) === gv.value : String(v.value).startsWith(String(gv.value).slice(0, 10))) && (!gv.unit || !v.unit || gv.unit === v.unit))) n++;
  }
  return n;
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(0)}%` : '—');

interface Input { dir: string; sub: string; file: string; gold: DocGold }

/** The report files of one folder with their per-document gold (metadata and entity aliases). */
function readFolder(dir: string, sub: string): Input[] {
  let files: string[];
  try { files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort(); } catch { return []; }
  return files.map((f) => {
    const gp = [join(dir, f.replace(/\.txt$/, '.gold.json')), join(dir, 'gold.json')].find(existsSync);
    return { dir, sub, file: f, gold: gp ? (JSON.parse(readFileSync(gp, 'utf8')) as DocGold) : ({ file: f } as DocGold) };
  });
}

interface Scored { name: string; seen: boolean; hidden: boolean; lines: string[]; verdicts: [number, number]; events: [number, number]; misses: string[] }

export default async function run(shared: string): Promise<void> {
  const exdir = join(shared, 'examples');
  const ownDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'eval', 'stories');
  const goldStories: { dir: string; gold: GoldStory; seen: boolean }[] = [];
  const libya = join(exdir, 'libya-floods-2023');
  if (existsSync(join(libya, 'story.gold.json'))) goldStories.push({ dir: libya, gold: JSON.parse(readFileSync(join(libya, 'story.gold.json'), 'utf8')) as GoldStory, seen: true });
  const own = existsSync(ownDir) ? readdirSync(ownDir).sort().map((x) => join(ownDir, x)).filter((d) => existsSync(join(d, 'story.gold.json'))) : [];
  for (const d of own) goldStories.push({ dir: d, gold: JSON.parse(readFileSync(join(d, 'story.gold.json'), 'utf8')) as GoldStory, seen: false });
  if (!goldStories.length) { console.log('stories: no story gold file; nothing to score'); return; }
  // EVAL_STORIES_HIDE=folder,folder: measure-only stories print their measure table only (no gold/system tables, no misses)
  // and stay out of the misses summed over all stories, so an engineer can read the others' misses without seeing theirs.
  // A name that is no story folder is refused before anything is scored: a typo must not print a held-out story's misses.
  const hidden = new Set((process.env.EVAL_STORIES_HIDE ?? '').split(',').map((x) => x.trim()).filter(Boolean));
  const unknown = [...hidden].filter((h) => !own.some((d) => basename(d) === h));
  if (unknown.length) {
    console.error(`stories: EVAL_STORIES_HIDE names no story folder under eval/stories: ${unknown.join(', ')}`);
    process.exitCode = 2;
    return;
  }
  // EVAL_STORIES_ORDERS=N (see below): a whole number of orders, refused before anything is scored otherwise
  const ordersRaw = process.env.EVAL_STORIES_ORDERS?.trim();
  const orders = ordersRaw ? Number(ordersRaw) : 0;
  if (!Number.isInteger(orders) || orders < 0) {
    console.error(`stories: EVAL_STORIES_ORDERS must be a whole number of random orders (0 or more), not "${ordersRaw}"`);
    process.exitCode = 2;
    return;
  }

  // Every example report and every report of our own stories, with the metadata its gold file gives (as a news feed would).
  const inputs: Input[] = [];
  for (const sub of readdirSync(exdir).sort()) inputs.push(...readFolder(join(exdir, sub), sub));
  for (const d of own) inputs.push(...readFolder(d, `own/${basename(d)}`));
  const tmp = mkdtempSync(join(tmpdir(), 'ng-eval-stories-'));
  const lines: string[] = inputs.map((x) => {
    const o: Record<string, string> = { text: readFileSync(join(x.dir, x.file), 'utf8') };
    for (const k of ['publishedAt', 'outlet', 'title', 'url'] as const) if (x.gold[k]) o[k] = x.gold[k]!;
    return JSON.stringify(o);
  });
  // A syndicated reprint of the AP report (another outlet's byline and footer): it must be recorded as a
  // copy of the AP report, join its story, and add no independent source.
  const apIdx = inputs.findIndex((x) => x.sub === 'libya-floods-2023' && x.file === '05-ap-2023-09-14.txt');
  const ap = apIdx >= 0 ? (JSON.parse(lines[apIdx]) as Record<string, string>) : null;
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
    // map stored documents back to report files through the JSONL line number
    const byLine = new Map(docs.map((d) => [Number(d.source?.split(':').pop()), d]));
    const key = (x: Input) => `${x.sub}/${x.file}`;
    const idOf = new Map<string, string>();
    inputs.forEach((x, i) => { const d = byLine.get(i + 1); if (d) idOf.set(key(x), d.id); });
    const fileById = new Map([...idOf.entries()].map(([f, id]) => [id, f]));
    const stories = (await store.listStories({ limit: 1000 })).items;
    const storyOf = new Map<string, Story>();
    for (const st of stories) for (const d of st.documents) storyOf.set(d.id, st);
    const reprint = ap ? byLine.get(inputs.length + 1) : undefined;
    const docById = new Map(docs.map((d) => [d.id, d]));
    // every report's stored term profile, to say why a report wrongly in a story was not taken for a look-alike
    const profRows = (await store.docProfiles()).filter((r) => r.terms);
    const dateOf = new Map(profRows.map((r) => [r.id, r.publishedAt]));
    const profOf = profilesFrom(new Map(profRows.map((r) => [r.id, parseTerms(r.terms!)])), (id) => dateOf.get(id));

    console.log(`story scorer — ${inputs.length} reports (${goldStories.length} gold stories) and 1 syndicated reprint ingested (${s.added} added, ${s.nearDuplicates} near-duplicates, ${s.failed.length} failed) and grouped in ${(ms / 1000).toFixed(1)} s; ${stories.length} stories`);
    const results: Scored[] = [];
    for (const { dir, gold, seen } of goldStories) {
      const sub = inputs.find((x) => x.dir === dir)?.sub ?? '';
      const golds = inputs.filter((x) => x.dir === dir).map((x) => x.gold);
      const goldIds = gold.documents.map((f) => idOf.get(`${sub}/${f}`)).filter((x): x is string => Boolean(x));
      const counts = new Map<Story, number>();
      for (const id of goldIds) { const st = storyOf.get(id); if (st) counts.set(st, (counts.get(st) ?? 0) + 1); }
      const [main, inMain] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [undefined, 0];
      const foreignIds = main ? main.documents.filter((d) => !goldIds.includes(d.id) && d.id !== reprint?.id).map((d) => d.id) : [];
      const foreign = foreignIds.length;
      const others = inputs.filter((x) => x.dir !== dir).length;
      // copies: the synthetic AP reprint for Libya, the gold's `copies` for our own stories
      const copyChecks: [string | undefined, string | undefined][] = sub === 'libya-floods-2023' ? [[reprint?.id, idOf.get(`${sub}/05-ap-2023-09-14.txt`)]] : [];
      for (const [c, o] of Object.entries(gold.copies ?? {})) copyChecks.push([idOf.get(`${sub}/${c}`), idOf.get(`${sub}/${o}`)]);
      const copiesOk = copyChecks.filter(([c, o]) => c && o && docById.get(c)?.copyOf === o && storyOf.get(c) === storyOf.get(o)).length;

      const aliases = aliasMap(golds);
      const evHits = gold.events.map((g) => (main ? main.events.find((e) => eventMatches(g, e, aliases)) : undefined));
      const factRows = gold.facts.map((g) => {
        const cands = (main?.facts ?? []).filter((f) => attributeMatches(g.attribute, f.attribute) && (nameMatches(g.subject, f.subject, aliases) || valueOverlap(g, f) > 0 ||
          (f.attribute === 'time' && main!.events.some((e) => e.id === f.subject && e.type === (g.eventType ?? 'DISASTER')))));
        const best = cands.sort((a, b) => Number(nameMatches(g.subject, b.subject, aliases)) - Number(nameMatches(g.subject, a.subject, aliases)) || valueOverlap(g, b) - valueOverlap(g, a))[0];
        return { g, f: best };
      });
      const found = factRows.filter((r) => r.f).length;
      const right = factRows.filter((r) => r.f && r.f.consistent === r.g.consistent).length;
      const out: string[] = [];
      out.push(`### ${gold.story}${seen ? ' (seen while the rules were written)' : ' (written for the scorer)'}`);
      if (gold.firstRun) out.push(`(${gold.firstRun})`);
      out.push('');
      out.push('| measure | value | target |');
      out.push('|---|---:|---:|');
      out.push(`| reports in one story | ${inMain}/${gold.documents.length}${inMain === gold.documents.length ? ' ✓' : ''} | all |`);
      out.push(`| other reports wrongly in that story | ${foreign}/${others} | 0 |`);
      out.push(`| syndicated copies recorded as copies, in their original's story | ${copiesOk}/${copyChecks.length}${copiesOk === copyChecks.length ? ' ✓' : ' ✗'} | all |`);
      out.push(`| merged events found (type, participants, places, ≥ min documents) | ${evHits.filter(Boolean).length}/${gold.events.length} = ${pct(evHits.filter(Boolean).length, gold.events.length)} | ≥ 80% |`);
      out.push(`| facts found | ${found}/${gold.facts.length} | |`);
      out.push(`| fact verdicts right (over all gold facts) | ${right}/${gold.facts.length} = ${pct(right, gold.facts.length)} | ≥ 90% |`);
      out.push(`| fact verdicts right (over facts found) | ${right}/${found} = ${pct(right, found)} | |`);
      out.push('');
      out.push('| gold event | system event |');
      out.push('|---|---|');
      gold.events.forEach((g, i) => {
        const e = evHits[i];
        out.push(`| ${g.type} ${[...g.participants, ...(g.places ?? []), ...(g.anyOf ? [`any of ${g.anyOf.join('/')}`] : [])].join(', ')} (≥${g.minDocuments ?? 1} docs) | ${e ? `${e.id} ${e.type}: ${[...e.participants, ...(e.places ?? [])].slice(0, 4).join(', ')} — ${e.documents.length} docs` : '✗'} |`);
      });
      out.push('');
      out.push('| gold fact | gold | system fact | system |');
      out.push('|---|---|---|---|');
      for (const { g, f } of factRows) {
        out.push(`| ${g.subject} — ${g.attribute} | ${g.consistent ? '✓' : '✗'} | ${f ? `${f.subject} — ${f.attribute}${f.phase ? ` (phase ${f.phase.index}/${f.phase.of})` : ''} (${f.values.length} values, ${f.corroboration.documents} docs, ${f.corroboration.independentSources} independent)` : 'not found'} | ${f ? (f.consistent ? '✓' : '✗') + (f.consistent === g.consistent ? '' : ' (wrong)') : '—'} |`);
      }
      // EVAL_MISS_KINDS: causes of the misses, no text (eval/story-misses.ts)
      const misses: string[] = [];
      const goldProfs = goldIds.map((id) => profOf.get(id)).filter((p): p is Profile => Boolean(p));
      for (const id of foreignIds) {
        const p = profOf.get(id);
        misses.push(`report of another story in this one: not taken for a look-alike: ${p ? lookalikeWhyNot(p, goldProfs) ?? 'it is one (the similarity stayed above the threshold)' : 'no term profile'}`);
      }
      // gold reports outside the main story: which grouping rule kept each out (eval/story-apart.ts)
      const mainProfs = goldIds.filter((id) => main && storyOf.get(id) === main).map((id) => profOf.get(id)).filter((p): p is Profile => Boolean(p));
      for (const id of goldIds) {
        const st = storyOf.get(id); const p = profOf.get(id);
        if (!main || st === main || !p || !mainProfs.length) continue;
        misses.push(apartKind(p, mainProfs, (st?.documents.length ?? 1) <= 1));
      }
      const hitSet = new Set(evHits.filter((e): e is StoryEvent => Boolean(e)));
      gold.events.forEach((g, i) => {
        if (evHits[i]) return;
        const k = storyEventMissKind(g, main?.events ?? [], (a, b) => nameMatches(a, b, aliases), hitSet);
        if (k) misses.push(k);
      });
      for (const { g, f } of factRows) {
        // a subject's kind: its entity type in the story, an event, a description ("the pipe"), or unlisted
        const typeOf = (subj: string) => main?.entities.find((e) => e.name === subj)?.type ?? (main?.events.some((e) => e.id === subj) ? 'event' : /^the /.test(subj) ? 'description' : 'unlisted');
        const m = storyFactMissKind(g, f, main?.facts ?? [], attributeMatches, f ? valueOverlap(g, f) : 0, typeOf);
        if (m?.kind) misses.push(m.kind);
        if (m?.values) misses.push(`values missing: ${m.values}`);
      }
      results.push({ name: gold.story, seen, hidden: hidden.has(basename(dir)), lines: out, verdicts: [right, gold.facts.length], events: [evHits.filter(Boolean).length, gold.events.length], misses });
    }
    // EVAL_STORIES_ORDERS=N: the grouping again in N random arrival orders (numbers only, eval/story-orders.ts)
    const runs = orders;
    if (runs > 0) {
      const copyOf = new Map(docs.filter((d) => d.copyOf).map((d) => [d.id, d.copyOf!] as const));
      const golds = goldStories.map(({ dir, gold }) => {
        const sub = inputs.find((x) => x.dir === dir)?.sub ?? '';
        return gold.documents.map((f) => idOf.get(`${sub}/${f}`)).filter((x): x is string => Boolean(x));
      });
      const t1 = performance.now();
      const rs = orderRobustness([...profOf.values()], copyOf, golds, runs, new Set(reprint ? [reprint.id] : []));
      console.log(`\ngrouping in ${runs} random arrival orders (${((performance.now() - t1) / 1000).toFixed(1)} s): ${rs.filter((r) => r.whole === runs).length}/${rs.length} stories whole in every order; all reports of a story in one story ${rs.reduce((a, r) => a + r.whole, 0)}/${runs * rs.length}, reports of other stories in it ${rs.reduce((a, r) => a + r.foreign, 0)}`);
      goldStories.forEach(({ gold }, i) => console.log(`  ${gold.story}: whole ${rs[i]!.whole}/${runs}, other reports in it ${rs[i]!.foreign}`));
    }
    const unseen = results.filter((r) => !r.seen);
    if (unseen.length) {
      const sum = (k: 'verdicts' | 'events', i: number) => unseen.reduce((a, r) => a + r[k][i], 0);
      console.log(`stories written for the scorer (${unseen.length}): fact verdicts ${sum('verdicts', 0)}/${sum('verdicts', 1)} = ${pct(sum('verdicts', 0), sum('verdicts', 1))}, merged events ${sum('events', 0)}/${sum('events', 1)} = ${pct(sum('events', 0), sum('events', 1))}`);
    }
    if (process.env.EVAL_MISS_KINDS) {
      // the measure tables and counts of the misses by cause; the gold/system tables (names, subjects) stay unprinted
      const line = ([k, c]: [string, number]) => `  ${String(c).padStart(4)}  ${k}`;
      for (const r of results) {
        console.log('');
        for (const l of r.lines) { if (l.startsWith('| gold ')) break; if (!l.startsWith('(')) console.log(l); }
        if (r.hidden) { console.log(`(measure-only: misses hidden)`); continue; }
        console.log(`misses by cause (${r.name}):`);
        for (const l of countKinds(r.misses).map(line)) console.log(l);
      }
      console.log(`\nmisses by cause, all stories written for the scorer:`);
      for (const l of countKinds(unseen.filter((r) => !r.hidden).flatMap((r) => r.misses)).map(line)) console.log(l);
    } else for (const r of results) { console.log(''); for (const l of r.lines) { if (r.hidden && l.startsWith('| gold ')) break; console.log(l); } }
    if (process.env.EVAL_VERBOSE) {
      for (const st of stories) console.log(`story ${st.id}: ${st.documents.map((d) => fileById.get(d.id) ?? d.id.slice(0, 8)).join(', ')}`);
    }
  } finally {
    await store.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}
