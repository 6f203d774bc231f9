import type { Migration } from "../migrations/index.js";

/**
 * Story lookup keys start with their week ("2750/a:USA", was "a:USA@2750"), so that the
 * postings a new article reads and writes sit together; each posting carries its article's
 * key count, so the shared-keys rule no longer looks up every article that shares one key.
 */
export const storyKeysByWeek: Migration = {
  version: 7,
  name: "story lookup keys by week first, with their article's key count",
  sql: `
CREATE TABLE story_keys_by_week (
  key TEXT COLLATE "C" NOT NULL,
  article_id TEXT COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  key_count INTEGER NOT NULL,
  PRIMARY KEY (key, article_id)
);
INSERT INTO story_keys_by_week (key, article_id, key_count)
  SELECT split_part(k.key, '@', 2) || '/' || split_part(k.key, '@', 1), k.article_id, s.key_count
  FROM story_keys k JOIN story_articles s ON s.article_id = k.article_id
  WHERE strpos(k.key, '@') > 0;
DROP TABLE story_keys;
ALTER TABLE story_keys_by_week RENAME TO story_keys;
ALTER INDEX story_keys_by_week_pkey RENAME TO story_keys_pkey;
CREATE INDEX story_keys_article ON story_keys (article_id);
ALTER TABLE story_articles DROP COLUMN key_count;
`,
};
