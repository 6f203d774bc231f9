import type { Migration } from "./index.js";

/**
 * Every query keeps to the latest version of each article by joining on
 * `articles.latest_version_id`; without an index that join scans all articles per row.
 */
export const latestVersionIndex: Migration = {
  version: 3,
  name: "index on the latest version of each article",
  sql: `CREATE UNIQUE INDEX articles_latest_version ON articles (latest_version_id);`,
};
