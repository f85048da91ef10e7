// Geocoding accuracy within 161 km (100 miles) on GeoWebNews (GWN.xml) and GeoVirus, the usual geoparsing measure
// (Gritta et al. 2018/2019). Research-only corpora: measured here, never copied into the project.
//
// Gold toponyms: every annotated toponym with coordinates, except the common-noun expression types and
// non-toponyms (GeoWebNews types Literal_Expression, Non_Lit_Expression, Non_Toponym, Language are skipped).
// A gold toponym is *recognised* when a mention of an entity carrying `geo` overlaps its span; it is *correct* when
// that entity's coordinates lie within 161 km of the gold ones. We report accuracy@161 over recognised toponyms
// (geocoding proper), over all gold toponyms (end-to-end), the recognition rate, and the mean error in km.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity } from '../../src/core/types.js';
import { newDoc, type NlpDoc } from '../../src/nlp/doc.js';
import { runPipeline } from '../../src/nlp/pipeline.js';
import { segmentStage } from '../../src/nlp/segment/index.js';
import { entitiesStage } from '../../src/nlp/entities/index.js';

export interface GeoGold { start: number; end: number; name: string; lat: number; lon: number }
export interface GeoDoc { id: string; text: string; gold: GeoGold[] }

const SKIP = new Set(['Literal_Expression', 'Non_Lit_Expression', 'Non_Toponym', 'Language']);

function unxml(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
const tag = (x: string, t: string) => { const m = new RegExp(`<${t}>([\\s\\S]*?)</${t}>`).exec(x); return m ? unxml(m[1]!) : undefined; };

export function readGeoWebNews(path: string): GeoDoc[] {
  const x = readFileSync(path, 'utf8');
  const docs: GeoDoc[] = [];
  for (const a of x.matchAll(/<article file="([^"]+)">([\s\S]*?)<\/article>/g)) {
    const text = tag(a[2]!, 'text') ?? '';
    const gold: GeoGold[] = [];
    for (const t of a[2]!.matchAll(/<toponym>([\s\S]*?)<\/toponym>/g)) {
      const b = t[1]!;
      const type = tag(b, 'type') ?? '';
      const lat = Number(tag(b, 'latitude')), lon = Number(tag(b, 'longitude'));
      if (SKIP.has(type) || !tag(b, 'latitude') || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
      gold.push({ start: Number(tag(b, 'start')), end: Number(tag(b, 'end')), name: tag(b, 'extractedName') ?? '', lat, lon });
    }
    docs.push({ id: `gwn-${a[1]}`, text, gold });
  }
  return docs;
}

export function readGeoVirus(path: string): GeoDoc[] {
  const x = readFileSync(path, 'utf8');
  const docs: GeoDoc[] = [];
  let i = 0;
  for (const a of x.matchAll(/<article>([\s\S]*?)<\/article>/g)) {
    const text = tag(a[1]!, 'text') ?? '';
    const gold: GeoGold[] = [];
    for (const l of a[1]!.matchAll(/<location>([\s\S]*?)<\/location>/g)) {
      const b = l[1]!;
      const lat = Number(tag(b, 'lat')), lon = Number(tag(b, 'lon'));
      if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
      gold.push({ start: Number(tag(b, 'start')), end: Number(tag(b, 'end')), name: tag(b, 'name') ?? '', lat, lon });
    }
    docs.push({ id: `geovirus-${i++}`, text, gold });
  }
  return docs;
}

export function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const R = 6371, rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad, dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface GeoScore { gold: number; aligned: number; recognised: number; correct: number; errSum: number; recNC: number; corNC: number }

/** Re-anchors a gold span whose offsets are shifted by a few characters (GeoVirus offsets are off by one). */
function align(text: string, g: GeoGold): GeoGold {
  if (text.slice(g.start, g.end) === g.name) return g;
  for (let d = 1; d <= 3; d++) for (const k of [-d, d]) if (text.slice(g.start + k, g.end + k) === g.name) return { ...g, start: g.start + k, end: g.end + k };
  return g;
}

export function scoreGeo(docs: GeoDoc[]): GeoScore {
  const s: GeoScore = { gold: 0, aligned: 0, recognised: 0, correct: 0, errSum: 0, recNC: 0, corNC: 0 };
  for (const d of docs) {
    if (!d.text) continue;
    const doc: NlpDoc = newDoc({ id: d.id, text: d.text, language: 'en' });
    runPipeline(doc, [segmentStage, entitiesStage]);
    const spans: { start: number; end: number; e: Entity }[] = [];
    for (const e of doc.entities) if (e.geo) for (const m of e.mentions) spans.push({ start: m.start, end: m.end, e });
    for (const g0 of d.gold) {
      const g = align(d.text, g0);
      s.gold++;
      if (d.text.slice(g.start, g.end) === g.name) s.aligned++;
      const hit = spans.find((x) => x.start < g.end && g.start < x.end);
      if (!hit) continue;
      s.recognised++;
      const km = haversineKm(hit.e.geo!, g);
      s.errSum += km;
      if (km <= 161) s.correct++;
      // countries and continents: centroid conventions differ by hundreds of km, so also report without them
      if (hit.e.kind !== 'COUNTRY' && hit.e.kind !== 'CONTINENT' && !hit.e.iso) { s.recNC++; if (km <= 161) s.corNC++; }
    }
  }
  return s;
}

function row(name: string, s: GeoScore): string {
  const pct = (n: number, d: number) => (d ? (n / d).toFixed(3) : '  -  ');
  return `  ${name.padEnd(12)} ${String(s.gold).padStart(6)} ${pct(s.aligned, s.gold)}    ${pct(s.recognised, s.gold)}      ${pct(s.correct, s.recognised)}          ${pct(s.correct, s.gold)}         ${s.recognised ? (s.errSum / s.recognised).toFixed(0) : '-'}      ${pct(s.corNC, s.recNC)} (${s.recNC})`;
}

export default async function run(shared: string): Promise<void> {
  const dir = join(shared, 'corpora', 'geoparsing');
  console.log('Geocoding accuracy@161km (entities stage: KB gazetteer + tagger + rules; geo from the KB).');
  console.log('  corpus        gold  offsets ok  recognised  acc@161|recognised  acc@161|all  mean km  acc@161 non-country (n)');
  if (existsSync(join(dir, 'GWN.xml'))) console.log(row('GeoWebNews', scoreGeo(readGeoWebNews(join(dir, 'GWN.xml')))));
  if (existsSync(join(dir, 'other', 'GeoVirus.xml'))) console.log(row('GeoVirus', scoreGeo(readGeoVirus(join(dir, 'other', 'GeoVirus.xml')))));
}
