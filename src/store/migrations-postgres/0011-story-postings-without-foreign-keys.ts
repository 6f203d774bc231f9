import type { Migration } from "../migrations/index.js";

/**
 * Story postings (LSH buckets, lookup keys) lose their foreign key to `articles`, as in
 * SQLite's migration 11: they are only ever written by the placement that has just saved
 * their article, and no article is ever deleted. Whatever PostgreSQL named the constraints
 * (story_keys was created under another name), each foreign key of the two tables goes.
 */
export const storyPostingsWithoutForeignKeys: Migration = {
  version: 11,
  name: "story postings without foreign keys",
  sql: `
DO $$
DECLARE
  fk record;
BEGIN
  FOR fk IN
    SELECT conrelid::regclass AS tab, conname FROM pg_constraint
    WHERE contype = 'f' AND conrelid IN ('story_buckets'::regclass, 'story_keys'::regclass)
  LOOP
    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', fk.tab, fk.conname);
  END LOOP;
END $$;
`,
};
