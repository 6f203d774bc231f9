import type { Migration } from "./index.js";

/**
 * Events of the latest versions counted per source, target, day and modality, with their
 * Goldstein sum and counts per QuadClass: the timeline reads these instead of every event
 * (RUS–USA is 57k events but 15k rows of countries and days). `cut` 0 keys rows by whole
 * actor codes; `cut` 3 by their first three characters, which answers any prefix of up to three
 * (a country: "USA", "RUS") in a quarter of the rows. Missing codes and dates are '' (a primary
 * key cannot hold NULL); `day` is the date's first ten characters. Saving an article keeps the
 * table in step (`sqlite-event-counts.ts`); this fills it for a database that has events.
 */
export const eventDayCounts: Migration = {
  version: 8,
  name: "event counts per dyad, day and modality",
  sql: `
CREATE TABLE event_day_counts (
  cut INTEGER NOT NULL CHECK (cut IN (0, 3)),
  source TEXT NOT NULL,
  target TEXT NOT NULL,
  day TEXT NOT NULL,
  modality TEXT NOT NULL,
  events INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  q1 INTEGER NOT NULL,
  q2 INTEGER NOT NULL,
  q3 INTEGER NOT NULL,
  q4 INTEGER NOT NULL,
  PRIMARY KEY (cut, source, target, day, modality)
) WITHOUT ROWID;
CREATE INDEX event_day_counts_target ON event_day_counts (cut, target, source);

INSERT INTO event_day_counts (cut, source, target, day, modality, events, goldstein, q1, q2, q3, q4)
SELECT 0, coalesce(e.source, ''), coalesce(e.target, ''), coalesce(substr(e.date, 1, 10), ''), e.modality,
  count(*), sum(e.goldstein), sum(e.quad = 1), sum(e.quad = 2), sum(e.quad = 3), sum(e.quad = 4)
FROM events e JOIN articles a ON a.latest_version_id = e.version_id
GROUP BY 2, 3, 4, 5;

INSERT INTO event_day_counts (cut, source, target, day, modality, events, goldstein, q1, q2, q3, q4)
SELECT 3, coalesce(substr(e.source, 1, 3), ''), coalesce(substr(e.target, 1, 3), ''), coalesce(substr(e.date, 1, 10), ''), e.modality,
  count(*), sum(e.goldstein), sum(e.quad = 1), sum(e.quad = 2), sum(e.quad = 3), sum(e.quad = 4)
FROM events e JOIN articles a ON a.latest_version_id = e.version_id
GROUP BY 2, 3, 4, 5;
`,
};
