import type { Migration } from "../migrations/index.js";

/** Every query joins on `articles.latest_version_id`; without an index that join scans all articles. */
export const latestVersionIndex: Migration = {
  version: 3,
  name: "index on the latest version of each article",
  sql: `CREATE UNIQUE INDEX articles_latest_version ON articles (latest_version_id);`,
};
