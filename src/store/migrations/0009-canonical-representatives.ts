import type { Migration } from "./index.js";

/**
 * Counts are of canonical events. `events.represents` is 1 on the one report that stands for
 * its canonical event (`canonical-rows.ts` says which: the earliest article's, undated last,
 * then the smallest article id, then the first in its article), and on every event of a latest
 * version that is in no canonical event; 0 elsewhere, old versions included. `canonical_events`
 * keeps each canonical event's representative and how many reports, articles and outlets tell
 * it. Listings read the flag instead of looking for the smallest member row by row, and
 * `event_day_counts` now counts representatives only. Saving and placing articles keep all
 * three in step (`sqlite-canonical.ts`); this fills them for a database that has events.
 */
export const canonicalRepresentatives: Migration = {
  version: 9,
  name: "representatives and counts of canonical events",
  sql: `
ALTER TABLE events ADD COLUMN represents INTEGER NOT NULL DEFAULT 1;

CREATE TABLE canonical_events (
  canonical_id TEXT PRIMARY KEY,
  representative INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  articles INTEGER NOT NULL,
  sources INTEGER NOT NULL
) WITHOUT ROWID;

UPDATE events SET represents = 0 WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.latest_version_id = events.version_id);

WITH members AS (
  SELECT c.canonical_id, e.id, v.article_id, coalesce(v.source, v.article_id) AS outlet,
    row_number() OVER (PARTITION BY c.canonical_id ORDER BY coalesce(substr(v.published, 1, 10), '9999-99-99'), v.article_id, e.ord) AS rank
  FROM event_canonical c JOIN events e ON e.event_id = c.event_id JOIN versions v ON v.id = e.version_id
  JOIN articles a ON a.latest_version_id = e.version_id
)
INSERT INTO canonical_events (canonical_id, representative, mentions, articles, sources)
SELECT canonical_id, max(CASE WHEN rank = 1 THEN id END), count(*), count(DISTINCT article_id), count(DISTINCT outlet)
FROM members GROUP BY canonical_id;

UPDATE events SET represents = 0 WHERE represents = 1 AND event_id IN (
  SELECT c.event_id FROM event_canonical c JOIN canonical_events ce ON ce.canonical_id = c.canonical_id
  WHERE ce.representative <> (SELECT e.id FROM events e WHERE e.event_id = c.event_id));

-- The dyad index of migration 6 covers what counting reads again: top dyads and the events' timeline
-- read the flag from it rather than from each event's row.
DROP INDEX events_dyad_trend;
CREATE INDEX events_dyad_trend ON events (source, target, date, modality, quad, goldstein, version_id, represents);

DELETE FROM event_day_counts;

INSERT INTO event_day_counts (cut, source, target, day, modality, events, goldstein, q1, q2, q3, q4)
SELECT 0, coalesce(e.source, ''), coalesce(e.target, ''), coalesce(substr(e.date, 1, 10), ''), e.modality,
  count(*), sum(e.goldstein), sum(e.quad = 1), sum(e.quad = 2), sum(e.quad = 3), sum(e.quad = 4)
FROM events e WHERE e.represents = 1
GROUP BY 2, 3, 4, 5;

INSERT INTO event_day_counts (cut, source, target, day, modality, events, goldstein, q1, q2, q3, q4)
SELECT 3, coalesce(substr(e.source, 1, 3), ''), coalesce(substr(e.target, 1, 3), ''), coalesce(substr(e.date, 1, 10), ''), e.modality,
  count(*), sum(e.goldstein), sum(e.quad = 1), sum(e.quad = 2), sum(e.quad = 3), sum(e.quad = 4)
FROM events e WHERE e.represents = 1
GROUP BY 2, 3, 4, 5;
`,
};
