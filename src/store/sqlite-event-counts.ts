import type { SqliteDb } from "./sqlite-db.js";
import type { Cut } from "./event-counts.js";
import { COUNT_KEYS, CUTS } from "./event-counts.js";

// The events are bound as one JSON array of `events.id`s; the sign (+1 or -1) multiplies every sum.
const SELECTED = "e.id IN (SELECT value FROM json_each(?))";

const ADD = Object.fromEntries(CUTS.map((cut) => [cut, `
  INSERT INTO event_day_counts (cut, source, target, day, modality, events, goldstein, q1, q2, q3, q4)
  SELECT ${cut}, ${COUNT_KEYS[cut]}, ? * count(*), ? * sum(e.goldstein),
    ? * sum(e.quad = 1), ? * sum(e.quad = 2), ? * sum(e.quad = 3), ? * sum(e.quad = 4)
  FROM events e WHERE ${SELECTED} GROUP BY 2, 3, 4, 5
  ON CONFLICT DO UPDATE SET events = events + excluded.events, goldstein = goldstein + excluded.goldstein,
    q1 = q1 + excluded.q1, q2 = q2 + excluded.q2, q3 = q3 + excluded.q3, q4 = q4 + excluded.q4`])) as Record<Cut, string>;

// Only keys of the events taken away can have fallen to zero. (With the cut inside the row
// value, SQLite seeks on the cut alone and reads all of it.)
const CLEAR = Object.fromEntries(CUTS.map((cut) => [cut, `
  DELETE FROM event_day_counts WHERE cut = ${cut} AND events = 0
    AND (source, target, day, modality) IN (SELECT ${COUNT_KEYS[cut]} FROM events e WHERE ${SELECTED})`])) as Record<Cut, string>;

/**
 * Counts events (by `events.id`) in `event_day_counts` (`sign` 1), or takes them out of it
 * (`sign` -1). Call it in the transaction that changes which events represent their canonical
 * event, for exactly the events whose `represents` flag changes.
 */
export function countEvents(db: SqliteDb, serials: readonly number[], sign: 1 | -1): void {
  if (serials.length === 0) return;
  const ids = JSON.stringify(serials);
  for (const cut of CUTS) {
    db.run(ADD[cut], [sign, sign, sign, sign, sign, sign, ids]);
    if (sign === -1) db.run(CLEAR[cut], [ids]);
  }
}
