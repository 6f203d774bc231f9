import type { SqliteDb } from "./sqlite-db.js";
import type { Cut } from "./event-counts.js";
import { COUNT_KEYS, CUTS } from "./event-counts.js";

// One statement per cut: the new version's events count +1 and the old one's -1, so that a key
// both have is written once.
const ADD = Object.fromEntries(CUTS.map((cut) => [cut, `
  INSERT INTO event_day_counts (cut, source, target, day, modality, events, goldstein, q1, q2, q3, q4)
  SELECT ${cut}, ${COUNT_KEYS[cut]}, sum(s.sign), sum(s.sign * e.goldstein),
    sum(s.sign * (e.quad = 1)), sum(s.sign * (e.quad = 2)), sum(s.sign * (e.quad = 3)), sum(s.sign * (e.quad = 4))
  FROM events e JOIN (SELECT ? AS version_id, 1 AS sign UNION ALL SELECT ?, -1) s ON s.version_id = e.version_id
  WHERE true GROUP BY 2, 3, 4, 5
  ON CONFLICT DO UPDATE SET events = events + excluded.events, goldstein = goldstein + excluded.goldstein,
    q1 = q1 + excluded.q1, q2 = q2 + excluded.q2, q3 = q3 + excluded.q3, q4 = q4 + excluded.q4`])) as Record<Cut, string>;

// Only keys the old version had can have fallen to zero. (With the cut inside the row value,
// SQLite seeks on the cut alone and reads all of it.)
const CLEAR = Object.fromEntries(CUTS.map((cut) => [cut, `
  DELETE FROM event_day_counts WHERE cut = ${cut} AND events = 0
    AND (source, target, day, modality) IN (SELECT ${COUNT_KEYS[cut]} FROM events e WHERE e.version_id = ?)`])) as Record<Cut, string>;

/**
 * Keeps `event_day_counts` in step when `version` becomes its article's latest version in
 * place of `previous` (null for a new article): its events are counted, the previous one's no
 * longer. Call it in the transaction that saves the version, after its events are written.
 */
export function countVersionEvents(db: SqliteDb, version: number, previous: number | null): void {
  for (const cut of CUTS) {
    db.run(ADD[cut], [version, previous]);
    if (previous !== null) db.run(CLEAR[cut], [previous]);
  }
}
