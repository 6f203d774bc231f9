import type { Migration } from "../migrations/index.js";

/**
 * Story lookup keys are filed again from each article's stored profile: under its day (days
 * since 1970: "20343/n:costa", was the week) and only for its names (the 40 longest) and named
 * actors, no longer its actor codes and dyads, so a lookup reads a week of postings instead of
 * three. The day is worked out as the code does (`Date.parse`, which rolls 2025-02-30 over to
 * March 2): a day past the month's end rolls over, a month or day out of range files the
 * article as undated ("-"). This is `storeKeysOf` in SQL.
 */
export const storyKeysByDay: Migration = {
  version: 10,
  name: "story lookup keys by day first, names and named actors only",
  sql: `
CREATE TABLE story_keys_by_day (
  key TEXT COLLATE "C" NOT NULL,
  article_id TEXT COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  key_count INTEGER NOT NULL,
  PRIMARY KEY (key, article_id)
);
WITH ranked AS (
  SELECT s.article_id, 'n:' || n.value AS subject,
    row_number() OVER (PARTITION BY s.article_id ORDER BY length(n.value) DESC, n.value COLLATE "C") AS rank
  FROM story_articles s CROSS JOIN LATERAL jsonb_array_elements_text(coalesce(s.profile::jsonb -> 'names', '[]'::jsonb)) AS n(value)
),
subjects AS (
  SELECT article_id, subject FROM ranked WHERE rank <= 40
  UNION ALL
  SELECT s.article_id, 'a:' || a.value
  FROM story_articles s CROSS JOIN LATERAL jsonb_array_elements_text(coalesce(s.profile::jsonb -> 'named', '[]'::jsonb)) AS a(value)
)
INSERT INTO story_keys_by_day (key, article_id, key_count)
  SELECT coalesce(
      CASE WHEN s.day ~ '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'
        THEN ((make_date(substr(s.day, 1, 4)::int, substr(s.day, 6, 2)::int, 1) + (substr(s.day, 9, 2)::int - 1)) - DATE '1970-01-01')::text
      END, '-') || '/' || k.subject,
    k.article_id, count(*) OVER (PARTITION BY k.article_id)
  FROM subjects k JOIN story_articles s ON s.article_id = k.article_id
ON CONFLICT DO NOTHING;
DROP TABLE story_keys;
ALTER TABLE story_keys_by_day RENAME TO story_keys;
ALTER INDEX story_keys_by_day_pkey RENAME TO story_keys_pkey;
CREATE INDEX story_keys_article ON story_keys (article_id);
`,
};
