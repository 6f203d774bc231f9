import type { Migration } from "../migrations/index.js";

/** How many lookup keys each article is filed under: a candidate shares min(3, its count, the new article's count). */
export const storyKeyCount: Migration = {
  version: 4,
  name: "story lookup key counts",
  sql: `
ALTER TABLE story_articles ADD COLUMN key_count INTEGER NOT NULL DEFAULT 0;
UPDATE story_articles SET key_count = (SELECT count(*) FROM story_keys k WHERE k.article_id = story_articles.article_id);
`,
};
