import type { Migration } from "../migrations/index.js";

/**
 * Story lookup keys start with their article's day (days since 1970: "20343/a:USA", was the
 * week "2906/a:USA"), so a lookup reads a week of postings instead of three. The day is worked
 * out as the code does (`Date.parse`, which rolls 2025-02-30 over to March 2): a day past the
 * month's end rolls over, a month or day out of range files the keys as undated ("-").
 */
export const storyKeysByDay: Migration = {
  version: 10,
  name: "story lookup keys by day first",
  sql: `
CREATE TABLE story_keys_by_day (
  key TEXT COLLATE "C" NOT NULL,
  article_id TEXT COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  key_count INTEGER NOT NULL,
  PRIMARY KEY (key, article_id)
);
INSERT INTO story_keys_by_day (key, article_id, key_count)
  SELECT coalesce(
      CASE WHEN s.day ~ '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'
        THEN ((make_date(substr(s.day, 1, 4)::int, substr(s.day, 6, 2)::int, 1) + (substr(s.day, 9, 2)::int - 1)) - DATE '1970-01-01')::text
      END, '-') || substr(k.key, strpos(k.key, '/')),
    k.article_id, k.key_count
  FROM story_keys k LEFT JOIN story_articles s ON s.article_id = k.article_id
  WHERE strpos(k.key, '/') > 0
ON CONFLICT DO NOTHING;
DROP TABLE story_keys;
ALTER TABLE story_keys_by_day RENAME TO story_keys;
ALTER INDEX story_keys_by_day_pkey RENAME TO story_keys_pkey;
CREATE INDEX story_keys_article ON story_keys (article_id);
`,
};
