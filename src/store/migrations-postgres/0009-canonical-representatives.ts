import type { Migration } from "../migrations/index.js";

/**
 * Representatives and counts of canonical events, as in SQLite's migration 9 (see there what
 * `events.represents` and `canonical_events` hold, and why). Saving and placing articles keep
 * them in step (`postgres-canonical.ts`); this fills them, and counts `event_day_counts` again
 * over representatives only, for a database that has events.
 */
export const canonicalRepresentatives: Migration = {
  version: 9,
  name: "representatives and counts of canonical events",
  sql: `
ALTER TABLE events ADD COLUMN represents SMALLINT NOT NULL DEFAULT 1 CHECK (represents IN (0, 1));

CREATE TABLE canonical_events (
  canonical_id TEXT COLLATE "C" PRIMARY KEY,
  representative BIGINT NOT NULL,
  mentions INTEGER NOT NULL,
  articles INTEGER NOT NULL,
  sources INTEGER NOT NULL
);

UPDATE events SET represents = 0 WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.latest_version_id = events.version_id);

INSERT INTO canonical_events (canonical_id, representative, mentions, articles, sources)
SELECT canonical_id, max(CASE WHEN rank = 1 THEN id END), count(*), count(DISTINCT article_id), count(DISTINCT outlet)
FROM (
  SELECT c.canonical_id, e.id, v.article_id, coalesce(v.source, v.article_id) AS outlet,
    row_number() OVER (PARTITION BY c.canonical_id
      ORDER BY coalesce(substr(v.published, 1, 10), '9999-99-99') COLLATE "C", v.article_id COLLATE "C", e.ord) AS rank
  FROM event_canonical c JOIN events e ON e.event_id = c.event_id JOIN versions v ON v.id = e.version_id
  JOIN articles a ON a.latest_version_id = e.version_id
) AS members
GROUP BY canonical_id;

UPDATE events e SET represents = 0
FROM event_canonical c JOIN canonical_events ce ON ce.canonical_id = c.canonical_id
WHERE c.event_id = e.event_id AND ce.representative <> e.id AND e.represents = 1;

-- The dyad index of migration 6 covers what counting reads again: top dyads and the events' timeline
-- read the flag from it rather than from each event's row.
DROP INDEX events_dyad_trend;
CREATE INDEX events_dyad_trend ON events (source, target) INCLUDE (date, modality, quad, goldstein, version_id, represents);

DELETE FROM event_day_counts;

INSERT INTO event_day_counts (cut, source, target, day, modality, events, goldstein, q1, q2, q3, q4)
SELECT 0, coalesce(e.source, ''), coalesce(e.target, ''), coalesce(substr(e.date, 1, 10), ''), e.modality,
  count(*), sum(e.goldstein), count(*) FILTER (WHERE e.quad = 1), count(*) FILTER (WHERE e.quad = 2),
  count(*) FILTER (WHERE e.quad = 3), count(*) FILTER (WHERE e.quad = 4)
FROM events e WHERE e.represents = 1
GROUP BY 2, 3, 4, 5;

INSERT INTO event_day_counts (cut, source, target, day, modality, events, goldstein, q1, q2, q3, q4)
SELECT 3, coalesce(substr(e.source, 1, 3), ''), coalesce(substr(e.target, 1, 3), ''), coalesce(substr(e.date, 1, 10), ''), e.modality,
  count(*), sum(e.goldstein), count(*) FILTER (WHERE e.quad = 1), count(*) FILTER (WHERE e.quad = 2),
  count(*) FILTER (WHERE e.quad = 3), count(*) FILTER (WHERE e.quad = 4)
FROM events e WHERE e.represents = 1
GROUP BY 2, 3, 4, 5;
`,
};
