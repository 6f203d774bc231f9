import type { Migration } from "./index.js";

/**
 * Stories: each article's story and profile, its LSH buckets and lookup keys (each posting
 * list read through its primary key, so a lookup costs the same however many articles there
 * are), and the canonical event each stored event belongs to.
 */
export const stories: Migration = {
  version: 2,
  name: "stories and canonical events",
  sql: `
CREATE TABLE story_articles (
  article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  story_id TEXT NOT NULL,
  day TEXT,
  -- the day, with undated articles last: the order that picks a story's earliest article
  day_key TEXT NOT NULL,
  source TEXT,
  profile TEXT NOT NULL
);
CREATE INDEX story_articles_story ON story_articles (story_id, day_key, article_id);

CREATE TABLE story_buckets (
  bucket TEXT NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  PRIMARY KEY (bucket, article_id)
) WITHOUT ROWID;
CREATE INDEX story_buckets_article ON story_buckets (article_id);

CREATE TABLE story_keys (
  key TEXT NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  PRIMARY KEY (key, article_id)
) WITHOUT ROWID;
CREATE INDEX story_keys_article ON story_keys (article_id);

CREATE TABLE event_canonical (
  event_id TEXT PRIMARY KEY REFERENCES events(event_id) ON DELETE CASCADE,
  canonical_id TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX event_canonical_canonical ON event_canonical (canonical_id);
CREATE INDEX events_code_date ON events (cameo, date);
`,
};
