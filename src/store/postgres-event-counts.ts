import type { PgDb } from "./postgres-db.js";
import type { Cut } from "./event-counts.js";
import { COUNT_KEYS, CUTS } from "./event-counts.js";

// One statement per cut: the new version's events count +1 and the old one's -1, so that a key
// both have is written once; in key order, so that two savers lock shared rows in one order
// and cannot deadlock on them.
const ADD = Object.fromEntries(CUTS.map((cut) => [cut, `
  INSERT INTO event_day_counts (cut, source, target, day, modality, events, goldstein, q1, q2, q3, q4)
  SELECT ${cut}, ${COUNT_KEYS[cut]}, sum(s.sign), sum(s.sign * e.goldstein),
    sum(CASE WHEN e.quad = 1 THEN s.sign ELSE 0 END), sum(CASE WHEN e.quad = 2 THEN s.sign ELSE 0 END),
    sum(CASE WHEN e.quad = 3 THEN s.sign ELSE 0 END), sum(CASE WHEN e.quad = 4 THEN s.sign ELSE 0 END)
  FROM events e JOIN (VALUES ($1::bigint, 1), ($2::bigint, -1)) AS s(version_id, sign) ON s.version_id = e.version_id
  GROUP BY 2, 3, 4, 5 ORDER BY 2, 3, 4, 5
  ON CONFLICT (cut, source, target, day, modality) DO UPDATE SET
    events = event_day_counts.events + excluded.events, goldstein = event_day_counts.goldstein + excluded.goldstein,
    q1 = event_day_counts.q1 + excluded.q1, q2 = event_day_counts.q2 + excluded.q2,
    q3 = event_day_counts.q3 + excluded.q3, q4 = event_day_counts.q4 + excluded.q4`])) as Record<Cut, string>;

// Only keys the old version had can have fallen to zero.
const CLEAR = Object.fromEntries(CUTS.map((cut) => [cut, `
  DELETE FROM event_day_counts WHERE cut = ${cut} AND events = 0
    AND (source, target, day, modality) IN (SELECT ${COUNT_KEYS[cut]} FROM events e WHERE e.version_id = $1)`])) as Record<Cut, string>;

/**
 * Keeps `event_day_counts` in step when `version` becomes its article's latest version in
 * place of `previous` (null for a new article): its events are counted, the previous one's no
 * longer. Call it in the transaction that saves the version, after its events are written.
 */
export async function countVersionEvents(db: PgDb, version: number, previous: number | null): Promise<void> {
  for (const cut of CUTS) {
    await db.run(ADD[cut], [version, previous]);
    if (previous !== null) await db.run(CLEAR[cut], [previous]);
  }
}
