#!/usr/bin/env node
// Sanity checks for the devset gold files: JSON parses, every time/quantity text and claim anchor
// occurs in the article (first occurrence is what the scorer uses), anchors are unique, counts in range.
// Usage: node eval/devset/validate.mjs [DIR]   (DIR defaults to eval/devset; e.g. eval/devset-b)
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = process.argv[2] ?? dirname(fileURLToPath(import.meta.url));
if (!existsSync(dir) || !statSync(dir).isDirectory()) { console.error(`validate: no directory ${dir}`); process.exit(2); }
const TYPES = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'WEAPON']);
const CERT = new Set(['CERTAIN', 'PROBABLE', 'POSSIBLE', 'UNKNOWN']);
const STAT = new Set(['PAST', 'ONGOING', 'FUTURE']);
let errors = 0, warnings = 0;
const err = (f, m) => { errors++; console.log(`ERROR ${f}: ${m}`); };
const warn = (f, m) => { warnings++; console.log(`warn  ${f}: ${m}`); };
const count = (hay, needle) => { let n = 0, i = -1; while ((i = hay.indexOf(needle, i + 1)) >= 0) n++; return n; };
const tot = { docs: 0, words: 0, entities: 0, times: 0, quantities: 0, claims: 0, events: 0, checks: 0 };

for (const f of readdirSync(dir).filter((x) => x.endsWith('.gold.json')).sort()) {
  let g;
  try { g = JSON.parse(readFileSync(join(dir, f), 'utf8')); } catch (e) { err(f, `JSON: ${e.message}`); continue; }
  for (const k of ['file', 'publishedAt', 'outlet', 'title', 'entities', 'times', 'quantities', 'claims', 'events', 'checks'])
    if (!(k in g)) err(f, `missing field ${k}`);
  if (g.file !== f.replace(/\.gold\.json$/, '.txt')) err(f, `file ${g.file} does not match`);
  let text;
  try { text = readFileSync(join(dir, g.file), 'utf8'); } catch { err(f, `no article ${g.file}`); continue; }
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words < 150 || words > 400) err(f, `${words} words`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(g.publishedAt) || isNaN(Date.parse(g.publishedAt))) err(f, `bad publishedAt ${g.publishedAt}`);
  const names = new Set();
  for (const e of g.entities ?? []) {
    if (!TYPES.has(e.type)) err(f, `entity ${e.name} type ${e.type}`);
    if (e.wikidata && !/^Q\d+$/.test(e.wikidata)) err(f, `entity ${e.name} qid ${e.wikidata}`);
    const forms = [e.name, ...(e.aliases ?? [])];
    if (!forms.some((n) => text.toLowerCase().includes(n.toLowerCase()))) warn(f, `entity ${e.name}: no form occurs in the text`);
    names.add(e.name);
  }
  for (const t of g.times ?? []) {
    const n = count(text, t.text);
    if (!n) err(f, `time text not found: "${t.text}"`); else if (n > 1) warn(f, `time text occurs ${n}x: "${t.text}"`);
    if (!['DATE', 'TIME', 'DURATION', 'SET'].includes(t.type)) err(f, `time type ${t.type}`);
  }
  for (const q of g.quantities ?? []) {
    const n = count(text, q.text);
    if (!n) err(f, `quantity text not found: "${q.text}"`); else if (n > 1) warn(f, `quantity text occurs ${n}x: "${q.text}"`);
    if (typeof q.value !== 'number') err(f, `quantity value not a number: "${q.text}"`);
  }
  const cl = g.claims ?? [];
  if (cl.length < 8 || cl.length > 12) err(f, `${cl.length} claims`);
  for (const c of cl) {
    const n = count(text, c.anchor);
    if (n !== 1) err(f, `anchor occurs ${n}x: "${c.anchor}"`);
    if (!Array.isArray(c.attribution) || !c.attribution.length || !c.attribution.every(Array.isArray)) err(f, `attribution shape: "${c.anchor}"`);
    if (!CERT.has(c.certainty)) err(f, `certainty ${c.certainty}`);
    if (c.status && !c.status.every((s) => STAT.has(s))) err(f, `status ${c.status}`);
  }
  const ev = g.events ?? [];
  if (ev.length < 3 || ev.length > 6) err(f, `${ev.length} events`);
  for (const e of ev) for (const p of [...e.participants, ...(e.places ?? []), ...(e.anyOf ?? [])])
    if (!names.has(p)) err(f, `event ${e.type} names ${p}, not a gold entity`);
  tot.docs++; tot.words += words;
  for (const k of ['entities', 'times', 'quantities', 'claims', 'events', 'checks']) tot[k] += (g[k] ?? []).length;
}
console.log(JSON.stringify(tot));
console.log(`${errors} errors, ${warnings} warnings`);
process.exit(errors ? 1 : 0);
