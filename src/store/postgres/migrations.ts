// Versioned migrations for PostgreSQL. Each runs with its version row inside one transaction
// (PostgreSQL DDL is transactional): all or nothing. Append new versions; never edit a released one.

export interface Migration { version: number; name: string; sql: string }

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'documents, entities, events, claims, stories, facts',
    sql: `
CREATE TABLE documents (
  rid BIGSERIAL PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  outlet TEXT, title TEXT, url TEXT, published_at TEXT,
  added_at TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  copy_of TEXT,
  story_id TEXT,
  source TEXT,
  chars INTEGER NOT NULL,
  text TEXT NOT NULL,
  analysis JSONB NOT NULL,
  tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED
);
CREATE INDEX documents_published ON documents(published_at);
CREATE INDEX documents_story ON documents(story_id);
CREATE INDEX documents_outlet ON documents(outlet);
CREATE INDEX documents_url ON documents(url);
CREATE INDEX documents_tsv ON documents USING GIN (tsv);
CREATE TABLE doc_bands (band INTEGER NOT NULL, doc BIGINT NOT NULL REFERENCES documents(rid));
CREATE INDEX doc_bands_band ON doc_bands(band);
CREATE TABLE entities (
  key TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, wikidata TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION, country TEXT
);
CREATE INDEX entities_name ON entities(name);
CREATE TABLE mentions (
  doc_id TEXT NOT NULL REFERENCES documents(id), local_id TEXT NOT NULL, entity_key TEXT NOT NULL REFERENCES entities(key),
  texts TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (doc_id, local_id)
);
CREATE INDEX mentions_entity ON mentions(entity_key);
CREATE TABLE events (
  doc_id TEXT NOT NULL REFERENCES documents(id), id TEXT NOT NULL, type TEXT NOT NULL, cameo TEXT, trig TEXT NOT NULL,
  certainty TEXT, polarity TEXT, status TEXT, date TEXT, place TEXT, entities TEXT NOT NULL, story_event TEXT,
  PRIMARY KEY (doc_id, id)
);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_place ON events(place);
CREATE TABLE event_entities (doc_id TEXT NOT NULL, event_id TEXT NOT NULL, entity_key TEXT NOT NULL, role TEXT NOT NULL);
CREATE INDEX event_entities_entity ON event_entities(entity_key);
CREATE INDEX event_entities_event ON event_entities(doc_id, event_id);
CREATE TABLE claims (
  doc_id TEXT NOT NULL REFERENCES documents(id), id TEXT NOT NULL, text TEXT NOT NULL, certainty TEXT, polarity TEXT, status TEXT,
  attribution TEXT NOT NULL, PRIMARY KEY (doc_id, id)
);
CREATE TABLE stories (id TEXT PRIMARY KEY, title TEXT NOT NULL, updated TEXT, data JSON NOT NULL); -- json keeps key order as written
CREATE INDEX stories_updated ON stories(updated);
CREATE TABLE facts (
  story_id TEXT NOT NULL, idx INTEGER NOT NULL, subject TEXT NOT NULL, attribute TEXT NOT NULL, consistent BOOLEAN NOT NULL,
  data JSON NOT NULL, PRIMARY KEY (story_id, idx)
);
CREATE INDEX facts_subject ON facts(subject);
`,
  },
  {
    version: 2,
    name: 'term profiles of documents (story grouping without loading analyses); story sizes',
    sql: `
ALTER TABLE documents ADD COLUMN terms TEXT;
ALTER TABLE stories ADD COLUMN size INTEGER;
`,
  },
  {
    version: 3,
    name: 'sightings: the same text published again by other outlets (exact syndicated copies)',
    sql: `
CREATE TABLE sightings (
  sid BIGSERIAL PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id), outlet TEXT, title TEXT, url TEXT, published_at TEXT, source TEXT, added_at TEXT NOT NULL
);
CREATE UNIQUE INDEX sightings_unique ON sightings(doc_id, coalesce(outlet, ''), coalesce(url, ''));
`,
  },
];
