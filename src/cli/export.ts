// newsgraph export --format jsonl|csv|graphml [--db FILE|URL]
// csv: one merged event a row in the spirit of GDELT's event table; jsonl: the same rows as JSON
// objects; graphml: stories, events and entities as a graph (Gephi, yEd, networkx).
import { parseArgs } from 'node:util';
import { InputError } from '../core/errors.js';
import { openStoreForCli } from '../store/open-cli.js';
import { updateStories } from '../story/index.js';
import type { Story } from '../story/types.js';
import { usageError, type Io } from './io.js';

const USAGE = 'newsgraph export --format jsonl|csv|graphml [--db FILE|postgres://…]';

export interface EventRowOut {
  date: string; type: string; cameo: string; actor1: string; actor2: string; participants: string[]; place: string;
  lat: number | null; lon: number | null; certainty: string; status: string; documents: number; independentSources: number;
  urls: string[]; story: string; event: string; storyTitle: string;
}

export function eventRows(stories: Story[]): EventRowOut[] {
  const rows: EventRowOut[] = [];
  for (const s of stories) {
    const url = new Map(s.documents.map((d) => [d.id, d.url]));
    for (const e of s.events) {
      const t = s.timeline.find((x) => x.event === e.id);
      rows.push({
        date: e.date ?? t?.date ?? '', type: e.type, cameo: e.cameo ?? '', actor1: e.participants[0] ?? '', actor2: e.participants[1] ?? '',
        participants: e.participants, place: e.places?.[0] ?? '', lat: e.lat ?? null, lon: e.lon ?? null, certainty: e.certainty, status: e.status,
        documents: e.documents.length, independentSources: e.independentSources ?? e.documents.length,
        urls: e.documents.map((d) => url.get(d)).filter((u): u is string => Boolean(u)), story: s.id, event: e.id, storyTitle: s.title,
      });
    }
  }
  return rows.sort((a, b) => a.date.localeCompare(b.date) || a.story.localeCompare(b.story) || a.event.localeCompare(b.event, undefined, { numeric: true }));
}

/** RFC 4180 quoting; text cells that a spreadsheet would run as a formula get a leading apostrophe. */
export function csvCell(v: unknown, text = true): string {
  let s = v === null || v === undefined ? '' : Array.isArray(v) ? v.join(' ') : String(v);
  if (text && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const COLS: (keyof EventRowOut)[] = ['date', 'type', 'cameo', 'actor1', 'actor2', 'participants', 'place', 'lat', 'lon', 'certainty', 'status', 'documents', 'independentSources', 'urls', 'story', 'event', 'storyTitle'];
const NUMERIC = new Set<keyof EventRowOut>(['lat', 'lon', 'documents', 'independentSources']);

export function toCsv(rows: EventRowOut[]): string {
  const head = COLS.join(',');
  return [head, ...rows.map((r) => COLS.map((c) => csvCell(r[c], !NUMERIC.has(c))).join(','))].join('\r\n') + '\r\n';
}

const xml = (s: string) => s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!)
  .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

export function toGraphml(stories: Story[]): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
    '  <key id="date" for="node" attr.name="date" attr.type="string"/>',
    '  <key id="documents" for="node" attr.name="documents" attr.type="int"/>',
    '  <key id="role" for="edge" attr.name="role" attr.type="string"/>',
    '  <graph id="newsgraph" edgedefault="directed">'];
  const nodes = new Set<string>();
  const node = (id: string, data: Record<string, string | number | undefined>) => {
    if (nodes.has(id)) return;
    nodes.add(id);
    out.push(`    <node id="${xml(id)}">${Object.entries(data).filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `<data key="${k}">${xml(String(v))}</data>`).join('')}</node>`);
  };
  let n = 0;
  const edge = (a: string, b: string, role: string) => out.push(`    <edge id="x${n++}" source="${xml(a)}" target="${xml(b)}"><data key="role">${xml(role)}</data></edge>`);
  for (const s of stories) {
    node(`story:${s.id}`, { kind: 'story', label: s.title, documents: s.documents.length, date: s.updated });
    for (const e of s.events) {
      const id = `event:${s.id}/${e.id}`;
      node(id, { kind: 'event', label: `${e.type} ${e.participants.join(', ')}`.trim(), type: e.type, date: e.date, documents: e.documents.length });
      edge(`story:${s.id}`, id, 'has-event');
      for (const p of e.participants) { node(`entity:${p}`, { kind: 'entity', label: p }); edge(id, `entity:${p}`, 'participant'); }
      for (const p of e.places ?? []) { node(`entity:${p}`, { kind: 'entity', label: p }); edge(id, `entity:${p}`, 'place'); }
    }
  }
  out.push('  </graph>', '</graphml>');
  return out.join('\n') + '\n';
}

export default async function run(args: string[], io: Io): Promise<number> {
  let v;
  try {
    v = parseArgs({ args, allowPositionals: false, strict: true, options: { db: { type: 'string' }, format: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) { throw usageError(e, USAGE); }
  if (v.values.help) { io.out(`${USAGE}\n`); return 0; }
  const format = v.values.format;
  if (!format) throw new InputError('E009', `export needs --format jsonl, csv or graphml (usage: ${USAGE})`);
  if (!['jsonl', 'csv', 'graphml'].includes(format)) throw new InputError('E008', `unknown --format "${format}" (expected jsonl, csv or graphml)`);
  const store = await openStoreForCli(v.values.db, { mustExist: true });
  try {
    await updateStories(store);
    const stories = (await store.listStories({ limit: 100000 })).items;
    if (format === 'csv') io.out(toCsv(eventRows(stories)));
    else if (format === 'jsonl') io.out(eventRows(stories).map((r) => JSON.stringify(r)).join('\n') + (stories.length ? '\n' : ''));
    else io.out(toGraphml(stories));
    return 0;
  } finally {
    await store.close();
  }
}
