import type { Migration } from "../migrations/index.js";

/**
 * Stories, as SQLite's second migration: each article's story and profile, its LSH buckets and
 * lookup keys (posting lists read through their primary keys), and each event's canonical event.
 */
export const stories: Migration = {
  version: 2,
  name: "stories and canonical events",
  sql: `
CREATE TABLE story_articles (
  article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  story_id TEXT COLLATE "C" NOT NULL,
  day TEXT COLLATE "C",
  -- the day, with undated articles last: the order that picks a story's earliest article
  day_key TEXT COLLATE "C" NOT NULL,
  source TEXT COLLATE "C",
  profile TEXT NOT NULL
);
CREATE INDEX story_articles_story ON story_articles (story_id, day_key, article_id);

CREATE TABLE story_buckets (
  bucket TEXT COLLATE "C" NOT NULL,
  article_id TEXT COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  PRIMARY KEY (bucket, article_id)
);
CREATE INDEX story_buckets_article ON story_buckets (article_id);

CREATE TABLE story_keys (
  key TEXT COLLATE "C" NOT NULL,
  article_id TEXT COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  PRIMARY KEY (key, article_id)
);
CREATE INDEX story_keys_article ON story_keys (article_id);

CREATE TABLE event_canonical (
  event_id TEXT COLLATE "C" PRIMARY KEY REFERENCES events(event_id) ON DELETE CASCADE,
  canonical_id TEXT COLLATE "C" NOT NULL
);
CREATE INDEX event_canonical_canonical ON event_canonical (canonical_id);
CREATE INDEX events_code_date ON events (cameo, date);
`,
};
