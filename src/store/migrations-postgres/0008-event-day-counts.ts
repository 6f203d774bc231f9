import type { Migration } from "../migrations/index.js";

/**
 * Events of the latest versions counted per source, target, day and modality, as in SQLite's
 * migration 8 (see there why, and what `cut` is). Saving an article keeps the table in step
 * (`postgres-event-counts.ts`); this fills it for a database that has events.
 */
export const eventDayCounts: Migration = {
  version: 8,
  name: "event counts per dyad, day and modality",
  sql: `
CREATE TABLE event_day_counts (
  cut SMALLINT NOT NULL CHECK (cut IN (0, 3)),
  source TEXT COLLATE "C" NOT NULL,
  target TEXT COLLATE "C" NOT NULL,
  day TEXT COLLATE "C" NOT NULL,
  modality TEXT NOT NULL,
  events INTEGER NOT NULL,
  goldstein DOUBLE PRECISION NOT NULL,
  q1 INTEGER NOT NULL,
  q2 INTEGER NOT NULL,
  q3 INTEGER NOT NULL,
  q4 INTEGER NOT NULL,
  PRIMARY KEY (cut, source, target, day, modality)
);
CREATE INDEX event_day_counts_target ON event_day_counts (cut, target, source);

INSERT INTO event_day_counts (cut, source, target, day, modality, events, goldstein, q1, q2, q3, q4)
SELECT 0, coalesce(e.source, ''), coalesce(e.target, ''), coalesce(substr(e.date, 1, 10), ''), e.modality,
  count(*), sum(e.goldstein), count(*) FILTER (WHERE e.quad = 1), count(*) FILTER (WHERE e.quad = 2),
  count(*) FILTER (WHERE e.quad = 3), count(*) FILTER (WHERE e.quad = 4)
FROM events e JOIN articles a ON a.latest_version_id = e.version_id
GROUP BY 2, 3, 4, 5;

INSERT INTO event_day_counts (cut, source, target, day, modality, events, goldstein, q1, q2, q3, q4)
SELECT 3, coalesce(substr(e.source, 1, 3), ''), coalesce(substr(e.target, 1, 3), ''), coalesce(substr(e.date, 1, 10), ''), e.modality,
  count(*), sum(e.goldstein), count(*) FILTER (WHERE e.quad = 1), count(*) FILTER (WHERE e.quad = 2),
  count(*) FILTER (WHERE e.quad = 3), count(*) FILTER (WHERE e.quad = 4)
FROM events e JOIN articles a ON a.latest_version_id = e.version_id
GROUP BY 2, 3, 4, 5;
`,
};
