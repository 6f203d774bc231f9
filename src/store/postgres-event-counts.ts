import type { PgDb } from "./postgres-db.js";
import type { Cut } from "./event-counts.js";
import { COUNT_KEYS, CUTS } from "./event-counts.js";

// $1 is the sign (+1 or -1) that multiplies every sum; $2 the `events.id`s, as text.
const SELECTED = "e.id = ANY($2::bigint[])";

// In key order, so that two savers lock shared rows in one order and cannot deadlock on them.
const ADD = Object.fromEntries(CUTS.map((cut) => [cut, `
  INSERT INTO event_day_counts (cut, source, target, day, modality, events, goldstein, q1, q2, q3, q4)
  SELECT ${cut}, ${COUNT_KEYS[cut]}, $1::int * count(*), $1::int * sum(e.goldstein),
    $1::int * count(*) FILTER (WHERE e.quad = 1), $1::int * count(*) FILTER (WHERE e.quad = 2),
    $1::int * count(*) FILTER (WHERE e.quad = 3), $1::int * count(*) FILTER (WHERE e.quad = 4)
  FROM events e WHERE ${SELECTED}
  GROUP BY 2, 3, 4, 5 ORDER BY 2, 3, 4, 5
  ON CONFLICT (cut, source, target, day, modality) DO UPDATE SET
    events = event_day_counts.events + excluded.events, goldstein = event_day_counts.goldstein + excluded.goldstein,
    q1 = event_day_counts.q1 + excluded.q1, q2 = event_day_counts.q2 + excluded.q2,
    q3 = event_day_counts.q3 + excluded.q3, q4 = event_day_counts.q4 + excluded.q4`])) as Record<Cut, string>;

// Only keys of the events taken away can have fallen to zero.
const CLEAR = Object.fromEntries(CUTS.map((cut) => [cut, `
  DELETE FROM event_day_counts WHERE cut = ${cut} AND events = 0
    AND (source, target, day, modality) IN (SELECT ${COUNT_KEYS[cut]} FROM events e WHERE ${SELECTED.replace("$2", "$1")})`])) as Record<Cut, string>;

/**
 * Counts events (by `events.id`) in `event_day_counts` (`sign` 1), or takes them out of it
 * (`sign` -1). Call it in the transaction that changes which events represent their canonical
 * event, for exactly the events whose `represents` flag changes.
 */
export async function countEvents(db: PgDb, serials: readonly number[], sign: 1 | -1): Promise<void> {
  if (serials.length === 0) return;
  const ids = serials.map(String);
  for (const cut of CUTS) {
    await db.run(ADD[cut], [sign, ids]);
    if (sign === -1) await db.run(CLEAR[cut], [ids]);
  }
}
