import type { PgDb, PgValue } from "./postgres-db.js";
import type { CountedEvents, Cut } from "./event-counts.js";
import { COUNT_KEYS, CUTS } from "./event-counts.js";

// $1 is the sign (+1 or -1) that multiplies every sum (ADD only); then the selection's parameter.
const SELECTIONS = { version: (p: string) => `e.version_id = ${p}::bigint`, serials: (p: string) => `e.id = ANY(${p}::bigint[])` } as const;
type Selection = keyof typeof SELECTIONS;

// In key order, so that two savers lock shared rows in one order and cannot deadlock on them.
const addSql = (cut: Cut, selection: Selection): string => `
  INSERT INTO event_day_counts (cut, source, target, day, modality, events, goldstein, q1, q2, q3, q4)
  SELECT ${cut}, ${COUNT_KEYS[cut]}, $1::int * count(*), $1::int * sum(e.goldstein),
    $1::int * count(*) FILTER (WHERE e.quad = 1), $1::int * count(*) FILTER (WHERE e.quad = 2),
    $1::int * count(*) FILTER (WHERE e.quad = 3), $1::int * count(*) FILTER (WHERE e.quad = 4)
  FROM events e WHERE ${SELECTIONS[selection]("$2")}
  GROUP BY 2, 3, 4, 5 ORDER BY 2, 3, 4, 5
  ON CONFLICT (cut, source, target, day, modality) DO UPDATE SET
    events = event_day_counts.events + excluded.events, goldstein = event_day_counts.goldstein + excluded.goldstein,
    q1 = event_day_counts.q1 + excluded.q1, q2 = event_day_counts.q2 + excluded.q2,
    q3 = event_day_counts.q3 + excluded.q3, q4 = event_day_counts.q4 + excluded.q4`;

// Only keys of the events taken away can have fallen to zero.
const clearSql = (cut: Cut, selection: Selection): string => `
  DELETE FROM event_day_counts WHERE cut = ${cut} AND events = 0
    AND (source, target, day, modality) IN (SELECT ${COUNT_KEYS[cut]} FROM events e WHERE ${SELECTIONS[selection]("$1")})`;

const statements = (make: (cut: Cut, selection: Selection) => string): Record<Selection, Record<Cut, string>> => ({
  version: { 0: make(0, "version"), 3: make(3, "version") },
  serials: { 0: make(0, "serials"), 3: make(3, "serials") },
});
const ADD = statements(addSql);
const CLEAR = statements(clearSql);

/**
 * Counts events in `event_day_counts` (`sign` 1), or takes them out of it (`sign` -1), as
 * `countEvents` in `sqlite-event-counts.ts` does (see there when to call it).
 */
export async function countEvents(db: PgDb, events: CountedEvents, sign: 1 | -1): Promise<void> {
  const [selection, param]: [Selection, PgValue] = "version" in events ? ["version", events.version] : ["serials", events.serials.map(String)];
  if ("serials" in events && events.serials.length === 0) return;
  for (const cut of CUTS) {
    await db.run(ADD[selection][cut], [sign, param]);
    if (sign === -1) await db.run(CLEAR[selection][cut], [param]);
  }
}
