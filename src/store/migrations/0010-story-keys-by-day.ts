import type { Migration } from "./index.js";

/**
 * Story lookup keys start with their article's day (days since 1970: "20343/a:USA", was the
 * week "2906/a:USA"). A same-story link needs two reports at most three days apart, so a lookup
 * now reads its day and the three either side, a week of postings, instead of three weeks.
 * Undated articles keep "-". The day comes from `story_articles.day`, worked out as the code
 * does (`Date.parse`): a day that is no day of the calendar files the keys as undated.
 */
export const storyKeysByDay: Migration = {
  version: 10,
  name: "story lookup keys by day first",
  sql: `
CREATE TABLE story_keys_by_day (
  key TEXT NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  key_count INTEGER NOT NULL,
  PRIMARY KEY (key, article_id)
) WITHOUT ROWID;
INSERT OR IGNORE INTO story_keys_by_day (key, article_id, key_count)
  SELECT coalesce(CAST(julianday(s.day) - 2440587.5 AS INTEGER), '-') || substr(k.key, instr(k.key, '/')), k.article_id, k.key_count
  FROM story_keys k LEFT JOIN story_articles s ON s.article_id = k.article_id
  WHERE instr(k.key, '/') > 0
  ORDER BY 1, 2;
DROP TABLE story_keys;
ALTER TABLE story_keys_by_day RENAME TO story_keys;
CREATE INDEX story_keys_article ON story_keys (article_id);
`,
};
