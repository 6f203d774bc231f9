import type { Migration } from "./index.js";

/**
 * The dyad timeline reads every event of a dyad: with this index it finds them by exact seeks
 * on (source, target) and reads the date, modality, QuadClass, Goldstein score and version from
 * the index alone, never the table (p95 at 1M events: see bench/perf/store.ts). It replaces
 * `events_dyad (source, target)`, of which it is an extension.
 */
export const dyadTrendIndex: Migration = {
  version: 6,
  name: "covering index for the dyad timeline",
  sql: `
DROP INDEX events_dyad;
CREATE INDEX events_dyad_trend ON events (source, target, date, modality, quad, goldstein, version_id);
`,
};
