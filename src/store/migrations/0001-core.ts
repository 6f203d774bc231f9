import type { Migration } from "./index.js";

/**
 * Articles, their versions, and one table per annotation layer. Layer rows belong to a
 * version (`version_id`), so an old version keeps its annotations; queries join on
 * `articles.latest_version_id` to see only the latest. Offsets are JavaScript string offsets
 * into the version's `text`.
 */
export const core: Migration = {
  version: 1,
  name: "articles, versions and layers",
  sql: `
CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  first_seen TEXT NOT NULL,
  latest_version_id INTEGER
);

CREATE TABLE versions (
  id INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  number INTEGER NOT NULL CHECK (number >= 1),
  content_hash TEXT NOT NULL,
  title TEXT,
  source TEXT,
  url TEXT,
  author TEXT,
  published TEXT,
  published_precision TEXT,
  published_origin TEXT,
  language TEXT NOT NULL,
  format TEXT NOT NULL,
  origin TEXT NOT NULL,
  text TEXT NOT NULL,
  paragraphs TEXT NOT NULL,
  sentences TEXT NOT NULL,
  messages TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  UNIQUE (article_id, number),
  UNIQUE (article_id, content_hash)
);
CREATE INDEX versions_published ON versions (published);
CREATE INDEX versions_source ON versions (source COLLATE NOCASE);
CREATE INDEX versions_url ON versions (url);

CREATE TABLE boilerplate (
  version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  kind TEXT NOT NULL,
  PRIMARY KEY (version_id, ord)
) WITHOUT ROWID;

CREATE TABLE times (
  version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  value TEXT NOT NULL,
  type TEXT NOT NULL,
  precision TEXT NOT NULL,
  range_from TEXT,
  range_to TEXT,
  has_range INTEGER NOT NULL CHECK (has_range IN (0, 1)),
  PRIMARY KEY (version_id, ord)
) WITHOUT ROWID;

CREATE TABLE quantities (
  version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  value REAL NOT NULL,
  comparator TEXT NOT NULL,
  unit TEXT,
  PRIMARY KEY (version_id, ord)
) WITHOUT ROWID;

CREATE TABLE mentions (
  version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  type TEXT NOT NULL,
  actor_id TEXT,
  actor_name TEXT,
  actor_code TEXT,
  actor_country TEXT,
  actor_sector TEXT,
  via TEXT,
  candidates TEXT,
  PRIMARY KEY (version_id, ord)
) WITHOUT ROWID;
CREATE INDEX mentions_actor_code ON mentions (actor_code);
CREATE INDEX mentions_actor_id ON mentions (actor_id);

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  event_id TEXT NOT NULL UNIQUE,
  version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  source TEXT,
  target TEXT,
  source_text TEXT,
  target_text TEXT,
  cameo TEXT NOT NULL,
  cameo_name TEXT NOT NULL,
  root TEXT NOT NULL,
  quad INTEGER NOT NULL CHECK (quad BETWEEN 1 AND 4),
  goldstein REAL NOT NULL,
  plover TEXT NOT NULL,
  modality TEXT NOT NULL,
  date TEXT,
  date_precision TEXT NOT NULL,
  location TEXT,
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  evidence_text TEXT NOT NULL,
  sentence INTEGER NOT NULL,
  sentence_text TEXT,
  rule TEXT NOT NULL,
  UNIQUE (version_id, ord)
);
CREATE INDEX events_source ON events (source);
CREATE INDEX events_target ON events (target);
CREATE INDEX events_dyad ON events (source, target);
CREATE INDEX events_date ON events (date);
CREATE INDEX events_root ON events (root);
CREATE INDEX events_cameo ON events (cameo);
CREATE INDEX events_plover ON events (plover);

CREATE TABLE claims (
  version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  value REAL NOT NULL,
  comparator TEXT NOT NULL,
  subject TEXT NOT NULL,
  predicate TEXT,
  date TEXT,
  since TEXT,
  attributed_to TEXT,
  sentence INTEGER NOT NULL,
  PRIMARY KEY (version_id, ord)
) WITHOUT ROWID;

-- Full text of the latest version of each article; kept in step by the same transaction.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
  title, text,
  content = 'versions', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
`,
};
