// One-off, re-runnable: copies the subsets of /work/shared/data that the KB build uses into data/kb/sources/,
// dropping unused columns and keeping each folder's PROVENANCE and licence file beside the copy.
// Usage: node dist/scripts/kb/import-sources.js [/path/to/shared/data]
// The KB build itself (scripts/build-kb.ts) reads only data/kb/** and npm packages.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
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
