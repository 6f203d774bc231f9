import type { Migration } from "./index.js";

/**
 * Story lookup keys are filed again from each article's stored profile: under its day (days
 * since 1970: "20343/n:costa", was the week "2906/...") and only for its names (the 40
 * longest) and named actors ("a:ana-costa"), no longer its actor codes and dyads. A same-story
 * link needs two reports at most three days apart and a shared name, so a lookup now reads a
 * week of postings instead of three, and no longer every report on one government. Undated
 * articles keep "-"; a day that is no day of the calendar files its article as undated, as
 * the code does (`Date.parse`). This is `storeKeysOf` in SQL.
 */
export const storyKeysByDay: Migration = {
  version: 10,
  name: "story lookup keys by day first, names and named actors only",
  sql: `
CREATE TABLE story_keys_by_day (
  key TEXT NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  key_count INTEGER NOT NULL,
  PRIMARY KEY (key, article_id)
) WITHOUT ROWID;
WITH ranked AS (
  SELECT s.article_id, 'n:' || n.value AS subject, row_number() OVER (PARTITION BY s.article_id ORDER BY length(n.value) DESC, n.value) AS rank
  FROM story_articles s, json_each(s.profile, '$.names') n
),
subjects AS (
  SELECT article_id, subject FROM ranked WHERE rank <= 40
  UNION ALL
  SELECT s.article_id, 'a:' || a.value FROM story_articles s, json_each(s.profile, '$.named') a
)
INSERT OR IGNORE INTO story_keys_by_day (key, article_id, key_count)
  SELECT coalesce(CAST(julianday(s.day) - 2440587.5 AS INTEGER), '-') || '/' || k.subject, k.article_id, count(*) OVER (PARTITION BY k.article_id)
  FROM subjects k JOIN story_articles s ON s.article_id = k.article_id
  ORDER BY 1, 2;
DROP TABLE story_keys;
ALTER TABLE story_keys_by_day RENAME TO story_keys;
CREATE INDEX story_keys_article ON story_keys (article_id);
`,
};
