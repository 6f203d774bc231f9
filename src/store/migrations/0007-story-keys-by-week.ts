import type { Migration } from "./index.js";

/**
 * Story lookup keys start with their week ("2750/a:USA", was "a:USA@2750"), so that the
 * postings a new article reads and writes (its own week and the two beside it) sit together
 * at the end of the table instead of being spread over every week ever stored: at 50k
 * articles the old order made each save touch ~50 pages scattered over the whole table. Each
 * posting carries its article's key count, so the rule "share min(3, yours, theirs) keys"
 * reads it there and no longer looks up every article that shares one key (thousands per
 * lookup). The count moves off `story_articles`, where it sat after the profile's overflow pages.
 */
export const storyKeysByWeek: Migration = {
  version: 7,
  name: "story lookup keys by week first, with their article's key count",
  sql: `
CREATE TABLE story_keys_by_week (
  key TEXT NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  key_count INTEGER NOT NULL,
  PRIMARY KEY (key, article_id)
) WITHOUT ROWID;
INSERT INTO story_keys_by_week (key, article_id, key_count)
  SELECT substr(k.key, instr(k.key, '@') + 1) || '/' || substr(k.key, 1, instr(k.key, '@') - 1), k.article_id, s.key_count
  FROM story_keys k JOIN story_articles s ON s.article_id = k.article_id
  WHERE instr(k.key, '@') > 0;
DROP TABLE story_keys;
ALTER TABLE story_keys_by_week RENAME TO story_keys;
CREATE INDEX story_keys_article ON story_keys (article_id);
ALTER TABLE story_articles DROP COLUMN key_count;
`,
};
