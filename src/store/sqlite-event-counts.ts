import type { SqliteDb, SqlValue } from "./sqlite-db.js";
import type { CountedEvents, Cut } from "./event-counts.js";
import { COUNT_KEYS, CUTS } from "./event-counts.js";

// A version by its id; events by theirs, bound as one JSON array.
const SELECTIONS = { version: "e.version_id = ?", serials: "e.id IN (SELECT value FROM json_each(?))" } as const;
type Selection = keyof typeof SELECTIONS;

// The sign (+1 or -1) multiplies every sum; then come the selection's parameters.
const addSql = (cut: Cut, selection: Selection): string => `
  INSERT INTO event_day_counts (cut, source, target, day, modality, events, goldstein, q1, q2, q3, q4)
  SELECT ${cut}, ${COUNT_KEYS[cut]}, ? * count(*), ? * sum(e.goldstein),
    ? * sum(e.quad = 1), ? * sum(e.quad = 2), ? * sum(e.quad = 3), ? * sum(e.quad = 4)
  FROM events e WHERE ${SELECTIONS[selection]} GROUP BY 2, 3, 4, 5
  ON CONFLICT DO UPDATE SET events = events + excluded.events, goldstein = goldstein + excluded.goldstein,
    q1 = q1 + excluded.q1, q2 = q2 + excluded.q2, q3 = q3 + excluded.q3, q4 = q4 + excluded.q4`;

// Only keys of the events taken away can have fallen to zero. (With the cut inside the row
// value, SQLite seeks on the cut alone and reads all of it.)
const clearSql = (cut: Cut, selection: Selection): string => `
  DELETE FROM event_day_counts WHERE cut = ${cut} AND events = 0
    AND (source, target, day, modality) IN (SELECT ${COUNT_KEYS[cut]} FROM events e WHERE ${SELECTIONS[selection]})`;

/** Each statement's text, made once (the statement cache is keyed by it). */
const statements = (make: (cut: Cut, selection: Selection) => string): Record<Selection, Record<Cut, string>> => ({
  version: { 0: make(0, "version"), 3: make(3, "version") },
  serials: { 0: make(0, "serials"), 3: make(3, "serials") },
});
const ADD = statements(addSql);
const CLEAR = statements(clearSql);

/**
 * Counts events in `event_day_counts` (`sign` 1), or takes them out of it (`sign` -1). Call it
 * in the transaction that changes which events represent their canonical event, for exactly
 * the events whose `represents` flag changes (a new version's events, which represent themselves).
 */
export function countEvents(db: SqliteDb, events: CountedEvents, sign: 1 | -1): void {
  const [selection, param]: [Selection, SqlValue] = "version" in events ? ["version", events.version] : ["serials", JSON.stringify(events.serials)];
  if ("serials" in events && events.serials.length === 0) return;
  for (const cut of CUTS) {
    db.run(ADD[selection][cut], [sign, sign, sign, sign, sign, sign, param]);
    if (sign === -1) db.run(CLEAR[selection][cut], [param]);
  }
}
