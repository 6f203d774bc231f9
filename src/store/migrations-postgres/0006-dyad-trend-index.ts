import type { Migration } from "../migrations/index.js";

/**
 * The dyad timeline reads every event of a dyad: with this index it finds them by exact seeks
 * on (source, target) and can read the rest from the index (an index-only scan once vacuumed).
 * It replaces `events_dyad (source, target)`, of which it is an extension.
 */
export const dyadTrendIndex: Migration = {
  version: 6,
  name: "covering index for the dyad timeline",
  sql: `
DROP INDEX events_dyad;
CREATE INDEX events_dyad_trend ON events (source, target) INCLUDE (date, modality, quad, goldstein, version_id);
`,
};
