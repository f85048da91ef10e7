// newsgraph stories [--db FILE|URL] [--json] [--rebuild]
import { parseArgs } from 'node:util';
import { openStoreForCli } from '../store/open-cli.js';
import { updateStories } from '../story/index.js';
import type { Fact, StoriesOutput, Story } from '../story/types.js';
import { usageError, type Io } from './io.js';

const USAGE = 'newsgraph stories [--db FILE|postgres://…] [--json] [--rebuild]';
const HELP = `${USAGE}

Groups the stored documents into stories (new documents join a story or start one), merges their
events and facts, and prints them: with --json in the stories-v1 format, else as a readable report.
  --rebuild   rebuild every story from its documents (after an upgrade)
`;

const fmtNum = (v: string | number) => (typeof v === 'number' ? v.toLocaleString('en-US') : v);
const MOD: Record<string, string> = {
  AT_LEAST: 'at least ', MIN: 'at least ', EQUAL_OR_MORE: 'at least ', MORE_THAN: 'more than ', AT_MOST: 'up to ', MAX: 'at most ', EQUAL_OR_LESS: 'at most ',
  LESS_THAN: 'less than ', APPROX: 'about ', ON_OR_AFTER: 'on or after ', ON_OR_BEFORE: 'on or before ', BEFORE: 'before ', AFTER: 'after ',
};

export function factLine(f: Fact, color: boolean): string {
  const mark = f.consistent ? (color ? '\x1b[32m✓\x1b[0m' : '✓') : (color ? '\x1b[31m✗\x1b[0m' : '✗');
  const vals = f.values.map((v) => `${v.mod ? MOD[v.mod] ?? `${v.mod} ` : ''}${fmtNum(v.value)}${v.unit ? ` ${v.unit}` : ''} (${[...new Set(v.sources.map((s) => s.outlet ?? s.document.slice(0, 8)))].join(', ')}${v.asOf ? `, ${v.asOf}` : ''})`);
  const period = f.phase && f.period ? ` (${f.period.from}${f.period.to !== f.period.from ? ` to ${f.period.to}` : ''})` : '';
  return `${mark} ${f.subject} — ${f.attribute}${period}: ${vals.join('; ')} — ${f.corroboration.documents} document${f.corroboration.documents === 1 ? '' : 's'}, ${f.corroboration.independentSources} independent source${f.corroboration.independentSources === 1 ? '' : 's'}`;
}

export function renderStory(s: Story, n: number, total: number, color: boolean): string {
  const b = (x: string) => (color ? `\x1b[1m${x}\x1b[0m` : x);
  const dates = s.documents.map((d) => d.publishedAt?.slice(0, 10)).filter(Boolean).sort();
  const out: string[] = [];
  out.push(b(`Story ${n}/${total}: ${s.title}`) + `  [${s.id}] ${s.documents.length} document${s.documents.length === 1 ? '' : 's'}${dates.length ? `, ${dates[0]} → ${dates[dates.length - 1]}` : ''}`);
  out.push('  Documents:');
  for (const d of s.documents) {
    out.push(`    ${d.publishedAt?.slice(0, 10) ?? '          '}  ${d.outlet ?? '—'}: ${d.title ?? d.id.slice(0, 12)}${d.copyOf ? `  (copy of ${d.copyOf.slice(0, 12)})` : ''}`);
    if (d.copies?.length) out.push(`                also published by ${d.copies.map((c) => c.outlet ?? c.url).join(', ')}`);
  }
  if (s.entities.length) out.push(`  Entities: ${s.entities.map((e) => e.name + (e.kb?.wikidata ? ` (${e.kb.wikidata})` : '')).join(', ')}`);
  if (s.events.length) {
    out.push('  Events:');
    for (const e of s.events) {
      out.push(`    ${e.id} ${e.type}${e.participants.length ? `: ${e.participants.join(', ')}` : ''}${e.places?.length ? ` @ ${e.places.join(', ')}` : ''}${e.date ? ` [${e.date}]` : ''} — ${e.documents.length} doc${e.documents.length === 1 ? '' : 's'}, ${e.independentSources ?? '?'} independent, ${e.certainty}, ${e.status}`);
    }
  }
  if (s.facts.length) {
    out.push('  Facts:');
    for (const f of s.facts) {
      out.push(`    ${factLine(f, color)}`);
      if ((!f.consistent || f.verdict === 'updated') && f.why) out.push(`        ${f.why}`);
    }
  }
  if (s.timeline.length) {
    out.push('  Timeline:');
    for (const t of s.timeline) out.push(`    ${t.date || '(undated)'}  ${t.event} ${t.type ?? ''}${t.dateFrom === 'document' ? ' (report date)' : ''} — ${t.documents.length} doc${t.documents.length === 1 ? '' : 's'}`);
  }
  return out.join('\n');
}

export default async function run(args: string[], io: Io): Promise<number> {
  let v;
  try {
    v = parseArgs({ args, allowPositionals: false, strict: true, options: { db: { type: 'string' }, json: { type: 'boolean' }, rebuild: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) { throw usageError(e, USAGE); }
  if (v.values.help) { io.out(HELP); return 0; }
  const store = await openStoreForCli(v.values.db, { mustExist: true });
  try {
    await updateStories(store, { rebuildAll: Boolean(v.values.rebuild) });
    const stories = (await store.listStories({ limit: 100000 })).items;
    if (v.values.json) {
      const out: StoriesOutput = { version: 1, stories };
      io.out(`${JSON.stringify(out, null, 2)}\n`);
    } else if (!stories.length) {
      io.out('no stories yet: ingest some documents first (newsgraph ingest PATH...)\n');
    } else {
      io.out(stories.map((s, i) => renderStory(s, i + 1, stories.length, io.color)).join('\n\n') + '\n');
    }
    return 0;
  } finally {
    await store.close();
  }
}
